/// Reviews per study day over the range, split by review kind.
public struct ReviewHistory: Sendable, Equatable {
    public struct Day: Sendable, Equatable {
        public var day: Int
        public var counts: KindCounts
        public var durationMs: Int64
    }

    /// One entry per study day of the range, oldest first, today last.
    public var days: [Day]
    public var total: KindCounts
    public var durationMs: Int64

    /// Days of the range with at least one review.
    public var daysStudied: Int { days.filter { $0.counts.total > 0 }.count }
    public var averagePerStudiedDay: Double? { Ratio.of(total.total, daysStudied) }
    /// Average over every day of the range, studied or not.
    public var averagePerDay: Double? { Ratio.of(total.total, days.count) }
    public var averageAnswerSeconds: Double? { Ratio.of(Double(durationMs) / 1000, total.total) }

    init(reviews: ReviewDays, firstDay: Int, today: Int) {
        days = (firstDay...max(firstDay, today)).map { day in
            let figures = reviews.days[day] ?? DayFigures()
            return Day(day: day, counts: figures.counts, durationMs: figures.durationMs)
        }
        total = days.reduce(KindCounts()) { $0 + $1.counts }
        durationMs = days.reduce(0) { $0 + $1.durationMs }
    }
}
