import Testing
@testable import DeckGenerator

/// Titles joined by `and`, an office with a rank after it, `a graduate student named X`, `then a …-year-old
/// researcher`, `went on to co-found X`; stances of plural actors opening a sentence and of a speaker whose
/// apposition stands between a quote and the verb.
extension PositionExtractorTests {
    @Test(arguments: [
        "A graduate student named [[Bill Joy|role:graduate student]] assembled the first distribution in 1978.",
        "That left [[Ken Thompson|role:researcher]], then a 26-year-old researcher, without a computer.",
    ]) func titlesRanksAndNamedRoles(_ marked: String) { checkRoles(marked) }

    @Test(arguments: [
        ("Deputy Prime Minister and Foreign Minister Ishaq Dar confirmed the agreement minutes later.", "Ishaq Dar", ["Deputy Prime Minister", "Foreign Minister"]),
        ("The army said Director General Lt Gen Ahmed Sharif Chaudhry had briefed reporters.", "Ahmed Sharif Chaudhry", ["Director General", "Lt Gen"]),
    ]) func twoTitlesAreTwoRoles(_ text: String, _ name: String, _ roles: [String]) {
        let found = positions(text, "role").filter { $0.answer == name }.compactMap(\.role)
        #expect(Set(found) == Set(roles), "\(found)")
    }

    @Test(arguments: [
        "[[Analysts|stance]] cautioned that the truce remained vulnerable.",
        "[[Some analysts|stance]] questioned whether the deal was worth the trouble.",
        "\"The approval is a signal to the world,\" [[Kristalina Georgieva|stance]], the fund's managing director, said in a statement.",
    ]) func pluralActorsAndSpeakersAfterAQuote(_ marked: String) { expectExactActors(marked) }
}
