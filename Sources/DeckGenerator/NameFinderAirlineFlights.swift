/// `aboard a Saudia flight`, `an Emirates flight from Dubai`: one name between an article and a lower-case `flight`
/// is the airline that flies it.
extension NameFinder {
    static let flightKey1: UInt64 = 0x4D15CCCD2BC1BF83 // flight
    static let flightsKey: UInt64 = 0xBDCAF0A15A3924D0 // flights

    /// `prev` and `next` are the lower-case words around a name of one word.
    @inline(__always) func airlineFlightCue(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>, _ prev: Token, _ next: Token) -> Int {
        guard next.key == NameFinder.flightKey1 || next.key == NameFinder.flightsKey, prev.key == K.a || prev.key == K.an || prev.key == K.the,
              !list[chunk.from].isIn(.countries), !list[chunk.from].isIn(.demonym) else { return 0 }
        return 1
    }
}
