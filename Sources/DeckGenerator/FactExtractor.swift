/// Finds the facts of ANNOTATION.md in a read document.
public enum FactExtractor {
    /// Reads `text` as `format` and extracts its facts.
    public static func extract(text: String, format: InputFormat) -> (ReadText, [Fact]) {
        let read = ArticleReader.read(text, format: format)
        return (read, extract(read))
    }

    /// The facts of `read`: dates, figures, groups, then positions, each in text order.
    public static func extract(_ read: ReadText) -> [Fact] {
        var found: [Found] = read.bytes.withUnsafeBufferPointer { buffer in
            Analyzer(read: read, bytes: buffer).run()
        }
        // Dates, figures, groups (in order found), roles, stances; each by position in the text.
        func rank(_ type: FactType, _ subtype: String?) -> Int {
            switch type {
            case .date: return 0
            case .figure: return 1
            case .group: return 2
            case .position: return subtype == "stance" ? 4 : 3
            }
        }
        let scalars = ScalarOffsets(read.bytes)
        // Each sentence's text and each paragraph's heading, made once (arrays by index: no hashing).
        var contexts = [String?](repeating: nil, count: read.sentences.count)
        var headings = [String??](repeating: nil, count: read.paragraphs.count)
        // Each found fact is read once, in place, and its strings are moved into its `Fact`: a copy
        // would cost a retain per string here and a release when the found facts are freed.
        return found.withUnsafeMutableBufferPointer { found in
            var keyed = found.indices.map { offset in
                (rank: rank(found[offset].type, found[offset].subtype), start: found[offset].type == .group ? offset : found[offset].start, offset: offset)
            }
            keyed.sort { ($0.rank, $0.start, $0.offset) < ($1.rank, $1.start, $1.offset) }
            var facts: [Fact] = []
            facts.reserveCapacity(keyed.count)
            for key in keyed {
                let offset = key.offset
                let sentence = read.sentences[found[offset].sentence]
                let heading: String?
                if let cached = headings[sentence.paragraph] { heading = cached } else {
                    heading = read.heading(of: sentence.paragraph)
                    headings[sentence.paragraph] = heading
                }
                let context: String
                if let cached = contexts[found[offset].sentence] { context = cached } else {
                    context = read.string(of: sentence)
                    contexts[found[offset].sentence] = context
                }
                let answer = found[offset].answer.take() ?? read.string(found[offset].start, found[offset].end)
                // Made whole at once: setting a field afterwards copied the fact (a retain per string).
                facts.append(Fact(type: found[offset].type, subtype: found[offset].subtype.take(), answer: answer,
                                  value: found[offset].value.take(), unit: found[offset].unit.take(),
                                  aliases: found[offset].aliases.take(), description: found[offset].description.take(),
                                  role: found[offset].role.take(), of: found[offset].of.take(), stance: found[offset].stance.take(),
                                  on: found[offset].on.take(), context: context, start: scalars.offset(found[offset].start),
                                  end: scalars.offset(found[offset].end), heading: heading, contextStart: scalars.offset(sentence.start)))
            }
            return facts
        }
    }
}

extension Fact {
    func with(_ change: (inout Fact) -> Void) -> Fact { var copy = self; change(&copy); return copy }
}

/// Converts UTF-8 offsets to Unicode scalar offsets.
///
/// Only the count at every 64th byte is stored (a table the size of the text would cost more
/// to allocate and fill than all the lookups); a lookup counts the rest of its stretch.
struct ScalarOffsets {
    private let bytes: [UInt8]
    private var counts: [Int32]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        counts = [Int32](repeating: 0, count: bytes.count / 64 + 1)
        var count: Int32 = 0
        bytes.withUnsafeBufferPointer { buffer in
            for stretch in 1..<counts.count {
                // Continuation bytes (10xxxxxx) are the bytes that start no scalar; count them eight at a time.
                var continuations = 0
                for index in stride(from: (stretch - 1) * 64, to: stretch * 64, by: 8) {
                    let word = ByteScan.word(buffer, index)
                    // Most words are ASCII: count bits only where a byte is high.
                    if word & 0x8080_8080_8080_8080 != 0 { continuations += (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount }
                }
                count += Int32(64 - continuations)
                counts[stretch] = count
            }
        }
    }

    func offset(_ byte: Int) -> Int {
        let clamped = min(max(byte, 0), bytes.count)
        var count = Int(counts[clamped >> 6])
        var index = clamped & ~63
        bytes.withUnsafeBufferPointer { buffer in
            // Eight bytes at a time, as in `init`; the rest one by one.
            while index + 8 <= clamped {
                let word = ByteScan.word(buffer, index)
                count += 8
                if word & 0x8080_8080_8080_8080 != 0 { count -= (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount }
                index += 8
            }
            while index < clamped {
                if buffer[index] & 0xC0 != 0x80 { count += 1 }
                index += 1
            }
        }
        return count
    }
}
