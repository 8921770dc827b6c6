/// A card's stable identifier: short lowercase text that stays the same across
/// regenerations of a deck, imports and exports (it is the note GUID in Anki files).
public struct CardID: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public let rawValue: String

    /// The alphabet of generated ids: Crockford base32 without ambiguous letters.
    public static let alphabet = Array("0123456789abcdefghjkmnpqrstvwxyz")

    /// Accepts 1–64 characters of letters, digits, `-` and `_`; anything else is not an id.
    public init?(_ text: String) {
        guard !text.isEmpty, text.utf8.count <= 64,
              text.utf8.allSatisfy({ CardID.isIDByte($0) }) else { return nil }
        rawValue = text
    }

    /// A new id of `length` characters drawn from `generator` (the caller owns randomness).
    public static func random<G: RandomNumberGenerator>(length: Int = 12, using generator: inout G) -> CardID {
        var text = ""
        for _ in 0..<length { text.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
        return CardID(uncheckedRawValue: text)
    }

    /// A deterministic id derived from `key` (FNV-1a 64, base32): the same key always gives the same id.
    public static func derived(from key: String, length: Int = 12) -> CardID {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        var text = ""
        var bits = hash
        for index in 0..<length {
            if index == 12 { bits = hash.byteSwapped ^ 0x9e37_79b9_7f4a_7c15 }
            text.append(alphabet[Int(bits & 31)])
            bits >>= 5
        }
        return CardID(uncheckedRawValue: text)
    }

    private init(uncheckedRawValue: String) { rawValue = uncheckedRawValue }

    private static func isIDByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }

    public var description: String { rawValue }
    public static func < (lhs: CardID, rhs: CardID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = CardID(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "invalid card id \(text)"))
        }
        self = id
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
