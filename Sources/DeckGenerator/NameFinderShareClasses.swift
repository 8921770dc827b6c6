/// `$23 a share for Class A voting stock`, `through its class A shares`, `Teck's Class B stock`: a single capital letter
/// after `class` names a class of shares, not a body. (Asked by `writtenCue` of names of one or two words.)
extension NameFinder {
    static let classKey: UInt64 = 0xD11655952FCBAB9F // class

    @inline(__always) func isShareClass(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>) -> Bool {
        guard list[chunk.to].upper else { return false }
        if chunk.tokenCount == 2 { return list[chunk.from].key == NameFinder.classKey }
        return chunk.from >= 1 && list[chunk.from - 1].key == NameFinder.classKey
    }
}
