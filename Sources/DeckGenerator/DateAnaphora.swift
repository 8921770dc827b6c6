import FactdeckModel

/// A date whose value waits for the document's day.
enum AnchoredDate {
    case lastWeekday(Int) // `By Sunday morning`: on or before the document's day (1 = Monday)
    case comingWeekday(Int) // `would leave by Wednesday`: on or after it
    case documentDay // `Today we …`
    case dayBefore // `yesterday`, `last night`
    case quotedDay // `"… effective today …"`: the document's day, as `documentDay`
}

enum DateUnit { case day, week, month, year }

/// Dates that point back to the last date of the text: `the same year`, `That year`, `The following day`,
/// `the year before`, `the previous month`, `the next day`; and `the end of the year` (the year of a date
/// earlier in the paragraph, else the document's). The date pointed to is the last one written out precisely
/// enough (`the same month` passes over `in 2013` to `February 2022`) within three paragraphs; a relative date
/// (`on Friday`) or none stops it: `that day` then pins nothing down. Not dates: `the same day as …`, `the day before the vote`
/// (a day fixed by an event), `the next year` (a stretch ahead), `the year before last`.
extension Analyzer {
    static let dateUnits: KeyMap<Int> = [Lexicon.key("day"): 0, Lexicon.key("week"): 1, Lexicon.key("month"): 2, Lexicon.key("year"): 3]
    static let sameKey: UInt64 = 0x097B5E18BF93EF5B // same
    static let dayKey: UInt64 = 0xCA8D3918F4578F1D // day
    static let followingKey: UInt64 = 0x9F50E1DF5BDFDCF8 // following
    static let previousKey: UInt64 = 0xEC5F63FFE7E97248 // previous
    static let priorKey: UInt64 = 0x2F0A9A248C7FA3D7 // prior
    static let beforeKey: UInt64 = 0xD89AA06245AFB2BE // before
    static let afterKey: UInt64 = 0xBF82010F6F71EAE9 // after
    static let partOfPeriodWords = Lexicon.set(Lexicon.split("end start beginning middle close"))

    /// The words that can follow `the` or `that` in a date of `textPinnedDate`: a date unit, a season (`that summer`),
    /// a part of a period (`the end of the year`) or `same`, `following`, `previous`, `prior`, `next`.
    static let anaphorSecondWords = KeySet(dateUnits.keys + Lexicon.seasons.keys + partOfPeriodWords.keys
                                           + [sameKey, followingKey, previousKey, priorKey, K.next])

    /// Dates the text pins down without a number: bare weekdays, `Today we`, `the same year`, `the end of the year`.
    func textPinnedDate(_ s: Int, _ i: Int) -> Int? {
        let token = tokens[s][i]
        if token.isIn(.weekdays) { return bareWeekday(s, i) }
        if token.key == K.today { return speakerToday(s, i) ?? quotedToday(s, i) }
        if token.key == Analyzer.yesterdayKey {
            addDate(s, i, i, nil)
            relatives.append((found.count - 1, .anchored(.dayBefore)))
            return i + 1
        }
        if token.key == K.the || token.key == K.that { return partOfPeriodDate(s, i) ?? anaphoricDate(s, i) }
        return nil
    }

    func dateUnit(_ token: Token) -> DateUnit? {
        guard token.kind == .word, let unit = Analyzer.dateUnits[token.key] else { return nil }
        return [DateUnit.day, .week, .month, .year][unit]
    }

