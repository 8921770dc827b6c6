import Testing
@testable import DeckGenerator

/// `Rs10bn`, `some Rs623bn`, `PKR5m`: a currency code, a number and a multiplier written as one word.
extension FigureExtractorTests {
    static let gluedMultiplierCases: [String] = [
        "PIA sale flops as lone bidder offers [[Rs10bn|figure]] against [[Rs85bn|figure]] floor",
        "The government shifted [[some Rs623bn|figure]] of legacy liabilities to a new shell.",
        "The reserve price was [[Rs85.03bn|figure]], and a rival offered [[PKR5m|figure]].",
        "The A320 and the T20 team flew on.",
    ]

    @Test(arguments: gluedMultiplierCases) func findsGluedMultipliers(_ marked: String) {
        MarkedText(marked).expectExactly("figure")
    }

    @Test func gluedMultiplierValues() {
        let facts = MarkedText("It offered Rs10bn, then PKR5m.").facts().filter { $0.type == .figure }
        #expect(facts.map(\.value) == ["10000000000", "5000000"], "\(facts.map(\.value))")
    }
}

extension FigureExtractorTests {
    @Test func rangeAfterARangeVerbAndFrom() {
        MarkedText("Estimates of the total cost range from [[$7 billion to $10 billion|figure]], and prices fell from [[5%|figure]] to [[1%|figure]].").expectExactly("figure")
    }
}

extension FigureExtractorTests {
    @Test func digitsWithAGluedCapitalNameAModel() {
        MarkedText("He had worked on the 9100A and the 6502A, sold [[300|figure]] units and paid [[$5M|figure]] for [[4K|figure]] screens.").expectExactly("figure")
    }
}

extension FigureExtractorTests {
    @Test func numbersInAnArithmeticExpression() {
        MarkedText("Users typed \"2 + 3 =\" on it, and [[10|figure]]+ countries bought [[5,000|figure]] units.").expectExactly("figure")
    }
}

extension FigureExtractorTests {
    @Test func countsBesideNames() {
        MarkedText("With [[28|figure]] of the country's [[543|figure]] Lok Sabha seats at stake, Intel's 80386 Processor sold.").expectExactly("figure")
        MarkedText("Results gave the Congress [[135|figure]] of the [[224|figure]] seats under Article 74 of the [[1992|date]] constitution.").expectExactly("figure")
    }
}

extension FigureExtractorTests {
    @Test func spelledPartOfASpelledWhole() {
        MarkedText("[[Five|figure]] of [[six|figure]] pre-qualified groups stay away.").expectExactly("figure")
    }
}
