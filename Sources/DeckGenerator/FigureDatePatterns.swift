import FactdeckModel

/// Further figure and date patterns, kept apart from the main scanners. Figures: fractions
/// (`a quarter point`, `quarter-point`, `almost a third of`, `two-thirds`), `three and a half`,
/// multipliers (`fourfold`), spelled compounds (`a two-term limit`), vote tallies (`an 8-1 vote`),
/// ranges with a shared unit (`between 1% and 2.5%`, `£13.2 billion to £13.4 billion`); not figures:
/// labels (`phase 2`, `type 2 diabetes`), model numbers (`the 6502`), time-zone offsets (`GMT+6`).
/// Dates: `this week` (an ISO week), a month as a modifier or subject (`February election`,
/// `July is`), `August last year`, `the July-September quarter`, and the year of a dateline
/// written without one (`DHAKA, Dec 11 (Reuters) -`).
extension Analyzer {
    static let labelWords = Lexicon.set(Lexicon.split("phase type stage grade tier level class category engine seat gate platform terminal runway"))
    static let versionWords = Lexicon.set(Lexicon.split("version versions"))
    static let xKey: UInt64 = 0xAF63F54C86021707 // x
    static let tallyNouns = Lexicon.set(Lexicon.split("vote votes verdict decision ruling split majority margin"))
    static let pointKeys = Lexicon.set(Lexicon.split("point points"))
    static let fractionNouns: KeyMap<Double> = [Lexicon.key("half"): 0.5, Lexicon.key("third"): 1.0 / 3, Lexicon.key("quarter"): 0.25,
                                                Lexicon.key("fifth"): 0.2, Lexicon.key("tenth"): 0.1]
    static let fractionPlurals: KeyMap<Double> = [Lexicon.key("halves"): 2, Lexicon.key("thirds"): 3, Lexicon.key("quarters"): 4,
                                                  Lexicon.key("fifths"): 5, Lexicon.key("tenths"): 10]
    static let foldKey: UInt64 = 0xDD15FA790C28D98A // fold
    /// Tails of `two-way`, `one-off`: a spelled number before these is no count.
    static let nonCountTails = Lexicon.set(Lexicon.split("way off sided fold thirds quarters halves fifths time times odd ish"))
    static let determiners = Lexicon.set(Lexicon.split("a an the its their his her our this that"))
    static let weekKey: UInt64 = 0x3D80FFF619EDBFBD // week
    static let monthCopulas = Lexicon.set(Lexicon.split("is was will would could should might may has had remains looks seems"))
    /// Words before `X to Y` that make it one range (`a range of £13.2 billion to £13.4 billion`), not a change (`from 5% to 1%`).
    static let rangeLeads = Lexicon.set(Lexicon.split("of at is was are were be between range"))
    static let rangeVerbs = Lexicon.set(Lexicon.split("range ranges ranged ranging vary varies varied"))

    /// Where the qualifier before token `first` starts (`more than`, `almost`), or `first`.
    func qualifierStart(_ s: Int, _ first: Int) -> Int {
        let list = tokens[s]
        // Every phrase ends in a qualifier word: most numbers have none before them.
        guard first > 0, list[first - 1].isIn(.qualifierWords) else { return first }
        for phrase in Lexicon.qualifierPhrases where phrase.count <= first {
            var match = true
            for (offset, key) in phrase.enumerated() where list[first - phrase.count + offset].key != key { match = false; break }
            if match { return first - phrase.count }
        }
        return first
    }

    /// A figure from `from` through `to` with its qualifier.
    func addFigure(_ s: Int, _ from: Int, _ to: Int, _ value: String, _ unit: String?) {
        let list = tokens[s]
        let start = qualifierStart(s, from)
        for index in start...to { taken(s)[index] = true }
        add(Found(type: .figure, start: list[start].start, end: list[to].end, sentence: s, value: value, unit: unit))
    }

    func fractionText(_ value: Double) -> String { format((value * 100).rounded() / 100) }

