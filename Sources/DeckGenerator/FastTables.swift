/// Fixed open-addressing tables keyed by the 64-bit word hashes of `Lexicon.key`: a lookup is a
/// few instructions, where `Set<UInt64>` would hash the key again with a seeded hasher.
struct KeySet: Sendable {
    private let slots: [UInt64]
    private let mask: Int

    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        let list = Array(keys)
        var capacity = 16
        while capacity < list.count * 4 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        for key in list {
            let stored = key == 0 ? 1 : key
            var index = Int(truncatingIfNeeded: stored ^ (stored >> 29)) & (capacity - 1)
            while slots[index] != 0 && slots[index] != stored { index = (index + 1) & (capacity - 1) }
            slots[index] = stored
        }
        self.slots = slots
        mask = capacity - 1
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        let stored = key == 0 ? 1 : key
        var index = Int(truncatingIfNeeded: stored ^ (stored >> 29)) & mask
        while true {
            let slot = slots[index]
            if slot == stored { return true }
            if slot == 0 { return false }
            index = (index + 1) & mask
        }
    }
}

/// A fixed map from word hashes to values, with the same fast lookups as `KeySet`.
struct KeyMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    private let slots: [UInt64]
    private let values: [Value?]
    private let mask: Int

    init(_ dictionary: [UInt64: Value]) {
        var capacity = 16
        while capacity < dictionary.count * 4 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var values = [Value?](repeating: nil, count: capacity)
        for (key, value) in dictionary.sorted(by: { $0.key < $1.key }) {
            let stored = key == 0 ? 1 : key
            var index = Int(truncatingIfNeeded: stored ^ (stored >> 29)) & (capacity - 1)
            while slots[index] != 0 && slots[index] != stored { index = (index + 1) & (capacity - 1) }
            slots[index] = stored
            values[index] = value
        }
        self.slots = slots
        self.values = values
        mask = capacity - 1
    }

    init(dictionaryLiteral elements: (UInt64, Value)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
    }

    @inline(__always)
    subscript(key: UInt64) -> Value? {
        let stored = key == 0 ? 1 : key
        var index = Int(truncatingIfNeeded: stored ^ (stored >> 29)) & mask
        while true {
            let slot = slots[index]
            if slot == stored { return values[index] }
            if slot == 0 { return nil }
            index = (index + 1) & mask
        }
    }
}
