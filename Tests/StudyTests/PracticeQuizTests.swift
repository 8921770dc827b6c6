import FSRS
import FactdeckModel
import Foundation
import Study
import Testing

@Suite struct PracticeQuizTests {
    func card(_ index: Int, answer: String, kind: FactKind) -> Card {
        Card(id: CardID.derived(from: "card\(index)"), noteID: "n\(index)", deckID: 1, deckName: "D",
             content: CardContent(kind: .basic, prompt: "Q\(index)", answer: answer, factKind: kind),
             schedule: .new(due: Date(timeIntervalSince1970: 0)), createdAt: Date(timeIntervalSince1970: 0),
             modifiedAt: Date(timeIntervalSince1970: 0))
    }

    @Test func distractorsComeFromTheSameKindAndTheAnswerIsAmongTheChoices() {
        let cards = [card(0, answer: "1947", kind: .date), card(1, answer: "1893", kind: .date),
                     card(2, answer: "1921", kind: .date), card(3, answer: "1979", kind: .date),
                     card(4, answer: "TTP", kind: .group), card(5, answer: "645", kind: .figure)]
        let quiz = PracticeQuiz(cards: cards, count: 6, seed: 42)
        #expect(quiz.questions.count == 6)
        for question in quiz.questions where question.card.content.factKind == .date {
            #expect(question.choices.count == 4)
            let correct = try? #require(question.correctChoice)
            #expect(question.choices[correct ?? 0] == question.card.content.answer)
            #expect(Set(question.choices).isSubset(of: ["1947", "1893", "1921", "1979"]))
        }
        for question in quiz.questions where question.card.content.factKind != .date {
            #expect(question.choices.isEmpty)
        }
        let again = PracticeQuiz(cards: cards, count: 6, seed: 42)
        #expect(again.questions.map(\.card.id) == quiz.questions.map(\.card.id))
        #expect(PracticeQuiz(cards: cards, count: 2, seed: 1).questions.count == 2)
    }

    @Test func tallyCountsCorrectAnswersPerKindAndUndoes() {
        var tally = SessionTally()
        tally.record(.good, kind: .date, duration: 3)
        tally.record(.again, kind: .date, duration: 2)
        tally.record(.easy, kind: .group, duration: 1)
        #expect(tally.total.studied == 3)
        #expect(tally.total.correct == 2)
        #expect(tally.byKind[.date]?.percentCorrect == 50)
        tally.remove(.easy, kind: .group, duration: 1)
        #expect(tally.byKind[.group] == nil)
        #expect(tally.answerTime == 5)
    }
}

@Suite struct PracticeQuizDistractorTests {
    @Test func sameHintAnswersAreOfferedFirst() {
        func card(_ index: Int, _ answer: String, hint: String) -> Card {
            Card(id: CardID.derived(from: "c\(index)"), noteID: "n\(index)", deckID: 1, deckName: "D",
                 content: CardContent(kind: .basic, prompt: "Q\(index)", answer: answer, factKind: .position, hint: hint),
                 schedule: .new(due: Date(timeIntervalSince1970: 0)), createdAt: Date(timeIntervalSince1970: 0),
                 modifiedAt: Date(timeIntervalSince1970: 0))
        }
        let cards = [card(0, "prime minister", hint: "role"), card(1, "foreign minister", hint: "role"),
                     card(2, "president", hint: "role"), card(3, "the border is artificial", hint: "view"),
                     card(4, "talks must resume", hint: "view")]
        for seed in 0..<20 {
            let quiz = PracticeQuiz(cards: cards, count: 5, seed: UInt64(seed))
            for question in quiz.questions where question.card.content.hint == "role" {
                #expect(question.choices.filter { ["prime minister", "foreign minister", "president"].contains($0) }.count == 3)
            }
        }
    }
}
