import Foundation

/// Errors of the deck generator: unreadable input, malformed deck files, bad gold files.
public enum GeneratorError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input is empty (or only whitespace).
    case emptyInput(String)
    /// The input looks like binary data (NUL bytes, many control characters).
    case binaryInput(String)
    /// The input is not valid UTF-8 and is not certainly Latin-1.
    case invalidEncoding(String, offset: Int)
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
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let body = bytes[start...]
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x0C }) {
            throw GeneratorError.emptyInput(path)
        }
        var controls = 0
        var sawNul = false
        body.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count {
                // Most stretches of eight bytes have no control byte at all.
                if index + 8 <= buffer.count, !ByteScan.containsBelow(ByteScan.word(buffer, index), 0x20) { index += 8; continue }
                for byte in buffer[index..<min(index + 8, buffer.count)] where byte < 0x20 {
                    if byte == 0 { sawNul = true; return }
                    if byte != 0x0A, byte != 0x0D, byte != 0x09, byte != 0x0C { controls += 1 }
                }
                index += 8
            }
        }
        if sawNul || controls * 100 > body.count { throw GeneratorError.binaryInput(path) }
        if let bad = firstInvalidUTF8(body) {
            if isCertainlyLatin1(body) {
                let text = String(body.map { Character(Unicode.Scalar($0)) })
                return (Array(text.utf8), true)
            }
            throw GeneratorError.invalidEncoding(path, offset: bad)
        }
        return (Array(body), false)
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

    static func isCertainlyLatin1(_ bytes: ArraySlice<UInt8>) -> Bool {
        var high = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte >= 0x80 {
                if byte < 0xA0 { return false }
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
