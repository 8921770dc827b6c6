/// The indexes of a list's items grouped by a key (the name finder's chunks by name key), in
/// ascending order: a table of first indexes and one link per item, where a table of arrays
/// would allocate, grow and free an array for every distinct key.
struct KeyedIndexLists {
    private var heads: KeyTable<Int32>
    /// The next index with the same key, or -1.
    private var next: [Int32]

    /// Groups the indexes `0..<count` by `key(index)`.
    init(count: Int, key: (Int) -> UInt64) {
        // Room for every index's key being distinct: growing would rehash every key seen so far.
        heads = KeyTable(minimumCapacity: count)
        next = [Int32](repeating: -1, count: count)
        // Backwards, so that each list, read from its head, is in ascending order.
        for index in stride(from: count - 1, through: 0, by: -1) {
            if let head = heads.exchange(key(index), Int32(index)) { next[index] = head }
        }
    }

    /// Whether the lists still group `0..<count` by `key(index)` (a check for debug builds).
    func isCurrent(count: Int, key: (Int) -> UInt64) -> Bool {
        guard next.count == count else { return false }
        return (0..<count).allSatisfy { index in
            var head = first(key(index))
            while let current = head, current < index { head = next[current] >= 0 ? Int(next[current]) : nil }
            return head == index
        }
    }

    /// The first index with `key`, or nil.
    func first(_ key: UInt64) -> Int? { heads[key].map(Int.init) }

    /// The indexes with `key`, in ascending order.
    func indexes(_ key: UInt64) -> [Int] {
        var result: [Int] = []
        forEach(key) { result.append($0) }
        return result
    }

    /// Calls `body` with each index with `key`, in ascending order. Inlined, so that a `body` calling
    /// the name finder's methods does not retain it on each call.
    @inline(__always)
    func forEach(_ key: UInt64, _ body: (Int) -> Void) {
        guard let head = heads[key] else { return }
        var index = Int(head)
        while index >= 0 {
            body(index)
            index = Int(next[index])
        }
    }
}
