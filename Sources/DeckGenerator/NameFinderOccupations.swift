/// Plain occupations (ANNOTATION.md: a role is an office, title or occupation): `Maria Lopez, a teacher
/// in Kabul, said …`, `Ahmad, a construction worker, lost …` — the occupation is the role and the name,
/// even a single word, is a person's. Also hyphenated titles (`UN Secretary-General X`: the title is not
/// part of the name) and plural counts that open a sentence (`Tens of thousands`), which are no people.
extension NameFinder {
    /// Occupations only people hold (not `contractor`, `miner`, `vendor` or `trader`, which are also companies).
    static let occupationWords = Lexicon.set(Lexicon.split("""
        teacher worker labourer laborer farmer shopkeeper tailor carpenter midwife shepherd herder fisherman
        mechanic nurse housewife homemaker retiree pensioner policeman policewoman firefighter paramedic plumber
        electrician waiter waitress clerk cashier janitor gardener welder bricklayer porter baker butcher chef
        cook cleaner guard driver cabbie dentist pharmacist accountant technician photographer filmmaker musician
        painter artist poet novelist preacher mullah imam shepherdess seamstress housekeeper nanny babysitter
        blacksmith goldsmith jeweller jeweler barber hairdresser beautician cobbler potter weaver miller
        fishmonger grocer greengrocer courier postman postwoman lorry-driver truck-driver taxi-driver rickshaw-puller
        labor-activist schoolteacher headteacher headmaster headmistress tutor volunteer caregiver carer servant
        """))

    /// A lower-case occupation noun (`teacher`, `worker`).
    func isOccupationNoun(_ token: Token) -> Bool {
        token.kind == .word && !token.upper && NameFinder.occupationWords.contains(token.key)
    }

    /// `Secretary-General`, `Attorney-General`, `Director-General`: a title word joined to a role word.
    func isHyphenatedTitle(_ token: Token) -> Bool {
        token.hyphen && Lexicon.roleHeads.contains(a.tailKey(token))
    }

    /// `Ahmad, a construction worker, …`: a one-word name before an apposition headed by an occupation
    /// only people hold (a person cue that longer names get from any role apposition).
    func occupationApposition(_ chunk: Chunk) -> Bool {
        let list = a.tokens[chunk.s]
        guard chunk.tokenCount == 1, !list[chunk.from].allCaps, chunk.to + 3 < list.count, a.isPunct(list[chunk.to + 1], ","),
              list[chunk.to + 2].key == K.a || list[chunk.to + 2].key == K.an else { return false }
        var k = chunk.to + 3
        // `a 34-year-old construction worker`
        if k + 2 < list.count, list[k].kind == .number, a.isDash(list[k + 1]), list[k + 2].key == K.year_old { k += 3 }
        let first = k
        while k < list.count, k <= first + 2, list[k].kind == .word, !list[k].upper {
            if isOccupationNoun(list[k]) {
                guard k + 1 < list.count else { return true }
                let next = list[k + 1]
                return next.kind == .punct || next.key == K.in_ || next.key == K.from || next.key == K.at
                    || next.key == K.who || next.key == K.that
            }
            k += 1
        }
        return false
    }
}
