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

    /// The keys of the set (a key of 0 is stored, and listed, as 1).
    var keys: [UInt64] { slots.filter { $0 != 0 } }

    /// The probe reads the slots without bounds checks: every index is masked to the table's
    /// size, a power of two (asked of most tokens, many times over).
    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        let stored = key == 0 ? 1 : key
        return slots.withUnsafeBufferPointer { slots in
            var index = Int(truncatingIfNeeded: stored ^ (stored >> 29)) & mask
            while true {
                let slot = slots[index]
                if slot == stored { return true }
                if slot == 0 { return false }
                index = (index &+ 1) & mask
            }
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

    /// The keys of the map (a key of 0 is stored, and listed, as 1).
    var keys: [UInt64] { slots.filter { $0 != 0 } }

    init(dictionaryLiteral elements: (UInt64, Value)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
    }

    /// Probed like `KeySet.contains`, without bounds checks on masked indexes.
    @inline(__always)
    subscript(key: UInt64) -> Value? {
        let stored = key == 0 ? 1 : key
        let found: Int? = slots.withUnsafeBufferPointer { slots in
            var index = Int(truncatingIfNeeded: stored ^ (stored >> 29)) & mask
            while true {
                let slot = slots[index]
                if slot == stored { return index }
                if slot == 0 { return nil }
                index = (index &+ 1) & mask
            }
        }
        return found.flatMap { values[$0] }
    }
}

/// A growing map from word or name hashes (`Lexicon.key`) to values: the name finder's
/// counters and links. Keys are already well-mixed 64-bit hashes, so a lookup is a mask and
/// a probe, where `Dictionary` would hash each key again with SipHash.
///
/// The values live in a dense array beside the probe table: growing rehashes only the slots,
/// and freeing a table of arrays or strings destroys its entries, not every empty slot.
struct KeyTable<Value> {
    /// The stored key of each slot (0 for an empty slot) and the index of its entry.
    private var slots: [UInt64]
    private var entryOf: [Int32]
    private var entryKeys: [UInt64] = []
    private var entries: [Value] = []

    init() { self.init(minimumCapacity: 8) }

    /// Room for `minimumCapacity` keys before the table has to grow (growing rehashes every entry).
    init(minimumCapacity: Int) {
        var size = 16
        while size < minimumCapacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        entryOf = [Int32](repeating: 0, count: size)
        entryKeys.reserveCapacity(minimumCapacity)
        entries.reserveCapacity(minimumCapacity)
    }

    var count: Int { entries.count }
    var isEmpty: Bool { entries.isEmpty }

    /// The keys, in the order they were added as long as none was removed (`remove` moves the last
    /// key into the gap; `KeySetTable`, which never removes, relies on the order). Sort them before
    /// any other use that shows.
    var keys: [UInt64] { entryKeys }

