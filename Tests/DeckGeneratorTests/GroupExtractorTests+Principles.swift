import Testing
@testable import DeckGenerator

/// General principles that keep offices, works, sites and persons out of the groups and find bodies by
/// the grammar around them (invented names).
extension GroupExtractorTests {
    @Test func officesWorksSitesAndTimeZonesAreNoGroups() {
        let text = """
        Ruritania's Director General of Border Operations (DGBO) called his counterpart at 3:35pm, and firing stopped at 5pm (4:30pm RKT). \
        Ruritania's External Relations Minister, T. Varnok, struck a firm tone. \
        The studio owns franchises such as "Kingdom of Ashes" and "Skyforge". \
        Production at the giant Voltar field was reduced. \
        "This is a run," said Mara Velt, a former Central Reserve bank examiner who now teaches.
        """
        let answers = Set(groups(text).map(\.answer))
        for name in ["Director General of Border Operations", "DGBO", "RKT", "External Relations Minister", "T. Varnok", "Kingdom of Ashes", "Voltar", "Mara Velt"] {
            #expect(!answers.contains(name), "\(name)")
        }
    }

    @Test func bodiesFoundByGeneralGrammar() {
        let text = """
        Brelin Kovar, head of a department at the Prosecutor General's Office, spoke. \
        Two sons-in-law left jobs at state energy companies Ostragaz and Kelmoil over the weekend. \
        The bonds rose, according to Tradex data. \
        The mark is owned by The Ivory Group, which certifies systems. \
        The sites were linked to the banned Jaish-e-Karim (JeK) and Lashkar-e-Noor (LeN) groups.
        """
        let found = groups(text)
        let names = Set(found.flatMap { [$0.answer] + ($0.aliases ?? []) })
        #expect(names.isSuperset(of: ["Prosecutor General's Office", "Ostragaz", "Kelmoil", "Tradex", "The Ivory Group", "Jaish-e-Karim", "JeK"]))
    }
}
