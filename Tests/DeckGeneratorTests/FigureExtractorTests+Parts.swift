import Testing
@testable import DeckGenerator

/// Partitive counts and numbers inside codes.
extension FigureExtractorTests {
    static let partCases: [String] = [
        "It will close [[two|figure]] of Larkspur's [[four|figure]] factories.",
        "It sold [[three|figure]] of the [[five|figure]] plants.",
        "A panel set up committee X3.9.2 to write the standard.",
        "The arrival of the System/360 line hurt sales.",
    ]

    @Test(arguments: partCases) func findsExactlyTheMarkedParts(_ marked: String) {
        MarkedText(marked).expectExactly("figure")
    }
}
