import Testing
@testable import DeckGenerator

/// `Citigroup named Jane Fraser chief executive`: an appointment verb, a person and the office as its complement.
extension PositionExtractorTests {
    @Test func officeAfterTheObjectOfAnAppointmentVerb() {
        let text = "Citigroup names Jane Fraser chief executive. The bank named Tom Reyes chief financial officer on Monday."
        let found = positions(text, "role")
        #expect(found.contains { $0.answer == "Jane Fraser" && $0.role == "chief executive" && $0.of == "Citigroup" }, "\(found.map { ($0.answer, $0.role, $0.of) })")
        #expect(found.contains { $0.answer == "Tom Reyes" && $0.role == "chief financial officer" }, "\(found.map { ($0.answer, $0.role) })")
        let groups = GroupExtractorTests().groups(text).map(\.answer)
        #expect(!groups.contains("Jane Fraser") && !groups.contains("Tom Reyes"), "\(groups)")
    }
}
