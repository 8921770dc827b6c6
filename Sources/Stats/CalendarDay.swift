/// The calendar date and weekday of a study day: study day `n` is the local date
/// 1970-01-01 + n days (it begins at that date's rollover hour).
public struct CalendarDay: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var day: Int

    /// The date of study day `dayNumber` (days since 1970-01-01; proleptic Gregorian).
    public init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
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
