import Foundation

/// The parts of an Anki collection file (`collection.anki2`, `.anki21`, or the
/// decompressed `.anki21b`) that factdeck reads and writes, as plain values.
/// Times and ids are Anki's: note and card ids are creation milliseconds, review
/// ids are the milliseconds of the answer.
public struct AnkiCollection: Sendable, Equatable {
    /// `col.ver`: 11 for the legacy schema, 18 for the current one.
    public var schemaVersion: Int
    /// `col.crt`: the collection's creation, in seconds; review-card due days count from its day.
    public var creation: Int64
    public var notetypes: [Int64: AnkiNotetype]
    public var decks: [Int64: AnkiDeckName]
    public var notes: [AnkiNote]
    public var cards: [AnkiCard]
    public var reviews: [AnkiReview]

    public init(schemaVersion: Int = 11, creation: Int64, notetypes: [Int64: AnkiNotetype], decks: [Int64: AnkiDeckName],
                notes: [AnkiNote], cards: [AnkiCard], reviews: [AnkiReview]) {
        self.schemaVersion = schemaVersion
        self.creation = creation
        self.notetypes = notetypes
        self.decks = decks
        self.notes = notes
        self.cards = cards
        self.reviews = reviews
    }
}

/// A note type: its field names and card templates, and whether it is a cloze type.
public struct AnkiNotetype: Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var isCloze: Bool
    public var fields: [String]
    public var templates: [AnkiTemplate]

    public init(id: Int64, name: String, isCloze: Bool, fields: [String], templates: [AnkiTemplate]) {
        self.id = id
        self.name = name
        self.isCloze = isCloze
        self.fields = fields
        self.templates = templates
    }
}

public struct AnkiTemplate: Sendable, Equatable {
    public var name: String
    public var questionFormat: String
    public var answerFormat: String

    public init(name: String, questionFormat: String, answerFormat: String) {
        self.name = name
        self.questionFormat = questionFormat
        self.answerFormat = answerFormat
    }
}

/// A deck's name with `::` between the levels of its hierarchy.
public struct AnkiDeckName: Sendable, Equatable {
    public var id: Int64
    public var name: String
    /// A filtered (dynamic) deck: its cards belong to their original deck (`AnkiCard.originalDeckID`).
    public var filtered: Bool

    public init(id: Int64, name: String, filtered: Bool = false) {
        self.id = id
        self.name = name
        self.filtered = filtered
    }
}

public struct AnkiNote: Sendable, Equatable {
    public var id: Int64
    public var guid: String
    public var notetypeID: Int64
    /// Seconds.
    public var modified: Int64
    public var tags: [String]
    /// Field values (HTML), in the note type's field order.
    public var fields: [String]

    public init(id: Int64, guid: String, notetypeID: Int64, modified: Int64, tags: [String], fields: [String]) {
        self.id = id
        self.guid = guid
        self.notetypeID = notetypeID
        self.modified = modified
        self.tags = tags
        self.fields = fields
    }
}

public struct AnkiCard: Sendable, Equatable {
    public var id: Int64
    public var noteID: Int64
    public var deckID: Int64
    /// Template index (for cloze note types: the cloze number minus one).
    public var ord: Int
    public var modified: Int64
    /// 0 new, 1 learning, 2 review, 3 relearning.
    public var type: Int
    /// -3/-2 buried, -1 suspended, 0 new, 1 learning, 2 review, 3 day-learning, 4 preview.
    public var queue: Int
    /// New: position; learning: epoch seconds; review: days since the collection's creation day.
    public var due: Int64
    /// Days (review) or negative seconds.
    public var interval: Int64
    /// Ease in permille (2500), 0 for new cards.
    public var factor: Int64
    public var reps: Int
    public var lapses: Int
    /// Learning steps left (Anki's `left`).
    public var left: Int
    public var originalDue: Int64
    /// The home deck of a card in a filtered deck, else 0.
    public var originalDeckID: Int64
    /// JSON: FSRS memory (`s`, `d`, `dr`), custom data (`cd`).
    public var data: String

    public init(id: Int64, noteID: Int64, deckID: Int64, ord: Int, modified: Int64, type: Int, queue: Int, due: Int64,
                interval: Int64 = 0, factor: Int64 = 0, reps: Int = 0, lapses: Int = 0, left: Int = 0,
                originalDue: Int64 = 0, originalDeckID: Int64 = 0, data: String = "") {
        self.id = id
        self.noteID = noteID
        self.deckID = deckID
        self.ord = ord
        self.modified = modified
        self.type = type
        self.queue = queue
        self.due = due
        self.interval = interval
        self.factor = factor
        self.reps = reps
        self.lapses = lapses
        self.left = left
        self.originalDue = originalDue
        self.originalDeckID = originalDeckID
        self.data = data
    }
}

/// One row of Anki's `revlog`.
public struct AnkiReview: Sendable, Equatable {
    /// Milliseconds of the answer (unique in a collection).
    public var id: Int64
    public var cardID: Int64
    /// The button: 1 again … 4 easy; 0 for a manual change.
    public var ease: Int
    /// Days when positive, seconds when negative.
    public var interval: Int64
    public var lastInterval: Int64
    public var factor: Int64
    /// Milliseconds taken to answer.
    public var time: Int64
    /// 0 learn, 1 review, 2 relearn, 3 filtered, 4 manual, 5 rescheduled.
    public var type: Int

    public init(id: Int64, cardID: Int64, ease: Int, interval: Int64, lastInterval: Int64, factor: Int64, time: Int64, type: Int) {
        self.id = id
        self.cardID = cardID
        self.ease = ease
        self.interval = interval
        self.lastInterval = lastInterval
        self.factor = factor
        self.time = time
        self.type = type
    }
}
