import FactdeckModel

/// `4.50%-4.75%`: a range whose ends both carry the percent sign is one figure (value `4.5-4.75`), not two.
extension Analyzer {
    /// After a figure found from token `i` (the last of `found`, ending before token `next`): joins `-B%` to it.
    /// Returns the index after the figure or the range.
    func joinPercentRange(_ s: Int, _ next: Int, _ countBefore: Int) -> Int {
        let list = tokens[s]
        guard found.count == countBefore + 1, found[countBefore].type == .figure, found[countBefore].unit == "%",
              next + 2 < list.count, isDash(list[next]), !list[next].space, !list[next + 1].space, list[next + 1].kind == .number,
              isPunct(list[next + 2], "%"), !list[next + 2].space, list[next - 1].kind == .punct, list[next - 1].mark == UInt8(ascii: "%"),
              let upper = numberValue(list[next + 1]), let lower = Double(found[countBefore].value ?? ""), upper > lower else { return next }
        for index in next...(next + 2) { taken(s)[index] = true }
        found[countBefore].end = list[next + 2].end
        found[countBefore].value = format(lower) + "-" + format(upper)
        return next + 3
    }
}
