import Foundation

/// One JSON encoding for every machine-readable output: keys sorted (stable for scripts and
/// golden tests), `/` unescaped, strings escaped per RFC 8259 by Foundation's `JSONEncoder`.
public enum JSONText {
    /// Encodes `value` on one line, or indented when `pretty`.
    public static func encode<T: Encodable>(_ value: T, pretty: Bool = true) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty
            ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            : [.sortedKeys, .withoutEscapingSlashes]
        // Our own structs of strings, integers and finite numbers cannot fail to encode.
        let data = try! encoder.encode(value)
        return String(decoding: data, as: UTF8.self)
    }
}
