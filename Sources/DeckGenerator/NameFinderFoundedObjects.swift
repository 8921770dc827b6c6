/// `In 1979 Metcalfe left PARC and founded 3Com`, `she co-founded Canva`: the object of `founded` is a body, unless it is
/// shaped like a person's name.
extension NameFinder {
    static let foundedKey: UInt64 = 0x86C24D904F7B343E // founded
    static let coFoundedKey2: UInt64 = 0x6C66C12364BE58CB // co-founded
    static let cofoundedKey: UInt64 = 0x7A80EFFFD31E9AD0 // cofounded

    /// `key` is the lower-case word before the name.
    @inline(__always) func foundedObjectCue(_ chunk: Chunk, _ key: UInt64) -> Int {
        guard key == NameFinder.foundedKey || key == NameFinder.coFoundedKey2 || key == NameFinder.cofoundedKey,
              chunk.titleFrom == nil, !isPersonShaped(chunk) else { return 0 }
        return 1
    }
}
