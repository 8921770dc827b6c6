import Testing
@testable import DeckGenerator

/// Products and their makers, credits, clock-time zones, kinds after a hyphenated modifier, and numbered units
/// (invented names).
extension GroupExtractorTests {
    @Test func productsAreNoGroupsAndTheirMakersAreCompanies() {
        let text = """
        Velkor's bestselling QX and Strand consoles favoured novel ways of playing. \
        It ran on four ZZ batteries. \
        Marlow uses its Ledger software across products. \
        Dorvan's Glint, which arrived in the US in 1989, had a colour screen, and Pell Works's Orbit Blue and Gold, released in 1996, sold well. \
        After the failure of the Halo Visor, a red-and-black 3D headset released in 1995, he left. \
        The unit was the work of Velkor Research & Development 2 (R&D2), the division led by Ito.
        """
        let found = groups(text)
        let names = Set(found.flatMap { [$0.answer] + ($0.aliases ?? []) })
        for name in ["QX", "Strand", "ZZ", "Ledger", "Glint", "Orbit Blue", "Gold", "Halo Visor"] {
            #expect(!names.contains(name), "\(name)")
        }
        #expect(names.isSuperset(of: ["Velkor", "Dorvan", "Pell Works", "Velkor Research & Development 2", "R&D2"]))
        #expect(!found.contains { $0.answer == "Velkor Research & Development 2" && ($0.aliases ?? []).contains("Velkor") })
    }

    @Test func creditsTimeZonesAndNationAdjectivesAreNoGroups() {
        let text = """
        The president met the envoy on Thursday night. Photo: XPR

        Sun 14 Sep 2025 14.20 RST

        The Carpathian nation began counting its dead. "We will do what is right for the Italian people."

        42 Comments / 42 New

        News / Ruritania / Politics
        """
        let answers = Set(groups(text).map(\.answer))
        for name in ["XPR", "RST", "Carpathian", "Italian", "Comments", "News"] {
            #expect(!answers.contains(name), "\(name)")
        }
    }

    @Test func bodiesByKindBannerAndAlly() {
        let text = """
        Adam Vell, the chief executive of question-and-answer site Quorix, will remain. \
        "It works," said Toma Sen, founder of the Tokyo-based consultancy Kantor Games. \
        The demonstrators, organised under the banner of Students Against Quotas, went on. \
        The vote comes amid a war between Israel and Iran's ally Hamzat. \
        The Lodge of Elders was dissolved on her recommendation.
        """
        let answers = Set(groups(text).map(\.answer))
        #expect(answers.isSuperset(of: ["Quorix", "Kantor Games", "Students Against Quotas", "Hamzat", "Lodge of Elders"]))
    }
}

extension GroupExtractorTests {
    @Test func aHyphenatedNameAfterARankIsAPerson() {
        let answers = Set(groups("Army chief General Varek-Uz-Doman announced in a televised address that a government would be formed.").map(\.answer))
        #expect(!answers.contains("Varek-Uz-Doman"))
    }
}
