import Foundation

/// Everything Storage hands the statistics: the cards and the review log summed per slot.
public struct StatsData: Sendable, Equatable {
    /// Every card of the deck (or collection); empty when Storage streamed them instead.
    public var cards: [CardSnapshot]
    /// Reviews per 15-minute slot from `detailSince` on, oldest first (a slot may have several
    /// tallies with the same kinds, one per deck: they add up).
    public var tallies: [ReviewTally]
    /// The slot from which `tallies` is complete.
    public var detailSince: Date
    /// Reviews over the whole log (`slotStart` nil), for all-time figures.
    public var totals: [ReviewTally]
    /// Starts of the slots before `detailSince` that hold reviews, oldest first (for streaks).
    public var earlierStudySlots: [Date]

    public init(cards: [CardSnapshot], tallies: [ReviewTally], detailSince: Date, totals: [ReviewTally],
                earlierStudySlots: [Date]) {
        self.cards = cards
        self.tallies = tallies
        self.detailSince = detailSince
        self.totals = totals
        self.earlierStudySlots = earlierStudySlots
    }
}
