/// A date as a learner may type it, read to its parts: `12 January 2025`, `January 12, 2025`,
/// `2025-01-12`, `12.01.2025` (day first), `Jan 12`, `December 2024`, `1947`, `the 1990s`.
public struct DateReading: Equatable, Sendable {
    public var year: Int?
    public var month: Int?
    public var day: Int?
    /// The first year of a decade (`1990` for `the 1990s`).
    public var decade: Int?

    public static func read(_ text: String) -> DateReading? {
        let words = TextFolding.fold(text.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "/", with: " ")
            .replacingOccurrences(of: ".", with: " "))
            .split(separator: " ").map(String.init).filter { !["the", "of", "on", "in", "st", "nd", "rd", "th"].contains($0) }
        guard !words.isEmpty, words.count <= 4 else { return nil }
        var reading = DateReading()
        var numbers: [Int] = []
        for word in words {
            if let month = monthNumber(word) {
                guard reading.month == nil else { return nil }
                reading.month = month
            } else if word.hasSuffix("s"), let decade = Int(word.dropLast()), decade % 10 == 0, (1000...2990).contains(decade) {
                reading.decade = decade
            } else if let number = Int(ordinalStripped(word)) {
                numbers.append(number)
            } else {
                return nil
            }
        }
        if reading.decade != nil { return numbers.isEmpty && reading.month == nil ? reading : nil }
        if reading.month != nil {
            // `12 January 2025`, `January 12, 2025`, `January 2025`, `12 January`.
            for number in numbers {
                if number > 31 || (reading.day != nil && reading.year == nil) {
                    guard reading.year == nil else { return nil }
                    reading.year = number
                } else if reading.day == nil {
                    reading.day = number
                } else {
                    return nil
                }
            }
        } else {
            switch numbers.count {
            case 1:
                guard (1...9999).contains(numbers[0]) else { return nil }
                reading.year = numbers[0]
            case 2 where numbers[0] > 31:   // 2024-12
                reading.year = numbers[0]
                reading.month = numbers[1]
            case 3 where numbers[0] > 31:   // 2025-01-12
                (reading.year, reading.month, reading.day) = (numbers[0], numbers[1], numbers[2])
            case 3:                         // 12.01.2025: day first, as in the articles' bylines
                (reading.day, reading.month, reading.year) = (numbers[0], numbers[1], numbers[2])
            default:
                return nil
            }
        }
        if let month = reading.month, !(1...12).contains(month) { return nil }
        if let day = reading.day, !(1...31).contains(day) { return nil }
        if let year = reading.year, year < 100, reading.month != nil { reading.year = year + 2000 }
        return reading
    }

    /// Whether two readings name the same date: the parts both give must agree, and the
    /// typed one must give every part the expected one has.
    public func matches(expected: DateReading) -> Bool {
        if expected.decade != nil || decade != nil { return expected.decade == decade }
        func agrees(_ typed: Int?, _ wanted: Int?) -> Bool { wanted == nil || typed == wanted }
        return agrees(year, expected.year) && agrees(month, expected.month) && agrees(day, expected.day)
            && (year != nil || month != nil || day != nil)
    }

    private static func ordinalStripped(_ word: String) -> String {
        for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) && word.count > suffix.count {
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    private static func monthNumber(_ word: String) -> Int? {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                     "november", "december"]
        if let index = names.firstIndex(of: word) { return index + 1 }
        if word.count >= 3, let index = names.firstIndex(where: { $0.hasPrefix(word) }) { return index + 1 }
        if word == "sept" { return 9 }
        return nil
    }
}
