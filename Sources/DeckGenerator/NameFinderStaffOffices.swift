/// `Iran’s armed forces chief of staff, Major General Mohammad Bagheri`: `chief of staff` (an office word, `of`,
/// `staff`) is an office written before a comma and a name, as `Pakistan's army chief, General X` is; `staff` is no
/// office word of its own, so the phrase had not been read as a role.
extension NameFinder {
    static let staffKey: UInt64 = Lexicon.key("staff")

    /// When `end` in sentence `s` is `staff` after `of` and an office word: the index of that office word.
    func officeOfStaffHead(_ s: Int, _ end: Int) -> Int? {
        let list = a.tokens[s]
        guard end >= 2, list[end].key == NameFinder.staffKey, list[end - 1].key == K.of, list[end - 2].kind == .word,
              list[end - 2].isIn(.roleHeads) else { return nil }
        return end - 2
    }
}
