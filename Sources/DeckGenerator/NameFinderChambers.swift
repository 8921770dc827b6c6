/// `the House of Representatives`, `Nepal's House of Commons`, `the Chamber of Deputies`: `House` or `Chamber`, `of`
/// and a capitalised plural of members, after `the` or a possessive, names a chamber of a legislature, a body; neither
/// word heads a body's name by itself (`White House`, `Chamber Music Society`, `House of Cards` with no article).
extension NameFinder {
    static let chamberKey: UInt64 = 0x68A1387E38CFA961 // chamber

    /// Asked by `lexicalClass` with the name's head word at `headEnd`, before its `of` (so only of names with one).
    @inline(__always) func isChamberOfMembers(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>, _ headEnd: Int) -> Bool {
        let head = list[headEnd]
        guard head.key == NameFinder.houseKey || head.key == NameFinder.chamberKey, headEnd == chunk.from, headEnd + 2 <= chunk.to,
              list[headEnd + 1].key == K.of, chunk.from >= 1 else { return false }
        let members = list[headEnd + 2]
        guard members.kind == .word, members.upper, !members.allCaps, a.bytes[members.end - 1] == UInt8(ascii: "s") else { return false }
        return list[chunk.from - 1].key == K.the || chunk.from >= 3 && a.isPossessive(chunk.s, chunk.from - 2)
    }
}
