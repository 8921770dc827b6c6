extension Array {
    /// Removes the elements at `indexes` (ascending, each at most once), keeping the rest in order.
    ///
    /// The kept elements are moved down, never copied: `removeAll(where:)` swaps elements of the
    /// array itself, which copies each one it moves (a retain and a release per string of a
    /// found fact), and `remove(at:)` in a loop moves the whole tail once per removal.
    mutating func remove(ascending indexes: [Int]) {
        guard let first = indexes.first else { return }
        // Checked in release builds too: the moves below go through an unchecked buffer.
        precondition(first >= 0 && indexes.last! < count && zip(indexes, indexes.dropFirst()).allSatisfy { $0 < $1 },
                     "ascending indexes of the array")
        var kept = first
        withUnsafeMutableBufferPointer { buffer in
            var next = 0
            for index in first..<buffer.count {
                if next < indexes.count, indexes[next] == index { next += 1; continue }
                // A buffer's swap moves the two elements (kept < index < count).
                buffer.swapAt(kept, index)
                kept += 1
            }
        }
        removeSubrange(kept...)
    }
}
