import Foundation

/// Errors of the deck generator: unreadable input, malformed deck files, bad gold files.
public enum GeneratorError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input is empty (or only whitespace).
    case emptyInput(String)
    /// The input looks like binary data (NUL bytes, many control characters).
    case binaryInput(String)
    /// The input is not valid UTF-8 and is not certainly Latin-1.
    case invalidEncoding(String, offset: Int)
    /// The input is UTF-16 (a byte order mark, or NUL bytes in every other position).
    case utf16Input(String)
    /// The input is larger than an article may be (`TextDecoding.maximumArticleBytes`); the size
    /// in bytes when it is known (nil when standard input ran past the limit).
    case inputTooLarge(String, bytes: Int?)
    /// A deck file is malformed: `file:line:column: message`.
    case malformedDeck(file: String, line: Int, column: Int, message: String)
    /// A gold file could not be read as the gold format.
    case malformedGold(String, String)

    public var description: String {
        switch self {
        case .emptyInput(let path): return "\(path): the input is empty"
        case .binaryInput(let path): return "\(path): the input looks like binary data, not text"
        case let .invalidEncoding(path, offset):
            return "\(path): the input is not valid UTF-8 (first bad byte at offset \(offset)); convert it to UTF-8 first"
        case .utf16Input(let path): return "\(path): the input is UTF-16; convert it to UTF-8 first"
        case let .inputTooLarge(path, bytes):
            let limit = TextDecoding.maximumArticleBytes >> 20
            guard let bytes else { return "\(path): the input is more than the \(limit) MB an article may have" }
            // Rounded up, so that a file just over the limit never reads as "32 MB, more than 32 MB".
            let megabytes = (bytes + (1 << 20) - 1) >> 20
            return "\(path): the input is \(megabytes) MB, more than the \(limit) MB an article may have"
        case let .malformedDeck(file, line, column, message): return "\(file):\(line):\(column): \(message)"
        case let .malformedGold(path, why): return "\(path): not a gold file: \(why)"
        }
    }
}

/// Decoded input text and how it was decoded.
public struct DecodedText: Sendable, Equatable {
    public var text: String
    /// Set when the bytes were not UTF-8 and were read as Latin-1 instead.
    public var decodedAsLatin1: Bool
}

public enum TextDecoding {
    /// The largest article the command line reads, in bytes (32 MiB, "32 MB" in messages): a long
    /// book is a few MB, and extraction needs memory of some tens of times the input.
    public static let maximumArticleBytes = 32 << 20

    /// Decodes `bytes` as UTF-8 (a BOM is dropped). Refuses empty and binary input; reads
    /// invalid UTF-8 as Latin-1 only when that is certain: no C1 control bytes and every
    /// high byte is a Latin-1 letter or sign standing next to an ASCII letter or space.
    public static func decode(_ bytes: [UInt8], path: String) throws -> DecodedText {
        let (utf8, latin1) = try decodeUTF8(bytes, path: path)
        return DecodedText(text: String(decoding: utf8, as: UTF8.self), decodedAsLatin1: latin1)
    }

