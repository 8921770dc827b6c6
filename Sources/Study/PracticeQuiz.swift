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
        // Distractors come first from cards asking the same kind of thing (same fact kind and
        // hint: other years for a year, other roles for a role), then from the same fact kind.
        var answersByKind: [FactKind: [String]] = [:]
        var answersByQuestion: [String: [String]] = [:]
        func add(_ answer: String, to list: inout [String]) {
            if !list.contains(where: { TextFolding.fold($0) == TextFolding.fold(answer) }) { list.append(answer) }
        }
        for card in eligible {
            add(card.content.answer, to: &answersByKind[card.content.factKind, default: []])
            add(card.content.answer, to: &answersByQuestion[Self.questionKey(card), default: []])
        }
        questions = picked.map { card in
            let answer = card.content.answer
            let accepted = Set(([answer] + card.content.alternatives).map(TextFolding.fold))
            let wanted = max(0, choices - 1)
            let close = (answersByQuestion[Self.questionKey(card)] ?? [])
                .filter { !accepted.contains(TextFolding.fold($0)) }.shuffled(using: &generator).prefix(wanted)
            let closeFolded = Set(close.map(TextFolding.fold))
            let wider = (answersByKind[card.content.factKind] ?? [])
                .filter { !accepted.contains(TextFolding.fold($0)) && !closeFolded.contains(TextFolding.fold($0)) }
                .shuffled(using: &generator).prefix(wanted - close.count)
            let distractors = Array(close) + Array(wider)
            guard distractors.count >= 2 else { return Question(card: card, choices: [], correctChoice: nil) }
            var options = Array(distractors) + [answer]
            options.shuffle(using: &generator)
            return Question(card: card, choices: options, correctChoice: options.firstIndex(of: answer))
        }
    }

    private static func questionKey(_ card: Card) -> String {
        "\(card.content.factKind.rawValue)|\(card.content.hint ?? "")"
    }
}
