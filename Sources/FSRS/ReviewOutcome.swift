import Foundation

/// The result of one answer: the card before and after, and the interval to
/// show on the answer button.
public struct ReviewOutcome: Sendable, Equatable {
    /// The answer given.
    public var rating: Rating
    /// The card as it was shown.
    public var before: SchedulingState
    /// The card after the answer.
    public var after: SchedulingState
    /// Study days since the previous answer (0 for the first answer).
    public var elapsedDays: Int
    /// Seconds from the answer to `after.due`.
    public var interval: TimeInterval
    /// Whole study days to the next review for a review card; 0 when the card
    /// stays in (re)learning steps.
    public var scheduledDays: Int

    /// Creates an outcome as given.
    public init(rating: Rating, before: SchedulingState, after: SchedulingState, elapsedDays: Int, interval: TimeInterval, scheduledDays: Int) {
        self.rating = rating
        self.before = before
        self.after = after
        self.elapsedDays = elapsedDays
        self.interval = interval
        self.scheduledDays = scheduledDays
    }

    /// Short label for the answer button, like Anki's: the step delay for
    /// (re)learning ("1m", "6m"), else the whole days scheduled ("8d",
    /// "3.2mo"), independent of the hour the answer is given.
    public var buttonLabel: String {
        scheduledDays > 0 ? IntervalFormat.days(scheduledDays) : IntervalFormat.short(interval)
    }
}
