import Foundation
import FactdeckModel

/// A deck file: plain UTF-8 text of `key: value` lines, one `[card ID]` block per card.
/// The format is documented in docs/deck-format.md.
public struct DeckFile: Sendable, Equatable {
    public static let formatLine = "format: factdeck-deck 1"
    public var name: String?
    public var cards: [CardDraft]

    public init(name: String?, cards: [CardDraft]) {
        self.name = name
        self.cards = cards
    }

    static let cardKeys = ["note", "kind", "fact", "prompt", "answer", "accept", "hint", "context", "source", "tags"]

    // MARK: writing

    /// The file's text: stable for the same cards (no dates, no randomness).
    public func text() -> String {
        var lines = ["# factdeck deck file (see docs/deck-format.md)", DeckFile.formatLine]
        if let name { lines.append("deck: \(DeckFile.escape(name))") }
        for card in cards {
            let content = card.content
            lines.append("")
            lines.append("[card \(card.id.rawValue)]")
            if card.noteID != card.id.rawValue { lines.append("note: \(card.noteID)") }
            lines.append("kind: \(content.kind.rawValue)")
            lines.append("fact: \(content.factKind.rawValue)")
            lines.append("prompt: \(DeckFile.escape(content.prompt))")
            lines.append("answer: \(DeckFile.escape(content.answer))")
            for alternative in content.alternatives { lines.append("accept: \(DeckFile.escape(alternative))") }
            if let hint = content.hint { lines.append("hint: \(DeckFile.escape(hint))") }
            if let context = content.context { lines.append("context: \(DeckFile.escape(context))") }
            if let source = content.source { lines.append("source: \(DeckFile.escape(source))") }
            if !content.tags.isEmpty { lines.append("tags: \(content.tags.joined(separator: " "))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A value on one line: line breaks become continuation lines (two spaces).
    static func escape(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 10 || $0 == 13 }) else { return value }
        return value.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\n  ")
    }

    // MARK: reading

    /// Line and column (1-based, in characters) of the first byte that is not UTF-8, if any.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> (line: Int, column: Int, byte: UInt8)? {
        var line = 1, column = 1, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var length = 0
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, column, byte)
            }
            guard index + length <= bytes.count else { return (line, column, byte) }
            for next in 1..<length where bytes[index + next] & 0xC0 != 0x80 { return (line, column, byte) }
            if length == 3 {
                let second = bytes[index + 1]
                if (byte == 0xE0 && second < 0xA0) || (byte == 0xED && second > 0x9F) { return (line, column, byte) }
            } else if length == 4 {
                let second = bytes[index + 1]
                if (byte == 0xF0 && second < 0x90) || (byte == 0xF4 && second > 0x8F) { return (line, column, byte) }
            }
            if byte == 10 { line += 1; column = 1 } else { column += 1 }
            index += length
        }
        return nil
    }

    /// Parses a deck file; any mistake refuses the whole file with `file:line:column: message`.
    public static func parse(_ text: String, file: String) throws -> DeckFile {
        struct Field { var key: String; var value: String; var line: Int; var valueColumn: Int }
        struct Block { var id: CardID; var line: Int; var fields: [Field] = [] }
        func fail(_ line: Int, _ column: Int, _ message: String) -> GeneratorError {
            GeneratorError.malformedDeck(file: file, line: line, column: column, message: message)
        }
        var name: String?
        var sawFormat = false
        var headerLines: [String: Int] = [:]
        var blocks: [Block] = []
        var firstLine: [String: Int] = [:]
        var lastFieldLine = -1
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        for (offset, rawLine) in lines.enumerated() {
            let number = offset + 1
            var line = rawLine
            if line.hasSuffix("\r") { line = String(line.dropLast()) }
            if let bad = line.unicodeScalars.firstIndex(where: { $0.value < 0x20 && $0 != "\t" }) {
                let column = line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: bad) + 1
                throw fail(number, column, "control character in the text")
            }
            if line.hasPrefix("  "), lastFieldLine >= 0, !line.trimmingCharacters(in: .whitespaces).isEmpty {
                // Continuation of the previous field's value.
                let more = String(line.dropFirst(2))
                if blocks.isEmpty { name = (name ?? "") + "\n" + more }
                else {
                    let index = blocks.count - 1
                    blocks[index].fields[blocks[index].fields.count - 1].value += "\n" + more
                }
                continue
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { lastFieldLine = -1; continue }
            if line.first == " " || line.first == "\t" { throw fail(number, 1, "unexpected indentation (a continuation line needs a field above it)") }
            if line.hasPrefix("[") {
                guard line.hasPrefix("[card "), line.hasSuffix("]") else {
                    throw fail(number, 1, "expected '[card ID]'")
                }
                let idText = String(line.dropFirst(6).dropLast()).trimmingCharacters(in: .whitespaces)
                guard let id = CardID(idText) else {
                    throw fail(number, 7, "invalid card id '\(idText)' (use 1–64 letters, digits, '-' or '_')")
                }
                if let previous = firstLine[id.rawValue] {
                    throw fail(number, 7, "duplicate card id '\(id.rawValue)' (first at line \(previous))")
                }
                guard sawFormat else { throw fail(number, 1, "missing '\(formatLine)' before the first card") }
                firstLine[id.rawValue] = number
                blocks.append(Block(id: id, line: number))
                lastFieldLine = -1
                continue
            }
            guard let colon = line.firstIndex(of: ":") else {
                throw fail(number, 1, "expected 'key: value' or '[card ID]'")
            }
            let key = String(line[..<colon])
            var valueStart = line.index(after: colon)
            if valueStart < line.endIndex, line[valueStart] == " " { valueStart = line.index(after: valueStart) }
            let value = String(line[valueStart...])
            let valueColumn = line.distance(from: line.startIndex, to: valueStart) + 1
            lastFieldLine = number
            if blocks.isEmpty {
                if let earlier = headerLines[key], key == "format" || key == "deck" {
                    throw fail(number, 1, "header field '\(key)' given twice (first at line \(earlier))")
                }
                headerLines[key] = number
                switch key {
                case "format":
                    guard value.trimmingCharacters(in: .whitespaces) == "factdeck-deck 1" else {
                        throw fail(number, valueColumn, "unsupported format '\(value)' (expected 'factdeck-deck 1')")
                    }
                    sawFormat = true
                case "deck":
                    guard !value.trimmingCharacters(in: .whitespaces).isEmpty else { throw fail(number, valueColumn, "empty deck name") }
                    name = value.trimmingCharacters(in: .whitespaces)
                default:
                    throw fail(number, 1, "unknown header field '\(key)' (expected 'format' or 'deck' before the first card)")
                }
                continue
            }
            guard cardKeys.contains(key) else {
                throw fail(number, 1, "unknown field '\(key)' (expected one of \(cardKeys.joined(separator: ", ")))")
            }
            let index = blocks.count - 1
            if key != "accept", let earlier = blocks[index].fields.first(where: { $0.key == key }) {
                throw fail(number, 1, "field '\(key)' given twice in card '\(blocks[index].id.rawValue)' (first at line \(earlier.line))")
            }
            blocks[index].fields.append(Field(key: key, value: value, line: number, valueColumn: valueColumn))
        }
        guard sawFormat else { throw fail(1, 1, "not a factdeck deck file: missing '\(formatLine)'") }
        var cards: [CardDraft] = []
        for block in blocks {
            func field(_ key: String) -> Field? { block.fields.first { $0.key == key } }
            guard let prompt = field("prompt"), !prompt.value.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw fail(field("prompt")?.line ?? block.line, field("prompt")?.valueColumn ?? 1, "card '\(block.id.rawValue)' has no prompt")
            }
            guard let answer = field("answer"), !answer.value.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw fail(field("answer")?.line ?? block.line, field("answer")?.valueColumn ?? 1, "card '\(block.id.rawValue)' has no answer")
            }
            var kind = CardKind.basic
            if let kindField = field("kind") {
                guard let parsed = CardKind(rawValue: kindField.value.trimmingCharacters(in: .whitespaces)) else {
                    throw fail(kindField.line, kindField.valueColumn, "unknown kind '\(kindField.value)' (expected basic, cloze or typed)")
                }
                kind = parsed
            }
            var factKind = FactKind.custom
            if let factField = field("fact") {
                guard let parsed = FactKind(rawValue: factField.value.trimmingCharacters(in: .whitespaces)) else {
                    throw fail(factField.line, factField.valueColumn, "unknown fact kind '\(factField.value)' (expected date, figure, group, position or custom)")
                }
                factKind = parsed
            }
            if kind == .cloze {
                let blanks: [Cloze.Blank]
                do { blanks = try Cloze.blanks(in: prompt.value) }
                catch { throw fail(prompt.line, prompt.valueColumn, "\(error)") }
                guard blanks.count == 1 else {
                    throw fail(prompt.line, prompt.valueColumn, "a cloze prompt hides exactly one part in '{{…}}' (found \(blanks.count))")
                }
                let hidden = blanks[0].answer.trimmingCharacters(in: .whitespaces)
                guard hidden == answer.value.trimmingCharacters(in: .whitespaces) else {
                    throw fail(answer.line, answer.valueColumn, "answer '\(answer.value)' differs from the part hidden in the prompt '{{\(hidden)}}'")
                }
            }
            var noteID = block.id.rawValue
            if let note = field("note") {
                guard let id = CardID(note.value.trimmingCharacters(in: .whitespaces)) else {
                    throw fail(note.line, note.valueColumn, "invalid note id '\(note.value)'")
                }
                noteID = id.rawValue
            }
            let tags = field("tags").map { $0.value.split(separator: " ").map(String.init) } ?? []
            let content = CardContent(kind: kind, prompt: prompt.value, answer: answer.value.trimmingCharacters(in: .whitespaces),
                                      alternatives: block.fields.filter { $0.key == "accept" }.map { $0.value.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
                                      factKind: factKind, hint: field("hint")?.value, context: field("context")?.value,
                                      source: field("source")?.value, tags: tags)
            cards.append(CardDraft(id: block.id, noteID: noteID, content: content))
        }
        return DeckFile(name: name, cards: cards)
    }
}
