import Foundation

/// Everything the scheduler needs to know about one card.
///
/// A value: `Scheduler.review` returns the next one, never mutates in place.
public struct SchedulingState: Sendable, Equatable, Codable {
    /// Life-cycle state.
    public var state: CardState
    /// Index into the learning or relearning steps; nil for new and review cards.
    public var step: Int?
    /// FSRS memory; nil until the first answer.
    public var memory: MemoryState?
    /// When the card is next due (the start of a study day for review cards).
    public var due: Date
    /// When it was last answered; nil if never.
    public var lastReview: Date?
    /// Number of answers given.
    public var reps: Int
    /// Number of times a review card was answered Again.
    public var lapses: Int

    /// Creates a state as given.
    public init(state: CardState, step: Int?, memory: MemoryState?, due: Date, lastReview: Date?, reps: Int, lapses: Int) {
        self.state = state
        self.step = step
        self.memory = memory
        self.due = due
        self.lastReview = lastReview
        self.reps = reps
        self.lapses = lapses
    }

    /// A card never studied, available from `due`.
    public static func new(due: Date) -> SchedulingState {
        SchedulingState(state: .new, step: nil, memory: nil, due: due, lastReview: nil, reps: 0, lapses: 0)
    }
}
