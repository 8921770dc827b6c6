import Foundation

/// Pull quotes: a short paragraph that repeats part of a nearby longer one, set large in a
/// magazine layout, is page chrome and yields no facts of its own.
extension Chrome {
    /// A byte's letter for the pull-quote comparison: ASCII letters lower-cased, lead bytes
    /// 0xC3–0xE1 (accented Latin and other letters) as they are, and 0 for everything else.
    static let letterTable: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
        if (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) { return UInt8(byte | 0x20) }
        return (0xC3..<0xE2).contains(byte) ? UInt8(byte) : 0
    }

    /// Marks a short paragraph without closing punctuation that repeats the letters of a nearby
    /// longer one (a pull quote) as chrome. Only neighbours within a window are compared, so the
    /// work stays linear in the size of the document.
    static func markDuplicates(_ blocks: inout [Block]) {
        let window = 12
        var cache = [[UInt8]?](repeating: nil, count: blocks.count)
        for index in blocks.indices where blocks[index].kind == .body && blocks[index].bytes.count < 400 {
            guard blocks[index].bytes.count >= 24, let last = blocks[index].bytes.last,
                  !endsSentence(last) || last == 0x9D || last == UInt8(ascii: "\"") else { continue }
            let mine = letters(blocks[index].bytes)
            guard mine.count >= 24 else { continue }
            // A neighbour without the quote's longest lower-case word cannot repeat its letters;
            // the test reads the neighbour's bytes as they are, so most neighbours are never
            // turned into letters.
            let anchor = AnchorWord(blocks[index].bytes)
            let range = max(0, index - window)..<min(blocks.count, index + window + 1)
            let found = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { shift in
                mine.withUnsafeBufferPointer { pin in
                    let length = pin.count
                    shift.initialize(repeating: UInt8(min(length - 1, 255)))
                    for k in 1..<length { shift[pair(pin[k - 1], pin[k])] = UInt8(min(length - 1 - k, 255)) }
                    for other in range where other != index && blocks[other].kind == .body && blocks[other].bytes.count > blocks[index].bytes.count {
                        if let anchor, !blocks[other].bytes.withUnsafeBufferPointer({ anchor.occurs(in: $0) }) { continue }
                        let text: [UInt8]
                        if let cached = cache[other] { text = cached } else { text = letters(blocks[other].bytes); cache[other] = text }
                        if text.withUnsafeBufferPointer({ contains($0, pin, shift) }) { return true }
                    }
                    return false
                }
            }
            if found { blocks[index].kind = .chrome }
        }
    }

    /// The letters of `bytes` (see `letterTable`), everything else left out.
    private static func letters(_ bytes: [UInt8]) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: bytes.count) { out, written in
            var count = 0
            bytes.withUnsafeBufferPointer { bytes in
                letterTable.withUnsafeBufferPointer { table in
                    // Every byte is written and only letters advance the count: no branch to mispredict
                    // (the count grows by the carry of letter + 255, which a compiler keeps as arithmetic
                    // where `letter == 0 ? 0 : 1` became a branch).
                    for byte in bytes {
                        let letter = table[Int(byte)]
                        out[count] = letter
                        count &+= Int(truncatingIfNeeded: (UInt32(letter) &+ 0xFF) &>> 8)
                    }
                }
            }
            written = count
        }
    }

    @inline(__always) private static func pair(_ first: UInt8, _ second: UInt8) -> Int { Int((first &<< 3) ^ second) }

    /// Horspool's search on pairs of letters: the pair under the window's end says how far the
    /// needle (24 letters or more) can move, so most of the text is skipped unread. The shift table
    /// is built once per needle and used for every neighbour.
    private static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ pin: UnsafeBufferPointer<UInt8>, _ shift: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        let length = pin.count
        guard length >= 2, length <= hay.count else { return false }
        var start = 0
        while start <= hay.count - length {
            let end = start + length - 1
            let step = Int(shift[pair(hay[end - 1], hay[end])])
            if step == 0 {
                if memcmp(hay.baseAddress! + start, pin.baseAddress!, length) == 0 { return true }
                start += 1
            } else {
                start += step
            }
        }
        return false
    }
}

/// The longest word of a paragraph written in lower case, five letters or more: a pull quote
/// repeats the words of its paragraph as they are written, so a neighbour without this word
/// cannot hold the quote.
struct AnchorWord {
    let word: [UInt8]

    /// Nil when the paragraph has no word of five lower-case ASCII letters.
    init?(_ bytes: [UInt8]) {
        var best = 0..<0
        var start = 0
        for (position, byte) in bytes.enumerated() where byte < 0x61 || byte > 0x7A {
            if position - start > best.count { best = start..<position }
            start = position + 1
        }
        if bytes.count - start > best.count { best = start..<bytes.count }
        guard best.count >= 5 else { return nil }
        word = Array(bytes[best])
    }

    /// Whether the word occurs in `hay`. Sixteen places are tried at once: the bytes under the
    /// word's first and last letter are compared for all of them in one step, and only a place
    /// where both match is compared whole (a scan byte by byte waits on each load in turn). The
    /// last sixteen places are tried as one more step, overlapping the one before, so that no
    /// place is left to a scan byte by byte. Not inlined: alone, the loop keeps its state in registers.
    @inline(never)
    func occurs(in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = word.count
        guard length <= hay.count, let base = hay.baseAddress else { return false }
        return word.withUnsafeBufferPointer { word in
            // The last place where sixteen places can start.
            let lastStart = hay.count &- length &- 15
            guard lastStart >= 0 else {
                for start in 0...(hay.count - length) where base[start] == word[0] && memcmp(base + start, word.baseAddress!, length) == 0 { return true }
                return false
            }
            let raw = UnsafeRawPointer(base)
            let first = SIMD16<UInt8>(repeating: word[0])
            let last = SIMD16<UInt8>(repeating: word[length - 1])
            // Whether the word starts at one of the sixteen places from `start`.
            func found(_ start: Int) -> Bool {
                let heads = raw.loadUnaligned(fromByteOffset: start, as: SIMD16<UInt8>.self)
                let tails = raw.loadUnaligned(fromByteOffset: start &+ length &- 1, as: SIMD16<UInt8>.self)
                let hits = (heads .== first) .& (tails .== last)
                guard any(hits) else { return false }
                for lane in 0..<16 where hits[lane] && memcmp(base + start + lane, word.baseAddress!, length) == 0 { return true }
                return false
            }
            var start = 0
            while start < lastStart {
                if found(start) { return true }
                start &+= 16
            }
            return found(lastStart)
        }
    }
}
