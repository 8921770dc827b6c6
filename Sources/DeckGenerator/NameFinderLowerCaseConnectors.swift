/// Lower-case connectors inside a body's name that `nameConnectors` does not hold, asked only where a run meets
/// `on`, `at`, `y` or `e` (three key comparisons before anything else is read):
/// - `the United Nations Office on Drugs and Crime`, `the Council on Foreign Relations`: a body's head word
///   (`Office`, `Council`, `Panel` …) before `on` and a capitalised subject, which may run on through `and`;
/// - `the University of Texas at Austin`, `the United Nations Office at Geneva`: a university or an office before
///   `at` and one or two capitalised words that end the name;
/// - `the Organización de Consumidores y Usuarios`: the Spanish or Portuguese `y` / `e` inside a name that already
///   runs through a Romance `de`, `del`, `da`, `do`.
extension NameFinder {
    static let connectorY: UInt64 = 0xAF63F44C86021554 // y
    static let connectorE: UInt64 = 0xAF63D84C8601E5C0 // e
    static let romanceDe = Lexicon.set(["de", "del", "da", "do", "dos", "das", "des"])
    /// Heads of bodies named for their subject with `on`.
    static let onHeads = Lexicon.set(Lexicon.split("office council commission committee panel board centre center institute forum conference convention"))
    static let officeKey: UInt64 = 0x465E1BF7A8C96791 // office

    /// The new end of the run `i...end` when the lower-case word after it continues a body's name, else nil.
    /// Asked of a lower-case word of one or two letters after a run.
    @inline(__always) func lowerCaseConnectorEnd(_ s: Int, _ i: Int, _ end: Int, _ next: Token) -> Int? {
        let key = next.key
        guard key == K.on || key == K.at || key == NameFinder.connectorY || key == NameFinder.connectorE else { return nil }
        return connectorContinuation(s, i, end, key)
    }

    @inline(never) func connectorContinuation(_ s: Int, _ i: Int, _ end: Int, _ key: UInt64) -> Int? {
        let list = a.tokens[s]
        let taken = a.taken(s)
        guard end + 2 < list.count, list[end + 1].space, list[end + 2].kind == .word, list[end + 2].upper, !list[end + 2].allCaps || key != K.at,
              startsName(list[end + 2], taken: taken[end + 2]), !list[end + 2].isIn(.weekdays), !list[end + 2].isIn(.month) else { return nil }
        // The capitalised words after the connector.
        func runEnd(_ from: Int) -> Int {
            var m = from
            while m + 1 < list.count, list[m + 1].space, list[m + 1].kind == .word, startsName(list[m + 1], taken: taken[m + 1]) { m += 1 }
            return m
        }
        if key == K.on {
            guard list[end].upper, NameFinder.onHeads.contains(list[end].key) else { return nil }
            var m = runEnd(end + 2)
            guard m - end <= 4 else { return nil }
            // `on Drugs and Crime`
            if m + 2 < list.count, list[m + 1].key == K.and, startsName(list[m + 2], taken: taken[m + 2]), list[m + 2].upper {
                let last = runEnd(m + 2)
                if last - m <= 3 { m = last }
            }
            return m
        }
        if key == K.at {
            guard (i...end).contains(where: { list[$0].key == NameFinder.universityKey }) || list[end].key == NameFinder.officeKey && list[end].upper else { return nil }
            let m = runEnd(end + 2)
            guard m - end <= 3 else { return nil }
            // One place ends the name: a mark or a lower-case word (not `and`, which may list another body) follows.
            if m + 1 < list.count, list[m + 1].key == K.and || list[m + 1].key == K.of { return nil }
            return m
        }
        // `y` / `e`: only inside a name that already runs through a Romance `de`.
        guard (i...end).contains(where: { !list[$0].upper && NameFinder.romanceDe.contains(list[$0].key) }) else { return nil }
        return end + 2
    }
}
