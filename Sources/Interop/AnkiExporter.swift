import FSRS
import FactdeckModel
import Foundation
import Storage
import ZIPFoundation

/// What an export wrote.
public struct ExportReport: Sendable, Equatable {
    public var file: String
    public var format: String
    public var cards: Int
    public var notes: Int
    /// Review-log rows written (0 without progress).
    public var reviews: Int

    public init(file: String, format: String, cards: Int, notes: Int, reviews: Int) {
        self.file = file
        self.format = format
        self.cards = cards
        self.notes = notes
        self.reviews = reviews
    }
}

/// Writes a deck as an Anki package: a zip with `collection.anki2` (legacy schema 11,
/// which every Anki since 2.1 and AnkiDroid import) and an empty `media` list.
/// Notes keep stable GUIDs (the card id, or the note id of cloze siblings), so importing
/// a newer export into Anki updates its notes instead of duplicating them.
public enum AnkiExporter {
    /// Note type ids are fixed so that every export names the same note types; their names
    /// say where they come from (as genanki's do), so they never clash with Anki's stock ones.
    static let basicID: Int64 = 1_700_000_000_101
    static let typedID: Int64 = 1_700_000_000_102
    static let clozeID: Int64 = 1_700_000_000_103

    /// Exports the deck `deckName` (and its `::` subdecks) to `url`. With `withProgress`,
    /// cards keep their state, due date and FSRS memory, and the review log goes along.
    public static func exportPackage(deckName: String, from database: CollectionDatabase, to url: URL,
                                     withProgress: Bool, clock: StudyDayClock, now: Date) throws -> ExportReport {
        let entries = try database.exportCards(deckName: deckName)
        let notes = ExportNote.build(entries)
        let (collection, json) = build(notes, withProgress: withProgress, clock: clock, now: now)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factdeck-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let databaseURL = folder.appendingPathComponent("collection.anki2")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try AnkiCollectionWriter.write(collection, json: json, modified: Int64(now.timeIntervalSince1970 * 1000),
                                           to: databaseURL.path)
        } catch let error as StorageError {
            throw InteropError.cannotWrite(path: url.path, reason: error.description)
        } catch {
            throw InteropError.cannotWrite(path: url.path, reason: "\(error.localizedDescription)")
        }
        guard let data = FileManager.default.contents(atPath: databaseURL.path) else {
            throw InteropError.cannotWrite(path: url.path, reason: "the collection was not written")
        }
        try writeZip([("collection.anki2", data), ("media", Data("{}".utf8))], to: url, date: now)
        return ExportReport(file: url.path, format: "apkg", cards: collection.cards.count, notes: collection.notes.count,
                            reviews: collection.reviews.count)
    }

    /// Writes `entries` as a deflated zip, atomically (a temporary file renamed over `url`).
    static func writeZip(_ entries: [(String, Data)], to url: URL, date: Date) throws {
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            let archive = try Archive(url: temporary, accessMode: .create)
            for (name, data) in entries {
                try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), modificationDate: date,
                                     compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw InteropError.cannotWrite(path: url.path, reason: "\(error)")
        }
        try moveIntoPlace(temporary, url)
    }

    static func moveIntoPlace(_ temporary: URL, _ url: URL) throws {
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw InteropError.cannotWrite(path: url.path, reason: reason)
        }
    }

    // MARK: - Building the collection

    static func build(_ notes: [ExportNote], withProgress: Bool, clock: StudyDayClock,
                      now: Date) -> (AnkiCollection, AnkiCollectionWriter.ColumnJSON) {
        var earliest = now
        for note in notes {
            for entry in note.cards {
                earliest = min(earliest, entry.card.createdAt)
                if withProgress, let first = entry.reviews.first { earliest = min(earliest, first.reviewedAt) }
            }
        }
        let creationDay = clock.dayNumber(earliest)
        let creation = Int64(clock.startOfDay(creationDay).timeIntervalSince1970)

        var deckIDs: [String: Int64] = [:]
        var usedNoteIDs: Set<Int64> = [], usedCardIDs: Set<Int64> = [], usedReviewIDs: Set<Int64> = []
        func unique(_ value: Int64, _ used: inout Set<Int64>) -> Int64 {
            var candidate = value
            while !used.insert(candidate).inserted { candidate += 1 }
            return candidate
        }
        var ankiNotes: [AnkiNote] = [], ankiCards: [AnkiCard] = [], ankiReviews: [AnkiReview] = []
        var newPosition: Int64 = 0
        for note in notes {
            let first = note.cards[0].card
            let noteID = unique(milliseconds(first.createdAt), &usedNoteIDs)
            let notetypeID = note.kind == .cloze ? clozeID : note.kind == .typed ? typedID : basicID
            ankiNotes.append(AnkiNote(id: noteID, guid: note.guid, notetypeID: notetypeID,
                                      modified: Int64(note.cards.map(\.card.modifiedAt).max()?.timeIntervalSince1970 ?? 0),
                                      tags: note.tags, fields: note.fields))
            for (ordinal, entry) in note.cards.enumerated() {
                let card = entry.card
                let deckID = deckIDs[card.deckName] ?? deckID(for: card.deckName)
                deckIDs[card.deckName] = deckID
                let cardID = unique(milliseconds(card.createdAt), &usedCardIDs)
                newPosition += 1
                var ankiCard = AnkiCard(id: cardID, noteID: noteID, deckID: deckID, ord: ordinal,
                                        modified: Int64(card.modifiedAt.timeIntervalSince1970), type: 0,
                                        queue: card.suspended ? -1 : 0, due: newPosition,
                                        data: cardData(card, withProgress: withProgress))
                if withProgress {
                    schedule(&ankiCard, card.schedule, clock: clock, creationDay: creationDay)
                    var lastInterval: Int64 = 0
                    for record in entry.reviews {
                        let interval = reviewInterval(record, clock: clock)
                        let id = unique(milliseconds(record.reviewedAt), &usedReviewIDs)
                        ankiReviews.append(AnkiReview(id: id, cardID: cardID, ease: record.rating.rawValue,
                                                      interval: interval, lastInterval: lastInterval,
                                                      factor: record.after.state == .review ? 2500 : 0,
                                                      time: Int64((record.duration * 1000).rounded()),
                                                      type: reviewType(record.before.state)))
                        lastInterval = interval
                    }
                }
                ankiCards.append(ankiCard)
            }
        }
        // Parent decks of `A::B` exist in Anki too.
        for name in Array(deckIDs.keys) {
            var parts = name.components(separatedBy: "::")
            while parts.count > 1 {
                parts.removeLast()
                let parent = parts.joined(separator: "::")
                if deckIDs[parent] == nil { deckIDs[parent] = deckID(for: parent) }
            }
        }
        let collection = AnkiCollection(schemaVersion: 11, creation: creation, notetypes: [:], decks: [:],
                                        notes: ankiNotes, cards: ankiCards, reviews: ankiReviews)
        let json = AnkiCollectionWriter.ColumnJSON(
            configuration: serialize(configuration(nextPosition: newPosition + 1)),
            notetypes: serialize(notetypes(now: now)),
            decks: serialize(decks(deckIDs, now: now)),
            deckOptions: serialize(["1": deckOptions()]))
        return (collection, json)
    }

    private static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }

    /// A deck id derived from the name (FNV-1a), so the same deck always has the same id.
    static func deckID(for name: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return 1_000_000_000_000 + Int64(hash % 8_000_000_000_000)
    }

    /// Anki's card state for a factdeck schedule; due dates in Anki's units.
    private static func schedule(_ card: inout AnkiCard, _ schedule: SchedulingState, clock: StudyDayClock, creationDay: Int) {
        card.reps = schedule.reps
        card.lapses = schedule.lapses
        let suspended = card.queue == -1
        switch schedule.state {
        case .new:
            return
        case .learning, .relearning:
            card.type = schedule.state == .learning ? 1 : 3
            card.queue = 1
            card.due = Int64(schedule.due.timeIntervalSince1970)
            card.left = 1001
            card.factor = 2500
            if schedule.state == .relearning, let last = schedule.lastReview {
                card.interval = Int64(max(1, clock.dayNumber(schedule.due) - clock.dayNumber(last)))
            }
        case .review:
            card.type = 2
            card.queue = 2
            card.due = Int64(clock.dayNumber(schedule.due) - creationDay)
            let last = schedule.lastReview.map(clock.dayNumber) ?? clock.dayNumber(schedule.due)
            card.interval = Int64(max(1, clock.dayNumber(schedule.due) - last))
            card.factor = 2500
        }
        if suspended { card.queue = -1 }
    }

    /// The card's `data` JSON: factdeck's card id as custom data (so the card keeps its id
    /// through Anki), and with progress the FSRS memory state.
    private static func cardData(_ card: Card, withProgress: Bool) -> String {
        var parts: [String] = []
        if withProgress, let memory = card.schedule.memory {
            parts.append("\"s\":\(String(format: "%.4f", memory.stability))")
            parts.append("\"d\":\(String(format: "%.4f", memory.difficulty))")
            if let last = card.schedule.lastReview { parts.append("\"lrt\":\(Int64(last.timeIntervalSince1970))") }
        }
        // Anki keeps custom data as a JSON text inside the JSON.
        parts.append("\"cd\":\"{\\\"fd\\\":\\\"\(card.id.rawValue)\\\"}\"")
        return "{" + parts.joined(separator: ",") + "}"
    }

    private static func reviewType(_ state: CardState) -> Int {
        switch state {
        case .new, .learning: return 0
        case .review: return 1
        case .relearning: return 2
        }
    }

    /// Days for a review interval, negative seconds for a (re)learning step.
    private static func reviewInterval(_ record: ReviewRecord, clock: StudyDayClock) -> Int64 {
        if record.after.state == .review {
            return Int64(max(1, clock.dayNumber(record.after.due) - clock.dayNumber(record.reviewedAt)))
        }
        return -Int64(max(1, record.after.due.timeIntervalSince(record.reviewedAt).rounded()))
    }

    // MARK: - col JSON

    private static func serialize(_ object: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    private static func configuration(nextPosition: Int64) -> [String: Any] {
        ["activeDecks": [1], "addToCur": true, "collapseTime": 1200, "creationOffset": 0, "curDeck": 1,
         "curModel": basicID, "dayLearnFirst": false, "dueCounts": true, "estTimes": true, "newSpread": 0,
         "nextPos": nextPosition, "schedVer": 2, "sched2021": true, "sortBackwards": false, "sortType": "noteFld",
         "timeLim": 0]
    }

    private static let css = """
    .card {
        font-family: arial;
        font-size: 20px;
        text-align: center;
        color: black;
        background-color: white;
    }
    .cloze {
        font-weight: bold;
        color: blue;
    }
    """

    private static func notetypes(now: Date) -> [String: Any] {
        func field(_ name: String, _ ord: Int) -> [String: Any] {
            ["name": name, "ord": ord, "sticky": false, "rtl": false, "font": "Arial", "size": 20, "media": [String]()]
        }
        func template(_ name: String, _ question: String, _ answer: String) -> [String: Any] {
            ["name": name, "ord": 0, "qfmt": question, "afmt": answer, "bqfmt": "", "bafmt": "", "did": NSNull(),
             "bfont": "", "bsize": 0]
        }
        func notetype(_ id: Int64, _ name: String, type: Int, fields: [String], template: [String: Any]) -> [String: Any] {
            ["id": id, "name": name, "type": type, "mod": Int64(now.timeIntervalSince1970), "usn": -1, "sortf": 0,
             "did": NSNull(), "tmpls": [template], "flds": fields.enumerated().map { field($1, $0) }, "css": css,
             "latexPre": "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
             "latexPost": "\\end{document}", "latexsvg": false, "req": [[0, "any", [0]]], "tags": [String](),
             "vers": [Int]()]
        }
        return [
            String(basicID): notetype(basicID, "Basic (factdeck)", type: 0, fields: ["Front", "Back"],
                                      template: template("Card 1", "{{Front}}", "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}")),
            String(typedID): notetype(typedID, "Basic (type in the answer) (factdeck)", type: 0, fields: ["Front", "Back"],
                                      template: template("Card 1", "{{Front}}\n\n{{type:Back}}",
                                                         "{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}")),
            String(clozeID): notetype(clozeID, "Cloze (factdeck)", type: 1, fields: ["Text", "Back Extra"],
                                      template: template("Cloze", "{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}")),
        ]
    }

    private static func decks(_ ids: [String: Int64], now: Date) -> [String: Any] {
        func deck(_ id: Int64, _ name: String) -> [String: Any] {
            ["id": id, "name": name, "mod": Int64(now.timeIntervalSince1970), "usn": -1, "lrnToday": [0, 0],
             "revToday": [0, 0], "newToday": [0, 0], "timeToday": [0, 0], "collapsed": false, "browserCollapsed": false,
             "desc": "", "dyn": 0, "conf": 1, "extendNew": 0, "extendRev": 0]
        }
        var result: [String: Any] = ["1": deck(1, "Default")]
        for (name, id) in ids { result[String(id)] = deck(id, name) }
        return result
    }

    private static func deckOptions() -> [String: Any] {
        ["id": 1, "name": "Default", "mod": 0, "usn": 0, "maxTaken": 60, "autoplay": true, "timer": 0, "replayq": true,
         "dyn": false,
         "new": ["bury": false, "delays": [1.0, 10.0], "initialFactor": 2500, "ints": [1, 4, 0], "order": 1, "perDay": 20],
         "rev": ["bury": false, "ease4": 1.3, "ivlFct": 1.0, "maxIvl": 36500, "perDay": 200, "hardFactor": 1.2],
         "lapse": ["delays": [10.0], "leechAction": 1, "leechFails": 8, "minInt": 1, "mult": 0.0],
         "desiredRetention": 0.9]
    }
}
