import Foundation

/// Human-readable intervals for answer buttons and lists.
public enum IntervalFormat {
    private static let minute = 60.0
    private static let hour = 3600.0
    private static let day = 86_400.0
    private static let month = 30.417 * 86_400.0  // 365/12 days, as Anki
    private static let year = 365.0 * 86_400.0

    /// Anki's answer-button text: the largest unit that fits, seconds,
    /// minutes and days as whole numbers ("45s", "6m", "8d"), hours, months
    /// and years to one decimal without a trailing ".0" ("1.5h", "3.2mo",
    /// "1y"). Non-finite input gives "?".
    public static func short(_ seconds: TimeInterval) -> String {
        guard seconds.isFinite else { return "?" }
        let magnitude = abs(seconds)
        let sign = seconds < 0 ? "-" : ""
        if magnitude < minute { return sign + whole(magnitude) + "s" }
        if magnitude < hour { return sign + whole(magnitude / minute) + "m" }
        if magnitude < day { return sign + tenths(magnitude / hour) + "h" }
        if magnitude < month { return sign + whole(magnitude / day) + "d" }
        if magnitude < year { return sign + tenths(magnitude / month) + "mo" }
        return sign + tenths(magnitude / year) + "y"
    }

    /// `short` for a whole number of days ("1d", "25d", "3.2mo", "1.5y").
    public static func days(_ days: Int) -> String {
        short(Double(days) * day)
    }

    private static func whole(_ value: Double) -> String {
        String(Int(min(value.rounded(), 1e15)))
    }

    private static func tenths(_ value: Double) -> String {
        let t = Int(min((value * 10).rounded(), 1e15))
        return t % 10 == 0 ? String(t / 10) : "\(t / 10).\(t % 10)"
    }
}
