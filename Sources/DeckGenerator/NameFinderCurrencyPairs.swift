/// `CAD/USD 0.7296`, `MNT/USD 3,540`: three capitals joined by a slash to three more, one of them a currency code, are an
/// exchange-rate pair on a market ticker, not bodies. (Asked by `isNoBodyWord` of one word in capitals.)
extension NameFinder {
    @inline(__always) func isCurrencyPair(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>, _ next: Token?) -> Bool {
        guard list[chunk.from].end - list[chunk.from].start == 3 else { return false }
        if let next, chunk.to + 2 < list.count, a.isPunct(next, "/"), !next.space, !list[chunk.to + 2].space, isCurrencyCode(list[chunk.to + 2]) {
            return true
        }
        return chunk.from >= 2 && a.isPunct(list[chunk.from - 1], "/") && !list[chunk.from].space && isCurrencyCode(list[chunk.from - 2])
    }

    func isCurrencyCode(_ token: Token) -> Bool {
        token.kind == .word && token.allCaps && token.end - token.start == 3 && Lexicon.currencyWords[token.key] != nil
    }
}
