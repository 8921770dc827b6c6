/// Cards added per study day over the range.
public struct AddedStats: Sendable, Equatable {
    /// Study day of `perDay[0]`.
    public var firstDay: Int
    /// Cards added each day, oldest first, today last.
    public var perDay: [Int]
    public var total: Int { perDay.reduce(0, +) }
    public var averagePerDay: Double? { Ratio.of(total, perDay.count) }
}
