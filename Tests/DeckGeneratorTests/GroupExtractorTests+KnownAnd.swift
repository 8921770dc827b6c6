import Testing
@testable import DeckGenerator

/// A well-known name that runs on through `and` after a single word (`Securities and Exchange Commission`).
extension GroupExtractorTests {
    @Test func wellKnownNameThroughAndAfterOneWord() {
        let found = groups("""
        A report by the Securities and Exchange Commission and the Commodity Futures Trading Commission blamed one trade. \
        Apple and Google declined to comment.
        """)
        let answers = Set(found.map(\.answer))
        #expect(answers.contains("Securities and Exchange Commission"), "\(answers)")
        #expect(!answers.contains("Securities") && !answers.contains("Exchange Commission"), "\(answers)")
        #expect(answers.contains("Commodity Futures Trading Commission"), "\(answers)")
        #expect(!answers.contains("Apple and Google"), "\(answers)")
    }
}

/// A word in capitals after `ticker` or `symbol` is a stock's symbol, not a group.
extension GroupExtractorTests {
    @Test func tickerSymbolsAreNoGroups() {
        let answers = Set(groups("""
        Shares of Xilinx, which traded under the ticker XLNX, ceased trading. Its Nasdaq ticker, WBA, will disappear. \
        The stock trades under the symbol PSKY. The IMF agreed.
        """).map(\.answer))
        for symbol in ["XLNX", "WBA", "PSKY"] { #expect(!answers.contains(symbol), "\(answers)") }
        #expect(answers.isSuperset(of: ["Xilinx", "IMF"]), "\(answers)")
    }
}
