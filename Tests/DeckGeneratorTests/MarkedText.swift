import Testing
import Foundation
@testable import DeckGenerator

/// Marked text for extractor tests: `In [[2023|date]], [[645|figure]] attacks were recorded.`
/// Each `[[answer|kind]]` (or `[[answer|kind:detail]]`) is an expected fact; the text the
/// extractor reads is the same with the marks removed.
struct MarkedText {
    struct Mark: Equatable, CustomStringConvertible {
        var answer: String
        var kind: String
        var detail: String?
        /// Unicode scalar offsets in the plain text.
        var start: Int
        var end: Int
        var description: String { "[[\(answer)|\(kind)\(detail.map { ":" + $0 } ?? "")]]@\(start)" }
    }

    var text: String
    var marks: [Mark]

    init(_ marked: String) {
        var plain = String.UnicodeScalarView()
        var marks: [Mark] = []
        let scalars = Array(marked.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "[", index + 1 < scalars.count, scalars[index + 1] == "[" {
                var close = index + 2
                while close + 1 < scalars.count, !(scalars[close] == "]" && scalars[close + 1] == "]") { close += 1 }
                let inner = String(String.UnicodeScalarView(scalars[(index + 2)..<close]))
                let parts = inner.split(separator: "|", maxSplits: 1).map(String.init)
                let answer = parts[0]
                let spec = parts.count > 1 ? parts[1] : ""
                let kindAndDetail = spec.split(separator: ":", maxSplits: 1).map(String.init)
                let start = plain.count
                plain.append(contentsOf: answer.unicodeScalars)
                marks.append(Mark(answer: answer, kind: kindAndDetail.first ?? "", detail: kindAndDetail.count > 1 ? kindAndDetail[1] : nil,
                                  start: start, end: plain.count))
                index = close + 2
                continue
            }
            plain.append(scalars[index])
            index += 1
        }
        text = String(plain)
        self.marks = marks
    }

    /// The facts the extractor finds in the plain text (read as plain text paragraphs).
    func facts(format: InputFormat = .plain) -> [Fact] {
        FactExtractor.extract(text: text, format: format).1
    }

    /// Marks of `kind` that no found fact of that kind covers at the same place with the same answer.
    func missing(_ kind: String, in facts: [Fact]) -> [Mark] {
        marks.filter { $0.kind == kind }.filter { mark in
            !facts.contains { $0.scoreKind == kind && $0.answer == mark.answer && $0.start == mark.start && $0.end == mark.end }
        }
    }

    /// Found facts of `kind` that no mark expects.
    func unexpected(_ kind: String, in facts: [Fact]) -> [Fact] {
        facts.filter { $0.scoreKind == kind }.filter { fact in
            !marks.contains { $0.kind == kind && $0.answer == fact.answer && $0.start == fact.start }
        }
    }

    /// Expects the extractor to find exactly the marked facts of `kind`: none missing, none extra.
    func expectExactly(_ kind: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let facts = facts()
        #expect(missing(kind, in: facts).isEmpty, "missing in: \(text) found \(facts.filter { $0.scoreKind == kind }.map(\.answer))", sourceLocation: sourceLocation)
        #expect(unexpected(kind, in: facts).isEmpty, "unexpected \(unexpected(kind, in: facts).map(\.answer)) in: \(text)", sourceLocation: sourceLocation)
    }
}

/// Where the package and the shared folder are, found from this file's path.
enum Paths {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let shared = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    static let sampleArticle = shared.appendingPathComponent("sources/afghanistan-pakistan-clashes-2025.md")
    static let sampleDeck = packageRoot.appendingPathComponent("decks/afghanistan-pakistan-clashes-2025.deck")
}
