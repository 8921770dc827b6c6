import FactdeckModel

/// The deck generator's entry points: bytes of an article in, facts or a deck out.
public enum Generator {
    /// One article read and extracted.
    public struct Article: Sendable {
        public var path: String
        public var read: ReadText
        public var facts: [Fact]
        /// Set when the input was not UTF-8 and was decoded as Latin-1.
        public var decodedAsLatin1: Bool
        /// The document's title: its first heading, if any.
        public var title: String? {
            read.paragraphs.first { $0.kind == .heading }.map { read.string(of: $0) }
        }
    }

    /// Decodes, reads and extracts an article (`path` chooses the format; `-` sniffs).
    public static func article(bytes: [UInt8], path: String, format: InputFormat? = nil) throws -> Article {
        let decoded = try TextDecoding.decodeUTF8(bytes, path: path)
        let read = ArticleReader.read(utf8: decoded.bytes, format: format ?? InputFormat.guess(path: path, utf8: decoded.bytes))
        return Article(path: path, read: read, facts: FactExtractor.extract(read), decodedAsLatin1: decoded.decodedAsLatin1)
    }

    /// The file name of a path, used as a card's source so decks do not depend on where they were made.
    public static func sourceName(_ path: String) -> String {
        if path == "-" { return "stdin" }
        return path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The deck of cards for `articles`, named `name` (else after the first file).
    public static func deck(_ articles: [Article], name: String?) -> DeckFile {
        let documents = articles.map { CardBuilder.Document(source: sourceName($0.path), title: $0.title, facts: $0.facts) }
        var deckName = name
        if deckName == nil, let first = articles.first {
            var stem = sourceName(first.path)
            if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = String(stem[..<dot]) }
            deckName = stem
        }
        return DeckFile(name: deckName, cards: CardBuilder.cards(for: documents))
    }
}
