/// What a sentence holds, in brief: the word classes of its tokens (exactly) and a 256-bit Bloom
/// filter of their keys. The passes that look for a rare word (`known as`, `renamed`, `headed by`)
/// or a word class (stance verbs) ask it first and skip, without reading a token, the many sentences
/// that cannot hold what they look for. Made as each sentence is tokenized, while its tokens are in
/// the cache.
struct SentenceSummary {
    private(set) var classes: UInt64 = 0
    /// Whether a word of the sentence has an inner hyphen (`anti-Taliban`).
    private(set) var hasHyphen = false
    /// Whether one of its first two tokens opens a quote (a quoted view, in `findStances`).
    private(set) var opensWithQuote = false
    private var keys: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// The summary of `tokens`.
    init(_ tokens: UnsafeBufferPointer<Token>) {
        var classes: UInt64 = 0
        var hyphens = false
        withUnsafeMutableBytes(of: &keys) { raw in
            let words = raw.bindMemory(to: UInt64.self)
            for token in tokens {
                classes |= token.classes
                hyphens = hyphens || token.hyphen
                words[Int(token.key >> 62)] |= 1 << ((token.key >> 56) & 63)
            }
        }
        self.classes = classes
        hasHyphen = hyphens
        opensWithQuote = tokens.prefix(2).contains { $0.opensQuote }
    }

    init() {}

    /// False only when no token of the sentence has this key.
    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool {
        let word: UInt64
        switch key >> 62 {
        case 0: word = keys.0
        case 1: word = keys.1
        case 2: word = keys.2
        default: word = keys.3
        }
        return word & (1 << ((key >> 56) & 63)) != 0
    }

    /// Whether some token of the sentence is in the class.
    @inline(__always)
    func has(_ wordClass: WordClass) -> Bool { classes & wordClass.rawValue != 0 }
}
