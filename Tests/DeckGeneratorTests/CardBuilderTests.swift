import FactdeckModel
import Foundation
import Testing
@testable import DeckGenerator

/// Cards from facts: no answer in its own prompt, unique prompts, hints, accepted forms, stable ids.
@Suite struct CardBuilderTests {
    static func sampleArticle() throws -> Generator.Article {
        let data = try Data(contentsOf: Paths.sampleArticle)
        return try Generator.article(bytes: [UInt8](data), path: Paths.sampleArticle.path)
    }

    @Test func sampleDeckRules() throws {
        let deck = Generator.deck([try Self.sampleArticle()], name: nil)
        #expect(deck.cards.count > 60)
        var prompts = Set<String>()
        for card in deck.cards {
            let content = card.content
            #expect(!CardBuilder.shows(content.answer, content.alternatives, in: content.question), "\(card.id): \(content.question)")
            #expect(prompts.insert(content.question.lowercased()).inserted, "duplicate prompt \(content.question)")
            #expect(content.context?.isEmpty == false)
            #expect(content.source == "afghanistan-pakistan-clashes-2025.md")
            if content.kind == .cloze { #expect((try? Cloze.blanks(in: content.prompt).count) == 1) }
        }
        #expect(Set(deck.cards.map(\.id)).count == deck.cards.count)
        let kinds = Set(deck.cards.map(\.content.factKind))
        #expect(kinds == [.date, .figure, .group, .position])
    }

    @Test func hintsAndAcceptedForms() throws {
        let deck = Generator.deck([try Self.sampleArticle()], name: nil)
        let attacks = try #require(deck.cards.first { $0.content.prompt.contains("{{645}}") })
        #expect(attacks.content.hint == "number of attacks")
        #expect(attacks.content.question.contains("[number of attacks]"))
        let people = try #require(deck.cards.first { $0.content.prompt.contains("{{more than 1,000}}") })
        #expect(people.content.alternatives.contains("1000"))
        #expect(people.content.alternatives.contains("one thousand"))
        let july = try #require(deck.cards.first { $0.content.prompt.contains("{{July 29, 2011}}") })
        #expect(july.content.hint == "date")
        #expect(july.content.alternatives.contains("29 July 2011"))
        let year = try #require(deck.cards.first { $0.content.prompt.contains("{{1947}}") })
        #expect(year.content.question.contains("[year]"))
        #expect(deck.cards.contains { $0.content.prompt == "What does CSTO stand for?" && $0.content.answer == "Collective Security Treaty Organisation" })
        #expect(deck.cards.contains { $0.content.prompt == "What is the abbreviation of Collective Security Treaty Organisation?" && $0.content.answer == "CSTO" })
        #expect(deck.cards.contains { $0.content.answer == "Emomali Rahmon" && $0.content.prompt.contains("head of the Tajik government") })
        #expect(deck.cards.contains { $0.content.prompt.hasPrefix("What role does Emomali Rahmon hold") })
    }

    @Test func idsSurviveLightEdits() throws {
        let original = try String(contentsOf: Paths.sampleArticle, encoding: .utf8)
        let edited = original
            .replacingOccurrences(of: "In general, recent Afghan-Pakistani relations have not been perfectly smooth.", with: "In general, relations have been rocky.")
            .replacingOccurrences(of: "drawing attention from international media and observers", with: "drawing the attention of international media")
            .replacingOccurrences(of: "This raises the question", with: "New paragraph.\n\nThis raises the question")
        let before = Generator.deck([try Generator.article(bytes: Array(original.utf8), path: "a.md")], name: nil)
        let after = Generator.deck([try Generator.article(bytes: Array(edited.utf8), path: "a.md")], name: nil)
        let beforeIDs = Dictionary(before.cards.map { ($0.content.prompt, $0.id) }, uniquingKeysWith: { a, _ in a })
        var kept = 0, total = 0
        for card in after.cards where beforeIDs[card.content.prompt] != nil {
            total += 1
            if beforeIDs[card.content.prompt] == card.id { kept += 1 }
        }
        #expect(total > 50)
        #expect(kept == total)
        let sinceDecember = try #require(after.cards.first { $0.content.prompt.contains("{{December, 2024}}") })
        #expect(before.cards.contains { $0.id == sinceDecember.id })
    }

    @Test func answerForms() {
        #expect(AnswerForms.words(1000) == "one thousand")
        #expect(AnswerForms.words(35_042) == "thirty-five thousand forty-two")
        #expect(AnswerForms.grouped(30000) == "30,000")
        #expect(AnswerForms.figure(answer: "30,000-35,000", value: "30000-35000", unit: "people").contains("30000-35000"))
        #expect(AnswerForms.date(answer: "29 July 2011", value: "2011-07-29").contains("July 29, 2011"))
        #expect(AnswerForms.date(answer: "the 1990s", value: "199X") == ["1990s"])
    }
}
