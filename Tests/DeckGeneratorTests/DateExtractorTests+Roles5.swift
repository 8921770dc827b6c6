import Testing
@testable import DeckGenerator

/// `yesterday`, `last night`, `today` in a quotation, `Nov. 30 last year` and `On Monday last week` as one date,
/// `November 6-7` as one date (no figure 7).
extension DateExtractorTests {
    static let roles5Cases: [String] = [
        "By Sarah Lee, [[March 11, 2023|date]]\n\nHe was sworn in [[last night|date]] and had flown in from Paris [[yesterday|date]] afternoon.",
        "By Sarah Lee, [[March 11, 2023|date]]\n\n\"I have resigned effective [[today|date]] to ease the crisis,\" he wrote.",
        "By Sarah Lee, [[March 11, 2023|date]]\n\n\"Our decision [[today|date]] is designed to keep it there,\" she said.",
        "Phones today are faster than ever, and today's chips are smaller.",
        "By Sarah Lee, [[March 11, 2023|date]]\n\nIt launched on [[Nov. 30 last year|date]].",
        "By Sarah Lee, [[March 11, 2023|date]]\n\nOn [[Monday last week|date]], students marched on parliament.",
        "The next meeting is scheduled for [[November 6-7|date]].",
    ]

    @Test(arguments: roles5Cases) func findsExactlyTheMarkedRelativeDays(_ marked: String) {
        MarkedText(marked).expectExactly("date")
    }
}
