import FactdeckModel
import Foundation
import Storage
import Study
import Terminal

/// `quiz [DECK] [N]`: a practice test of N cards with multiple-choice or typed answers,
/// scored at the end. It never changes the schedule.
enum QuizScreen {
    static func run(_ context: ReplContext, arguments: [String]) throws {
        var deckName: String?
        var count = 10
        for argument in arguments {
            if let number = Int(argument) {
                guard number > 0 else { throw CLIError(.usage, "the number of questions must be at least 1") }
                count = number
            } else {
                deckName = argument
            }
        }
        if let deckName, try context.database.deck(named: deckName) == nil { throw StorageError.deckNotFound(deckName) }
        let cards = try context.database.cards(matching: CardFilter(deckName: deckName))
        guard !cards.isEmpty else {
            context.say("No cards to quiz on.")
            return
        }
        let seed = UInt64(bitPattern: Int64(context.now.timeIntervalSince1970 * 1000))
        let quiz = PracticeQuiz(cards: cards, count: count, seed: seed)
        let style = context.style
        var score = 0
        var asked = 0
        for (index, question) in quiz.questions.enumerated() {
            let card = question.card
            context.say()
            context.say(style.dim("Question \(index + 1)/\(quiz.questions.count) · \(card.deckName) · \(card.content.factKind.rawValue)"))
            for line in context.wrapped(card.content.question) { context.say(style.bold(line)) }
            for (number, choice) in question.choices.enumerated() {
                context.say("  \(number + 1)) \(DisplayText.sanitized(choice))")
            }
            guard case .line(let line) = context.ask(question.choices.isEmpty ? "answer> " : "choice> ") else { break }
            asked += 1
            let text = line.trimmingCharacters(in: .whitespaces)
            let right: Bool
            if let number = Int(text), !question.choices.isEmpty, (1...question.choices.count).contains(number) {
                right = number - 1 == question.correctChoice
            } else {
                let verdict = AnswerJudge.judge(text, answer: card.content.answer, alternatives: card.content.alternatives).verdict
                right = verdict == .correct || verdict == .typo
            }
            if right {
                score += 1
                context.say(style.green("✓ right"))
            } else {
                context.say(style.red("✗ ") + "the answer is " + style.bold(DisplayText.sanitized(card.content.answer)))
            }
        }
        context.say()
        let percent = asked == 0 ? 0 : Int((Double(score) * 100 / Double(asked)).rounded())
        context.say(style.bold("Score: \(score)/\(asked) (\(percent)%)") + style.dim(" — practice only; the schedule is unchanged."))
    }
}
