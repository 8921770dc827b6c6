/// What reading one line of input gave.
public enum LineInput: Equatable, Sendable {
    case line(String)
    /// Ctrl-C: the current input is dropped and the prompt comes back.
    case interrupted
    /// Ctrl-D or the end of piped input.
    case endOfInput
}

/// Reads the learner's input a line at a time: libedit on a terminal, plain lines otherwise.
public protocol LineEditor: AnyObject {
    /// Shows `prompt` and reads one line (without its newline).
    func readLine(prompt: String) -> LineInput
    /// Remembers a command line for history (not answers to cards).
    func remember(_ line: String)
    /// Where Tab completion gets its candidates: the whole line so far and the word being completed.
    var completion: (@Sendable (_ line: String, _ word: String) -> [String])? { get set }
    /// Saves history; called when the session ends.
    func close()
}
