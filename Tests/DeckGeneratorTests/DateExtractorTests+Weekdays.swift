import Testing
@testable import DeckGenerator

/// Weekdays: `on`, `last`, `next`, `since` and the possessive (`Thursday's deal`), valued from the byline.
extension DateExtractorTests {
    @Test(arguments: [
        "The president welcomed [[Thursday|date]]'s deal as historic.",
        "Prices have risen [[since Monday|date]].".replacingOccurrences(of: "[[since Monday|date]]", with: "since [[Monday|date]]"),
        "Officials met [[last Thursday|date]] and will meet again [[next Thursday|date]].",
        "The talks ended [[on Friday|date]].".replacingOccurrences(of: "[[on Friday|date]]", with: "on [[Friday|date]]"),
        "Thursday Island is in the Torres Strait.",
    ]) func findsExactlyTheMarkedWeekdays(_ marked: String) {
        MarkedText(marked).expectExactly("date")
    }

    @Test func weekdaysTakeTheirDayFromTheByline() {
        // 13 March 2025 was a Thursday.
        let facts = MarkedText("By A. Writer, March 13, 2025\n\nThe president welcomed Thursday's deal. Officials met last Thursday and meet again next Thursday. Talks began on Monday.").facts()
        let values = facts.filter { $0.type == .date }.map { "\($0.answer)=\($0.value ?? "")" }
        #expect(values.contains("Thursday=2025-03-13"), "\(values)")
        #expect(values.contains("last Thursday=2025-03-06"), "\(values)")
        #expect(values.contains("next Thursday=2025-03-20"), "\(values)")
        #expect(values.contains("Monday=2025-03-10"), "\(values)")
    }
}