    /// `quarter-point`, `a quarter point`, `a third of`, `two-thirds`, `almost half of`, `fourfold`.
    func fractionFigure(_ s: Int, _ i: Int) -> Int? {
        let list = tokens[s]
        let token = list[i]
        guard token.kind == .word else { return nil }
        // `a`/`an` (asked here for nearly every one) start a fraction only before a fraction noun (`a third of`).
        if token.key == K.a || token.key == K.an, !(i + 1 < list.count && Analyzer.fractionNouns[list[i + 1].key] != nil) { return nil }
        if token.hyphen {
            let head = headKey(token), tail = tailKey(token)
            // `quarter-point`, `half-point`
            if let fraction = Analyzer.fractionNouns[head], Analyzer.pointKeys.contains(tail) {
                addFigure(s, i, i, fractionText(fraction), "percentage points")
                return i + 1
            }
            // `two-thirds`, `three-quarters`
            if let whole = Lexicon.numberWords[head], let parts = Analyzer.fractionPlurals[tail], whole < parts {
                addFigure(s, i, i, fractionText(whole / parts), nil)
                return i + 1
            }
            // `four-fold`
            if tail == Analyzer.foldKey, let times = Lexicon.numberWords[head] {
                addFigure(s, i, i, format(times), "times")
                return i + 1
            }
            return nil
        }
        // `fourfold`, `tenfold`
        if token.end - token.start > 6, bytes[token.end - 4] == UInt8(ascii: "f"), bytes[token.end - 3] == UInt8(ascii: "o"),
           bytes[token.end - 2] == UInt8(ascii: "l"), bytes[token.end - 1] == UInt8(ascii: "d"),
           let times = Lexicon.numberWords[Lexicon.key(bytes, token.start, token.end - 4)] {
            addFigure(s, i, i, format(times), "times")
            return i + 1
        }
        if (token.key == K.a || token.key == K.an) && i + 2 < list.count, let fraction = Analyzer.fractionNouns[list[i + 1].key],
           list[i + 1].kind == .word {
            let next = list[i + 2]
            // `a quarter point`, `a half percentage point`
            if Analyzer.pointKeys.contains(next.key) {
                addFigure(s, i, i + 2, fractionText(fraction), "percentage points")
                return i + 3
            }
            if next.key == K.percentage, i + 3 < list.count, Analyzer.pointKeys.contains(list[i + 3].key) {
                addFigure(s, i, i + 3, fractionText(fraction), "percentage points")
                return i + 4
            }
            // `a third of the molecules`, `a quarter of China's economy` (not `a quarter of 2024`, `a third straight year`)
            if next.key == K.of, i + 3 < list.count, list[i + 3].kind == .word,
               !list[i + 3].upper || list[i + 3].key == K.the || i + 5 < list.count && isPossessive(s, i + 4) {
                addFigure(s, i, i + 1, fractionText(fraction), nil)
                return i + 2
            }
            return nil
        }
        // `by half a point`, `half a percentage point`, `a further half point` (not `the half point of the season`).
        if token.key == K.half, i + 1 < list.count, !(i > 0 && list[i - 1].key == K.the) {
            var k = i + 1
            if list[k].key == K.a, k + 1 < list.count { k += 1 }
            if list[k].key == K.percentage, k + 1 < list.count, Analyzer.pointKeys.contains(list[k + 1].key) { k += 1 }
            if list[k].kind == .word, Analyzer.pointKeys.contains(list[k].key) {
                addFigure(s, i, k, "0.5", "percentage points")
                return k + 1
            }
        }
        // `almost half of`: a bare `half` with a qualifier.
        if token.key == K.half, i + 1 < list.count, list[i + 1].key == K.of, qualifierStart(s, i) < i {
            addFigure(s, i, i, "0.5", nil)
            return i + 1
        }
        return nil
    }

    /// `three and a half`: the index of `half` after a number ending at `end`.
    func andAHalf(_ s: Int, _ end: Int) -> Int? {
        let list = tokens[s]
        guard end + 3 < list.count, list[end + 1].key == K.and, list[end + 2].key == K.a, list[end + 3].key == K.half else { return nil }
        return end + 3
    }

