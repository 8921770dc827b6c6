import FSRS
import Foundation

/// Times as a learner reads them: `in 8d`, `3m ago`, `now`.
enum TimeText {
    static func relative(_ date: Date, now: Date) -> String {
        let seconds = date.timeIntervalSince(now)
        if abs(seconds) < 60 { return "now" }
        let span = IntervalFormat.short(abs(seconds))
        return seconds > 0 ? "in \(span)" : "\(span) ago"
    }
}
