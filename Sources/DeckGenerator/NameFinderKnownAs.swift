/// Two more shapes of `also known as`:
/// - `X, better known by its acronym OCHA`, `known by the initials Y`: `known by` a possessive or `the` and a noun of
///   naming (`acronym`, `initials`, `abbreviation`, `name`) links the name after it as `known as` does; the acronym was
///   a group of its own beside the long name.
/// - `Busicom, a Japanese calculator maker also known as Nippon Calculating Machine Corporation`: after an apposition
///   of lower-case words (and adjectives of a nation) the name before the apposition is the one also known by the
///   other name; the apposition had put it too far back for the link (six words), so the alias stood as a group.
extension NameFinder {
    static let namingNouns = Lexicon.set(Lexicon.split("acronym initials abbreviation name"))

    /// The index of the alias after `known` at `k` (`known as (the) Y`, `known by its acronym Y`), or nil.
    func aliasAfterKnown(_ s: Int, _ k: Int, _ to: Int) -> Int? {
        let list = a.tokens[s]
        guard list[k].key == K.known, k + 1 < to else { return nil }
        if list[k + 1].key == K.as_ {
            var m = k + 2
            if m < to, list[m].key == K.the { m += 1 }
            return m
        }
        guard list[k + 1].key == K.by, k + 3 < to, list[k + 2].key == K.its || list[k + 2].key == K.the || list[k + 2].key == K.their,
              NameFinder.namingNouns.contains(list[k + 3].key) else { return nil }
        return k + 4
    }

    /// `X, a Japanese calculator maker also known as Y`: X, when only an apposition stands between it and `known`.
    func subjectBeforeAppositionKnown(_ s: Int, _ k: Int) -> Int? {
        let list = a.tokens[s]
        var m = k - 1
        while m >= 0, k - m <= 10, list[m].kind == .word, !list[m].upper || list[m].isIn(.demonym) { m -= 1 }
        guard m >= 1, k - m >= 3, a.isPunct(list[m], ","), list[m + 1].key == K.a || list[m + 1].key == K.an || list[m + 1].key == K.the,
              let subject = bySentence[s].last(where: { chunks[$0].to == m - 1 }), isGroup(chunks[subject]) else { return nil }
        return subject
    }
}
