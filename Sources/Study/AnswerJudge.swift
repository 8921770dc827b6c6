import Foundation

import FSRS

/// Judges a typed answer against a card's answer and accepted alternatives, by what the
/// answer is: numbers by value (`1,000` = `one thousand`, `24 km` = `24km`), dates by date
/// (`12 January 2025` = `2025-01-12`), names by any alias, and text case-, accent- and
/// punctuation-blind with a small typo tolerance.
public enum AnswerJudge {
    public enum Verdict: String, Sendable, Equatable {
        /// Right, as written or in another accepted form.
        case correct
        /// Right but for a small typo; counted as correct.
        case typo
        case wrong
        /// Nothing typed: the learner wants to see the answer and rate themselves.
        case empty
    }

    public struct Judgement: Sendable, Equatable {
        public var verdict: Verdict
        /// The rating offered as the default: Good when right, Again when wrong, none when empty.
        public var suggestedRating: Rating?
        /// The accepted answer closest to what was typed (the card's answer unless an alias matched).
        public var closest: String
    }

    public static func judge(_ typed: String, answer: String, alternatives: [String] = []) -> Judgement {
        let folded = stripArticle(TextFolding.fold(typed))
        guard !folded.isEmpty else { return Judgement(verdict: .empty, suggestedRating: nil, closest: answer) }
        let candidates = [answer] + alternatives.filter { !$0.isEmpty }
        var typo: String?
        for candidate in candidates {
            switch compare(typed: typed, folded: folded, candidate: candidate) {
            case .correct: return Judgement(verdict: .correct, suggestedRating: .good, closest: candidate)
            case .typo: typo = typo ?? candidate
            default: continue
            }
        }
        if let typo { return Judgement(verdict: .typo, suggestedRating: .good, closest: typo) }
        return Judgement(verdict: .wrong, suggestedRating: .again, closest: answer)
    }

    private static func compare(typed: String, folded: String, candidate: String) -> Verdict {
        let expected = stripArticle(TextFolding.fold(candidate))
        if expected == folded { return .correct }
        if let wanted = DateReading.read(candidate), let given = DateReading.read(typed), isDateLike(candidate) {
            return given.matches(expected: wanted) ? .correct : .wrong
        }
        if let wanted = NumberReading.read(candidate), let given = NumberReading.read(typed) {
            return given.matches(wanted) ? .correct : .wrong
        }
        let tolerance = TextFolding.typoTolerance(forLength: expected.count)
        if tolerance > 0, !expected.contains(where: \.isNumber),
           TextFolding.distance(folded, expected, limit: tolerance) <= tolerance {
            return .typo
        }
        return .wrong
    }

    /// A date answer names a month, a decade or is a bare year; a plain count such as
    /// `645` is read as a number instead.
    private static func isDateLike(_ text: String) -> Bool {
        guard let reading = DateReading.read(text) else { return false }
        if reading.month != nil || reading.decade != nil { return true }
        let digits = text.filter(\.isNumber)
        return digits.count == 4 && text.trimmingCharacters(in: .whitespaces).count == 4
    }

    private static func stripArticle(_ folded: String) -> String {
        for article in ["the ", "a ", "an "] where folded.hasPrefix(article) && folded.count > article.count {
            return String(folded.dropFirst(article.count))
        }
        return folded
    }
}
