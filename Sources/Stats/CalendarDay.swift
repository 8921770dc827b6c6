import FactdeckModel

/// The calendar date and weekday of a study day: study day `n` is the local date
/// 1970-01-01 + n days (it begins at that date's rollover hour).
public struct CalendarDay: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var day: Int

    /// The date of study day `dayNumber` (days since 1970-01-01; proleptic Gregorian).
    public init(dayNumber: Int) {
        let date = CivilDate(daysSince1970: dayNumber)
        (year, month, day) = (date.year, date.month, date.day)
    }

    /// 0 for Sunday … 6 for Saturday.
    public static func weekday(ofDay dayNumber: Int) -> Int {
        ((dayNumber + 4) % 7 + 7) % 7
    }

    /// `2025-01-12`.
    public var iso: String {
        let y = String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        return "\(y)-\(m)-\(d)"
    }

    /// `Jan`, `Feb`, …
    public var monthAbbreviation: String {
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][month - 1]
    }
}
