/// `Rs10bn`, `PKR623m`: a currency code, its number and a multiplier written as one word.
extension Analyzer {
    /// Where the multiplier of a word like `Rs10bn` starts and its value (`bn` → 1e9), when the word is letters, digits
    /// and a multiplier; nil otherwise (`Rs17`, `A320`, `4G`).
    @inline(__always) func gluedMultiplier(_ token: Token) -> (start: Int, value: Double)? {
        guard token.kind == .word, token.end - token.start >= 3, !Tokenizer.isDigit(bytes[token.end - 1]),
              Tokenizer.isDigit(bytes[token.end - 2]) || Tokenizer.isDigit(bytes[token.end - 3])
                || token.end - token.start >= 5 && Tokenizer.isDigit(bytes[token.end - 4]) else { return nil }
        // At most four bytes read: a multiplier is one to three letters after the last digit.
        var suffix = token.end - 1
        while suffix > token.start, suffix > token.end - 4, !Tokenizer.isDigit(bytes[suffix - 1]) { suffix -= 1 }
        guard suffix > token.start, Tokenizer.isDigit(bytes[suffix - 1]),
              let value = Lexicon.multipliers[Lexicon.key(bytes, suffix, token.end)] else { return nil }
        return (suffix, value)
    }
}
