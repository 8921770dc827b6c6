import GRDB

/// The collection's schema as named migrations. A migration is frozen once shipped:
/// change the schema only by appending a new one.
enum Schema {
    static func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-collection") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2-stats") { db in
            try db.execute(sql: StatsSchema.v2)
        }
        return migrator
    }

    private static let v1 = """
    CREATE TABLE meta (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE deck (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        createdAt INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE deckOptions (
        deckId INTEGER PRIMARY KEY NOT NULL REFERENCES deck(id) ON DELETE CASCADE,
        desiredRetention REAL NOT NULL CHECK (desiredRetention BETWEEN 0.7 AND 0.99),
        newPerDay INTEGER NOT NULL CHECK (newPerDay >= 0),
        reviewsPerDay INTEGER NOT NULL CHECK (reviewsPerDay >= 0),
        learningSteps TEXT NOT NULL,
        relearningSteps TEXT NOT NULL,
        maximumInterval INTEGER NOT NULL CHECK (maximumInterval BETWEEN 1 AND 36500),
        fuzz INTEGER NOT NULL CHECK (fuzz IN (0, 1))
    ) STRICT;

    CREATE TABLE source (
        id INTEGER PRIMARY KEY,
        document TEXT NOT NULL UNIQUE
    ) STRICT;

    -- Times are whole milliseconds since 1970-01-01 UTC.
    CREATE TABLE card (
        id TEXT PRIMARY KEY NOT NULL CHECK (length(id) BETWEEN 1 AND 64),
        noteId TEXT NOT NULL,
        deckId INTEGER NOT NULL REFERENCES deck(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('basic', 'cloze', 'typed')),
        prompt TEXT NOT NULL,
        answer TEXT NOT NULL,
        alternatives TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(alternatives)),
        factKind TEXT NOT NULL CHECK (factKind IN ('date', 'figure', 'group', 'position', 'custom')),
        hint TEXT,
        context TEXT,
        sourceId INTEGER REFERENCES source(id),
        tags TEXT NOT NULL DEFAULT '',
        state TEXT NOT NULL CHECK (state IN ('new', 'learning', 'review', 'relearning')),
        step INTEGER CHECK (step >= 0),
        stability REAL CHECK (stability > 0),
        difficulty REAL CHECK (difficulty BETWEEN 1 AND 10),
        due INTEGER NOT NULL,
        lastReview INTEGER,
        reps INTEGER NOT NULL DEFAULT 0 CHECK (reps >= 0),
        lapses INTEGER NOT NULL DEFAULT 0 CHECK (lapses >= 0),
        suspended INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1)),
        buriedUntilDay INTEGER,
        position INTEGER NOT NULL,
        createdAt INTEGER NOT NULL,
        modifiedAt INTEGER NOT NULL,
        version INTEGER NOT NULL DEFAULT 0,
        CHECK ((state = 'new') = (stability IS NULL))
    ) STRICT;
    CREATE INDEX card_due ON card(due, id) WHERE suspended = 0 AND state <> 'new';
    CREATE INDEX card_deck_state ON card(deckId, state, due);
    CREATE INDEX card_new ON card(deckId, position) WHERE state = 'new';
    CREATE INDEX card_note ON card(noteId);
    CREATE INDEX card_position ON card(position);
    CREATE INDEX card_suspended ON card(deckId) WHERE suspended = 1;

    CREATE TABLE reviewLog (
        id INTEGER PRIMARY KEY,
        cardId TEXT NOT NULL REFERENCES card(id) ON DELETE CASCADE,
        reviewedAt INTEGER NOT NULL,
        rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
        elapsedDays INTEGER NOT NULL CHECK (elapsedDays >= 0),
        durationMs INTEGER NOT NULL CHECK (durationMs >= 0),
        stateBefore TEXT NOT NULL CHECK (stateBefore IN ('new', 'learning', 'review', 'relearning')),
        stepBefore INTEGER,
        stabilityBefore REAL,
        difficultyBefore REAL,
        dueBefore INTEGER NOT NULL,
        stateAfter TEXT NOT NULL CHECK (stateAfter IN ('learning', 'review', 'relearning')),
        stepAfter INTEGER,
        stabilityAfter REAL NOT NULL,
        difficultyAfter REAL NOT NULL,
        dueAfter INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX reviewLog_card ON reviewLog(cardId, reviewedAt);
    CREATE INDEX reviewLog_time ON reviewLog(reviewedAt);
    CREATE TRIGGER reviewLog_appendOnly BEFORE UPDATE ON reviewLog
    BEGIN SELECT RAISE(ABORT, 'reviewLog is append-only'); END;
    """
}
