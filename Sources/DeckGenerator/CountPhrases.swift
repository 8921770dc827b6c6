import FactdeckModel

/// Counts written without a plain number and a noun after it: `Half a century` (50 years), `a quarter
/// century`, `half a dozen`; `a two-time prime minister` (2 times); `three French-made Rafales` (a capitalised
/// plural counted); `two of them` (a part of a count just named, with its noun).
extension Analyzer {
    static let periodYears: KeyMap<Double> = [Lexicon.key("century"): 100, Lexicon.key("decade"): 10]
    static let timeKey: UInt64 = 0x1E5485EF2E9F9384 // time
    static let timesKey: UInt64 = 0x29338C6C39286CB5 // times
    static let partitivePronouns = Lexicon.set(Lexicon.split("them those these"))
    /// Words before `two of them` that make it the whole (`the two of them`, `all three of them`).
    static let wholeWords = Lexicon.set(Lexicon.split("the all both"))

    /// `half a century`, `half a decade`, `a quarter century`, `a quarter of a century`, `half a dozen`: at `i`
    /// (`half` or `a`).
    func periodFraction(_ s: Int, _ i: Int) -> Int? {
        let list = tokens[s]
        var fraction: Double, k: Int
        if list[i].key == K.half, i + 2 < list.count, list[i + 1].key == K.a {
            fraction = 0.5; k = i + 2
        } else if list[i].key == K.a, i + 2 < list.count, list[i + 1].key == K.quarter {
            fraction = 0.25; k = i + 2
            if k + 2 < list.count, list[k].key == K.of, list[k + 1].key == K.a { k += 2 }
        } else {
            return nil
        }
        guard list[k].kind == .word else { return nil }
        if let years = Analyzer.periodYears[list[k].key] {
            addFigure(s, i, k, format(fraction * years), "years")
            return k + 1
        }
        if list[k].key == K.dozen, fraction == 0.5 {
            addFigure(s, i, k, "6", countedNoun(s, k + 1))
            return k + 1
        }
        return nil
    }

    /// `a two-time prime minister`, `three-time champion`: a count of times (not `one-time`, former).
    func isRepeatCount(_ token: Token, _ number: Double) -> Bool {
        number >= 2 && tailKey(token) == Analyzer.timeKey
    }

    /// `three French-made Rafales`, `two Democrats`: a spelled count (not sentence-first, so not a title-case
    /// heading) of a capitalised plural, after at most two capitalised modifiers. The index after it, or nil.
    func capitalisedCount(_ s: Int, _ i: Int, _ end: Int, _ number: Double) -> Int? {
        let list = tokens[s]
        guard number >= 2, !list[i].upper else { return nil }
        var j = end + 1
        while j < list.count, j <= end + 2, list[j].kind == .word, list[j].upper, !list[j].allCaps,
              list[j].hyphen || list[j].isIn(.demonym) || list[j].isIn(.compassWords) {
            j += 1
        }
        // The counted noun: capitalised, plural, and the end of the name.
        guard j < list.count, list[j].kind == .word, list[j].upper, !list[j].allCaps, !list[j].isIn(.commonWords), looksPlural(list[j]),
              !(j + 1 < list.count && list[j + 1].kind == .word && list[j + 1].upper) else { return nil }
        for index in i...end { taken(s)[index] = true }
        add(Found(type: .figure, start: list[i].start, end: list[end].end, sentence: s, value: format(number), unit: text(list[j])))
        return end + 1
    }

    /// `two of them`, `three of those`: a part of a count named just before in the sentence (`three wars …, two
    /// of them over Kashmir`), counting its noun. The index after the number, or nil.
    func pronounPartitive(_ s: Int, _ i: Int, _ end: Int, _ number: Double) -> Int? {
        let list = tokens[s]
        guard number >= 2, end + 2 < list.count, list[end + 1].key == K.of, Analyzer.partitivePronouns.contains(list[end + 2].key),
              !(i > 0 && Analyzer.wholeWords.contains(list[i - 1].key)) else { return nil }
        // The noun of the last figure before it in this sentence.
        var unit: String?
        var index = found.count - 1
        // `… Only six candidates were approved. Two of them withdrew.`: at a sentence's start, the sentence before too.
        let first = i == firstWordIndex(s) ? s - 1 : s
        while index >= 0, found[index].sentence >= first, found[index].sentence <= s {
            if found[index].type == .figure, found[index].sentence < s || found[index].start < list[i].start, let counted = found[index].unit,
               let value = Double(found[index].value ?? ""), value > number {
                unit = counted
                break
            }
            index -= 1
        }
        guard let unit else { return nil }
        for index in i...end { taken(s)[index] = true }
        add(Found(type: .figure, start: list[i].start, end: list[end].end, sentence: s, value: format(number), unit: unit))
        return end + 1
    }

    /// `decades`, `centuries`: `three decades ago` is a span, not a year the text pins down.
    func isVaguePeriod(_ unit: String) -> Bool {
        let key = Lexicon.key(unit)
        return key == Analyzer.decadeKey || key == Analyzer.decadesKey || key == K.century || key == Analyzer.centuriesKey
    }
    static let decadeKey: UInt64 = 0xCADF66F497884349 // decade
    static let decadesKey: UInt64 = 0x41DF2B9D7C8A3B8E // decades
    static let centuriesKey: UInt64 = 0x8E4F105D6330EF4F // centuries
}
