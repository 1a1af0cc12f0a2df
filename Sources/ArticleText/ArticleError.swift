/// Why an input could not be read as an article. Each description names the input and says
/// what to do; the command line prints it as `error: …`.
public enum ArticleError: Error, Sendable, Equatable, CustomStringConvertible {
    case empty(input: String)
    case binary(input: String, offset: Int)
    case utf16(input: String)
    case undecodable(input: String, offset: Int)
    /// Valid UTF-8 (such as `sample`) and invalid bytes (the first, `byte`, at `offset`) in one input.
    case mixedEncoding(input: String, offset: Int, byte: UInt8, sample: String)
    case doubleEncoded(input: String, sample: String)
    case tooLarge(input: String, bytes: Int, limit: Int)
    case noHeadline(input: String)
    case invalidStamp(input: String, stamp: String, reason: String)

    public var description: String {
        switch self {
        case .empty(let input):
            return "\(input): the file is empty; give a file with a headline, a blank line and the article's paragraphs"
        case .binary(let input, let offset):
            return "\(input): looks like a binary file (control byte at offset \(offset)); give the article as plain text"
        case .utf16(let input):
            return "\(input): the text is UTF-16; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8) and record that"
        case .undecodable(let input, let offset):
            return "\(input): not UTF-8 (invalid byte at offset \(offset)) and not Windows-1252 either; convert it to UTF-8 (e.g. iconv -f LATIN1 -t UTF-8)"
        case .mixedEncoding(let input, let offset, let byte, let sample):
            let hex = String(byte, radix: 16, uppercase: true)
            return "\(input): UTF-8 text (\"\(sample)\") with bytes that are not UTF-8 (0x\(hex) at offset \(offset)); read as Windows-1252 its UTF-8 would turn into mojibake, so it is refused: repair the file (e.g. iconv -f UTF-8 -t UTF-8 -c drops the stray bytes) and record that"
        case .doubleEncoded(let input, let sample):
            return "\(input): text is UTF-8 encoded twice (\"\(sample)\"); fix the scraper's decoding or repair the file (e.g. iconv -f UTF-8 -t LATIN1) before recording"
        case .tooLarge(let input, _, let limit):
            // Readers stop one byte past the limit, so the real size may be unknown.
            return "\(input): more than \(limit) bytes, the limit for one article; check that this is an article"
        case .noHeadline(let input):
            return "\(input): no headline: the first block must be the headline (a line of text followed by a blank line)"
        case .invalidStamp(let input, let stamp, let reason):
            return "\(input): the stamp \"\(stamp)\" names a date or time that does not exist (\(reason)); correct the dateline before recording"
        }
    }
}
