import FSRS
import Foundation
import Study
import Testing

@Suite struct StudyDayTests {
    @Test func windowStartsAndEndsAtTheRolloverHour() throws {
        let clock = StudyDayClock(timeZone: try #require(TimeZone(identifier: "UTC")), rolloverHour: 4)
        let noon = Date(timeIntervalSince1970: 1_736_683_200) // 2025-01-12T12:00:00Z
        let window = StudyDay.window(containing: noon, clock: clock)
        #expect(window.start == Date(timeIntervalSince1970: 1_736_654_400)) // 2025-01-12T04:00Z
        #expect(window.end == Date(timeIntervalSince1970: 1_736_740_800))   // 2025-01-13T04:00Z
        let early = Date(timeIntervalSince1970: 1_736_654_400 - 1)          // 03:59:59, still the day before
        #expect(StudyDay.window(containing: early, clock: clock).day == window.day - 1)
    }
}
