/// Today's study: Anki's "Today" line.
public struct TodayStats: Sendable, Equatable {
    /// Answers given today (a card answered twice counts twice, as in Anki).
    public var reviews: Int
    public var durationMs: Int64
    public var again: Int
    /// Answers by review kind (learning, relearning, young, mature).
    public var counts: KindCounts
    /// Answers on mature cards (interval ≥ 21 days), and those not Again.
    public var matureReviews: Int
    public var matureCorrect: Int

    public var seconds: Double { Double(durationMs) / 1000 }
    public var secondsPerCard: Double? { Ratio.of(seconds, reviews) }
    public var againRate: Double? { Ratio.of(again, reviews) }
    public var matureCorrectRate: Double? { Ratio.of(matureCorrect, matureReviews) }

    init(_ figures: DayFigures) {
        reviews = figures.counts.total
        durationMs = figures.durationMs
        again = figures.again
        counts = figures.counts
        matureReviews = figures.counts.mature
        matureCorrect = figures.matureCorrect
    }
}