    /// `the same year`, `that year`, `the following day`, `the year before`: at `i` (`the` or `that`).
    func anaphoricDate(_ s: Int, _ i: Int) -> Int? {
        let list = tokens[s]
        let token = list[i]
        guard token.key == K.the || token.key == K.that, i + 2 < list.count || token.key == K.that && i + 1 < list.count else { return nil }
        var unitIndex = i + 1
        var offset = 0
        if token.key == K.that {
            // `That summer` after `By 1980`: the season of the last date's year (within three paragraphs).
            // (`that fall` only opening a sentence: `prices that fall` is a verb.)
            if let season = Lexicon.seasons[list[i + 1].key], !list[i + 1].upper, list[i + 1].key != Analyzer.fallKey || i == firstWordIndex(s),
               let antecedent = antecedentDate(s, i, paragraphs: 3), let value = found[antecedent].value, hasYear(value) {
                addDate(s, i, i + 1, "\(value.prefix(4))-\(season)")
                return i + 2
            }
            // `that year`; not `so that day …` or `that day-to-day`.
            guard dateUnit(list[i + 1]) != nil, list[i + 1].key != Analyzer.weekKey else { return nil }
        } else {
            let word = list[i + 1].key
            if word == Analyzer.sameKey { unitIndex = i + 2 }
            else if word == Analyzer.followingKey { unitIndex = i + 2; offset = 1 }
            else if word == Analyzer.previousKey || word == Analyzer.priorKey { unitIndex = i + 2; offset = -1 }
            else if word == K.next, list[i + 2].key == Analyzer.dayKey { unitIndex = i + 2; offset = 1 }
            else if dateUnit(list[i + 1]) != nil, list[i + 1].key != Analyzer.weekKey, i + 2 < list.count,
                    list[i + 2].key == Analyzer.beforeKey || list[i + 2].key == Analyzer.afterKey {
                // `the year before`, `the day after`, closed there (not `the day before the vote`, `the year before last`).
                let closed = i + 3 >= list.count || list[i + 3].kind == .punct || list[i + 3].key == K.and
                guard closed else { return nil }
                offset = list[i + 2].key == Analyzer.beforeKey ? -1 : 1
                guard let unit = dateUnit(list[i + 1]) else { return nil }
                return addAnaphor(s, i, i + 2, unit, offset)
            } else { return nil }
        }
        guard unitIndex < list.count, let unit = dateUnit(list[unitIndex]) else { return nil }
        if unitIndex + 1 < list.count {
            let next = list[unitIndex + 1]
            // `the same day as the vote`, `the same year's budget` is still the year; `that day-to-day` is no date.
            if next.key == K.as_ || isDash(next) && !next.space { return nil }
        }
        return addAnaphor(s, i, unitIndex, unit, offset)
    }

    /// `the end of the year`, `the start of the month`: in the year of a date earlier in the paragraph, else
    /// the document's.
    func partOfPeriodDate(_ s: Int, _ i: Int) -> Int? {
        let list = tokens[s]
        guard list[i].key == K.the, i + 4 < list.count, Analyzer.partOfPeriodWords.contains(list[i + 1].key), list[i + 2].key == K.of,
              list[i + 3].key == K.the, list[i + 4].key == K.year || list[i + 4].key == K.month else { return nil }
        let unit: DateUnit = list[i + 4].key == K.year ? .year : .month
        if let antecedent = antecedentDate(s, i, paragraphs: 0), hasYear(found[antecedent].value) {
            return addAnaphor(s, i, i + 4, unit, 0)
        }
        addDate(s, i, i + 4, nil)
        relatives.append((found.count - 1, unit == .year ? .year(offset: 0) : .monthUnit(offset: 0)))
        return i + 5
    }

