/// A token of a sentence: a word, a number or a punctuation mark, as UTF-8 offsets.
///
/// 32 bytes: the extractors stream the whole document's tokens a dozen times, so offsets are
/// kept as `UInt32` (an article is at most 32 MB) and the wide fields come first, leaving no
/// padding between them.
struct Token {
    enum Kind: UInt8 { case word, number, punct }
    private var start32: UInt32
    private var end32: UInt32
    /// Lower-cased hash (see `Lexicon.key`).
    var key: UInt64
    /// The word lists it belongs to (`WordClass` bits; 0 for punctuation).
    var classes: UInt64
    var kind: Kind
    /// White space stands before it.
    var space: Bool
    /// Starts with an upper-case letter.
    var upper: Bool
    /// Two or more letters, all upper case (`TTP`, `U.S.`).
    var allCaps: Bool
    /// Looks like part of a name: capitalised, `al-Qa’eda`, `iPhone`.
    var nameLike: Bool
    /// For punctuation, its byte, or the last byte of a multi-byte mark; 0 for words and numbers
    /// (`Analyzer.isPunct` relies on both).
    var mark: UInt8
    /// A word with an inner hyphen (`then-prime`); `Analyzer.headKey` and `tailKey` give its parts.
    var hyphen: Bool

    init(start: Int, end: Int, kind: Kind, space: Bool, upper: Bool, allCaps: Bool, nameLike: Bool, key: UInt64,
         mark: UInt8, hyphen: Bool = false, classes: UInt64 = 0) {
        start32 = UInt32(truncatingIfNeeded: start)
        end32 = UInt32(truncatingIfNeeded: end)
        self.key = key
        self.classes = classes
        self.kind = kind
        self.space = space
        self.upper = upper
        self.allCaps = allCaps
        self.nameLike = nameLike
        self.mark = mark
        self.hyphen = hyphen
    }

    /// An opening quote: `"`, `“`, `‘` or `«`.
    var opensQuote: Bool {
        @inline(__always) get {
            kind == .punct && (mark == UInt8(ascii: "\"") || (end - start == 3 && (mark == 0x9C || mark == 0x98)) || mark == 0xAB)
        }
    }

    /// Where it starts in the reader's text (a UTF-8 offset).
    var start: Int {
        @inline(__always) get { Int(start32) }
        set { start32 = UInt32(truncatingIfNeeded: newValue) }
    }
    /// Where it ends in the reader's text (a UTF-8 offset, exclusive).
    var end: Int {
        @inline(__always) get { Int(end32) }
        set { end32 = UInt32(truncatingIfNeeded: newValue) }
    }
}

/// Punctuation scalars outside ASCII: quotes, dashes, ellipsis, currency and Latin-1 signs.
@inline(__always)
func isPunctuationScalar(_ value: UInt32) -> Bool {
    (0x2010...0x206F).contains(value) || (0xA0...0xBF).contains(value) || value == 0xD7 || value == 0xF7
        || (0x20A0...0x20CF).contains(value) || value == 0x2212 || (0x3000...0x303F).contains(value)
        || (0xFF01...0xFF0F).contains(value) || (0x2190...0x23FF).contains(value) || (0x25A0...0x27BF).contains(value)
}

