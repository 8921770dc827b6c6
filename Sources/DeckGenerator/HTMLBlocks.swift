/// HTML to blocks: tags stripped, entities decoded, script and style dropped,
/// block elements as paragraph breaks, headings and list items marked.
enum HTMLBlocks {
    static let blockTags: Set<String> = ["p", "div", "section", "article", "main", "header", "footer",
                                         "blockquote", "figure", "figcaption", "table", "tr", "td", "th", "thead",
                                         "tbody", "ul", "ol", "dl", "dt", "dd", "pre", "hr", "address", "body",
                                         "html", "form", "fieldset", "center", "details", "summary", "caption"]
    static let skippedTags: Set<String> = ["script", "style", "noscript", "template", "svg", "head", "nav",
                                           "iframe", "object", "math", "button", "select", "textarea", "footer", "aside"]

    /// Blocks of running prose: a paragraph of one that ends mid-sentence may go on in the next
    /// (an advertisement or a nested `div` between two halves of a sentence), unlike table cells,
    /// list items and headings.
    static let proseTags: Set<String> = ["p", "div", "section", "article", "main", "body", "blockquote"]

    static func parse(_ bytes: [UInt8]) -> [Block] {
        var blocks: [Block] = []
        var current: [UInt8] = []
        var kind: Paragraph.Kind = .body
        func flush(prose: Bool = false) {
            let folded = Folding.fold(current)
            if !folded.isEmpty { blocks.append(Block(bytes: folded, kind: kind, mayContinue: prose && kind == .body)) }
            current.removeAll(keepingCapacity: true)
            kind = .body
        }
        var index = 0
        let end = bytes.count
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                // Comments and declarations.
                if index + 3 < end, bytes[index + 1] == UInt8(ascii: "!"), bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-") {
                    index = find(bytes, Array("-->".utf8), from: index + 4).map { $0 + 3 } ?? end
                    continue
                }
                guard index + 1 < end, MarkdownBlocks.isTagStart(bytes[index + 1]) || bytes[index + 1] == UInt8(ascii: "?") else {
                    current.append(byte); index += 1; continue
                }
                let close = tagEnd(bytes, index + 1)
                let (name, closing) = tagName(bytes[(index + 1)..<min(close, end)])
                index = min(close + 1, end)
                if skippedTags.contains(name), !closing {
                    let endTag = Array("</\(name)".utf8)
                    if let found = findCaseless(bytes, endTag, from: index) {
                        index = min(tagEnd(bytes, found + 1) + 1, end)
                    } else { index = end }
                    continue
                }
                if name.count == 2, name.first == "h", let level = name.last?.wholeNumberValue, (1...6).contains(level) {
                    flush()
                    if !closing { kind = .heading }
                    continue
                }
                if name == "li" { flush(); if !closing { kind = .listItem }; continue }
                if name == "br" { current.append(0x20); continue }
                if blockTags.contains(name) { flush(prose: proseTags.contains(name)); continue }
                continue
            }
            if byte == UInt8(ascii: "&"), let (decoded, after) = entity(bytes[...], index) {
                current.append(contentsOf: decoded)
                index = after
                continue
            }
            current.append(byte)
            index += 1
        }
        flush()
        return blocks.map { block in
            var block = block
            if block.bytes.starts(with: Array("* ".utf8)) || block.bytes.starts(with: Array("† ".utf8)) { block.kind = .chrome }
            return block
        }
    }

    static func isBreakTag(_ inner: ArraySlice<UInt8>) -> Bool {
        let (name, _) = tagName(inner)
        return name == "br" || blockTags.contains(name)
    }

    /// The index of the `>` closing the tag that starts after `<` at `start`, quotes respected.
    static func tagEnd(_ bytes: [UInt8], _ start: Int) -> Int {
        var quote: UInt8 = 0
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if quote != 0 { if byte == quote { quote = 0 } }
            else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { quote = byte }
            else if byte == UInt8(ascii: ">") { return index }
            index += 1
        }
        return bytes.count
    }

    static func tagName(_ inner: ArraySlice<UInt8>) -> (String, Bool) {
        var index = inner.startIndex
        var closing = false
        if index < inner.endIndex, inner[index] == UInt8(ascii: "/") { closing = true; index += 1 }
        var name: [UInt8] = []
        while index < inner.endIndex {
            let byte = inner[index]
            guard MarkdownBlocks.isLetterOrDigit(byte), byte < 0x80 else { break }
            name.append(byte | 0x20)
            index += 1
        }
        return (String(decoding: name, as: UTF8.self), closing)
    }

    static func find(_ bytes: [UInt8], _ needle: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        var index = from
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    static func findCaseless(_ bytes: [UInt8], _ needle: [UInt8], from: Int) -> Int? {
        var index = from
        while index + needle.count <= bytes.count {
            var match = true
            for offset in 0..<needle.count {
                var byte = bytes[index + offset]
                if byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
                if byte != needle[offset] { match = false; break }
            }
            if match { return index }
            index += 1
        }
        return nil
    }


    /// U+FFFD in UTF-8, for numeric references to no character.
    static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Decodes `&name;`, `&#123;` or `&#x1F;` at `start`: the bytes and the index after it.
    static func entity(_ bytes: ArraySlice<UInt8>, _ start: Int) -> ([UInt8], Int)? {
        var index = start + 1
        var name: [UInt8] = []
        while index < bytes.endIndex, index - start <= 10 {
            let byte = bytes[index]
            if byte == UInt8(ascii: ";") { break }
            guard MarkdownBlocks.isLetterOrDigit(byte) || byte == UInt8(ascii: "#"), byte < 0x80 else { return nil }
            name.append(byte)
            index += 1
        }
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: ";"), !name.isEmpty else { return nil }
        let text = String(decoding: name, as: UTF8.self)
        if text.hasPrefix("#") {
            let digits = text.dropFirst()
            let value: UInt32?
            if digits.hasPrefix("x") || digits.hasPrefix("X") { value = UInt32(digits.dropFirst(), radix: 16) }
            else { value = UInt32(digits) }
            guard let value else {
                // `&#;`, `&#x;`, `&#12a;`: no number, so the text stays as it is; a number too large for
                // 32 bits is as invalid as one above U+10FFFF.
                let hex = digits.hasPrefix("x") || digits.hasPrefix("X")
                let number = hex ? digits.dropFirst() : digits[...]
                guard !number.isEmpty, number.allSatisfy({ hex ? $0.isHexDigit : $0.isASCII && $0.isNumber }) else { return nil }
                return (replacementCharacter, index + 1)
            }
            // NUL, surrogates and numbers past U+10FFFF are U+FFFD, as in a browser.
            guard value != 0, let scalar = Unicode.Scalar(value) else { return (replacementCharacter, index + 1) }
            return (Array(String(Character(scalar)).utf8), index + 1)
        }
        guard let decoded = HTMLEntities.named[text] else { return nil }
        return (Array(decoded.utf8), index + 1)
    }
}
