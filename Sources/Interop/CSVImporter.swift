import FSRS
import FactdeckModel
import Foundation
import Storage

/// Which column holds what, 1-based like Anki's header lines; nil when absent.
public struct CSVColumns: Sendable, Equatable {
    /// Front (Basic) or Text (Cloze).
    public var front: Int
    /// Back (Basic) or Back Extra (Cloze).
    public var back: Int?
    public var tags: Int?
    public var deck: Int?
    public var notetype: Int?
    public var guid: Int?

    public init(front: Int = 1, back: Int? = 2, tags: Int? = nil, deck: Int? = nil, notetype: Int? = nil, guid: Int? = nil) {
        self.front = front
        self.back = back
        self.tags = tags
        self.deck = deck
        self.notetype = notetype
        self.guid = guid
    }

    /// Parses `front=1,back=2,tags=3,deck=4,notetype=5,guid=6` (any subset; front needed).
    public init?(mapping: String) {
        var values: [String: Int] = [:]
        for pair in mapping.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard parts.count == 2, let column = Int(parts[1]), column >= 1,
                  ["front", "back", "tags", "deck", "notetype", "guid"].contains(parts[0]) else { return nil }
            values[parts[0]] = column
        }
        guard let front = values["front"] else { return nil }
        self.init(front: front, back: values["back"], tags: values["tags"], deck: values["deck"],
                  notetype: values["notetype"], guid: values["guid"])
    }
}

/// Options for a CSV/TSV file; the file's own header lines win over them.
public struct CSVImportOptions: Sendable, Equatable {
    /// The separator; nil: `#separator`, else tab for `.tsv`, else guessed from the first line.
    public var separator: Character?
    /// The column mapping when the file has no header lines saying it.
    public var columns: CSVColumns?
    /// The deck when neither a deck column nor `#deck` names one (default: the file's name).
    public var deckName: String?
    /// Whether fields are HTML when `#html` does not say (default: false).
    public var html: Bool

    public init(separator: Character? = nil, columns: CSVColumns? = nil, deckName: String? = nil, html: Bool = false) {
        self.separator = separator
        self.columns = columns
        self.deckName = deckName
        self.html = html
    }
}

