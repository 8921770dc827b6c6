/// `Mario Gabelli, whose firm GAMCO Investors is …`, `founding his own company, Software Projects, to …`: a kind of body
/// (`firm`, `company`, `lender`) determined by a possessive pronoun (`his`, `her`, `its`, `their`, `whose`) right
/// before a name, or before a comma and a name closed by a mark, names that body.
extension NameFinder {
    static let possessivePronouns = Lexicon.set(Lexicon.split("his her its their whose our my"))

    /// `prev` is the token before the name: a lower-case word or a comma.
    @inline(__always) func possessiveKindCue(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>, _ prev: Token, _ next: Token?) -> Int {
        var t = chunk.from - 1
        var kind = prev
        if prev.kind == .punct {
            // The comma form only for a name closed by a mark (`…, Software Projects, to release`).
            guard next == nil || next!.kind == .punct else { return 0 }
            t -= 1; kind = list[t]
            guard kind.kind == .word, !kind.upper else { return 0 }
        }
        guard t >= 1, kind.isIn(.organisationTypes) else { return 0 }
        return possessiveBefore(list, t) ? 1 : 0
    }

    /// A possessive pronoun right before `t`, or before one lower-case word before it (`his own company`).
    func possessiveBefore(_ list: UnsafeBufferPointer<Token>, _ t: Int) -> Bool {
        var d = t - 1
        if d >= 1, list[d].kind == .word, !list[d].upper, !NameFinder.possessivePronouns.contains(list[d].key) { d -= 1 }
        return !list[d].upper && NameFinder.possessivePronouns.contains(list[d].key)
    }
}