    /// The slot of `stored`, or the empty slot where it would go. The probe reads without bounds
    /// checks: every index is masked to the table's size, a power of two.
    @inline(__always)
    private func slot(of stored: UInt64) -> Int {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var index = Int(truncatingIfNeeded: stored ^ (stored >> 29)) & mask
            while slots[index] != 0 && slots[index] != stored { index = (index &+ 1) & mask }
            return index
        }
    }

    /// Adds a new entry for `stored` at the empty slot `index` (found for it); returns the entry's index.
    @inline(__always)
    private mutating func insert(_ stored: UInt64, at index: Int, _ value: Value) -> Int {
        var index = index
        if (entries.count + 1) * 2 > slots.count { grow(); index = slot(of: stored) }
        slots[index] = stored
        entryOf[index] = Int32(entries.count)
        entryKeys.append(stored)
        entries.append(value)
        return entries.count - 1
    }

    subscript(key: UInt64) -> Value? {
        get {
            let index = slot(of: key == 0 ? 1 : key)
            return slots[index] == 0 ? nil : entries[Int(entryOf[index])]
        }
        set {
            let stored = key == 0 ? 1 : key
            let index = slot(of: stored)
            if let newValue {
                if slots[index] == 0 {
                    _ = insert(stored, at: index, newValue)
                } else {
                    entries[Int(entryOf[index])] = newValue
                }
            } else if slots[index] != 0 {
                remove(at: index)
            }
        }
    }

    /// Sets the value of `key` and returns the one it had, with a single probe.
    @inline(__always)
    mutating func exchange(_ key: UInt64, _ value: Value) -> Value? {
        let stored = key == 0 ? 1 : key
        let index = slot(of: stored)
        if slots[index] == 0 {
            _ = insert(stored, at: index, value)
            return nil
        }
        let entry = Int(entryOf[index])
        let old = entries[entry]
        entries[entry] = value
        return old
    }

    subscript(key: UInt64, default value: @autoclosure () -> Value) -> Value {
        get { self[key] ?? value() }
        // In place, as `Dictionary` does: `table[key, default: []].append(x)` must not copy the array.
        _modify {
            let stored = key == 0 ? 1 : key
            let index = slot(of: stored)
            let entry = slots[index] == 0 ? insert(stored, at: index, value()) : Int(entryOf[index])
            yield &entries[entry]
        }
    }

    /// Removes the entry of slot `removed`: the last entry moves into its place, and later slots
    /// of the probe run shift back (backward-shift deletion), so no tombstones are needed.
    private mutating func remove(at removed: Int) {
        let entry = Int(entryOf[removed])
        let last = entries.count - 1
        if entry != last {
            entries.swapAt(entry, last)
            entryKeys[entry] = entryKeys[last]
            entryOf[slot(of: entryKeys[entry])] = Int32(entry)
        }
        entries.removeLast()
        entryKeys.removeLast()
        let mask = slots.count - 1
        var hole = removed
        var index = (hole + 1) & mask
        while slots[index] != 0 {
            let home = Int(truncatingIfNeeded: slots[index] ^ (slots[index] >> 29)) & mask
            // Move the entry into the hole when its home is not in (hole, index].
            if (index > hole && (home <= hole || home > index)) || (index < hole && home <= hole && home > index) {
                slots[hole] = slots[index]
                entryOf[hole] = entryOf[index]
                hole = index
            }
            index = (index + 1) & mask
        }
        slots[hole] = 0
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [UInt64](repeating: 0, count: size)
        entryOf = [Int32](repeating: 0, count: size)
        for (entry, stored) in entryKeys.enumerated() {
            let target = slot(of: stored)
            slots[target] = stored
            entryOf[target] = Int32(entry)
        }
    }
}

/// A one-word prefilter for a few keys: a bit per key's top six bits. `mayContain` is false for
/// most other keys, true for every key given; a loop over every token tests it before the exact
/// comparisons.
struct KeyFilter {
    private let mask: UInt64

    init(_ keys: [UInt64]) { mask = keys.reduce(0) { $0 | 1 << ($1 >> 58) } }

    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool { mask & (1 << (key >> 58)) != 0 }
}

extension KeyTable where Value == Int {
    /// Adds `delta` to the count of `key` (an absent key counts 0, and is added even for a
    /// delta of 0), with a single probe: the name finder's cue counters.
    mutating func add(_ key: UInt64, _ delta: Int) {
        let stored = key == 0 ? 1 : key
        let index = slot(of: stored)
        if slots[index] == 0 {
            _ = insert(stored, at: index, delta)
        } else {
            entries[Int(entryOf[index])] += delta
        }
    }
}

/// A growing set of word or name hashes, with `KeyTable`'s cheap lookups.
struct KeySetTable: Sequence {
    private var table = KeyTable<Bool>()

    init() {}
    /// Room for `minimumCapacity` keys before the table has to grow.
    init(minimumCapacity: Int) { table = KeyTable(minimumCapacity: minimumCapacity) }
    init<S: Sequence>(_ keys: S) where S.Element == UInt64 { for key in keys { insert(key) } }

    var isEmpty: Bool { table.isEmpty }
    func contains(_ key: UInt64) -> Bool { table[key] != nil }
    /// One probe: a member already there keeps its place in the order.
    mutating func insert(_ key: UInt64) { _ = table.exchange(key, true) }
    /// The members in the order they were first inserted (the table's entries are never removed, so
    /// they stay in that order; a key of 0 is listed as 1, as the table stores it).
    func makeIterator() -> IndexingIterator<[UInt64]> { table.keys.makeIterator() }
}
