import Testing
@testable import DeckGenerator

/// A capitalised common word opening a clause after a colon, a semicolon, an opening quote or a line mark of
/// plain-text lists and quotations (`%`, `>`, `|`, `*`) is a plain word, as at the start of a sentence.
extension GroupExtractorTests {
    /// The names the name finder takes from `text`, as written.
    func nameRuns(_ text: String) -> [String] {
        let read = ArticleReader.read(text, format: .plain)
        return read.bytes.withUnsafeBufferPointer { buffer in
            let finder = NameFinder(analyzer: Analyzer(read: read, bytes: buffer))
            finder.run()
            return finder.chunks.map { finder.text($0) }
        }
    }

    @Test func commonWordOpeningAClauseStartsNoName() {
        let runs = nameRuns("""
        The spokesman of Varnel Bank said: It is over; There is no deal. He added "If we wait, Ostrel Group wins" \
        and left. % You will inherit a fortune. > What a day for Hollin Marsh. | Some say so.
        """)
        for word in ["It", "There", "If", "You", "What", "Some"] { #expect(!runs.contains(word), "\(word) in \(runs)") }
        #expect(Set(runs).isSuperset(of: ["Varnel Bank", "Ostrel Group", "Hollin Marsh"]), "\(runs)")
    }

    @Test func acronymInBracketsAndNameAfterAColonStillStartNames() {
        let runs = nameRuns("The banned Lashkar-e-Taiba (LeT) group struck. Members: Varnel Bank and Ostrel Group.")
        #expect(Set(runs).isSuperset(of: ["LeT", "Varnel Bank", "Ostrel Group"]), "\(runs)")
    }
}
