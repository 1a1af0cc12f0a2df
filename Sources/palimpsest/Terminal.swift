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
        FileHandle.standardError.write(Data("warning: \(message)\n".utf8))
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes `bytes` to stdout as they are, retrying short writes and EINTR.
    static func write(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard var pointer = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let written = Foundation.write(STDOUT_FILENO, pointer, left)
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            pointer += written
            left -= written
        }
    }
}

enum ColorMode: String, CaseIterable {
    case auto, always, never
}
