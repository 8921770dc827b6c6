import FactdeckModel

/// Numbers that name a model rather than count (`the 6502`, `Motorola's 6800`, `MOS Technology 6502`, `6502s`,
/// `65C02`): a bare integer of four or more digits with no thousands separator, too large to be a
/// year, written as a name is (after an article, a possessive or a capitalised word and not before a plural noun,
/// or with a plural `s` against it); and a number glued to a capital letter and a digit.
extension Analyzer {
    func isModelNumber(_ s: Int, _ i: Int) -> Bool {
        let list = tokens[s]
        let token = list[i]
        // `65C02`: a capital and a digit written against the number.
        if i + 1 < list.count, !list[i + 1].space, list[i + 1].kind == .word, list[i + 1].upper,
           list[i + 1].end - list[i + 1].start >= 2, Tokenizer.isDigit(bytes[list[i + 1].start + 1]) {
            return true
        }
        // `the Group of 77`: the number of a bloc's name.
        if i >= 2, list[i - 1].key == K.of, list[i - 2].key == K.group, list[i - 2].upper { return true }
        let width = token.end - token.start
        guard width >= 4, width <= 6 else { return false }
        var value = 0
        for index in token.start..<token.end {
            guard Tokenizer.isDigit(bytes[index]) else { return false }
            value = value * 10 + Int(bytes[index] - 0x30)
        }
        guard value > 2100, bytes[token.start] != UInt8(ascii: "0") else { return false }
        // `6502s`.
        if i + 1 < list.count, !list[i + 1].space, list[i + 1].kind == .word, list[i + 1].key == K.s { return true }
        guard i >= 1, token.space else { return false }
        let before = list[i - 1]
        var named = false
        if before.key == K.the || before.key == K.a || before.key == K.an || before.key == NameFinder.whoseKey { named = true }
        else if before.kind == .word, before.key == K.s, isPossessive(s, i - 2) { named = true }
        else if before.kind == .word, before.upper, i >= 2, list[i - 2].kind == .word, Lexicon.currencyWords[before.key] == nil { named = true } // `MOS Technology 6502`
        guard named else { return false }
        if i + 1 < list.count, list[i + 1].kind == .word, !list[i + 1].upper, isPluralNoun(list[i + 1]) { return false }
        return true
    }
}
