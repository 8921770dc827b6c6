import Testing
@testable import FactdeckCLI

@Suite struct CommandWordsTests {
    @Test func splitsLikeAShell() throws {
        #expect(try CommandWords.split("study  Geo") == ["study", "Geo"])
        #expect(try CommandWords.split("options \"My Deck\" --new-per-day 5") == ["options", "My Deck", "--new-per-day", "5"])
        #expect(try CommandWords.split("find it\\'s 'a b'") == ["find", "it's", "a b"])
        #expect(try CommandWords.split("find ''") == ["find", ""])
        #expect(throws: CLIError.self) { try CommandWords.split("find \"open") }
    }
}
