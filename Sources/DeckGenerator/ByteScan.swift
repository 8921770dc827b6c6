#if _endian(big)
#error("ByteScan counts lanes from the lowest bits: the first byte only on a little-endian machine")
#endif

/// Tests on eight bytes at once (one `UInt64` word, "SWAR") and sixteen (one `SIMD16` vector),
/// for the reader's loops that look for a few rare bytes in long runs of ordinary text.
///
/// Lanes are counted from the lowest bits (`trailingZeroBitCount`), which is the first byte on a
/// little-endian machine, the only kind Swift runs on here.
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

    /// The first true lane of `mask` (a compare of `block`s), 16 when there is none: where a scan
    /// that found something in sixteen bytes goes on, without a test of each byte before it.
    @inline(__always)
    static func firstLane(_ mask: SIMDMask<SIMD16<Int8>>) -> Int {
        let lanes = unsafeBitCast(SIMD16<UInt8>(repeating: 0).replacing(with: 0xFF, where: mask), to: SIMD2<UInt64>.self)
        return lanes[0] != 0 ? lanes[0].trailingZeroBitCount >> 3 : 8 + lanes[1].trailingZeroBitCount >> 3
    }

    /// The high bit of each byte of `word` that is an ASCII letter, either case.
    @inline(__always)
    static func asciiLetters(_ word: UInt64) -> UInt64 {
        // Lower-cased and without its high bit, a byte is a letter from 0x61 to 0x7A; the sums
        // stay within each byte.
        let lower = (word | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
        let fromA = lower &+ 0x1F1F_1F1F_1F1F_1F1F, pastZ = lower &+ 0x0505_0505_0505_0505
        return fromA & ~pastZ & ~word & highs
    }

    /// The high bit of each byte of `word` from 0xC0 on: the lead byte of a scalar of two bytes or more.
    @inline(__always)
    static func leadBytes(_ word: UInt64) -> UInt64 {
        word & (word << 1) & highs
    }

    /// Whether any byte of `word` is below `limit` (at most 0x80).
    @inline(__always)
    static func containsBelow(_ word: UInt64, _ limit: UInt8) -> Bool {
        (word &- UInt64(limit) &* ones) & ~word & highs != 0
    }
}
