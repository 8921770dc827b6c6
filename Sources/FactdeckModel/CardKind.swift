/// How a card is studied: a question and answer, a cloze sentence with a blank,
/// or a question whose answer the learner types and the app judges.
public enum CardKind: String, Sendable, Codable, CaseIterable {
    case basic, cloze, typed
}
