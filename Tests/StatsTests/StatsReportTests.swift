import FSRS
import FactdeckModel
import Foundation
import Stats
import Testing

/// A known collection, drawn at 2025-01-12 12:00 UTC with days rolling over at 4 am.
struct KnownHistory {
    static let utc = TimeZone(secondsFromGMT: 0) ?? .current
    static let clock = StudyDayClock(timeZone: utc, rolloverHour: 4)
    static let now = Date(timeIntervalSince1970: 1_736_683_200) // 2025-01-12T12:00:00Z
    static let today = clock.dayNumber(now)
    static let hour = 3_600_000 as Int64
    static let day = 86_400_000 as Int64
    static let nowMs: Int64 = 1_736_683_200_000

    static func startMs(_ day: Int) -> Int64 { Int64(clock.startOfDay(day).timeIntervalSince1970 * 1000) }

    static func card(_ key: Int64, _ state: CardState, _ fact: FactKind = .custom, stability: Double = 0, difficulty: Double = 0,
                     last: Int64? = nil, due: Int64 = nowMs, created: Int64 = nowMs - 2 * day, lapses: Int = 0,
                     suspended: Bool = false, buriedUntil: Int? = nil) -> CardSnapshot {
        CardSnapshot(key: key, state: state, factKind: fact, stability: stability, difficulty: difficulty,
                     lastReviewMs: last, dueMs: due, createdMs: created, lapses: lapses, suspended: suspended,
                     buriedUntilDay: buriedUntil)
    }

    static let cards: [CardSnapshot] = [
        card(1, .new, .date),
        card(2, .learning, .figure, stability: 1.2, difficulty: 5, last: nowMs - hour, due: nowMs + 9 * 60_000, created: nowMs - day),
        // Young review: answered 3 days ago at noon, due at the start of the day after tomorrow: interval 5.
        card(3, .review, .custom, stability: 3, difficulty: 4, last: nowMs - 3 * day, due: startMs(today + 2)),
        // Mature leech: interval 30, retrievability exactly 0.9 (elapsed = stability).
        card(4, .review, .group, stability: 10, difficulty: 6, last: nowMs - 10 * day, due: startMs(today + 20), lapses: 9),
        card(5, .review, .position, stability: 3, difficulty: 8, last: nowMs - 5 * day, due: startMs(today - 1), suspended: true),
        // Overdue young review: interval 18, due two days ago.
        card(6, .review, .custom, stability: 20, difficulty: 3, last: nowMs - 20 * day, due: startMs(today - 2)),
        card(7, .relearning, .date, stability: 2, difficulty: 9, last: nowMs - 30 * 60_000, due: nowMs + 10 * 60_000, lapses: 1),
        // Buried until tomorrow, due tomorrow.
        card(8, .review, .figure, stability: 5, difficulty: 2, last: nowMs - 4 * day, due: startMs(today + 1),
             created: nowMs, buriedUntil: today + 1),
    ]

    static func tally(_ ms: Int64, _ kind: ReviewKind, _ rating: Rating, _ reviews: Int, first: Int = 0,
                      seconds: Int = 5, fact: FactKind = .custom) -> ReviewTally {
        let slot = ms / 900_000 * 900_000
        return ReviewTally(slotStart: Date(timeIntervalSince1970: Double(slot) / 1000), factKind: fact, kind: kind,
                           rating: rating, reviews: reviews, firstOfDay: first, durationMs: Int64(reviews * seconds * 1000))
    }

