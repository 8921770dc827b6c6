import Foundation
import Testing
@testable import DeckGenerator

/// decks/ ships the deck generated from the sample article; regenerating must give exactly that file.
@Suite struct SampleDeckTests {
    @Test func regeneratingGivesTheCommittedDeck() throws {
        let article = try Generator.article(bytes: [UInt8](Data(contentsOf: Paths.sampleArticle)), path: Paths.sampleArticle.path)
        let generated = Generator.deck([article], name: nil).text()
        let committed = try String(contentsOf: Paths.sampleDeck, encoding: .utf8)
        #expect(generated == committed, "regenerate with: factdeck generate ../shared/sources/afghanistan-pakistan-clashes-2025.md -o decks/afghanistan-pakistan-clashes-2025.deck")
        let parsed = try DeckFile.parse(committed, file: Paths.sampleDeck.path)
        #expect(parsed.cards.count == Generator.deck([article], name: nil).cards.count)
    }
}
