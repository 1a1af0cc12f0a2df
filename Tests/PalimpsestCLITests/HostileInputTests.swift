import Foundation
import Testing
import TestSupport

/// Scraped text must not be able to attack the person reading it (issue 6, point 3): terminal
/// control sequences and bidi controls (Unicode TR36, CVE-2021-42574) never reach a terminal
/// raw, HTML escapes all article text, JSON escapes per RFC 8259 and parses back to the text.
@Suite struct HostileInputTests {
    /// ESC-introduced CSI (colour, cursor-up and erase-line), OSC (title and hyperlink, ended by BEL
    /// and by ST), their one-scalar C1 forms, and the bidi override of "Trojan Source".
    static let attacks: [(name: String, text: String)] = [
        ("csi", "\u{1B}[31mrouge\u{1B}[0m"),
        ("cursor", "\u{1B}[1A\u{1B}[2K"),
        ("osc-title", "\u{1B}]0;pwned\u{07}"),
        ("osc-link", "\u{1B}]8;;https://evil.example/\u{1B}\\clic\u{1B}]8;;\u{1B}\\"),
        ("c1-csi", "\u{9B}31m"),
        ("c1-osc", "\u{9D}0;t\u{9C}"),
        ("bidi", "abc\u{202E}fed\u{202C} \u{2066}iso\u{2069}"),
    ]

    /// Raw control scalars that must never be written: C0 except tab and LF, DEL, C1, and the
    /// bidi embedding/override/isolate controls.
    static func rawControls(_ text: String) -> [String] {
        text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x09, 0x0A: false
            case 0x00...0x1F, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
            default: false
            }
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    /// An article whose headline and a paragraph carry `attack`; long enough that a handful of
    /// control bytes reads as stray characters in text, not as a binary file.
    static func article(headline: String, paragraph: String) -> String {
        let filler = String(repeating: "Un long paragraphe de texte ordinaire pour que le fichier soit du texte. ", count: 40)
        return "\(headline)\n\nPublié le 16 juin 2021 à 17:04\n\n\(paragraph)\n\n\(filler)\n"
    }

    func write(_ cli: CLI, _ name: String, _ text: String) throws -> String {
        let path = cli.directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test(arguments: attacks)
    func diffFormatsForATerminalShowControlsAsCodePoints(attack: (name: String, text: String)) throws {
        let cli = try CLI()
        let old = try write(cli, "old.txt", Self.article(headline: "Titre", paragraph: "Un paragraphe."))
        let new = try write(cli, "new.txt", Self.article(headline: "Titre \(attack.text)", paragraph: "Un \(attack.text) paragraphe."))
        for format in ["terminal", "word-diff"] {
            for color in ["never", "always"] {
                let out = try cli.run(["diff", old, new, "--format", format, "--color", color, "--timezone", "UTC"])
                #expect(out.status == 0, "\(out.stderr)")
                // --color always writes SGR sequences of its own: only article text is checked.
                let stripped = out.stdout.replacingOccurrences(of: #"\u{1B}\[[0-9;]*m"#, with: "", options: .regularExpression)
                #expect(Self.rawControls(format == "terminal" && color == "always" ? stripped : out.stdout).isEmpty,
                        "\(format) \(color): \(Self.rawControls(out.stdout))")
                #expect(out.stdout.contains("<U+"), "\(format)")
            }
        }
    }

    @Test func logListAndShowEscapeTheHeadlineAndText() throws {
        let cli = try CLI()
        try #require(cli.run(["init", "--archive", cli.archive, "--timezone", "Europe/Paris"]).status == 0)
        let all = Self.attacks.map(\.text).joined(separator: " ")
        let file = try write(cli, "a.txt", Self.article(headline: "Titre \u{1B}]0;pwned\u{07}\u{202E}", paragraph: all))
        let recorded = try cli.run(["record", file, "--id", "hostile", "--archive", cli.archive])
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(Self.rawControls(recorded.stdout + recorded.stderr).isEmpty)

        let log = try cli.run(["log", "--id", "hostile", "--archive", cli.archive])
        #expect(log.stdout.contains("Titre <U+001B>]0;pwned<U+0007><U+202E>\n"))
        #expect(Self.rawControls(log.stdout).isEmpty)
        let list = try cli.run(["list", "--archive", cli.archive])
        #expect(list.stdout == "hostile\t1 revision\tTitre <U+001B>]0;pwned<U+0007><U+202E>\n")

        // `show` escapes piped too (a pipe often ends in a terminal: `| less -R`, `| head`);
        // --raw gives article.txt byte for byte, as git would.
        let piped = try cli.run(["show", "--id", "hostile", "--archive", cli.archive]).stdout
        #expect(piped.contains("<U+001B>]0;pwned<U+0007>"))
        #expect(Self.rawControls(piped).isEmpty)
        let raw = try cli.run(["show", "--id", "hostile", "--raw", "--archive", cli.archive]).stdout
        #expect(raw.contains("\u{1B}]0;pwned\u{07}"))
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/script") {
            for command in [["show", "--id", "hostile"], ["log", "--id", "hostile"], ["list"],
                            ["diff", "--id", "hostile", "--from", "1", "--to", "1"]] {
                let line = ([CLI.binary.path] + command + ["--archive", cli.archive]).map { "'\($0)'" }.joined(separator: " ")
                let tty = try Subprocess.run(URL(fileURLWithPath: "/usr/bin/script"), ["-qec", line, "/dev/null"],
                                       in: cli.directory, environment: ["NO_COLOR": "1", "TERM": "dumb"])
                #expect(tty.status == 0, "\(command): \(tty.stdout)")
                #expect(Self.rawControls(tty.stdout.replacingOccurrences(of: "\r", with: "")).isEmpty, "\(command): \(tty.stdout)")
            }
        }
    }

