import Testing
@testable import DeckGenerator

/// Name edges seen on set 17 (company news, technology history): `and` inside a unit's or a museum's name, a
/// founder-named company with its suffix, laws named like bodies, product codes and common-noun acronyms,
/// headline words, lists of people after a plural role.
extension GroupExtractorTests {
    @Test func andInsideAUnitsNameInAppositionAndAfterAPossessive() {
        let text = """
        Vorlan had also pushed through a reorganisation that centralised budget decisions in a new unit, Vorlan Media and \
        Content Distribution, a move that angered executives. She is a curator at the Velmont's National Rail and Sea Museum.
        """
        let answers = Set(groups(text).map(\.answer))
        #expect(answers.contains("Vorlan Media and Content Distribution") && answers.contains("National Rail and Sea Museum"), "\(answers)")
        #expect(!answers.contains("Content Distribution") && !answers.contains("National Rail"), "\(answers)")
    }

    @Test func founderNamedCompanyWithSuffixIsTheSurnamesCompany() {
        let text = "Tomas Brandel Co said on Sunday that its chief would return. Brandel has agreed to serve for two years, the company said. Brandel shares rose."
        let found = groups(text).filter { names($0).contains("Brandel") }
        #expect(found.count == 1 && names(found[0]).contains("Tomas Brandel Co"), "\(groups(text).map(names))")
    }

    @Test func lawNamedBeforeALawNounIsNoGroup() {
        let text = "A clash with the governor over the state's Parental Choice in Schooling law followed. Critics oppose the Fair Wages law."
        let answers = groups(text).map(\.answer)
        #expect(!answers.contains("Parental Choice") && !answers.contains("Fair Wages"), "\(answers)")
    }

    @Test func ordinalOpeningACompanysNameAndWellKnownStudios() {
        let text = "Its acquisitions: Pixar for $7.4 billion in 2006, Lucasfilm in 2012 and most of 21st Century Fox for $71.3 billion in 2019."
        let answers = Set(groups(text).map(\.answer))
        #expect(answers.isSuperset(of: ["Pixar", "Lucasfilm", "21st Century Fox"]), "\(answers)")
    }

    @Test func productCodesAndCommonNounAcronymsAreNoGroups() {
        let text = """
        Corvane, a small Portland-area company run by Ada Brill, bought an operating system called 64-OSX from Portland \
        Computer Products for $75,000. Rivals needed only to copy its basic input/output system, or BIOS, the one part \
        it owned outright. Engineers recreated the BIOS.
        """
        let answers = Set(groups(text).map(\.answer))
        #expect(answers.contains("Portland Computer Products"), "\(answers)")
        #expect(!answers.contains("OSX") && !answers.contains("BIOS") && !answers.contains("Portland-area"), "\(answers)")
    }

    @Test func headlineHeadWordAndPublicationWithItsKindNoun() {
        let text = """
        Board cites "industry transformation" as losses mount

        Vorlan's board said the change was needed. Time magazine named the computer its machine of the year.
        """
        let answers = Set(groups(text).map(\.answer))
        #expect(!answers.contains("Board") && answers.contains("Time magazine"), "\(answers)")
    }

    @Test func listOfPeopleAfterAPluralRoleNounAreNoGroups() {
        let text = "In 1982, three former Korvel managers, Ada Brill, Tom Hadley and Jim Varga, founded Ostrel, whose engineers built the machine."
        let answers = groups(text).map(\.answer)
        #expect(!answers.contains("Jim Varga") && !answers.contains("Tom Hadley"), "\(answers)")
    }
}
