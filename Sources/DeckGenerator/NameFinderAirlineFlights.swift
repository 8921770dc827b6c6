/// `aboard a Saudia flight`, `an Emirates flight from Dubai`: one name between an article and a lower-case `flight`
/// is the airline that flies it.
extension NameFinder {
    static let flightKey1: UInt64 = 0x4D15CCCD2BC1BF83 // flight
    static let flightsKey: UInt64 = 0xBDCAF0A15A3924D0 // flights

    /// A name of one word after an article, with a token after it.
    @inline(__always) func airlineFlightCue(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>) -> Int {
        let next = list[chunk.to + 1]
        guard next.key == NameFinder.flightKey1 || next.key == NameFinder.flightsKey, !next.upper,
              !list[chunk.from].isIn(.countries), !list[chunk.from].isIn(.demonym) else { return 0 }
        return 1
    }
}
