/// `the dictionary added "LOL" and "OMG"`, `a "MAYDAY" call`: one word in capitals standing alone between quotes is
/// a word quoted as a word (a call, a code, slang), not a body. (Asked by `isNoBodyWord` of one word in capitals.)
extension NameFinder {
    @inline(__always) func isQuotedCapitals(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>, _ next: Token?) -> Bool {
        guard chunk.from >= 1, let next, next.kind == .punct else { return false }
        return a.isCloseQuote(next) && a.isOpenQuote(list[chunk.from - 1])
    }
}
