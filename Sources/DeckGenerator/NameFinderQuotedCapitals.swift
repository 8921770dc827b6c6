/// `the dictionary added "LOL" and "OMG"`, `a "MAYDAY" call`: one word in capitals standing alone between quotes is
/// a word quoted as a word (a call, a code, slang), not a body. (Asked by `writtenCue` of one word in capitals.)
extension NameFinder {
    @inline(__always) func isQuotedCapitals(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>) -> Bool {
        guard chunk.from >= 1, chunk.to + 1 < list.count, list[chunk.to + 1].kind == .punct else { return false }
        return a.isCloseQuote(list[chunk.to + 1]) && a.isOpenQuote(list[chunk.from - 1])
    }
}
