/// `Mario Gabelli, whose firm GAMCO Investors is …`, `founding his own company, Software Projects, to …`: a kind of body
/// (`firm`, `company`, `lender`) determined by a possessive pronoun (`his`, `her`, `its`, `their`, `whose`) right
/// before a name, or before a comma and a name closed by a mark, names that body.
extension NameFinder {
    static let possessivePronouns = Lexicon.set(Lexicon.split("his her its their whose our my"))

    /// `t` is the index of the kind noun (a lower-case word of `organisationTypes`).
    @inline(__always) func possessiveKindCue(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>, _ t: Int) -> Int {
        guard t >= 1 else { return 0 }
        // `his own company`, `their new firm`: one lower-case word between.
        var d = t - 1
        if d >= 1, list[d].kind == .word, !list[d].upper, !NameFinder.possessivePronouns.contains(list[d].key) { d -= 1 }
        return !list[d].upper && NameFinder.possessivePronouns.contains(list[d].key) ? 1 : 0
    }
}
