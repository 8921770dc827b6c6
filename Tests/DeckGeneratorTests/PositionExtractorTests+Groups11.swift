import Testing
@testable import DeckGenerator

/// Roles of the groups11 round: a journalist's beat (`X covers … for Y`), an outlet's correspondent (`X is the Y's
/// political correspondent`) and a relative clause of running something (`X, who manages a consumer fund at …`).
extension PositionExtractorTests {
    @Test func journalistsBeatAndOutletsCorrespondent() {
        let covers = positions("By Lukas Brunner\n\nNestle said its chief would go.\n\nLukas Brunner covers consumer and retail companies for Alpine Business Wire.", "role")
        #expect(covers.contains { $0.answer == "Lukas Brunner" && $0.role == "covers consumer and retail companies" && $0.of == "Alpine Business Wire" },
                "\(covers.map { ($0.answer, $0.role) })")
        let correspondent = positions("The court ruled on Tuesday.\n\nRamesh Karki is the Himal Ledger's political correspondent in Kathmandu.", "role")
        #expect(correspondent.contains { $0.answer == "Ramesh Karki" && ($0.role ?? "").hasSuffix("political correspondent") },
                "\(correspondent.map { ($0.answer, $0.role) })")
    }

    @Test func relativeClausesOfRunningSomething() {
        let found = roles("""
        Jean-Marc Rochat, who manages a consumer fund at the Geneva-based asset manager Lavaux Partenaires, said he welcomed it.
        """)
        #expect(found["Jean-Marc Rochat"] == "manages a consumer fund", "\(found)")
        let teacher = positions("Anjali Thapa Magar, who teaches constitutional law at a private college in Lalitpur, said so.", "role")
        #expect(teacher.contains { $0.answer == "Anjali Thapa Magar" && $0.role == "teaches constitutional law" }, "\(teacher.map { ($0.answer, $0.role) })")
        // `who leads the X Party` stays `findRoles`' `leader of X` (no second role).
        let leader = positions("Pema Chewang, who leads the Bhutan Tendrel Party, said his party supported the idea.", "role")
        #expect(leader.count == 1, "\(leader.map { ($0.answer, $0.role) })")
    }
}
