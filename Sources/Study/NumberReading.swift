import Foundation

/// A number as a learner may type it, read to its value: `1,000`, `1000`, `one thousand`,
/// `1.5 million`, `24 km`, `24km`, `$2 billion`, `3.5%`, `more than 1,000`.
public struct NumberReading: Equatable, Sendable {
    public var value: Double
    /// Up to a second value for ranges such as `30,000-35,000`.
    public var upper: Double?
    /// What follows the number, folded (`km`, `people`, `%`); empty when nothing does.
    public var unit: String

    /// Reads `text`, or nil when it holds no number or more than a number and a unit.
    public static func read(_ text: String) -> NumberReading? {
        var words = tokens(TextFolding.fold(text.replacingOccurrences(of: "%", with: " percent ")
            .replacingOccurrences(of: "$", with: " ").replacingOccurrences(of: "€", with: " ")
            .replacingOccurrences(of: "£", with: " ")))
        while let first = words.first, qualifiers.contains(first) { words.removeFirst() }
        guard !words.isEmpty else { return nil }
        guard let (value, rest) = readNumber(words) else { return nil }
        var remaining = rest
        var upper: Double?
        if let first = remaining.first, ["to", "and"].contains(first) || first == "-",
           let (second, afterSecond) = readNumber(Array(remaining.dropFirst())) {
            upper = second
            remaining = afterSecond
        } else if remaining.first?.first?.isNumber == true, let second = readNumber(remaining) {
            // `30,000-35,000` folds to two numbers side by side.
            upper = second.0
            remaining = second.1
        }
        let unit = remaining.joined(separator: " ")
        guard unit.count <= 40 else { return nil }
        return NumberReading(value: value, upper: upper, unit: unit)
    }

    /// Same value (and range); units must agree when both are given.
    public func matches(_ other: NumberReading) -> Bool {
        guard Self.close(value, other.value), (upper == nil) == (other.upper == nil) else { return false }
        if let upper, let otherUpper = other.upper, !Self.close(upper, otherUpper) { return false }
        if unit.isEmpty || other.unit.isEmpty { return true }
        return Self.sameUnit(unit, other.unit)
    }

    private static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) }

    private static func sameUnit(_ a: String, _ b: String) -> Bool {
        func stem(_ unit: String) -> String {
            let word = unit.split(separator: " ").first.map(String.init) ?? unit
            if let short = unitAliases[word] { return short }
            return word.hasSuffix("s") && word.count > 3 ? String(word.dropLast()) : word
        }
        return stem(a) == stem(b)
    }

    private static let unitAliases: [String: String] = [
        "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
        "metre": "m", "metres": "m", "meter": "m", "meters": "m", "mile": "mi", "miles": "mi",
        "percent": "%", "per": "%", "pc": "%", "kilogram": "kg", "kilograms": "kg", "dollars": "usd", "dollar": "usd",
    ]

    private static let qualifiers: Set<String> = ["more", "than", "over", "about", "around", "nearly", "almost",
                                                  "some", "at", "least", "most", "up", "to", "roughly", "approximately",
                                                  "under", "fewer", "less", "just", "the", "a", "an", "only", "estimated"]

    /// Splits folded text into words, separating digits from letters (`24km` → `24 km`)
    /// and range dashes (already removed by folding) into separate numbers.
    private static func tokens(_ folded: String) -> [String] {
        var result: [String] = []
        for word in folded.split(separator: " ") {
            var current = ""
            var currentIsDigit = false
            for character in word {
                let isDigit = character.isNumber || ((character == "." || character == ",") && currentIsDigit)
                if !current.isEmpty && isDigit != currentIsDigit {
                    result.append(current)
                    current = ""
                }
                current.append(character)
                currentIsDigit = isDigit
            }
            if !current.isEmpty { result.append(current) }
        }
        return result
    }

    /// A number at the start of `words` (digits with `,` groups, or English number words,
    /// optionally followed by a scale word), and the words after it.
    static func readNumber(_ words: [String]) -> (Double, [String])? {
        guard let first = words.first else { return nil }
        if first.first?.isNumber == true {
            let digits = first.replacingOccurrences(of: ",", with: "")
            guard let base = Double(digits) else { return nil }
            var rest = Array(words.dropFirst())
            var value = base
            if let scale = rest.first.flatMap({ scales[$0] }) {
                value *= scale
                rest.removeFirst()
            }
            return (value, rest)
        }
        var total = 0.0, group = 0.0
        var used = 0
        for word in words {
            if let small = smallNumbers[word] {
                group += small
            } else if word == "hundred" {
                group = max(group, 1) * 100
            } else if let scale = scales[word] {
                total += max(group, 1) * scale
                group = 0
            } else if word == "and" && used > 0 {
            } else if word == "a" && used == 0 {
                group = 1
            } else {
                break
            }
            used += 1
        }
        guard used > 0, words[0] != "and" else { return nil }
        if words[0] == "a" && used == 1 { return nil }
        return (total + group, Array(words.dropFirst(used)))
    }

    private static let scales: [String: Double] = ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
                                                   "bn": 1e9, "mn": 1e6]

    private static let smallNumbers: [String: Double] = {
        let names = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                     "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
        var table: [String: Double] = [:]
        for (value, name) in names.enumerated() { table[name] = Double(value) }
        for (index, name) in ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].enumerated() {
            table[name] = Double(20 + index * 10)
        }
        table["dozen"] = 12
        return table
    }()
}
