/// A name right after a locative preposition (`in`, `at`, `near`) is where something is, so:
/// - `a PC in Newbury launched a habit`: it is not the subject of the verb after it (no `Apple invested` cue);
/// - `a consultancy in Leeds`: a capitalised word in `-ds`, `-ns` … there is a place, not a people's plural
///   (`Kurds`, `Pashtuns` are never `in`).
extension NameFinder {
    static let locativePrepositions = Lexicon.set(["in", "at", "near"])

    @inline(__always) func followsLocative(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>) -> Bool {
        chunk.from >= 1 && list[chunk.from - 1].kind == .word && !list[chunk.from - 1].upper && NameFinder.locativePrepositions.contains(list[chunk.from - 1].key)
    }
}
