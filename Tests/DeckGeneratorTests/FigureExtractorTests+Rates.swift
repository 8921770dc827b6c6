import Testing
@testable import DeckGenerator

/// Rates after a figure (`$18 per share`: unit `dollars per share`, answer `$18`), `pc` for percent, and
/// spelled counts with a multiplier before a people or alone (`two million Afghans`, `closer to six million.`).
extension FigureExtractorTests {
    @Test(arguments: [
        "Alaska will pay [[$18|figure]] per share in cash.",
        "Inflation rose to [[5.6pc|figure]] in September from [[3pc|figure]] in August.",
        "Wages rose [[4.5 pc|figure]] last year.",
        "The yen weakened to [[156.20|figure]] per dollar.",
        "Profit climbed to [[£1.94 billion|figure]] from [[£1.64 billion|figure]] a year earlier.",
        "Salaried workers earning [[between Rs600,000 and Rs1.2 million|figure]] a year pay less.",
        // A spelled count with a multiplier: of a people, or alone at the end of a clause.
        "The campaign targets [[roughly two million|figure]] Afghans. Officials put the figure closer to [[six million|figure]].",
    ]) func findsExactlyTheMarkedRates(_ marked: String) {
        MarkedText(marked).expectExactly("figure")
    }

    @Test func ratesAndPercentHaveTheirUnits() {
        let facts = MarkedText("Alaska will pay $18 per share. It cut the dividend to 11 cents a share. It earns $45 million a year. Inflation was 1.3pc. Profit was £1.6 billion a year earlier.").facts()
        func unit(_ answer: String) -> String? { facts.first { $0.type == .figure && $0.answer == answer }?.unit }
        #expect(unit("$18") == "dollars per share")
        #expect(unit("11") == "cents per share")
        #expect(unit("$45 million") == "dollars per year")
        #expect(unit("1.3pc") == "%")
        #expect(facts.first { $0.answer == "1.3pc" }?.value == "1.3")
        #expect(unit("£1.6 billion") == "£")
    }
}