    static var tallies: [ReviewTally] {
        let todayStart = startMs(today)
        var tallies: [ReviewTally] = []
        // Six days in a row, 10 to 5 days ago: one good young review each.
        for back in (5...10).reversed() {
            tallies.append(tally(startMs(today - back) + 8 * hour, .young, .good, 1, first: 1, fact: .group))
        }
        tallies += [
            // Yesterday evening, and 3:30 this morning, which is still yesterday's study day.
            tally(startMs(today - 1) + 16 * hour, .young, .good, 4, first: 4),
            tally(startMs(today - 1) + 16 * hour, .young, .again, 1, first: 1),
            tally(todayStart - hour / 2, .learning, .good, 2, seconds: 3),
            // Today, 5:00 and 13:00.
            tally(todayStart + hour, .mature, .again, 1, first: 1, seconds: 10),
            tally(todayStart + hour, .mature, .good, 3, first: 2, seconds: 10, fact: .group),
            tally(todayStart + 9 * hour, .learning, .good, 2, seconds: 4, fact: .date),
            tally(todayStart + 9 * hour, .relearning, .hard, 1, seconds: 6, fact: .date),
        ]
        return tallies.sorted { ($0.slotStart ?? .distantPast) < ($1.slotStart ?? .distantPast) }
    }

    static var data: StatsData {
        var totals: [ReviewTally] = []
        for t in tallies {
            if let index = totals.firstIndex(where: { $0.factKind == t.factKind && $0.kind == t.kind && $0.rating == t.rating }) {
                totals[index].reviews += t.reviews
                totals[index].firstOfDay += t.firstOfDay
                totals[index].durationMs += t.durationMs
            } else {
                var total = t
                total.slotStart = nil
                totals.append(total)
            }
        }
        // An older, all-time-only review: a failed mature first review 400 days ago.
        totals.append(ReviewTally(slotStart: nil, factKind: .custom, kind: .mature, rating: .again, reviews: 1,
                                  firstOfDay: 1, durationMs: 1000))
        return StatsData(cards: cards, tallies: tallies, detailSince: clock.startOfDay(today - 364), totals: totals,
                         earlierStudySlots: [clock.startOfDay(today - 400)])
    }

    static func report(_ range: StatsRange = .month) -> StatsReport {
        StatsReport(data: data, options: StatsOptions(now: now, clock: clock, range: range))
    }
}

@Suite struct StatsReportTests {
    let report = KnownHistory.report()

    @Test func todayCountsOnlyReviewsSinceTheRollover() {
        let today = report.today
        #expect(today.reviews == 7)
        #expect(today.durationMs == 40_000 + 8_000 + 6_000)
        #expect(today.again == 1)
        #expect(today.counts == KindCounts(learning: 2, relearning: 1, young: 0, mature: 4))
        #expect(today.matureReviews == 4 && today.matureCorrect == 3)
        #expect(today.secondsPerCard == 54.0 / 7)
        #expect(today.againRate == 1.0 / 7)
        #expect(today.matureCorrectRate == 0.75)
    }

    @Test func streaksAndCalendar() {
        #expect(report.streak.studiedToday)
        #expect(report.streak.current == 2)
        #expect(report.streak.longest == 6)
        #expect(report.streak.calendar.count == 365)
        #expect(report.streak.calendar.last == 7)
        #expect(report.streak.calendar[363] == 7) // yesterday: 5 in the evening + 2 at 3:30
        #expect(report.streak.daysStudied == 8)
        #expect(report.streak.calendarFirstDay == KnownHistory.today - 364)
    }

    @Test func futureDueCountsOverdueTodayAndSkipsSuspendedCards() {
        let due = report.futureDue
        #expect(due.perDay.count == 30)
        #expect(due.perDay[0] == 3) // learning 2, overdue 6, relearning 7
        #expect(due.overdue == 1)
        #expect(due.dueTomorrow == 1) // the buried card 8
        #expect(due.perDay[2] == 1 && due.perDay[20] == 1)
        #expect(due.total == 6)
        #expect(due.averagePerDay == 6.0 / 30)
        // Review cards 3, 4, 6, 8 (intervals 5, 30, 18, 5) and two (re)learning cards.
        #expect(abs(due.dailyLoad - (1.0 / 5 + 1.0 / 30 + 1.0 / 18 + 1.0 / 5 + 2)) < 1e-12)
    }

