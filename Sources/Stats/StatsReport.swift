import FSRS
import FactdeckModel
import Foundation

/// Everything `factdeck stats` shows, computed from the cards and the review log sums
/// under Anki's definitions: study days begin at the rollover hour, cards and reviews are
/// mature from an interval of 21 days, true retention counts first reviews of the day.
/// Pure: the time, time zone and rollover come in `StatsOptions`.
public struct StatsReport: Sendable, Equatable {
    public var now: Date
    /// The study day `now` falls in.
    public var studyDay: Int
    public var range: StatsRange
    /// First study day of the range (for `all`, of the first review or card added).
    public var rangeFirstDay: Int

    public var today: TodayStats
    public var streak: StreakStats
    public var futureDue: FutureDueStats
    public var reviews: ReviewHistory
    public var cardCounts: CardCounts
    public var memory: MemoryStats
    public var trueRetention: TrueRetentionStats
    public var hourly: HourlyStats
    public var buttons: AnswerButtonStats
    public var added: AddedStats
    public var factKinds: FactKindStats
    public var hardest: HardestCards

    /// True when the collection (or deck) has no card and no review.
    public var isEmpty: Bool { cardCounts.total == 0 && reviews.total.total == 0 && streak.longest == 0 }

    /// The report from `data`, its cards included.
    public init(data: StatsData, options: StatsOptions) {
        var cards = CardFigures(options: options)
        for card in data.cards { cards.add(card) }
        self.init(data: data, cards: cards, options: options)
    }

    /// The report from the review tallies of `data` and the cards already counted into
    /// `cards` (Storage streams them: a million cards need not be held at once).
    public init(data: StatsData, cards: CardFigures, options: StatsOptions) {
        let today = options.today
        now = options.now
        studyDay = today
        range = options.range
        let rangeStart: Int
        if let days = options.range.days {
            rangeStart = today - days + 1
        } else {
            let firstSlot = [data.earlierStudySlots.first, data.tallies.first?.slotStart].compactMap { $0 }.min()
            let firstStudied = firstSlot.map(options.clock.dayNumber)
            let firstAdded = cards.firstCreatedMs.map { options.clock.dayNumber(Date(timeIntervalSince1970: Double($0) / 1000)) }
            rangeStart = min([firstStudied, firstAdded].compactMap { $0 }.min() ?? today, today)
        }
        rangeFirstDay = rangeStart
        let reviewDays = ReviewDays(data: data, clock: options.clock,
                                    rangeFirstDay: options.range.days == nil ? Int.min : rangeStart)

        self.today = TodayStats(reviewDays.days[today] ?? DayFigures())
        streak = StreakStats(reviews: reviewDays, today: today)
        futureDue = FutureDueStats(perDay: cards.futureDue, overdue: cards.overdue, dailyLoad: cards.dailyLoad)
        reviews = ReviewHistory(reviews: reviewDays, firstDay: rangeStart, today: today)
        cardCounts = cards.counts
        memory = cards.memory
        trueRetention = TrueRetentionStats(reviews: reviewDays, totals: data.totals, today: today)
        hourly = HourlyStats(reviews: reviewDays)
        buttons = AnswerButtonStats(reviews: reviewDays)
        added = AddedStats(firstDay: rangeStart, perDay: cards.added(clock: options.clock, firstDay: rangeStart))
        factKinds = FactKindStats(rows: FactKind.allCases.enumerated().map { index, kind in
            let figures = cards.perKind[index]
            return FactKindStats.Row(factKind: kind, cards: figures.cards, studied: figures.studied,
                                     reviews: reviewDays.factReviews[kind] ?? 0,
                                     retention: reviewDays.factRetention[kind] ?? RetentionCounts(),
                                     averageRetrievability: Ratio.of(figures.retrievability, figures.studied),
                                     lapses: figures.lapses)
        })
        hardest = cards.hardest
    }
}
