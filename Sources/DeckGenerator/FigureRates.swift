/// Rates and short percent signs after a figure: `$18 per share` (unit `dollars per share`, the answer
/// `$18`), `11 cents a share` (`cents per share`), `$2 billion a year`, and `1.3pc` / `4 pc` (percent).
extension Analyzer {
    static let pcKey: UInt64 = 0x08D54507B5755F64 // pc
    /// Nouns a rate with `a`/`an` may be of (`a share`, `a year`, `an hour`); after `per` any noun is.
    static let rateNouns = Lexicon.set(Lexicon.split("""
        share year month week day hour minute barrel gallon litre liter tonne ton kilo kilogram head person capita
        unit piece passenger seat night trip
        """))
    static let rateTimeAdverbs = Lexicon.set(Lexicon.split("earlier ago before later after previously on since"))
    /// Currency symbols and codes as the words a rate is written in (`dollars per share`).
    static let currencyNames: [String: String] = ["$": "dollars", "€": "euros", "£": "pounds", "¥": "yen", "₹": "rupees", "৳": "taka"]

    /// `pc` written after a number (`1.3pc`, `2 pc`): British press shorthand for percent.
    func isPercentAbbreviation(_ token: Token) -> Bool {
        token.kind == .word && !token.upper && token.key == Analyzer.pcKey
    }

    /// `per share`, `a share`, `an hour` at `at`: the rate as `per NOUN`, else nil.
    func rateAfter(_ s: Int, _ at: Int) -> String? {
        let list = tokens[s]
        guard at + 1 < list.count, list[at].kind == .word, !list[at].upper else { return nil }
        let noun = list[at + 1]
        guard noun.kind == .word, !noun.upper, !noun.isIn(.commonWords) || Analyzer.rateNouns.contains(noun.key) else { return nil }
        if list[at].key == K.per {
            guard noun.key != K.cent else { return nil }
        } else if list[at].key == K.a || list[at].key == K.an {
            guard Analyzer.rateNouns.contains(noun.key) else { return nil }
            // `$5 a share price`: the noun must end the phrase.
            if at + 2 < list.count, list[at + 2].kind == .word, !list[at + 2].isIn(.commonWords), !list[at + 2].isIn(.prepositions) { return nil }
            // `£1.64 billion a year earlier`: a time, not a rate.
            if at + 2 < list.count, Analyzer.rateTimeAdverbs.contains(list[at + 2].key) { return nil }
        } else {
            return nil
        }
        return "per " + text(noun)
    }

    /// A currency's name for a rate's unit (`$` → `dollars`; codes stay as written).
    func currencyName(_ currency: String) -> String { Analyzer.currencyNames[currency] ?? currency }
}
