import Testing
@testable import DeckGenerator

/// Groups of sets 18 and 19: the acronym of a document is no group; well-known companies and blocs named bare.
extension GroupExtractorTests {
    @Test func acronymOfAMemorandumIsNoGroup() {
        let answers = groups("The two carmakers had signed a memorandum of understanding (MOU) on December 23.").map(\.answer)
        #expect(!answers.contains("MOU"), "\(answers)")
    }

    @Test(arguments: [
        "[[Credit Suisse|group]] lost about $5.5 billion, and Japan's [[Nomura|group]] about $2.9 billion.",
        "Andreessen went on to co-found [[Netscape|group]], whose browser was launched in 1994.",
        "In Japan, [[Ricoh|group]] built a derivative of the chip.",
        "The mine is operated by Canada's [[Centerra Gold|group]].",
    ])
    func wellKnownOrganisationsOfSet18(_ marked: String) {
        MarkedText(marked).expectExactly("group")
    }

    @Test func spacelessDashJoinsOneParty() {
        let answers = groups("The HUN Party won eight seats, while the Civil Will–Green Party won four.").map(\.answer)
        #expect(answers.contains("Civil Will–Green Party"), "\(answers)")
        #expect(!answers.contains("Green Party"), "\(answers)")
    }

    @Test func chipTechnologyAcronymIsNoGroup() {
        let answers = groups("WDC's low-power CMOS version found its way into the console.").map(\.answer)
        #expect(!answers.contains("CMOS"), "\(answers)")
    }
}
