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
        let articles = try ArticleInput.readAll(files)
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

/// `read(2)`, named apart from `ArticleInput.read`.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

/// Reading articles from files or standard input, with errors as `CLIError`s.
enum ArticleInput {
    /// The bytes of a file or of standard input (`-`), whole. With `limit`, a larger input is refused
    /// before it is read: a file by its size, standard input once it has given more than `limit` bytes.
    static func bytes(_ path: String, limit: Int? = nil) throws -> [UInt8] {
        if path == "-" { return try readAll(descriptor: 0, path: path, limit: limit) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError(.noInput, "\(path): no such file")
        }
        guard !isDirectory.boolValue else { throw CLIError(.noInput, "\(path): is a folder, not a file") }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw CLIError(.io, "\(path): cannot be read") }
        defer { close(descriptor) }
        return try readAll(descriptor: descriptor, path: path, limit: limit)
    }

    /// Reads `descriptor` to its end into one buffer sized by `fstat` where it can be.
    static func readAll(descriptor: Int32, path: String, limit: Int?) throws -> [UInt8] {
        var status = stat()
        var expected = 0
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG {
            expected = Int(status.st_size)
            if let limit, expected > limit { throw cliError(.inputTooLarge(path, bytes: expected)) }
        }
        // A file that grows while it is read, a pipe or a device: the limit holds all the same.
        let cap = limit.map { $0 + 1 } ?? Int.max
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(expected + 1, cap))
        let chunk = 1 << 20
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: chunk)
        defer { buffer.deallocate() }
        while bytes.count < cap {
            let got = readBytes(descriptor, buffer, min(chunk, cap - bytes.count))
            if got < 0 {
                if errno == EINTR { continue }
                throw CLIError(.io, "\(path): cannot be read")
            }
            if got == 0 { break }
            bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: got))
        }
        if let limit, bytes.count > limit { throw cliError(.inputTooLarge(path, bytes: expected > limit ? expected : nil)) }
        return bytes
    }

    /// Reads every article of a command; standard input can be read only once.
    static func readAll(_ paths: [String]) throws -> [Generator.Article] {
        if paths.filter({ $0 == "-" }).count > 1 { throw CLIError(.usage, "stdin (-) may be given only once") }
        return try paths.map(read)
    }

    static func read(_ path: String) throws -> Generator.Article {
        let input = try bytes(path, limit: TextDecoding.maximumArticleBytes)
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
        case .emptyInput, .binaryInput, .invalidEncoding, .utf16Input, .inputTooLarge, .malformedDeck, .malformedGold:
            return CLIError(.data, error.description)
        }
    }
}

/// The readable table of facts: kind, answer, details, sentence.
enum FactTable {
    static func rows(_ facts: [Fact]) -> [String] {
        func cut(_ text: String, _ width: Int) -> String {
            // Native string work only: Foundation's replacingOccurrences made the table cost more than the extraction.
            let flat = text.utf8.contains(0x0A) ? String(text.map { $0 == "\n" ? " " : $0 }) : text
            guard let limit = flat.index(flat.startIndex, offsetBy: width, limitedBy: flat.endIndex), limit < flat.endIndex else { return flat }
            return String(flat[..<flat.index(before: limit)]) + "…"
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
