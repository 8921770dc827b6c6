import FactdeckModel
import Foundation

/// ISO 8601 times as factdeck reads (`FACTDECK_NOW`) and writes them (UTC, `Z`).
/// Written by hand: Foundation's formatters load ICU, which costs milliseconds of
/// start-up on every command.
enum ISOTime {
    /// `2025-01-12T12:00:00Z`, with milliseconds only when there are any.
    static func format(_ date: Date) -> String {
        let totalMilliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let milliseconds = Int(((totalMilliseconds % 1000) + 1000) % 1000)
        let seconds = (totalMilliseconds - Int64(milliseconds)) / 1000
        let days = Int(seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400)
        let secondOfDay = Int(seconds - Int64(days) * 86400)
        let date = CivilDate(daysSince1970: days)
        let (year, month, day) = (date.year, date.month, date.day)
        var text = "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T"
            + "\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2))"
        if milliseconds != 0 { text += "." + pad(milliseconds, 3) }
        return text + "Z"
    }

    /// Reads `2025-01-12T12:00:00Z`, with fractional seconds, an offset such as `+05:00`,
    /// or no zone (then `timeZone`); a bare date `2025-01-12` is midnight in `timeZone`.
    static func parse(_ text: String, timeZone: TimeZone) -> Date? {
        var scanner = Array(text.trimmingCharacters(in: .whitespaces).utf8)[...]
        guard let year = number(&scanner, digits: 4), expect(&scanner, "-"),
              let month = number(&scanner, digits: 2), expect(&scanner, "-"),
              let day = number(&scanner, digits: 2), (1...12).contains(month), (1...daysIn(month, year)).contains(day) else {
            return nil
        }
        var secondOfDay = 0.0
        if expect(&scanner, "T") || expect(&scanner, " ") {
            guard let hour = number(&scanner, digits: 2), expect(&scanner, ":"), let minute = number(&scanner, digits: 2),
                  hour < 24, minute < 60 else { return nil }
            var second = 0.0
            if expect(&scanner, ":") {
                guard let whole = number(&scanner, digits: 2), whole < 60 else { return nil }
                second = Double(whole)
                if expect(&scanner, ".") || expect(&scanner, ",") {
                    var scale = 0.1
                    var any = false
                    while let digit = scanner.first, (48...57).contains(digit) {
                        second += Double(digit - 48) * scale
                        scale /= 10
                        any = true
                        scanner.removeFirst()
                    }
                    if !any { return nil }
                }
            }
            secondOfDay = Double(hour * 3600 + minute * 60) + second
        }
        let local = Double(CivilDate(year: year, month: month, day: day).daysSince1970) * 86400 + secondOfDay
        if scanner.isEmpty {
            let guess = Date(timeIntervalSince1970: local)
            let offset = timeZone.secondsFromGMT(for: guess.addingTimeInterval(-Double(timeZone.secondsFromGMT(for: guess))))
            return Date(timeIntervalSince1970: local - Double(offset))
        }
        if expect(&scanner, "Z") || expect(&scanner, "z") {
            return scanner.isEmpty ? Date(timeIntervalSince1970: local) : nil
        }
        guard let sign = scanner.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
        scanner.removeFirst()
        guard let hours = number(&scanner, digits: 2) else { return nil }
        _ = expect(&scanner, ":")
        let minutes = scanner.isEmpty ? 0 : number(&scanner, digits: 2)
        guard let minutes, scanner.isEmpty, hours < 24, minutes < 60 else { return nil }
        let offset = Double(hours * 3600 + minutes * 60) * (sign == UInt8(ascii: "+") ? 1 : -1)
        return Date(timeIntervalSince1970: local - offset)
    }

    private static func number(_ scanner: inout ArraySlice<UInt8>, digits: Int) -> Int? {
        guard scanner.count >= digits else { return nil }
        var value = 0
        for _ in 0..<digits {
            guard let digit = scanner.first, (48...57).contains(digit) else { return nil }
            value = value * 10 + Int(digit - 48)
            scanner.removeFirst()
        }
        return value
    }

    private static func expect(_ scanner: inout ArraySlice<UInt8>, _ character: Unicode.Scalar) -> Bool {
        guard scanner.first == UInt8(ascii: character) else { return false }
        scanner.removeFirst()
        return true
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    private static func daysIn(_ month: Int, _ year: Int) -> Int {
        [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    }
}