    @Test func htmlEscapesEveryPieceOfArticleText() throws {
        let cli = try CLI()
        let markup = #"<script>alert(1)</script> <img src=x onerror="alert('x')"> &amp; <a href='javascript:x'>"#
        let old = try write(cli, "old.txt", Self.article(headline: "Titre", paragraph: "Avant."))
        let new = try write(cli, "new.txt", Self.article(headline: "Titre \(markup)", paragraph: "Après \(markup) \u{1B}[31m \u{202E}"))
        let html = try cli.run(["diff", old, new, "--format", "html", "--timezone", "UTC"]).stdout
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp;amp; &lt;a href=&#39;javascript:x&#39;&gt;"))
        #expect(Self.rawControls(html).isEmpty)
        // Only the renderer's own tags, none from the article.
        let tags = Set(html.matches(of: #/<([!/]?[A-Za-z]+)/#).map { String($0.output.1).lowercased() })
        #expect(tags.isSubset(of: ["!doctype", "html", "/html", "head", "/head", "meta", "title", "/title", "style", "/style",
                                   "body", "/body", "header", "/header", "p", "/p", "section", "/section", "a", "/a",
                                   "del", "/del", "ins", "/ins", "span", "/span"]), "\(tags)")
    }

    @Test func jsonEscapesControlsPerRFC8259AndParsesBackToTheText() throws {
        let cli = try CLI()
        let hostile = "Un \u{1B}[31m \u{07} \u{7F} \u{9B} \u{202E} \"cité\" \\ fin"
        let old = try write(cli, "old.txt", Self.article(headline: "Titre", paragraph: "Un paragraphe."))
        let new = try write(cli, "new.txt", Self.article(headline: "Titre \u{1B}]0;x\u{07}", paragraph: hostile))
        let out = try cli.run(["diff", old, new, "--format", "json", "--timezone", "UTC"]).stdout
        // RFC 8259 §7: U+0000–U+001F must be escaped; `"` and `\` too.
        #expect(!out.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(out.contains(#"\u001b[31m"#))
        #expect(out.contains(#"\u0007"#))
        // DEL, C1 and bidi controls are valid raw in JSON, but `cat` of the output would obey
        // them: they are escaped too.
        #expect(Self.rawControls(out).isEmpty, "\(Self.rawControls(out))")
        #expect(out.contains(#"\u007f \u009b \u202e"#))
        let json = try cli.json(out)
        let headline = try #require(json["headline"] as? [String: Any])
        #expect(headline["new"] as? String == "Titre \u{1B}]0;x\u{07}")
        let paragraphs = try #require(json["paragraphs"] as? [[String: Any]])
        let words = paragraphs.flatMap { ($0["words"] as? [[String: Any]]) ?? [] }
        let newText = words.filter { $0["op"] as? String != "delete" }.compactMap { $0["text"] as? String }.joined()
        #expect(newText.contains(hostile))
    }

    // MARK: Article ids and URLs (git check-ref-format rules)

    static let badIDs = ["a..b", "..", "a~1", "a^2", "a:b", "a?b", "a*b", "a[b", "a b", "a\tb", "a\u{1}b", "a\u{7F}b",
                         "a.lock", "/a", "a/b", "a\\b", "a@{1}", ".a", "a.", "-a", "é"]

    @Test(arguments: badIDs)
    func idsThatCouldLeaveRefsArticlesOrBreakARefAreRefused(id: String) throws {
        let cli = try CLI()
        try cli.run(["init", "--archive", cli.archive])
        let out = try cli.run(["record", CLI.fixture("articles/poutine-biden-geneve/01.txt"), "--id=\(id)", "--archive", cli.archive])
        #expect(out.status == 2)
        // Controls in the id are named, not echoed: an error line cannot attack the terminal either.
        let shown = id.unicodeScalars.map { $0.properties.generalCategory == .control ? "<U+\(String(format: "%04X", $0.value))>" : String($0) }.joined()
        #expect(out.stderr.hasPrefix("error: invalid article id '\(shown)': "), "\(out.stderr)")
        #expect(out.stderr.hasSuffix("; use letters, digits, '-', '_' and '.'\n"))
        #expect(Self.rawControls(out.stderr).isEmpty && !out.stderr.contains("\t"))
        #expect(try cli.git(["for-each-ref"]).stdout.isEmpty)
        #expect(try cli.git(["fsck", "--full"]).status == 0)
    }

    /// Expected ids: the slug, then FNV-1a 32 of the lowercased URL without scheme, `www.` and
    /// fragment (hashes computed apart from the product, with a few lines of Python).
    static let urls: [(url: String, id: String)] = [
        ("https://www.example.com/a..b/c", "example.com-a.b-c-f008c4b2"),
        ("https://example.com/x~1^2:3", "example.com-x-1-2-3-bba069c3"),
        ("https://example.com/what?q=1*2", "example.com-what-q-1-2-06539b17"),
        ("https://example.com/a[0]*b", "example.com-a-0-b-b9b651f4"),
        ("https://example.com/with space/and\ttab\u{1}ctl", "example.com-with-space-and-tab-ctl-448caf0d"),
        ("https://example.com/file.lock", "example.com-file.lock-bc01c43e"),
        ("/leading/slash", "leading-slash-0db6ed16"),
        ("https://example.com/../../etc/passwd", "example.com-etc-passwd-ecd2f944"),
        ("https://example.com/back\\slash@{1}", "example.com-back-slash-1-ad1e07d2"),
        ("https://example.com/café-été.html", "example.com-cafe-ete.html-d056ba95"),
        ("https://example.com/.hidden.", "example.com-.hidden-e9dd5dd3"),
    ]

    @Test(arguments: urls)
    func urlsBecomeSafeIdsDeterministically(url: String, id: String) throws {
        let cli = try CLI()
        try cli.run(["init", "--archive", cli.archive, "--timezone", "Europe/Paris"])
        for _ in 0..<2 {
            let out = try cli.run(["record", CLI.fixture("articles/poutine-biden-geneve/01.txt"), "--url", url, "--archive", cli.archive, "--format", "json"])
            #expect(out.status == 0, "\(out.stderr)")
            #expect(try cli.json(out.stdout)["id"] as? String == id)
        }
        #expect(try cli.git(["for-each-ref", "--format=%(refname)"]).stdout == "refs/articles/\(id)\n")
        #expect(try cli.git(["check-ref-format", "refs/articles/\(id)"]).status == 0)
    }

    @Test func aURLWithNothingUsableIsRefused() throws {
        let cli = try CLI()
        try cli.run(["init", "--archive", cli.archive, "--timezone", "Europe/Paris"])
        let out = try cli.run(["record", CLI.fixture("articles/poutine-biden-geneve/01.txt"), "--url", "https://../..", "--archive", cli.archive])
        #expect(out.status == 2)
        #expect(out.stderr == "error: invalid article id 'https://../..': it is empty; use letters, digits, '-', '_' and '.'\n")
    }

    // MARK: Size limit

    @Test func anInputOverTwentyMegabytesIsRefusedWithTheLimit() throws {
        let cli = try CLI()
        try cli.run(["init", "--archive", cli.archive, "--timezone", "Europe/Paris"])
        let before = try cli.snapshot()
        let path = cli.directory.appendingPathComponent("huge.txt").path
        var text = "Titre\n\nPublié le 16 juin 2021 à 17:04\n\n"
        text += String(repeating: "Un paragraphe de remplissage assez long pour grossir.\n\n", count: 21_000_000 / 54 + 1)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let size = try #require(FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        let out = try cli.run(["record", path, "--id", "huge", "--archive", cli.archive])
        #expect(out.status == 2)
        #expect(size > 20_000_000)
        #expect(out.stderr == "error: huge.txt: more than 20000000 bytes, the limit for one article; check that this is an article\n")
        #expect(try cli.snapshot() == before)
    }

    @Test(arguments: attacks)
    func pathsAndArgumentsInMessagesShowControlsAsCodePoints(attack: (name: String, text: String)) throws {
        let cli = try CLI()
        let missing = cli.directory.appendingPathComponent("absent\(attack.text).txt").path
        let seed = CLI.fixture("articles/poutine-biden-geneve/01.txt")
        let archive = cli.directory.appendingPathComponent("a\(attack.text).git").path
        let runs = [
            try cli.run(["diff", seed, missing, "--timezone", "UTC"]),  // our error
            try cli.run(["audit", "--since", "x\(attack.text)"]),      // an argument we reject
            try cli.run(["list", "--archive", archive]),                // no archive there
            try cli.run(["diff", "--format", "x\(attack.text)"]),      // ArgumentParser's own message
            try cli.run(["init", "--archive", archive, "--timezone", "UTC"]),
        ]
        for out in runs {
            #expect(Self.rawControls(out.stderr).isEmpty, "\(out.stderr)")
            #expect(Self.rawControls(out.stdout).isEmpty, "\(out.stdout)")
        }
        #expect(runs[0].status == 2 && runs[0].stderr.contains("<U+"))
        #expect(runs[3].status == 64 && runs[3].stderr.contains("<U+"))
        #expect(runs[4].status == 0 && runs[4].stdout.hasPrefix("created archive ") && runs[4].stdout.contains("<U+"))
    }
}
