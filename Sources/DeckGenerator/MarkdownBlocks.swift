/// Markdown to blocks: headings, paragraphs and list items with inline markup removed.
enum MarkdownBlocks {
    static func parse(_ bytes: [UInt8]) -> [Block] {
        var blocks: [Block] = []
        var paragraph: [UInt8] = []
        var paragraphKind: Paragraph.Kind = .body
        var inFence = false
        var fenceMarker: UInt8 = 0
        // An escaped star opened in this paragraph (`\*escaped\*`), so the next one after a word closes it.
        var escapedStarOpen = false

        func flush() {
            let folded = Folding.fold(paragraph)
            // Only a paragraph may have been split by a page break; headings, list items and table rows are whole.
            if !folded.isEmpty { blocks.append(Block(bytes: folded, kind: paragraphKind, mayContinue: paragraphKind == .body)) }
            paragraph.removeAll(keepingCapacity: true)
            paragraphKind = .body
            escapedStarOpen = false
        }

        var lines: [ArraySlice<UInt8>] = []
        var lineStart = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
            var end = index
            if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
            lines.append(bytes[lineStart..<end])
            lineStart = index + 1
        }

        for rawLine in lines {
            var line = rawLine
            // Leading indentation up to three spaces; deeper indentation is still text here.
            while let first = line.first, first == 0x20 || first == 0x09 { line = line.dropFirst() }
            if let first = line.first, first == UInt8(ascii: "`") || first == UInt8(ascii: "~"),
               line.prefix(3).allSatisfy({ $0 == first }), line.count >= 3 {
                if inFence { if first == fenceMarker { inFence = false } } else { flush(); inFence = true; fenceMarker = first }
                continue
            }
            if inFence { continue }
            if line.isEmpty { flush(); continue }
            // Blockquote markers.
            while let first = line.first, first == UInt8(ascii: ">") {
                line = line.dropFirst()
                while let next = line.first, next == 0x20 { line = line.dropFirst() }
            }
            if line.isEmpty { flush(); continue }
            // Horizontal rule: three or more of * - _ (escaped or not) and spaces only.
            if isRule(line) {
                // A `---` or `===` under a paragraph line makes it a heading (setext).
                if !paragraph.isEmpty, line.allSatisfy({ $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "=") || $0 == 0x20 }) {
                    paragraphKind = .heading
                }
                flush(); continue
            }
            if line.allSatisfy({ $0 == UInt8(ascii: "=") || $0 == 0x20 }), !paragraph.isEmpty {
                paragraphKind = .heading; flush(); continue
            }
            // Reference definitions `[x]: url` and footnote definitions are chrome.
            if line.first == UInt8(ascii: "["), let close = line.firstIndex(of: UInt8(ascii: "]")),
               close + 1 < line.endIndex, line[close + 1] == UInt8(ascii: ":") {
                flush(); continue
            }
            // ATX heading.
            if line.first == UInt8(ascii: "#") {
                var level = 0
                var rest = line
                while rest.first == UInt8(ascii: "#") { level += 1; rest = rest.dropFirst() }
                if level <= 6, rest.isEmpty || rest.first == 0x20 {
                    flush()
                    while rest.last == UInt8(ascii: "#") || rest.last == 0x20 { rest = rest.dropLast() }
                    paragraph = inline(rest, escapedStarOpen: &escapedStarOpen)
                    paragraphKind = .heading
                    flush()
                    continue
                }
            }
            // Table rows: cells become text separated by spaces; delimiter rows vanish.
            if line.first == UInt8(ascii: "|") {
                if line.allSatisfy({ $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || $0 == 0x20 }) { continue }
                flush()
                var cells: [UInt8] = []
                for cell in line.split(separator: UInt8(ascii: "|")) {
                    let text = Folding.fold(inline(cell))
                    if !text.isEmpty { if !cells.isEmpty { cells.append(contentsOf: Array(" · ".utf8)) }; cells.append(contentsOf: text) }
                }
                paragraph = cells
                paragraphKind = .listItem
                flush()
                continue
            }
            // A line starting with an escaped footnote mark is a footnote legend.
            if line.starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "*")]) || line.starts(with: Array("†".utf8)) {
                flush()
                paragraph = inline(line, escapedStarOpen: &escapedStarOpen)
                paragraphKind = .chrome
                flush()
                continue
            }
            // List items.
            if let markerEnd = listMarkerEnd(line) {
                flush()
                paragraph = inline(line[markerEnd...], escapedStarOpen: &escapedStarOpen)
                paragraphKind = .listItem
                continue
            }
            // Continuation of a paragraph (or list item).
            if !paragraph.isEmpty { paragraph.append(0x20) }
            paragraph.append(contentsOf: inline(line, escapedStarOpen: &escapedStarOpen))
        }
        flush()
        return blocks
    }

    static func isRule(_ line: ArraySlice<UInt8>) -> Bool {
        var count = 0
        var marker: UInt8 = 0
        for byte in line {
            switch byte {
            case 0x20, UInt8(ascii: "\\"): continue
            case UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                if marker == 0 { marker = byte } else if marker != byte { return false }
                count += 1
            default: return false
            }
        }
        return count >= 3
    }

    /// Where the text of a list item starts, or nil when the line is no list item.
    static func listMarkerEnd(_ line: ArraySlice<UInt8>) -> Int? {
        guard let first = line.first else { return nil }
        let start = line.startIndex
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") {
            if start + 1 < line.endIndex, line[start + 1] == 0x20 { return start + 2 }
            return nil
        }
        var index = start
        while index < line.endIndex, line[index] >= 0x30, line[index] <= 0x39 { index += 1 }
        if index > start, index - start <= 3, index + 1 < line.endIndex,
           line[index] == UInt8(ascii: ".") || line[index] == UInt8(ascii: ")"), line[index + 1] == 0x20 {
            return index + 2
        }
        return nil
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
            || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "\"")
    }

    static func isSpaceOrEdge(_ bytes: ArraySlice<UInt8>, _ index: Int) -> Bool {
        guard index >= bytes.startIndex, index < bytes.endIndex else { return true }
        let byte = bytes[index]
        return byte == 0x20 || byte == 0x09
    }

    /// Removes inline markup: emphasis, code marks, links (keeping their text), images,
    /// HTML tags, footnote references and marks; resolves escapes and entities.
    static func inline(_ line: ArraySlice<UInt8>) -> [UInt8] {
        var escapedStarOpen = false
        return inline(line, escapedStarOpen: &escapedStarOpen)
    }

    /// `inline` for a line of a paragraph: `escapedStarOpen` carries an unclosed `\*` from line to line.
    static func inline(_ line: ArraySlice<UInt8>, escapedStarOpen: inout Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(line.count)
        var index = line.startIndex
        let end = line.endIndex
        while index < end {
            let byte = line[index]
            switch byte {
            case UInt8(ascii: "\\"):
                if index + 1 < end, isASCIIPunctuation(line[index + 1]) {
                    let escaped = line[index + 1]
                    if escaped == UInt8(ascii: "*") {
                        let afterWord = out.last.map(isWordByte) ?? false
                        let beforeWord = index + 2 < end && isLetterOrDigit(line[index + 2])
                        if afterWord, !beforeWord, !escapedStarOpen {
                            // `Taliban\*`: a footnote mark after a word is not part of the text.
                            index += 2
                            continue
                        }
                        // `\*escaped\*`: a star before a word opens a pair, the next one after a word closes it.
                        if !afterWord, beforeWord { escapedStarOpen = true } else if afterWord, !beforeWord { escapedStarOpen = false }
                    }
                    out.append(escaped)
                    index += 2
                } else if index + 1 == end {
                    index += 1 // hard line break
                } else {
                    out.append(byte); index += 1
                }
            case UInt8(ascii: "*"), UInt8(ascii: "_"):
                var runEnd = index
                while runEnd < end, line[runEnd] == byte { runEnd += 1 }
                let spaceBefore = isSpaceOrEdge(line, index - 1)
                let spaceAfter = isSpaceOrEdge(line, runEnd)
                if byte == UInt8(ascii: "_") {
                    let wordBefore = index > line.startIndex && isLetterOrDigit(line[index - 1])
                    let wordAfter = runEnd < end && isLetterOrDigit(line[runEnd])
                    if wordBefore && wordAfter { out.append(contentsOf: line[index..<runEnd]) }
                } else if spaceBefore && spaceAfter {
                    out.append(contentsOf: line[index..<runEnd])
                }
                index = runEnd
            case UInt8(ascii: "`"):
                index += 1
            case UInt8(ascii: "!") where index + 1 < end && line[index + 1] == UInt8(ascii: "["):
                if let (_, after) = link(line, index + 1) { index = after } else { out.append(byte); index += 1 }
            case UInt8(ascii: "["):
                // `[^1]` footnote reference, `[12]` citation mark after a word.
                if index + 1 < end, line[index + 1] == UInt8(ascii: "^"),
                   let close = line[index...].firstIndex(of: UInt8(ascii: "]")) {
                    index = close + 1; continue
                }
                if let (text, after) = link(line, index) {
                    out.append(contentsOf: inline(text))
                    index = after
                } else if let close = line[index...].firstIndex(of: UInt8(ascii: "]")), close > index + 1,
                          line[(index + 1)..<close].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                          let last = out.last, last != 0x20 {
                    index = close + 1
                } else {
                    out.append(byte); index += 1
                }
            case UInt8(ascii: "<"):
                if let close = line[index...].firstIndex(of: UInt8(ascii: ">")), index + 1 < end,
                   isTagStart(line[index + 1]) {
                    let inner = line[(index + 1)..<close]
                    if inner.starts(with: Array("http".utf8)) || inner.contains(UInt8(ascii: "@")) {
                        out.append(contentsOf: inner)
                    } else if HTMLBlocks.isBreakTag(inner) {
                        out.append(0x20)
                    }
                    index = close + 1
                } else {
                    out.append(byte); index += 1
                }
            case UInt8(ascii: "&"):
                if let (decoded, after) = HTMLBlocks.entity(line, index) {
                    out.append(contentsOf: decoded); index = after
                } else { out.append(byte); index += 1 }
            default:
                out.append(byte)
                index += 1
            }
        }
        return out
    }

    static func isTagStart(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!")
    }

    static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
    }

    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
    }

    /// `[text](url)` or `[text][ref]` starting at `open`: the text and the index after the link.
    static func link(_ line: ArraySlice<UInt8>, _ open: Int) -> (ArraySlice<UInt8>, Int)? {
        var depth = 0
        var index = open
        var close = -1
        while index < line.endIndex {
            let byte = line[index]
            if byte == UInt8(ascii: "\\") { index += 2; continue }
            if byte == UInt8(ascii: "[") { depth += 1 }
            if byte == UInt8(ascii: "]") { depth -= 1; if depth == 0 { close = index; break } }
            index += 1
        }
        guard close > 0, close + 1 < line.endIndex else { return nil }
        let opener = line[close + 1]
        let closer: UInt8
        if opener == UInt8(ascii: "(") { closer = UInt8(ascii: ")") }
        else if opener == UInt8(ascii: "[") { closer = UInt8(ascii: "]") }
        else { return nil }
        var nested = 0
        index = close + 2
        while index < line.endIndex {
            let byte = line[index]
            if byte == opener { nested += 1 }
            if byte == closer { if nested == 0 { return (line[(open + 1)..<close], index + 1) }; nested -= 1 }
            index += 1
        }
        return nil
    }
}
