import FSRS
import Foundation

/// Reviews summed over one group of the review log: those answered in one 15-minute slot
/// (or over all time when `slotStart` is nil), of one fact kind, review kind and rating.
/// Storage hands these to the statistics instead of millions of review rows.
public struct ReviewTally: Sendable, Equatable {
    /// Length of a slot. Every time zone's offset is a multiple of it, so a slot lies
    /// within one local hour and one study day in any zone.
    public static let slotSeconds = 900

    /// Start of the slot; nil when the tally covers the whole log.
    public var slotStart: Date?
    public var factKind: FactKind
    public var kind: ReviewKind
    public var rating: Rating
    public var reviews: Int
    /// Reviews that were their card's first answer of the study day (elapsed days ≥ 1).
    public var firstOfDay: Int
    /// Time spent answering, in milliseconds.
    public var durationMs: Int64

    public init(slotStart: Date?, factKind: FactKind, kind: ReviewKind, rating: Rating,
                reviews: Int, firstOfDay: Int, durationMs: Int64) {
        self.slotStart = slotStart
        self.factKind = factKind
        self.kind = kind
        self.rating = rating
        self.reviews = reviews
        self.firstOfDay = firstOfDay
        self.durationMs = durationMs
    }
}
