import Foundation
import GRDB

/// Writes a legacy (schema 11) Anki collection file, the `collection.anki2` of an
/// `.apkg` that every Anki since 2.1 and AnkiDroid import. The caller provides the
/// rows and the JSON of `col` (note types, decks, deck options, configuration).
public enum AnkiCollectionWriter {
    /// The JSON columns of the `col` row.
    public struct ColumnJSON: Sendable {
        public var configuration: String
        public var notetypes: String
        public var decks: String
        public var deckOptions: String

        public init(configuration: String, notetypes: String, decks: String, deckOptions: String) {
            self.configuration = configuration
            self.notetypes = notetypes
            self.decks = decks
            self.deckOptions = deckOptions
        }
    }

    /// Creates the file at `path` (which must not exist) holding `collection`.
    /// `modified` is in milliseconds. Notes get their sort field and checksum here.
    public static func write(_ collection: AnkiCollection, json: ColumnJSON, modified: Int64, to path: String) throws {
        do {
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: schema)
                try db.execute(sql: """
                    INSERT INTO col (id, crt, mod, scm, ver, dty, usn, ls, conf, models, decks, dconf, tags)
                    VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')
                    """, arguments: [collection.creation, modified, modified, json.configuration, json.notetypes,
                                     json.decks, json.deckOptions])
                let noteStatement = try db.makeStatement(sql: """
                    INSERT INTO notes (id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data)
                    VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')
                    """)
                for note in collection.notes {
                    let sortField = note.fields.first ?? ""
                    let tags = note.tags.isEmpty ? "" : " " + note.tags.joined(separator: " ") + " "
                    try noteStatement.execute(arguments: [note.id, note.guid, note.notetypeID, note.modified, tags,
                                                          note.fields.joined(separator: "\u{1f}"),
                                                          AnkiText.sortField(sortField),
                                                          AnkiText.checksum(AnkiText.stripHTML(sortField))])
                }
                let cardStatement = try db.makeStatement(sql: """
                    INSERT INTO cards (id, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps, lapses,
                                       left, odue, odid, flags, data)
                    VALUES (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
                    """)
                for card in collection.cards {
                    try cardStatement.execute(arguments: [card.id, card.noteID, card.deckID, card.ord, card.modified,
                                                          card.type, card.queue, card.due, card.interval, card.factor,
                                                          card.reps, card.lapses, card.left, card.originalDue,
                                                          card.originalDeckID, card.data])
                }
                let reviewStatement = try db.makeStatement(sql: """
                    INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type)
                    VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)
                    """)
                for review in collection.reviews {
                    try reviewStatement.execute(arguments: [review.id, review.cardID, review.ease, review.interval,
                                                            review.lastInterval, review.factor, review.time, review.type])
                }
            }
            try queue.close()
        } catch let error as DatabaseError {
            throw StorageError.io(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// Anki's schema 11, as Anki 2.1 creates it.
    private static let schema = """
    CREATE TABLE col (
        id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL,
        ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL,
        conf text NOT NULL, models text NOT NULL, decks text NOT NULL, dconf text NOT NULL, tags text NOT NULL
    );
    CREATE TABLE notes (
        id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL,
        usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL,
        csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL
    );
    CREATE TABLE cards (
        id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL,
        mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL,
        due integer NOT NULL, ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL,
        lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL, odid integer NOT NULL,
        flags integer NOT NULL, data text NOT NULL
    );
    CREATE TABLE revlog (
        id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL,
        ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL,
        type integer NOT NULL
    );
    CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
    CREATE INDEX ix_notes_usn ON notes (usn);
    CREATE INDEX ix_cards_usn ON cards (usn);
    CREATE INDEX ix_revlog_usn ON revlog (usn);
    CREATE INDEX ix_cards_nid ON cards (nid);
    CREATE INDEX ix_cards_sched ON cards (did, queue, due);
    CREATE INDEX ix_revlog_cid ON revlog (cid);
    CREATE INDEX ix_notes_csum ON notes (csum);
    """
}

/// Text rules Anki applies to fields.
public enum AnkiText {
    /// The sort field as Anki stores it: the field without HTML (numbers sort as numbers).
    static func sortField(_ field: String) -> DatabaseValueConvertible {
        let text = stripHTML(field)
        if let number = Int64(text) { return number }
        return text
    }

    /// The first 8 hex digits of the SHA-1 of the field without HTML, as an integer
    /// (Anki's duplicate check).
    public static func checksum(_ text: String) -> Int64 {
        let digest = SHA1.hash(Array(text.utf8))
        return Int64(digest[0]) << 24 | Int64(digest[1]) << 16 | Int64(digest[2]) << 8 | Int64(digest[3])
    }

    /// Removes tags and decodes the common entities (enough for sort fields and checksums).
    public static func stripHTML(_ html: String) -> String {
        var out = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true; continue }
            if character == ">" && inTag { inTag = false; continue }
            if !inTag { out.append(character) }
        }
        return out.replacingOccurrences(of: "&nbsp;", with: " ").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// SHA-1 for Anki's note checksums (not for security).
enum SHA1 {
    static func hash(_ message: [UInt8]) -> [UInt8] {
        var h: [UInt32] = [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0]
        var data = message
        let bitLength = UInt64(message.count) * 8
        data.append(0x80)
        while data.count % 64 != 56 { data.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { data.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        var w = [UInt32](repeating: 0, count: 80)
        for chunk in stride(from: 0, to: data.count, by: 64) {
            for i in 0..<16 {
                w[i] = UInt32(data[chunk + 4 * i]) << 24 | UInt32(data[chunk + 4 * i + 1]) << 16
                    | UInt32(data[chunk + 4 * i + 2]) << 8 | UInt32(data[chunk + 4 * i + 3])
            }
            for i in 16..<80 {
                let value = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]
                w[i] = value << 1 | value >> 31
            }
            var (a, b, c, d, e) = (h[0], h[1], h[2], h[3], h[4])
            for i in 0..<80 {
                let (f, k): (UInt32, UInt32)
                switch i {
                case 0..<20: (f, k) = ((b & c) | (~b & d), 0x5A82_7999)
                case 20..<40: (f, k) = (b ^ c ^ d, 0x6ED9_EBA1)
                case 40..<60: (f, k) = ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC)
                default: (f, k) = (b ^ c ^ d, 0xCA62_C1D6)
                }
                let temp = (a << 5 | a >> 27) &+ f &+ e &+ k &+ w[i]
                (e, d, c, b, a) = (d, c, b << 30 | b >> 2, a, temp)
            }
            h[0] = h[0] &+ a; h[1] = h[1] &+ b; h[2] = h[2] &+ c; h[3] = h[3] &+ d; h[4] = h[4] &+ e
        }
        return h.flatMap { value in (0..<4).map { UInt8(truncatingIfNeeded: value >> UInt32(24 - 8 * $0)) } }
    }
}