enum Tokenizer {
    /// Where the first inner hyphen of a hyphenated word starts (`-`, `‐` or `‑`).
    static func firstHyphen(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Int {
        var index = token.start
        while index < token.end {
            if bytes[index] == UInt8(ascii: "-") { return index }
            if bytes[index] == 0xE2, index + 2 < token.end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x90 || bytes[index + 2] == 0x91 { return index }
            index += 1
        }
        return token.end
    }

    /// The key of a hyphenated word's first part (`then-prime` → `then`); 0 for other tokens.
    static func headKey(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> UInt64 {
        guard token.hyphen else { return 0 }
        return Lexicon.key(bytes, token.start, firstHyphen(bytes, token))
    }

    /// The key of a hyphenated word's last part (`then-prime` → `prime`); 0 for other tokens.
    static func tailKey(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> UInt64 {
        guard token.hyphen else { return 0 }
        let first = firstHyphen(bytes, token)
        var last = token.end - 1
        while last > first, bytes[last] != UInt8(ascii: "-") { last -= 1 }
        let tailStart = bytes[last] == UInt8(ascii: "-") ? last + 1 : last + 3
        return Lexicon.key(bytes, min(tailStart, token.end), token.end)
    }

    /// The scalar at `index` and its width in bytes.
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> (UInt32, Int) {
        let byte = bytes[index]
        if byte < 0x80 { return (UInt32(byte), 1) }
        if byte & 0xE0 == 0xC0, index + 1 < end { return (UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2) }
        if byte & 0xF0 == 0xE0, index + 2 < end {
            return (UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
        }
        if byte & 0xF8 == 0xF0, index + 3 < end {
            return (UInt32(byte & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F), 4)
        }
        return (UInt32(byte), 1)
    }

    @inline(__always)
    static func isLetter(_ value: UInt32) -> Bool {
        if value < 0x80 { return (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }
        return !isPunctuationScalar(value)
    }

    @inline(__always)
    static func isUpper(_ value: UInt32) -> Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        if value < 0xC0 { return false }
        return Unicode.Scalar(value)?.properties.isUppercase ?? false
    }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static let namePrefixes = Lexicon.set(["al", "el", "ad", "an", "as", "ash", "at", "ar", "az", "ul", "ud", "bin", "ibn", "abu", "d", "l", "o", "mc", "ben"])

    /// Splits `start..<end` of `bytes` into tokens, appending to `tokens`.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into tokens: inout TokenBuffer) {
        let wordClasses = WordClass.table
        // The caller reserves room for the whole document: growing here per sentence would copy it again and again.
        var index = start
        var space = true
        while index < end {
            let byte = bytes[index]
            if byte == 0x20 { space = true; index += 1; continue }
            if isDigit(byte) {
                var cursor = index + 1
                while cursor < end {
                    let current = bytes[cursor]
                    if isDigit(current) { cursor += 1; continue }
                    if current == UInt8(ascii: ","), cursor + 3 < end, isDigit(bytes[cursor + 1]), isDigit(bytes[cursor + 2]),
                       isDigit(bytes[cursor + 3]), cursor + 4 >= end || !isDigit(bytes[cursor + 4]) {
                        cursor += 4; continue
                    }
                    if current == UInt8(ascii: "."), cursor + 1 < end, isDigit(bytes[cursor + 1]) { cursor += 1; continue }
                    break
                }
                let key = Lexicon.key(bytes, index, cursor)
                tokens.append(Token(start: index, end: cursor, kind: .number, space: space, upper: false, allCaps: false,
                                    nameLike: false, key: key, mark: 0, classes: wordClasses[key]))
                space = false
                index = cursor
                continue
            }
            let (value, width) = scalar(bytes, index, end)
            if !isLetter(value) {
                tokens.append(Token(start: index, end: index + width, kind: .punct, space: space, upper: false, allCaps: false,
                                    nameLike: false, key: 0, mark: bytes[index + width - 1]))
                space = false
                index += width
                continue
            }
            // A word: letters, digits after letters, inner hyphens and apostrophes, dotted abbreviations.
            var cursor = index + width
            let upper = isUpper(value)
            var upperCount = upper ? 1 : 0
            var letterCount = 1
            var laterUpper = false
            var firstHyphen = -1
            var dotted = false
            // The key (`Lexicon.key`) is hashed as the word is read while it is all ASCII letters and
            // digits; a word with anything else is hashed again at its end.
            var hash = Lexicon.rawSeed
            var hashed = value < 0x80
            if hashed { hash = Lexicon.rawStep(hash, UInt8(value) | 0x20) }
            while cursor < end {
                let current = bytes[cursor]
                // ASCII letters and digits first: most of every word.
                if current >= 0x61 && current <= 0x7A { hash = Lexicon.rawStep(hash, current); letterCount += 1; cursor += 1; continue }
                if current >= 0x41 && current <= 0x5A {
                    hash = Lexicon.rawStep(hash, current | 0x20)
                    letterCount += 1; upperCount += 1; laterUpper = true; cursor += 1; continue
                }
                if isDigit(current) { hash = Lexicon.rawStep(hash, current); cursor += 1; continue }
                // A space or a comma ends a word at once (most words end so).
                if current == 0x20 || current == UInt8(ascii: ",") { break }
                let (next, nextWidth) = scalar(bytes, cursor, end)
                if isLetter(next) {
                    letterCount += 1
                    if isUpper(next) { upperCount += 1; laterUpper = true }
                    cursor += nextWidth
                    hashed = false
                    continue
                }
                // Inner hyphen or apostrophe followed by a letter or digit.
                let isHyphen = current == UInt8(ascii: "-") || next == 0x2010 || next == 0x2011
                let isApostrophe = current == UInt8(ascii: "'") || next == 0x2019
                if isHyphen || isApostrophe, cursor + nextWidth < end {
                    let (after, _) = scalar(bytes, cursor + nextWidth, end)
                    let afterIsWord = isLetter(after) || (after < 0x80 && isDigit(UInt8(after)))
                    if afterIsWord {
                        if isApostrophe {
                            // `’s` / `'s` at the end of a word is a possessive token of its own.
                            let sIndex = cursor + nextWidth
                            if (bytes[sIndex] == UInt8(ascii: "s") || bytes[sIndex] == UInt8(ascii: "S")),
                               sIndex + 1 >= end || !isLetter(scalar(bytes, sIndex + 1, end).0) { break }
                        }
                        if isHyphen, firstHyphen < 0 { firstHyphen = cursor }
                        cursor += nextWidth
                        hashed = false
                        continue
                    }
                }
                // `U.S.`, `e.g.`: single letters joined by dots.
                if current == UInt8(ascii: "."), cursor + 1 < end, cursor - index <= 3 || dotted {
                    let (after, afterWidth) = scalar(bytes, cursor + 1, end)
                    if isLetter(after), cursor + 1 + afterWidth < end, bytes[cursor + 1 + afterWidth] == UInt8(ascii: "."),
                       cursor - index == 1 || dotted {
                        dotted = true
                        letterCount += 1
                        if isUpper(after) { upperCount += 1 }
                        cursor += 1 + afterWidth + 1
                        hashed = false
                        continue
                    }
                }
                break
            }
            var nameLike = upper
            if !upper, laterUpper {
                if firstHyphen > 0 {
                    nameLike = namePrefixes.contains(Lexicon.key(bytes, index, firstHyphen))
                } else {
                    nameLike = true // iPhone, eBay
                }
            }
            var token = Token(start: index, end: cursor, kind: .word, space: space, upper: upper,
                              allCaps: letterCount >= 2 && upperCount == letterCount, nameLike: nameLike,
                              key: hashed ? hash : Lexicon.key(bytes, index, cursor), mark: 0)
            token.hyphen = firstHyphen > 0
            token.classes = wordClasses[token.key]
            tokens.append(token)
            space = false
            index = cursor
        }
    }
}
