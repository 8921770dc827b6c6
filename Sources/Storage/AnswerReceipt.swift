import FactdeckModel

/// What recording an answer did, so that it can be taken back exactly.
public struct AnswerReceipt: Sendable, Equatable {
    /// The card as stored after the answer.
    public var card: Card
    /// The review-log row the answer appended.
    public var logID: Int64
    /// Siblings the answer buried until tomorrow.
    public var buriedSiblings: [CardID]
}
