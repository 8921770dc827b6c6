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

/// Set 17, second pass: names glued to a number, lone head words, a body's name without its country, a generic
/// name's head word, legislative chambers, `without` inside a name, `Senior` opening a sentence, headquarters.
extension GroupExtractorTests {
    @Test func nameGluedToANumberAfterAKindNoun() {
        let text = "The chief executive told the Chinese news site 52Qu that the ruling was regrettable."
        #expect(groups(text).map(\.answer).contains("52Qu"), "\(groups(text).map(\.answer))")
    }

    @Test func loneBodyHeadWithoutALongerNameIsNoGroup() {
        let text = "\"The Board has concluded that Vorlan needs a change,\" the company said. Vorlan's board met on Sunday."
        #expect(!groups(text).map(\.answer).contains("Board"), "\(groups(text).map(\.answer))")
        let named = "The Varnel Board of Trade met. The Board said prices would rise."
        #expect(groups(named).count >= 1)
    }

    @Test func bodyWithoutItsCountryAndAGenericNamesHeadWord() {
        let text = """
        The Election Commission of India said turnout was high. The opposition, led by the Indian National Congress, \
        gained. The Election Commission said 642 million people voted. Congress alone doubled its tally, and the \
        Trinamool Congress won 29 seats.
        """
        let found = groups(text)
        let commission = found.filter { names($0).contains("Election Commission") }
        #expect(commission.count == 1 && names(commission[0]).contains("Election Commission of India"), "\(found.map(names))")
        let congress = found.filter { names($0).contains("Congress") }
        #expect(congress.count == 1 && names(congress[0]).contains("Indian National Congress"), "\(found.map(names))")
    }

    @Test func chamberInAppositionAndWithoutInsideAName() {
        let text = """
        The party won 240 of the 543 seats in the Varsha Sabha, the lower house of parliament. Rivers without \
        Boundaries, an international coalition of conservation groups, said the project posed risks.
        """
        let answers = Set(groups(text).map(\.answer))
        #expect(answers.isSuperset(of: ["Varsha Sabha", "Rivers without Boundaries"]) && !answers.contains("Boundaries"), "\(answers)")
    }

    @Test func seniorOpeningASentenceAndHeadquartersAreNoPartOfAGroup() {
        let text = "Senior KTP leaders were also taken into custody. A crowd forced its way through a gate of the army's General Headquarters (GHQ)."
        let answers = Set(groups(text).map(\.answer))
        #expect(!answers.contains("Senior KTP") && !answers.contains("Headquarters"), "\(answers)")
        #expect(!PositionExtractorTests().roles(text).keys.contains("Headquarters"))
    }
}

extension GroupExtractorTests {
    @Test func businessNamedAfterAnInvestorsPossessive() {
        let text = "The board had been under pressure from activist investor Dan Hobb's Fourth Meridian, which called for changes."
        #expect(groups(text).map(\.answer).contains("Fourth Meridian"), "\(groups(text).map(\.answer))")
    }
}

extension GroupExtractorTests {
    @Test func commonNounAcronymsOfComputingAreNoGroups() {
        let text = "An administrator of the university's FTP server named the directory. The CPU and the GPU share RAM over USB."
        let answers = Set(groups(text).map(\.answer))
        #expect(answers.isDisjoint(with: ["FTP", "CPU", "GPU", "RAM", "USB"]), "\(answers)")
    }

    @Test func moreWellKnownCompaniesAndPapers() {
        let text = "The failure was the largest since Washington Mutual. He joined from Reckitt Benckiser, and Starboard Value built a stake, the Chicago Tribune reported."
        let answers = Set(groups(text).map(\.answer))
        #expect(answers.isSuperset(of: ["Washington Mutual", "Reckitt Benckiser", "Starboard Value", "Chicago Tribune"]), "\(answers)")
    }
}

/// Region sets again: a well-known name through `and`, a gloss after an acronym, `Opposition leader X`, `-speaking`,
/// `Parliament` alone.
extension GroupExtractorTests {
    @Test func wellKnownNameThroughAndAndAGlossAfterAnAcronym() {
        let text = """
        The Organization for Security and Co-operation in Europe's office deployed observers. The alliance is built \
        around the Janatha Varna Peramuna (JVP), or People's Freedom Front, a party that led two uprisings.
        """
        let found = groups(text)
        #expect(found.contains { $0.answer == "Organization for Security and Co-operation in Europe" }, "\(found.map(names))")
        #expect(found.contains { names($0).isSuperset(of: ["JVP", "People's Freedom Front"]) }, "\(found.map(names))")
    }

    @Test func oppositionBeforeARoleSpeakingModifierAndParliamentAlone() {
        let text = """
        Opposition leader Sajid Perera came second. The Varkals, a Turkic-speaking people, make up a third of the region. \
        Parliament was dissolved the following day.
        """
        let answers = Set(groups(text).map(\.answer))
        #expect(answers.isDisjoint(with: ["Opposition", "Turkic-speaking", "Parliament"]), "\(answers)")
        let withName = Set(groups("The European Parliament voted. Parliament later adjourned.").flatMap(names))
        #expect(withName.contains("European Parliament"), "\(withName)")
    }
}

/// What is bought for money, `Court` alone, a prize before `laureate`.
extension GroupExtractorTests {
    @Test func boughtForMoneyCourtAloneAndAPrize() {
        let text = """
        In 2016 Pelora bought Varnel Skyways for $2.6 billion. Its acquisitions: Ostrafilm for about $4 billion in 2012 \
        and Korvix for $1 billion. Court papers list many creditors. Nobel laureate Amir Dunn was sworn in.
        """
        let answers = Set(groups(text).map(\.answer))
        #expect(answers.isSuperset(of: ["Varnel Skyways", "Ostrafilm", "Korvix"]), "\(answers)")
        #expect(answers.isDisjoint(with: ["Court", "Nobel"]), "\(answers)")
        #expect(PositionExtractorTests().roles(text)["Amir Dunn"] == "laureate", "\(PositionExtractorTests().roles(text))")
    }
}

extension GroupExtractorTests {
    @Test func firstWordOfACuedThreeWordCompanyNotOfAKnownCompanysUnit() {
        let text = """
        Starbucks said it had named Varnel Mexican Grill chief executive Brian Nicol as its new chairman. Since he joined \
        Varnel, its shares have risen. Stan Deal, president of Boeing Commercial Airplanes, left Boeing.
        """
        let found = groups(text)
        #expect(found.contains { names($0).isSuperset(of: ["Varnel Mexican Grill", "Varnel"]) }, "\(found.map(names))")
        #expect(!found.contains { names($0).isSuperset(of: ["Boeing Commercial Airplanes", "Boeing"]) }, "\(found.map(names))")
    }
}
