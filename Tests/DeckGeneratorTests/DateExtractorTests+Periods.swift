import Testing
@testable import DeckGenerator

/// Quarters without a year, `mid-January`, days after `to`/`ended`, `that June`.
extension DateExtractorTests {
    static let periodCases: [String] = [
        "Profit for the three months to [[September 30|date]] climbed to £1.9 billion.",
        "In the quarter ended [[June 30|date]] revenue rose 4%.",
        "Wage data is due in [[mid-January|date]].",
        "The talks resume in [[mid-March 2026|date]].",
        "The regulator cleared the deal [[that June|date]].",
        "The bank reported a rise in [[third-quarter|date]] profit.",
        "Sales slowed in [[the third quarter|date]] as demand fell.",
    ]

    @Test(arguments: periodCases) func findsExactlyTheMarkedPeriods(_ marked: String) {
        MarkedText(marked).expectExactly("date")
    }

    @Test func quartersWithoutYearTakeTheBylineYear() {
        let facts = MarkedText("By A. Writer, October 23, 2025\n\nThe bank reported a rise in third-quarter profit. Costs rose in the second quarter.").facts()
        let values = Dictionary(facts.filter { $0.type == .date }.map { ($0.answer, $0.value ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(values["third-quarter"] == "2025-Q3")
        #expect(values["the second quarter"] == "2025-Q2")
    }
}
