import Foundation
import GRDB

/// Reads an Anki collection file, legacy (schema 11: note types and decks as JSON in
/// `col`) or current (schema 18: `notetypes`, `fields`, `templates`, `decks` tables
/// with protobuf blobs). The file is opened read-only and never changed.
public enum AnkiCollectionReader {
    /// Reads the collection at `path`; `name` is how messages call it (`collection.anki21b`).
    /// Throws `StorageError.invalidData` naming what is missing or malformed.
    public static func read(path: String, name: String) throws -> AnkiCollection {
        var configuration = Configuration()
        configuration.readonly = true
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw broken(name, "cannot open it as SQLite: \(message(error))")
        }
        defer { try? queue.close() }
        do {
            return try queue.read { db in try read(db, name: name) }
        } catch let error as StorageError {
            throw error
        } catch {
            throw broken(name, message(error))
        }
    }

    static func read(_ db: Database, name: String) throws -> AnkiCollection {
        for table in ["col", "notes", "cards", "revlog"] where try !db.tableExists(table) {
            throw broken(name, "no table '\(table)'")
        }
        guard let col = try Row.fetchOne(db, sql: "SELECT ver, crt, models, decks FROM col LIMIT 1") else {
            throw broken(name, "its 'col' table is empty")
        }
        let version: Int = col["ver"]
        guard (11...18).contains(version) else { throw broken(name, "schema version \(version) is not supported (11–18)") }
        let modelsJSON: String = col["models"] ?? ""
        let usesTables = try db.tableExists("notetypes") && modelsJSON.trimmingCharacters(in: .whitespaces).count <= 2
        let notetypes = usesTables ? try notetypeTables(db, name: name) : try notetypeJSON(modelsJSON, name: name)
        let decks = usesTables ? try deckTable(db, name: name) : try deckJSON(col["decks"] ?? "", name: name)

        let notes = try Row.fetchAll(db, sql: "SELECT id, guid, mid, mod, tags, flds FROM notes ORDER BY id").map { row in
            let tags: String = row["tags"] ?? ""
            let fields: String = row["flds"] ?? ""
            return AnkiNote(id: row["id"], guid: row["guid"] ?? "", notetypeID: row["mid"], modified: row["mod"] ?? 0,
                            tags: tags.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init),
                            fields: fields.split(separator: "\u{1f}", omittingEmptySubsequences: false).map(String.init))
        }
        let cards = try Row.fetchAll(db, sql: """
            SELECT id, nid, did, ord, mod, type, queue, due, ivl, factor, reps, lapses, left, odue, odid, data
            FROM cards ORDER BY nid, ord, id
            """).map { row in
            AnkiCard(id: row["id"], noteID: row["nid"], deckID: row["did"], ord: row["ord"], modified: row["mod"] ?? 0,
                     type: row["type"], queue: row["queue"], due: row["due"] ?? 0, interval: row["ivl"] ?? 0,
                     factor: row["factor"] ?? 0, reps: row["reps"] ?? 0, lapses: row["lapses"] ?? 0, left: row["left"] ?? 0,
                     originalDue: row["odue"] ?? 0, originalDeckID: row["odid"] ?? 0, data: row["data"] ?? "")
        }
        let reviews = try Row.fetchAll(db, sql: "SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY cid, id").map { row in
            AnkiReview(id: row["id"], cardID: row["cid"], ease: row["ease"], interval: row["ivl"] ?? 0,
                       lastInterval: row["lastIvl"] ?? 0, factor: row["factor"] ?? 0, time: row["time"] ?? 0, type: row["type"])
        }
        return AnkiCollection(schemaVersion: version, creation: col["crt"] ?? 0, notetypes: notetypes, decks: decks,
                              notes: notes, cards: cards, reviews: reviews)
    }

    // MARK: - Schema 11: JSON in `col`

    private static func notetypeJSON(_ text: String, name: String) throws -> [Int64: AnkiNotetype] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw broken(name, "its note types ('col.models') are not JSON")
        }
        var result: [Int64: AnkiNotetype] = [:]
        for (key, value) in object {
            guard let model = value as? [String: Any], let id = int64(model["id"]) ?? Int64(key) else {
                throw broken(name, "note type \(key) is malformed")
            }
            let fields = (model["flds"] as? [[String: Any]] ?? [])
                .sorted { (int64($0["ord"]) ?? 0) < (int64($1["ord"]) ?? 0) }
                .map { $0["name"] as? String ?? "" }
            let templates = (model["tmpls"] as? [[String: Any]] ?? [])
                .sorted { (int64($0["ord"]) ?? 0) < (int64($1["ord"]) ?? 0) }
                .map { AnkiTemplate(name: $0["name"] as? String ?? "", questionFormat: $0["qfmt"] as? String ?? "",
                                    answerFormat: $0["afmt"] as? String ?? "") }
            result[id] = AnkiNotetype(id: id, name: model["name"] as? String ?? "", isCloze: int64(model["type"]) == 1,
                                      fields: fields, templates: templates)
        }
        return result
    }

    private static func deckJSON(_ text: String, name: String) throws -> [Int64: AnkiDeckName] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw broken(name, "its decks ('col.decks') are not JSON")
        }
        var result: [Int64: AnkiDeckName] = [:]
        for (key, value) in object {
            guard let deck = value as? [String: Any], let id = int64(deck["id"]) ?? Int64(key) else { continue }
            result[id] = AnkiDeckName(id: id, name: deck["name"] as? String ?? "Default", filtered: int64(deck["dyn"]) == 1)
        }
        return result
    }

    private static func int64(_ value: Any?) -> Int64? {
        switch value {
        case let number as NSNumber: return number.int64Value
        case let text as String: return Int64(text)
        default: return nil
        }
    }

    // MARK: - Schema 18: tables with protobuf configuration

    private static func notetypeTables(_ db: Database, name: String) throws -> [Int64: AnkiNotetype] {
        for table in ["fields", "templates"] where try !db.tableExists(table) {
            throw broken(name, "no table '\(table)'")
        }
        var result: [Int64: AnkiNotetype] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, name, config FROM notetypes") {
            let id: Int64 = row["id"]
            let config: Data = row["config"] ?? Data()
            // NotetypeConfig: field 1 is the kind (0 normal, 1 cloze).
            let kind = try ProtobufFields(config, name: name).varint(1) ?? 0
            let fields = try String.fetchAll(db, sql: "SELECT name FROM fields WHERE ntid = ? ORDER BY ord", arguments: [id])
            let templates = try Row.fetchAll(db, sql: "SELECT name, config FROM templates WHERE ntid = ? ORDER BY ord",
                                             arguments: [id]).map { template in
                // TemplateConfig: field 1 question format, field 2 answer format.
                let fields = try ProtobufFields(template["config"] ?? Data(), name: name)
                return AnkiTemplate(name: template["name"] ?? "", questionFormat: fields.string(1) ?? "",
                                    answerFormat: fields.string(2) ?? "")
            }
            result[id] = AnkiNotetype(id: id, name: row["name"] ?? "", isCloze: kind == 1, fields: fields, templates: templates)
        }
        return result
    }

    private static func deckTable(_ db: Database, name: String) throws -> [Int64: AnkiDeckName] {
        guard try db.tableExists("decks") else { throw broken(name, "no table 'decks'") }
        var result: [Int64: AnkiDeckName] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, name, kind FROM decks") {
            let id: Int64 = row["id"]
            let rawName: String = row["name"] ?? ""
            // Deck.kind: field 1 normal, field 2 filtered.
            let kind = try ProtobufFields(row["kind"] ?? Data(), name: name)
            result[id] = AnkiDeckName(id: id, name: rawName.replacingOccurrences(of: "\u{1f}", with: "::"),
                                      filtered: kind.has(2))
        }
        return result
    }

    static func broken(_ name: String, _ why: String) -> StorageError {
        StorageError.invalidData("\(name): not a readable Anki collection (\(why))")
    }

    private static func message(_ error: Error) -> String {
        if let error = error as? DatabaseError {
            if error.resultCode == .SQLITE_NOTADB { return "not an SQLite database" }
            if error.resultCode == .SQLITE_CORRUPT { return "the database is damaged" }
            return error.message ?? "\(error.resultCode)"
        }
        return "\(error)"
    }
}

