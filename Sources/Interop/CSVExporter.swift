import FSRS
import FactdeckModel
import Foundation
import Storage

/// Writes a deck as CSV or TSV with Anki's header lines, so Anki's File › Import reads
/// it as it is: one note a line with its GUID, note type, deck, two fields and tags.
public enum CSVExporter {
    public static func exportText(deckName: String, from database: CollectionDatabase, to url: URL,
                                  separator: Character) throws -> ExportReport {
        let entries = try database.exportCards(deckName: deckName)
        let notes = ExportNote.build(entries)
        let text = render(notes, separator: separator)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            throw InteropError.cannotWrite(path: url.path, reason: error.localizedDescription)
        }
        try AnkiExporter.moveIntoPlace(temporary, url)
        return ExportReport(file: url.path, format: separator == "\t" ? "tsv" : "csv", cards: entries.count,
                            notes: notes.count, reviews: 0)
    }

    static func render(_ notes: [ExportNote], separator: Character) -> String {
        let separatorName = separator == "\t" ? "tab" : separator == "," ? "comma" : String(separator)
        var lines = [
            "#separator:\(separatorName)",
            "#html:true",
            "#guid column:1",
            "#notetype column:2",
            "#deck column:3",
            "#tags column:6",
            "#columns:" + ["GUID", "Notetype", "Deck", "Front", "Back", "Tags"].joined(separator: String(separator)),
        ]
        for note in notes {
            lines.append(DelimitedText.line([note.guid, note.notetypeName, note.deckName, note.fields[0], note.fields[1],
                                             note.tags.joined(separator: " ")], separator: separator))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