    @Test func reviewsOverTheRange() {
        let reviews = report.reviews
        #expect(reviews.days.count == 30)
        #expect(reviews.days.last?.day == KnownHistory.today)
        #expect(reviews.total == KindCounts(learning: 4, relearning: 1, young: 11, mature: 4))
        #expect(reviews.daysStudied == 8)
        #expect(reviews.averagePerStudiedDay == 20.0 / 8)
        #expect(reviews.averagePerDay == 20.0 / 30)
        #expect(reviews.durationMs == 6 * 5000 + 25_000 + 6_000 + 54_000)
    }

    @Test func cardCountsGiveEachCardOnePlace() {
        #expect(report.cardCounts == CardCounts(new: 1, learning: 1, relearning: 1, young: 2, mature: 1, suspended: 1, buried: 1))
        #expect(report.cardCounts.total == 8)
    }

    @Test func memoryDistributions() throws {
        let memory = report.memory
        #expect(memory.intervals.count == 5)
        #expect(memory.intervals.median == 5) // 4 (suspended card 5), 5, 5, 18, 30
        #expect(memory.intervals.mean == Double(4 + 5 + 5 + 18 + 30) / 5)
        #expect(memory.intervals.buckets.map(\.count) == [0, 0, 1, 2, 0, 2, 0, 0, 0, 0, 0, 0])
        #expect(memory.stability.count == 7)
        #expect(memory.stability.median == 3)
        #expect(memory.difficulty.median == 5)
        #expect(memory.difficulty.buckets.count == 9)
        #expect(memory.difficulty.buckets.map(\.count) == [0, 1, 1, 1, 1, 1, 0, 1, 1]) // 9 ≤ d ≤ 10 last
        let model = FSRSModel()
        let expected = [
            model.retrievability(elapsedDays: 1.0 / 24, stability: 1.2), model.retrievability(elapsedDays: 3, stability: 3),
            model.retrievability(elapsedDays: 10, stability: 10), model.retrievability(elapsedDays: 5, stability: 3),
            model.retrievability(elapsedDays: 20, stability: 20),
            model.retrievability(elapsedDays: 1.0 / 48, stability: 2), model.retrievability(elapsedDays: 4, stability: 5),
        ]
        #expect(abs(memory.knowledge - expected.reduce(0, +)) < 1e-9)
        #expect(memory.retrievability.count == 7)
        #expect(abs(try #require(memory.retrievability.median) - 0.9) < 1e-12)
    }

    @Test func trueRetentionCountsFirstReviewsOfTheDay() throws {
        let rows = Dictionary(uniqueKeysWithValues: report.trueRetention.rows.map { ($0.period, $0) })
        let today = try #require(rows[.today])
        #expect(today.mature == RetentionCounts(passed: 2, failed: 1))
        #expect(today.young == RetentionCounts())
        let yesterday = try #require(rows[.yesterday])
        #expect(yesterday.young == RetentionCounts(passed: 4, failed: 1) && yesterday.mature.total == 0)
        let week = try #require(rows[.week])
        #expect(week.young == RetentionCounts(passed: 6, failed: 1)) // days 6 and 5 back, yesterday
        #expect(week.all.rate == 8.0 / 10)
        let month = try #require(rows[.month])
        #expect(month.young == RetentionCounts(passed: 10, failed: 1))
        let all = try #require(rows[.all])
        #expect(all.mature == RetentionCounts(passed: 2, failed: 2))
        #expect(all.young == RetentionCounts(passed: 10, failed: 1))
    }

    @Test func hourlyAndButtons() {
        let hours = report.hourly.hours
        #expect(hours.count == 24)
        #expect(hours[3].reviews == 2 && hours[3].correct == 2) // 3:30 this morning
        #expect(hours[5].reviews == 4 && hours[5].successRate == 0.75)
        #expect(hours[13].reviews == 3)
        #expect(hours[12].reviews == 6) // the six days of young reviews at 12:00
        #expect(hours[20].reviews == 5)
        #expect(report.buttons.learning == AnswerButtonStats.Counts(again: 0, hard: 1, good: 4, easy: 0))
        #expect(report.buttons.young == AnswerButtonStats.Counts(again: 1, hard: 0, good: 10, easy: 0))
        #expect(report.buttons.mature.correctRate == 0.75)
    }

