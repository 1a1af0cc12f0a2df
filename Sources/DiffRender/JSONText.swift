import ArticleText
import Foundation

/// One JSON encoding for every machine-readable output: keys sorted (stable for scripts and
/// golden tests), `/` unescaped, strings escaped per RFC 8259 by Foundation's `JSONEncoder`,
/// and DEL, C1 and bidi controls (``VisibleText``) escaped as `\uXXXX` too: RFC 8259 lets
/// them through raw, but a terminal showing the output would obey them.
public enum JSONText {
    /// Encodes `value` on one line, or indented when `pretty`.
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty
            ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            : [.sortedKeys, .withoutEscapingSlashes]
        // Our own structs of strings, integers and finite numbers cannot fail to encode.
        let data = try! encoder.encode(value)
        // Outside strings JSON has only ASCII punctuation, so every such scalar is in a string.
        return VisibleText.replacing(String(decoding: data, as: UTF8.self), where: VisibleText.isUnsafe) { scalar in
            let hex = String(scalar.value, radix: 16)
            return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        }
    }
}
