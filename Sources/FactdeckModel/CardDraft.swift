/// A card to be added or updated by id: what a deck file, the generator or an
/// import provides, before the collection gives it a schedule.
public struct CardDraft: Sendable, Equatable, Codable {
    public var id: CardID
    public var noteID: String
    public var content: CardContent

    public init(id: CardID, noteID: String? = nil, content: CardContent) {
        self.id = id
        self.noteID = noteID ?? id.rawValue
        self.content = content
    }
}
