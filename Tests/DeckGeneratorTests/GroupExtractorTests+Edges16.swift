import Testing
@testable import DeckGenerator

/// Name edges seen on set 16 (company news): a maker noun opening a sentence, a flight number after an airline,
/// a byline's dateline in capitals, licences and kits with their acronyms; a country word as a surname after an
/// office, and a role's short and long forms as one role.
extension GroupExtractorTests {
    @Test func makerNounAndFlightNumberStayOutOfTheName() {
        let text = """
        Clockmaker Varnel Group lost 16%, while shares in Ostrel fell. \
        The Pelora Airlines Flight 1282 accident was a watershed moment for the maker.
        """
        let answers = Set(groups(text).map(\.answer))
        #expect(answers.isSuperset(of: ["Varnel Group", "Pelora Airlines"]), "\(answers)")
        #expect(!answers.contains("Clockmaker Varnel Group") && !answers.contains("Pelora Airlines Flight"), "\(answers)")
    }

    @Test func nameInAppositionAfterALobbyOrAnAssociation() {
        let text = "The minister spoke, while the hotel industry association, HotelKorvia, said tourists would stay away."
        #expect(groups(text).map(\.answer).contains("HotelKorvia"))
    }

    @Test func formerOpeningASentenceBeforeABodyAndAnOffice() {
        let answers = groups("Former Varnel Bar Association president Abid Zorov said the process was flawed.").map(\.answer)
        #expect(answers.contains("Varnel Bar Association") && !answers.contains("Former Varnel Bar Association"), "\(answers)")
    }

    @Test func wellKnownBodyOpeningWithATitleWord() {
        let text = "Hollin, a longtime Varnel director and former General Electric executive, was named chief executive in 2020."
        #expect(groups(text).map(\.answer).contains("General Electric"))
    }

    @Test func bylineDatelineAndThingsWithAcronymsAreNoGroups() {
        let text = """
        By Julia Brenner and Tom Hadley — ZURICH/LONDON, January 15, 2015

        The bank in Zurich said so. Sun released the code under the GNU General Public License (GPL) in 2006. \
        The Java Development Kit (JDK) 1.0 shipped on January 23, 1996. \
        It raised its Sustainable Tourism Fee, a daily levy on visitors. \
        The country promoted the Turkmenistan-Afghanistan-Pakistan-India (TAPI) pipeline for years.
        """
        let answers = Set(groups(text).map(\.answer))
        for name in ["ZURICH", "Zurich", "GNU", "GPL", "JDK", "Java Development Kit", "Sustainable Tourism Fee", "TAPI"] { #expect(!answers.contains(name), "\(answers)") }
    }
}

extension GroupExtractorTests {
    @Test func bodyBeforeAMeasureNounAndPersonBeforeAClauseSubject() {
        let text = """
        From a secret Orlen Microsystems project to a court fight, the language lived. \
        Led by Jim Gosling and including Mike Sheridan and Patrick Naughton, the group bet that consumer devices would sell.
        """
        let answers = Set(groups(text).map(\.answer))
        #expect(answers.contains("Orlen Microsystems"), "\(answers)")
        #expect(!answers.contains("Patrick Naughton"), "\(answers)")
    }
}

extension PositionExtractorTests {
    @Test func countryWordAsASurnameAfterAnOffice() {
        let found = roles("SNB chairman Thomas Jordan told a news conference in Zurich that the move was needed.")
        #expect(found["Thomas Jordan"] != nil, "\(found)")
    }

    @Test func surnameLikeAHeadWordAndAJointCorporateTitle() {
        let found = positions("Board chairman Larry Kellner will stay, and Stan Deal, president and CEO of Varnel Airplanes, is retiring.", "role")
            .filter { $0.answer == "Stan Deal" }.compactMap(\.role)
        #expect(found == ["president and CEO of Varnel Airplanes"], "\(found)")
    }

    @Test func electedPastAnAppositionOfTwoOffices() {
        let text = "The board elected Steve Mollen, the former chief executive of chipmaker Ostrel and a Varnel director since 2020, as its new independent chair."
        let found = positions(text, "role").filter { $0.answer == "Steve Mollen" }.compactMap(\.role)
        #expect(found.contains("new independent chair") && found.contains { $0.contains("Varnel director") }
            && found.contains { $0.contains("chief executive of chipmaker Ostrel") }, "\(found)")
    }

    @Test func ledByAfterANounApposition() {
        let text = """
        The Varnel Unity Party (VUP), a newcomer led by retired civil servant Pema Dorlan, won 17 seats. \
        Led by Jim Goslin, a Canadian-born engineer, and including Mike Sheran, the group bet that devices would sell.
        """
        let found = positions(text, "role").map { "\($0.answer ?? ""): \($0.role ?? "")" }
        #expect(found.contains("Pema Dorlan: retired civil servant") && found.contains("Jim Goslin: leader")
            && found.contains { $0.hasPrefix("Pema Dorlan: leader") }, "\(found)")
    }

    @Test func seenAsIsNoOffice() {
        let text = "President Karim Dostov spoke on Monday. Western capitals muted their criticism, seeing Dostov as a pragmatic partner."
        let found = positions(text, "role").compactMap(\.role)
        #expect(!found.contains { $0.contains("partner") }, "\(found)")
    }

    @Test func keepsHisPostAsRole() {
        let text = "President Gurban Dorov spoke. Dorov will keep his post as chairman of the Halk Council, the upper chamber."
        let found = positions(text, "role").filter { $0.answer == "Dorov" }.compactMap(\.role)
        #expect(found.contains { $0.hasPrefix("chairman of the Halk Council") }, "\(found)")
    }

    @Test func shortAndLongFormsOfARoleAreOne() {
        let text = """
        Varnel CEO Dave Hollin to step down

        Varnel Chief Executive Dave Hollin will step down at the end of the year, the company said on Monday.
        """
        let found = positions(text, "role").filter { $0.answer == "Dave Hollin" }
        #expect(found.count == 1, "\(found.map(\.role))")
    }
}
