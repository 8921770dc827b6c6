/// `1,000 CFA francs`, `500 CFP francs`: an acronym of capitals right before a currency's plural (`francs`, `dollars`,
/// `rupees`, … from `Lexicon.currencyWords`) names the currency, not a body; `CFA` had come out as a group.
extension NameFinder {
    /// True for an all-capitals word followed by a lower-case currency word (tested in `kindModifierCue`).
    @inline(__always) func isCurrencyAcronym(_ token: Token, _ next: Token) -> Bool {
        token.allCaps && next.end - next.start >= 4 && Lexicon.currencyWords[next.key] != nil
    }
}
