import Foundation
import FSRS

/// One answer, as kept in the append-only review log: the source of truth from
/// which a card's schedule can be rebuilt.
public struct ReviewRecord: Sendable, Equatable {
    public var id: Int64?
    public var cardID: CardID
    public var reviewedAt: Date
    public var rating: Rating
    public var elapsedDays: Int
    /// How long the learner took to answer, in seconds.
    public var duration: TimeInterval
    public var before: SchedulingState
    public var after: SchedulingState

    public init(id: Int64? = nil, cardID: CardID, reviewedAt: Date, rating: Rating, elapsedDays: Int,
                duration: TimeInterval, before: SchedulingState, after: SchedulingState) {
        self.id = id
        self.cardID = cardID
        self.reviewedAt = reviewedAt
        self.rating = rating
        self.elapsedDays = elapsedDays
        self.duration = duration
        self.before = before
        self.after = after
    }
}
