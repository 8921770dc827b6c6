import Testing
@testable import DeckGenerator

/// Roles seen on sets 22 and 23: a body, a title and a name in one run (`King County Superior Court Judge X`),
/// `Administrator` and `Advisor` as titles, `who leads the X Party` naming the body, and titled names of sites.
extension PositionExtractorTests {
    @Test func bodyTitleAndNameInOneRun() {
        let found = roles("In Seattle, King County Superior Court Judge Marshall Ferguson blocked the merger.")
        #expect(found["Marshall Ferguson"] == "Judge", "\(found)")
        MarkedText("In Seattle, King County Superior Court Judge [[Marshall Ferguson|role]] blocked the merger.").expectExactly("role")
    }

    @Test func administratorAndAdvisorAreTitles() {
        let found = roles("""
        NASA Administrator Bill Nelson said the agency was glad. \
        Bhutan is governed by an interim government, led by Chief Advisor Chogyal Dago Rigdzin, while the country votes.
        """)
        #expect(found["Bill Nelson"] == "Administrator", "\(found)")
        #expect(positions("Bhutan is governed by an interim government, led by Chief Advisor Chogyal Dago Rigdzin, while the country votes.", "role")
            .contains { $0.answer == "Chogyal Dago Rigdzin" && $0.role == "Chief Advisor" })
    }

    @Test func leadingVerbNamesTheBodyLed() {
        let found = roles("Pema Chewang, who leads the Bhutan Tendrel Party, said his party supported the idea.")
        #expect(found["Pema Chewang"] == "leader of Bhutan Tendrel Party", "\(found)")
    }

    @Test func titledNameOfASiteHoldsNoOffice() {
        MarkedText("Mourners gathered in Mashhad, where he is to be buried at the Imam Reza shrine.").expectExactly("role")
        MarkedText("Imam [[Reza|role]] said the shrine would open.").expectExactly("role")
    }

    @Test func countedAppositionAfterAListOfNames() {
        let found = positions("The firm was founded by Robert Noyce and Gordon Moore, two veterans of Fairchild Semiconductor, in 1968.", "role")
            .map { "\($0.answer): \($0.role ?? "")" }
        for role in ["Robert Noyce: two veterans of Fairchild Semiconductor", "Gordon Moore: two veterans of Fairchild Semiconductor"] {
            #expect(found.contains(role), "\(found)")
        }
        // A count of time is no description; nor a count that does not match the names.
        MarkedText("Alice Smith and Bob Jones, two years later, left the firm.").expectExactly("role")
        #expect(!positions("Alice Smith and Bob Jones, three veterans of the war, spoke.", "role").contains { $0.role?.contains("veterans") ?? false })
    }

    @Test func perfectPassiveOfFounding() {
        let text = "Intel makes chips. It had been founded in July 1968 by Robert Noyce and Gordon Moore."
        let found = positions(text, "role").map { "\($0.answer): \($0.role ?? "") of \($0.of ?? "")" }
        #expect(found.contains("Robert Noyce: founder of Intel"), "\(found)")
        #expect(found.contains("Gordon Moore: founder of Intel"), "\(found)")
    }

    @Test func officeWithComplementAndAnOfficeOfABody() {
        let text = "Roza Otunbayeva, the UN envoy's special representative for Afghanistan and head of the UN mission, visited the villages."
        let found = positions(text, "role").map { "\($0.answer): \($0.role ?? "")" }
        #expect(found.contains("Roza Otunbayeva: UN envoy's special representative for Afghanistan"), "\(found)")
        #expect(found.contains("Roza Otunbayeva: head of the UN mission"), "\(found)")
    }

    @Test func titledNamesWithACountryOrTwoCapitals() {
        let found = roles("""
        The panel handed its report to Tourism and Civil Aviation Minister Sudan Kirati on Monday.         The aircraft was flown by Captain Anju Khatiwada, with Captain Kamal KC, an instructor pilot with more than 21,900 flying hours.
        """)
        #expect(found["Sudan Kirati"] == "Minister", "\(found)")
        #expect(found["Anju Khatiwada"] == "Captain", "\(found)")
        let kamal = positions("Captain Kamal KC, an instructor pilot with more than 21,900 flying hours, sat on the right.", "role")
            .filter { $0.answer == "Kamal KC" }.compactMap(\.role)
        #expect(Set(kamal) == ["Captain", "instructor pilot"], "\(kamal)")
    }

    @Test func anAgeBetweenAsAndTheOffice() {
        let found = positions("Pat Gelsinger, a former chief technology officer who started at Intel as an 18-year-old technician in 1979, spoke.", "role")
            .filter { $0.answer == "Pat Gelsinger" }.compactMap(\.role)
        #expect(found.contains("technician"), "\(found)")
    }

    @Test func chiefOfStaffBeforeATitledName() {
        let found = positions("Iran’s armed forces chief of staff, Major General Mohammad Bagheri, ordered an investigation.", "role")
            .map { "\($0.role ?? "") of \($0.of ?? "")" }
        #expect(found.contains("armed forces chief of staff of Iran"), "\(found)")
    }

    @Test func datedCopulaInARelativeClause() {
        MarkedText("The idea is traced to [[Masaru Ibuka|role]], who co-founded the company in 1946 and by the late 1970s was its honorary chairman.")
            .expectExactly("role")
        #expect(roles("The idea is traced to Masaru Ibuka, who co-founded the company in 1946 and by the late 1970s was its honorary chairman.")["Masaru Ibuka"]
            == "honorary chairman")
    }

    @Test func aNameBetweenCommasBeforeACopula() {
        let found = positions("Khatiwada's husband, Dipak Pokharel, was himself a co-pilot for Yeti Airlines and died in 2006.", "role")
            .map { "\($0.answer): \($0.role ?? "") of \($0.of ?? "")" }
        #expect(found == ["Dipak Pokharel: co-pilot of Yeti Airlines"], "\(found)")
    }
}
