/// `the southern border town of Gelephu`, `the city of Herat`, `the village of X`: a name after a lower-case noun of a
/// settlement or an area and `of` is a place, whatever cue elsewhere (`the servant of Gelephu`, a role's `of`) made it
/// a body. Not a name with a body's head word (`the city of London Corporation`) or a well-known body.
extension NameFinder {
    static let placeOfNouns = Lexicon.set(Lexicon.split("town towns city cities village villages district province county region island port valley"))

    /// In `kindModifierCue`, when the token before `chunk` is `of`.
    func isPlaceOfName(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>) -> Bool {
        guard chunk.from >= 2, chunk.tokenCount <= 3, chunk.titleFrom == nil else { return false }
        let noun = list[chunk.from - 2]
        guard noun.kind == .word, !noun.upper, NameFinder.placeOfNouns.contains(noun.key), KnownOrganisations.table[chunk.key] == nil else { return false }
        return !(chunk.from...chunk.to).contains { list[$0].isIn(.organisationHeads) }
    }
}
