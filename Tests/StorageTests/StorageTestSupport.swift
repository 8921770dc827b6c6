import FSRS
import FactdeckModel
import Foundation
import Storage

/// A collection in its own temporary folder, for one test.
struct TemporaryCollection {
    let folder: URL
    let database: CollectionDatabase
    let now = Date(timeIntervalSince1970: 1_736_683_200) // 2025-01-12T12:00:00Z

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("factdeck-storage-\(UUID().uuidString)")
        database = try CollectionDatabase.open(path: folder.appendingPathComponent("c.sqlite").path)
    }

    var path: String { database.path }

    func draft(_ id: String, prompt: String = "Q", answer: String = "A") -> CardDraft {
        // Test ids are fixed literals known to be valid.
        CardDraft(id: CardID(id) ?? CardID.derived(from: id), content: CardContent(kind: .basic, prompt: prompt, answer: answer))
    }

    func cleanUp() { try? FileManager.default.removeItem(at: folder) }
}

extension TimeZone {
    static let utcZone = TimeZone(secondsFromGMT: 0) ?? .current
}
