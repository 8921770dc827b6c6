/// The tokens of a whole document in one allocation, sentence after sentence, with a flag per
/// token saying whether a date or figure has taken it.
///
/// `tokens[s]` is sentence `s` as a zero-based buffer: the extractors walk sentences many
/// times, and one flat block costs a single allocation per document instead of two per
/// sentence, with no reference counting or copy-on-write checks on each access. The buffers
/// are valid while the `SentenceTokens` that made them is alive (the `Analyzer` owns it).
final class SentenceTokens {
    private let storage: UnsafeMutablePointer<Token>
    private let flags: UnsafeMutableBufferPointer<Bool>
    /// Index of each sentence's first token, then the total (one more entry than sentences); a
    /// plain buffer, read without the array's bounds checks on every sentence lookup.
    private let starts: UnsafeMutableBufferPointer<Int>
    /// Index (within its sentence) of each sentence's first word or number, 0 when it has none:
    /// the extractors ask for it again and again.
    private let firstWords: UnsafeMutableBufferPointer<Int>
    private let summaries: UnsafeMutableBufferPointer<SentenceSummary>

    /// Takes over the tokens of `buffer` (all sentences, in order) and the start of each sentence in it.
    init(_ buffer: consuming TokenBuffer, starts: [Int], summaries: [SentenceSummary]) {
        precondition(summaries.count == starts.count - 1, "one summary per sentence")
        let (base, count) = buffer.take()
        storage = base
        flags = .allocate(capacity: max(count, 1))
        flags.initialize(repeating: false)
        self.starts = .allocate(capacity: starts.count)
        _ = self.starts.initialize(from: starts)
        firstWords = .allocate(capacity: max(starts.count - 1, 1))
        firstWords.initialize(repeating: 0)
        self.summaries = .allocate(capacity: max(summaries.count, 1))
        _ = self.summaries.initialize(from: summaries)
        for s in 0..<(starts.count - 1) {
            var index = starts[s]
            while index < starts[s + 1], base[index].kind == .punct { index += 1 }
            if index < starts[s + 1] { firstWords[s] = index - starts[s] }
        }
    }

    deinit {
        storage.deallocate()
        flags.deallocate()
        starts.deallocate()
        firstWords.deallocate()
        summaries.deallocate()
    }

    /// Number of sentences.
    var count: Int { starts.count - 1 }
    var indices: Range<Int> { 0..<count }

    /// The tokens of sentence `s`, indexed from zero.
    @inline(__always)
    subscript(s: Int) -> UnsafeBufferPointer<Token> {
        assert(s >= 0 && s < count, "sentence \(s) of \(count)")
        let start = starts[s]
        return UnsafeBufferPointer(start: storage + start, count: starts[s + 1] - start)
    }

    /// The index of sentence `s`'s first word or number (after opening quotes), 0 when it has none.
    @inline(__always)
    func firstWord(_ s: Int) -> Int {
        assert(s >= 0 && s < count, "sentence \(s) of \(count)")
        return firstWords[s]
    }

    /// The word classes and a Bloom filter of the keys of sentence `s` (see `SentenceSummary`).
    @inline(__always)
    func summary(_ s: Int) -> SentenceSummary {
        assert(s >= 0 && s < count, "sentence \(s) of \(count)")
        return summaries[s]
    }

    /// The taken flags of sentence `s`, indexed like its tokens.
    @inline(__always)
    func taken(_ s: Int) -> UnsafeMutableBufferPointer<Bool> {
        assert(s >= 0 && s < count, "sentence \(s) of \(count)")
        let start = starts[s]
        return UnsafeMutableBufferPointer(start: flags.baseAddress! + start, count: starts[s + 1] - start)
    }
}

/// A growing block of tokens that `SentenceTokens` takes over without copying.
/// (`Token` is a plain value type, so the memory needs no deinitialisation.)
struct TokenBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<Token>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    @inline(__always)
    mutating func append(_ token: Token) {
        if count == capacity { grow() }
        (base + count).initialize(to: token)
        count += 1
    }

    /// The summary of the tokens from `start` to the end (one sentence's, just tokenized).
    func summarize(from start: Int) -> SentenceSummary {
        SentenceSummary(UnsafeBufferPointer(start: base + start, count: count - start))
    }

    /// Hands the memory to the caller, who must deallocate it.
    consuming func take() -> (UnsafeMutablePointer<Token>, Int) {
        let result = (base, count)
        discard self
        return result
    }

    deinit { base.deallocate() }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }
}
