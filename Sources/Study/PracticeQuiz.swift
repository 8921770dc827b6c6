import FactdeckModel

/// A practice test: N cards chosen across a deck, each with multiple-choice options drawn
/// from answers of the same fact kind in the same deck (other years, other figures, other
/// groups). It never touches the schedule.
public struct PracticeQuiz: Sendable {
    public struct Question: Sendable, Equatable {
        public var card: Card
        /// The options in the order shown, the correct answer among them; empty when the deck
        /// has too few answers of the same kind, and the answer must be typed.
        public var choices: [String]
        public var correctChoice: Int?
    }

    public private(set) var questions: [Question]

    /// Picks `count` cards spread over `cards` (suspended ones left out), in an order and with
    /// options fixed by `seed`.
    public init(cards: [Card], count: Int, choices: Int = 4, seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        let eligible = cards.filter { !$0.suspended }
        let picked = Array(eligible.shuffled(using: &generator).prefix(max(0, count)))
        var answersByKind: [FactKind: [String]] = [:]
        for card in eligible {
            let answer = card.content.answer
            if !(answersByKind[card.content.factKind] ?? []).contains(where: { TextFolding.fold($0) == TextFolding.fold(answer) }) {
                answersByKind[card.content.factKind, default: []].append(answer)
            }
        }
        questions = picked.map { card in
            let answer = card.content.answer
            let accepted = Set(([answer] + card.content.alternatives).map(TextFolding.fold))
            let distractors = (answersByKind[card.content.factKind] ?? [])
                .filter { !accepted.contains(TextFolding.fold($0)) }
                .shuffled(using: &generator)
                .prefix(max(0, choices - 1))
            guard distractors.count >= 2 else { return Question(card: card, choices: [], correctChoice: nil) }
            var options = Array(distractors) + [answer]
            options.shuffle(using: &generator)
            return Question(card: card, choices: options, correctChoice: options.firstIndex(of: answer))
        }
    }
}
