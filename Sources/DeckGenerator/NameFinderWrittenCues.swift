/// Where the cues of `NameFinderPublications.swift`, `NameFinderPossessiveKinds.swift`, `NameFinderFoundedObjects.swift`,
/// `NameFinderCompoundKinds.swift`, `NameFinderAirlineFlights.swift` and `NameFinderCompanyHeads.swift` are asked, and
/// the words in capitals that are no bodies (`NameFinderQuotedCapitals.swift`, `NameFinderCurrencyPairs.swift`,
/// `NameFinderShareClasses.swift`, `NameFinderSectorWords.swift`, `NameFinderNetworkNames.swift`): each rule is reached
/// only when the token next to the name that it reads has the right kind, so most names cost a few flag tests.
extension NameFinder {
    @inline(__always) func writtenCue(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>, _ next: Token?) -> Int {
        var cue = 0
        if chunk.from >= 1 {
            let prev = list[chunk.from - 1]
            if prev.kind == .word {
                if !prev.upper {
                    cue += publicationCue(chunk, list, prev) + possessiveKindCue(chunk, list, prev, next) + foundedObjectCue(chunk, list, prev)
                        + compoundKindCue(chunk, list, prev)
                    if chunk.tokenCount == 1, let next, next.kind == .word, !next.upper { cue += airlineFlightCue(chunk, list, prev, next) }
                }
            } else if chunk.from >= 3, a.isPunct(prev, ",") {
                cue += possessiveKindCue(chunk, list, prev, next)
            }
        }
        if let next, next.kind == .punct, a.isApostrophe(next) { cue += publicationPossessiveCue(chunk, list) }
        if chunk.tokenCount >= 2, list[chunk.to].upper { cue += companyLastWordCue(chunk, list) }
        return cue
    }

    /// Words in capitals, share classes and sector words that are no bodies (asked of names of one or two words).
    @inline(__always) func isNoBodyWord(_ chunk: Chunk, _ list: UnsafeBufferPointer<Token>, _ first: Token, _ next: Token?) -> Bool {
        guard chunk.tokenCount <= 2 else { return false }
        if first.allCaps {
            return chunk.tokenCount == 1 && (isQuotedCapitals(chunk, list, next) || isCurrencyPair(chunk, list, next) || isNetworkName(chunk, first))
        }
        return isShareClass(chunk, list) || isLoneSectorWord(chunk, first)
    }
}
