import Foundation

/// Reading and writing delimited text (CSV, TSV) the way Anki does: RFC 4180 quoting,
/// any one-character separator, and lines starting with `#` as comments.
enum DelimitedText {
    struct Record {
        /// The 1-based line the record starts on, for messages.
        var line: Int
        var fields: [String]
    }

    enum Failure: Error {
        case unterminatedQuote(line: Int)
        case textAfterQuote(line: Int)
    }

    /// Splits `text` into records. Lines starting with `#` (outside quotes) and blank
    /// lines are skipped.
    static func records(_ text: String, separator: Character) throws -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var atRecordStart = true
        var inQuotes = false
        var afterQuote = false
        var quoteLine = 1
        var iterator = Array(text).makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let character = pending { pending = nil; return character }
            return iterator.next()
        }
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
            field = ""
            atRecordStart = true
            afterQuote = false
        }
        while let character = next() {
            if inQuotes {
                if character == "\"" {
                    if let following = next() {
                        if following == "\"" { field.append("\""); continue }
                        pending = following
                    }
                    inQuotes = false
                    afterQuote = true
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            if atRecordStart {
                recordLine = line
                if character == "#" {
                    // A comment (or header) line: skip to its end.
                    while let skipped = next(), skipped != "\n" && skipped != "\r\n" {}
                    line += 1
                    continue
                }
                atRecordStart = false
            }
            switch character {
            case "\n", "\r\n", "\r":
                endRecord()
                line += 1
            case separator:
                fields.append(field)
                field = ""
                afterQuote = false
            case "\"" where field.isEmpty && !afterQuote:
                inQuotes = true
                quoteLine = line
            default:
                if afterQuote {
                    if character == " " || character == "\t" { continue }
                    throw Failure.textAfterQuote(line: line)
                }
                field.append(character)
            }
        }
        if inQuotes { throw Failure.unterminatedQuote(line: quoteLine) }
        if !atRecordStart { endRecord() }
        return records
    }

    /// One line of fields, quoted where needed.
    static func line(_ fields: [String], separator: Character) -> String {
        fields.map { field in
            let needsQuotes = field.contains(separator) || field.contains("\"") || field.contains("\n")
                || field.contains("\r") || field.hasPrefix("#") || field.hasPrefix(" ") || field.hasSuffix(" ")
            return needsQuotes ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: String(separator))
    }
}