    /// The same checks as `decode`, giving the text as UTF-8 bytes: the extractor reads bytes,
    /// so valid input skips building a `String` only to take its bytes again.
    static func decodeUTF8(_ bytes: [UInt8], path: String) throws -> (bytes: [UInt8], decodedAsLatin1: Bool) {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            throw GeneratorError.utf16Input(path)
        }
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let body = bytes[start...]
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C }) {
            throw GeneratorError.emptyInput(path)
        }
        var controls = 0
        var sawNul = false
        body.withUnsafeBufferPointer { buffer in
            // Counts the control bytes of `buffer[from..<to]`; false at a NUL byte.
            func count(_ from: Int, _ to: Int) -> Bool {
                for byte in buffer[from..<to] where byte < 0x20 {
                    if byte == 0 { sawNul = true; return false }
                    if byte != 0x0A, byte != 0x0D, byte != 0x09, byte != 0x0C { controls += 1 }
                }
                return true
            }
            var index = 0
            let space = SIMD16<UInt8>(repeating: 0x20), lineFeed = SIMD16<UInt8>(repeating: 0x0A)
            let carriageReturn = SIMD16<UInt8>(repeating: 0x0D), tab = SIMD16<UInt8>(repeating: 0x09)
            let formFeed = SIMD16<UInt8>(repeating: 0x0C)
            while index + 16 <= buffer.count {
                // Most stretches of sixteen bytes have no control byte but line breaks and tabs.
                let block = ByteScan.block(buffer, index)
                let breaks = (block .== lineFeed) .| (block .== carriageReturn) .| (block .== tab) .| (block .== formFeed)
                if any((block .< space) .& .!breaks), !count(index, index + 16) { return }
                index += 16
            }
            _ = count(index, buffer.count)
        }
        if sawNul || controls * 100 > body.count {
            if looksLikeUTF16(body) { throw GeneratorError.utf16Input(path) }
            throw GeneratorError.binaryInput(path)
        }
        if let bad = firstInvalidUTF8(body) {
            if isCertainlyLatin1(body) {
                var utf8: [UInt8] = []
                utf8.reserveCapacity(body.count + body.count / 4)
                for byte in body {
                    if byte < 0x80 { utf8.append(byte) } else { utf8.append(0xC0 | byte >> 6); utf8.append(0x80 | byte & 0x3F) }
                }
                return (utf8, true)
            }
            throw GeneratorError.invalidEncoding(path, offset: start + bad)
        }
        // Without a BOM the input is the text: the same storage, not a copy.
        return (start == 0 ? bytes : Array(body), false)
    }

    /// UTF-16 without a byte order mark: in the first 4 KiB (eight characters at least), NUL bytes in
    /// at least a third of the odd (little-endian) or of the even (big-endian) positions, almost none
    /// in the others, and those others mostly printable ASCII.
    static func looksLikeUTF16(_ bytes: ArraySlice<UInt8>) -> Bool {
        let head = Array(bytes.prefix(4096))
        let pairs = head.count / 2
        guard pairs >= 8 else { return false }
        for high in 0...1 {
            var nul = 0, otherNul = 0, printable = 0
            for pair in 0..<pairs {
                let highByte = head[2 * pair + high], lowByte = head[2 * pair + 1 - high]
                if highByte == 0 { nul += 1 }
                if lowByte == 0 { otherNul += 1 }
                if (lowByte >= 0x20 && lowByte < 0x7F) || lowByte == 0x0A || lowByte == 0x0D || lowByte == 0x09 { printable += 1 }
            }
            if nul * 3 >= pairs, otherNul * 50 <= pairs, printable * 2 >= pairs { return true }
        }
        return false
    }

    /// The offset of the first byte that breaks UTF-8, or nil when all is valid.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { bytes in
            var index = 0
            let end = bytes.count
            while index < end {
                let byte = bytes[index]
                if byte < 0x80 { index = Chrome.asciiRunEnd(bytes, from: index + 1); continue }
                var need = 0
                var minimum: UInt32 = 0
                var scalar: UInt32 = 0
                if byte & 0xE0 == 0xC0 { need = 1; minimum = 0x80; scalar = UInt32(byte & 0x1F) }
                else if byte & 0xF0 == 0xE0 { need = 2; minimum = 0x800; scalar = UInt32(byte & 0x0F) }
                else if byte & 0xF8 == 0xF0 { need = 3; minimum = 0x10000; scalar = UInt32(byte & 0x07) }
                else { return index }
                if index + need >= end { return index }
                for k in 1...need {
                    let next = bytes[index + k]
                    if next & 0xC0 != 0x80 { return index }
                    scalar = scalar << 6 | UInt32(next & 0x3F)
                }
                if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                    return index
                }
                index += need + 1
            }
            return nil
        }
    }

    /// Whether a well-formed multi-byte UTF-8 sequence starts at `index` (its lead byte is 0xC2–0xF4).
    static func validSequence(_ bytes: ArraySlice<UInt8>, _ index: Int) -> Bool {
        let lead = bytes[index]
        let need = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3
        guard index + need < bytes.endIndex else { return false }
        var scalar = UInt32(lead & (0x7F >> (need + 1)))
        for k in 1...need {
            let next = bytes[index + k]
            guard next & 0xC0 == 0x80 else { return false }
            scalar = scalar << 6 | UInt32(next & 0x3F)
        }
        let minimum: UInt32 = need == 1 ? 0x80 : need == 2 ? 0x800 : 0x10000
        return scalar >= minimum && scalar <= 0x10FFFF && !(0xD800...0xDFFF).contains(scalar)
    }

    static func isCertainlyLatin1(_ bytes: ArraySlice<UInt8>) -> Bool {
        var high = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte >= 0x80 {
                if byte < 0xA0 { return false }
                // `Ã©` is `é` in UTF-8: a text with real UTF-8 in it is UTF-8 with bad bytes, not Latin-1.
                if byte >= 0xC2, byte <= 0xF4, validSequence(bytes, index) { return false }
                high += 1
                // A Latin-1 letter should touch an ASCII letter or a space on one side.
                let before = index > bytes.startIndex ? bytes[index - 1] : 0x20
                let after = index + 1 < bytes.endIndex ? bytes[index + 1] : 0x20
                func plain(_ b: UInt8) -> Bool { b < 0x80 }
                if !plain(before) && !plain(after) { return false }
            }
            index += 1
        }
        return high > 0 && high * 5 < bytes.count
    }
}
