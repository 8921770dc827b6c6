import Testing
@testable import DeckGenerator

/// Weeks, months as modifiers or subjects, `August last year`, month ranges, and datelines without a year.
extension DateExtractorTests {
    static let figdatesCases: [String] = [
        "The minister wrote on Facebook [[this week|date]] that exports would stop.",
        "The Fed cut its rate [[last week|date]].",
        "Talks resume [[next week|date]] in Geneva.",
        "Bangladesh sets [[February|date]] election date",
        "\"We think [[July|date]] is the most likely timing,\" she said.",
        "Japan's economy shrank in the [[July-September|date]] quarter.",
        "Protests toppled the government in [[August last year|date]].",
        "The plant opens in [[March next year|date]].",
        "A referendum on the July Charter will be held.",
        "May is a verb here.",
        "The week was long.",
        "The deficit fell to 1.3pc of GDP in [[FY25|date]] and the target for [[FY2026|date]] is tighter.",
        "The FYI note and the FY-end close are no dates.",
    ]

    @Test(arguments: figdatesCases) func findsExactlyTheMarkedFigdatesDates(_ marked: String) {
        MarkedText(marked).expectExactly("date")
    }

    @Test func weeksAndMonthsOfRelativeYears() {
        let facts = MarkedText("By A. Writer, March 14, 2024\n\nThe bank met this week and last week. It opened in August last year and will close in June next year. Output fell in the July-September quarter.").facts()
        let values = Dictionary(facts.filter { $0.type == .date }.map { ($0.answer, $0.value ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(values["this week"] == "2024-W11")
        #expect(values["last week"] == "2024-W10")
        #expect(values["August last year"] == "2023-08")
        #expect(values["June next year"] == "2025-06")
        #expect(values["July-September"] == "--07/--09")
    }

    @Test func isoWeeksCrossYears() {
        #expect(Analyzer.isoWeek((2025, 12, 11), offset: 0) == "2025-W50")
        #expect(Analyzer.isoWeek((2021, 1, 1), offset: 0) == "2020-W53")
        #expect(Analyzer.isoWeek((2024, 12, 30), offset: 0) == "2025-W01")
        #expect(Analyzer.isoWeek((2025, 1, 2), offset: -1) == "2024-W52")
    }

    @Test func datelineWithoutAYearIsTheDocumentsDay() {
        let text = "DHAKA, Dec 11 (Reuters) - The election was announced on Thursday, after protests toppled the leader in August last year.\n\nThe interim government has ruled since August 2024. On Aug. 15, 2024, crowds gathered. Prices rose last year."
        let facts = MarkedText(text).facts()
        let values = Dictionary(facts.filter { $0.type == .date }.map { ($0.answer, $0.value ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(values["Thursday"] == "2025-12-11")
        #expect(values["August last year"] == "2024-08")
        #expect(values["last year"] == "2024")
    }

    @Test func datelineWithoutAnInferableYearKeepsNoYear() {
        let text = "TOKYO, Dec 19 (Reuters) - The bank raised rates on Friday. It last moved in March 2024, and held last month. On July 1, 2013, it began."
        let facts = MarkedText(text).facts()
        let values = Dictionary(facts.filter { $0.type == .date }.map { ($0.answer, $0.value ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(values["last month"] == "--11")
        #expect(values["Friday"] == "")
    }
}
