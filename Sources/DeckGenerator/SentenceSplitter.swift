/// Splits a paragraph into sentences over UTF-8 bytes, minding abbreviations
/// (`U.S.`, `Dr.`, `Jan.`), initials, decimals, quotes and brackets.
enum SentenceSplitter {
    /// Abbreviations after which a capitalised word never starts a sentence.
    static let titleAbbreviations = Lexicon.set(Lexicon.split("""
        mr mrs ms dr prof gen sen rep gov lt col capt sgt st rev hon jan feb mar apr jun jul aug sep sept oct nov
        dec no nos vs v cf approx fig figs mt ft ave blvd dept univ assn maj adm cmdr supt insp det gens messrs
        mme mlle sr jr pres amb adj art sec ch vol pp p rs brig
        """))
    /// Abbreviations that may also end a sentence (`… of Apple Inc. The company …`).
    static let closingAbbreviations = Lexicon.set(Lexicon.split("inc ltd corp co plc llc bros etc al ag sa"))
    /// Words that, capitalised after an ambiguous abbreviation, start a new sentence.
    static let sentenceStarters = Lexicon.set(Lexicon.split("""
        the a an it he she they we i this that these those there but and in on at however its his her their our
        as after for while when if some many most yet so then meanwhile according its analysts officials
        """))

    static func isCloser(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") { return 1 }
        if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x9D || bytes[index + 2] == 0x99 { return 3 }
        if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xBB { return 2 }
        return 0
    }

    static func isOpener(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") { return 1 }
        if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x9C || bytes[index + 2] == 0x98 { return 3 }
        if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xAB { return 2 }
        return 0
    }

    /// True when the scalar at `index` is an upper-case letter or a digit. Inlined for ASCII, the
    /// common case; a scalar beyond ASCII is decoded out of line.
    @inline(__always)
    static func startsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
        let byte = bytes[index]
        if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) { return true }
        if byte < 0x80 { return false }
        return isUppercaseScalar(bytes, index, end)
    }

    /// Whether the scalar beyond ASCII at `index` is an upper-case letter.
    @inline(never)
    static func isUppercaseScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Bool {
        var iterator = UnsafeBufferPointer(rebasing: bytes[index..<min(end, index + 4)]).makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) {
            return scalar.properties.isUppercase
        }
        return false
    }

    /// The longest sentence in bytes; longer runs are cut at a space.
    static let maximumLength = 2000

    static func split(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ emit: (Int, Int) -> Void) {
        var sentenceStart = start
        var index = start
        func output(_ from: Int, _ to: Int) {
            var a = from, b = to
            while a < b, bytes[a] == 0x20 { a += 1 }
            while b > a, bytes[b - 1] == 0x20 { b -= 1 }
            // No real sentence is this long: cut run-on text at a space so per-sentence work stays bounded.
            while b - a > maximumLength {
                var cut = a + maximumLength
                while cut > a + maximumLength / 2, bytes[cut] != 0x20 { cut -= 1 }
                if bytes[cut] != 0x20 { cut = a + maximumLength; while cut < b, bytes[cut] & 0xC0 == 0x80 { cut += 1 } }
                emit(a, cut)
                a = cut
                while a < b, bytes[a] == 0x20 { a += 1 }
            }
            if b > a { emit(a, b) }
        }
        let periods = SIMD16<UInt8>(repeating: UInt8(ascii: ".")), bangs = SIMD16<UInt8>(repeating: UInt8(ascii: "!"))
        let questions = SIMD16<UInt8>(repeating: UInt8(ascii: "?")), ellipsisLeads = SIMD16<UInt8>(repeating: 0xE2)
        while index < end {
            // A byte other than `.`, `!`, `?` and the lead byte of `…` cannot end a sentence: the scan
            // goes sixteen bytes at a time to the next of them.
            if index + 16 <= end {
                let block = ByteScan.block(bytes, index)
                let marks = (block .== periods) .| (block .== bangs) .| (block .== questions) .| (block .== ellipsisLeads)
                if !any(marks) {
                    index += 16
                    continue
                }
                index += ByteScan.firstLane(marks)
            }
            let byte = bytes[index]
            var termEnd = -1
            var isPeriod = false
            var isEllipsis = false
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                termEnd = index + 1
                isPeriod = byte == UInt8(ascii: ".")
                while termEnd < end, bytes[termEnd] == UInt8(ascii: ".") || bytes[termEnd] == UInt8(ascii: "!") || bytes[termEnd] == UInt8(ascii: "?") {
                    if bytes[termEnd] == UInt8(ascii: ".") { isEllipsis = true }
                    termEnd += 1
                }
            } else if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA6 {
                termEnd = index + 3
                isEllipsis = true
            }
            guard termEnd > 0 else { index += 1; continue }
            var after = termEnd
            while after < end { let width = isCloser(bytes, after, end); if width == 0 { break }; after += width }
            guard after < end, bytes[after] == 0x20 else { index = max(after, index + 1); continue }
            var next = after + 1
            while next < end, bytes[next] == 0x20 { next += 1 }
            while next < end { let width = isOpener(bytes, next, end); if width == 0 { break }; next += width }
            guard next < end, startsSentence(bytes, next, end) else { index = after; continue }
            if isPeriod && !isEllipsis && !periodEndsSentence(bytes, sentenceStart, index, next, end) {
                index = after; continue
            }
            output(sentenceStart, after)
            sentenceStart = after + 1
            index = after + 1
        }
        output(sentenceStart, end)
    }

    /// Decides for a `.` at `dot` whether the word before it is an abbreviation that keeps the sentence going.
    static func periodEndsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ sentenceStart: Int, _ dot: Int, _ next: Int, _ end: Int) -> Bool {
        var wordStart = dot
        while wordStart > sentenceStart {
            let previous = bytes[wordStart - 1]
            if previous == 0x20 || previous == UInt8(ascii: "(") || previous == UInt8(ascii: "\"") || previous == UInt8(ascii: "[") { break }
            wordStart -= 1
        }
        let length = dot - wordStart
        if length == 0 { return true }
        // A single capital letter: an initial (`J. Smith`).
        if length == 1, bytes[wordStart] >= 0x41, bytes[wordStart] <= 0x5A { return false }
        var internalDot = false
        var letters = 0
        var digits = false
        for position in wordStart..<dot {
            if bytes[position] == UInt8(ascii: ".") { internalDot = true }
            else if bytes[position] >= 0x41 { letters += 1 }
            else if bytes[position] >= 0x30 && bytes[position] <= 0x39 { digits = true }
        }
        if digits { internalDot = false }
        let key = Lexicon.key(bytes, wordStart, dot)
        if titleAbbreviations.contains(key) { return false }
        if internalDot || closingAbbreviations.contains(key) {
            // `U.S.`, `Inc.`: a new sentence only when a typical sentence opener follows.
            var wordEnd = next
            while wordEnd < end, bytes[wordEnd] != 0x20, bytes[wordEnd] != UInt8(ascii: ","), bytes[wordEnd] != UInt8(ascii: "'"), bytes[wordEnd] < 0x80 { wordEnd += 1 }
            return sentenceStarters.contains(Lexicon.key(bytes, next, wordEnd))
        }
        _ = letters
        return true
    }
}
