import Foundation

/// Writing to standard output and error, flushed at once so that piped output and
/// prompts arrive in order even if the process is killed next.
enum Output {
    static func line(_ text: String = "") {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func lines(_ texts: [String]) {
        guard !texts.isEmpty else { return }
        FileHandle.standardOutput.write(Data((texts.joined(separator: "\n") + "\n").utf8))
    }

    static func json(_ value: JSONValue) {
        line(value.serialized())
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