/// The top-level fields of a protobuf message: enough to read Anki's configuration
/// blobs without generated code. Unknown wire types refuse the blob.
struct ProtobufFields {
    private var values: [Int: [Value]] = [:]
    enum Value { case varint(UInt64), bytes(Data) }

    init(_ data: Data, name: String) throws {
        let bytes = [UInt8](data)
        var index = 0
        func varint() throws -> UInt64 {
            var result: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                guard index < bytes.count, shift < 64 else {
                    throw AnkiCollectionReader.broken(name, "a configuration blob is truncated")
                }
                let byte = bytes[index]
                index += 1
                result |= UInt64(byte & 0x7f) << shift
                if byte & 0x80 == 0 { return result }
                shift += 7
            }
        }
        while index < bytes.count {
            let key = try varint()
            let field = Int(truncatingIfNeeded: key >> 3)
            switch key & 7 {
            case 0: values[field, default: []].append(.varint(try varint()))
            case 1, 5:
                let width = key & 7 == 1 ? 8 : 4
                guard index + width <= bytes.count else { throw AnkiCollectionReader.broken(name, "a configuration blob is truncated") }
                index += width
            case 2:
                let length = try varint()
                guard length <= UInt64(bytes.count - index) else {
                    throw AnkiCollectionReader.broken(name, "a configuration blob is truncated")
                }
                let end = index + Int(length)
                values[field, default: []].append(.bytes(Data(bytes[index..<end])))
                index = end
            default:
                throw AnkiCollectionReader.broken(name, "a configuration blob is not protobuf")
            }
        }
    }

    func has(_ field: Int) -> Bool { values[field] != nil }

    func varint(_ field: Int) -> UInt64? {
        for case let .varint(value) in values[field] ?? [] { return value }
        return nil
    }

    func string(_ field: Int) -> String? {
        for case let .bytes(data) in values[field] ?? [] { return String(decoding: data, as: UTF8.self) }
        return nil
    }
}
