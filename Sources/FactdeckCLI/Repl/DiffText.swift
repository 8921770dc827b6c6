import Study
import Terminal

/// A wrong answer against the expected one, character by character: with colours, extra
/// characters struck in red and missing ones in green; without, `[-extra-]` and `{+missing+}`.
enum DiffText {
    static func render(typed: String, expected: String, style: Style) -> String {
        CharacterDiff.segments(typed: typed, expected: expected).map { segment in
            let text = DisplayText.sanitized(segment.text)
            switch segment.kind {
            case .same: return text
            case .extra: return style.enabled ? style.red("\u{1B}[9m" + text) : "[-\(text)-]"
            case .missing: return style.enabled ? style.green("\u{1B}[4m" + text) : "{+\(text)+}"
            }
        }.joined()
    }
}
