import FactdeckModel

/// Dates: ISO days, `July 29, 2011`, `29 July 2011`, `12.01.2025`, `December, 2024`,
/// years, decades, seasons, quarters, centuries, and relative dates pinned by the byline.
extension Analyzer {
    static let ordinalSuffixes = Lexicon.set(["st", "nd", "rd", "th"])
    static let ordinalWords: KeyMap<Int> = [Lexicon.key("first"): 1, Lexicon.key("second"): 2, Lexicon.key("third"): 3, Lexicon.key("fourth"): 4]
    static let timeZones = Lexicon.set(Lexicon.split("gmt utc bst cet cest est edt pst pdt cst cdt et pt jst ist msk hrs h"))
    /// Words that may start a date; others are skipped at once.
    static let dateTriggers: KeySet = {
        var words = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                     "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "next", "this",
                     "previous", "coming", "past", "spring", "summer", "autumn", "fall", "winter", "q1", "q2", "q3", "q4",
                     "first", "second", "third", "fourth", "fiscal", "the", "early", "mid", "late", "mid-", "current"]
        words += ["that", "today", "yesterday"]
        return Lexicon.set(words)
    }()
    static let seasonPrepositions = Lexicon.set(Lexicon.split("in during over until till through throughout by since before after"))
    static let fallKey: UInt64 = 0xEF0C40791683C020 // fall
    static let quarterWords: KeyMap<Int> = [Lexicon.key("q1"): 1, Lexicon.key("q2"): 2, Lexicon.key("q3"): 3, Lexicon.key("q4"): 4]

    /// A month name at `i`: its number and the index of its last token (an abbreviation's dot included).
    func month(_ s: Int, _ i: Int) -> (Int, Int)? {
        let list = tokens[s]
        let token = list[i]
        guard token.kind == .word, token.upper, let number = Lexicon.monthNumbers[token.key] else { return nil }
        var last = i
        let isFull = token.isIn(.fullMonthNames)
        if !isFull {
            // Abbreviations: `Jan.`, `Sept`, but `Mar`, `Dec` only before a day or year.
            if i + 1 < list.count, isPunct(list[i + 1], "."), !list[i + 1].space { last = i + 1 }
            else if !(i + 1 < list.count && list[i + 1].kind == .number) { return nil }
        }
        return (number, last)
    }

    /// A day number (1–31, `5th`) at `i`: the day and its last token.
    func day(_ s: Int, _ i: Int) -> (Int, Int)? {
        let list = tokens[s]
        guard i < list.count, let value = integer(list[i]), digitsCount(list[i]) <= 2, (1...31).contains(value) else { return nil }
        if i + 1 < list.count, !list[i + 1].space, list[i + 1].kind == .word, list[i + 1].isIn(.ordinalSuffixes) {
            return (value, i + 1)
        }
        if i + 1 < list.count, !list[i + 1].space, list[i + 1].kind == .word { return nil }
        return (value, i)
    }

    func year(_ s: Int, _ i: Int) -> Int? {
        let list = tokens[s]
        guard i < list.count, digitsCount(list[i]) == 4, let value = integer(list[i]), (1000...2199).contains(value) else { return nil }
        if i + 1 < list.count, !list[i + 1].space, list[i + 1].kind == .word { return nil }
        return value
    }

    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    func addDate(_ s: Int, _ from: Int, _ to: Int, _ value: String?) {
        for index in from...to { taken(s)[index] = true }
        add(Found(type: .date, start: tokens[s][from].start, end: tokens[s][to].end, sentence: s, value: value))
    }

    /// The year of `FY25` or `FY2025` (two digits are this century's), else nil.
    func fiscalYearAbbreviation(_ token: Token) -> Int? {
        let length = token.end - token.start
        guard length == 4 || length == 6, bytes[token.start] == UInt8(ascii: "F"), bytes[token.start + 1] == UInt8(ascii: "Y") else { return nil }
        var value = 0
        for index in (token.start + 2)..<token.end {
            guard Tokenizer.isDigit(bytes[index]) else { return nil }
            value = value * 10 + Int(bytes[index] - 0x30)
        }
        return length == 4 ? 2000 + value : value
    }

    func findDates(_ s: Int) {
        let list = tokens[s]
        let count = list.count
        // The flags' memory, read as the rules below mark tokens taken.
        let takenFlags = taken(s)
        var i = 0
        while i < count {
            // Every rule below starts at a number, a date word, a hyphenated word or a capitalised word of four or six
            // letters (`FY25`, `FY2026`; other capitalised words reach no rule): other words and marks are skipped on
            // their flags, before anything else is read.
            if takenFlags[i] || list[i].kind != .number && !list[i].hyphen && !list[i].isIn(.dateTriggers)
                && !(list[i].upper && (list[i].end - list[i].start == 4 || list[i].end - list[i].start == 6)) { i += 1; continue }
            let token = list[i]
            if token.hyphen, token.kind == .word, let next = hyphenatedDate(s, i) { i = next; continue }
            if token.kind == .number {
                if let next = numericDate(s, i) { i = next; continue }
                if let next = dayFirstDate(s, i) { i = next; continue }
                if let next = decade(s, i) { i = next; continue }
                if let next = century(s, i) { i = next; continue }
                if let next = plainYear(s, i) { i = next; continue }
            } else if token.key == K.the || token.key == K.that {
                // The most common triggers by far; of the rules below only these read them
                // (`the 1990s`; `the end of the year`, `the same year`, `that summer`).
                // (`decade` needs a number or a decade qualifier after `the`; `textPinnedDate` reads `the` and `that`
                // only before one of `anaphorSecondWords`.)
                if token.key == K.the, i + 1 < count, list[i + 1].kind == .number || list[i + 1].isIn(.decadeQualifiers),
                   let next = decade(s, i) { i = next; continue }
                if i + 1 < count, Analyzer.anaphorSecondWords.contains(list[i + 1].key),
                   let next = textPinnedDate(s, i) { i = next; continue }
            } else if token.kind == .word, token.isIn(.dateTriggers) {
                if let next = monthFirstDate(s, i) { i = next; continue }
                if let next = relativeDate(s, i) { i = next; continue }
                if let next = seasonOrQuarter(s, i) { i = next; continue }
                if token.key == K.the, let next = decade(s, i) { i = next; continue }
                if token.isIn(.decadeQualifiers), let next = decade(s, i) { i = next; continue }
                if let next = textPinnedDate(s, i) { i = next; continue }
            } else if token.kind == .word, token.upper, let year = fiscalYearAbbreviation(token) {
                // `FY25`, `FY2026`: a fiscal year written short.
                addDate(s, i, i, String(year))
            } else if token.kind == .word, token.hyphen, Lexicon.decadeQualifiers.contains(headKey(token)) {
                if let value = hyphenatedDecade(token) {
                    // `mid-1970s` written as one word.
                    addDate(s, i > 0 && list[i - 1].key == K.the && !taken(s)[i - 1] ? i - 1 : i, i, "\(value / 10)X")
                } else if let year = hyphenatedYear(token) {
                    // `by mid-2025`
                    addDate(s, i, i, String(year))
                }
            }
            i += 1
        }
    }

    /// `12.01.2025` (day first), `2025-01-12`, `1/12/2025`.
    func numericDate(_ s: Int, _ i: Int) -> Int? {
        let list = tokens[s]
        let token = list[i]
        // A number token with two dots: d.m.yyyy (most numbers have none: no string is made for them).
        var dots = 0
        for index in token.start..<token.end where bytes[index] == UInt8(ascii: ".") { dots += 1 }
        if dots == 2 {
            let parts = text(token).split(separator: ".")
            if parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), parts[2].count == 4,
               (1...31).contains(d), (1...12).contains(m) {
                europeanDayFirst = true
                addDate(s, i, i, "\(y)-\(two(m))-\(two(d))")
                fullDates.append((s, y, m, d))
                return i + 1
            }
        }
        guard i + 4 < list.count else { return nil }
        let sep1 = list[i + 1], b = list[i + 2], sep2 = list[i + 3], c = list[i + 4]
        guard !sep1.space, !b.space, !sep2.space, !c.space, b.kind == .number, c.kind == .number else { return nil }
        if let y = year(s, i), isDash(sep1), isDash(sep2), let m = integer(b), let d = integer(c),
           (1...12).contains(m), (1...31).contains(d), digitsCount(b) == 2, digitsCount(c) == 2 {
            addDate(s, i, i + 4, "\(y)-\(two(m))-\(two(d))")
            fullDates.append((s, y, m, d))
            return i + 5
        }
        if isPunct(sep1, "/"), isPunct(sep2, "/"), let first = integer(token), let second = integer(b),
           let y = integer(c), digitsCount(c) == 4 {
            var m = first, d = second
            if first > 12 || europeanDayFirst && second <= 12 { m = second; d = first }
            guard (1...12).contains(m), (1...31).contains(d) else { return nil }
            addDate(s, i, i + 4, "\(y)-\(two(m))-\(two(d))")
            fullDates.append((s, y, m, d))
            return i + 5
        }
        return nil
    }

    /// `29 July 2011`, `29th of July, 2011`, `5 January`.
    func dayFirstDate(_ s: Int, _ i: Int) -> Int? {
        let list = tokens[s]
        guard let (d, dayEnd) = day(s, i) else { return nil }
        var j = dayEnd + 1
        if j < list.count, list[j].key == K.of { j += 1 }
        guard j < list.count, let (m, monthEnd) = month(s, j) else { return nil }
        var k = monthEnd + 1
        if k < list.count, isPunct(list[k], ",") { k += 1 }
        if let y = year(s, k) {
            addDate(s, i, k, "\(y)-\(two(m))-\(two(d))")
            fullDates.append((s, y, m, d))
            return k + 1
        }
        addDate(s, i, monthEnd, "--\(two(m))-\(two(d))")
        return monthEnd + 1
    }

    /// `July 29, 2011`, `January 5`, `December, 2024`, `December 2024`, `in May`.
    func monthFirstDate(_ s: Int, _ i: Int) -> Int? {
        let list = tokens[s]
        guard let (m, monthEnd) = month(s, i) else { return nil }
        var j = monthEnd + 1
        if let (d, dayEnd) = (j < list.count ? day(s, j) : nil) {
            var k = dayEnd + 1
            if k < list.count, isPunct(list[k], ",") { k += 1 }
            if let y = year(s, k) {
                addDate(s, i, k, "\(y)-\(two(m))-\(two(d))")
                fullDates.append((s, y, m, d))
                return k + 1
            }
            noteDateline(s, i, dayEnd, m, d)
            if let next = dayOfThatYear(s, i, dayEnd, m, d) { return next } // `May 22 that year`
            // `Nov. 30 last year`: one date in the year before the document's.
            if dayEnd + 2 < list.count, list[dayEnd + 2].key == K.year, list[dayEnd + 1].key == K.last || list[dayEnd + 1].key == K.next || list[dayEnd + 1].key == K.this {
                let word = list[dayEnd + 1].key
                addDate(s, i, dayEnd + 2, nil)
                relatives.append((found.count - 1, .dayOfYear(m, d, yearOffset: word == K.last ? -1 : word == K.next ? 1 : 0)))
                return dayEnd + 3
            }
            // `November 6-7`: a stretch of days is one date (its second day no figure).
            var dayEnd = dayEnd
            if dayEnd + 2 < list.count, isDash(list[dayEnd + 1]), !list[dayEnd + 1].space, !list[dayEnd + 2].space,
               let second = integer(list[dayEnd + 2]), second > d, second <= 31 { dayEnd += 2 }
            if isAnchoredDay(s, i) {
                addDate(s, i, dayEnd, "--\(two(m))-\(two(d))")
                return secondDayAfter(s, dayEnd, m, d) ?? dayEnd + 1
            }
            // `May 5 people` is no date: a day must not be followed by a noun, unless the date is
            // itself a modifier after an article (`the June 30 deadline`).
            let determined = i > 0 && (list[i - 1].key == K.the || list[i - 1].key == K.a || list[i - 1].key == K.its || list[i - 1].key == K.their)
            if dayEnd + 1 < list.count, list[dayEnd + 1].kind == .word, !list[dayEnd + 1].upper,
               !list[dayEnd + 1].isIn(.commonWords), !determined || looksPlural(list[dayEnd + 1]) { return nil }
            addDate(s, i, dayEnd, "--\(two(m))-\(two(d))")
            return secondDayAfter(s, dayEnd, m, d) ?? dayEnd + 1
        }
        if j < list.count, isPunct(list[j], ","), year(s, j + 1) != nil { j += 1 }
        if let y = year(s, j) {
            addDate(s, i, j, "\(y)-\(two(m))")
            return j + 1
        }
        if let next = monthAfterThat(s, i, m, monthEnd) { return next }
        if let next = monthOfRelativeYear(s, i, m, monthEnd) { return next }
        if let next = monthAsWord(s, i, m, monthEnd) { return next }
        // A month alone: only after a date preposition (`in May`, `since March`), never sentence-first `May`.
        guard i > 0, list[i - 1].isIn(.datePrepositions) || isPunct(list[i - 1], ",") && list[i].isIn(.fullMonthNames) && !list[i].isIn(.ambiguousMonths)
                || isMonthAfterFor(s, i) else { return nil }
        if list[i - 1].isIn(.relativeWords) { return nil } // handled as relative
        addDate(s, i, monthEnd, "--\(two(m))")
        return monthEnd + 1
    }

    /// `the 1990s`, `the late 1990s`, `mid-1980s`.
    func decade(_ s: Int, _ i: Int) -> Int? {
        let list = tokens[s]
        var j = i
        if list[j].key == K.the { j += 1 }
        if j < list.count, list[j].isIn(.decadeQualifiers) {
            j += 1
            if j < list.count, isDash(list[j]), !list[j].space { j += 1 }
        }
        guard j + 1 < list.count, digitsCount(list[j]) == 4, let value = integer(list[j]), value % 10 == 0,
              (1000...2190).contains(value), list[j + 1].key == K.s, !list[j + 1].space else {
            // `1990’s`
            if j + 2 < list.count, digitsCount(list[j]) == 4, let value = integer(list[j]), value % 10 == 0,
               isApostrophe(list[j + 1]), list[j + 2].key == K.s, !list[j + 1].space {
                addDate(s, i, j + 2, "\(value / 10)X")
                return j + 3
            }
            return nil
        }
        addDate(s, i, j + 1, "\(value / 10)X")
        return j + 2
    }

    /// `mid-1970s` as one token: the decade's first year.
    func hyphenatedDecade(_ token: Token) -> Int? {
        var index = token.start
        while index < token.end, bytes[index] != UInt8(ascii: "-") { index += 1 }
        guard token.end - index == 6, bytes[token.end - 1] == UInt8(ascii: "s") else { return nil }
        var value = 0
        for k in (index + 1)..<(index + 5) {
            guard bytes[k] >= 0x30, bytes[k] <= 0x39 else { return nil }
            value = value * 10 + Int(bytes[k] - 0x30)
        }
        return value % 10 == 0 && (1000...2190).contains(value) ? value : nil
    }

    /// `the 19th century` → `18`.
    func century(_ s: Int, _ i: Int) -> Int? {
        let list = tokens[s]
        guard let value = integer(list[i]), value >= 1, value <= 22, i + 2 < list.count,
              list[i + 1].isIn(.ordinalSuffixes), !list[i + 1].space,
              list[i + 2].key == K.century else { return nil }
        // `21st Century Fox`: a capitalised `Century` before another name word is part of a name.
        // (Not before an abbreviation: `What 20th Century U.S. President …`.)
        if list[i + 2].upper, i + 3 < list.count, list[i + 3].kind == .word, list[i + 3].upper, !list[i + 3].allCaps, list[i + 3].space { return nil }
        var from = i
        if i > 0, list[i - 1].key == K.the { from = i - 1 }
        addDate(s, from, i + 2, two(value - 1))
        return i + 3
    }

    /// A year standing alone, and a range `2007–2011` / `2010-11` as two dates.
    func plainYear(_ s: Int, _ i: Int) -> Int? {
        let list = tokens[s]
        guard let y = year(s, i) else { return nil }
        let previous = i > 0 ? list[i - 1] : nil
        let afterDatePreposition = previous.map { $0.isIn(.datePrepositions) || $0.isIn(.month) } ?? false
        if y < 1500 && !afterDatePreposition { return nil }
        // Currency or a qualifier before it makes it an amount.
        if let previous, previous.kind == .punct, !list[i].space, previous.mark != UInt8(ascii: "(") && !isDash(previous) && !isQuote(previous) { return nil }
        if i + 1 < list.count {
            let next = list[i + 1]
            if next.kind == .punct, next.mark == UInt8(ascii: "%") { return nil }
            // `1200 GMT`: a time of day.
            if next.kind == .word, next.isIn(.timeZones) { taken(s)[i] = true; return i + 1 }
            if next.kind == .word, !next.upper, !afterDatePreposition,
               next.isIn(.measureUnits) || Lexicon.multipliers[next.key] != nil || looksPlural(next) { return nil }
        }
        // Part of a name: `Vision 2030`, `Windows 2000`.
        if let previous, previous.kind == .word, previous.nameLike,
           Lexicon.monthNumbers[previous.key] == nil, !previous.isIn(.commonWords),
           Lexicon.seasons[previous.key] == nil {
            taken(s)[i] = true
            return i + 1
        }
        addDate(s, i, i, "\(y)")
        if i + 2 < list.count, isDash(list[i + 1]), !list[i + 1].space || !list[i + 2].space {
            if let second = year(s, i + 2), second > y {
                addDate(s, i + 2, i + 2, "\(second)")
                return i + 3
            }
            if digitsCount(list[i + 2]) == 2, let short = integer(list[i + 2]), short > y % 100, !list[i + 2].space {
                addDate(s, i + 2, i + 2, "\(y / 100 * 100 + short)")
                return i + 3
            }
        }
        return i + 1
    }

    func looksPlural(_ token: Token) -> Bool {
        guard token.kind == .word, token.end - token.start >= 4, bytes[token.end - 1] == UInt8(ascii: "s") else { return false }
        let previous = bytes[token.end - 2]
        if previous == UInt8(ascii: "s") || previous == UInt8(ascii: "u") || previous == UInt8(ascii: "i") { return false }
        return !token.isIn(.commonWords)
    }

    /// `last December`, `last year`, `this month`, `on Monday`.
    func relativeDate(_ s: Int, _ i: Int) -> Int? {
        let list = tokens[s]
        let token = list[i]
        if token.isIn(.weekdays), token.upper {
            // `on Thursday`, `last Thursday`, `next Thursday`, `since Thursday`, `Thursday's deal`.
            let before = i > 0 ? list[i - 1].key : 0
            let relative = before == K.last || before == K.next
            guard relative || before == K.on || Analyzer.weekdayPrepositions.contains(before) || isPossessive(s, i + 1) else { return nil }
            let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
            let weekday = (names.firstIndex { Lexicon.key($0) == token.key } ?? 0) + 1
            let from = relative ? i - 1 : i
            // `On Monday last week`: one date, the weekday before the document's day.
            if !relative, i + 2 < list.count, list[i + 1].key == K.last, list[i + 2].key == Analyzer.weekKey {
                addDate(s, from, i + 2, nil)
                relatives.append((found.count - 1, .weekday(weekday + 7)))
                return i + 3
            }
            addDate(s, from, i, nil)
            // `would have access to their money by Monday`, `talks will resume on Monday`: a day to come (not `since`).
            if !relative, before != Analyzer.sinceKey, isComingDay(s, i) {
                relatives.append((found.count - 1, .anchored(.comingWeekday(weekday))))
                return i + 1
            }
            // `.weekday` holds 1–7 (on or before the document's day), 8–14 (`last`: before it), 15–21 (`next`: after it).
            relatives.append((found.count - 1, .weekday(weekday + (before == K.last ? 7 : before == K.next ? 14 : 0))))
            return i + 1
        }
        // `the current year`: as `this year`, with its article.
        if token.key == K.current, i > 0, list[i - 1].key == K.the, i + 1 < list.count, list[i + 1].key == K.year || list[i + 1].key == K.month {
            addDate(s, i - 1, i + 1, nil)
            relatives.append((found.count - 1, list[i + 1].key == K.year ? .year(offset: 0) : .monthUnit(offset: 0)))
            return i + 2
        }
        guard token.isIn(.relativeWords), i + 1 < list.count else { return nil }
        let offset = token.key == K.next ? 1 : (token.key == K.this ? 0 : -1)
        let next = list[i + 1]
        if let m = Lexicon.monthNumbers[next.key], next.isIn(.fullMonthNames), next.upper {
            addDate(s, i, i + 1, nil)
            relatives.append((found.count - 1, .month(m, offset: offset)))
            return i + 2
        }
        // `last night`: the day before the document's.
        if next.key == Analyzer.nightKey, token.key == K.last {
            addDate(s, i, i + 1, nil)
            relatives.append((found.count - 1, .anchored(.dayBefore)))
            return i + 2
        }
        if next.key == K.year {
            addDate(s, i, i + 1, nil)
            relatives.append((found.count - 1, .year(offset: offset)))
            return i + 2
        }
        if next.key == K.month {
            addDate(s, i, i + 1, nil)
            relatives.append((found.count - 1, .monthUnit(offset: offset)))
            return i + 2
        }
        if next.key == Analyzer.weekKey, token.key == K.this || token.key == K.last || token.key == K.next {
            addDate(s, i, i + 1, nil)
            relatives.append((found.count - 1, .week(offset: offset)))
            return i + 2
        }
        if let season = Lexicon.seasons[next.key] {
            addDate(s, i, i + 1, nil)
            relatives.append((found.count - 1, .season(season, offset: offset)))
            return i + 2
        }
        return nil
    }

    /// `summer 2023`, `the summer of 2023`, `Q1 2024`, `the first quarter of 2024`, `fiscal 2024`.
    func seasonOrQuarter(_ s: Int, _ i: Int) -> Int? {
        let list = tokens[s]
        let token = list[i]
        func yearAfter(_ j: Int) -> (Int, Int)? {
            var k = j
            if k < list.count, list[k].key == K.of { k += 1 }
            if k < list.count, isPunct(list[k], ",") { k += 1 }
            if let y = year(s, k) { return (y, k) }
            return nil
        }
        if let season = Lexicon.seasons[token.key], let (y, end) = yearAfter(i + 1) {
            let from = i > 0 && list[i - 1].key == K.the ? i - 1 : i
            addDate(s, from, end, "\(y)-\(season)")
            return end + 1
        }
        // `in the autumn`, `over the winter`, `in spring`: a season of the document's year.
        if let season = Lexicon.seasons[token.key], !token.upper || i > 0 && list[i - 1].key == K.the, i >= 1 {
            var k = i - 1
            if list[k].key == K.the, k >= 1 { k -= 1 }
            let afterSeason = i + 1 < list.count ? list[i + 1] : nil
            if Analyzer.seasonPrepositions.contains(list[k].key), !list[k].upper || k == firstWordIndex(s),
               k == i - 2 || token.key != Analyzer.fallKey,
               afterSeason == nil || afterSeason!.kind == .punct || afterSeason!.isIn(.commonWords) && afterSeason!.key != K.of {
                addDate(s, k + 1, i, nil)
                relatives.append((found.count - 1, .season(season, offset: 0)))
                return i + 1
            }
        }
        if let q = Analyzer.quarterWords[token.key], let (y, end) = yearAfter(i + 1) {
            addDate(s, i, end, "\(y)-Q\(q)")
            return end + 1
        }
        if let q = Analyzer.ordinalWords[token.key], i + 1 < list.count, list[i + 1].key == K.quarter || list[i + 1].key == K.half,
           let (y, end) = yearAfter(i + 2) {
            let from = i > 0 && list[i - 1].key == K.the ? i - 1 : i
            let value = list[i + 1].key == K.quarter ? "\(y)-Q\(q)" : "\(y)-H\(q)"
            addDate(s, from, end, value)
            return end + 1
        }
        if token.key == K.fiscal, let (y, end) = yearAfter(i + 1) {
            addDate(s, i, end, "\(y)")
            return end + 1
        }
        if let next = quarterWithoutYear(s, i) { return next }
        return nil
    }

    /// Fills the values of relative dates from the document's own date: the first full date
    /// in a short paragraph (a byline), else the first full date of the text.
    func resolveRelatives() {
        guard !relatives.isEmpty else { return }
        relatives.sort { $0.index < $1.index }
        var anchor = fullDates.first { date in
            let paragraph = read.paragraphs[read.sentences[date.sentence].paragraph]
            return tokens[date.sentence].count <= 14 && paragraph.end - paragraph.start < 120
        }
        // A dateline without a year (`DHAKA, Dec 11 (Reuters) -`) is the document's day, not a date deep in the body;
        // its year is inferred where the text pins it down, else values keep no year.
        var datelineAnchor: (sentence: Int, year: Int, month: Int, day: Int)?
        var yearKnown = true
        if let dateline, let byline = anchor, byline.sentence > dateline.sentence { anchor = nil }
        if anchor == nil, let dateline {
            let inferred = datelineYear()
            yearKnown = inferred != nil
            datelineAnchor = (dateline.sentence, inferred ?? 4000, dateline.month, dateline.day)
        }
        // `yesterday`, `last night`, a quoted `today` are dates only in a text dated by a byline or dateline (news):
        // in a story or a quotation collection they pin nothing down.
        if anchor == nil && datelineAnchor == nil {
            let loose = relatives.compactMap { entry -> Int? in
                if case .anchored(.dayBefore) = entry.relative { return entry.index }
                if case .anchored(.quotedDay) = entry.relative { return entry.index }
                return nil
            }
            if !loose.isEmpty {
                relatives.removeAll { entry in loose.contains(entry.index) }
                found.remove(ascending: loose)
                relatives = relatives.map { entry in (entry.index - loose.filter { $0 < entry.index }.count, entry.relative) }
            }
        }
        guard let anchor = anchor ?? datelineAnchor ?? fullDates.first else { return }
        for (index, relative) in relatives {
            switch relative {
            case let .month(m, offset):
                var y = anchor.year
                if offset < 0 { if m >= anchor.month { y -= 1 } }
                else if offset > 0 { if m <= anchor.month { y += 1 } }
                found[index].value = "\(y)-\(two(m))"
            case let .year(offset):
                found[index].value = "\(anchor.year + offset)"
            case let .monthUnit(offset):
                var m = anchor.month + offset, y = anchor.year
                if m < 1 { m += 12; y -= 1 } else if m > 12 { m -= 12; y += 1 }
                found[index].value = "\(y)-\(two(m))"
            case let .season(season, offset):
                found[index].value = "\(anchor.year + (offset < 0 ? -1 : offset))-\(season)"
            case let .ago(years, months):
                var m = anchor.month - months, y = anchor.year - years
                while m < 1 { m += 12; y -= 1 }
                found[index].value = months > 0 ? "\(y)-\(two(m))" : "\(y)"
            case let .quarter(q):
                found[index].value = "\(anchor.year)-Q\(q)"
            case let .weekday(weekday):
                found[index].value = Analyzer.weekdayDate(weekday, anchor: (anchor.year, anchor.month, anchor.day))
            case let .week(offset):
                found[index].value = Analyzer.isoWeek((anchor.year, anchor.month, anchor.day), offset: offset)
            case let .monthOfYear(m, yearOffset):
                found[index].value = "\(anchor.year + yearOffset)-\(two(m))"
            case let .dayOfYear(m, d, yearOffset):
                found[index].value = "\(anchor.year + yearOffset)-\(two(m))-\(two(d))"
            case let .anchored(date):
                found[index].value = anchoredValue(date, (anchor.year, anchor.month, anchor.day))
            }
            if !yearKnown, let value = found[index].value {
                switch relative {
                case .month, .monthUnit, .monthOfYear: found[index].value = "--" + value.suffix(2)
                default: found[index].value = nil
                }
            }
        }
    }
}

/// Small calendar arithmetic without Foundation's calendars (deterministic, no time zone).
enum CalendarMath {
    /// Days since 1970-01-01 of a proleptic Gregorian date.
    static func days(_ year: Int, _ month: Int, _ day: Int) -> Int {
        CivilDate(year: year, month: month, day: day).daysSince1970
    }

    static func civil(_ days: Int) -> (Int, Int, Int) {
        let date = CivilDate(daysSince1970: days)
        return (date.year, date.month, date.day)
    }

    /// ISO date of the last `weekday` (1 = Monday) on or before the given day.
    static func previousWeekday(_ weekday: Int, onOrBefore date: (Int, Int, Int)) -> String {
        let count = days(date.0, date.1, date.2)
        let current = ((count % 7) + 7 + 3) % 7 + 1 // 1970-01-01 was a Thursday (4)
        var back = current - weekday
        if back < 0 { back += 7 }
        let (y, m, d) = civil(count - back)
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }
}
