import Study
import Testing

@Suite struct CharacterDiffTests {
    @Test func marksMissingAndExtraCharacters() {
        let segments = CharacterDiff.segments(typed: "1974", expected: "1947")
        #expect(segments.map(\.text).joined() .count >= 4)
        let expected = segments.filter { $0.kind != .extra }.map(\.text).joined()
        let typed = segments.filter { $0.kind != .missing }.map(\.text).joined()
        #expect(expected == "1947")
        #expect(typed == "1974")
        #expect(CharacterDiff.segments(typed: "Paris", expected: "Paris") == [.init(kind: .same, text: "Paris")])
        #expect(CharacterDiff.segments(typed: "", expected: "TTP") == [.init(kind: .missing, text: "TTP")])
    }
}
