import FSRS
import FactdeckModel
import Foundation
import Stats
import Testing

/// Reviews are placed in study days and local hours with the learner's clock, across
/// daylight-saving changes.
@Suite struct StudyDayPlacementTests {
    @Test func springForwardInNewYork() throws {
        let zone = try #require(TimeZone(identifier: "America/New_York"))
        let clock = StudyDayClock(timeZone: zone, rolloverHour: 4)
        func at(_ iso: String) throws -> Date { try #require(ISO8601DateFormatter().date(from: iso)) }
        func tally(_ iso: String, _ reviews: Int) throws -> ReviewTally {
            ReviewTally(slotStart: try at(iso), factKind: .custom, kind: .young, rating: .good, reviews: reviews,
                        firstOfDay: reviews, durationMs: 1000)
        }
        // Clocks jump from 2:00 EST to 3:00 EDT on 2025-03-09 (07:00 UTC); that study day begins at 4:00 EDT.
        let tallies = [
            try tally("2025-03-08T14:00:00Z", 1),  // 9:00 EST, study day Mar 8
            try tally("2025-03-09T06:30:00Z", 2),  // 1:30 EST, still Mar 8
            try tally("2025-03-09T07:30:00Z", 4),  // 3:30 EDT, still Mar 8 (a 23-hour day)
            try tally("2025-03-09T08:00:00Z", 8),  // 4:00 EDT, Mar 9
        ]
        let now = try at("2025-03-09T16:00:00Z")
        let data = StatsData(cards: [], tallies: tallies, detailSince: try at("2024-03-01T00:00:00Z"), totals: [],
                             earlierStudySlots: [])
        let report = StatsReport(data: data, options: StatsOptions(now: now, clock: clock))
        #expect(CalendarDay(dayNumber: report.studyDay).iso == "2025-03-09")
        #expect(report.today.reviews == 8)
        #expect(Array(report.streak.calendar.suffix(2)) == [7, 8])
        let hours = report.hourly.hours.map(\.reviews)
        #expect(hours[9] == 1 && hours[1] == 2 && hours[3] == 4 && hours[4] == 8)
        #expect(hours.reduce(0, +) == 15)
    }

    @Test func calendarDates() {
        #expect(CalendarDay(dayNumber: 0).iso == "1970-01-01")
        #expect(CalendarDay(dayNumber: 20_100).iso == "2025-01-12")
        #expect(CalendarDay(dayNumber: 11_016).iso == "2000-02-29")
        #expect(CalendarDay.weekday(ofDay: 0) == 4) // a Thursday
        #expect(CalendarDay.weekday(ofDay: -1) == 3)
    }
}
