import Testing
@testable import DeckGenerator

/// `by mid-2025`: a year with a qualifier written as one word.
extension DateExtractorTests {
    static let midYearCases: [String] = [
        "Full production was expected by [[mid-2025|date]], after a start in [[2024|date]].",
        "Prices rose in [[early-2024|date]] and fell in [[the mid-1990s|date]].",
    ]

    @Test(arguments: midYearCases) func findsQualifiedYearsWrittenAsOneWord(_ marked: String) {
        MarkedText(marked).expectExactly("date")
    }
}

extension DateExtractorTests {
    @Test func secondDayJoinedByAnd() {
        MarkedText("The MPC is next scheduled to meet on [[March 25|date]] and [[26|date]].").expectExactly("date")
        MarkedText("Talks began on [[May 3|date]] and [[40|figure]] delegates came.").expectExactly("figure")
    }
}

extension DateExtractorTests {
    @Test func dayOfThatYearIsOneDate() {
        let facts = MarkedText("The carrier was banned in [[2020|date]]. After a crash on [[May 22 that year|date]], the minister spoke.").facts().filter { $0.type == .date }
        #expect(facts.map(\.answer) == ["2020", "May 22 that year"], "\(facts.map(\.answer))")
        #expect(facts.last?.value == "2020-05-22", "\(facts.map(\.value))")
    }
}
