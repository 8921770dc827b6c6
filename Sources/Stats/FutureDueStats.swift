/// Reviews due over the coming days (cards not new and not suspended).
public struct FutureDueStats: Sendable, Equatable {
    /// Days shown, today included.
    public static let days = 30

    /// Cards due each study day, today first; today's count includes overdue cards.
    public var perDay: [Int]
    /// Cards due before today began.
    public var overdue: Int
    /// Due over the `days` days.
    public var total: Int { perDay.reduce(0, +) }
    public var averagePerDay: Double { Double(total) / Double(Self.days) }
    public var dueTomorrow: Int { perDay.count > 1 ? perDay[1] : 0 }
    /// Anki's daily load: reviews a day in the long run, Σ 1/interval over review cards
    /// (at least one day) plus one for each learning or relearning card.
    public var dailyLoad: Double
}
