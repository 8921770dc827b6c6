/// `CAD/USD 0.7296`, `MNT/USD 3,540`: three capitals joined by a slash to three more, one of them a currency code, are an
/// exchange-rate pair on a market ticker, not bodies. (Asked by `writtenCue` of one word in capitals.)
extension NameFinder {
    @inline(__always) func isCurrencyPair(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>) -> Bool {
        guard list[chunk.from].end - list[chunk.from].start == 3 else { return false }
        if chunk.to + 2 < list.count, a.isPunct(list[chunk.to + 1], "/"), !list[chunk.to + 1].space, !list[chunk.to + 2].space, isCurrencyCode(list[chunk.to + 2]) {
            return true
        }
        return chunk.from >= 2 && a.isPunct(list[chunk.from - 1], "/") && !list[chunk.from].space && isCurrencyCode(list[chunk.from - 2])
    }

    func isCurrencyCode(_ token: Token) -> Bool {
        token.kind == .word && token.allCaps && token.end - token.start == 3 && Lexicon.currencyWords[token.key] != nil
    }
}
