/// `by mid-2025`, `early-2024`: a year with a qualifier written as one word is a date (the year).
extension Analyzer {
    /// The year of a word such as `mid-2025` (a qualifier, a hyphen, four digits), or nil.
    func hyphenatedYear(_ token: Token) -> Int? {
        guard token.end - token.start >= 8, Tokenizer.isDigit(bytes[token.end - 1]), bytes[token.end - 5] == UInt8(ascii: "-") else { return nil }
        var value = 0
        for k in (token.end - 4)..<token.end {
            guard Tokenizer.isDigit(bytes[k]) else { return nil }
            value = value * 10 + Int(bytes[k] - 0x30)
        }
        return (1000...2190).contains(value) ? value : nil
    }
}
