import Foundation

/// The kinds of input the reader understands.
public enum InputFormat: String, Sendable, CaseIterable {
    case plain, markdown, html

    /// Chooses by file extension, else by a look at the text (`-` for stdin sniffs).
    public static func guess(path: String, text: String) -> InputFormat {
        byExtension(path) ?? sniff(text)
    }

    /// `guess` for UTF-8 bytes: only the head of the text is read when the extension says nothing.
    static func guess(path: String, utf8: [UInt8]) -> InputFormat {
        // 2,048 characters take at most four bytes each.
        byExtension(path) ?? sniff(String(decoding: utf8.prefix(2048 * 4), as: UTF8.self))
    }

    static func byExtension(_ path: String) -> InputFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") || lower.hasSuffix(".mdown") { return .markdown }
        if lower.hasSuffix(".txt") || lower.hasSuffix(".text") { return .plain }
        return nil
    }

    static func sniff(_ text: String) -> InputFormat {
        let head = text.prefix(2048).lowercased()
        if head.contains("<!doctype html") || head.contains("<html") || head.contains("<body")
            || (head.contains("<p>") && head.contains("</p>")) || head.contains("<div") { return .html }
        return .markdown
    }
}

/// A paragraph of the reader's text, as a range of UTF-8 offsets.
public struct Paragraph: Sendable, Equatable {
    public enum Kind: String, Sendable { case body, heading, listItem, chrome }
    public var start: Int
    public var end: Int
    public var kind: Kind
    /// The nearest heading above it, if any (its index in `paragraphs`).
    public var headingIndex: Int?
}

/// A sentence of the reader's text: UTF-8 offsets and the paragraph it belongs to.
public struct Sentence: Sendable, Equatable {
    public var start: Int
    public var end: Int
    public var paragraph: Int
}

/// What a reader sees of a document: markup removed, escapes and footnote marks
/// resolved, whitespace folded, paragraphs separated by blank lines, split into sentences.
public struct ReadText: Sendable {
    /// The reader's text as UTF-8 bytes; offsets in `paragraphs` and `sentences` index it.
    public let bytes: [UInt8]
    public let paragraphs: [Paragraph]
    public let sentences: [Sentence]

    /// The reader's text (built on demand: extraction works on `bytes`).
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public func string(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }
    public func string(of sentence: Sentence) -> String { string(sentence.start, sentence.end) }
    public func string(of paragraph: Paragraph) -> String { string(paragraph.start, paragraph.end) }
    /// The heading text above `paragraph`, if any.
    public func heading(of paragraph: Int) -> String? {
        guard let index = paragraphs[paragraph].headingIndex else { return nil }
        return string(of: paragraphs[index])
    }
}

/// One block of the source before assembly: a paragraph, heading or list item.
struct Block {
    var bytes: [UInt8]
    var kind: Paragraph.Kind
    /// Whether the page-break rule may join this block to a neighbour: set only for paragraphs
    /// of plain text and Markdown, where a blank line may be a page break. A block of HTML (a
    /// table cell, a list item, a `<p>`) or a Markdown heading, list item or table row is whole.
    var mayContinue = false
}

public enum ArticleReader {
    /// Reads `text` in `format` into the reader's text.
    public static func read(_ text: String, format: InputFormat) -> ReadText {
        read(utf8: Array(text.utf8), format: format)
    }

    /// Reads valid UTF-8 `bytes` in `format`.
    static func read(utf8 bytes: [UInt8], format: InputFormat) -> ReadText {
        let blocks: [Block]
        switch format {
        case .markdown: blocks = MarkdownBlocks.parse(bytes)
        case .html: blocks = HTMLBlocks.parse(bytes)
        case .plain: blocks = plainBlocks(bytes)
        }
        return assemble(blocks)
    }

    static func plainBlocks(_ bytes: [UInt8]) -> [Block] {
        var blocks: [Block] = []
        // Paragraphs are folded as they are read: their lines joined by spaces, white space folded.
        var folder = WhitespaceFolder()
        bytes.withUnsafeBufferPointer { bytes in
            var index = 0
            while index < bytes.count {
                index = folder.feedParagraph(bytes, index, bytes.count)
                if !folder.isEmpty { blocks.append(Block(bytes: folder.take(), kind: .body, mayContinue: true)) }
            }
        }
        return blocks
    }

