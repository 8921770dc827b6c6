import Foundation

/// Why a file could not be imported or exported. Every case names the file, and an
/// import that fails leaves the collection exactly as it was.
public enum InteropError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is missing or unreadable.
    case cannotRead(path: String, reason: String)
    /// Not a zip archive, or a damaged or truncated one.
    case notAnArchive(path: String, reason: String)
    /// An entry's name is absolute or climbs out with `..` (zip slip).
    case unsafeEntry(path: String, entry: String)
    /// The archive expands past the limit (zip bomb), or has too many entries.
    case tooLarge(path: String, reason: String)
    /// The archive holds no `collection.anki2`, `collection.anki21` or `collection.anki21b`.
    case noCollection(path: String)
    /// The collection inside could not be read (not SQLite, missing tables, bad JSON…).
    case badCollection(path: String, reason: String)
    /// A CSV/TSV line that cannot be read.
    case badText(path: String, line: Int, reason: String)
    /// Something the format allows but factdeck cannot use.
    case unsupported(path: String, reason: String)
    /// Writing the output failed.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case let .cannotRead(path, reason): return "\(path): cannot read the file (\(reason))"
        case let .notAnArchive(path, reason): return "\(path): not a valid zip archive (\(reason)); nothing was imported"
        case let .unsafeEntry(path, entry):
            return "\(path): refused: the archive entry '\(entry)' points outside its folder; nothing was imported"
        case let .tooLarge(path, reason): return "\(path): refused: \(reason); nothing was imported"
        case .noCollection(let path):
            return "\(path): no Anki collection in the archive (collection.anki2, .anki21 or .anki21b); nothing was imported"
        case let .badCollection(path, reason): return "\(path): \(reason); nothing was imported"
        case let .badText(path, line, reason): return "\(path):\(line): \(reason); nothing was imported"
        case let .unsupported(path, reason): return "\(path): \(reason)"
        case let .cannotWrite(path, reason): return "\(path): cannot write the file (\(reason))"
        }
    }

    /// Whether the failure is about the file's content (rather than reading or writing it).
    public var isDataError: Bool {
        switch self {
        case .cannotRead, .cannotWrite: return false
        default: return true
        }
    }
}
