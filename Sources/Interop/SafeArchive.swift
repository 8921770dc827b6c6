import Foundation
import ZIPFoundation

/// How far an archive may expand when read: past these, it is refused as a zip bomb.
public struct ExpansionLimits: Sendable, Equatable {
    /// Bytes that may be decompressed from one import, all entries together (zip and zstd).
    public var maximumBytes: Int64
    /// Entries the archive may list.
    public var maximumEntries: Int

    public init(maximumBytes: Int64 = 1 << 30, maximumEntries: Int = 100_000) {
        self.maximumBytes = maximumBytes
        self.maximumEntries = maximumEntries
    }

    public static let `default` = ExpansionLimits()
}

/// A zip archive opened for reading with its entry names checked (no absolute paths,
/// no `..`) and every byte extracted counted against `ExpansionLimits`.
/// Entries are only ever extracted to files this type names, in a folder it owns.
final class SafeArchive {
    let path: String
    private let archive: Archive
    private let limits: ExpansionLimits
    private var entries: [String: Entry] = [:]
    private var extracted: Int64 = 0

    init(url: URL, limits: ExpansionLimits) throws {
        path = url.path
        self.limits = limits
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw InteropError.cannotRead(path: url.path, reason: FileManager.default.fileExists(atPath: url.path)
                                          ? "permission denied" : "no such file")
        }
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            throw InteropError.notAnArchive(path: url.path, reason: "no zip directory found: the file is not a zip or is truncated")
        }
        var count = 0
        var declared: Int64 = 0
        for entry in archive {
            count += 1
            guard count <= limits.maximumEntries else {
                throw InteropError.tooLarge(path: path, reason: "the archive lists more than \(limits.maximumEntries) entries")
            }
            guard Self.isSafe(entry.path) else { throw InteropError.unsafeEntry(path: path, entry: entry.path) }
            if entry.type == .symlink { throw InteropError.unsafeEntry(path: path, entry: entry.path) }
            if Self.isCollectionEntry(entry.path) {
                declared += Int64(clamping: entry.uncompressedSize)
                guard declared <= limits.maximumBytes else {
                    throw InteropError.tooLarge(path: path, reason: "it would expand to more than \(Self.megabytes(limits.maximumBytes))")
                }
            }
            entries[entry.path] = entry
        }
        guard count > 0 else { throw InteropError.notAnArchive(path: path, reason: "it has no entries") }
    }

    /// An entry name is safe when it is relative and never climbs out of its folder.
    static func isSafe(_ name: String) -> Bool {
        if name.isEmpty || name.hasPrefix("/") || name.hasPrefix("\\") || name.contains("\0") { return false }
        if name.count >= 2, name.dropFirst().first == ":" { return false } // C:\…
        let parts = name.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        return !parts.contains("..")
    }

    private static func isCollectionEntry(_ name: String) -> Bool {
        ["collection.anki2", "collection.anki21", "collection.anki21b", "meta"].contains(name)
    }

    func contains(_ name: String) -> Bool { entries[name] != nil }

    /// Extracts entry `name` into `destination` (a file the caller names), counting bytes.
    func extract(_ name: String, to destination: URL) throws {
        guard let entry = entries[name] else { throw InteropError.noCollection(path: path) }
        FileManager.default.createFile(atPath: destination.path, contents: nil, attributes: [.posixPermissions: 0o600])
        guard let handle = try? FileHandle(forWritingTo: destination) else {
            throw InteropError.cannotWrite(path: destination.path, reason: "cannot create a temporary file")
        }
        defer { try? handle.close() }
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                self.extracted += Int64(chunk.count)
                if self.extracted > self.limits.maximumBytes {
                    throw InteropError.tooLarge(path: self.path,
                                                reason: "it would expand to more than \(Self.megabytes(self.limits.maximumBytes))")
                }
                try handle.write(contentsOf: chunk)
            }
        } catch let error as InteropError {
            throw error
        } catch {
            throw InteropError.notAnArchive(path: path, reason: "entry '\(name)' is damaged (\(error))")
        }
    }

    /// Reads a small entry (at most `maximum` bytes) into memory.
    func data(_ name: String, maximum: Int = 1 << 20) throws -> Data? {
        guard let entry = entries[name] else { return nil }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                data.append(chunk)
                if data.count > maximum { throw InteropError.tooLarge(path: self.path, reason: "entry '\(name)' is too large") }
            }
        } catch let error as InteropError {
            throw error
        } catch {
            throw InteropError.notAnArchive(path: path, reason: "entry '\(name)' is damaged (\(error))")
        }
        extracted += Int64(data.count)
        return data
    }

    /// Counts bytes produced outside the zip layer (zstd), against the same limit.
    func account(_ bytes: Int64) throws {
        extracted += bytes
        if extracted > limits.maximumBytes {
            throw InteropError.tooLarge(path: path, reason: "it would expand to more than \(Self.megabytes(limits.maximumBytes))")
        }
    }

    var remainingBytes: Int64 { max(0, limits.maximumBytes - extracted) }

    static func megabytes(_ bytes: Int64) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }
}
