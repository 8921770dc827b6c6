/// Other ways to write an answer that a typed answer should accept:
/// `1,000` = `1000` = `one thousand`; `29 July 2011` = `July 29, 2011` = `2011-07-29`.
public enum AnswerForms {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]
    static let small = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    /// English words for a whole number below a quadrillion (`1000` → `one thousand`).
    public static func words(_ number: Int64) -> String? {
        guard number >= 0, number < 1_000_000_000_000_000 else { return nil }
        if number < 20 { return small[Int(number)] }
        if number < 100 {
            let ten = tens[Int(number / 10)]
            return number % 10 == 0 ? ten : "\(ten)-\(small[Int(number % 10)])"
        }
        if number < 1000 {
            let rest = number % 100
            let head = "\(small[Int(number / 100)]) hundred"
            return rest == 0 ? head : "\(head) \(words(rest) ?? "")"
        }
        for (scale, name) in [(Int64(1_000_000_000_000), "trillion"), (1_000_000_000, "billion"), (1_000_000, "million"), (1000, "thousand")] where number >= scale {
            let head = "\(words(number / scale) ?? "") \(name)"
            let rest = number % scale
            return rest == 0 ? head : "\(head) \(words(rest) ?? "")"
        }
        return nil
    }

    /// `1000` → `1,000`.
    public static func grouped(_ number: Int64) -> String {
        let digits = String(number)
        var out = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return out
    }

    /// Accepted forms of a figure's answer, from its normalised value.
    public static func figure(answer: String, value: String?, unit: String?) -> [String] {
        var forms: [String] = []
        func add(_ form: String) { if !form.isEmpty, form != answer, !forms.contains(form) { forms.append(form) } }
        guard let value else { return [] }
        let parts = value.split(separator: "-").map(String.init)
        if parts.count == 1, let number = Double(value) {
            if number == number.rounded(), let whole = Int64(exactly: number) {
                add(String(whole)); add(grouped(whole))
                if let spelled = words(whole) { add(spelled) }
                if let unit, answer.lowercased().hasSuffix(unit.lowercased()) {
                    add("\(whole) \(unit)"); add("\(grouped(whole)) \(unit)")
                }
                // `$2 billion` also as `2 billion`.
                for (scale, name) in [(Int64(1_000_000_000_000), "trillion"), (1_000_000_000, "billion"), (1_000_000, "million")] where whole >= scale && whole % (scale / 10) == 0 {
                    let scaled = Double(whole) / Double(scale)
                    let text = scaled == scaled.rounded() ? String(Int64(scaled)) : String(scaled)
                    add("\(text) \(name)")
                    break
                }
            } else {
                add(value)
            }
            if unit == "%" { add("\(value)%"); add("\(value) percent"); add("\(value) per cent") }
        } else if parts.count == 2 {
            add("\(parts[0])-\(parts[1])"); add("\(parts[0]) to \(parts[1])")
            if let a = Int64(parts[0]), let b = Int64(parts[1]) {
                add("\(grouped(a))-\(grouped(b))"); add("\(grouped(a)) to \(grouped(b))")
            }
        }
        // Without a qualifier: `more than 1,000` also as `1,000`.
        let lower = answer.lowercased()
        for qualifier in ["more than ", "over ", "about ", "around ", "nearly ", "almost ", "some ", "at least ", "up to ", "roughly ", "approximately ", "less than ", "fewer than ", "under "] where lower.hasPrefix(qualifier) {
            add(String(answer.dropFirst(qualifier.count)))
        }
        return forms
    }

    /// Accepted forms of a date's answer, from its ISO value.
    public static func date(answer: String, value: String?) -> [String] {
        guard let value else { return [] }
        var forms: [String] = []
        func add(_ form: String) { if form != answer, !forms.contains(form) { forms.append(form) } }
        let parts = value.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        if value.hasPrefix("--") {
            // --MM-DD or --MM
            let rest = value.dropFirst(2).split(separator: "-").compactMap { Int($0) }
            if rest.count == 2, (1...12).contains(rest[0]) {
                let month = monthNames[rest[0] - 1]
                add("\(month) \(rest[1])"); add("\(rest[1]) \(month)"); add("\(rest[1]) \(month.prefix(3))"); add("\(month.prefix(3)) \(rest[1])")
            } else if rest.count == 1, (1...12).contains(rest[0]) {
                add(monthNames[rest[0] - 1])
            }
            return forms
        }
        if value.count == 4, value.hasSuffix("X"), let decade = Int(value.dropLast()) {
            add("\(decade)0s"); add("the \(decade)0s")
            return forms
        }
        if parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m) {
            let month = monthNames[m - 1]
            add("\(month) \(d), \(y)"); add("\(d) \(month) \(y)"); add("\(month) \(d) \(y)"); add(value)
            add("\(d).\(m < 10 ? "0" : "")\(m).\(y)"); add("\(d < 10 ? "0" : "")\(d).\(m < 10 ? "0" : "")\(m).\(y)")
            add("\(month.prefix(3)) \(d), \(y)"); add("\(d) \(month.prefix(3)) \(y)")
        } else if parts.count == 2, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) {
            let month = monthNames[m - 1]
            add("\(month) \(y)"); add("\(month), \(y)"); add(value); add("\(month.prefix(3)) \(y)")
        } else if parts.count == 1, Int(value) != nil {
            add(value)
        }
        return forms
    }
}
