/// `herders in Khanbogd, the district around the site`: an apposition headed by a place noun (`district`, `city`,
/// `province`) describes a place, even when a kind of body (`site`) follows in it; it is no organisation apposition.
/// The place noun heads only when a plain word or a mark follows it (`the Soviet state agency` keeps `state` a modifier).
extension NameFinder {
    func placeNounHeadsApposition(_ list: UnsafeBufferPointer<Token>, _ from: Int, _ typeAt: Int) -> Bool {
        var k = from
        while k < typeAt {
            if list[k].kind == .word, !list[k].upper, list[k].isIn(.nonGroupHeads), list[k + 1].kind == .punct || list[k + 1].isIn(.commonWords) { return true }
            k += 1
        }
        return false
    }
}
