/// Names joined by a dash written without spaces into one body's name: `the Civil Will–Green Party` (one party, not
/// the `Green Party`). The right side must end in a body's head word and neither side be a country or demonym.
extension NameFinder {
    /// Joins, in sentence `s` (whose chunks are the last ones), two names a spaceless dash links before a body's head.
    func joinDashedNames(_ s: Int) {
        let list = a.tokens[s]
        joinLinkedNames(s) { left, right, mark in
            a.isDash(mark) && list[right.to].isIn(.organisationHeads) && hasNoCountryWord(left) && hasNoCountryWord(right) && !isDatelinePlace(left)
        }
    }
}