    /// Classifies chrome, joins paragraphs split by a page break, lays out the text and splits sentences.
    static func assemble(_ input: consuming [Block]) -> ReadText {
        // The blocks are classified and joined in place (`kept` of them stay), so that no second
        // array holds a copy of each block.
        var blocks = input
        var kept = 0
        var total = 0
        // Short title-case lines before the first heading are a masthead or a menu (`The Daily Star`).
        let firstHeading = blocks.firstIndex { $0.kind == .heading } ?? 0
        var inRelated = false
        for position in blocks.indices {
            var block = blocks[position]
            blocks[position].bytes = []
            if block.kind != .chrome, Chrome.isChrome(block.bytes, kind: block.kind) { block.kind = .chrome }
            // `Related topic`, `Tags`: a heading over links to other pages, and the blocks under it.
            if block.kind == .heading { inRelated = Chrome.isRelatedHeading(block.bytes) }
            if inRelated { block.kind = .chrome }
            if position < firstHeading, block.kind == .body, Chrome.isMastheadLine(block.bytes) { block.kind = .chrome }
            // `© 2019 Example Media`, `Copyright …`: a copyright line.
            if block.bytes.starts(with: [0xC2, 0xA9]) || block.bytes.starts(with: Chrome.copyrightPrefix) { block.kind = .chrome }
            total += block.bytes.count + 2
            if kept > 0, block.mayContinue, block.kind == .body, blocks[kept - 1].mayContinue, blocks[kept - 1].kind == .body,
               let first = block.bytes.first, first >= 0x61, first <= 0x7A,
               let end = blocks[kept - 1].bytes.last, !Chrome.endsSentence(end) {
                blocks[kept - 1].bytes.append(0x20)
                blocks[kept - 1].bytes.append(contentsOf: block.bytes)
                continue
            }
            blocks[kept] = block
            kept += 1
        }
        blocks.removeLast(blocks.count - kept)
        Chrome.markDuplicates(&blocks)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(total)
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(blocks.count)
        var sentences: [Sentence] = []
        var heading: Int?
        for position in blocks.indices {
            // Each block's bytes are let go once they are in the text.
            let block = blocks[position]
            blocks[position].bytes = []
            if !bytes.isEmpty { bytes.append(0x0A); bytes.append(0x0A) }
            let start = bytes.count
            bytes.append(contentsOf: block.bytes)
            let index = paragraphs.count
            paragraphs.append(Paragraph(start: start, end: bytes.count, kind: block.kind,
                                        headingIndex: block.kind == .heading ? nil : heading))
            if block.kind == .heading { heading = index }
        }
        bytes.withUnsafeBufferPointer { buffer in
            for (index, paragraph) in paragraphs.enumerated() {
                SentenceSplitter.split(buffer, paragraph.start, paragraph.end) { start, end in
                    sentences.append(Sentence(start: start, end: end, paragraph: index))
                }
            }
        }
        return ReadText(bytes: bytes, paragraphs: paragraphs, sentences: sentences)
    }
}

/// Whitespace folding and page-chrome tests over UTF-8 bytes.
enum Folding {
    /// Folds runs of white space (including no-break space) to one space and trims the ends.
    static func fold(_ bytes: [UInt8]) -> [UInt8] {
        var folder = WhitespaceFolder()
        bytes.withUnsafeBufferPointer { folder.feed($0, 0, $0.count) }
        return folder.take()
    }
}

/// Folds white space as text is fed to it, piece by piece: runs of spaces, tabs, line
/// breaks, no-break and thin spaces become one space, zero-width spaces go, and the ends
/// are trimmed (a space is written only before the next visible byte).
struct WhitespaceFolder: ~Copyable {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity = 256
    private(set) var count = 0
    private var pendingSpace = false

    init() { buffer = .allocate(capacity: capacity) }
    deinit { buffer.deallocate() }

    var isEmpty: Bool { count == 0 }

    /// The folded text so far; the folder starts again empty.
    mutating func take() -> [UInt8] {
        let text = Array(UnsafeBufferPointer(start: buffer, count: count))
        count = 0
        pendingSpace = false
        return text
    }

