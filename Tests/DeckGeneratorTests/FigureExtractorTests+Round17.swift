import Testing
@testable import DeckGenerator

/// Set 17 (company news and technology history): numbers inside product and site names, a fraction of a country's
/// economy, and an ordinal opening a company's name.
extension FigureExtractorTests {
    static let round17Cases: [String] = [
        "The chief executive told the Chinese news site 52Qu that the ruling was regrettable.",
        "It bought the rights to an operating system called 64-OSX for [[about $75,000|figure]].",
        "It tried to regain control with the QX/2 line and its own bus.",
        "The property market accounts for [[about a quarter|figure]] of Korvia's economy.",
    ]

    @Test(arguments: round17Cases) func findsExactlyTheMarkedFiguresOfRound17(_ marked: String) {
        MarkedText(marked).expectExactly("figure")
    }

    @Test func ordinalBeforeACapitalisedNameIsNoCentury() {
        MarkedText("It bought most of 22nd Century Pictures in [[2019|date]], a decade into [[the 21st century|date]].").expectExactly("date")
    }
}
