/// `Citigroup named Jane Fraser chief executive`, `the board appointed X chairman`, `Sega made X its president`:
/// an appointment verb, a person and the office as the verb's complement. The person holds the office (of the
/// body that is the verb's subject), and the office noun right after the name is no cue that the name is a body
/// (as it is in `Tesla chief Elon Musk`).
extension NameFinder {
    static let activeAppointmentVerbs = Lexicon.set(Lexicon.split("""
        named names name appointed appoints appoint elected elects elect made makes make promoted promotes
        """))
    static let officeDeterminers = Lexicon.set(Lexicon.split("its their his her the"))

    /// The office after a person-shaped name that is the object of an appointment verb, as token indexes.
    func officeAfterAppointedName(_ chunk: Chunk) -> (from: Int, to: Int)? {
        let list = a.tokens[chunk.s]
        guard chunk.from >= 1, chunk.to + 1 < list.count, chunk.titleFrom == nil else { return nil }
        let verb = list[chunk.from - 1]
        guard verb.kind == .word, !verb.upper || chunk.from - 1 > a.firstWordIndex(chunk.s),
              NameFinder.activeAppointmentVerbs.contains(verb.key) else { return nil }
        var k = chunk.to + 1
        if list[k].key == K.as_, !list[k].upper { k += 1 } // `named X as chief executive`
        if k < list.count, NameFinder.officeDeterminers.contains(list[k].key), !list[k].upper { k += 1 }
        let start = k
        var head = -1
        while k < list.count, k - start < 4, list[k].kind == .word, !list[k].upper || isTitleToken(list[k]) {
            // Modifiers and other plain words before the head (`chief financial officer`), not a clause's words.
            if list[k].isIn(.roleHeads) { head = k }
            else if !list[k].isIn(.roleModifiers), list[k].isIn(.roleBreakers) || list[k].isIn(.commonWords) { break }
            k += 1
        }
        guard head >= 0, isPersonShaped(chunk) else { return nil }
        return (start, head)
    }

    /// The role an appointment verb gives its object, with the subject body as its `of`.
    func appointedObjectRole(_ chunk: Chunk) -> (String, String?)? {
        guard let office = officeAfterAppointedName(chunk) else { return nil }
        var of: String?
        // The body named just before the verb (`Citigroup named …`, `Sega's board made …` is left without one).
        if chunk.from >= 2, let subject = bySentence[chunk.s].last(where: { chunks[$0].to == chunk.from - 2 }), isGroup(chunks[subject]) {
            of = text(chunks[subject])
        }
        return (a.span(chunk.s, office.from, office.to), of)
    }
}
