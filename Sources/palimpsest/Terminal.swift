import ArticleText
import Foundation

/// Terminal facts and stderr output for the commands.
enum Terminal {
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Colour when asked (`always`), or on `auto` when stdout is a terminal and `NO_COLOR`
    /// (no-color.org) is unset or empty.
    static func useColor(_ mode: ColorMode) -> Bool {
        switch mode {
        case .always: return true
        case .never: return false
        case .auto:
            let noColor = ProcessInfo.processInfo.environment["NO_COLOR"] ?? ""
            return stdoutIsTerminal && noColor.isEmpty
        }
    }

    static func warn(_ message: String) {
        writeErrorLine("warning: \(message)")
    }

    /// Writes one line to stderr: a line feed or tab inside `line` (a path may hold one) is
    /// shown as `<U+XXXX>` too, so each message stays one line.
    static func writeErrorLine(_ line: String) {
        writeError(VisibleText.escape(line, oneLine: true) + "\n")
    }

    /// Writes to stderr, with control characters and bidi controls shown as `<U+XXXX>`
    /// (``VisibleText``): messages quote paths and arguments, which may carry escape sequences.
    /// A failure there cannot be reported anywhere, so it is ignored.
    static func writeError(_ text: String) {
        var text = VisibleText.escape(text)
        text.withUTF8 { _ = write(STDERR_FILENO, $0) }
    }

    /// Writes `text` and a line feed to stdout.
    static func line(_ text: String) {
        write(text + "\n")
    }

    static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            if let failure = write(STDOUT_FILENO, bytes) {
                // A full disk or a closed file must not look like success (exit 0) or a crash.
                Palimpsest.fail("cannot write the output (\(failure)); check the disk or the file it goes to")
            }
        }
    }

    /// Writes `bytes` to stdout as they are; exits with an error line when they cannot be written.
    static func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let failure = write(STDOUT_FILENO, bytes) {
            Palimpsest.fail("cannot write the output (\(failure)); check the disk or the file it goes to")
        }
    }

    /// Writes all of `bytes` to `descriptor`, retrying short writes and EINTR; returns the
    /// system's reason on failure, nil on success.
    private static func write(_ descriptor: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard var pointer = bytes.baseAddress else { return nil }
        var left = bytes.count
        while left > 0 {
            let written = Foundation.write(descriptor, pointer, left)
            if written < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            pointer += written
            left -= written
        }
        return nil
    }
}

enum ColorMode: String, CaseIterable {
    case auto, always, never
}
