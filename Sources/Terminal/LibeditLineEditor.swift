import CLibedit
import Foundation

/// Line editing on a terminal through libedit: cursor keys, history kept in a file across
/// sessions, Ctrl-R search, Tab completion, and Ctrl-C that drops the current input.
public final class LibeditLineEditor: LineEditor {
    public var completion: (@Sendable (String, String) -> [String])? {
        didSet { LibeditCompletion.source = completion }
    }
    private let historyPath: String?
    private var lastInterrupts: Int

    /// `historyPath`: the file history is read from and written to (its folder must exist).
    public init(historyPath: String?) {
        self.historyPath = historyPath
        factdeck_set_catch_signals(0)
        _ = factdeck_install_interrupt_handler()
        lastInterrupts = factdeck_interrupt_count()
        factdeck_set_word_breaks()
        factdeck_set_completion(LibeditCompletion.callback)
        using_history()
        stifle_history(1000)
        if let historyPath, FileManager.default.fileExists(atPath: historyPath) {
            _ = read_history(historyPath)
        }
    }

    /// Whether standard input and output are both a terminal, so libedit can be used.
    public static var isAvailable: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    public func readLine(prompt: String) -> LineInput {
        fflush(nil)
        lastInterrupts = factdeck_interrupt_count()
        guard let pointer = readline(prompt) else {
            if factdeck_interrupt_count() != lastInterrupts {
                FileHandle.standardOutput.write(Data("^C\n".utf8))
                return .interrupted
            }
            return .endOfInput
        }
        defer { free(pointer) }
        if factdeck_interrupt_count() != lastInterrupts { return .interrupted }
        return .line(String(cString: pointer))
    }

    public func remember(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        add_history(line)
    }

    public func close() {
        guard let historyPath else { return }
        _ = write_history(historyPath)
        chmod(historyPath, 0o600)
    }
}

/// libedit's completion callback is a C function pointer with no context, so the
/// candidates come from one process-wide source, set by the editor.
enum LibeditCompletion {
    nonisolated(unsafe) static var source: (@Sendable (String, String) -> [String])?

    static let callback: @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { text, start, end in
        factdeck_disable_filename_completion()
        guard let source, let text else { return nil }
        let word = String(cString: text)
        let line = factdeck_line_buffer().map { String(cString: $0) } ?? word
        let prefix = String(line.utf8.prefix(Int(max(0, start)))) ?? ""
        let matches = source(prefix, word).filter { $0.hasPrefix(word) }
        guard !matches.isEmpty else { return nil }
        // readline's convention: element 0 is the text to insert (the longest common prefix),
        // then every match, then NULL; all malloc'd, freed by libedit.
        let common = matches.dropFirst().reduce(matches[0]) { partial, next in
            String(zip(partial, next).prefix { $0 == $1 }.map(\.0))
        }
        let list = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: matches.count + 2)
        list[0] = strdup(matches.count == 1 ? matches[0] : common)
        for (index, match) in matches.enumerated() { list[index + 1] = strdup(match) }
        list[matches.count + 1] = nil
        return list
    }
}