    @inline(__always) private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// Whether a no-break, thin or narrow no-break space separates thousands (`5 000`, `12 345 678`):
    /// one to three digits written before it (after a non-digit or a group just joined) and exactly
    /// three digits from `next` on. Such a space is written as the comma the tokenizer reads in
    /// `5,000`, so the number stays one figure.
    static func separatesDigitGroup(_ out: UnsafeMutablePointer<UInt8>, _ written: Int,
                                    _ bytes: UnsafeBufferPointer<UInt8>, _ next: Int, _ end: Int) -> Bool {
        @inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        guard next + 3 <= end, isDigit(bytes[next]), isDigit(bytes[next + 1]), isDigit(bytes[next + 2]),
              next + 3 == end || !isDigit(bytes[next + 3]) else { return false }
        var digits = 0
        var position = written - 1
        while position >= 0, isDigit(out[position]) { digits += 1; position -= 1 }
        guard digits >= 1 else { return false }
        if position >= 1, out[position] == UInt8(ascii: ","), isDigit(out[position - 1]) { return digits == 3 }
        return digits <= 3
    }

    /// Feeds `bytes[start..<end]`.
    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        _ = fold(bytes, start, end, paragraph: false)
    }

    /// Feeds the lines of plain text from `start` up to the next blank line (one of only spaces, tabs,
    /// carriage returns and form feeds) or `end`, a line break folded like any white space. Returns
    /// where the line after the blank line starts (`end` when there is none). One pass finds the lines
    /// and folds them: a paragraph is not cut into lines first.
    mutating func feedParagraph(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        let next = WhitespaceFolder.blankLineEnd(bytes, start, end)
        if next >= 0 { return next }
        return fold(bytes, start, end, paragraph: true)
    }

    /// Where the line from `start` ends, past its line break, when it is blank (`end` when it is the
    /// last line); -1 when it is not blank.
    @inline(__always) private static func blankLineEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var index = start
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0D || bytes[index] == 0x0C { index += 1 }
        if index == end { return end }
        return bytes[index] == 0x0A ? index + 1 : -1
    }

    /// Folds `bytes[start..<end]`; with `paragraph`, stops after the first blank line and returns where
    /// the next line starts (else returns `end`).
    @inline(__always)
    private mutating func fold(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, paragraph: Bool) -> Int {
        // The output of a piece is never longer than the piece and one space. With `paragraph`, the piece
        // is the rest of the text, so the first paragraph's call reserves room for all of it, once.
        if count + (end - start) + 1 > capacity {
            while count + (end - start) + 1 > capacity { capacity *= 2 }
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            larger.update(from: buffer, count: count)
            buffer.deallocate()
            buffer = larger
        }
        // Locals, so that the loop keeps its state in registers.
        let out = buffer
        var written = count
        var pending = pendingSpace
        var index = start
        let spaceBytes = SIMD16<UInt8>(repeating: 0x20), controlLimit = SIMD16<Int8>(repeating: 0x20)
        while index < end {
            // A run of plain ASCII with single spaces between words (most of prose) is copied sixteen
            // bytes at a time: it ends before a byte below 0x20 or above 0x7F (a line break, a letter
            // of another script) or the first of two spaces. A space that ends the run is held back as
            // pending, since white space may follow it.
            if index + 17 <= end {
                let block = ByteScan.block(bytes, index)
                let spaces = block .== spaceBytes
                // Read as signed, a byte below 0x20 or above 0x7F is below 0x20: one compare for both.
                let stops = (unsafeBitCast(block, to: SIMD16<Int8>.self) .< controlLimit)
                    .| (spaces .& (ByteScan.block(bytes, index + 1) .== spaceBytes))
                let length = ByteScan.firstLane(stops)
                // A space first is copied only where it is the single space between two words.
                if length > 0, bytes[index] != 0x20 || (!pending && written > 0) {
                    if pending { if written > 0 { out[written] = 0x20; written += 1 }; pending = false }
                    UnsafeMutableRawPointer(out + written).storeBytes(of: block, as: SIMD16<UInt8>.self)
                    pending = bytes[index &+ length &- 1] == 0x20
                    written &+= pending ? length &- 1 : length
                    index &+= length
                    // A run cut short ends before a byte for the steps below: no second look at it.
                    if length == 16 { continue }
                }
            }
            let byte = bytes[index]
            if byte > 0x20, byte < 0x80 {
                if pending { if written > 0 { out[written] = 0x20; written += 1 }; pending = false }
                out[written] = byte; written += 1
                index += 1
                continue
            }
            if WhitespaceFolder.isSpace(byte) {
                pending = true
                index += 1
                while index < end, bytes[index] == 0x20 { index += 1 }
                if paragraph, byte == 0x0A {
                    let next = WhitespaceFolder.blankLineEnd(bytes, index, end)
                    if next >= 0 { index = next; break }
                }
                continue
            }
            if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 {
                if !pending, WhitespaceFolder.separatesDigitGroup(out, written, bytes, index + 2, end) {
                    out[written] = UInt8(ascii: ","); written += 1
                } else { pending = true }
                index += 2; continue
            }
            if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80,
               bytes[index + 2] == 0x89 || bytes[index + 2] == 0xAF || bytes[index + 2] == 0x8B {
                // thin space, narrow no-break space, zero-width space
                if bytes[index + 2] == 0x8B {
                } else if !pending, WhitespaceFolder.separatesDigitGroup(out, written, bytes, index + 3, end) {
                    out[written] = UInt8(ascii: ","); written += 1
                } else { pending = true }
                index += 3; continue
            }
            if pending, written > 0 { out[written] = 0x20; written += 1 }
            pending = false
            out[written] = byte; written += 1
            index += 1
        }
        count = written
        pendingSpace = pending
        return index
    }
}

