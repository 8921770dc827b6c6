import Testing
@testable import DeckGenerator

/// Bare names made groups by the words around them, long names defined by an acronym, terms that only look
/// like groups, and aliases linked across the text.
extension GroupExtractorTests {
    @Test func examplesAfterAPluralKindOfOrganisation() {
        let text = """
        Dutch groups such as Verhoven and Kessel Bio have signed deals. The merger was opposed by the chipmaker's licensees, \
        including Morvana and Telluric. Early customers included Brandt, Osterlo and Quillon. \
        Chips such as the Zento 4000 were too slow. The board, including deputy governors Ryo Himura and Ken Abe, agreed.
        """
        let answers = Set(groups(text).map(\.answer))
        #expect(answers.isSuperset(of: ["Verhoven", "Kessel Bio", "Morvana", "Telluric", "Brandt", "Osterlo", "Quillon"]))
        #expect(!answers.contains("Zento"))
        #expect(!answers.contains("Ryo Himura"))
    }

    @Test func kindNounBeforeABareName() {
        let text = """
        The figures were compiled by investment bank Calloway. Ruritania's state utility Energo Ruri signed the deal. \
        The chipmaker Zentrix cut prices. Deeper cuts came from broadcaster Kanal Nord.
        """
        let answers = Set(groups(text).map(\.answer))
        #expect(answers.isSuperset(of: ["Calloway", "Energo Ruri", "Zentrix", "Kanal Nord"]))
    }

    @Test func appositionsHeadedByAKindOfOrganisation() {
        let text = """
        Ruritania's largest labour union group, Sorenko, has said it will seek higher pay. \
        Voters will elect 300 members of the Volkskamer, the national parliament, in May.
        """
        let answers = Set(groups(text).map(\.answer))
        #expect(answers.isSuperset(of: ["Sorenko", "Volkskamer"]))
    }

    @Test func employersMarketsAndPlatformsByTheirPrepositions() {
        let text = """
        Jane Roe, head of European equities research at Halloran, called it sensible. The firm recruited from Pellwood last year. \
        The company listed on the Vienna Stock Exchange and on Quotex in 1998. Shares in Brill, which is listed on Oslo's tech-focused \
        Nordlist market, jumped. A former minister wrote on Chirper this week that the plan would fail. \
        The former Kessel Biologics scientist founded the firm.
        """
        let answers = Set(groups(text).map(\.answer))
        #expect(answers.isSuperset(of: ["Halloran", "Pellwood", "Vienna Stock Exchange", "Quotex", "Nordlist", "Chirper", "Kessel Biologics"]))
    }

    @Test func longNamesSpelledByTheirAcronyms() {
        let text = """
        The UN Relief Mission in Ruritania (UNRMR) left. Funds went to Ain o Nyaya Kendra (ANK). \
        The country's Northern Power and Despatch Company (NPDC) and the US Food and Drug Administration (FDA) agreed. \
        The Sea Food Programme (SFP) cut rations. Britain's Foreign, Commonwealth & Development Office paid for it. \
        The National Electric Grid of Ruritania (NEGR) runs the line.
        """
        let found = groups(text)
        let answers = Set(found.map(\.answer))
        #expect(answers.isSuperset(of: ["UN Relief Mission in Ruritania", "Ain o Nyaya Kendra", "Northern Power and Despatch Company",
                                        "US Food and Drug Administration", "Sea Food Programme", "Foreign, Commonwealth & Development Office",
                                        "National Electric Grid of Ruritania"]))
        #expect(found.first { $0.answer == "US Food and Drug Administration" }.map(names)?.isSuperset(of: ["FDA", "Food and Drug Administration"]) == true)
        #expect(found.first { $0.answer == "Sea Food Programme" }?.aliases == ["SFP"])
    }

    /// The last spelled word need not be a name run of its own: `Technology` after `and` is a common noun.
    @Test func commaListsSpelledByTheirAcronyms() {
        let text = """
        The Department for Science, Innovation and Technology (DSIT) said so. \
        The Office for Housing, Transport and Energy (OHTE) agreed.
        """
        let found = groups(text)
        #expect(found.first { $0.answer == "Department for Science, Innovation and Technology" }?.aliases == ["DSIT"])
        #expect(found.first { $0.answer == "Office for Housing, Transport and Energy" }?.aliases == ["OHTE"])
        #expect(!found.contains { $0.answer == "Innovation" || $0.answer == "Department for Science" })
    }

    @Test func termsAdjectivesAndModelsAreNotGroups() {
        let text = """
        Yields on the Ruritanian government bond (RGB) rose after the end of yield curve control (YCC). \
        The chip is a reduced instruction set computer (RISC) design. Many NGOs left the country. \
        Mahaz, the country's largest Islamist party, can run. Board member Jo Tamm dissented. \
        The first chip, the ZX1, was made by Corvex Technology, and the ZX2 followed.
        """
        let answers = Set(groups(text).flatMap(names))
        for term in ["RGB", "YCC", "RISC", "NGOs", "Islamist", "Board", "ZX1", "ZX2"] { #expect(!answers.contains(term), "\(term)") }
        #expect(answers.contains("Corvex Technology"))
    }

    @Test func slashJoinedNamesAreOne() {
        let text = """
        Radio Free Ruritania/Radio Liberty (RFR/RL) reported the story. RFR/RL's Tajik Service, known locally as Ozodi, \
        spoke to the minister. With reporting by RFR/RL's Radio Sabah and Radio Nur.
        """
        let found = groups(text)
        let answers = Set(found.flatMap(names))
        #expect(answers.isSuperset(of: ["RFR/RL", "Radio Sabah", "Radio Nur"]))
        #expect(!answers.contains("RL"))
        #expect(found.first { $0.answer == "Tajik Service" }.map(names)?.contains("Ozodi") == true)
    }

    @Test func acronymsAndShortNamesLinkToKnownGroups() {
        let text = """
        The Bank of Ruritania raised rates. The BOR said more hikes may follow. The first chip was made by Corvex Technology. \
        Corvex supplied tools; CRVX did not. Later, VLTX Semiconductor agreed to help, and VLTX shipped parts. \
        The Nepal Jamaat-e-Islami can contest the vote. Jamaat-e-Islami leaders met. Jamaat chief Ali Khan said it would run.
        """
        let found = groups(text)
        #expect(found.first { $0.answer == "Bank of Ruritania" }?.aliases == ["BOR"])
        #expect(found.first { $0.answer == "VLTX Semiconductor" }?.aliases == ["VLTX"])
        #expect(found.first { $0.answer == "Nepal Jamaat-e-Islami" }.map(names)?.isSuperset(of: ["Jamaat", "Jamaat-e-Islami"]) == true)
        #expect(!found.contains { $0.answer == "Jamaat" || $0.answer == "BOR" })
    }

    @Test func namesJoinedByAndToACompanyAreCompanies() {
        let found = groups("Acme spun out a joint venture with Pomona Computer and Corvex Technology. Pomona invested £1.5 million.")
        #expect(Set(found.flatMap(names)).isSuperset(of: ["Pomona Computer", "Corvex Technology"]))
        #expect(found.first { $0.answer == "Pomona Computer" }?.aliases == ["Pomona"])
    }

    @Test func officesWithTheirHoldersAreNotGroups() {
        let text = "Deputy Prime Minister for Economic Affairs Abdul Rahim said aid would return. Minister of Mines and Petroleum Ali Noor spoke."
        let answers = Set(groups(text).map(\.answer))
        #expect(!answers.contains { $0.hasPrefix("Deputy Prime Minister") || $0.hasPrefix("Minister of") })
    }
}
