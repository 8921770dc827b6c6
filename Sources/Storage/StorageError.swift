import Foundation

/// What went wrong with the collection, naming the file or the card involved.
/// FactdeckCLI turns each case into one `factdeck: error: …` line and an exit code.
public enum StorageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file exists but is not a factdeck collection (not SQLite, or someone else's schema).
    case notACollection(path: String, reason: String)
    /// The file was written by a newer factdeck; it is left untouched.
    case newerSchema(path: String, unknownMigrations: [String])
    /// Another process holds the database locked past the busy timeout.
    case locked(path: String)
    /// The file or its folder cannot be created, read or written.
    case io(path: String, reason: String)
    case cardNotFound(String)
    case deckNotFound(String)
    /// The card changed between being shown and being answered.
    case cardChanged(String)
    case invalidData(String)

    public var description: String {
        switch self {
        case let .notACollection(path, reason): return "\(path): not a factdeck collection (\(reason))"
        case let .newerSchema(path, unknown):
            return "\(path): written by a newer factdeck (unknown schema migrations: \(unknown.joined(separator: ", "))); upgrade factdeck to open it — the file was not changed"
        case .locked(let path): return "\(path): the database is locked by another process; try again when it is closed"
        case let .io(path, reason): return "\(path): \(reason)"
        case .cardNotFound(let id): return "no card with id '\(id)'"
        case .deckNotFound(let name): return "no deck named '\(name)'"
        case .cardChanged(let id): return "card \(id) changed since it was shown; its answer was not recorded"
        case .invalidData(let why): return why
        }
    }
}
