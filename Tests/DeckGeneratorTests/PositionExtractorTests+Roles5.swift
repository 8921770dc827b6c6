import Testing
@testable import DeckGenerator

/// Political labels hold no office, a titled name after a comma is the next item of a list, `as ROLE` ends
/// before a preposition (seen on the dev set), and one role written in two word orders is one fact.
extension PositionExtractorTests {
    @Test(arguments: [
        "Pezeshkian won, beating hardliner Saeed Jalili in the runoff.",
        "The snap election followed the death of Ebrahim Raisi, a hardliner seen as a possible successor.",
    ]) func politicalLabelsAreNoRoles(_ text: String) {
        #expect(positions(text, "role").isEmpty, "\(positions(text, "role").map { ($0.answer, $0.role) })")
    }

    @Test func labelBeforeATitleKeepsTheTitle() {
        let found = positions("He served under reformist President Mohammad Khatami for four years.", "role").compactMap(\.role)
        #expect(found == ["President"], "\(found)")
    }

    @Test func titledListItemsAreNoApposition() {
        let text = "Others include former central bank governor Salehuddin Ahmed, former foreign secretary Touhid Hossain and environmental lawyer Syeda Rizwana Hasan."
        let found = roles(text)
        #expect(found["Salehuddin Ahmed"] == "former central bank governor", "\(found)")
        #expect(found["Touhid Hossain"] == "former foreign secretary", "\(found)")
        #expect(found["Syeda Rizwana Hasan"] == "environmental lawyer", "\(found)")
    }

    @Test func oneRoleInTwoWordOrdersIsOneFact() {
        #expect(NameFinder.sameRoleWords("openai chief executive", "chief executive of openai"))
        #expect(!NameFinder.sameRoleWords("chief executive", "chief executive of openai"))
    }
}