enum Chrome {
    /// `Copyright …` opens a copyright line.
    static let copyrightPrefix = Array("Copyright ".utf8)

    static func endsSentence(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"),
             UInt8(ascii: "\""), UInt8(ascii: ")"), UInt8(ascii: "'"), 0x9D, 0x99, 0xA6: return true
        default: return false
        }
    }

    static func isAddress(_ bytes: [UInt8], _ from: Int, _ to: Int) -> Bool {
        guard to > from else { return false }
        if to - from > 4, bytes[from] | 0x20 == UInt8(ascii: "w"), bytes[from + 1] | 0x20 == UInt8(ascii: "w"),
           bytes[from + 2] | 0x20 == UInt8(ascii: "w"), bytes[from + 3] == UInt8(ascii: ".") { return true }
        var sawAt = false, sawDotAfterAt = false, sawSlashes = false
        var k = from
        while k < to {
            let byte = bytes[k]
            if byte == UInt8(ascii: "@") { sawAt = true }
            else if byte == UInt8(ascii: "."), sawAt { sawDotAfterAt = true }
            else if byte == UInt8(ascii: ":"), k + 2 < to, bytes[k + 1] == UInt8(ascii: "/"), bytes[k + 2] == UInt8(ascii: "/") { sawSlashes = true }
            k += 1
        }
        if sawSlashes || (sawAt && sawDotAfterAt) { return true }
        // `example.com`: a dot three or four letters before the end, and no other punctuation.
        guard to - from > 4 else { return false }
        var dot = to - 1
        while dot > from, bytes[dot] != UInt8(ascii: ".") { dot -= 1 }
        guard dot > from, to - dot - 1 >= 2, to - dot - 1 <= 4 else { return false }
        for k in (dot + 1)..<to where !(bytes[k] >= 0x61 && bytes[k] <= 0x7A) { return false }
        for k in from..<dot where !((bytes[k] >= 0x61 && bytes[k] <= 0x7A) || (bytes[k] >= 0x30 && bytes[k] <= 0x39) || bytes[k] == UInt8(ascii: "-") || bytes[k] == UInt8(ascii: ".")) { return false }
        return true
    }

    /// The index of the first byte from `start` on that is not ASCII (the count when there is none),
    /// sixteen bytes at a time.
    static func asciiRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index + 16 <= bytes.count {
            let low = ByteScan.word(bytes, index) & 0x8080_8080_8080_8080
            let high = ByteScan.word(bytes, index + 8) & 0x8080_8080_8080_8080
            if low | high != 0 {
                return index + (low != 0 ? low.trailingZeroBitCount >> 3 : 8 + high.trailingZeroBitCount >> 3)
            }
            index += 16
        }
        while index < bytes.count, bytes[index] < 0x80 { index += 1 }
        return index
    }

    /// Whether the ASCII letters of `bytes` are more than four times its lead bytes (0xC0 and up):
    /// then the count below finds more Latin letters than letters of other scripts, since each of
    /// those starts at a lead byte, and a lead byte swallows at most three bytes after it.
    static func outnumbersLeadBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var letters = 0, leads = 0, index = 0
        while index + 8 <= bytes.count {
            let word = ByteScan.word(bytes, index)
            letters += ByteScan.asciiLetters(word).nonzeroBitCount
            leads += ByteScan.leadBytes(word).nonzeroBitCount
            index += 8
        }
        while index < bytes.count {
            let byte = bytes[index]
            if (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x7A { letters += 1 } else if byte >= 0xC0 { leads += 1 }
            index += 1
        }
        return letters > 4 * leads
    }

    /// A block is chrome when it has no Latin letter, is mostly another script, is only
    /// web or mail addresses, or is a footnote legend line.
    static func isChrome(_ bytes: [UInt8], kind: Paragraph.Kind = .body) -> Bool {
        if bytes.count < 64, bytes.withUnsafeBufferPointer({ isChromeLine($0, heading: kind == .heading) }) { return true }
        if bytes.count < 200 {
            // Only web and mail addresses: `www.example.com`, `name@example.com`.
            var words = 0, wordStart = 0, allAddresses = true
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 {
                if index > wordStart {
                    words += 1
                    if !isAddress(bytes, wordStart, index) { allAddresses = false; break }
                }
                wordStart = index + 1
            }
            if words > 0, allAddresses { return true }
        }
        var latin = 0
        var other = 0
        bytes.withUnsafeBufferPointer { bytes in
            var index = 0
            // Plain ASCII prose, the common case, is settled by its first letter and the absence of other bytes.
            while index < bytes.count, bytes[index] < 0x80, !((bytes[index] | 0x20) >= 0x61 && (bytes[index] | 0x20) <= 0x7A) { index += 1 }
            if index == bytes.count { return } // ASCII without a letter: chrome
            if bytes[index] < 0x80 {
                index = asciiRunEnd(bytes, from: index)
                if index == bytes.count { latin = 1; return }
            }
            // Text with a few signs or letters of more than one byte (`“`, `é`) is settled by a count
            // eight bytes at a time: see `outnumbersLeadBytes`.
            if outnumbersLeadBytes(bytes) { latin = 1; return }
            index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) { latin += 1 }
                    index += 1
                    continue
                }
                var scalar: UInt32 = 0
                var length = 1
                if byte & 0xE0 == 0xC0, index + 1 < bytes.count { scalar = UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F); length = 2 }
                else if byte & 0xF0 == 0xE0, index + 2 < bytes.count { scalar = UInt32(byte & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F); length = 3 }
                else if byte & 0xF8 == 0xF0 { scalar = 0x10000; length = 4 }
                if (0xC0...0x24F).contains(scalar) { latin += 1 }
                else if scalar >= 0x370, !isPunctuationScalar(scalar), !(0x1F000...0x1FAFF).contains(scalar), !(0x2000...0x2BFF).contains(scalar) { other += 1 }
                index += length
            }
        }
        if latin == 0 || other > latin { return true }
        return false
    }

    /// Lines of a web page's furniture, whole (a trailing `:` or `|` aside): `Share`, `Advertisement`, `Read more`.
    static let furnitureLines = Lexicon.set([
        "share", "share this", "share this article", "share this story", "share article", "print", "print this page",
        "print article", "advertisement", "advertising", "sponsored", "sponsored content", "email", "e-mail", "tweet",
        "subscribe", "newsletter", "read more", "continue reading", "skip to content", "skip to main content", "sign in",
        "sign up", "log in", "login", "menu", "search", "back to top", "related", "related articles", "related stories",
        "most read", "most popular", "you may also like", "comments", "comment", "reply", "follow us",
    ])
    /// Words that label a phone number: `Tel: +44 20 7946 0958`, `Fax. 020 7946 0959`.
    static let phoneLabels = Lexicon.set(["tel", "telephone", "phone", "ph", "fax", "mobile", "mob", "cell",
                                          "call", "hotline", "helpline", "whatsapp", "tel/fax"])
    /// What a count on a page counts: `12 comments`, `3.4K shares`.
    static let countedFurniture = Lexicon.set(["comment", "comments", "share", "shares", "view", "views", "reply",
                                               "replies", "like", "likes", "response", "responses", "reactions"])

    /// A short line of page furniture that would otherwise yield figures or nothing: a line that is only
    /// one of `furnitureLines` (not a heading), `Page 3 of 12`, `12 comments`, or phone numbers with their
    /// labels (`Tel: +44 20 7946 0958`, seven digits or more). Body sentences never match: each rule
    /// accounts for every word of the line.
    static func isChromeLine(_ bytes: UnsafeBufferPointer<UInt8>, heading: Bool) -> Bool {
        @inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: ":") || bytes[end - 1] == UInt8(ascii: "|") || bytes[end - 1] == 0x20 { end -= 1 }
        guard end > 0 else { return false }
        if !heading, furnitureLines.contains(Lexicon.key(bytes, 0, end)) { return true }
        // `News / Bangladesh / Politics`, `42 Comments / 42 New`: parts of a trail or of counts between slashes or bars.
        if !heading, isSeparatedFurniture(bytes, end) { return true }
        // The other rules are about numbers.
        guard bytes[0..<end].contains(where: isDigit) else { return false }
        // The words, at most eight.
        var words: [(start: Int, end: Int)] = []
        words.reserveCapacity(9)
        var start = 0
        for index in 0...end where index == end || bytes[index] == 0x20 {
            if index > start { words.append((start, index)); if words.count > 8 { return false } }
            start = index + 1
        }
        func digits(_ word: (start: Int, end: Int)) -> Int? {
            var count = 0
            for index in word.start..<word.end {
                let byte = bytes[index]
                if isDigit(byte) { count += 1 } else if byte != UInt8(ascii: ",") && byte != UInt8(ascii: ".") { return nil }
            }
            return count > 0 ? count : nil
        }
        func key(_ word: (start: Int, end: Int)) -> UInt64 {
            var wordEnd = word.end
            if wordEnd > word.start + 1, bytes[wordEnd - 1] == UInt8(ascii: ":") || bytes[wordEnd - 1] == UInt8(ascii: ".") { wordEnd -= 1 }
            return Lexicon.key(bytes, word.start, wordEnd)
        }
        // `Page 3`, `Page 3 of 12`, `Page 3/12`.
        if words.count == 2 || words.count == 4, key(words[0]) == pageKey {
            let pager = words[1]
            var index = pager.start, slash = false
            while index < pager.end, isDigit(bytes[index]) || (bytes[index] == UInt8(ascii: "/") && !slash && index > pager.start) {
                if bytes[index] == UInt8(ascii: "/") { slash = true }
                index += 1
            }
            if index == pager.end, isDigit(bytes[pager.end - 1]) {
                if words.count == 2 { return true }
                if !slash, key(words[2]) == K.of, digits(words[3]) != nil { return true }
            }
            return false
        }
        // `12 comments`, `1,204 shares`.
        if words.count == 2, digits(words[0]) != nil, countedFurniture.contains(key(words[1])) { return true }
        // Phone numbers: labels and numbers only, and at least one of each.
        var labels = 0, numberDigits = 0, numberWords = 0
        for word in words {
            let wordKey = key(word)
            if wordKey == K.or { continue } // `Tel: 020 7946 0958 or 020 7946 0959`
            if phoneLabels.contains(wordKey) {
                labels += 1
                continue
            }
            var count = 0
            for index in word.start..<word.end {
                let byte = bytes[index]
                if isDigit(byte) { count += 1; continue }
                switch byte {
                case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "."),
                     UInt8(ascii: "/"), UInt8(ascii: ","): continue
                default: return false
                }
            }
            numberDigits += count
            numberWords += 1
        }
        return labels > 0 && numberWords > 0 && numberDigits >= 7 && labels <= numberWords + 1
    }
    /// A line cut by ` / ` or ` | ` into parts that are all short capitalised labels (a breadcrumb trail, two
    /// separators or more) or all counts of one word, one of them page furniture (`42 Comments / 42 New`).
    static func isSeparatedFurniture(_ bytes: UnsafeBufferPointer<UInt8>, _ end: Int) -> Bool {
        var separators = 0, arrows = 0
        var index = 1
        while index + 1 < end {
            let width = separatorWidth(bytes, index, end)
            if width > 0 { separators += 1; if width > 3 { arrows += 1 }; index += width; continue }
            index += 1
        }
        guard separators >= 1 else { return false }
        var labels = 0, counts = 0, furniture = 0, parts = 0
        var start = 0
        index = 0
        while index <= end {
            let width = index == end ? 0 : separatorWidth(bytes, index, end)
            guard index == end || width > 0 else { index += 1; continue }
            parts += 1
            // The words of the part.
            var words: [(Int, Int)] = []
            var wordStart = start
            for k in start...index where k == index || bytes[k] == 0x20 {
                if k > wordStart { words.append((wordStart, k)) }
                wordStart = k + 1
            }
            if words.isEmpty || words.count > 3 { return false }
            let firstByte = bytes[words[0].0]
            if words.count == 2, (words[0].0..<words[0].1).allSatisfy({ bytes[$0] >= 0x30 && bytes[$0] <= 0x39 || bytes[$0] == UInt8(ascii: ",") }) {
                counts += 1
                if countedFurniture.contains(Lexicon.key(bytes, words[1].0, words[1].1)) { furniture += 1 }
            } else if firstByte >= 0x41 && firstByte <= 0x5A,
                      words.allSatisfy({ word in (word.0..<word.1).allSatisfy({ bytes[$0] >= 0x41 && bytes[$0] <= 0x5A || bytes[$0] >= 0x61 && bytes[$0] <= 0x7A || bytes[$0] == UInt8(ascii: "-") || bytes[$0] == UInt8(ascii: "&") }) }) {
                labels += 1
            } else {
                return false
            }
            if index == end { break }
            index += width
            start = index
        }
        if counts == parts { return furniture > 0 }
        // `Companies › Semiconductors`: an arrow separator marks a breadcrumb even with two parts.
        return labels == parts && (parts >= 3 || arrows > 0 && parts >= 2)
    }
    /// The width of a separator at `index` between spaces: ` / `, ` | ` (3 bytes), ` » ` (4) or ` › ` (5); else 0.
    static func separatorWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int {
        guard bytes[index] == 0x20, index + 2 < end else { return 0 }
        let mark = bytes[index + 1]
        if mark == UInt8(ascii: "/") || mark == UInt8(ascii: "|") { return bytes[index + 2] == 0x20 ? 3 : 0 }
        if mark == 0xC2, index + 3 < end, bytes[index + 2] == 0xBB, bytes[index + 3] == 0x20 { return 4 }
        if mark == 0xE2, index + 4 < end, bytes[index + 2] == 0x80, bytes[index + 3] == 0xBA, bytes[index + 4] == 0x20 { return 5 }
        return 0
    }
    /// Headings over links to other pages.
    static let relatedHeadings = Lexicon.set([
        "related", "related topic", "related topics", "related articles", "related stories", "related content",
        "related coverage", "related news", "tags", "topics", "more on this story", "more on this topic", "you may also like",
        "read more", "most read", "most popular", "recommended", "recommended stories", "trending", "more stories",
    ])
    static func isRelatedHeading(_ bytes: [UInt8]) -> Bool {
        guard bytes.count < 40 else { return false }
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: ":") || bytes[end - 1] == 0x20 { end -= 1 }
        return bytes.withUnsafeBufferPointer { relatedHeadings.contains(Lexicon.key($0, 0, end)) }
    }
    /// A short line of one to four capitalised words without digits or closing punctuation (`The Daily Star`).
    static func isMastheadLine(_ bytes: [UInt8]) -> Bool {
        guard !bytes.isEmpty, bytes.count < 40 else { return false }
        var words = 0
        var atWordStart = true
        for byte in bytes {
            if byte == 0x20 { atWordStart = true; continue }
            if atWordStart {
                words += 1
                guard byte >= 0x41 && byte <= 0x5A || byte == UInt8(ascii: "&") else { return false }
                atWordStart = false
            } else if !(byte >= 0x61 && byte <= 0x7A || byte >= 0x41 && byte <= 0x5A || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'")) {
                return false
            }
        }
        return words >= 1 && words <= 4
    }
    static let pageKey: UInt64 = 0x038B2A0DEBA58916 // page
}
