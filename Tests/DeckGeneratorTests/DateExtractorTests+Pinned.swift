import Testing
@testable import DeckGenerator

/// Bare weekdays, `"Today we`, dates pointing back (`the same year`, `The following day`, `the year before`),
/// `the end of the year` and `for September`.
extension DateExtractorTests {
    static let pinnedCases: [String] = [
        "By Sarah Lee, [[March 11, 2023|date]]\n\nBy [[Sunday|date]] morning, officials said the guns had fallen silent.",
        "By Sarah Lee, [[March 11, 2023|date]]\n\nThe last troops would leave by [[Wednesday|date]].",
        "By Sarah Lee, [[March 11, 2023|date]]\n\nAs recently as [[Wednesday|date]], the bank had tried to reassure clients.",
        "By Sarah Lee, [[March 11, 2023|date]]\n\nHe announced that [[Sunday|date]] would be observed as a day of thanks.",
        "Good Friday falls late, and the Sunday Times ran a story about Sunday school.",
        "Every Sunday we meet; the first Monday of each month is a holiday; a rainy Sunday afternoon.",
        "I love Saturday morning cartoons.",
        "The meeting takes place Wednesday, [[April 12, 2023|date]].",
        "By Sarah Lee, [[March 11, 2023|date]]\n\n\"[[Today|date]] we welcome them to the team,\" he wrote.",
        "Today we know that the Earth is round.",
        "On [[April 22|date]], gunmen attacked tourists. [[The following day|date]], India shut the border.",
        "In [[1973|date]], they rewrote it. [[That year|date]], the pair moved. [[The same year|date]], pipes arrived.",
        "It was released on [[January 1, 1984|date]]. Its rival had come out [[the year before|date]], and sold well.",
        "The day before the vote, he resigned. Nobody knew what the next day would bring.",
        "The exchange filed for bankruptcy on [[Friday|date]]. Its founder resigned the same day.",
        "Hasina fled on [[Aug. 5 of that year|date]] after protests that began in [[2024|date]].",
        "He will stay on until [[the end of the year|date]].",
        "The first review is scheduled for [[September|date]].",
    ]

    @Test(arguments: pinnedCases) func findsExactlyTheMarkedPinnedDates(_ marked: String) {
        MarkedText(marked).expectExactly("date")
    }

    @Test func pinnedDatesTakeTheirValues() {
        let text = """
        By Sarah Lee, March 11, 2023

        As recently as Wednesday, the bank said depositors would have access to their money by Monday. "Today we act," he said. \
        In 1973 the kernel was rewritten. The following year, it spread. On April 22, 2023, gunmen struck. The following day, \
        talks ended. It said it would hold rates until the end of the year.
        """
        let facts = MarkedText(text).facts()
        let values = Dictionary(facts.filter { $0.type == .date }.map { ($0.answer, $0.value ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(values["Wednesday"] == "2023-03-08")
        #expect(values["Monday"] == "2023-03-13")
        #expect(values["Today"] == "2023-03-11")
        #expect(values["The following year"] == "1974")
        #expect(values["The following day"] == "2023-04-23")
        #expect(values["the end of the year"] == "2023")
    }
}
