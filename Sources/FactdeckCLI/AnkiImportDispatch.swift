import FactdeckModel
import Foundation
import Interop
import Storage

/// Imports an Anki package (`.apkg`, `.colpkg`) or a CSV/TSV file (`.csv`, `.tsv`,
/// `.txt`) into the collection the options name, printing what changed. Returns false,
/// doing nothing, for any other extension (the caller handles deck files).
/// `csvOptions` carries a column mapping for CSV files without header lines.
func importInteropFile(_ path: String, global: GlobalOptions, environment: CLIEnvironment,
                       csvOptions: CSVImportOptions = CSVImportOptions()) throws -> Bool {
    let url = URL(fileURLWithPath: path)
    let format = url.pathExtension.lowercased()
    guard ["apkg", "colpkg", "csv", "tsv", "txt"].contains(format) else { return false }
    guard FileManager.default.fileExists(atPath: path) else { throw CLIError(.noInput, "\(path): no such file") }
    let database = try environment.openDatabase(option: global.databasePath)
    let report: InteropImportReport
    do {
        if format == "apkg" || format == "colpkg" {
            report = try AnkiImporter.importPackage(url: url, into: database, clock: environment.clock, now: environment.now)
        } else {
            report = try CSVImporter.importFile(url: url, into: database, options: csvOptions,
                                                clock: environment.clock, now: environment.now)
        }
    } catch let error as InteropError {
        throw InteropErrors.cliError(error)
    }
    let summary = report.summary
    if global.json {
        Output.json(.object([
            ("file", .string(path)), ("format", .string(report.format)),
            ("added", .int(summary.cards.added)), ("updated", .int(summary.cards.updated)),
            ("unchanged", .int(summary.cards.unchanged)), ("reviews", .int(summary.reviewsAdded)),
            ("skipped", .int(report.skipped)), ("decks", .array(summary.decks.map(JSONValue.string))),
        ]))
    } else {
        var line = "\(path): \(summary.cards.added) added, \(summary.cards.updated) updated, "
            + "\(summary.cards.unchanged) unchanged, \(summary.reviewsAdded) review\(summary.reviewsAdded == 1 ? "" : "s") added"
        if report.skipped > 0 { line += ", \(report.skipped) skipped (nothing to ask or answer, or an unknown note type)" }
        if report.mediaIgnored > 0 { line += "; \(report.mediaIgnored) media file\(report.mediaIgnored == 1 ? "" : "s") not imported" }
        Output.line(line)
    }
    return true
}

/// Interop failures as the CLI reports them: bad content is data (65), unreadable input 66,
/// unwritable output 74.
enum InteropErrors {
    static func cliError(_ error: InteropError) -> CLIError {
        switch error {
        case .cannotRead: return CLIError(.noInput, error.description)
        case .cannotWrite: return CLIError(.io, error.description)
        default: return CLIError(.data, error.description)
        }
    }
}
