import FactdeckModel

/// Card ids as typed on the command line.
enum CardIDArguments {
    /// Every text as a card id, refusing the lot if one is not shaped like an id.
    static func parse(_ texts: [String]) throws -> [CardID] {
        guard !texts.isEmpty else { throw CLIError(.usage, "give at least one card id") }
        return try texts.map { text in
            guard let id = CardID(text) else {
                throw CLIError(.usage, "'\(text)' is not a card id (letters, digits, '-' and '_')")
            }
            return id
        }
    }
}
