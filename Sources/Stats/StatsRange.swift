/// How far back the range-bound sections of a report look (reviews per day, hourly
/// breakdown, answer buttons, cards added, retention by fact kind), as in Anki.
public enum StatsRange: String, Sendable, CaseIterable {
    case month = "1m"
    case quarter = "3m"
    case year = "1y"
    case all

    /// Study days covered, today included; nil for all of the history.
    public var days: Int? {
        switch self {
        case .month: 30
        case .quarter: 90
        case .year: 365
        case .all: nil
        }
    }

    /// "the last 30 days", "all time".
    public var phrase: String {
        days.map { "the last \($0) days" } ?? "all time"
    }
}
