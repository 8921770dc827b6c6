import Foundation

/// ISO 8601 times as factdeck reads (`FACTDECK_NOW`) and writes them (UTC, `Z`).
enum ISOTime {
    /// `2025-01-12T12:00:00Z`, with milliseconds only when there are any.
    static func format(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let seconds = Date(timeIntervalSince1970: Double(milliseconds.floorDivided(by: 1000)))
        var text = whole.string(from: seconds)
        let fraction = milliseconds - milliseconds.floorDivided(by: 1000) * 1000
        if fraction != 0 {
            text.removeLast()
            text += String(format: ".%03dZ", Int(fraction))
        }
        return text
    }

    /// Reads `2025-01-12T12:00:00Z`, with fractional seconds, an offset such as `+05:00`,
    /// or no zone (then `timeZone`); a bare date `2025-01-12` is midnight in `timeZone`.
    static func parse(_ text: String, timeZone: TimeZone) -> Date? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for formatter in [whole, fractional] {
            if let date = formatter.date(from: trimmed) { return date }
        }
        let local = DateFormatter()
        local.locale = Locale(identifier: "en_US_POSIX")
        local.timeZone = timeZone
        for format in ["yyyy-MM-dd'T'HH:mm:ss.SSS", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd"] {
            local.dateFormat = format
            if let date = local.date(from: trimmed) { return date }
        }
        return nil
    }

    nonisolated(unsafe) private static let whole: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter
    }()

    nonisolated(unsafe) private static let fractional: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter
    }()
}

private extension Int64 {
    func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor < 0) ? quotient - 1 : quotient
    }
}