    /// `a two-term limit`, `a three-judge panel`: a spelled count written as a compound adjective.
    func isSpelledCompound(_ s: Int, _ i: Int, _ number: Double) -> Bool {
        let list = tokens[s]
        let token = list[i]
        guard number >= 2, i > 0, i + 1 < list.count, Analyzer.determiners.contains(list[i - 1].key) || list[i - 1].isIn(.qualifierWords) else { return false }
        let next = list[i + 1]
        guard next.kind == .word, !next.upper, !next.isIn(.commonWords) else { return false }
        let tail = tailKey(token)
        guard !Analyzer.nonCountTails.contains(tail) else { return false }
        let hyphen = Tokenizer.firstHyphen(bytes, token)
        let length = token.end - hyphen - 1
        guard length >= 3 else { return false }
        // Not a participle or adverb (`two-pronged`, `three-sided`, `one-ly`).
        let last = bytes[token.end - 1], before = bytes[token.end - 2]
        if before == UInt8(ascii: "e") && last == UInt8(ascii: "d") || before == UInt8(ascii: "l") && last == UInt8(ascii: "y") { return false }
        if length > 3, last == UInt8(ascii: "g"), before == UInt8(ascii: "n"), bytes[token.end - 3] == UInt8(ascii: "i") { return false }
        // Only letters after the hyphen.
        for index in (hyphen + 1)..<token.end where !(bytes[index] | 0x20 >= UInt8(ascii: "a") && bytes[index] | 0x20 <= UInt8(ascii: "z")) { return false }
        return true
    }

    /// `phase 2 trial`, `type 2 diabetes`, `Category 4`, `a successor to the 6502`, `Intel's contemporary 80386`,
    /// `GMT+6`: a number that labels or names rather than counts.
    func isLabelNumber(_ s: Int, _ i: Int) -> Bool {
        let list = tokens[s]
        let token = list[i]
        guard i > 0 else { return false }
        let previous = list[i - 1]
        if previous.kind == .word, Analyzer.labelWords.contains(previous.key), token.end - token.start <= 2, integer(token) != nil,
           !(i + 1 < list.count && (list[i + 1].kind == .punct && list[i + 1].mark == UInt8(ascii: "%") || list[i + 1].isIn(.measureUnits))) {
            return true
        }
        // `version 1.0`, `versions 2 and 3`, `the 2.x series`: software versions name a release, they count nothing.
        if previous.kind == .word, Analyzer.versionWords.contains(previous.key) { return true }
        if i + 2 < list.count, isPunct(list[i + 1], "."), !list[i + 1].space, !list[i + 2].space, list[i + 2].key == Analyzer.xKey { return true }
        // `GMT+6`, `UTC-5`
        if i >= 2, previous.kind == .punct, previous.mark == UInt8(ascii: "+") || isDash(previous), !previous.space, !token.space,
           list[i - 2].kind == .word, list[i - 2].isIn(.timeZones) {
            return true
        }
        // `"2 + 3 ="`: a number in an arithmetic expression (an operator written apart on either side) counts nothing.
        if i + 1 < list.count, list[i + 1].space, isOperator(list[i + 1]) || previous.kind == .punct && token.space && isOperator(previous) { return true }
        let digits = token.end - token.start
        // `the 9100A`: three or more digits with a capital letter run into them (not a multiplier: `4K`, `5M`) name a model.
        if digits >= 3, i + 1 < list.count, !list[i + 1].space, list[i + 1].kind == .word, list[i + 1].upper, list[i + 1].end - list[i + 1].start == 1,
           Lexicon.multipliers[list[i + 1].key] == nil, !list[i + 1].isIn(.measureUnits), integer(token) != nil { return true }
        // A model number: 4–5 plain digits, no year, after `the` or a possessive and adjective, with no unit after it.
        if digits >= 4, digits <= 5, let value = integer(token), !(1000...2199).contains(value),
           !(i + 1 < list.count && (isUnitAfter(s, i + 1) || list[i + 1].kind == .word && list[i + 1].upper)) {
            if previous.key == K.the { return true }
            if previous.kind == .word, !previous.upper, i >= 4, list[i - 2].key == K.s, isPossessive(s, i - 3) { return true }
        }
        return false
    }

    /// `+`, `=`, `×` written as one mark.
    func isOperator(_ token: Token) -> Bool {
        guard token.kind == .punct else { return false }
        if token.end - token.start == 1 { return token.mark == UInt8(ascii: "+") || token.mark == UInt8(ascii: "=") }
        return token.end - token.start == 2 && bytes[token.start] == 0xC3 && bytes[token.start + 1] == 0x97
    }

