/// A named collection of cards with its own study options.
public struct Deck: Sendable, Equatable, Codable {
    public var id: Int64
    public var name: String
    public var options: DeckOptions

    public init(id: Int64, name: String, options: DeckOptions = DeckOptions()) {
        self.id = id
        self.name = name
        self.options = options
    }
}
