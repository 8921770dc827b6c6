import Foundation

/// Input read line by line with no escapes and no history, for piped or scripted sessions
/// (`printf 'study\n2023\n\nquit\n' | factdeck`). Prompts are still printed so a
/// transcript reads like a session.
public final class PlainLineEditor: LineEditor {
    public var completion: (@Sendable (String, String) -> [String])?
    private var buffer = Data()
    private var finished = false
    private let echo: Bool

    /// With `echo`, each line read is printed after its prompt, so transcripts show the input.
    public init(echo: Bool = false) { self.echo = echo }

    public func readLine(prompt: String) -> LineInput {
        FileHandle.standardOutput.write(Data(prompt.utf8))
        guard let line = nextLine() else {
            FileHandle.standardOutput.write(Data("\n".utf8))
            return .endOfInput
        }
        if echo { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }
        return .line(line)
    }

    public func remember(_ line: String) {}
    public func close() {}

    private func nextLine() -> String? {
        while true {
            if let newline = buffer.firstIndex(of: 0x0A) {
                let lineData = buffer[buffer.startIndex..<newline]
                buffer.removeSubrange(buffer.startIndex...newline)
                var line = String(decoding: lineData, as: UTF8.self)
                if line.hasSuffix("\r") { line.removeLast() }
                return line
            }
            if finished {
                guard !buffer.isEmpty else { return nil }
                let line = String(decoding: buffer, as: UTF8.self)
                buffer.removeAll()
                return line
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = read(STDIN_FILENO, &chunk, chunk.count)
            if count > 0 {
                buffer.append(contentsOf: chunk[0..<count])
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                finished = true
            }
        }
    }
}
