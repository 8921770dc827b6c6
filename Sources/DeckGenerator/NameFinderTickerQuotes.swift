/// `S&P Merval 45,210 ▲2.6% • USD/ARS 72.82 • Brent $44.43`: in a markets ticker a name is followed straight by its
/// price and a change (a percentage or an arrow) or the ticker's bullet; it names an index, a pair or a commodity
/// quoted, not a body acting (a body in prose takes a verb, not a number, after its name: `Boeing 737` is no quote).
extension NameFinder {
    /// `next` is the token after the name; asked only when it is a number.
    func isTickerQuote(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>) -> Bool {
        let k = chunk.to + 2
        guard k < list.count else { return false }
        let mark = list[k]
        guard mark.kind == .punct else { return false }
        if a.isPunct(mark, "%") { return true }
        // `▲`, `▼` (U+25B2, U+25BC and the other geometric shapes) and the bullet `•` (U+2022).
        guard mark.end - mark.start == 3, a.bytes[mark.start] == 0xE2 else { return false }
        let second = a.bytes[mark.start + 1]
        return second == 0x96 || second == 0x80 && a.bytes[mark.start + 2] == 0xA2
    }
}
