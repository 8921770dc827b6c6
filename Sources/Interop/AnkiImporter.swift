import FSRS
import FactdeckModel
import Foundation
import Storage

/// What an import did, for the command's message and `--json`.
public struct InteropImportReport: Sendable, Equatable {
    public var file: String
    /// `apkg`, `colpkg`, `csv`, `tsv`.
    public var format: String
    public var summary: InteropImportSummary
    /// Cards or rows that could not become factdeck cards (unknown note type, empty side…).
    public var skipped: Int
    /// Media files in the archive, which factdeck does not import.
    public var mediaIgnored: Int

    public init(file: String, format: String, summary: InteropImportSummary, skipped: Int, mediaIgnored: Int = 0) {
        self.file = file
        self.format = format
        self.summary = summary
        self.skipped = skipped
        self.mediaIgnored = mediaIgnored
    }
}

/// Imports Anki packages (`.apkg` decks and `.colpkg` whole collections), legacy
/// (`collection.anki2`/`.anki21`, schema 11) and current (`collection.anki21b`,
/// zstd-compressed schema 18), with their review history.
public enum AnkiImporter {
    /// Reads the package at `url` whole, then adds its cards and history to `database`
    /// in one transaction. A bad archive or collection throws `InteropError` and leaves
    /// the collection unchanged. Media files are not imported.
    public static func importPackage(url: URL, into database: CollectionDatabase, clock: StudyDayClock, now: Date,
                                     limits: ExpansionLimits = .default) throws -> InteropImportReport {
        let package = try readPackage(url: url, limits: limits)
        let converted = AnkiCardConversion.convert(package.collection)
        let summary: InteropImportSummary
        do {
            summary = try database.importCards(converted.cards, clock: clock, now: now)
        } catch let error as StorageError {
            throw InteropError.badCollection(path: url.path, reason: error.description)
        }
        try? database.checkpoint()
        return InteropImportReport(file: url.path, format: url.pathExtension.lowercased() == "colpkg" ? "colpkg" : "apkg",
                                   summary: summary, skipped: converted.skipped, mediaIgnored: package.mediaCount)
    }

    struct Package {
        var collection: AnkiCollection
        /// Which entry the collection came from.
        var entry: String
        var mediaCount: Int
    }

    /// Opens the archive, picks the collection entry the package's `meta` names (or the
    /// newest present), extracts it (decompressing zstd) into a private temporary folder
    /// and reads it.
    static func readPackage(url: URL, limits: ExpansionLimits) throws -> Package {
        let archive = try SafeArchive(url: url, limits: limits)
        let version = try archive.data("meta").flatMap(packageVersion) ?? 0
        let entry: String
        switch version {
        case 3...: entry = "collection.anki21b"
        case 2: entry = "collection.anki21"
        case 1: entry = "collection.anki2"
        default:
            guard let present = ["collection.anki21b", "collection.anki21", "collection.anki2"].first(where: archive.contains) else {
                throw InteropError.noCollection(path: url.path)
            }
            entry = present
        }
        guard archive.contains(entry) else { throw InteropError.noCollection(path: url.path) }

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factdeck-import-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw InteropError.cannotWrite(path: folder.path, reason: "cannot create a temporary folder")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let extracted = folder.appendingPathComponent("entry")
        try archive.extract(entry, to: extracted)
        var database = extracted
        if entry.hasSuffix("b") {
            database = folder.appendingPathComponent("collection.sqlite")
            do {
                let written = try Zstd.decompress(extracted, to: database, limit: archive.remainingBytes)
                try archive.account(written)
            } catch Zstd.Failure.tooLarge {
                throw InteropError.tooLarge(path: url.path, reason: "it would expand to more than \(SafeArchive.megabytes(limits.maximumBytes))")
            } catch Zstd.Failure.damaged(let why) {
                throw InteropError.badCollection(path: url.path, reason: "\(entry) is not valid zstd data (\(why))")
            }
        }
        let collection: AnkiCollection
        do {
            collection = try AnkiCollectionReader.read(path: database.path, name: entry)
        } catch let error as StorageError {
            throw InteropError.badCollection(path: url.path, reason: error.description)
        }
        return Package(collection: collection, entry: entry, mediaCount: try mediaCount(archive))
    }

    /// `meta` is a protobuf `PackageMetadata` whose field 1 is the version (1 legacy
    /// `anki2`, 2 legacy `anki21`, 3 current `anki21b`).
    static func packageVersion(_ data: Data) -> Int? {
        let bytes = [UInt8](data)
        guard bytes.count >= 2, bytes[0] == 0x08 else { return nil }
        var value = 0
        var shift = 0
        for byte in bytes.dropFirst() {
            value |= Int(byte & 0x7f) << shift
            if byte & 0x80 == 0 { return value }
            shift += 7
            if shift > 28 { return nil }
        }
        return nil
    }

    /// Numbered media entries (`0`, `1`, …) in the archive.
    private static func mediaCount(_ archive: SafeArchive) throws -> Int {
        var count = 0
        while archive.contains(String(count)) { count += 1 }
        return count
    }
}
