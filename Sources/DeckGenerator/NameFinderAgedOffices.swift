/// `Gelsinger, a former chief technology officer who started at Intel as an 18-year-old technician in 1979`: an age
/// between `as a(n)` and the office is no part of it (the office is `technician`, an occupation known by its ending
/// as in appositions after an age). The age had stopped `as ROLE` before any office word.
extension NameFinder {
    /// At a number `k` in sentence `s`: the index after `18-year-old`, or nil when no age is written there.
    func afterAgeBeforeOffice(_ s: Int, _ k: Int) -> Int? {
        let list = a.tokens[s]
        guard k + 3 < list.count, a.isDash(list[k + 1]), list[k + 2].key == K.year_old else { return nil }
        return k + 3
    }
}
