/// Roles a text gives with a verb or a possessive outlet rather than a title noun before or after the name:
/// - `Lukas Brunner covers consumer and retail companies for Alpine Business Wire`: a name opening a sentence before
///   `covers` → `covers consumer and retail companies` (of the outlet after `for`);
/// - `Ramesh Karki is the Himal Ledger's political correspondent`, `X is Steppe Dispatch's Central Asia correspondent`:
///   `is`/`was`, a body's possessive and up to four words closed by an office → `political correspondent` of it;
/// - `Jean-Marc Rochat, who manages a consumer fund at …`, `X, who also heads the Public Investment Fund (PIF)`,
///   `X, a lecturer who teaches constitutional law at …`: a relative clause whose verb is `manages` or `teaches` (`also`,
///   `currently`, `has` may come before) → the verb and its object up to a mark or a preposition of place or time.
///   (`runs`, `heads`, `leads`, `chairs` are `findRoles`' founding verbs, `head of X`; `oversaw` an offensive and
///   `has led` a government were no offices in the annotated sets.)
extension NameFinder {
    static let coverVerbs = Lexicon.set(["covers", "covered"])
    static let coversKey: UInt64 = 0x578209B744652B09 // covers
    static let coveredKey: UInt64 = 0x16F2136937BFE3A1 // covered
    static let runningVerbs = Lexicon.set(Lexicon.split("manages managed teaches taught"))
    static let runVerbFillers = Lexicon.set(Lexicon.split("has had have also currently now still"))
    /// Words that end the object of such a verb.
    static let runObjectEnds = Lexicon.set(Lexicon.split("at in since from for until to with after before who which where when and said says"))

    /// The role given to a person by a verb or a possessive outlet, or nil. Asked of every person: the first tests read
    /// only the token after the name.
    func verbPhraseRole(_ chunk: Chunk) -> (String, String?)? {
        let list = a.tokens[chunk.s]
        let after = chunk.to + 1
        guard after + 2 < list.count else { return nil }
        let next = list[after]
        if next.kind == .word, !next.upper {
            if chunk.from == a.firstWordIndex(chunk.s), NameFinder.coverVerbs.contains(next.key) { return coversRole(chunk, list) }
            if next.key == K.is_ || next.key == K.was { return outletPossessiveRole(chunk, list) }
            return nil
        }
        guard a.isPunct(next, ",") else { return nil }
        // `X, who runs …` or `X, a Mongolian national who runs …`
        var k = after + 1
        while k < list.count, k <= after + 6, list[k].key != K.who {
            guard list[k].kind == .word else { return nil }
            k += 1
        }
        guard k + 2 < list.count, list[k].key == K.who else { return nil }
        return runVerbRole(chunk.s, list, k + 1)
    }

    /// `covers semiconductors for ChipWire News`
    func coversRole(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>) -> (String, String?)? {
        let start = chunk.to + 1
        var k = start + 1
        while k < list.count, k <= start + 9, list[k].kind == .word, list[k].key != K.for_ { k += 1 }
        guard k > start + 1 else { return nil }
        var of: String?
        if k + 1 < list.count, list[k].key == K.for_, let owner = bySentence[chunk.s].first(where: { chunks[$0].from == k + 1 || chunks[$0].from == k + 2 && list[k + 1].key == K.the }),
           isGroup(chunks[owner]) { of = text(chunks[owner]) }
        return (a.span(chunk.s, start, k - 1), of)
    }

    /// A person's cue for `collectCues`: `X covers … for …` opening a sentence, `X is the Y's … correspondent`
    /// (`next`, the word after the name, is lower-case).
    func journalistSubject(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>, _ next: Token) -> Bool {
        if NameFinder.coverVerbs.contains(next.key) {
            guard chunk.from == a.firstWordIndex(chunk.s) else { return false }
            var k = chunk.to + 2
            while k < list.count, k <= chunk.to + 10, list[k].kind == .word, list[k].key != K.for_ { k += 1 }
            return k + 1 < list.count && list[k].key == K.for_ && list[k + 1].upper
        }
        guard next.key == K.is_ || next.key == K.was else { return false }
        var k = chunk.to + 2
        if k < list.count, list[k].key == K.the { k += 1 }
        let ownerFrom = k
        while k < list.count, k < ownerFrom + 4, list[k].kind == .word, list[k].upper { k += 1 }
        guard k > ownerFrom, a.isPossessive(chunk.s, k) else { return false }
        var m = k + 2
        while m < list.count, m < k + 7, list[m].kind == .word {
            if !list[m].upper, list[m].isIn(.roleHeads) || NameFinder.journalismWords.contains(list[m].key) { return true }
            m += 1
        }
        return false
    }

    /// `is the Himal Ledger's political correspondent`
    func outletPossessiveRole(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>) -> (String, String?)? {
        var k = chunk.to + 2
        if list[k].key == K.the { k += 1 }
        guard let owner = bySentence[chunk.s].first(where: { chunks[$0].from == k }), isGroup(chunks[owner]),
              a.isPossessive(chunk.s, chunks[owner].to + 1) else { return nil }
        let from = chunks[owner].to + 3
        var m = from
        while m < list.count, m < from + 5, list[m].kind == .word {
            if !list[m].upper, list[m].isIn(.roleHeads) || NameFinder.journalismWords.contains(list[m].key) {
                return (a.span(chunk.s, from, m), text(chunks[owner]))
            }
            m += 1
        }
        return nil
    }

    /// At `k`, after `who`: `(has) runs X …` → the verb and its object.
    func runVerbRole(_ s: Int, _ list: UnsafeBufferPointer<Token>, _ k: Int) -> (String, String?)? {
        var v = k
        while v < list.count, v < k + 2, NameFinder.runVerbFillers.contains(list[v].key) { v += 1 }
        guard v + 1 < list.count, list[v].kind == .word, NameFinder.runningVerbs.contains(list[v].key) else { return nil }
        // `has managed`, `had taught` keep their auxiliary; `also`, `currently` do not.
        var start = v
        if v > k, list[v - 1].key == K.has || list[v - 1].key == K.had { start = v - 1 }
        var end = v + 1
        while end < list.count, end <= v + 7, list[end].kind == .word || a.isPossessive(s, end) || end > v + 1 && a.isPossessive(s, end - 1),
              !(list[end].kind == .word && !list[end].upper && NameFinder.runObjectEnds.contains(list[end].key)) { end += 1 }
        guard end > v + 1 else { return nil }
        return (a.span(s, start, end - 1), nil)
    }
}
