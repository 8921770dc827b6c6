/// The distributions of what FSRS knows about the cards.
public struct MemoryStats: Sendable, Equatable {
    /// Intervals of review cards, in days.
    public var intervals: Distribution
    /// Stability (days for recall to fall to 90%) of cards studied at least once.
    public var stability: Distribution
    /// Difficulty, 1 (easy) … 10 (hard), of cards studied at least once.
    public var difficulty: Distribution
    /// Probability of recall now, of cards studied at least once.
    public var retrievability: Distribution
    /// Estimated total knowledge: the sum of the retrievabilities, the number of cards
    /// one would expect to recall if asked all of them now.
    public var knowledge: Double

    static let intervalEdges: [Double] = [1, 2, 3, 5, 8, 15, 31, 61, 91, 181, 366, 731]
    static let stabilityEdges: [Double] = [0, 1, 2, 3, 5, 8, 15, 31, 61, 91, 181, 366, 731]
    static let difficultyEdges: [Double] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    static let retrievabilityEdges: [Double] = [0, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1]
}
