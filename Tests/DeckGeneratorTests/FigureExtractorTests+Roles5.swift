import Testing
@testable import DeckGenerator

/// `half a point`, `half a percentage point`, `a further half point`; `Two of the directors`, `Two of them` after a
/// count in the sentence before; `four AA batteries`; `The final vote was 11 to 1` (one tally); not figures: `3D`,
/// the second day of `November 6-7`.
extension FigureExtractorTests {
    static let roles5Cases: [String] = [
        "The Fed cut rates by [[half a point|figure]], or [[half a percentage point|figure]], and expects [[a further half point|figure]].",
        "[[Only six|figure]] candidates were approved. [[Two|figure]] of them withdrew.",
        "[[Two|figure]] of the directors who voted to remove him are leaving.",
        "It ran on [[four|figure]] AA batteries.",
        "The final vote was [[11 to 1|figure]].",
        "It was a red-and-black 3D headset.",
        "The meeting is scheduled for November 6-7.",
    ]

    @Test(arguments: roles5Cases) func findsExactlyTheMarkedHalfPointsAndParts(_ marked: String) {
        MarkedText(marked).expectExactly("figure")
    }
}
