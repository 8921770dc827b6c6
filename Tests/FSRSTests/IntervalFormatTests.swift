import Foundation
import Testing
@testable import FSRS

@Suite struct IntervalFormatTests {
    @Test func answerButtonLabelsLikeAnki() {
        let day = 86_400.0
        let cases: [(Double, String)] = [
            (0, "0s"), (30, "30s"), (59, "59s"), (60, "1m"), (70, "1m"), (330, "6m"), (600, "10m"),
            (3600, "1h"), (5400, "1.5h"), (23 * 3600, "23h"), (day, "1d"), (8 * day, "8d"),
            (30 * day, "30d"), (1.1 * 30.417 * day, "1.1mo"), (45 * day, "1.5mo"), (364 * day, "12mo"),
            (365 * day, "1y"), (1.5 * 365 * day, "1.5y"), (-600, "-10m"), (.nan, "?"),
        ]
        for (seconds, text) in cases {
            #expect(IntervalFormat.short(seconds) == text, "\(seconds)")
        }
        #expect(IntervalFormat.days(1) == "1d")
        #expect(IntervalFormat.days(97) == "3.2mo")
        #expect(IntervalFormat.days(36500) == "100y")
    }
}
