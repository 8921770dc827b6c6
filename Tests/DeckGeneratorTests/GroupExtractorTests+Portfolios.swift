import Testing
@testable import DeckGenerator

/// Portfolio lists, inner possessives, titles closing a run, unit symbols, sites, kinds after a possessive,
/// arrow breadcrumbs and companies that open a product's name (invented names).
extension GroupExtractorTests {
    @Test func portfolioListsAndInnerPossessivesStayOneName() {
        let text = """
        The deal was welcomed by the Ministry of Docks, Freight and Canals in Velm. \
        The plan was signed in the presence of Roads and Urban Renewal Minister Karel Dost. \
        Foreign Affairs Minister Anna Vell played down the warning. \
        Dost's People's Union (PU) won 40 of the 60 seats in the People's Hural, the country's parliament.
        """
        let found = groups(text)
        let answers = Set(found.map(\.answer))
        let names = Set(found.flatMap { [$0.answer] + ($0.aliases ?? []) })
        #expect(answers.contains("Ministry of Docks, Freight and Canals"))
        #expect(names.isSuperset(of: ["People's Union", "PU"]))
        for name in ["Ministry of Docks", "Freight", "Canals", "Urban Renewal", "Foreign Affairs", "People", "Hural"] {
            #expect(!names.contains(name), "\(name)")
        }
    }

    @Test func titlesUnitsSitesAndOpeningPluralsAreNoGroups() {
        let text = """
        By Tom Vell, Senior Science Editor — March 4, 2025

        The plant would have a capacity of up to 2.8 megawatts (MW). \
        Tests were carried out at the Orlov test site for decades. \
        Geologists have also raised concerns about the lake. \
        Pell Works popularised KSN, a data format based on its own syntax. \
        Velm's state nuclear corporation Atomkor is on the shortlist.
        """
        let answers = Set(groups(text).map(\.answer))
        for name in ["Senior Science Editor", "MW", "Orlov", "Geologists", "KSN"] {
            #expect(!answers.contains(name), "\(name)")
        }
        #expect(answers.contains("Atomkor"))
    }

    @Test func aCompanyOfficeAndItsBodyAreTwoNames() {
        let text = "She was appointed to the new post of CEO of Pell Products, and he remained Chairman of the Board."
        let answers = Set(groups(text).map(\.answer))
        #expect(answers.contains("Pell Products"))
        #expect(!answers.contains("CEO of Pell Products"))
        #expect(!answers.contains("Board"))
    }

    @Test func aRivalOpeningASentenceIsACompany() {
        let text = "Pell Works lost money. Rival Quorix approached Pell Works about a takeover that month."
        let answers = Set(groups(text).map(\.answer))
        #expect(answers.contains("Quorix"))
        #expect(!answers.contains("Rival Quorix"))
    }

    @Test func arrowBreadcrumbsAreChrome() {
        let html = """
        <html><body><div class="crumbs"><a>Companies</a> &rsaquo; <a>Foundries</a></div>\
        <h1>Chief quits</h1><p>The chief of Pell Works quit on Monday.</p></body></html>
        """
        let answers = Set(groups(html, format: .html).map(\.answer))
        #expect(!answers.contains("Foundries"))
    }
}
