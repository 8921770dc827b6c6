/// `It urged the French-Italian manufacturer ATR to consider design changes`: a name right after a maker noun
/// (`manufacturer`, `maker`, `supplier` or a word in `-maker`; not a name shaped like a person's) that an article or a possessive
/// determines is the maker, a company, even when the text also names its products after it (`the ATR 72-500`, which
/// alone makes `ATR` a product's name and no group). The cue outweighs that product cue.
extension NameFinder {
    /// Maker nouns only companies are (not `producer`, `designer`, `developer`, which people are too).
    static let companyMakerNouns = Lexicon.set(Lexicon.split("manufacturer manufacturers maker makers supplier"))

    /// True when `before` (the token before `chunk`, a kind of body) is a maker noun determined within three words.
    func isNamedMaker(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>) -> Bool {
        let maker = list[chunk.from - 1]
        guard NameFinder.companyMakerNouns.contains(maker.key) || isMakerWord(maker), chunk.titleFrom == nil, chunk.tokenCount <= 3 else { return false }
        // `the filmmaker Steven Spielberg`: a person's name stays a person's.
        guard !isPersonShaped(chunk) else { return false }
        var k = chunk.from - 2
        while k >= 0, k >= chunk.from - 4 {
            let token = list[k]
            if token.key == K.the || token.key == K.a || token.key == K.an { return true }
            if token.kind == .word && token.key == K.s, k >= 1, a.isApostrophe(list[k - 1]) { return true }
            guard token.kind == .word else { return false }
            k -= 1
        }
        return false
    }
}
