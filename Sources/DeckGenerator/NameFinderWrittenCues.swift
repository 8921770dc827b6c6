/// Where the cues of `NameFinderPublications.swift`, `NameFinderPossessiveKinds.swift`, `NameFinderFoundedObjects.swift`,
/// `NameFinderCompoundKinds.swift`, `NameFinderAirlineFlights.swift` and `NameFinderCompanyHeads.swift` are asked, and
/// the words in capitals that are no bodies (`NameFinderQuotedCapitals.swift`, `NameFinderCurrencyPairs.swift`,
/// `NameFinderShareClasses.swift`, `NameFinderSectorWords.swift`, `NameFinderNetworkNames.swift`), in one call per name:
/// each rule is reached only by the key or the flags of the token next to the name that it reads, so most names cost
/// a few flag tests. -100 for a word that is no body.
extension NameFinder {
    @inline(never) func writtenCue(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>) -> Int {
        let first = list[chunk.from]
        let hasNext = chunk.to + 1 < list.count
        if chunk.tokenCount <= 2 {
            if first.allCaps {
                if chunk.tokenCount == 1, isQuotedCapitals(chunk, list) || isCurrencyPair(chunk, list) || isNetworkName(first) { return -100 }
            } else if list[chunk.to].end - list[chunk.to].start == 1 {
                if isShareClass(chunk, list) { return -100 }
            } else if chunk.tokenCount == 1, first.isIn(.organisationHeads), isLoneSectorWord(first) { return -100 }
        }
        var cue = 0
        if chunk.from >= 1 {
            let prev = list[chunk.from - 1]
            if prev.kind == .word {
                let key = prev.key
                if key == K.the || key == K.a || key == K.an {
                    if key == K.the {
                        if chunk.tokenCount >= 2, hasNext { cue += reportingBodyCue(list[chunk.to + 1]) } // `NameFinderReportingBodies.swift`
                        if !prev.upper { cue += publicationCue(chunk, list, chunk.from - 2) }
                    }
                    if chunk.tokenCount == 1, hasNext, !prev.upper { cue += airlineFlightCue(chunk, list) }
                } else if prev.upper {
                } else if key == K.for_ || key == K.at {
                    cue += publicationCue(chunk, list, chunk.from - 1)
                } else if prev.isIn(.organisationTypes) {
                    cue += possessiveKindCue(chunk, list, chunk.from - 1)
                } else {
                    cue += compoundKindCue(chunk, list, key) + foundedObjectCue(chunk, key)
                }
            } else if chunk.from >= 3, a.isPunct(prev, ","), !hasNext || list[chunk.to + 1].kind == .punct {
                let kind = list[chunk.from - 2]
                if kind.kind == .word, !kind.upper, kind.isIn(.organisationTypes) { cue += possessiveKindCue(chunk, list, chunk.from - 2) }
            }
        }
        if hasNext, list[chunk.to + 1].kind == .punct, a.isApostrophe(list[chunk.to + 1]) { cue += publicationPossessiveCue(chunk, list) }
        if chunk.tokenCount >= 2, list[chunk.to].upper { cue += companyLastWordCue(chunk, list) }
        return cue
    }
}
