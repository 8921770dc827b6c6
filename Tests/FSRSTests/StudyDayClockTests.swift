import Foundation
import Testing
@testable import FSRS

@Suite struct StudyDayClockTests {
    /// Study-day number of a civil date, counted from 1970-01-01.
    func civilDay(_ yyyyMMdd: String) -> Int {
        Int((instant(yyyyMMdd + "T00:00:00Z").timeIntervalSince1970 / 86_400).rounded(.down))
    }

    @Test func rolloverHourSplitsTheDayInUTC() {
        let clock = StudyDayClock(timeZone: zone("UTC"))
        #expect(clock.rolloverHour == 4)
        #expect(clock.dayNumber(instant("1970-01-01T04:00:00Z")) == 0)
        #expect(clock.dayNumber(instant("1970-01-01T03:59:59Z")) == -1)
        #expect(clock.dayNumber(instant("2024-01-10T03:59:59Z")) == civilDay("2024-01-09"))
        #expect(clock.dayNumber(instant("2024-01-10T04:00:00Z")) == civilDay("2024-01-10"))
        #expect(clock.startOfDay(civilDay("2024-01-10")) == instant("2024-01-10T04:00:00Z"))
        let midnight = StudyDayClock(timeZone: zone("UTC"), rolloverHour: 0)
        #expect(midnight.dayNumber(instant("2024-01-10T00:00:00Z")) == civilDay("2024-01-10"))
        #expect(midnight.dayNumber(instant("2024-01-09T23:59:59Z")) == civilDay("2024-01-09"))
    }

    @Test func daysBefore1970AreNegative() {
        let clock = StudyDayClock(timeZone: zone("UTC"))
        #expect(clock.dayNumber(instant("1969-12-31T12:00:00Z")) == -1)
        #expect(clock.startOfDay(-1) == instant("1969-12-31T04:00:00Z"))
        #expect(clock.dayNumber(instant("1960-06-01T05:00:00Z")) == civilDay("1960-06-01"))
    }

    @Test func elapsedDaysCountBoundariesNotHours() {
        let clock = StudyDayClock(timeZone: zone("UTC"), rolloverHour: 4)
        #expect(clock.elapsedDays(from: instant("2024-01-10T23:00:00Z"), to: instant("2024-01-11T03:00:00Z")) == 0)
        #expect(clock.elapsedDays(from: instant("2024-01-10T03:00:00Z"), to: instant("2024-01-10T05:00:00Z")) == 1)
        #expect(clock.elapsedDays(from: instant("2024-01-10T05:00:00Z"), to: instant("2024-01-17T03:00:00Z")) == 6)
        #expect(clock.elapsedDays(from: instant("2024-01-17T05:00:00Z"), to: instant("2024-01-10T05:00:00Z")) == 0)
    }

    @Test func negativeUTCOffsets() {
        let la = StudyDayClock(timeZone: zone("America/Los_Angeles"))
        // 11:00Z = 03:00 PST: still the previous study day
        #expect(la.dayNumber(instant("2024-01-10T11:00:00Z")) == civilDay("2024-01-09"))
        #expect(la.dayNumber(instant("2024-01-10T12:00:00Z")) == civilDay("2024-01-10"))
        #expect(la.startOfDay(civilDay("2024-01-10")) == instant("2024-01-10T12:00:00Z"))
        let honolulu = StudyDayClock(timeZone: zone("Pacific/Honolulu"), rolloverHour: 0)
        // 09:59Z = 23:59 HST the day before
        #expect(honolulu.dayNumber(instant("2024-01-10T09:59:00Z")) == civilDay("2024-01-09"))
        #expect(honolulu.startOfDay(civilDay("2024-01-10")) == instant("2024-01-10T10:00:00Z"))
    }

