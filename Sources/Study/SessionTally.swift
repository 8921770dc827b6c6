import FSRS
import FactdeckModel
import Foundation

/// What a study session has done so far, for its progress line and closing summary:
/// cards answered, how many correctly (anything but Again), and the same per fact kind.
public struct SessionTally: Sendable, Equatable {
    public struct Count: Sendable, Equatable {
        public var studied = 0
        public var correct = 0
        /// Correct answers as a percentage, nil when nothing was studied.
        public var percentCorrect: Int? { studied == 0 ? nil : Int((Double(correct) * 100 / Double(studied)).rounded()) }
    }

    public private(set) var total = Count()
    public private(set) var byKind: [FactKind: Count] = [:]
    public private(set) var answerTime: TimeInterval = 0

    public init() {}

    public mutating func record(_ rating: Rating, kind: FactKind, duration: TimeInterval) {
        apply(rating, kind: kind, sign: 1)
        answerTime += max(0, duration)
    }

    /// Takes back a recorded answer (the session's `undo`).
    public mutating func remove(_ rating: Rating, kind: FactKind, duration: TimeInterval) {
        apply(rating, kind: kind, sign: -1)
        answerTime = max(0, answerTime - max(0, duration))
    }

    private mutating func apply(_ rating: Rating, kind: FactKind, sign: Int) {
        let correct = rating == .again ? 0 : sign
        total.studied += sign
        total.correct += correct
        var count = byKind[kind] ?? Count()
        count.studied += sign
        count.correct += correct
        byKind[kind] = count.studied == 0 ? nil : count
    }
}