    /// `an 8-1 vote`, `a 5-4 majority`: a tally as one figure.
    func tallyFigure(_ s: Int, _ i: Int) -> Int? {
        let list = tokens[s]
        // `The final vote was 11 to 1.`: a tally noun, a copula, and `A to B` closing the clause.
        if i >= 2, i + 3 < list.count, list[i + 1].key == K.to, list[i + 2].kind == .number, list[i + 3].kind == .punct,
           list[i - 1].key == K.was || list[i - 1].key == K.is_ || list[i - 1].key == K.were,
           Analyzer.tallyNouns.contains(list[i - 2].key), let a = integer(list[i]), let b = integer(list[i + 2]), a <= 999, b <= 999 {
            addFigure(s, i, i + 2, "\(a)-\(b)", text(list[i - 2]))
            return i + 3
        }
        guard i + 3 < list.count, isDash(list[i + 1]), !list[i + 1].space, !list[i + 2].space, list[i + 2].kind == .number,
              let a = integer(list[i]), let b = integer(list[i + 2]), a <= 999, b <= 999,
              list[i + 3].kind == .word, Analyzer.tallyNouns.contains(list[i + 3].key) else { return nil }
        addFigure(s, i, i + 2, "\(a)-\(b)", text(list[i + 3]))
        return i + 3
    }

    /// After a figure found at `i` (the last of `found`, ending before token `next`): `between A and B` or
    /// `A to B` with one unit is one range figure. Returns the index after the figure or range.
    func joinRange(_ s: Int, _ i: Int, _ next: Int, _ countBefore: Int) -> Int {
        let list = tokens[s]
        guard found.count == countBefore + 1, found[countBefore].type == .figure, next + 1 < list.count, !taken(s)[next + 1] else { return next }
        let connector = list[next].key
        guard connector == K.and || connector == K.to else { return next }
        let first = found[countBefore]
        var k = i
        while k > 0, list[k].start > first.start { k -= 1 }
        guard k > 0 else { return next }
        let lead = list[k - 1]
        if connector == K.and { guard lead.key == K.between else { return next } }
        else {
            // `Estimates range from $7 billion to $10 billion`: a range verb before `from`.
            let rangeFrom = lead.key == K.from && k >= 2 && Analyzer.rangeVerbs.contains(list[k - 2].key)
            guard Analyzer.rangeLeads.contains(lead.key) || lead.key == K.by || rangeFrom, first.unit != nil else { return next }
        }
        // `£13.2 billion to £13.4 billion`: the second number's currency symbol starts it.
        var second = next + 1
        if list[second].kind == .punct, Analyzer.currencySymbols[list[second].mark] != nil, second + 1 < list.count { second += 1 }
        guard let after = figure(s, second) else { return next }
        guard found.count == countBefore + 2, found[countBefore + 1].type == .figure, let unit = found[countBefore + 1].unit,
              first.unit == nil || first.unit == unit || first.unit.map({ unit.hasPrefix(currencyName($0) + " per ") }) == true else { return after }
        let upper = found[countBefore + 1]
        if connector == K.to {
            guard let a = Double(first.value ?? ""), let b = Double(upper.value ?? ""), b > a else { return after }
            // `rose by 15% to 20%` is a range; `rose by 0.2% to 4.1%` is a change and a level.
            if lead.key == K.by, b > 2 * a { return after }
        }
        let start = connector == K.and ? k - 1 : k
        for index in start..<next + 1 { taken(s)[index] = true }
        found.removeLast(2)
        add(Found(type: .figure, start: list[start].start, end: upper.end, sentence: s,
                  value: (first.value ?? "") + "-" + (upper.value ?? ""), unit: unit))
        return after
    }

    // MARK: dates

    /// `the July-September quarter`: a stretch of months as one date.
    func monthRange(_ s: Int, _ i: Int) -> Int? {
        let list = tokens[s]
        let token = list[i]
        guard token.upper, upperAfterHyphen(token), let m1 = Lexicon.monthNumbers[headKey(token)], let m2 = Lexicon.monthNumbers[tailKey(token)],
              m1 != m2 else { return nil }
        if i + 1 < list.count, let y = year(s, i + 1) {
            addDate(s, i, i + 1, "\(y)-\(two(m1))/\(y)-\(two(m2))")
            return i + 2
        }
        addDate(s, i, i, "--\(two(m1))/--\(two(m2))")
        return i + 1
    }

