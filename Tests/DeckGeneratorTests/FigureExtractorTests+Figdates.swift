import Testing
@testable import DeckGenerator

/// Fractions, multipliers, spelled compounds, tallies and shared-unit ranges; labels, model numbers
/// and time-zone offsets that are not figures.
extension FigureExtractorTests {
    static let figdatesCases: [String] = [
        // Fractions and multipliers.
        "The board backed the [[quarter-point|figure]] increase.",
        "Python reached version 1.0 in January 1994, and the 2.x series was long-lived; version 3 sold [[4 million|figure]] copies.",
        "The central bank cut its rate by [[a quarter point|figure]] on Wednesday.",
        "Inflation has stayed above target for [[more than three and a half years|figure]].",
        "The project ran for [[2 and a half years|figure]].",
        "Sales rose [[almost fourfold|figure]] in the following decade.",
        "Exports grew [[nearly ten-fold|figure]] after the reform.",
        "Such deals made up [[almost a third|figure]] of the group's new drugs.",
        "Lawmakers need a [[two-thirds|figure]] majority to change it.",
        "The tribe lost [[about half|figure]] of its land.",
        "It was a third straight year of losses.",
        // Spelled compounds and counts at a sentence start.
        "The charter sets a [[two-term|figure]] limit for prime ministers.",
        "A [[three-judge|figure]] bench heard the appeal.",
        "The two-way trade grew.",
        "[[Thirty-two|figure]] of [[41|figure]] economists expect a hike.",
        // Tallies.
        "The decision was made by an [[8-1|figure]] vote of the board.",
        "The court upheld the law in a [[5-4|figure]] ruling.",
        // Ranges with one unit.
        "Analysts put the neutral rate [[between 1% and 2.5%|figure]], above today's level.",
        "The wetlands lost [[between 80 and 90 per cent|figure]] of their area.",
        "It expects income of [[£13.2 billion to £13.4 billion|figure]] this year.",
        "The rate will fall from [[5%|figure]] to [[1%|figure]].",
        // Labels, model numbers and time zones.
        "In a phase 2 trial of [[312|figure]] patients, the drug slowed the decline.",
        "It treats kidney disease linked to type 2 diabetes.",
        "The storm strengthened to Category 4 overnight.",
        "Engineers were designing a successor to the 6502, a popular chip.",
        "It was far simpler than Intel's contemporary 80386, which had [[275,000|figure]] transistors.",
        "Published June 18, 2025 09:40 GMT+6",
        "Trading opens at 09:00 UTC-5 each day.",
    ]

    @Test(arguments: figdatesCases) func findsExactlyTheMarkedFigdatesFigures(_ marked: String) {
        MarkedText(marked).expectExactly("figure")
    }

    @Test func fractionsTalliesAndRangesHavePlainValues() {
        let facts = MarkedText("The bank cut by a quarter point. Growth stalled for three and a half years. Sales rose almost fourfold. It made up almost a third of sales. An 8-1 vote. Rates of between 1% and 2.5% are neutral. A range of £13.2 billion to £13.4 billion was given.").facts()
        func fact(_ answer: String) -> Fact? { facts.first { $0.type == .figure && $0.answer == answer } }
        #expect(fact("a quarter point")?.value == "0.25")
        #expect(fact("three and a half years")?.value == "3.5")
        #expect(fact("almost fourfold")?.value == "4")
        #expect(fact("almost a third")?.value == "0.33")
        #expect(fact("8-1")?.value == "8-1")
        #expect(fact("between 1% and 2.5%")?.value == "1-2.5")
        #expect(fact("between 1% and 2.5%")?.unit == "%")
        #expect(fact("£13.2 billion to £13.4 billion")?.value == "13200000000-13400000000")
    }
}
