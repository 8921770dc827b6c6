/// `Hong Kong Exchanges and Clearing (HKEX)`: a name of two or more words, `and`, more capitalised words and a
/// bracketed acronym that opens with the first name's initials and runs on past them is one body's name; the acronym
/// spells the whole, so the name does not stop at `and` (which had split it into `Hong Kong Exchanges` and
/// `Clearing (HKEX)`), and the acronym is the whole name's. Two bodies written `A and B (X)` give an acronym of one
/// of them, which spells no more than it.
extension NameFinder {
    /// With `and` at `end + 1` after the name run `from...end`: the last word before the bracketed acronym, or nil.
    func andBeforeOwnAcronym(_ s: Int, _ from: Int, _ end: Int) -> Int? {
        let list = a.tokens[s]
        guard end > from else { return nil }
        var m = end + 2
        guard m + 3 < list.count, list[m].space, startsName(s, m), !list[m].allCaps else { return nil }
        while m + 1 < list.count, m < end + 5, list[m + 1].kind == .word, list[m + 1].space, startsName(s, m + 1), !list[m + 1].allCaps { m += 1 }
        guard m + 3 < list.count, a.isPunct(list[m + 1], "("), list[m + 2].allCaps, a.isPunct(list[m + 3], ")"),
              initialsOpen(a.text(list[m + 2]).uppercased(), s, from, end) else { return nil }
        return m
    }

    /// `HKEX` for `Hong Kong Exchanges and Clearing`: the acronym's letters open with the initials of the capitalised
    /// words before the name's `and` (two or more) and go on past them.
    func acronymOpensBeforeAnd(_ letters: String, _ chunk: Chunk) -> Bool {
        let list = a.tokens[chunk.s]
        guard chunk.tokenCount >= 4, let and = (chunk.from + 2..<chunk.to).first(where: { list[$0].key == K.and && !list[$0].upper }) else { return false }
        return initialsOpen(letters, chunk.s, chunk.from, and - 1)
    }

    /// Whether the first letters of the capitalised words `from...end` open `letters` (capitals, dots left out) and
    /// leave some of them over.
    private func initialsOpen(_ letters: String, _ s: Int, _ from: Int, _ end: Int) -> Bool {
        let list = a.tokens[s]
        var spelled = letters.utf8.makeIterator()
        var count = 0
        for k in from...end where list[k].kind == .word && list[k].upper {
            var letter = spelled.next()
            while let l = letter, upperLetter(l) == nil { letter = spelled.next() }
            guard let l = letter, upperLetter(l) == upperLetter(a.bytes[list[k].start]) else { return false }
            count += 1
        }
        while let l = spelled.next() { if upperLetter(l) != nil { return count >= 2 } }
        return false
    }
}
