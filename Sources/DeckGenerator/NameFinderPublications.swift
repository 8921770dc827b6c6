/// A journalist's publication: `Lukas Brunner covers consumer companies for Alpine Business Wire`, `Nusrat Jahan Rumi
/// is a senior reporter for Delta Dispatch`, `X writes about computing for Signal & Wire`, `Ramesh Karki is the Himal
/// Ledger's political correspondent`: a name after `for` / `at` (and `the`) in a clause with a word of reporting
/// (`reporter`, `covers`, `writes`; not a plural: `he told reporters at Mawa`) before it, or a name whose possessive
/// owns a reporter, is a news outlet.
extension NameFinder {
    static let journalismWords = Lexicon.set(Lexicon.split("""
        reporter correspondent editor columnist journalist
        writer writes wrote covers covered reports contributor contributes
        """))

    /// `b` is the index that should hold `for` or `at` (the word before the name, or before its `the`).
    @inline(__always) func publicationCue(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>, _ b: Int) -> Int {
        guard b >= 1, list[b].key == K.for_ || list[b].key == K.at, !list[b].upper else { return 0 }
        return reportingWordBefore(list, b) ? 2 : 0
    }

    func reportingWordBefore(_ list: UnsafeBufferPointer<Token>, _ b: Int) -> Bool {
        var k = b - 1
        while k >= 0, k >= b - 8, list[k].kind == .word {
            if !list[k].upper, NameFinder.journalismWords.contains(list[k].key) { return true }
            k -= 1
        }
        return false
    }

    /// `the Himal Ledger's political correspondent`
    func publicationPossessiveCue(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>) -> Int {
        guard a.isPossessive(chunk.s, chunk.to + 1) else { return 0 }
        var k = chunk.to + 3
        while k < list.count, k <= chunk.to + 5, list[k].kind == .word, !list[k].upper {
            if NameFinder.journalismWords.contains(list[k].key) { return 2 }
            k += 1
        }
        return 0
    }
}
