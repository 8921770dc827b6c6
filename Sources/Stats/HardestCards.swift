/// The cards the learner struggles with.
public struct HardestCards: Sendable, Equatable {
    /// Lapses from which a card is a leech, as in Anki.
    public static let leechLapses = 8
    /// How many leeches and lowest-retrievability cards are named.
    public static let leechesNamed = 20
    public static let lowestNamed = 10

    public struct Card: Sendable, Equatable {
        /// Storage's key of the card (`CardSnapshot.key`).
        public var key: Int64
        public var lapses: Int
        public var retrievability: Double?
        public var suspended: Bool
    }

    /// Cards with at least `leechLapses` lapses.
    public var leechCount: Int
    /// The leeches with the most lapses first (then the lowest retrievability), at most `leechesNamed`.
    public var leeches: [Card]
    /// The studied cards least likely to be recalled now, lowest first, at most `lowestNamed`.
    public var lowestRetrievability: [Card]
}
