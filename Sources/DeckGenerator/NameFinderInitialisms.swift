/// Names spelled by a bracketed initialism that takes letters from lower-case words too: `Direction générale des
/// télécommunications (DGT)` (French names keep their nouns in lower case), `Cabinet Committee on Privatisation
/// (CCoP)` (a lower-case letter for `on`). The words are one name and a body (`initialismKeys`, a group cue).
extension NameFinder {
    /// Joins, in sentence `s` (whose chunks are the last ones), the words before each such initialism into one name.
    func joinByWordInitials(_ s: Int) {
        let list = a.tokens[s]
        guard list.count >= 5, let base = bySentence[s].first, base + bySentence[s].count == chunks.count else { return }
        var p = 2
        while p + 2 < list.count {
            defer { p += 1 }
            guard a.isPunct(list[p], "("), a.isPunct(list[p + 2], ")"), list[p - 1].kind == .word else { continue }
            let word = list[p + 1]
            guard word.kind == .word, word.upper, !word.hyphen, word.end - word.start >= 3, word.end - word.start <= 8 else { continue }
            // Letters only, at least two capitals; a lower-case letter (`CCoP`) or a lower-case word before the bracket.
            var letters: [UInt8] = []
            var capitals = 0, lower = false
            for k in word.start..<word.end {
                let byte = a.bytes[k]
                if byte >= 0x41 && byte <= 0x5A { capitals += 1; letters.append(byte) }
                else if byte >= 0x61 && byte <= 0x7A { lower = true; letters.append(byte & 0xDF) }
                else { letters = []; break }
            }
            guard capitals >= 2, letters.count == word.end - word.start, lower || !list[p - 1].upper else { continue }
            var needed = letters.count - 1
            var k = p - 1
            var found = -1
            var lowerWords = 0
            while k >= 0, k >= p - 12, needed >= 0 {
                let token = list[k]
                guard token.kind == .word else { break }
                if a.bytes[token.start] & 0xDF == letters[needed] {
                    if !token.upper, !token.isIn(.acronymConnectors) { lowerWords += 1 }
                    if needed == 0 { found = k }
                    needed -= 1
                } else if token.upper || !token.isIn(.acronymConnectors) {
                    break
                }
                k -= 1
            }
            // Not a thing with a nationality (`Japanese government bond (JGB)`).
            let last = list[p - 1]
            // Lower-case nouns only in a name written in another language (an accented letter: `générale`), else a
            // lower-case letter of the initialism for a connector (`CCoP`).
            guard found >= 0, lowerWords > 0 ? nonASCII(list[found].start, list[p - 1].end) : lower,
                  list[found].upper, !list[found].isIn(.demonym), !list[found].isIn(.countries),
                  last.upper || !(NameFinder.thingNouns.contains(last.key) || NameFinder.instrumentHeads.contains(last.key) || last.isIn(.measureUnits)),
                  let first = bySentence[s].first(where: { chunks[$0].from == found }), chunks[first].to < p - 1 else { continue }
            joinChunks(s, base: base, from: found, to: p - 1) { $0.from >= found && $0.to <= p - 1 }
            initialismKeys.insert(keyOf(a.bytes, list[found].start, list[p - 1].end))
        }
    }

    func nonASCII(_ from: Int, _ to: Int) -> Bool {
        var k = from
        while k < to { if a.bytes[k] >= 0x80 { return true }; k += 1 }
        return false
    }

    /// One scan of sentence `s` for bracketed initialisms (`(`, `TTP`, `)`): whether one is all capitals (what
    /// `bracketedAcronyms` finds) and whether any capitalised one is (`(CCoP)`).
    func bracketedInitialisms(_ s: Int) -> (allCaps: Bool, any: Bool) {
        let list = a.tokens[s]
        guard list.count >= 4 else { return (false, false) }
        var any = false
        for p in 1..<(list.count - 2) where a.isPunct(list[p], "(") && a.isPunct(list[p + 2], ")") {
            let word = list[p + 1]
            if word.allCaps { return (true, true) }
            if word.kind == .word, word.upper { any = true }
        }
        return (false, any)
    }
}
