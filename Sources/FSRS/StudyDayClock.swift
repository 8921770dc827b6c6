import Foundation

/// Anki's study day: a day that begins at a rollover hour (default 4 am)
/// local to a time zone, so late-night study still counts as "today".
///
/// Day numbers count study days since the study day of 1970-01-01 in that
/// zone; elapsed days between two answers are the difference of their day
/// numbers, whatever the hours. All arithmetic uses the zone's UTC offset at
/// each instant, so DST changes make a study day 23 or 25 hours long without
/// shifting its boundaries. Pure: the clock is a value, never reads "now".
public struct StudyDayClock: Sendable, Equatable {
    /// The zone whose local time defines the days.
    public var timeZone: TimeZone
    /// Local hour (0…23) at which a study day begins; out-of-range values are
    /// clamped into 0…23 when used.
    public var rolloverHour: Int

    private static let secondsPerDay = 86_400

    /// Creates a clock for `timeZone` whose days begin at `rolloverHour`.
    public init(timeZone: TimeZone, rolloverHour: Int = 4) {
        self.timeZone = timeZone
        self.rolloverHour = rolloverHour
    }

    private var rolloverSeconds: Int { min(max(rolloverHour, 0), 23) * 3600 }

    /// The study day containing `date`: the local calendar day, minus one if
    /// the local time is before the rollover hour.
    public func dayNumber(_ date: Date) -> Int {
        let seconds = Self.wholeSeconds(date)
        let local = seconds + timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds)))
        return Self.floorDiv(local - rolloverSeconds, Self.secondsPerDay)
    }

    /// The first instant of study day `day` (its rollover time). When that
    /// local time does not exist (a DST gap), the day starts at the end of the
    /// gap; when it exists twice (DST overlap), at the earlier one.
    public func startOfDay(_ day: Int) -> Date {
        // Local wall-clock seconds (as if UTC) at which the day begins.
        let local = day * Self.secondsPerDay + rolloverSeconds
        // Try the zone offsets in force around that time: the answer is an
        // instant t with t + offset(t) == local.
        var candidates: [Int] = []
        for probe in [local - Self.secondsPerDay, local, local + Self.secondsPerDay] {
            let offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(probe)))
            let t = local - offset
            if timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(t))) == offset {
                candidates.append(t)
            }
        }
        if let t = candidates.min(), isFirstSecond(of: day, at: t) {
            return Date(timeIntervalSince1970: Double(t))
        }
        return Date(timeIntervalSince1970: Double(searchFirstSecond(of: day, near: local)))
    }

    /// Whole study days from `from` to `to`: `max(0, dayNumber(to) - dayNumber(from))`.
    public func elapsedDays(from: Date, to: Date) -> Int {
        max(0, dayNumber(to) - dayNumber(from))
    }

    // MARK: - Helpers

    private func dayNumber(seconds: Int) -> Int {
        dayNumber(Date(timeIntervalSince1970: Double(seconds)))
    }

    private func isFirstSecond(of day: Int, at t: Int) -> Bool {
        dayNumber(seconds: t) == day && dayNumber(seconds: t - 1) < day
    }

    /// Binary search for the smallest second whose day number is >= `day`,
    /// within a window wide enough for any UTC offset (±26 h) plus a DST jump.
    private func searchFirstSecond(of day: Int, near local: Int) -> Int {
        var low = local - 2 * Self.secondsPerDay
        var high = local + 2 * Self.secondsPerDay
        while low < high {
            let mid = low + (high - low) / 2
            if dayNumber(seconds: mid) >= day { high = mid } else { low = mid + 1 }
        }
        return low
    }

    private static func wholeSeconds(_ date: Date) -> Int {
        let t = date.timeIntervalSince1970.rounded(.down)
        guard t.isFinite else { return 0 }
        return Int(min(max(t, -1e15), 1e15))
    }

    private static func floorDiv(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }
}
