/// More role patterns, kept apart from `findRoles`: honorifics that stay in a name
/// (`Chairman Sir Alistair Pryce`), a job title opening a sentence (`Historian X, who …`),
/// `hired X, formerly …, as chief executive`, `X will remain on the board as a director`,
/// `chaired by X's successor as president, Y`, and a surname's copy of a full name's role
/// (`CEO Carraway` after `chief executive Gordon Carraway`).
extension NameFinder {
    static let keptHonorifics = Lexicon.set(Lexicon.split("sir dame lord lady"))
    static let hireVerbs = Lexicon.set(Lexicon.split("hired appointed named recruited tapped picked chose installed promoted poached"))
    static let stayVerbs = Lexicon.set(Lexicon.split("remain remains remained stay stays stayed serve serves served continue continues continued"))
    static let successorNouns = Lexicon.set(Lexicon.split("successor predecessor replacement deputy"))

    /// `Chairman Sir Alistair Pryce`: the index of a kept honorific among the title words stripped before a name.
    func keptHonorific(_ s: Int, _ from: Int, _ start: Int) -> Int? {
        let list = a.tokens[s]
        for k in from..<start where NameFinder.keptHonorifics.contains(list[k].key) && list[k].upper {
            if k + 1 < list.count, list[k + 1].nameLike { return k }
        }
        return nil
    }

    /// `Historian Marcus Oyelaran, who …`: a capitalised occupation opening a sentence before a
    /// two- or three-word name is a role; the name starts after it.
    func openingOccupation(_ s: Int, _ i: Int, _ end: Int) -> Int? {
        let list = a.tokens[s]
        let token = list[i]
        guard end - i >= 2, end - i <= 3, i == a.firstWordIndex(s), token.isIn(.roleHeads), !isTitleToken(token),
              !token.allCaps, !token.isIn(.demonym), !token.isIn(.organisationHeads) else { return nil }
        for k in i + 1...end {
            let word = list[k]
            guard word.kind == .word, word.nameLike, word.upper, !word.allCaps, !word.isIn(.organisationHeads), !word.isIn(.countries),
                  !word.isIn(.corporateSuffixes), !word.isIn(.nameConnectors), !isTitleToken(word) else { return nil }
        }
        return i + 1
    }

    /// The role after `as` at `m` (`as chief executive`, `as a non-executive director`): its range and owner.
    func roleAfterAs(_ s: Int, _ m: Int) -> (Int, Int, String?)? {
        let list = a.tokens[s]
        var k = m
        if k < list.count, list[k].key == K.the || list[k].key == K.a || list[k].key == K.an || list[k].key == K.its || list[k].key == K.his || list[k].key == K.her { k += 1 }
        let from = k
        while k < list.count, k - from < 5, list[k].kind == .word, !list[k].upper || isTitleToken(list[k]) {
            if list[k].isIn(.roleHeads) || (list[k].hyphen && Lexicon.roleHeads.contains(a.tailKey(list[k]))) {
                var head = k
                while head + 1 < list.count, list[head + 1].kind == .word, list[head + 1].isIn(.roleHeads) { head += 1 }
                var of: String?
                if head + 2 < list.count, list[head + 1].key == K.of || list[head + 1].key == K.at,
                   let owner = bySentence[s].first(where: { chunks[$0].from == head + 2 || chunks[$0].from == head + 3 && list[head + 2].key == K.the }),
                   isGroup(chunks[owner]) {
                    of = text(chunks[owner])
                }
                return (from, head, of)
            }
            if list[k].isIn(.roleBreakers) && !list[k].isIn(.roleModifiers) { return nil }
            k += 1
        }
        return nil
    }

    /// Roles `findRoles` does not see: `its board hired X, formerly …, as chief executive`,
    /// `X will remain on the board as a non-executive director`.
    func extraRole(_ chunk: Chunk) -> (String, String?)? {
        let list = a.tokens[chunk.s]
        let before = (chunk.titleFrom ?? chunk.from) - 1
        var k = chunk.to + 1
        if before >= 0, list[before].kind == .word, NameFinder.hireVerbs.contains(list[before].key) {
            // Past one apposition between commas.
            if k < list.count, a.isPunct(list[k], ",") {
                var close = k + 1
                while close < list.count, close <= k + 14, !(list[close].kind == .punct && !a.isPossessive(chunk.s, close) && !a.isDash(list[close])) { close += 1 }
                if close < list.count, a.isPunct(list[close], ",") { k = close + 1 }
            }
            if k + 1 < list.count, list[k].key == K.as_, let (from, to, of) = roleAfterAs(chunk.s, k + 1) {
                return (a.span(chunk.s, from, to), of)
            }
            return nil
        }
        // `X will remain on the board as …`
        var gap = 0
        while k < list.count, gap < 3, list[k].kind == .word, list[k].isIn(.auxiliaries) || list[k].key == K.to, !NameFinder.stayVerbs.contains(list[k].key) { k += 1; gap += 1 }
        guard k < list.count, NameFinder.stayVerbs.contains(list[k].key) else { return nil }
        var m = k + 1
        while m < list.count, m <= k + 6, list[m].kind == .word, list[m].key != K.as_ { m += 1 }
        guard m + 1 < list.count, list[m].key == K.as_, let (from, to, of) = roleAfterAs(chunk.s, m + 1) else { return nil }
        return (a.span(chunk.s, from, to), of)
    }

    /// `The committee, chaired by Lindqvist's successor as president, Walter Brandt, …`: the person named
    /// after `by X's successor …,` holds the role of the verb. Returns the person's chunk index and the role word.
    func successorAfterBy(_ s: Int, _ by: Int) -> Int? {
        let list = a.tokens[s]
        guard let owner = bySentence[s].first(where: { chunks[$0].from == by + 1 }), a.isPossessive(s, chunks[owner].to + 1),
              chunks[owner].to + 3 < list.count, NameFinder.successorNouns.contains(list[chunks[owner].to + 3].key) else { return nil }
        var k = chunks[owner].to + 4
        while k < list.count, k <= chunks[owner].to + 10, !a.isPunct(list[k], ",") {
            if list[k].kind == .punct { return nil }
            k += 1
        }
        guard k + 1 < list.count, let person = bySentence[s].first(where: { chunks[$0].from == k + 1 || chunks[$0].titleFrom == k + 1 }),
              chunks[person].cls == .person || isPersonShaped(chunks[person]) else { return nil }
        return person
    }

    /// Drops a role found for a surname alone (`CEO Carraway`) when the same person's full name holds
    /// the same role (`chief executive Gordon Carraway`), so that the person is listed once.
    func dropSurnameRoleCopies() {
        var fullNames: [(last: Substring, role: String)] = []
        for fact in a.found where fact.type == .position && fact.subtype == "role" {
            guard let answer = fact.answer, answer.contains(" "), let role = fact.role,
                  let last = answer.split(separator: " ").last else { continue }
            fullNames.append((last, NameFinder.normalRole(role)))
        }
        guard !fullNames.isEmpty else { return }
        a.found.removeAll { fact in
            guard fact.type == .position, fact.subtype == "role", let answer = fact.answer, !answer.contains(" "), let role = fact.role else { return false }
            let wanted = NameFinder.normalRole(role)
            return fullNames.contains { $0.last == answer && ($0.role.contains(wanted) || wanted.contains($0.role)) }
        }
    }

    static func normalRole(_ role: String) -> String {
        var text = role.lowercased()
        for prefix in ["then-", "former ", "ex-", "now ", "the ", "a ", "an "] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        if text == "ceo" || text.hasPrefix("chief executive") { return "chief executive" }
        return text
    }
}
