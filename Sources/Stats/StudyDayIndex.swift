import FSRS
import Foundation

/// Study-day boundaries over a span of days, for placing many instants in their study
/// day without asking the time zone each time.
struct StudyDayIndex {
    let firstDay: Int
    /// Start of each day from `firstDay` on, plus the end of the last one.
    let starts: [Int64]

    /// Days `firstDay...lastDay` under `clock` (DST-aware: a day may be 23 or 25 hours).
    init(clock: StudyDayClock, firstDay: Int, lastDay: Int) {
        self.firstDay = firstDay
        let last = max(lastDay, firstDay - 1)
        starts = (firstDay...(last + 1)).map { Int64((clock.startOfDay($0).timeIntervalSince1970 * 1000).rounded()) }
    }

    var dayCount: Int { starts.count - 1 }

    /// Offset (0-based, from `firstDay`) of the day holding `milliseconds`; nil outside the span.
    func offset(ofMilliseconds milliseconds: Int64) -> Int? {
        guard let first = starts.first, let end = starts.last, milliseconds >= first, milliseconds < end else { return nil }
        var low = 0, high = starts.count - 1 // starts[low] <= ms < starts[high]
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= milliseconds { low = middle } else { high = middle }
        }
        return low
    }
}

/// Places 15-minute slots, given in increasing order, in their study day and local hour,
/// asking the time zone only when a slot leaves the current day.
struct SlotPlacer {
    let clock: StudyDayClock
    private var day = Int.min
    private var dayStart = Date.distantFuture
    private var dayEnd = Date.distantPast
    /// Local hour at `dayStart` when the day has no offset change (else nil).
    private var regularStartHour: Int?

    init(clock: StudyDayClock) { self.clock = clock }

    /// The study day and local hour (0…23) of the slot starting at `start`.
    mutating func place(_ start: Date) -> (day: Int, hour: Int) {
        if start < dayStart || start >= dayEnd {
            day = clock.dayNumber(start)
            dayStart = clock.startOfDay(day)
            dayEnd = clock.startOfDay(day + 1)
            let zone = clock.timeZone
            let offset = zone.secondsFromGMT(for: dayStart)
            regularStartHour = offset == zone.secondsFromGMT(for: dayEnd.addingTimeInterval(-1))
                ? Self.localHour(dayStart, offset: offset) : nil
        }
        if let startHour = regularStartHour {
            return (day, (startHour + Int(start.timeIntervalSince(dayStart)) / 3600) % 24)
        }
        return (day, Self.localHour(start, offset: clock.timeZone.secondsFromGMT(for: start)))
    }

    private static func localHour(_ date: Date, offset: Int) -> Int {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        return ((seconds / 3600) % 24 + 24) % 24
    }
}
