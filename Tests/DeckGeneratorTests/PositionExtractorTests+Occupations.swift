import Testing
@testable import DeckGenerator

/// Roles from plain occupations in appositions (`Maria Lopez, a teacher in Kabul`, a one-word name too),
/// hyphenated titles after a body (`UN Secretary-General X`), membership lists (`The board included A,
/// B and C`); stances from two `that` clauses, reported speech before `, said X`, and `according to X`
/// after the clause it reports.
extension PositionExtractorTests {
    @Test(arguments: [
        "[[Maria Lopez|role:teacher]], a teacher in Kabul, said the school had closed.",
        "[[Ahmad|role:construction worker]], a construction worker, lost his job in March.",
        "\"We lost everything,\" said [[Gulnara Toktosunova|role:teacher]], 46, a teacher in the village of Kok-Tash.",
        "UN Secretary-General [[Antonio Guterres|role:Secretary-General]] said it showed the power of dialogue.",
        "The board included [[Anna Berg|role:member of the board]], [[Peter Olsen|role:member of the board]] and [[Karl Moe|role:member of the board]].",
        "The first council, elected in 2019, included van Rossum himself, along with [[Brett Cannon|role:member of the first council]] and [[Carol Willing|role:member of the first council]].",
        "Its members include [[Anna Berg|role:member]] and [[Peter Olsen|role:member]].",
        // A company in an apposition, and a list of companies, hold no role.
        "Acme, a construction company, lost the contract in March.",
        "The index included Nordwind and Caldera Holdings.",
    ]) func occupationsTitlesAndMembers(_ marked: String) { checkRoles(marked) }

    @Test func theBodyBeforeAHyphenatedTitleIsItsOf() {
        let found = positions("The United Nations (UN) met. UN Secretary-General Antonio Guterres said it showed the power of dialogue.", "role")
        #expect(found.contains { $0.answer == "Antonio Guterres" && $0.of == "UN" }, "\(found.map { ($0.answer, $0.role, $0.of) })")
    }

    @Test func aMemberListTakesTheBodyNamedBefore() {
        let found = positions("The Steering Council was created in 2018. The council included Anna Berg and Peter Olsen.", "role")
        #expect(found.filter { $0.of == "Steering Council" }.count == 2, "\(found.map { ($0.answer, $0.role, $0.of) })")
    }

    @Test(arguments: [
        "The opposition [[Democratic Reform Party|stance]] said the government had mortgaged the economy and that salaried workers were bearing an unfair share of the tax burden.",
        "Demarcation on the ground could take several years, said [[Aziz Rakhimov|stance]], an analyst at the Central Asia Institute.",
        "At least 12 people were killed in clashes in November, according to [[Human Rights Watch|stance]], a New York-based rights group.",
        // `X, the UN rapporteur, told …`: the subject speaks, not the body after the verb.
        "[[Richard Bennett|stance]], the UN special rapporteur, told the Human Rights Council in Geneva that hardship was growing.",
    ]) func reportedSpeechAndTwoViews(_ marked: String) { expectExactActors(marked) }

    @Test func twoThatClausesAreTwoViews() {
        let found = positions("The opposition Democratic Reform Party said the government had mortgaged the economy and that salaried workers were bearing an unfair share.", "stance")
        #expect(Set(found.compactMap(\.stance)) == ["the government had mortgaged the economy", "salaried workers were bearing an unfair share"], "\(found.map(\.stance))")
    }

    @Test func theViewBeforeAccordingToIsTheClauseBefore() {
        let found = positions("At least 12 people were killed in clashes in November, according to Human Rights Watch, a New York-based rights group.", "stance")
        #expect(found.first?.stance == "At least 12 people were killed in clashes in November", "\(found.map(\.stance))")
    }

    @Test func aQuoteReportedToAnAudienceGivesNoSecondView() {
        let found = positions("\"Today we close a painful chapter,\" Sadyr Japarov told reporters.", "stance")
        #expect(found.count == 1 && found.first?.stance?.hasPrefix("\"Today") == true, "\(found.map(\.stance))")
    }
}
