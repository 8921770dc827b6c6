import FSRS

/// The few fields of a card that statistics read, kept small because a collection may
/// hand over a million of them. Times are milliseconds since 1970.
public struct CardSnapshot: Sendable, Equatable {
    /// Storage's key for the card, to look its id up again for the few cards a report names.
    public var key: Int64
    public var state: CardState
    public var factKind: FactKind
    /// FSRS stability in days; 0 for a new card.
    public var stability: Double
    /// FSRS difficulty (1…10); 0 for a new card.
    public var difficulty: Double
    /// When the card was last answered; nil when never.
    public var lastReviewMs: Int64?
    public var dueMs: Int64
    public var createdMs: Int64
    public var lapses: Int
    public var suspended: Bool
    /// The study day until which the card is buried (exclusive); nil when not buried.
    public var buriedUntilDay: Int?

    public init(key: Int64, state: CardState, factKind: FactKind, stability: Double, difficulty: Double,
                lastReviewMs: Int64?, dueMs: Int64, createdMs: Int64, lapses: Int, suspended: Bool,
                buriedUntilDay: Int?) {
        self.key = key
        self.state = state
        self.factKind = factKind
        self.stability = stability
        self.difficulty = difficulty
        self.lastReviewMs = lastReviewMs
        self.dueMs = dueMs
        self.createdMs = createdMs
        self.lapses = lapses
        self.suspended = suspended
        self.buriedUntilDay = buriedUntilDay
    }

    /// The interval the card was last scheduled on, in whole study days (Anki's `ivl`) for
    /// a review card: from the study day of its last answer to the one it is due, which
    /// starts at the rollover. Counted in 24-hour days from the answer to the due time,
    /// which differs only for an answer given within an hour of the rollover when a
    /// daylight-saving change falls within the interval. 0 for other cards.
    public var intervalDays: Int {
        guard state == .review, let last = lastReviewMs, dueMs > last else { return 0 }
        return Int((dueMs - last + 86_399_999) / 86_400_000)
    }
}
