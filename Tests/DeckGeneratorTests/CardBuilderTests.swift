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
            #expect(CardBuilder.question(content) == content.question)
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

    @Test func aRateOfACurrencyIsAnAmount() throws {
        let text = "Halvorsen agreed to pay $18 per share for the grocer. It owns 40 stores."
        let deck = Generator.deck([try Generator.article(bytes: Array(text.utf8), path: "rate.txt")], name: nil)
        let rate = try #require(deck.cards.first { $0.content.prompt.contains("{{$18}}") })
        #expect(rate.content.hint == "amount in dollars per share")
        let stores = try #require(deck.cards.first { $0.content.prompt.contains("{{40}}") })
        #expect(stores.content.hint == "number of stores")
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

    // MARK: ids across and within documents

    static func deck(_ inputs: [(String, String)]) throws -> DeckFile {
        Generator.deck(try inputs.map { try Generator.article(bytes: Array($0.1.utf8), path: $0.0) }, name: nil)
    }

    static let school = "The old school in Quetta was built in 1990 by the government."
    static let dam = "Later, a huge dam on the Kabul River was built in 1990 by the government."

    @Test func idsDifferAcrossDocuments() throws {
        let one = try Self.deck([("art1.txt", Self.school)])
        let two = try Self.deck([("art2.txt", "A huge dam on the Kabul River was built in 1990 by the government.")])
        #expect(!one.cards.isEmpty && !two.cards.isEmpty)
        #expect(Set(one.cards.map(\.id)).isDisjoint(with: two.cards.map(\.id)))
        // The same text under another name is another article.
        let copy = try Self.deck([("copy.txt", Self.school)])
        #expect(Set(one.cards.map(\.id)).isDisjoint(with: copy.cards.map(\.id)))
        // Regenerating gives the same ids.
        #expect(try Self.deck([("art1.txt", Self.school)]).cards.map(\.id) == one.cards.map(\.id))
    }

    @Test func idsDoNotDependOnArgumentOrder() throws {
        let a = ("art1.txt", Self.school), b = ("art2.txt", Self.dam)
        let forward = try Self.deck([a, b]), backward = try Self.deck([b, a])
        let ids = { (deck: DeckFile) in Dictionary(deck.cards.map { ($0.content.prompt, $0.id) }, uniquingKeysWith: { x, _ in x }) }
        #expect(ids(forward) == ids(backward))
        #expect(forward.cards.count == 2)
    }

    @Test func removingAFactNeverHandsItsIDToAnother() throws {
        // Both 1990s have the same three words either side: neither may take the other's id.
        let both = try Self.deck([("art.txt", Self.school + "\n\n" + Self.dam)])
        let damOnly = try Self.deck([("art.txt", Self.dam)])
        let schoolOnly = try Self.deck([("art.txt", Self.school)])
        #expect(both.cards.count == 2)
        let schoolID = try #require(both.cards.first { $0.content.prompt.contains("school") }?.id)
        let damID = try #require(both.cards.first { $0.content.prompt.contains("dam") }?.id)
        #expect(schoolID != damID)
        #expect(damOnly.cards.allSatisfy { $0.id != schoolID })
        #expect(schoolOnly.cards.allSatisfy { $0.id != damID })
        // Identical sentences are numbered, still unique.
        let twice = try Self.deck([("art.txt", Self.school + "\n\n" + Self.school)])
        #expect(Set(twice.cards.map(\.id)).count == twice.cards.count)
    }

    @Test func idsSurviveASentenceAddedElsewhere() throws {
        let before = try Self.deck([("art.txt", Self.school + "\n\nThe river floods every spring.")])
        let after = try Self.deck([("art.txt", "A new paragraph about 2004 was added here.\n\n" + Self.school + "\n\nThe river flods every spring.")])
        let id = try #require(before.cards.first { $0.content.prompt.contains("school") }?.id)
        #expect(after.cards.contains { $0.id == id && $0.content.prompt.contains("school") })
    }

    // MARK: prompts that give the answer away, accepted names, ambiguity

    static func document(_ facts: [Fact], title: String? = "Talks") -> [CardDraft] {
        CardBuilder.cards(for: [CardBuilder.Document(source: "t.md", title: title, facts: facts)])
    }

    @Test func stancePromptsHideTheActorAndItsAliases() throws {
        let green = Fact(type: .group, subtype: "organisation", answer: "Green Alliance", aliases: ["GA"], context: "The Green Alliance (GA) is a party.")
        let view = Fact(type: .position, subtype: "stance", answer: "Green Alliance", stance: "the GA would never join a coalition",
                        context: "A spokesman said the GA would never join a coalition.")
        let karimi = Fact(type: .position, subtype: "stance", answer: "Lina Karimi", stance: "Karimi's team would stay",
                          context: "Lina Karimi said that Karimi's team would stay.")
        let cards = Self.document([green, view, karimi])
        for card in cards {
            #expect(!CardBuilder.shows(card.content.answer, card.content.alternatives, in: card.content.question), "\(card.content.question)")
        }
        let whose = cards.filter { $0.content.prompt.hasPrefix("Whose view") }
        #expect(whose.contains { $0.content.prompt == "Whose view: “[the group] would never join a coalition”?" && $0.content.alternatives == ["GA"] })
        #expect(whose.contains { $0.content.prompt == "Whose view: “[the speaker]'s team would stay”?" && $0.content.alternatives == ["Karimi"] })
    }

    @Test func groupActorsAcceptTheirAliasesNeverAHeadNoun() throws {
        let front = Fact(type: .group, subtype: "organisation", answer: "Northern Liberation Front", aliases: ["NLF"], context: "The Northern Liberation Front (NLF) spoke.")
        let stances = ["Northern Liberation Front", "World Health Organization", "Human Rights Watch", "Labour Party", "United Nations"].enumerated().map {
            Fact(type: .position, subtype: "stance", answer: $0.element, stance: "the talks would fail within \($0.offset + 2) days",
                 context: "\($0.element) said the talks would fail within \($0.offset + 2) days.")
        }
        let cards = Self.document([front] + stances)
        let whose = cards.filter { $0.content.prompt.contains("Whose view") }
        #expect(whose.count == 5)
        for card in whose {
            #expect(!card.content.alternatives.contains { ["Front", "Organization", "Watch", "Party", "Nations"].contains($0) }, "\(card.content.alternatives)")
        }
        #expect(whose.contains { $0.content.answer == "Northern Liberation Front" && $0.content.alternatives == ["NLF"] })
        #expect(CardBuilder.actor("Lina Karimi", names: .init([]), isPerson: false).alternatives == ["Karimi"])
        #expect(CardBuilder.actor("United States", names: .init([]), isPerson: false).alternatives.isEmpty)
    }

    @Test func ambiguousPromptsGetContextOrMerge() throws {
        let general1 = Fact(type: .position, subtype: "role", answer: "John Smith", role: "General", context: "General John Smith spoke.")
        let general2 = Fact(type: .position, subtype: "role", answer: "Ali Khan", role: "General", context: "General Ali Khan spoke.")
        let senator = Fact(type: .position, subtype: "role", answer: "Jane Brown", role: "Senator", context: "Senator Jane Brown spoke.")
        let minister = Fact(type: .position, subtype: "role", answer: "Jane Brown", role: "finance minister", context: "Jane Brown, the finance minister, spoke.")
        let short = Fact(type: .position, subtype: "stance", answer: "Ministry of Defence", stance: "denied it", context: "The Ministry of Defence denied it.")
        let month = Fact(type: .date, answer: "January", value: "--01", context: "The talks began in January after a long delay in the capital city.", heading: "Border talks")
        let cards = Self.document([general1, general2, senator, minister, short, month])
        let generals = cards.filter { $0.content.prompt.contains("“General”") }
        #expect(generals.count == 1)
        #expect(generals.first.map { Set([$0.content.answer] + $0.content.alternatives).isSuperset(of: ["John Smith", "Ali Khan"]) } == true)
        let roles = cards.filter { $0.content.prompt.contains("Jane Brown hold") }
        #expect(roles.count == 1)
        #expect(roles.first?.content.answer == "Senator; finance minister")
        #expect(!cards.contains { $0.content.prompt.contains("denied it") && $0.content.kind == .typed })
        #expect(cards.contains { $0.content.prompt.hasPrefix("Border talks — ") && $0.content.answer == "January" })
        // Headings tell look-alikes apart when they differ.
        var north = general1, south = general2
        north.heading = "North"; south.heading = "South"
        let headed = Self.document([north, south]).filter { $0.content.prompt.contains("“General”") }
        #expect(headed.count == 2)
        #expect(headed.contains { $0.content.prompt.hasPrefix("North — ") && $0.content.answer == "John Smith" })
    }
}
