/// The "v2-stats" migration: what `factdeck stats` needs to stay fast on millions of reviews.
///
/// - `reviewStats` sums the review log per 15-minute slot (UTC), deck, fact kind, review
///   kind and rating. Every real time zone's offset is a multiple of 15 minutes, so a slot
///   never straddles a study-day boundary or a local hour, whatever zone and rollover hour
///   the report is drawn in: the table holds no time zone.
/// - Triggers keep it equal to the log in the transaction that changes the log: an answer
///   (`recordAnswer` inserts into `reviewLog`), a deleted review row, a deleted card or deck
///   (its reviews cascade away), and a card moved to another deck or fact kind by an import.
///   Nothing in Swift has to remember to update it.
/// - `card_stats` covers every column the card-side figures read, so they are one scan of
///   a narrow index instead of the card table with its texts.
///
/// Frozen once shipped: change it only with a new migration.
enum StatsSchema {
    /// Milliseconds in one slot of `reviewStats`.
    static let slotMilliseconds: Int64 = 900_000

    /// The review kind of a `reviewLog` row (Anki's revlog type): 0 learning (new or
    /// learning before), 1 relearning, 2 young and 3 mature review. A review is mature when
    /// the interval it was answered on was 21 days or more; that interval is the elapsed
    /// study days plus the study days from the answer to the due time it had (a review
    /// card is due at the start of a study day).
    static func kind(_ r: String) -> String {
        """
        (CASE WHEN \(r).stateBefore IN ('new', 'learning') THEN 0
              WHEN \(r).stateBefore = 'relearning' THEN 1
              WHEN \(r).elapsedDays + (CASE WHEN \(r).dueBefore > \(r).reviewedAt
                                           THEN (\(r).dueBefore - \(r).reviewedAt + 86399999) / 86400000
                                           ELSE -((\(r).reviewedAt - \(r).dueBefore) / 86400000) END) >= 21 THEN 3
              ELSE 2 END)
        """
    }

    /// Subtracts every review of card `c` (OLD) from the deck and fact kind it had.
    private static func subtractCard(_ c: String) -> String {
        """
        UPDATE reviewStats SET reviews = reviewStats.reviews - g.reviews,
                               firstOfDay = reviewStats.firstOfDay - g.firstOfDay,
                               durationMs = reviewStats.durationMs - g.durationMs
        FROM (SELECT r.reviewedAt / 900000 AS slot, \(kind("r")) AS kind, r.rating AS rating, count(*) AS reviews,
                     sum(r.elapsedDays >= 1) AS firstOfDay, sum(r.durationMs) AS durationMs
              FROM reviewLog AS r WHERE r.cardId = \(c).id GROUP BY 1, 2, 3) AS g
        WHERE reviewStats.slot = g.slot AND reviewStats.deckId = \(c).deckId AND reviewStats.factKind = \(c).factKind
          AND reviewStats.kind = g.kind AND reviewStats.rating = g.rating;
        DELETE FROM reviewStats
        WHERE reviews <= 0 AND slot IN (SELECT reviewedAt / 900000 FROM reviewLog WHERE cardId = \(c).id);
        """
    }

    static let v2 = """
    CREATE TABLE reviewStats (
        slot INTEGER NOT NULL,          -- reviewedAt / 900000: the 15-minute slot (UTC)
        deckId INTEGER NOT NULL,
        factKind TEXT NOT NULL,
        kind INTEGER NOT NULL CHECK (kind BETWEEN 0 AND 3),  -- learning, relearning, young, mature
        rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),
        reviews INTEGER NOT NULL,
        firstOfDay INTEGER NOT NULL,    -- reviews with elapsedDays >= 1: the card's first that study day
        durationMs INTEGER NOT NULL,
        PRIMARY KEY (slot, deckId, factKind, kind, rating)
    ) STRICT, WITHOUT ROWID;

    INSERT INTO reviewStats (slot, deckId, factKind, kind, rating, reviews, firstOfDay, durationMs)
    SELECT r.reviewedAt / 900000, card.deckId, card.factKind, \(kind("r")), r.rating, count(*),
           sum(r.elapsedDays >= 1), sum(r.durationMs)
    FROM reviewLog AS r JOIN card ON card.id = r.cardId
    GROUP BY 1, 2, 3, 4, 5;

    CREATE TRIGGER reviewStats_logInsert AFTER INSERT ON reviewLog
    BEGIN
        INSERT INTO reviewStats (slot, deckId, factKind, kind, rating, reviews, firstOfDay, durationMs)
        SELECT NEW.reviewedAt / 900000, card.deckId, card.factKind, \(kind("NEW")), NEW.rating, 1,
               NEW.elapsedDays >= 1, NEW.durationMs
        FROM card WHERE card.id = NEW.cardId
        ON CONFLICT DO UPDATE SET reviews = reviews + 1, firstOfDay = firstOfDay + excluded.firstOfDay,
                                  durationMs = durationMs + excluded.durationMs;
    END;

    -- A review row deleted on its own (its card still there); rows deleted with their
    -- card were already subtracted by reviewStats_cardDelete and find no card here.
    CREATE TRIGGER reviewStats_logDelete AFTER DELETE ON reviewLog
    BEGIN
        UPDATE reviewStats SET reviews = reviews - 1, firstOfDay = firstOfDay - (OLD.elapsedDays >= 1),
                               durationMs = durationMs - OLD.durationMs
        WHERE slot = OLD.reviewedAt / 900000
          AND (deckId, factKind) = (SELECT deckId, factKind FROM card WHERE id = OLD.cardId)
          AND kind = \(kind("OLD")) AND rating = OLD.rating;
        DELETE FROM reviewStats WHERE slot = OLD.reviewedAt / 900000 AND reviews <= 0;
    END;

    -- Also fires for cards deleted by a deck's deletion (foreign-key cascade).
    CREATE TRIGGER reviewStats_cardDelete BEFORE DELETE ON card
    BEGIN
        \(subtractCard("OLD"))
    END;

    CREATE TRIGGER reviewStats_cardMove AFTER UPDATE OF deckId, factKind ON card
    WHEN OLD.deckId <> NEW.deckId OR OLD.factKind <> NEW.factKind
    BEGIN
        \(subtractCard("OLD"))
        INSERT INTO reviewStats (slot, deckId, factKind, kind, rating, reviews, firstOfDay, durationMs)
        SELECT r.reviewedAt / 900000, NEW.deckId, NEW.factKind, \(kind("r")), r.rating, count(*),
               sum(r.elapsedDays >= 1), sum(r.durationMs)
        FROM reviewLog AS r WHERE r.cardId = NEW.id
        GROUP BY 1, 4, 5
        ON CONFLICT DO UPDATE SET reviews = reviews + excluded.reviews,
                                  firstOfDay = firstOfDay + excluded.firstOfDay,
                                  durationMs = durationMs + excluded.durationMs;
    END;

    CREATE INDEX card_stats ON card(deckId, state, stability, difficulty, lastReview, due, lapses, suspended,
                                    buriedUntilDay, createdAt, factKind);
    """
}
