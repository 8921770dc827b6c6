/// `Teck Resources`, `Ivanhoe Mines`, `GAMCO Investors`, `Paramount Pictures`: a name of two or more capitalised words
/// closed by a plural noun that companies take as their last word is a company (not `Human Resources`, a department).
extension NameFinder {
    static let companyLastWords = Lexicon.set(Lexicon.split("resources mines investors pictures records publishing publishers brands insurance"))
    static let humanKey: UInt64 = 0xD88CFFC25D0ED05A // human

    @inline(__always) func companyLastWordCue(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>) -> Int {
        guard NameFinder.companyLastWords.contains(list[chunk.to].key), list[chunk.from].key != NameFinder.humanKey,
              !list[chunk.from].isIn(.demonym) || chunk.tokenCount >= 3 else { return 0 }
        return 1
    }
}
