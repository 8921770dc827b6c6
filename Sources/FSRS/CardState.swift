/// Where a card is in its life, as in Anki and py-fsrs.
///
/// The raw values are stable strings, safe to persist.
public enum CardState: String, Sendable, Codable, CaseIterable {
    /// Never answered. Its first answer behaves like a learning card on step 0.
    case new
    /// Going through the learning steps (minutes apart, exact seconds).
    case learning
    /// Graduated: scheduled in whole study days.
    case review
    /// Lapsed from review (answered Again) and going through relearning steps.
    case relearning
}
