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

/// `the country's 543 Lok Sabha seats`: a count before a name and its plural noun; `gave the Congress 135 of the 224
/// seats`: a count after a name when `of` and another count follow.
extension Analyzer {
    /// Up to three capitalised words from `k`, then a lower-case plural noun.
    func namedCountNoun(_ s: Int, _ k: Int) -> Bool {
        let list = tokens[s]
        var m = k
        while m < list.count, m < k + 3, list[m].kind == .word, list[m].upper, !list[m].allCaps { m += 1 }
        guard m > k, m < list.count, list[m].kind == .word, !list[m].upper, !list[m].isIn(.commonWords) else { return false }
        return looksPlural(list[m])
    }

    /// `of` (and `the`) then a number at `k`: the number before is a part of a count.
    func partOfCount(_ s: Int, _ k: Int) -> Bool {
        let list = tokens[s]
        guard k + 1 < list.count, list[k].key == K.of else { return false }
        let m = list[k + 1].key == K.the && k + 2 < list.count ? k + 2 : k + 1
        // `135 of the 224 seats`, not `Article 74 of the 1992 constitution`: the second number counts a plural noun.
        guard list[m].kind == .number, m + 1 < list.count, list[m + 1].kind == .word, !list[m + 1].upper else { return false }
        return looksPlural(list[m + 1])
    }
}
