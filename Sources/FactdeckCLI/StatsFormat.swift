import Foundation

/// Numbers as the statistics print them.
enum StatsFormat {
    /// `75.0%`, or `-` when there is nothing to divide.
    static func percent(_ rate: Double?) -> String {
        guard let rate, rate.isFinite else { return "-" }
        return String(format: "%.1f%%", rate * 100)
    }

    /// `12`, `3.5`: one decimal unless whole.
    static func number(_ value: Double?, decimals: Int = 1) -> String {
        guard let value, value.isFinite else { return "-" }
        if value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        return String(format: "%.\(decimals)f", value)
    }

    /// `45 s`, `3.2 min`, `1.5 h`.
    static func duration(milliseconds: Int64) -> String {
        let seconds = Double(milliseconds) / 1000
        if seconds < 60 { return "\(number(seconds)) s" }
        if seconds < 3600 { return "\(number(seconds / 60)) min" }
        return "\(number(seconds / 3600)) h"
    }

    /// `1 day`, `3 days`.
    static func count(_ value: Int, _ noun: String, plural: String? = nil) -> String {
        "\(value) \(value == 1 ? noun : plural ?? noun + "s")"
    }

    /// A distribution's bound in days: `15d`, `91d`, `6mo`, `1y`.
    static func days(_ value: Double) -> String {
        if value < 1 { return value == 0 ? "0d" : String(format: "%.1fd", value) }
        if value < 100 { return "\(number(value))d" }
        if value < 365 { return "\(number((value / 30.417).rounded()))mo" }
        return "\(number((value / 365).rounded()))y"
    }
}
