import ArgumentParser
import DeckGenerator
import Foundation

/// `factdeck extract FILE...`: the dates, figures, groups and positions of articles.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Find the facts (dates, figures, groups, positions) in articles.",
        discussion: "FILE is UTF-8 text, Markdown or HTML, or '-' for standard input. With --json, prints {\"document\": PATH, \"facts\": [...]} (an array of those for several files).")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Articles to read ('-' for standard input).", valueName: "file"))
    var files: [String]

    mutating func run() throws {
        guard !files.isEmpty else { throw CLIError(.usage, "extract needs at least one FILE") }
        let articles = try files.map(ArticleInput.read)
        if global.json {
            let objects = articles.map { DocumentFacts(document: $0.path, facts: $0.facts).json() }
            Output.line(objects.count == 1 ? objects[0] : "[\n" + objects.joined(separator: ",\n") + "\n]")
        } else {
            var lines: [String] = []
            for article in articles {
                if articles.count > 1 || true { lines.append("\(article.path): \(article.facts.count) facts") }
                lines += FactTable.rows(article.facts)
                lines.append("")
            }
            if lines.last == "" { lines.removeLast() }
            Output.lines(lines)
        }
    }
}

/// Reading articles from files or standard input, with errors as `CLIError`s.
enum ArticleInput {
    static func bytes(_ path: String) throws -> [UInt8] {
        if path == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError(.noInput, "\(path): no such file")
        }
        guard !isDirectory.boolValue else { throw CLIError(.noInput, "\(path): is a folder, not a file") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError(.io, "\(path): cannot be read")
        }
        return [UInt8](data)
    }

    static func read(_ path: String) throws -> Generator.Article {
        let input = try bytes(path)
        do {
            let article = try Generator.article(bytes: input, path: path)
            if article.decodedAsLatin1 {
                Output.error("factdeck: warning: \(path) is not UTF-8; read it as Latin-1")
            }
            return article
        } catch let error as GeneratorError {
            throw cliError(error)
        }
    }

    static func cliError(_ error: GeneratorError) -> CLIError {
        switch error {
        case .emptyInput, .binaryInput, .invalidEncoding, .malformedDeck, .malformedGold: return CLIError(.data, error.description)
        }
    }
}

/// The readable table of facts: kind, answer, details, sentence.
enum FactTable {
    static func rows(_ facts: [Fact]) -> [String] {
        func cut(_ text: String, _ width: Int) -> String {
            let flat = text.replacingOccurrences(of: "\n", with: " ")
            return flat.count <= width ? flat : String(flat.prefix(width - 1)) + "…"
        }
        func pad(_ text: String, _ width: Int) -> String {
            text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
        }
        var rows = [pad("KIND", 19) + pad("ANSWER", 32) + pad("DETAIL", 40) + "CONTEXT"]
        for fact in facts {
            var kind = fact.type.rawValue
            if let subtype = fact.subtype { kind += "/" + subtype }
            var detail: String
            switch fact.type {
            case .date: detail = fact.value ?? ""
            case .figure: detail = [fact.value, fact.unit].compactMap { $0 }.joined(separator: " ")
            case .group: detail = (fact.aliases ?? []).isEmpty ? (fact.description ?? "") : "aka " + (fact.aliases ?? []).joined(separator: ", ")
            case .position:
                if fact.subtype == "role" { detail = (fact.role ?? "") + (fact.of.map { " of \($0)" } ?? "") }
                else { detail = (fact.on.map { "on \($0): " } ?? "") + (fact.stance ?? "") }
            }
            rows.append(pad(cut(kind, 18), 19) + pad(cut(fact.answer, 31), 32) + pad(cut(detail, 39), 40) + cut(fact.context, 70))
        }
        return rows
    }
}
