import FactdeckModel
import Foundation
import Stats
import Storage

/// `factdeck stats --json`: every figure of the report under the keys of docs/stats.md.
/// Rates, averages and retrievabilities are rounded to 4 decimals, seconds to 3.
enum StatsJSON {
    static func report(_ loaded: StatsScreen.Loaded) -> JSONValue {
        let report = loaded.report
        return .object([
            ("deck", .optional(loaded.deck)),
            ("generated_at", .date(report.now)),
            ("study_day", day(report.studyDay)),
            ("range", .string(report.range.rawValue)),
            ("range_start", day(report.rangeFirstDay)),
            ("today", today(report.today)),
            ("streak", streak(report.streak)),
            ("future_due", futureDue(report.futureDue)),
            ("reviews", reviews(report.reviews)),
            ("card_counts", cardCounts(report.cardCounts)),
            ("intervals", distribution(report.memory.intervals)),
            ("stability", distribution(report.memory.stability)),
            ("difficulty", distribution(report.memory.difficulty)),
            ("retrievability", distribution(report.memory.retrievability)),
            ("estimated_knowledge", rounded(report.memory.knowledge)),
            ("true_retention", .object(report.trueRetention.rows.map { row in
                (row.period.rawValue, .object([("young", retention(row.young)), ("mature", retention(row.mature)),
                                               ("all", retention(row.all))]))
            })),
            ("hourly", .array(report.hourly.hours.map { hour in
                .object([("hour", .int(hour.hour)), ("reviews", .int(hour.reviews)), ("correct", .int(hour.correct)),
                         ("success_rate", rounded(hour.successRate))])
            })),
            ("answer_buttons", .object([("learning", buttons(report.buttons.learning)),
                                        ("young", buttons(report.buttons.young)),
                                        ("mature", buttons(report.buttons.mature))])),
            ("added", .object([("first_day", day(report.added.firstDay)),
                               ("per_day", .array(report.added.perDay.map { .int($0) })),
                               ("total", .int(report.added.total)),
                               ("average_per_day", rounded(report.added.averagePerDay))])),
            ("fact_kinds", .array(report.factKinds.rows.map { row in
                .object([("fact_kind", .string(row.factKind.rawValue)), ("cards", .int(row.cards)),
                         ("studied", .int(row.studied)), ("reviews", .int(row.reviews)),
                         ("retention", retention(row.retention)),
                         ("average_retrievability", rounded(row.averageRetrievability)), ("lapses", .int(row.lapses))])
            })),
            ("hardest", .object([
                ("leech_threshold", .int(HardestCards.leechLapses)),
                ("leech_count", .int(report.hardest.leechCount)),
                ("leeches", .array(report.hardest.leeches.compactMap { card(loaded, $0) })),
                ("lowest_retrievability", .array(report.hardest.lowestRetrievability.compactMap { card(loaded, $0) })),
            ])),
        ])
    }

    static func day(_ number: Int) -> JSONValue { .string(CalendarDay(dayNumber: number).iso) }

    static func rounded(_ value: Double?, places: Int = 4) -> JSONValue {
        guard let value, value.isFinite else { return .null }
        let scale = pow(10.0, Double(places))
        return .double((value * scale).rounded() / scale)
    }

    static func seconds(_ milliseconds: Int64) -> JSONValue { rounded(Double(milliseconds) / 1000, places: 3) }

    private static func today(_ today: TodayStats) -> JSONValue {
        .object([
            ("reviews", .int(today.reviews)), ("seconds", seconds(today.durationMs)),
            ("seconds_per_card", rounded(today.secondsPerCard)),
            ("again", .int(today.again)), ("again_rate", rounded(today.againRate)),
            ("learning", .int(today.counts.learning)), ("review", .int(today.counts.review)),
            ("relearning", .int(today.counts.relearning)),
            ("mature_reviews", .int(today.matureReviews)), ("mature_correct", .int(today.matureCorrect)),
            ("mature_correct_rate", rounded(today.matureCorrectRate)),
        ])
    }

    private static func streak(_ streak: StreakStats) -> JSONValue {
        .object([
            ("current", .int(streak.current)), ("longest", .int(streak.longest)),
            ("studied_today", .bool(streak.studiedToday)), ("days_studied_last_year", .int(streak.daysStudied)),
            ("calendar", .object([("first_day", day(streak.calendarFirstDay)),
                                  ("reviews", .array(streak.calendar.map { .int($0) }))])),
        ])
    }

    private static func futureDue(_ due: FutureDueStats) -> JSONValue {
        .object([
            ("per_day", .array(due.perDay.map { .int($0) })), ("overdue", .int(due.overdue)),
            ("total", .int(due.total)), ("average_per_day", rounded(due.averagePerDay)),
            ("due_tomorrow", .int(due.dueTomorrow)), ("daily_load", rounded(due.dailyLoad)),
        ])
    }

    private static func kinds(_ counts: KindCounts) -> [(String, JSONValue)] {
        [("learning", .int(counts.learning)), ("relearning", .int(counts.relearning)),
         ("young", .int(counts.young)), ("mature", .int(counts.mature))]
    }

    private static func reviews(_ history: ReviewHistory) -> JSONValue {
        .object([
            ("days", .array(history.days.map { entry in
                .object([("day", day(entry.day))] + kinds(entry.counts) + [("seconds", seconds(entry.durationMs))])
            })),
            ("days_in_range", .int(history.days.count)), ("days_studied", .int(history.daysStudied)),
            ("total", .int(history.total.total)),
        ] + kinds(history.total) + [
            ("seconds", seconds(history.durationMs)),
            ("average_per_studied_day", rounded(history.averagePerStudiedDay)),
            ("average_per_day", rounded(history.averagePerDay)),
            ("average_answer_seconds", rounded(history.averageAnswerSeconds)),
        ])
    }

    private static func cardCounts(_ counts: CardCounts) -> JSONValue {
        .object([
            ("new", .int(counts.new)), ("learning", .int(counts.learning)), ("relearning", .int(counts.relearning)),
            ("young", .int(counts.young)), ("mature", .int(counts.mature)), ("suspended", .int(counts.suspended)),
            ("buried", .int(counts.buried)), ("total", .int(counts.total)),
        ])
    }

    private static func distribution(_ distribution: Distribution) -> JSONValue {
        .object([
            ("count", .int(distribution.count)), ("mean", rounded(distribution.mean)),
            ("median", rounded(distribution.median)),
            ("buckets", .array(distribution.buckets.map { bucket in
                .object([("from", .double(bucket.lower)), ("to", .optional(bucket.upper)), ("count", .int(bucket.count))])
            })),
        ])
    }

    private static func retention(_ counts: RetentionCounts) -> JSONValue {
        .object([("passed", .int(counts.passed)), ("failed", .int(counts.failed)), ("rate", rounded(counts.rate))])
    }

    private static func buttons(_ counts: AnswerButtonStats.Counts) -> JSONValue {
        .object([("again", .int(counts.again)), ("hard", .int(counts.hard)), ("good", .int(counts.good)),
                 ("easy", .int(counts.easy)), ("total", .int(counts.total)), ("correct_rate", rounded(counts.correctRate))])
    }

    private static func card(_ loaded: StatsScreen.Loaded, _ card: HardestCards.Card) -> JSONValue? {
        guard let label = loaded.labels[card.key] else { return nil }
        return .object([
            ("id", .string(label.id.rawValue)), ("deck", .string(label.deckName)), ("question", .string(label.question)),
            ("lapses", .int(card.lapses)), ("retrievability", rounded(card.retrievability)), ("suspended", .bool(card.suspended)),
        ])
    }
}