/// Imports notes from CSV/TSV text, honouring Anki's header lines (`#separator`,
/// `#html`, `#columns`, `#notetype`, `#deck`, `#tags`, `#notetype column`, `#deck column`,
/// `#tags column`, `#guid column`). Without a header, columns are front, back, tags.
/// Any malformed row refuses the whole file.
public enum CSVImporter {
    public static func importFile(url: URL, into database: CollectionDatabase, options: CSVImportOptions = .init(),
                                  clock: StudyDayClock, now: Date) throws -> InteropImportReport {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw InteropError.cannotRead(path: url.path, reason: FileManager.default.fileExists(atPath: url.path)
                                          ? "permission denied" : "no such file")
        }
        guard data.count <= 256 << 20 else { throw InteropError.tooLarge(path: url.path, reason: "the file is larger than 256 MiB") }
        guard var text = String(data: data, encoding: .utf8) else {
            throw InteropError.badText(path: url.path, line: 1, reason: "the file is not UTF-8 text")
        }
        if text.hasPrefix("\u{feff}") { text.removeFirst() }
        let parsed = try cards(text: text, fileName: url.lastPathComponent, path: url.path, options: options)
        let summary: InteropImportSummary
        do {
            summary = try database.importCards(parsed.cards, clock: clock, now: now)
        } catch let error as StorageError {
            throw InteropError.badText(path: url.path, line: 1, reason: error.description)
        }
        let format = url.pathExtension.lowercased() == "tsv" ? "tsv" : "csv"
        return InteropImportReport(file: url.path, format: format, summary: summary, skipped: parsed.skipped)
    }

    struct Header {
        var separator: Character?
        var html: Bool?
        var labels: [String]?
        var notetype: String?
        var deck: String?
        var tags: [String] = []
        var columns = CSVColumns(front: 0, back: nil)
        var hasColumnHeaders = false
    }

    static func cards(text: String, fileName: String, path: String,
                      options: CSVImportOptions) throws -> (cards: [ImportedCard], skipped: Int) {
        let header = try readHeader(text, path: path)
        let firstDataLine = text.split(separator: "\n", omittingEmptySubsequences: false)
            .first { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(String.init) ?? ""
        let fileExtension = (fileName as NSString).pathExtension.lowercased()
        let separator = header.separator ?? options.separator ?? (fileExtension == "tsv" ? "\t" : guessSeparator(firstDataLine))
        let records: [DelimitedText.Record]
        do {
            records = try DelimitedText.records(text, separator: separator)
        } catch DelimitedText.Failure.unterminatedQuote(let line) {
            throw InteropError.badText(path: path, line: line, reason: "a quoted field is never closed")
        } catch DelimitedText.Failure.textAfterQuote(let line) {
            throw InteropError.badText(path: path, line: line, reason: "text after a closing quote")
        }
        let html = header.html ?? options.html
        let columns = resolveColumns(header, options: options)
        let defaultDeck = header.deck ?? options.deckName ?? ((fileName as NSString).deletingPathExtension)
        var result: [ImportedCard] = []
        for record in records {
            func column(_ index: Int?) -> String? {
                guard let index, index >= 1, index <= record.fields.count else { return nil }
                return record.fields[index - 1]
            }
            func plain(_ value: String?) -> String {
                let value = value ?? ""
                return html ? HTMLText.plain(value) : value.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            guard let frontRaw = column(columns.front) else {
                throw InteropError.badText(path: path, line: record.line,
                                           reason: "expected at least \(columns.front) columns, found \(record.fields.count)")
            }
            let notetype = column(columns.notetype).flatMap { $0.isEmpty ? nil : $0 } ?? header.notetype ?? "Basic"
            let deckName = column(columns.deck).map(plainDeck).flatMap { $0.isEmpty ? nil : $0 } ?? defaultDeck
            let tags = header.tags + (column(columns.tags) ?? "").split(whereSeparator: { $0 == " " }).map(String.init)
            let guid = column(columns.guid).flatMap { $0.isEmpty ? nil : $0 }
            let front = plain(frontRaw)
            let back = plain(column(columns.back))
            let kind = notetype.lowercased()
            let noteID: String
            if let guid {
                noteID = CardID(guid)?.rawValue ?? CardID.derived(from: "anki:\(guid)").rawValue
            } else {
                noteID = CardID.derived(from: "csv:\(kind)\u{1f}\(frontRaw)").rawValue
            }
            if kind.contains("cloze") {
                let numbers = ClozeMarkup.numbers(in: html ? frontRaw : escape(frontRaw))
                guard !numbers.isEmpty else {
                    throw InteropError.badText(path: path, line: record.line, reason: "a Cloze note without {{c1::…}}")
                }
                for number in numbers {
                    guard let cloze = ClozeMarkup.card(html ? frontRaw : escape(frontRaw), number: number),
                          !cloze.answer.isEmpty else {
                        throw InteropError.badText(path: path, line: record.line, reason: "cloze c\(number) is empty")
                    }
                    result.append(ImportedCard(noteID: noteID, ordinal: number - 1, deckName: deckName,
                                               content: CardContent(kind: .cloze, prompt: cloze.prompt, answer: cloze.answer,
                                                                    hint: cloze.hint, context: back.isEmpty ? nil : back,
                                                                    tags: tags)))
                }
                continue
            }
            guard !front.isEmpty else { throw InteropError.badText(path: path, line: record.line, reason: "the front is empty") }
            guard !back.isEmpty else { throw InteropError.badText(path: path, line: record.line, reason: "the back is empty") }
            let typed = kind.contains("type in")
            result.append(ImportedCard(id: CardID(noteID), noteID: noteID, ordinal: 0, deckName: deckName,
                                       content: CardContent(kind: typed ? .typed : .basic, prompt: front, answer: back, tags: tags)))
            if kind.contains("and reversed") {
                result.append(ImportedCard(noteID: noteID, ordinal: 1, deckName: deckName,
                                           content: CardContent(kind: .basic, prompt: back, answer: front, tags: tags)))
                result[result.count - 2].id = nil
            }
        }
        return (result, 0)
    }

    private static func escape(_ text: String) -> String { HTMLText.html(text) }

    private static func plainDeck(_ text: String) -> String { text.trimmingCharacters(in: .whitespaces) }

    /// Header lines: `#key:value` at the top of the file.
    static func readHeader(_ text: String, path: String) throws -> Header {
        var header = Header()
        var lines: [(String, String)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("#") else { break }
            let body = line.dropFirst().trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            guard let colon = body.firstIndex(of: ":") else { continue }
            lines.append((body[..<colon].trimmingCharacters(in: .whitespaces).lowercased(), String(body[body.index(after: colon)...])))
        }
        for (key, value) in lines where key == "separator" {
            header.separator = separator(named: value)
        }
        for (lineIndex, (key, value)) in lines.enumerated() {
            let trimmed = value.trimmingCharacters(in: .whitespaces)
            func number() throws -> Int {
                guard let number = Int(trimmed), number >= 1 else {
                    throw InteropError.badText(path: path, line: lineIndex + 1, reason: "'#\(key)' needs a column number")
                }
                return number
            }
            switch key {
            case "html": header.html = trimmed.lowercased() == "true"
            case "columns":
                header.labels = value.split(separator: header.separator ?? "\t", omittingEmptySubsequences: false)
                    .map { $0.trimmingCharacters(in: .whitespaces) }
            case "notetype": header.notetype = trimmed
            case "deck": header.deck = trimmed
            case "tags": header.tags = trimmed.split(separator: " ").map(String.init)
            case "notetype column": header.columns.notetype = try number(); header.hasColumnHeaders = true
            case "deck column": header.columns.deck = try number(); header.hasColumnHeaders = true
            case "tags column": header.columns.tags = try number(); header.hasColumnHeaders = true
            case "guid column": header.columns.guid = try number(); header.hasColumnHeaders = true
            default: continue
            }
        }
        return header
    }

    /// The columns: from the header lines when it has them, else the options, else
    /// front, back, tags. Field columns are the ones not taken by notetype, deck, tags or
    /// GUID; `#columns` labels Front/Text and Back/Back Extra pick them by name.
    static func resolveColumns(_ header: Header, options: CSVImportOptions) -> CSVColumns {
        if !header.hasColumnHeaders && header.labels == nil {
            return options.columns ?? CSVColumns(front: 1, back: 2, tags: 3)
        }
        var columns = header.columns
        let special = Set([columns.notetype, columns.deck, columns.tags, columns.guid].compactMap { $0 })
        let count = max(header.labels?.count ?? 0, (special.max() ?? 0) + 2)
        var fieldColumns = (1...max(count, 2)).filter { !special.contains($0) }
        if let labels = header.labels {
            func find(_ names: [String]) -> Int? {
                labels.firstIndex { names.contains($0.lowercased()) }.map { $0 + 1 }.flatMap { special.contains($0) ? nil : $0 }
            }
            if columns.tags == nil, let tags = find(["tags"]) {
                columns.tags = tags
                fieldColumns.removeAll { $0 == tags }
            }
            if let front = find(["front", "text", "question"]) { fieldColumns.removeAll { $0 == front }; fieldColumns.insert(front, at: 0) }
            if let back = find(["back", "back extra", "answer"]) {
                fieldColumns.removeAll { $0 == back }
                fieldColumns.insert(back, at: min(1, fieldColumns.count))
            }
        }
        columns.front = fieldColumns.first ?? 1
        columns.back = fieldColumns.dropFirst().first
        return columns
    }

    static func separator(named value: String) -> Character? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        switch trimmed.lowercased() {
        case "tab", "\\t": return "\t"
        case "comma": return ","
        case "semicolon": return ";"
        case "space": return " "
        case "pipe": return "|"
        case "colon": return ":"
        default:
            if value == "\t" { return "\t" }
            return trimmed.count == 1 ? trimmed.first : nil
        }
    }

    static func guessSeparator(_ line: String) -> Character {
        for candidate: Character in ["\t", ";", ","] where line.contains(candidate) { return candidate }
        return ","
    }
}
