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
        MarkedText("What [[20th Century|date]] U.S. President was almost impeached?").expectExactly("date")
    }
}

/// `That summer` after a year: the season of that year.
extension FigureExtractorTests {
    @Test func thatSeasonAfterAYear() {
        MarkedText("By [[1980|date]] the market was large. [[That summer|date]], the director persuaded the committee.").expectExactly("date")
        let facts = MarkedText("By 1980 the market was large. That summer, the director persuaded the committee.").facts()
        #expect(facts.contains { $0.answer == "That summer" && $0.value == "1980-22" }, "\(facts.map { ($0.answer, $0.value) })")
        MarkedText("Prices that fall sharply hurt savers, as they did in [[2008|date]].").expectExactly("date")
    }
}
