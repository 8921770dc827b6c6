import Foundation
import GRDB

/// The one SQLite file that holds a learner's decks, cards, schedules and review log.
///
/// All SQL of factdeck lives in this target. Opening creates the file (mode 0600) and
/// its folder on first use, turns on WAL, and applies the named migrations; a file from
/// a newer schema, or one that is not a collection, is refused and left untouched.
public final class CollectionDatabase: @unchecked Sendable {
    /// The path the collection was opened from, for messages.
    public let path: String
    let queue: DatabaseQueue

    /// How long a command waits for another process's lock before giving up.
    public static let busyTimeout: TimeInterval = 3

    private init(path: String, queue: DatabaseQueue) {
        self.path = path
        self.queue = queue
    }

    /// Opens (and on first use creates) the collection at `path`.
    public static func open(path: String) throws -> CollectionDatabase {
        let url = URL(fileURLWithPath: path)
        try createIfMissing(url)
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            // Checkpoints run between answers (checkpointIfNeeded) and when the file closes,
            // never inside an answer's commit, so committing stays fast at the 99th percentile.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
        }
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw map(error, path: path)
        }
        let database = CollectionDatabase(path: path, queue: queue)
        try database.prepareSchema()
        return database
    }

    private static func createIfMissing(_ url: URL) throws {
        let manager = FileManager.default
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: url.path, isDirectory: &isFolder) {
            if isFolder.boolValue { throw StorageError.io(path: url.path, reason: "is a folder, not a collection file") }
            return
        }
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true,
                                        attributes: [.posixPermissions: 0o700])
        } catch {
            throw StorageError.io(path: folder.path, reason: "cannot create the folder (\(error.localizedDescription))")
        }
        // Created empty with 0600 first so SQLite (and its -wal/-shm files) inherit the mode.
        let descriptor = Foundation.open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        if descriptor < 0 {
            if errno == EEXIST { return }
            throw StorageError.io(path: url.path, reason: "cannot create the file (\(String(cString: strerror(errno))))")
        }
        close(descriptor)
    }

    private func prepareSchema() throws {
        let migrator = Schema.migrator()
        do {
            let (known, applied, hasTables) = try queue.read { db -> (Set<String>, Set<String>, Bool) in
                let applied = try db.tableExists("grdb_migrations") ? try migrator.appliedIdentifiers(db) : []
                let tableCount = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                return (Set(migrator.migrations), Set(applied), tableCount > 0)
            }
            if hasTables && applied.isEmpty {
                throw StorageError.notACollection(path: path, reason: "it holds other tables")
            }
            let unknown = applied.subtracting(known)
            if !unknown.isEmpty {
                throw StorageError.newerSchema(path: path, unknownMigrations: unknown.sorted())
            }
            if applied != known || !hasTables {
                try queue.writeWithoutTransaction { db in
                    try db.execute(sql: "PRAGMA journal_mode = WAL")
                }
                try migrator.migrate(queue)
            }
        } catch let error as StorageError {
            throw error
        } catch {
            throw Self.map(error, path: path)
        }
    }

    /// Runs `body` in one read transaction, mapping SQLite errors to `StorageError`.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try queue.read(body) } catch { throw Self.map(error, path: path) }
    }

    /// Runs `body` in one write transaction: all of it is committed, or none of it.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try queue.write(body) } catch { throw Self.map(error, path: path) }
    }

    /// Answers committed since the last checkpoint, and how many make one worth doing:
    /// about SQLite's own default of 1000 log pages at roughly 15 pages an answer.
    private var answersSinceCheckpoint = 0
    private let checkpointLock = NSLock()
    public static let answersPerCheckpoint = 64

    /// Notes one committed answer (called by `answer`).
    func countAnswer() {
        checkpointLock.lock()
        answersSinceCheckpoint += 1
        checkpointLock.unlock()
    }

    /// Folds the write-ahead log back into the main file once `answersPerCheckpoint` answers
    /// have been committed since the last time; meant for idle moments, such as after an
    /// answer is shown. Passive: it never waits for another process, and the log is then
    /// reused from its start (its file keeps its size, which keeps each commit's fsync cheap).
    public func checkpointIfNeeded(every answers: Int = answersPerCheckpoint) {
        checkpointLock.lock()
        let due = answersSinceCheckpoint >= answers
        if due { answersSinceCheckpoint = 0 }
        checkpointLock.unlock()
        guard due else { return }
        try? queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(PASSIVE)") }
    }

    /// Folds the write-ahead log back into the main file (after bulk imports).
    public func checkpoint() throws {
        do {
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        } catch {
            throw Self.map(error, path: path)
        }
    }

    static func map(_ error: Error, path: String) -> Error {
        if error is StorageError { return error }
        guard let error = error as? DatabaseError else { return error }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StorageError.locked(path: path)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return StorageError.notACollection(path: path, reason: "not an SQLite database, or damaged")
        case .SQLITE_CANTOPEN, .SQLITE_IOERR, .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_FULL:
            return StorageError.io(path: path, reason: error.message ?? "\(error.resultCode)")
        case .SQLITE_CONSTRAINT:
            return StorageError.invalidData("\(path): refused by the collection's rules (\(error.message ?? "constraint"))")
        default:
            return StorageError.io(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }
}
