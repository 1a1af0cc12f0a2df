import Foundation

/// Reads an input file, or standard input for `-`, as bytes.
enum InputFile {
    static func read(_ path: String) throws -> [UInt8] {
        if path == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CommandError("\(path): no such file; check the path")
        }
        if isDirectory.boolValue { throw CommandError("\(path): is a directory; give an article file (or use `palimpsest import DIR`)") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandError("\(path): cannot be read; check its permissions")
        }
        return [UInt8](data)
    }

    /// The name a source is stored under: the file's base name, `stdin` for `-`.
    static func sourceName(_ path: String) -> String {
        path == "-" ? "stdin" : URL(fileURLWithPath: path).lastPathComponent
    }
}
