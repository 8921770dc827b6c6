import Testing
@testable import DeckGenerator

/// Dates in marked text: `[[answer|date]]` marks every date the extractor must find, and nothing else may be found.
@Suite struct DateExtractorTests {
    static let cases: [String] = [
        "In [[2023|date]], 645 attacks were recorded.",
        "[[2024|date]], however, saw an even higher number with 856 incidents.",
        "Since [[December, 2024|date]], clashes have intensified.",
        "The TTP was listed on [[July 29, 2011|date]], by the UN.",
        "The deal was signed on [[29 July 2011|date]] in Geneva.",
        "The first chip worked on [[Jan. 5, 1985|date]] at the first attempt.",
        "In an interview on [[January 5|date]], the expert spoke.",
        "Vanessa Sevidova [[12.01.2025|date]]",
        "The report is dated [[2025-01-12|date]].",
        "The group emerged in [[the late 1990s|date]] after the war.",
        "Both currently and in [[the 1990s|date]], the view was shared.",
        "In [[the mid-1970s|date]] Kenneth Bowles led a team.",
        "The programme ran from [[2007|date]] to [[2011|date]].",
        "Prices rose between [[2015|date]] and [[2019|date]].",
        "The war lasted [[1914|date]]–[[1918|date]].",
        "The fiscal year [[2010|date]]-[[11|date]] was difficult.",
        "Sales fell in [[the first quarter of 2024|date]].",
        "Revenue rose in [[Q3 2023|date]] on strong demand.",
        "The dam was finished in [[the summer of 1936|date]].",
        "The canal opened in [[the 19th century|date]].",
        "For 20 years, Pakistan backed the group.",
        "The company employs 1500 workers in 12 plants.",
        "More than 2,000 people attended.",
        "The meeting is at 10:30 on the second floor.",
        "Windows 2000 was released by the firm.",
        "Voting closes in [[May|date]], officials said.",
        "May I ask a question?",
    ]

    @Test(arguments: cases) func findsExactlyTheMarkedDates(_ marked: String) {
        MarkedText(marked).expectExactly("date")
    }

    @Test func valuesAreISO() {
        let facts = MarkedText("Vanessa Sevidova 12.01.2025\n\nSince December, 2024, clashes grew. On July 29, 2011, it was listed. On January 5, he spoke. In the late 1990s it began. The strikes started last December.").facts()
        let values = Dictionary(facts.filter { $0.type == .date }.map { ($0.answer, $0.value ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(values["12.01.2025"] == "2025-01-12")
        #expect(values["December, 2024"] == "2024-12")
        #expect(values["July 29, 2011"] == "2011-07-29")
        #expect(values["January 5"] == "--01-05")
        #expect(values["the late 1990s"] == "199X")
        #expect(values["last December"] == "2024-12")
    }

    @Test func relativeDatesFollowTheByline() {
        let facts = MarkedText("By A. Writer, March 14, 2024\n\nThe bank raised rates on Thursday. It cut them last year and again last month. It expects a pause next June.").facts()
        let values = Dictionary(facts.filter { $0.type == .date }.map { ($0.answer, $0.value ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(values["Thursday"] == "2024-03-14")
        #expect(values["last year"] == "2023")
        #expect(values["last month"] == "2024-02")
        #expect(values["next June"] == "2024-06")
    }

    @Test func modifierDatesCurrentYearAndSeasons() {
        let facts = MarkedText("By A. Writer, March 14, 2024\n\nThe law must pass before the April 15 deadline. Sales will grow 3% in the current year. A review will follow in the autumn. Prices fell after the fall of the regime. May 5 people came.").facts()
        let values = Dictionary(facts.filter { $0.type == .date }.map { ($0.answer, $0.value ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(values["April 15"] == "--04-15")
        #expect(values["the current year"] == "2024")
        #expect(values["the autumn"] == "2024-23")
        #expect(values["the fall"] == nil)
        #expect(values["May 5"] == nil)
        #expect(!facts.contains { $0.type == .figure && $0.answer == "15" })
    }

    @Test func previousWeekday() {
        #expect(CalendarMath.previousWeekday(4, onOrBefore: (2024, 3, 14)) == "2024-03-14")
        #expect(CalendarMath.previousWeekday(3, onOrBefore: (2024, 3, 14)) == "2024-03-13")
        #expect(CalendarMath.previousWeekday(5, onOrBefore: (2024, 3, 14)) == "2024-03-08")
    }
}
