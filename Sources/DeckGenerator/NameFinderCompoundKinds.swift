/// Kinds of body written as two words or as a noun that alone is no kind of body, right before a name:
/// `the Geneva-based asset manager Lavaux Partenaires`, `the Paris house Aguttes` (an auction or fashion house:
/// lower-case `house` after another word), `the volunteer archive Spectrum Vault`; an article within four words
/// before the kind noun determines it.
extension NameFinder {
    static let assetKey: UInt64 = 0xC93B8EBCC208569B // asset
    static let managerKey: UInt64 = 0x134F9B9AB31CC00C // manager
    static let houseKey: UInt64 = 0x4D3E3B7B4E55C31B // house
    static let archiveKey: UInt64 = 0xBEA01422B5F77185 // archive

    /// `key` is the lower-case word before the name.
    @inline(__always) func compoundKindCue(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>, _ key: UInt64) -> Int {
        guard key == NameFinder.managerKey || key == NameFinder.houseKey || key == NameFinder.archiveKey, chunk.from >= 3, chunk.titleFrom == nil else { return 0 }
        if key == NameFinder.managerKey {
            guard list[chunk.from - 2].key == NameFinder.assetKey else { return 0 }
        } else if key == NameFinder.houseKey {
            guard list[chunk.from - 2].kind == .word else { return 0 }
        }
        var k = chunk.from - 2
        while k >= 0, k >= chunk.from - 5, list[k].kind == .word || a.isDash(list[k]) && !list[k].space {
            if list[k].key == K.the || list[k].key == K.a || list[k].key == K.an { return 1 }
            k -= 1
        }
        return 0
    }
}
