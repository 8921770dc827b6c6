/// Figures: numbers that count or measure, with qualifier and unit as written
/// (`more than 1,000`, `24km`, `30,000-35,000`, `3.5%`, `$2 billion`, `two governments`).
extension Analyzer {
    static let currencySymbols: [UInt8: String] = [UInt8(ascii: "$"): "$", 0xAC: "€", 0xA3: "£", 0xA5: "¥", 0xB9: "₹"]
    static let adjectiveEndings: [StaticString] = ["al", "ive", "ic", "ous", "ful", "less", "ed", "ing", "ent", "ant", "ary", "ern", "ish", "ian", "an", "ese", "ble"]

    /// The numeric value of a number token (`1,000` → 1000, `3.5` → 3.5).
    func numberValue(_ token: Token) -> Double? {
        // Up to 15 digits with at most one decimal point: the integer of all the digits divided by
        // a power of ten is exact in both operands, so the one rounding of the division gives the
        // same double as parsing the text.
        var whole: Int64 = 0, digitCount = 0, decimals = 0, sawPoint = false, plain = true
        for index in token.start..<token.end {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                whole = whole &* 10 &+ Int64(byte &- 0x30)
                digitCount += 1
                if sawPoint { decimals += 1 }
            } else if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else if byte != UInt8(ascii: ",") {
                plain = false
                break
            }
        }
        if plain, digitCount > 0, digitCount <= 15, decimals < Analyzer.powersOfTen.count {
            return Double(whole) / Analyzer.powersOfTen[decimals]
        }
        var digits: [UInt8] = []
        for index in token.start..<token.end where bytes[index] != UInt8(ascii: ",") { digits.append(bytes[index]) }
        return Double(String(decoding: digits, as: UTF8.self))
    }

    /// 10⁰ … 10¹⁵, each exact as a double.
    static let powersOfTen: [Double] = (0...15).map { (power: Int) in (0..<power).reduce(1.0) { value, _ in value * 10 } }

    /// A spelled-out number at `i` (`two`, `twenty-five`, `a dozen`, `one hundred`): value and last index.
    func spelledNumber(_ s: Int, _ i: Int) -> (Double, Int)? {
        let list = tokens[s]
        guard let base = Lexicon.numberWords[list[i].key] else { return nil }
        var value = base
        var last = i
        if list[i].key == K.dozen { return nil }
        if last + 1 < list.count, list[last + 1].key == K.hundred { value *= 100; last += 1 }
        if last + 1 < list.count, let mult = Lexicon.multipliers[list[last + 1].key], mult >= 1000, list[last + 1].kind == .word,
           !list[last + 1].upper || list[i].upper {
            value *= mult; last += 1
        }
        return (value, last)
    }

    func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e18 { return String(Int64(value)) }
        var text = String(value)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }

    /// `six-member`, `27-nation`: a count written as a compound adjective.
    static let countTails = Lexicon.set(Lexicon.split("member nation seat country state party"))

    func isPluralNoun(_ token: Token) -> Bool { bytes[token.end - 1] == UInt8(ascii: "s") && token.end - token.start >= 4 }

    func isSentenceStartNumberWord(_ s: Int, _ i: Int) -> Bool { i == firstWordIndex(s) }

    func findFigures(_ s: Int) {
        let list = tokens[s]
        guard !list.isEmpty else { return }
        // The flags' memory, read as the rules below mark tokens taken.
        let takenFlags = taken(s)
        var i = 0
        while i < list.count {
            if takenFlags[i] { i += 1; continue }
            let token = list[i]
            // Only these words can start a fraction or multiplier (`two-thirds`, `a third of`, `half of`, `fourfold`).
            // (The last test lets through the words in -fold.)
            if token.kind == .word, token.hyphen || token.key == K.a || token.key == K.an || token.key == K.half
                || (token.end - token.start > 6 && bytes[token.end - 1] == UInt8(ascii: "d") && bytes[token.end - 4] == UInt8(ascii: "f")),
               let next = periodFraction(s, i) ?? fractionFigure(s, i) { i = next; continue }
            if token.kind == .punct || (token.kind == .word && !token.hyphen && !token.isIn(.numberWord) && token.key != K.a && token.key != K.an
                && !Tokenizer.isDigit(bytes[token.end - 1]) && token.key != K.hundred && token.key != K.thousand && !(token.upper && gluedMultiplier(token) != nil)) {
                i += 1; continue
            }
            let countBefore = found.count
            if let next = figure(s, i) { i = joinRange(s, i, joinPercentRange(s, next, countBefore), countBefore) } else { i += 1 }
        }
    }

    /// Tries a figure whose number starts at `i`; returns the index after it.
    func figure(_ s: Int, _ i: Int) -> Int? {
        let list = tokens[s]
        let token = list[i]
        var value: Double
        var last: Int
        var spelled = false
        /// The counted people of `two million Afghans` (empty for `six million.`), outside the usual noun test.
        var multipliedCount: String?
        var currencyGlued: String?
        // `a`/`an` (asked here for nearly every one) start a figure only before a multiplier (`a million`, the last
        // branch below): elsewhere every branch passes over them.
        if token.kind == .word, token.key == K.a || token.key == K.an,
           !(i + 1 < list.count && Lexicon.multipliers[list[i + 1].key] != nil) { return nil }
        if token.kind == .number {
            if isCodeNumber(s, i) || isLabelNumber(s, i) || isCodePart(s, i) || isModelNumber(s, i) { return i + 1 }
            if let next = tallyFigure(s, i) { return next }
            // Times of day, list markers, parts of names (`COVID-19`, `Boeing 747`).
            if i + 1 < list.count, isPunct(list[i + 1], ":"), !list[i + 1].space, i + 2 < list.count, list[i + 2].kind == .number { return i + 3 }
            if i > 0, isDash(list[i - 1]) || isPunct(list[i - 1], "#"), !token.space, i > 1, list[i - 2].kind == .word, !list[i - 1].space {
                return i + 1
            }
            // `No. 14/2025`, `Vol. 3`: an issue or volume number (and its year) in a masthead.
            if i >= 2, isPunct(list[i - 1], "."), !list[i - 1].space, list[i - 2].upper, Analyzer.issueWords.contains(list[i - 2].key) {
                if i + 2 < list.count, isPunct(list[i + 1], "/"), !list[i + 1].space, list[i + 2].kind == .number, !list[i + 2].space {
                    for index in i...(i + 2) { taken(s)[index] = true }
                    return i + 3
                }
                return i + 1
            }
            if i > 0, list[i - 1].kind == .word, list[i - 1].nameLike, !list[i - 1].isIn(.qualifierWords),
               !list[i - 1].isIn(.commonWords), Lexicon.monthNumbers[list[i - 1].key] == nil,
               Lexicon.currencyWords[list[i - 1].key] == nil, !list[i - 1].isIn(.datePrepositions),
               // `turned to the IMF 16 times`: a count of times after a name; `gave the Congress 135 of the 224 seats`.
               !(i + 1 < list.count && (list[i + 1].key == Analyzer.timesKey || partOfCount(s, i + 1))),
               // `guarantees Iran 22 cubic metres`: a count after a country's name is no model number.
               !(list[i - 1].isIn(.countries) && i + 1 < list.count && list[i + 1].kind == .word && !list[i + 1].upper
                 && (list[i + 1].isIn(.measureUnits) || !list[i + 1].isIn(.commonWords))),
               !percentGlued(list, i) { // `FigurePercentAfterNames.swift`
                return i + 1
            }
            if i + 1 < list.count, isPunct(list[i + 1], ")"), i > 0, isPunct(list[i - 1], "(") { return i + 2 }
            // `the 737 Max`, `the 787 Dreamliner`: a number between `the` and a capitalised singular word is a model
            // (`the 17 Democrats` is a count).
            if i > 0, list[i - 1].key == K.the, !list[i - 1].upper || i - 1 == firstWordIndex(s), i + 1 < list.count,
               list[i + 1].kind == .word, list[i + 1].upper, list[i + 1].space, !list[i + 1].isIn(.month),
               Lexicon.currencyWords[list[i + 1].key] == nil, !list[i + 1].isIn(.measureUnits), !list[i + 1].isIn(.demonymPlurals),
               bytes[list[i + 1].end - 1] != UInt8(ascii: "s") { return i + 1 }
            // `the Java Development Kit (JDK) 1.0`: a decimal after a bracketed acronym is a version.
            if i >= 3, isPunct(list[i - 1], ")"), list[i - 2].allCaps, isPunct(list[i - 3], "("),
               (token.start..<token.end).contains(where: { bytes[$0] == UInt8(ascii: ".") }) { return i + 1 }
            // `Intel's 80386`: a product number after a possessive.
            // But `the PPP's 74`: a small count owned by an acronym with an article is a count (seats, votes).
            if i >= 2, list[i - 1].key == K.s, isPossessive(s, i - 2), !(i + 1 < list.count && (isUnitAfter(s, i + 1) || namedCountNoun(s, i + 1))),
               !(i >= 4 && list[i - 3].allCaps && list[i - 4].key == K.the && token.end - token.start <= 3) { return i + 1 }
            if i + 1 < list.count, list[i + 1].kind == .word, !list[i + 1].space, list[i + 1].isIn(.ordinalSuffixes) || isGluedOrdinalOrName(s, i) { return i + 2 } // `FigureGluedWords.swift`
            // `a 3D headset`, `2D graphics`: dimensions, not a count.
            if i + 1 < list.count, list[i + 1].kind == .word, !list[i + 1].space, list[i + 1].end - list[i + 1].start == 1,
               bytes[list[i + 1].start] == UInt8(ascii: "D"), token.end - token.start == 1 { return i + 2 }
            if i + 1 < list.count, list[i + 1].key == K.am || list[i + 1].key == K.pm || (list[i + 1].key == K.am2 || list[i + 1].key == K.pm2) { return i + 2 }
            // `by 0900 GMT`: a clock time before a time zone.
            if i + 1 < list.count, list[i + 1].allCaps, list[i + 1].isIn(.timeZones) { return i + 2 }
            guard let number = numberValue(token) else { return nil }
            value = number
            last = i
            if let half = andAHalf(s, i) { value += 0.5; last = half }
        } else if token.kind == .word, token.hyphen, let number = Lexicon.numberWords[headKey(token)],
                  Lexicon.measureUnits.contains(tailKey(token)) || Analyzer.countTails.contains(tailKey(token)) || isSpelledCompound(s, i, number)
                    || isRepeatCount(token, number), let hyphen = text(token).firstIndex(of: "-") {
            // `five-year`, `ten-day`
            let unitWord = String(text(token)[text(token).index(after: hyphen)...])
            for index in i...i { taken(s)[index] = true }
            add(Found(type: .figure, start: token.start, end: token.end, sentence: s, value: format(number),
                      unit: unitWord.hasSuffix("s") ? unitWord : unitWord + "s"))
            return i + 1
        } else if token.kind == .word, let (spelledValue, spelledEnd) = spelledNumber(s, i) {
            // `three and a half years`
            let halfEnd = andAHalf(s, spelledEnd)
            let number = spelledValue + (halfEnd == nil ? 0 : 0.5), end = halfEnd ?? spelledEnd
            // `one` as a pronoun or idiom, `one of`, `two of them`.
            guard end + 1 < list.count else { return nil }
            let next = list[end + 1]
            // `one lesson`, `one program`: a lone `one` before a noun is an article, not a count (`one year` is).
            if number == 1, end == i, !next.isIn(.measureUnits), Lexicon.currencyWords[next.key] == nil { return nil }
            // `four Asian countries`, `the five Central Asian states`: a count of a noun after a demonym.
            if next.kind == .word, next.upper {
                var j = end + 1
                // `four AA batteries`: an acronym as a modifier too.
                while j < list.count, j <= end + 2, list[j].kind == .word, list[j].upper,
                      list[j].isIn(.demonym) || list[j].isIn(.compassWords) || list[j].allCaps && j == end + 1 { j += 1 }
                if j > end + 1, j < list.count, list[j].kind == .word, !list[j].upper, !list[j].isIn(.commonWords),
                   isPluralNoun(list[j]), number != 1 {
                    for index in i...end { taken(s)[index] = true }
                    add(Found(type: .figure, start: token.start, end: list[end].end, sentence: s, value: format(number), unit: countedNoun(s, j)))
                    return end + 1
                }
            }
            // `two million Afghans`, `closer to six million.`: a spelled count with its multiplier needs no lower-case noun.
            if end > i, Lexicon.multipliers[list[end].key] != nil, next.kind == .punct && !isDash(next) || next.upper && next.isIn(.demonymPlurals) {
                multipliedCount = next.kind == .word ? text(next) : ""
            } else {
                if next.kind == .word, next.upper, let after = capitalisedCount(s, i, end, number) { return after }
                if next.kind != .word || next.upper { return nil }
            }
            // `four more military bases`
            if next.isIn(.countFillers), end + 2 < list.count, list[end + 2].kind == .word, !list[end + 2].upper,
               !list[end + 2].isIn(.commonWords) || list[end + 2].key == K.people {
                value = number; last = end; spelled = true
                let unitText = countedNoun(s, end + 2)
                for index in i...last { taken(s)[index] = true }
                add(Found(type: .figure, start: token.start, end: list[last].end, sentence: s, value: format(value), unit: unitText))
                return last + 1
            }
            // `two of the company's four factories`: a part of a counted whole.
            if next.key == K.of, number != 1, let noun = partitiveNoun(s, end + 1) {
                for index in i...end { taken(s)[index] = true }
                add(Found(type: .figure, start: token.start, end: list[end].end, sentence: s, value: format(number), unit: countedNoun(s, noun)))
                return end + 1
            }
            if let after = pronounPartitive(s, i, end, number) { return after }
            if next.key == K.of || next.isIn(.commonWords) && !next.isIn(.measureUnits) && Lexicon.multipliers[next.key] == nil { return nil }
            if number == 1 && (next.isIn(.oneIdioms) || next.key == K.one) { return nil }
            if i > 0, number == 1, list[i - 1].key == K.the || list[i - 1].key == K.no || list[i - 1].key == K.each || list[i - 1].key == K.this { return nil }
            value = number
            last = end
            spelled = true
        } else if token.kind == .word, Tokenizer.isDigit(bytes[token.end - 1]) || gluedMultiplier(token) != nil, let (code, number, end) = gluedCurrency(s, i) {
            // `Rs17.57 trillion`, `Rs600,000`, `PKR1.2bn`: a currency code written against its number.
            value = number
            last = end
            currencyGlued = code
        } else if token.key == K.hundred || token.key == K.thousand, token.kind == .word, i > 0,
                  list[i - 1].key == K.next || list[i - 1].key == K.last || list[i - 1].key == K.the
                    || list[i - 1].key == K.past || list[i - 1].key == K.few,
                  i + 1 < list.count, list[i + 1].kind == .word, !list[i + 1].upper, list[i + 1].isIn(.measureUnits) || looksPlural(list[i + 1]) {
            // `the next hundred years`: a bare `hundred` as a count.
            value = token.key == K.hundred ? 100 : 1000
            last = i
        } else if token.key == K.a || token.key == K.an, i + 1 < list.count, let mult = Lexicon.multipliers[list[i + 1].key],
                  mult >= 100, list[i + 1].kind == .word, !(K.thousands == list[i + 1].key || K.millions == list[i + 1].key || K.billions == list[i + 1].key) {
            value = mult
            last = i + 1
            spelled = true
            if i + 2 < list.count, list[i + 2].key == K.of { return nil }
        } else {
            return nil
        }
        var first = i
        var unit: String?
        var unitInAnswer = false
        var currency: String? = currencyGlued
        // Currency before: `$2`, `US$ 5`, `A$5`, `€3.5m`, `Rs 100`, `Rs. 100`.
        if first > 0, currency == nil {
            let previous = list[first - 1]
            if previous.kind == .punct, let symbol = Analyzer.currencySymbols[previous.mark] {
                currency = symbol; first -= 1
                if first > 0, list[first - 1].kind == .word, list[first - 1].allCaps || list[first - 1].upper && list[first - 1].end - list[first - 1].start == 1,
                   !previous.space, list[first - 1].end - list[first - 1].start <= 3 { first -= 1 }
            } else if previous.kind == .word, let code = Lexicon.currencyWords[previous.key], previous.allCaps || previous.key == K.rs {
                currency = code; first -= 1
            } else if previous.kind == .word, previous.key == Analyzer.tkKey, previous.upper {
                currency = "৳"; first -= 1
            } else if isPunct(previous, "."), first >= 2, !previous.space, list[first - 2].key == K.rs {
                currency = "₹"; first -= 2
            }
        }
        // Multiplier after the number: `2 billion`, `3.5m`, `10bn`.
        if !spelled, last + 1 < list.count, let mult = Lexicon.multipliers[list[last + 1].key], list[last + 1].kind == .word {
            let next = list[last + 1]
            let shortForm = next.end - next.start <= 2
            if !shortForm || !next.space {
                // `10m` is metres unless money or a plural noun follows.
                let isMetre = next.key == K.m && currency == nil && !(last + 2 < list.count && looksPlural(list[last + 2]))
                let isHundreds = K.thousands == next.key || K.millions == next.key
                if !isMetre && !isHundreds && !(next.key == K.k && next.space) {
                    value *= mult; last += 1
                }
            }
        }
        // A range: `30,000-35,000`, `10 to 20`.
        var upper: Double?
        if last + 2 < list.count, isDash(list[last + 1]) || list[last + 1].key == K.to, list[last + 2].kind == .number,
           !(list[last + 1].key == K.to && !(last + 3 < list.count && isUnitAfter(s, last + 3))) {
            if let second = numberValue(list[last + 2]), second > value || list[last + 1].key == K.to {
                upper = second
                last += 2
                if last + 1 < list.count, let mult = Lexicon.multipliers[list[last + 1].key], list[last + 1].kind == .word {
                    upper = second * mult; last += 1
                    if value < mult { value *= mult }
                }
            }
        }
        // Unit after: `%`, `per cent`, measure words, currency words, `-year-old`.
        var after = last + 1
        if after < list.count {
            let next = list[after]
            if next.kind == .punct, next.mark == UInt8(ascii: "%") {
                unit = "%"; unitInAnswer = true; last = after
            } else if next.key == K.per, after + 1 < list.count, list[after + 1].key == K.cent {
                unit = "%"; unitInAnswer = true; last = after + 1
            } else if isPercentAbbreviation(next) {
                // `1.3pc`, `4 pc`
                unit = "%"; unitInAnswer = true; last = after
            } else if let rate = rateAfter(s, after), currency != nil || next.key == K.per {
                // `$18 per share`: the rate names the unit; the answer is the amount.
                unit = currency.map { currencyName($0) + " " + rate } ?? rate
            } else if isDash(next), !next.space, after + 1 < list.count, list[after + 1].kind == .word,
                      list[after + 1].isIn(.measureUnits) || list[after + 1].key == K.year_old {
                let word = text(list[after + 1])
                unit = word.hasPrefix("year") ? "years" : word.hasSuffix("s") ? word : word + "s"
                unitInAnswer = true; last = after + 1
                if after + 3 < list.count, isDash(list[after + 2]), !list[after + 2].space, list[after + 3].key == K.old_ { last = after + 3 }
            } else if next.kind == .word, let code = Lexicon.currencyWords[next.key], !next.upper || next.allCaps {
                currency = code; unit = text(next); unitInAnswer = true; last = after
                if let rate = rateAfter(s, after + 1) { unit = text(next) + " " + rate }
            } else if next.kind == .word, next.isIn(.measureUnits), !next.upper || next.allCaps || !next.space {
                var end = after
                var unitText = text(next)
                if (next.key == K.square || next.key == K.sq || next.key == Analyzer.cubicKey) && after + 1 < list.count {
                    end = after + 1; unitText += " " + text(list[after + 1])
                } else if next.key == K.basis, after + 1 < list.count { end = after + 1; unitText += " " + text(list[after + 1]) }
                else if next.key == K.percent || next.key == K.percentage {
                    unitText = "%"
                    if next.key == K.percentage, after + 1 < list.count, list[after + 1].key == K.points { end = after + 1; unitText = "percentage points" }
                }
                unit = unitText; unitInAnswer = true; last = end
            } else if next.kind == .word, !next.upper || next.allCaps, next.key != K.of {
                // A counted noun, outside the answer: `645 attacks`, `856 incidents`, `more than 1,000 people`.
                unit = countedNoun(s, after)
                // `11 cents a share`: a rate after the noun.
                if let noun = unit, !noun.utf8.contains(UInt8(ascii: " ")), let rate = rateAfter(s, after + 1) { unit = noun + " " + rate }
            } else if next.key == K.of, after + 1 < list.count, upper == nil {
                // `1,000 of the fighters`: name the noun after `of the`.
                var k = after + 1
                if list[k].key == K.the || list[k].key == K.their || list[k].key == K.its { k += 1 }
                if k < list.count { unit = countedNoun(s, k) }
            }
            if unit == nil, currency != nil { unit = currency }
        }
        if currency != nil, unit == nil { unit = currency }
        // `two years ago`, `Thirty years ago today`: a point in time, not a duration.
        if unitInAnswer, let unitText = unit, Lexicon.timeUnits.contains(Lexicon.key(unitText)), last + 1 < list.count,
           list[last + 1].key == K.ago, upper == nil, !isVaguePeriod(unitText) {
            var end = last + 1
            if end + 1 < list.count, list[end + 1].key == K.today { end += 1 }
            for index in first...end { taken(s)[index] = true }
            add(Found(type: .date, start: list[first].start, end: list[end].end, sentence: s))
            let years = unitText.hasPrefix("year") ? Int(value) : 0
            let months = unitText.hasPrefix("month") ? Int(value) : 0
            if years > 0 || months > 0 { relatives.append((found.count - 1, .ago(years: years, months: months))) }
            // `Fifty years ago today`: an anniversary, whose count is a figure too.
            if end > last + 1 { add(Found(type: .figure, start: list[first].start, end: list[last].end, sentence: s, value: format(value), unit: unitText)) }
            return end + 1
        }
        if unit == nil, let multipliedCount, !multipliedCount.isEmpty { unit = multipliedCount }
        // A lone spelled-out number needs a counted noun or unit.
        if spelled, unit == nil, multipliedCount == nil { return nil }
        // Qualifier before: `more than`, `over`, `about`.
        let qualifierStart = qualifierStart(s, first)
        _ = after
        after = last + 1
        var valueText = format(value)
        if let upper { valueText += "-" + format(upper) }
        for index in qualifierStart...last { taken(s)[index] = true }
        add(Found(type: .figure, start: list[qualifierStart].start, end: list[last].end, sentence: s,
                  value: valueText, unit: unit))
        if !unitInAnswer, unit == nil { /* plain count */ }
        return last + 1
    }

    static let tkKey: UInt64 = 0x08C83507B56AB9D8 // tk
    static let cubicKey: UInt64 = 0x7A17B3D575C1B565 // cubic
    /// `No. 14`, `Vol. 3`: words before an issue or volume number.
    static let issueWords = Lexicon.set(["no", "nos", "vol", "issue"])

    /// A word such as `Rs17` (then `.57` or `,000` written on): the currency of its letters, the
    /// whole number and the index of its last token. Nil unless the letters are a currency code.
    func gluedCurrency(_ s: Int, _ i: Int) -> (String, Double, Int)? {
        let list = tokens[s]
        let token = list[i]
        var digitStart = token.start
        while digitStart < token.end, !Tokenizer.isDigit(bytes[digitStart]) { digitStart += 1 }
        guard digitStart > token.start, digitStart - token.start <= 4 else { return nil }
        let glued = gluedMultiplier(token)
        let digitEnd = glued?.start ?? token.end
        var index = digitStart
        while index < digitEnd { guard Tokenizer.isDigit(bytes[index]) else { return nil }; index += 1 }
        // `US$`, `HK$` are split by the tokenizer; here only letters: `Rs`, `PKR`, `Tk`.
        let prefix = Lexicon.key(bytes, token.start, digitStart)
        guard let code = Lexicon.currencyWords[prefix] ?? (prefix == Analyzer.tkKey ? "৳" : nil) else { return nil }
        var value: Double = 0
        for index in digitStart..<digitEnd { value = value * 10 + Double(bytes[index] - 0x30) }
        var last = i
        if let glued { return (code, value * glued.value, last) }
        // `,000` groups (the tokenizer splits `Rs600,000` after `Rs600`), or a decimal part.
        if last + 2 < list.count, !list[last + 1].space, !list[last + 2].space, list[last + 2].kind == .number {
            let part = list[last + 2]
            if isPunct(list[last + 1], ","), part.end - part.start >= 3,
               part.end - part.start == 3 || bytes[part.start + 3] == UInt8(ascii: ",") || bytes[part.start + 3] == UInt8(ascii: "."),
               let rest = numberValue(part) {
                var scale = 1.0
                for index in part.start..<part.end {
                    if bytes[index] == UInt8(ascii: ".") { break }
                    if Tokenizer.isDigit(bytes[index]) { scale *= 10 }
                }
                value = value * scale + rest
                last += 2
            } else if isPunct(list[last + 1], "."), let fraction = Double("0." + text(part).filter { $0 != "," }) {
                value += fraction
                last += 2
            }
        }
        return (code, value, last)
    }

    func isUnitAfter(_ s: Int, _ i: Int) -> Bool {
        let list = tokens[s]
        guard i < list.count else { return false }
        let token = list[i]
        if token.kind == .punct { return token.mark == UInt8(ascii: "%") }
        return token.isIn(.measureUnits) || Lexicon.multipliers[token.key] != nil || Lexicon.currencyWords[token.key] != nil
            || (token.kind == .word && !token.upper && !token.isIn(.commonWords))
    }

    /// The noun a number counts: the next word, or an adjective and its noun (`violent attacks`).
    func countedNoun(_ s: Int, _ i: Int) -> String? {
        let list = tokens[s]
        guard i < list.count, list[i].kind == .word else { return nil }
        let first = list[i]
        if first.isIn(.commonWords) && !first.isIn(.measureUnits) { return nil }
        // The endings are read from the bytes: the word's `String` is made once, as the answer.
        var end = i
        if i + 1 < list.count, list[i + 1].kind == .word, !list[i + 1].upper, !list[i + 1].isIn(.commonWords),
           Analyzer.adjectiveEndings.contains(where: { endsWith(first, $0) }) && !endsWith(first, "s") {
            end = i + 1
        }
        return span(s, i, end)
    }
}
