/// Words written against a number that make it no count:
/// - `19th-century physicists`: an ordinal suffix opening a hyphenated compound (`th-century`) makes an ordinal, as a
///   bare `19th` does;
/// - `founded 3Com`, `36Kr reported`: a capitalised word with a lower-case letter after its capital (not a unit,
///   `10Gbps`, nor a multiplier) makes the number part of a name.
extension Analyzer {
    /// Asked of a number `i` with a word run into it at `i + 1`.
    func isGluedOrdinalOrName(_ s: Int, _ i: Int) -> Bool {
        let word = tokens[s][i + 1]
        if word.hyphen, !word.upper { return Analyzer.ordinalSuffixes.contains(headKey(word)) }
        guard word.upper, !word.allCaps, word.end - word.start >= 3, bytes[word.start + 1] >= UInt8(ascii: "a"), bytes[word.start + 1] <= UInt8(ascii: "z"),
              !word.isIn(.measureUnits), Lexicon.multipliers[word.key] == nil, Lexicon.currencyWords[word.key] == nil else { return false }
        return true
    }
}
