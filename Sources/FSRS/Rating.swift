import Foundation

/// The learner's answer to a card, as on Anki's four buttons.
///
/// The raw values are the FSRS grades (1…4) used by fsrs-rs, py-fsrs and the
/// review log, so they are stable and safe to persist.
public enum Rating: Int, Sendable, Codable, CaseIterable, Comparable {
    /// Forgotten: the card lapses (review) or restarts its steps (learning).
    case again = 1
    /// Recalled with serious difficulty.
    case hard = 2
    /// Recalled after some thought: the normal answer.
    case good = 3
    /// Recalled instantly.
    case easy = 4

    /// Parses a command-line or REPL answer: `again|hard|good|easy` or
    /// `1|2|3|4`, case-insensitively, ignoring surrounding whitespace.
    /// Returns nil for anything else.
    public init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if let number = Int(text), let rating = Rating(rawValue: number) {
            self = rating
            return
        }
        guard let rating = Rating.allCases.first(where: { $0.name == text }) else { return nil }
        self = rating
    }

    /// The lowercase English name (`"again"`, `"hard"`, `"good"`, `"easy"`),
    /// the same word `init?(argument:)` accepts.
    public var name: String {
        switch self {
        case .again: "again"
        case .hard: "hard"
        case .good: "good"
        case .easy: "easy"
        }
    }

    public static func < (lhs: Rating, rhs: Rating) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
