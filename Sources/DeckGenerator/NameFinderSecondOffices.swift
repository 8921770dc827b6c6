/// `Roza Otunbayeva, the UN secretary-general's special representative for Afghanistan and head of the UN Assistance
/// Mission in Afghanistan (UNAMA)`: an office with its complement (`representative for Afghanistan`) and `and` an
/// office of a body (`head of …`) are two roles. The split at `and` asked for an office word right before `and`, so
/// the two came out as one long role that could stand for only one of them.
extension NameFinder {
    /// In `roleParts`, at `and` (index `m`) in the role phrase `from...to`: true when an office word followed by
    /// `for`/`of`/`in` stands before `and` and an office word followed by `of` (after an optional article) after it.
    func officeAfterComplement(_ s: Int, _ from: Int, _ m: Int, _ to: Int) -> Bool {
        let list = a.tokens[s]
        guard m + 2 <= to, m - 2 >= from else { return false }
        var right = m + 1
        if list[right].key == K.the || list[right].key == K.a || list[right].key == K.an { right += 1 }
        guard right < to, list[right].kind == .word, !list[right].upper, list[right].isIn(.roleHeads), list[right + 1].key == K.of else { return false }
        return (from..<(m - 1)).contains { list[$0].kind == .word && list[$0].isIn(.roleHeads)
            && (list[$0 + 1].key == K.for_ || list[$0 + 1].key == K.of || list[$0 + 1].key == K.in_) }
    }
}
