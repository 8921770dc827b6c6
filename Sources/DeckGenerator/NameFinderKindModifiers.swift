/// Three cues on the words around a bare name (in `extraGroupCue`):
/// - `at Ivorian ports`, `the Ivorian regulator`: a one-word name shaped like an adjective of a nation (`-ian`, `-ean`)
///   before a lower-case noun is that adjective, no body (the kind noun after it had made `Ivorian` a group).
/// - `the Nordic bank SEB`, `the Milan brokerage Fontana Securities`: a one-word name between `the`/`a` and a kind of
///   body that another name follows only says where the body is from or is; the body is the name after the kind noun.
///   The `the X think tank` cue made `Nordic` and `Milan` groups (and the owners of the roles beside them).
/// - `left Intel that year to co-found Zilog`, `founded Zilog in 1974`: what is founded is a body (a person or a place
///   never is), so a name right after a verb of founding is one. Found-by names (`founded by X`) are not after the verb.
extension NameFinder {
    static let foundVerbKeys = Lexicon.set(Lexicon.split("founded co-founded cofounded co-found cofound"))
    /// Kind nouns that make the name before them an owner (`the Google subsidiary Waymo`), not a modifier.
    static let ownedKinds = Lexicon.set(Lexicon.split("subsidiary affiliate franchise brand label venture chain"))

    /// The few token tests every cue of `kindModifierCue` needs, inlined where it is called so that most names skip it.
    @inline(__always) func mayHaveKindCue(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>, _ next: Token?) -> Bool {
        guard chunk.from >= 1 else { return false }
        if chunk.tokenCount == 1, let next, next.kind == .word, !next.upper { return true }
        let before = list[chunk.from - 1]
        return before.kind == .word && !before.upper && (before.key == K.of || before.key == K.founded || before.key == NameFinder.coFoundedKey
            || before.hyphen || before.isIn(.organisationTypes))
    }

    /// -100 for a kind noun's modifier or an adjective of a nation, 1 for a founded body, 150 for a named maker, else 0. `list` is the
    /// chunk's sentence and `next` the token after it (as `extraGroupCue` has them); token flags are tested first.
    @inline(__always) func kindModifierCue(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>, _ next: Token?) -> Int {
        guard chunk.from >= 1 else { return 0 }
        let before = list[chunk.from - 1]
        if chunk.tokenCount == 1, let next, next.kind == .word, !next.upper {
            let token = list[chunk.from]
            if token.allCaps {
                if isCurrencyAcronym(token, next) { return -100 } // `NameFinderCurrencyNames.swift`
            } else if a.bytes[token.end - 1] == UInt8(ascii: "n"), isNationalAdjectiveShape(token), KnownOrganisations.table[chunk.key] == nil {
                // Nor a people: peoples are plural (`Iranians`); `the Iranian people` had made `Iranian` one.
                peopleCue.add(chunk.key, -100)
                return -100
            }
        }
        guard before.kind == .word, !before.upper else { return 0 }
        if before.key == K.of { return isPlaceOfName(chunk, list) ? -100 : 0 } // `NameFinderPlacesOf.swift`
        if chunk.tokenCount == 1, let next, next.kind == .word, !next.upper, next.isIn(.organisationTypes),
           before.key == K.the || before.key == K.a || before.key == K.an, chunk.to + 2 < list.count,
           list[chunk.to + 2].nameLike || list[chunk.to + 2].allCaps, !NameFinder.ownedKinds.contains(next.key),
           KnownOrganisations.table[chunk.key] == nil, bySentence[chunk.s].contains(where: { chunks[$0].from == chunk.to + 2 }) { return -100 }
        // `the French-Italian manufacturer ATR` (`NameFinderMakers.swift`).
        if before.isIn(.organisationTypes), isNamedMaker(chunk, list) { return 150 }
        if before.key == K.founded || before.key == NameFinder.coFoundedKey || before.hyphen && NameFinder.foundVerbKeys.contains(before.key),
           chunk.titleFrom == nil, !isPersonShaped(chunk), lexicalClass(chunk) == .other {
            return 1
        }
        return 0
    }

    /// `Ivorian`, `Ghanaian`, `Korean`: a capitalised word of six letters or more in `-ian`/`-ean`, an adjective of a
    /// nation or region, before a lower-case noun (`at Ivorian ports`, `the Ivorian regulator`) names no body.
    @inline(__always) func isNationalAdjectiveShape(_ token: Token) -> Bool {
        guard token.kind == .word, token.upper, !token.allCaps, !token.hyphen, token.end - token.start >= 6 else { return false }
        let b = a.bytes, e = token.end
        return (b[e - 3] == UInt8(ascii: "i") || b[e - 3] == UInt8(ascii: "e")) && b[e - 2] == UInt8(ascii: "a") && b[e - 1] == UInt8(ascii: "n")
    }
}
