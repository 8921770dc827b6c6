import Testing
@testable import DeckGenerator

/// `Half a century`, `two-time`, `16 times` after a name, capitalised plurals, `two of them`, `Fifty years ago
/// today`, `three decades ago`, `A%-B%`; not figures: a lone `one`, codes (`PDP-11/20`, `GMT+5:30`, `4.2BSD`).
extension FigureExtractorTests {
    static let countCases: [String] = [
        "[[Half a century|figure]] later, its descendants run the world's servers.",
        "It has lasted [[nearly half a decade|figure]] and cost [[a quarter of a century|figure]] of savings.",
        "Massimov, a [[two-time|figure]] prime minister, had been a one-time ally.",
        "Sri Lanka has turned to the IMF [[16|figure]] times before.",
        "The air force shot down [[five|figure]] Indian jets, including [[three|figure]] French-made Rafales.",
        "The [[two|figure]] countries have fought [[three|figure]] wars, [[two|figure]] of them over Kashmir.",
        "The two of them met. Two of them left.",
        "[[Fifty years|figure]] ago today, researchers finished the manual.",
        "The worst violence since independence [[three decades|figure]] ago.",
        "The Fed lifted its rate to a range of [[4.50%-4.75%|figure]].",
        "The mechanism lets one program feed another; one lesson is clear; it was sketched out one summer.",
        "It cost [[one dollar|figure]] and took [[one year|figure]].",
        "Management agreed to buy a DEC PDP-11/20, which cost [[about $65,000|figure]].",
        "March 21, 2023 · 9:42 AM GMT+5:30",
        "Later versions included 4.2BSD, with [[10GB|figure]] of disk.",
    ]

    @Test(arguments: countCases) func findsExactlyTheMarkedCounts(_ marked: String) {
        MarkedText(marked).expectExactly("figure")
    }

    @Test func countValues() {
        let facts = MarkedText("Half a century later, rates sat at 4.50%-4.75%; a two-time winner.").facts().filter { $0.type == .figure }
        let values = Dictionary(facts.map { ($0.answer, ($0.value ?? "", $0.unit ?? "")) }, uniquingKeysWith: { a, _ in a })
        #expect(values["Half a century"]?.0 == "50")
        #expect(values["Half a century"]?.1 == "years")
        #expect(values["4.50%-4.75%"]?.0 == "4.5-4.75")
        #expect(values["two-time"]?.1 == "times")
    }
}
