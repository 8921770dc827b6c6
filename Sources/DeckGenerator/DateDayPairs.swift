/// `to meet on March 25 and 26`: a second day joined by `and`/`or` to a month's day is a date of that month (two dates,
/// as ANNOTATION.md counts a range of days), not a figure.
extension Analyzer {
    /// After the date `Month d` ending at `dayEnd`: adds `e` of `and e` as a date and returns the index after it, or nil.
    func secondDayAfter(_ s: Int, _ dayEnd: Int, _ m: Int, _ d: Int) -> Int? {
        let list = tokens[s]
        guard dayEnd + 2 < list.count, list[dayEnd + 1].key == K.and || list[dayEnd + 1].key == K.or, !taken(s)[dayEnd + 2],
              let e = integer(list[dayEnd + 2]), e > d, e <= 31, list[dayEnd + 2].end - list[dayEnd + 2].start <= 2 else { return nil }
        // Not a count (`March 25 and 26 people`): the day ends the phrase.
        if dayEnd + 3 < list.count {
            let after = list[dayEnd + 3]
            guard after.kind == .punct || after.isIn(.commonWords) || after.upper else { return nil }
        }
        addDate(s, dayEnd + 2, dayEnd + 2, "--\(two(m))-\(two(e))")
        return dayEnd + 3
    }
}

/// `on May 22 that year`: a day and `that year` are one date, in the year of the last date written out before.
extension Analyzer {
    func dayOfThatYear(_ s: Int, _ i: Int, _ dayEnd: Int, _ m: Int, _ d: Int) -> Int? {
        let list = tokens[s]
        guard dayEnd + 2 < list.count, list[dayEnd + 1].key == K.that, list[dayEnd + 2].key == K.year else { return nil }
        var value = "--\(two(m))-\(two(d))"
        if let antecedent = antecedentDate(s, i, paragraphs: 3), let year = found[antecedent].value, hasYear(year) {
            value = String(year.prefix(4)) + "-\(two(m))-\(two(d))"
        }
        addDate(s, i, dayEnd + 2, value)
        return dayEnd + 3
    }
}