    func hasYear(_ value: String?) -> Bool {
        guard let value, value.utf8.count >= 4 else { return false }
        return value.utf8.prefix(4).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// The last date found before sentence `s`, token `i`, at most `paragraphs` paragraphs back.
    func antecedentDate(_ s: Int, _ i: Int, paragraphs: Int) -> Int? {
        let start = tokens[s][i].start
        let paragraph = read.sentences[s].paragraph
        var index = found.count - 1
        while index >= 0 {
            let fact = found[index]
            if fact.type == .date, fact.start < start {
                return read.sentences[fact.sentence].paragraph + paragraphs >= paragraph ? index : nil
            }
            index -= 1
        }
        return nil
    }

    /// Adds the anaphor from `from` through `to` if the last date before it, within three paragraphs, is written
    /// out precisely enough to move (`the same day` needs a day, not `on Friday` or `in 2022`). `Aug. 5 of that
    /// year` is one date.
    func addAnaphor(_ s: Int, _ from: Int, _ to: Int, _ unit: DateUnit, _ offset: Int) -> Int? {
        let list = tokens[s]
        if from >= 2, list[from - 1].key == K.of, let last = found.last, last.type == .date, last.sentence == s, last.end == list[from - 2].end {
            for index in from...to { taken(s)[index] = true }
            found[found.count - 1].end = list[to].end
            return to + 1
        }
        // The last date precise enough (`the same month` skips `in 2013` for `February 2022`); a relative one stops.
        let start = list[from].start, paragraph = read.sentences[s].paragraph
        var index = found.count - 1
        while index >= 0 {
            let fact = found[index]
            index -= 1
            guard fact.type == .date, fact.start < start else { continue }
            guard read.sentences[fact.sentence].paragraph + 3 >= paragraph, let value = fact.value else { return nil }
            if let moved = movedDate(value, unit, offset) {
                addDate(s, from, to, moved)
                return to + 1
            }
        }
        return nil
    }

    /// An ISO value (`1973`, `2025-04`, `2025-04-22`, `--04-22`, `--04`) moved by `offset` units, as far as it tells.
    func movedDate(_ value: String, _ unit: DateUnit, _ offset: Int) -> String? {
        let bytes = Array(value.utf8)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= bytes.count else { return nil }
            var result = 0
            for index in from..<(from + count) {
                guard bytes[index] >= 0x30, bytes[index] <= 0x39 else { return nil }
                result = result * 10 + Int(bytes[index] - 0x30)
            }
            return result
        }
        let yearless = bytes.count >= 2 && bytes[0] == UInt8(ascii: "-") && bytes[1] == UInt8(ascii: "-")
        let year = yearless ? nil : number(0, 4)
        let dateStart = yearless ? 2 : 5
        let month = (yearless || bytes.count >= 7 && bytes[4] == UInt8(ascii: "-")) ? number(dateStart, 2) : nil
        let day = month != nil && bytes.count == dateStart + 5 && bytes[dateStart + 2] == UInt8(ascii: "-") ? number(dateStart + 3, 2) : nil
        switch unit {
        case .year:
            return year.map { "\($0 + offset)" }
        case .month:
            guard var m = month else { return nil }
            var y = year ?? 0
            m += offset
            if m < 1 { m += 12; y -= 1 } else if m > 12 { m -= 12; y += 1 }
            return year == nil ? "--\(two(m))" : "\(y)-\(two(m))"
        case .week:
            guard let m = month, let d = day, let y = year else { return nil }
            return Analyzer.isoWeek((y, m, d), offset: offset)
        case .day:
            guard let m = month, let d = day else { return nil }
            let (y, m2, d2) = CalendarMath.civil(CalendarMath.days(year ?? 2001, m, d) + offset)
            return year == nil ? "--\(two(m2))-\(two(d2))" : "\(y)-\(two(m2))-\(two(d2))"
        }
    }

    /// The value of an anchored date, given the document's day.
    func anchoredValue(_ date: AnchoredDate, _ anchor: (year: Int, month: Int, day: Int)) -> String? {
        switch date {
        case let .lastWeekday(weekday):
            return CalendarMath.previousWeekday(weekday, onOrBefore: (anchor.year, anchor.month, anchor.day))
        case let .comingWeekday(weekday):
            // The last such day on or before six days later.
            let (y, m, d) = CalendarMath.civil(CalendarMath.days(anchor.year, anchor.month, anchor.day) + 6)
            return CalendarMath.previousWeekday(weekday, onOrBefore: (y, m, d))
        case .documentDay, .quotedDay:
            return "\(anchor.year)-\(two(anchor.month))-\(two(anchor.day))"
        case .dayBefore:
            let (y, m, d) = CalendarMath.civil(CalendarMath.days(anchor.year, anchor.month, anchor.day) - 1)
            return "\(y)-\(two(m))-\(two(d))"
        }
    }
}

/// `yesterday`, `last night` (the day before the document's), and `today` inside a quotation (`"I have resigned
/// effective today …"`, `"… our decision today is …"`): the speaker's day, the document's. An unquoted lower-case
/// `today` is often the present era (`today's smartphones`) and stays no date.
extension Analyzer {
    static let yesterdayKey: UInt64 = 0xF945458585F62267 // yesterday
    static let nightKey: UInt64 = 0x4F77B2414B2C8001 // night

    /// `today` after an opening quote earlier in the sentence with no closing one between.
    func quotedToday(_ s: Int, _ i: Int) -> Int? {
        let list = tokens[s]
        guard !list[i].upper, i + 1 < list.count, !isPossessive(s, i + 1) else { return nil }
        var inside = false
        for k in 0..<i where list[k].kind == .punct {
            let wide = list[k].end - list[k].start == 3
            if list[k].mark == UInt8(ascii: "\"") { inside.toggle() }
            else if wide && list[k].mark == 0x9C { inside = true }
            else if wide && list[k].mark == 0x9D { inside = false }
        }
        guard inside else { return nil }
        addDate(s, i, i, nil)
        relatives.append((found.count - 1, .anchored(.quotedDay)))
        return i + 1
    }
}