    /// `February election`, `July is the most likely timing`: an unambiguous month name as a modifier or subject.
    func monthAsWord(_ s: Int, _ i: Int, _ m: Int, _ monthEnd: Int) -> Int? {
        let list = tokens[s]
        let token = list[i]
        guard monthEnd == i, i > firstWordIndex(s), token.isIn(.fullMonthNames), !token.isIn(.ambiguousMonths), i + 1 < list.count else { return nil }
        let previous = list[i - 1]
        if previous.isIn(.datePrepositions) || previous.kind == .word && previous.upper { return nil }
        let next = list[i + 1]
        guard next.kind == .word, !next.upper else { return nil }
        if !Analyzer.monthCopulas.contains(next.key) {
            guard !next.isIn(.commonWords), !Lexicon.stanceVerbs.contains(next.key), !next.isIn(.stanceVerbs), !next.isIn(.measureUnits),
                  i + 2 < list.count, list[i + 2].kind == .word || isPunct(list[i + 2], ",") || isPunct(list[i + 2], ".") else { return nil }
            let last = bytes[next.end - 1], before = bytes[next.end - 2]
            if before == UInt8(ascii: "e") && last == UInt8(ascii: "d") || before == UInt8(ascii: "l") && last == UInt8(ascii: "y") { return nil }
        }
        addDate(s, i, i, "--\(two(m))")
        return i + 1
    }

    /// `August last year`, `March next year`, `June this year`: one date.
    func monthOfRelativeYear(_ s: Int, _ i: Int, _ m: Int, _ monthEnd: Int) -> Int? {
        let list = tokens[s]
        guard monthEnd + 2 < list.count, list[monthEnd + 2].key == K.year else { return nil }
        let word = list[monthEnd + 1].key
        guard word == K.last || word == K.next || word == K.this else { return nil }
        guard i > 0 && list[i - 1].isIn(.datePrepositions) || list[i].isIn(.fullMonthNames) && !list[i].isIn(.ambiguousMonths) else { return nil }
        addDate(s, i, monthEnd + 2, nil)
        relatives.append((found.count - 1, .monthOfYear(m, yearOffset: word == K.last ? -1 : word == K.next ? 1 : 0)))
        return monthEnd + 3
    }

    /// `DHAKA, Dec 11 (Reuters) -`: a day without a year early in the text, after a capitalised place and a comma
    /// or before a bracket.
    func noteDateline(_ s: Int, _ i: Int, _ dayEnd: Int, _ m: Int, _ d: Int) {
        guard dateline == nil, read.sentences[s].paragraph < 6, i <= firstWordIndex(s) + 6 else { return }
        let list = tokens[s]
        let afterPlace = i >= 2 && isPunct(list[i - 1], ",") && list[i - 2].kind == .word && list[i - 2].allCaps
        let beforeBracket = dayEnd + 1 < list.count && (isPunct(list[dayEnd + 1], "(") || isDash(list[dayEnd + 1]))
        if afterPlace || beforeBracket { dateline = (s, m, d) }
    }

    /// The year of a dateline without one: `Month last year` beside `Month YYYY` gives YYYY + 1.
    func datelineYear() -> Int? {
        for (index, relative) in relatives {
            guard case let .monthOfYear(m, offset) = relative else { continue }
            _ = index
            for fact in found where fact.type == .date {
                guard let value = fact.value, value.utf8.count == 7, value.utf8.first != UInt8(ascii: "-") else { continue }
                let parts = value.split(separator: "-")
                if parts.count == 2, let y = Int(parts[0]), Int(parts[1]) == m { return y - offset }
            }
        }
        return nil
    }

    /// The ISO week (`2025-W50`) of the day `offset` weeks from the given one.
    static func isoWeek(_ date: (Int, Int, Int), offset: Int) -> String {
        let count = CalendarMath.days(date.0, date.1, date.2) + 7 * offset
        let weekday = ((count % 7) + 7 + 3) % 7 // 0 = Monday
        let thursday = count - weekday + 3
        let (y, _, _) = CalendarMath.civil(thursday)
        let week = (thursday - CalendarMath.days(y, 1, 1)) / 7 + 1
        return "\(y)-W\(week < 10 ? "0" : "")\(week)"
    }
}
