import ArticleText
import Foundation

/// Reads an input file, standard input (`-`), a pipe or a FIFO (`<(curl …)`) as bytes.
enum InputFile {
    /// Stops reading one byte past the decoder's limit, so an endless stream (`< /dev/zero`)
    /// is refused with the size error instead of filling memory.
    static let readLimit = ArticleDecoder().byteLimit + 1

    static func read(_ path: String) throws -> [UInt8] {
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw CommandError("\(path): no such file; check the path")
            }
            if isDirectory.boolValue { throw CommandError("\(path): is a directory; give an article file (or use `palimpsest import DIR`)") }
            guard let opened = FileHandle(forReadingAtPath: path) else {
                throw CommandError("\(path): cannot be opened for reading; check its permissions")
            }
            handle = opened
        }
        defer { if path != "-" { try? handle.close() } }
        var bytes: [UInt8] = []
        // A regular file's size is known: one allocation instead of doubling (and faulting
        // in) a growing buffer; a pipe reports 0 and grows as before.
        if path != "-", let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int, size > 0 {
            bytes.reserveCapacity(min(size, readLimit))
        }
        do {
            while bytes.count < readLimit, let chunk = try handle.read(upToCount: min(1 << 20, readLimit - bytes.count)), !chunk.isEmpty {
                bytes.append(contentsOf: chunk)
            }
        } catch {
            throw CommandError("\(path): read failed (\(error.localizedDescription)); check the file")
        }
        return bytes
    }

    /// The name a source is stored under: the file's base name, `stdin` for `-`.
    static func sourceName(_ path: String) -> String {
        path == "-" ? "stdin" : URL(fileURLWithPath: path).lastPathComponent
    }
}
