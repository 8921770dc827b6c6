/// Tests on eight bytes at once (one `UInt64` word, "SWAR"), for the reader's loops that look
/// for a few rare bytes in long runs of ordinary text.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes from `index` as one word (the first byte lowest); `index + 8` must be in bounds.
    @inline(__always)
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> UInt64 {
        UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
    }

    /// Whether any byte of `word` is `byte`.
    @inline(__always)
    static func contains(_ word: UInt64, _ byte: UInt8) -> Bool {
        let other = word ^ (UInt64(byte) &* ones)
        return (other &- ones) & ~other & highs != 0
    }

    /// The sixteen bytes from `index` as one vector; `index + 16` must be in bounds. A compare of
    /// a vector is one instruction for all sixteen bytes, where the word tests above take four.
    @inline(__always)
    static func block(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> SIMD16<UInt8> {
        UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: SIMD16<UInt8>.self)
    }

    /// Whether any byte of `word` is below `limit` (at most 0x80).
    @inline(__always)
    static func containsBelow(_ word: UInt64, _ limit: UInt8) -> Bool {
        (word &- UInt64(limit) &* ones) & ~word & highs != 0
    }
}
