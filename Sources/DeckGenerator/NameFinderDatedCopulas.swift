/// `Masaru Ibuka, who co-founded the company in 1946 and by the late 1970s was its honorary chairman`: in a relative
/// clause, `and`, a phrase of time with a date (`by the late 1970s`, `in 2001`, `from 1990`) and `was`/`is` before an
/// office give that office, as `and became its first chief technology officer` does.
extension NameFinder {
    static let datedOpeners = Lexicon.set(Lexicon.split("by in from after until since"))

    /// At `and` (index `m`) in sentence `s`: the index after `was`/`is` when a dated phrase of time comes between them.
    func datedCopulaAfterAnd(_ s: Int, _ m: Int) -> Int? {
        let list = a.tokens[s]
        guard m + 3 < list.count, list[m + 1].kind == .word, NameFinder.datedOpeners.contains(list[m + 1].key) else { return nil }
        let taken = a.taken(s)
        var k = m + 2
        var dated = false
        while k < list.count, k <= m + 6, list[k].key != K.was, list[k].key != K.is_ {
            if taken[k] { dated = true }
            guard list[k].kind == .word || list[k].kind == .number else { return nil }
            k += 1
        }
        guard dated, k + 1 < list.count, list[k].key == K.was || list[k].key == K.is_ else { return nil }
        return k + 1
    }
}
