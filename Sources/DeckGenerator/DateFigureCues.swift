/// More date and figure patterns, kept apart from the main scanners: `third-quarter` and
/// `the third quarter` without a year (the byline's year), `mid-January` (`mid-January 2026`),
/// a day after `to`/`ended` (`the three months to September 30`), `that June`; partitive
/// counts (`two of the company's four factories`) and numbers inside codes (`X3.9.2`,
/// `System/360`), which are not figures.
extension Analyzer {
    static let dayAnchors = Lexicon.set(Lexicon.split("to ended ending through until till on by since from before after"))

    /// A hyphenated date word at `i`: `third-quarter`, `mid-January` (with a year after it, one date).
    func hyphenatedDate(_ s: Int, _ i: Int) -> Int? {
        let list = tokens[s]
        let token = list[i]
        let head = headKey(token)
        if let next = monthRange(s, i) { return next }
        if let q = Analyzer.ordinalWords[head], tailKey(token) == K.quarter {
            addDate(s, i, i, nil)
            relatives.append((found.count - 1, .quarter(q)))
            return i + 1
        }
        if head == K.mid, let m = Lexicon.monthNumbers[tailKey(token)], upperAfterHyphen(token) {
            if i + 1 < list.count, let y = year(s, i + 1) {
                addDate(s, i, i + 1, "\(y)-\(two(m))")
                return i + 2
            }
            addDate(s, i, i, "--\(two(m))")
            return i + 1
        }
        return nil
    }

    func upperAfterHyphen(_ token: Token) -> Bool {
        let hyphen = Tokenizer.firstHyphen(bytes, token)
        return hyphen + 1 < token.end && bytes[hyphen + 1] >= UInt8(ascii: "A") && bytes[hyphen + 1] <= UInt8(ascii: "Z")
    }

    /// `the third quarter` without a year: a quarter of the byline's year.
    func quarterWithoutYear(_ s: Int, _ i: Int) -> Int? {
        let list = tokens[s]
        guard i > 0, list[i - 1].key == K.the, !taken(s)[i - 1], let q = Analyzer.ordinalWords[list[i].key], i + 1 < list.count,
              list[i + 1].key == K.quarter else { return nil }
        // `the third quarter of 2024` is read by `seasonOrQuarter`; `the third quarter in a row` is no date either way.
        if i + 2 < list.count, list[i + 2].key == K.of { return nil }
        addDate(s, i - 1, i + 1, nil)
        relatives.append((found.count - 1, .quarter(q)))
        return i + 2
    }

    /// `the three months to September 30`, `quarter ended June 30`: a day after these words is a date
    /// even before a noun.
    func isAnchoredDay(_ s: Int, _ i: Int) -> Bool {
        i > 0 && tokens[s][i - 1].kind == .word && Analyzer.dayAnchors.contains(tokens[s][i - 1].key)
    }

    /// `that June`: a month pointed back to.
    func monthAfterThat(_ s: Int, _ i: Int, _ m: Int, _ monthEnd: Int) -> Int? {
        let list = tokens[s]
        guard i > 0, list[i - 1].key == K.that, list[i].isIn(.fullMonthNames), !list[i].isIn(.ambiguousMonths) else { return nil }
        addDate(s, i - 1, monthEnd, "--\(two(m))")
        return monthEnd + 1
    }

    /// `committee X3.9.2`, `System/360`: a number glued to a word by a dot or slash is part of a code or name.
    func isCodeNumber(_ s: Int, _ i: Int) -> Bool {
        let list = tokens[s]
        guard i >= 2, !list[i].space, !list[i - 1].space, list[i - 2].kind == .word else { return false }
        let word = list[i - 2]
        if isPunct(list[i - 1], "/") { return word.upper && !word.allCaps || word.nameLike && !word.allCaps }
        if isPunct(list[i - 1], ".") {
            // `X3.9.2`: a word ending in a digit, then a dotted number (not `Rs17.57`).
            let endsWithDigit = bytes[word.end - 1] >= 0x30 && bytes[word.end - 1] <= 0x39
            var dotted = false
            for index in list[i].start..<list[i].end where bytes[index] == UInt8(ascii: ".") { dotted = true; break }
            return endsWithDigit && word.upper && (dotted || i + 2 < list.count && isPunct(list[i + 1], ".") && !list[i + 1].space && list[i + 2].kind == .number)
        }
        return false
    }

    /// `two of Brightwater's four factories`, `three of the five plants`: the noun the part counts.
    func partitiveNoun(_ s: Int, _ of: Int) -> Int? {
        let list = tokens[s]
        var k = of + 1
        guard k < list.count else { return nil }
        if list[k].key == K.the || list[k].key == K.its || list[k].key == K.their || list[k].key == K.his || list[k].key == K.her {
            k += 1
            // `Two of the directors who …`: a part of a plural noun's whole.
            if k + 1 < list.count, list[k].kind == .word, !list[k].upper, !list[k].isIn(.commonWords), isPluralNoun(list[k]),
               list[k + 1].kind != .word || list[k + 1].key == K.who || list[k + 1].key == K.that || list[k + 1].isIn(.auxiliaries) {
                return k
            }
        }
        else if list[k].kind == .word, list[k].nameLike, isPossessive(s, k + 1) { k += 3 }
        else if list[k].kind != .number && Lexicon.numberWords[list[k].key] == nil { return nil } // `Thirty-two of 41 economists`, `Five of six groups`
        guard k + 1 < list.count, list[k].kind == .number || Lexicon.numberWords[list[k].key] != nil && list[k].kind == .word else { return nil }
        let noun = list[k + 1]
        guard noun.kind == .word, !noun.upper, !noun.isIn(.commonWords) else { return nil }
        return k + 1
    }

    /// `scheduled for September`: an unambiguous month name after `for` (not `for May`, `for June Carter`).
    func isMonthAfterFor(_ s: Int, _ i: Int) -> Bool {
        let list = tokens[s]
        guard i > 0, list[i - 1].key == K.for_, list[i].isIn(.fullMonthNames), !list[i].isIn(.ambiguousMonths) else { return false }
        return !(i + 1 < list.count && list[i + 1].kind == .word && list[i + 1].upper)
    }
}

/// Weekdays: `since Thursday`, `Thursday's deal` (besides `on`/`last`/`next Thursday`), and their days:
/// `Thursday` the last one on or before the document's day, `last Thursday` the one before it, `next
/// Thursday` the one after it.
extension Analyzer {
    static let weekdayPrepositions = Lexicon.set(Lexicon.split("since until till by"))
    static let sinceKey: UInt64 = 0x2B827D4F5E0ADA9D // since

    /// The ISO day of a `.weekday` value (1–7 on or before, 8–14 before, 15–21 after the anchor).
    static func weekdayDate(_ code: Int, anchor: (Int, Int, Int)) -> String {
        let weekday = (code - 1) % 7 + 1
        guard code > 7 else { return CalendarMath.previousWeekday(weekday, onOrBefore: anchor) }
        let count = CalendarMath.days(anchor.0, anchor.1, anchor.2)
        let shifted = CalendarMath.civil(code > 14 ? count + 7 : count - 1)
        let day = CalendarMath.previousWeekday(weekday, onOrBefore: shifted)
        return day
    }
}
