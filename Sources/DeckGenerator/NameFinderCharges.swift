/// `the daily Sustainable Development Fee charged to visitors`: a name headed by a charge (`Fee`, `Levy`, `Tax`, `Duty`,
/// `Tariff`, `Surcharge`) is a thing even right after a word that can be a kind of body (`daily`, as in `the daily
/// Dawn`): that rule is for names headed like places or events (`the consultancy Kantan Games`), and it made the fee a
/// group.
extension NameFinder {
    static let chargeHeads = Lexicon.set(Lexicon.split("fee fees levy levies tax taxes duty duties tariff tariffs surcharge toll tolls"))

    /// True when the last word of `chunk` is a charge's head word.
    func isChargeName(_ chunk: Chunk) -> Bool {
        NameFinder.chargeHeads.contains(a.tokens[chunk.s][chunk.to].key)
    }
}
