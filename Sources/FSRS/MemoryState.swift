/// The FSRS memory of one card: how long it lasts and how hard it is.
public struct MemoryState: Sendable, Equatable, Codable {
    /// Days for retrievability to fall from 100% to 90%; kept within
    /// 0.001…36500 like fsrs-rs.
    public var stability: Double
    /// Intrinsic difficulty, kept within 1…10.
    public var difficulty: Double

    /// Creates a memory state as given; no clamping is applied here.
    public init(stability: Double, difficulty: Double) {
        self.stability = stability
        self.difficulty = difficulty
    }
}
