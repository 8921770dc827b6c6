import Testing
@testable import DeckGenerator

/// Roles and stances: kept honorifics, opening occupations, `hired X … as`, `remain … as`,
/// successors after `by`, surname copies, relative clauses and reporting verbs after quotes.
extension PositionExtractorTests {
    @Test(arguments: [
        ("Chairman Sir Edmund Hale said the board was confident.", "Sir Edmund Hale", "Chairman"),
        ("Historian Nadia Ferrante, who wrote the history of the firm, has argued that it led the industry.", "Nadia Ferrante", "Historian"),
        ("In 1980 its board hired Ruth Okonkwo, formerly a vice-president of Unisys, as chief executive.", "Ruth Okonkwo", "chief executive"),
        ("Chief executive Tomas Berg will retire. Berg will remain on the board as a non-executive director until May.", "Berg", "non-executive director"),
        ("The panel, chaired by Nilsson's successor as president, Ada Brandt, met in 1967.", "Ada Brandt", "chair"),
    ]) func morePatternsGiveRoles(_ text: String, _ person: String, _ role: String) {
        let found = Set(positions(text, "role").map { "\($0.answer)|\($0.role ?? "")" })
        #expect(found.contains("\(person)|\(role)"), "in: \(text) found \(found)")
    }

    @Test func possessiveBeforeSuccessorHoldsNoRole() {
        #expect(roles("The panel, chaired by Nilsson's successor as president, Ada Brandt, met in 1967.")["Nilsson"] == nil)
    }

    @Test func surnameCopyOfAFullNamesRoleIsDropped() {
        let text = "Harlow to buy Pennine; CEO Marsh to step down\n\nHarlow's chief executive, Owen Marsh, will retire. Marsh will remain on the board as a non-executive director."
        let found = positions(text, "role").map { "\($0.answer)|\($0.role ?? "")" }
        #expect(!found.contains("Marsh|CEO"))
        #expect(found.contains("Owen Marsh|chief executive"))
        #expect(found.contains("Marsh|non-executive director"))
    }

    @Test func relativeClausesAndTitledSpeakers() {
        let text = """
        Adaeze Obi, who founded Larkspur and still holds 3% of its shares, said she was thrilled. \
        Pieter Vos, the group's finance director, who joined from a rival last March, said the bank expects growth. \
        "Workers get a letter," said FWU general secretary Mark Hume, who called on the government to act.
        """
        let stances = positions(text, "stance").map(\.answer)
        #expect(stances.contains("Adaeze Obi"))
        #expect(!stances.contains("Larkspur"))
        #expect(stances.contains("Pieter Vos"))
        #expect(stances.filter { $0 == "Mark Hume" }.count == 2)
    }

    @Test func fragmentsAfterAReportingVerbAndGerundObjectsAreNoStances() {
        let text = """
        Harrow Bank reported a rise in profit, beating forecasts. "The brands are growing," Carlsen said on a call with analysts. \
        "Every cut costs us," she told reporters on a call.
        """
        let stances = positions(text, "stance").compactMap(\.stance)
        #expect(!stances.contains("forecasts"))
        #expect(!stances.contains { $0.hasPrefix("on a call") || $0.hasPrefix("reporters on") })
    }

    @Test func theCompanyIsTheArticlesCompany() {
        let text = """
        Larkspur Foods agreed to be bought. Larkspur Foods makes crisps. The Bakers Union said jobs were at risk. \
        The company said no decision had been taken.
        """
        let stance = positions(text, "stance").first { $0.stance?.hasPrefix("no decision") == true }
        #expect(stance?.answer == "Larkspur Foods")
    }
}
