import Testing
@testable import DeckGenerator

/// Bare company names known by employment, corporate nouns, trade agents and deal work; names of things and
/// programmes that are no groups; foreign bodies glossed by a common noun; subsidiaries named by their parent.
extension GroupExtractorTests {
    @Test func employersOfBareNames() {
        let text = """
        Vera Lund worked at Plexa from 2005 to 2012 and then at Quorbit, from which she retired in 2019. \
        Tom Hale, a former Zintro engineer, co-founded the firm. He used to work at the Pearly Gates.
        """
        let answers = Set(groups(text).map(\.answer))
        #expect(answers.isSuperset(of: ["Plexa", "Quorbit", "Zintro"]))
        #expect(!answers.contains("Pearly Gates"))
    }

    @Test func corporateNounsAndTradeAgentsBeforeBareNames() {
        let text = """
        Shares of Avenor more than tripled on Monday. The estate oversaw the liquidation of the energy trader Kelvane. \
        Ruritania's state investor Maraset put in $275 million. The Ruritania Teachers' Pension Plan invested $95 million. \
        In 2000 the team moved to Zenopen.com to build a new product.
        """
        let answers = Set(groups(text).map(\.answer))
        #expect(answers.isSuperset(of: ["Avenor", "Kelvane", "Maraset", "Ruritania Teachers' Pension Plan", "Zenopen.com"]))
    }

    @Test func personShapedFirmsDoingDealWork() {
        let text = """
        Harlow Pennick advised Brightline on the deal, while Tobin Marsh advised Corvane. \
        Jane Ostrow, a lawyer in Denver, advised the board on the deal.
        """
        let answers = Set(groups(text).map(\.answer))
        #expect(answers.isSuperset(of: ["Harlow Pennick", "Tobin Marsh"]))
        #expect(!answers.contains("Jane Ostrow"))
    }

    @Test func generationalSuffixesKeepAPersonWhole() {
        let text = "The estate is now run by John J. Ray III, a restructuring specialist. In his first statement, Ray said his team would work."
        #expect(groups(text).isEmpty)
    }

    @Test func thingsAndProgrammesAreNoGroups() {
        let text = """
        List comprehensions came from the functional languages KETL and Haskel. Holders of "unlocked ZTT", the exchange's own \
        token, lost money. Returnees receive a SIM card. Tens of thousands of Afghans crossed the border. \
        The IMF reviewed the $7 billion Extended Credit Facility (ECF). Bombs hit the Ruritania-Borduria Economic Corridor, \
        the package of roads known by its acronym RBEC.
        """
        let answers = Set(groups(text).flatMap(names))
        for name in ["KETL", "Haskel", "ZTT", "SIM", "Tens", "Extended Credit Facility", "ECF", "RBEC"] { #expect(!answers.contains(name), "\(name)") }
        #expect(answers.contains("IMF"))
    }

    @Test func foreignBodiesGlossedByACommonNoun() {
        let text = """
        Ruritania's parliament, the Volki Sobor, is expected to ratify the treaty. Borduria's Narodna Skup (parliament) \
        approved it last week. The Wolesi Jurga, the lower house, has not voted.
        """
        let answers = Set(groups(text).map(\.answer))
        #expect(answers.isSuperset(of: ["Volki Sobor", "Narodna Skup", "Wolesi Jurga"]))
    }

    @Test func movementsRulingAPlace() {
        #expect(groups("The Zarbani government in Kabul denied the charge.").map(\.answer) == ["Zarbani"])
        #expect(groups("Abdul Kabir, the Zarbani's minister of refugees, spoke in Herat.").map(\.answer) == ["Zarbani"])
    }

    @Test func listsAfterADashAndSubsidiariesNamedByTheirParent() {
        let text = """
        The four carriers that dominate the market - Verano, Skylink, Unity and Southwind - control 80% of seats. \
        The filing covers Zorix Trading Ltd and its US arm Zorix US. The crypto exchange Zorix failed. \
        He named it after the ZBC comedy series Flying Circus.
        """
        let found = groups(text)
        let answers = Set(found.map(\.answer))
        #expect(answers.isSuperset(of: ["Verano", "Skylink", "Unity", "Southwind", "Zorix US", "ZBC"]))
        #expect(found.first { names($0).contains("Zorix") }.map(names)?.contains("Zorix US") == false)
    }

    @Test func bodiesNamedAgainByTheirKindAndTitlesThatAreNoBodies() {
        let text = """
        Fortune had estimated his net worth at $15.6 billion in September; the magazine now says it is nothing. \
        For three decades he held the title of “Kindly Ruler For Life” (KRFL). Ruritania Governor Josh Green said he was optimistic.
        """
        let answers = Set(groups(text).flatMap(names))
        #expect(answers.contains("Fortune"))
        for name in ["Kindly Ruler For Life", "KRFL", "Ruritania"] { #expect(!answers.contains(name), "\(name)") }
    }

    @Test func movementsWithAPluralVerbSubsidiariesAndPassiveAdvisers() {
        let text = """
        Islamabad blames Borduria for the attacks. The Zarbani say they do not allow their soil to be used against neighbours. \
        Veltra said its subsidiary Veltra Passenger Mobility would buy the plant. Ford was advised by Corbank. \
        Tarn, which also owns Jaguar Motors, sold 45,000 cars. Programmers that do not comprehend the Tao are always late.
        """
        let answers = Set(groups(text).flatMap(names))
        #expect(answers.isSuperset(of: ["Zarbani", "Veltra Passenger Mobility", "Corbank", "Tarn"]))
        #expect(!answers.contains("Tao"))
    }
}