    @Test func positiveAndFractionalUTCOffsets() {
        let kolkata = StudyDayClock(timeZone: zone("Asia/Kolkata"))
        #expect(kolkata.startOfDay(civilDay("2024-01-11")) == instant("2024-01-10T22:30:00Z"))
        #expect(kolkata.dayNumber(instant("2024-01-10T22:29:59Z")) == civilDay("2024-01-10"))
        let kiritimati = StudyDayClock(timeZone: zone("Pacific/Kiritimati"))  // UTC+14
        #expect(kiritimati.startOfDay(civilDay("2024-01-11")) == instant("2024-01-10T14:00:00Z"))
    }

    @Test func springForwardInNewYork() {
        let ny = StudyDayClock(timeZone: zone("America/New_York"))
        let sat = civilDay("2024-03-09"), sun = civilDay("2024-03-10")
        #expect(ny.startOfDay(sat) == instant("2024-03-09T09:00:00Z"))  // 04:00 EST
        #expect(ny.startOfDay(sun) == instant("2024-03-10T08:00:00Z"))  // 04:00 EDT
        #expect(ny.startOfDay(sun).timeIntervalSince(ny.startOfDay(sat)) == 23 * 3600)
        #expect(ny.dayNumber(instant("2024-03-10T07:59:59Z")) == sat)
        #expect(ny.dayNumber(instant("2024-03-10T08:00:00Z")) == sun)
        // rollover at 2 am, an hour that does not exist that day: the day starts at 03:00 EDT
        let two = StudyDayClock(timeZone: zone("America/New_York"), rolloverHour: 2)
        #expect(two.startOfDay(sun) == instant("2024-03-10T07:00:00Z"))
        #expect(two.dayNumber(instant("2024-03-10T06:59:59Z")) == sat)
        #expect(two.dayNumber(instant("2024-03-10T07:00:00Z")) == sun)
    }

    @Test func fallBackInNewYork() {
        let ny = StudyDayClock(timeZone: zone("America/New_York"))
        let sat = civilDay("2024-11-02"), sun = civilDay("2024-11-03")
        #expect(ny.startOfDay(sat) == instant("2024-11-02T08:00:00Z"))  // 04:00 EDT
        #expect(ny.startOfDay(sun) == instant("2024-11-03T09:00:00Z"))  // 04:00 EST
        #expect(ny.startOfDay(sun).timeIntervalSince(ny.startOfDay(sat)) == 25 * 3600)
        // rollover at 1 am, an hour that happens twice: the earlier one
        let one = StudyDayClock(timeZone: zone("America/New_York"), rolloverHour: 1)
        #expect(one.startOfDay(sun) == instant("2024-11-03T05:00:00Z"))  // 01:00 EDT
        #expect(one.dayNumber(instant("2024-11-03T06:30:00Z")) == sun)  // 01:30 EST, same day
    }

    @Test func startOfDayRoundTripsInManyZones() {
        let zones = ["UTC", "America/New_York", "America/Sao_Paulo", "Europe/London", "Australia/Lord_Howe",
                     "Asia/Kathmandu", "Pacific/Chatham", "America/Havana", "Pacific/Apia", "America/St_Johns"]
        for name in zones {
            for hour in [0, 1, 2, 3, 4, 12, 23] {
                let clock = StudyDayClock(timeZone: zone(name), rolloverHour: hour)
                for day in stride(from: civilDay("2010-01-01"), to: civilDay("2026-01-01"), by: 11) {
                    let start = clock.startOfDay(day)
                    // == day, except a day a zone skipped entirely (Pacific/Apia, 2011-12-30)
                    let got = clock.dayNumber(start)
                    #expect(got == day || (name == "Pacific/Apia" && got == day + 1), "\(name) h\(hour) day \(day)")
                    #expect(clock.dayNumber(start.addingTimeInterval(-1)) < day, "\(name) h\(hour) day \(day)")
                }
            }
        }
    }

    @Test func outOfRangeRolloverIsClamped() {
        let clock = StudyDayClock(timeZone: zone("UTC"), rolloverHour: 30)
        #expect(clock.startOfDay(0) == instant("1970-01-01T23:00:00Z"))
        let negative = StudyDayClock(timeZone: zone("UTC"), rolloverHour: -5)
        #expect(negative.startOfDay(0) == instant("1970-01-01T00:00:00Z"))
    }
}
