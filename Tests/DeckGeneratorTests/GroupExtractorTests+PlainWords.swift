import Testing
@testable import DeckGenerator

/// Pronouns, their contractions, conjunctions and interjections, capitalised inside a sentence (verse,
/// dialogue), and a capital labelling a line (`Q:`) open no name.
extension GroupExtractorTests {
    @Test func plainCapitalisedWordsOpenNoName() {
        let runs = nameRuns("""
        I went home, And Ostrel Group paid, But I'm tired, Don't ask, Oh well, You're late and He knew it. \
        Q: Who runs Varnel Bank? A: Hollin Marsh does. The package votes were V:54 and Her Majesty's Treasury agreed. \
        Everybody knew it, Nobody said so, Please wait.
        """)
        for word in ["And", "But", "I'm", "Don't", "Oh", "You're", "He", "Q", "A", "V", "Everybody", "Nobody", "Please"] { #expect(!runs.contains(word), "\(word) in \(runs)") }
        #expect(Set(runs).isSuperset(of: ["Ostrel Group", "Varnel Bank", "Hollin Marsh"]), "\(runs)")
        #expect(runs.contains { $0.hasPrefix("Her Majesty") }, "\(runs)")
    }

    @Test func capitalsOfPlainWordsStillNameBodies() {
        // `AND` or `IT` in capitals and a capital before a spaced colon are not caught.
        let runs = nameRuns("The IT department and the AND Corporation met. Plan B : a merger.")
        #expect(runs.contains("IT") || runs.contains { $0.contains("IT") }, "\(runs)")
        #expect(runs.contains { $0.contains("AND Corporation") }, "\(runs)")
    }
}
