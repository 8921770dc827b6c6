/// Appositions with an owner before the role: `Rachel Ruggeri, Starbucks' chief financial officer, …` (a plural
/// possessive: the apostrophe after a final `s` with no `s` after it) and `Hugh Williamson, HRW’s Europe and Central
/// Asia director, …` (a possessive owner lengthens the words before the role's head).
extension NameFinder {
    /// `Starbucks'`: an apostrophe at `i` closing a capitalised word that ends in `s`, with a lower-case word after it.
    func isPluralPossessive(_ s: Int, _ i: Int) -> Bool {
        let list = a.tokens[s]
        guard i >= 1, i + 1 < list.count, a.isApostrophe(list[i]), !list[i].space, list[i + 1].space else { return false }
        let before = list[i - 1]
        guard before.kind == .word, before.upper, a.bytes[before.end - 1] == UInt8(ascii: "s") else { return false }
        let after = list[i + 1]
        return after.kind == .word && !after.upper
    }

    /// Any possessive mark at `i`: `’s` or a plural `s'`.
    func isAnyPossessive(_ s: Int, _ i: Int) -> Bool {
        a.isPossessive(s, i) || isPluralPossessive(s, i)
    }
}

/// A description in a quotation (`"Brian is a transformational leader …," said X`) is praise, not an office.
extension NameFinder {
    /// Whether token `i` of sentence `s` stands inside double quotation marks opened earlier in the sentence.
    func insideQuote(_ s: Int, _ i: Int) -> Bool {
        let list = a.tokens[s]
        var open = false
        for k in 0..<min(i, list.count) where list[k].kind == .punct {
            let token = list[k]
            if token.mark == UInt8(ascii: "\"") { open.toggle() }
            else if token.end - token.start == 3, token.mark == 0x9C { open = true }
            else if token.end - token.start == 3, token.mark == 0x9D { open = false }
        }
        return open
    }
}
