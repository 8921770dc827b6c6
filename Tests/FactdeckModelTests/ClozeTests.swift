import FactdeckModel
import Testing

@Suite struct ClozeTests {
    @Test func eachPartBecomesOneBlank() throws {
        let blanks = try Cloze.blanks(in: "In {{2023}}, {{645}} attacks were recorded.")
        #expect(blanks.map(\.answer) == ["2023", "645"])
        #expect(blanks[0].prompt == "In {{2023}}, 645 attacks were recorded.")
        #expect(blanks[1].prompt == "In 2023, {{645}} attacks were recorded.")
    }

    @Test func blankedReplacesTheBracedPart() {
        #expect(Cloze.blanked("In {{2023}}, 645 attacks.", placeholder: "[year]") == "In [year], 645 attacks.")
        #expect(Cloze.blanked("no braces", placeholder: "[x]") == "no braces")
    }

    @Test(arguments: ["no part", "{{open", "close}}", "{{}}", "{{ }}", "{{a {{b}} c}}", "a}} {{b}}"])
    func malformedTextIsRefused(_ text: String) {
        #expect(throws: ModelError.self) { try Cloze.blanks(in: text) }
    }

    @Test func questionUsesTheHint() {
        let content = CardContent(kind: .cloze, prompt: "In {{2023}} it began.", answer: "2023", hint: "year")
        #expect(content.question == "In [year] it began.")
        let basic = CardContent(kind: .basic, prompt: "Q?", answer: "A")
        #expect(basic.question == "Q?")
    }
}