    @Test func addedAndFactKinds() throws {
        #expect(report.added.perDay.count == 30)
        #expect(report.added.perDay.last == 1)
        #expect(report.added.perDay[28] == 1)
        #expect(report.added.perDay[27] == 6)
        #expect(report.added.total == 8)
        let rows = Dictionary(uniqueKeysWithValues: report.factKinds.rows.map { ($0.factKind, $0) })
        #expect(report.factKinds.rows.map(\.factKind) == FactKind.allCases)
        let group = try #require(rows[.group])
        #expect(group.cards == 1 && group.lapses == 9 && group.reviews == 9)
        #expect(group.retention == RetentionCounts(passed: 8, failed: 0))
        #expect(abs(try #require(group.averageRetrievability) - 0.9) < 1e-12)
        let date = try #require(rows[.date])
        #expect(date.cards == 2 && date.studied == 1 && date.reviews == 3 && date.retention.rate == nil)
    }

    @Test func hardestCards() {
        #expect(report.hardest.leechCount == 1)
        #expect(report.hardest.leeches.map(\.key) == [4])
        let lowest = report.hardest.lowestRetrievability
        #expect(lowest.count == 7)
        #expect(lowest.first?.key == 5) // 5 days on a stability of 3
        #expect(zip(lowest, lowest.dropFirst()).allSatisfy { ($0.retrievability ?? 0) <= ($1.retrievability ?? 0) })
    }

    @Test func rangeAllStartsAtTheFirstReviewOrCard() {
        let all = KnownHistory.report(.all)
        #expect(all.rangeFirstDay == KnownHistory.today - 400)
        #expect(all.reviews.days.count == 401)
        #expect(all.reviews.daysStudied == 8) // the day 400 back has no per-slot detail here
        let year = KnownHistory.report(.year)
        #expect(year.reviews.days.count == 365 && year.rangeFirstDay == KnownHistory.today - 364)
    }

    @Test func talliesOfOneSlotFromSeveralDecksAddUp() {
        var data = KnownHistory.data
        data.tallies += data.tallies.filter { $0.slotStart.map { $0 >= KnownHistory.clock.startOfDay(KnownHistory.today) } ?? false }
        data.tallies.sort { ($0.slotStart ?? .distantPast) < ($1.slotStart ?? .distantPast) }
        let doubled = StatsReport(data: data, options: StatsOptions(now: KnownHistory.now, clock: KnownHistory.clock))
        #expect(doubled.today.reviews == 14 && doubled.today.again == 2 && doubled.today.matureCorrect == 6)
        #expect(doubled.streak.calendar.last == 14)
    }

    @Test func emptyCollectionDividesByNothing() {
        let data = StatsData(cards: [], tallies: [], detailSince: KnownHistory.now, totals: [], earlierStudySlots: [])
        for range in StatsRange.allCases {
            let report = StatsReport(data: data, options: StatsOptions(now: KnownHistory.now, clock: KnownHistory.clock, range: range))
            #expect(report.isEmpty)
            #expect(report.today.secondsPerCard == nil && report.today.againRate == nil && report.today.matureCorrectRate == nil)
            #expect(report.streak.current == 0 && report.streak.longest == 0)
            #expect(report.futureDue.total == 0 && report.futureDue.averagePerDay == 0 && report.futureDue.dailyLoad == 0)
            #expect(report.reviews.averagePerStudiedDay == nil && report.reviews.averageAnswerSeconds == nil)
            #expect(report.memory.retrievability.mean == nil && report.memory.intervals.median == nil)
            #expect(report.trueRetention.rows.allSatisfy { $0.all.rate == nil })
            #expect(report.factKinds.rows.allSatisfy { $0.averageRetrievability == nil })
            #expect(report.hardest.leeches.isEmpty && report.hardest.lowestRetrievability.isEmpty)
        }
        let all = StatsReport(data: data, options: StatsOptions(now: KnownHistory.now, clock: KnownHistory.clock, range: .all))
        #expect(all.reviews.days.count == 1 && all.added.perDay == [0])
    }
}

