import Terminal

/// Card text on one line of output: control characters escaped.
enum DisplayTextLine {
    static func of(_ text: String) -> String { DisplayText.sanitized(text) }
}
