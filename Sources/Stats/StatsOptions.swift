import FSRS
import Foundation

/// What a report is drawn for: the time, the learner's study days and the range.
public struct StatsOptions: Sendable {
    public var now: Date
    /// Time zone and rollover hour that make the study days.
    public var clock: StudyDayClock
    public var range: StatsRange
    /// The memory model whose forgetting curve gives retrievability.
    public var model: FSRSModel

    public init(now: Date, clock: StudyDayClock, range: StatsRange = .month, model: FSRSModel = FSRSModel()) {
        self.now = now
        self.clock = clock
        self.range = range
        self.model = model
    }

    /// The study day `now` falls in.
    public var today: Int { clock.dayNumber(now) }

    /// From when Storage must hand over per-slot reviews for a report: the start of the
    /// range or of the last year (for the calendar), whichever is earlier; for `all`, the
    /// beginning of time.
    public var detailSince: Date {
        guard let days = range.days else { return Date(timeIntervalSince1970: 0) }
        return clock.startOfDay(today - max(days, StreakStats.calendarDays) + 1)
    }
}
