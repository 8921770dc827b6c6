import FactdeckModel

/// Days the document's own date pins down without `on`/`last`/`next`: a bare weekday (`By Sunday
/// morning`, `would leave by Wednesday`, `As recently as Wednesday`, `announced that Sunday would be
/// observed`) and a speaker's `Today` opening a quote (`"Today we officially welcome …`). A weekday after `will`/`would`
/// in its clause is the coming one (on or after the document's day), else the last one (on or before it).
/// Not dates: names (`Good Friday`, `Sunday Times`, `Friday the 13th`), recurring or kinds of days (`every
/// Sunday`, `the first Monday of each month`, `a rainy Sunday`), a weekday before a noun (`Sunday school`,
/// `Saturday morning cartoons`), the weekday of a written date (`Tuesday, September 15, 1987`).
extension Analyzer {
    static let dayPartWords = Lexicon.set(Lexicon.split("morning afternoon evening night"))
    static let recurrenceWords = Lexicon.set(Lexicon.split("a an every each any some one"))
    static let futureModals = Lexicon.set(Lexicon.split("will would shall"))
    /// Subjects after which `Today` is the speaker's day (`Today we …`), not the present era (`Today, Linux …`).
    static let speakerSubjects = Lexicon.set(Lexicon.split("we i"))
    static let weekdayNumbers: KeyMap<Int> = {
        var table: [UInt64: Int] = [:]
        for (index, name) in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].enumerated() {
            table[Lexicon.key(name)] = index + 1
        }
        return KeyMap(table)
    }()

    /// A weekday without a preposition that makes it one (`on`, `last`, `next` are read by `relativeDate`).
    func bareWeekday(_ s: Int, _ i: Int) -> Int? {
        let list = tokens[s]
        let token = list[i]
        guard token.isIn(.weekdays), token.upper, let weekday = Analyzer.weekdayNumbers[token.key] else { return nil }
        if i > 0, list[i - 1].kind == .word {
            let previous = list[i - 1]
            if Analyzer.recurrenceWords.contains(previous.key) || previous.key == K.the || Analyzer.ordinalWords[previous.key] != nil { return nil }
            // `Good Friday`, `Super Tuesday`: the head of a name; `a rainy Sunday`: a kind of day. But `said
            // Sunday`, `announced Monday`, `by Monday`.
            if !previous.isIn(.commonWords), !previous.isIn(.datePrepositions), previous.upper || !endsInVerbEnding(previous) { return nil }
        }
        if i + 1 < list.count {
            let next = list[i + 1]
            // `Thursday's deal` is read elsewhere.
            if isPossessive(s, i + 1) { return nil }
            if next.kind == .word {
                // `Sunday Times`, `Sunday school`, `Friday the 13th`; but `Sunday morning`, `Sunday would`, `Sunday marked`.
                if next.upper { return nil }
                if next.key == K.the, i + 2 < list.count, list[i + 2].kind == .number { return nil }
                if Analyzer.dayPartWords.contains(next.key) {
                    // `Saturday morning cartoons`: a modifier.
                    if i + 2 < list.count, list[i + 2].kind == .word, !list[i + 2].upper, !list[i + 2].isIn(.commonWords) { return nil }
                } else {
                    let past = next.end - next.start > 3 && bytes[next.end - 2] == UInt8(ascii: "e") && bytes[next.end - 1] == UInt8(ascii: "d")
                    guard next.isIn(.commonWords) || past else { return nil }
                }
            } else if next.kind == .number { return nil } // `Friday 10 March` is a full date's weekday
            // `Tuesday, September 15, 1987`, `Tuesday, 3/10/87`: the weekday of a written date.
            if isPunct(next, ","), i + 2 < list.count, list[i + 2].kind == .number || Lexicon.monthNumbers[list[i + 2].key] != nil && list[i + 2].upper { return nil }
        }
        addDate(s, i, i, nil)
        relatives.append((found.count - 1, .anchored(isComingDay(s, i) ? .comingWeekday(weekday) : .lastWeekday(weekday))))
        return i + 1
    }

    /// `will`/`would`/`shall` before token `i` in its clause.
    func isComingDay(_ s: Int, _ i: Int) -> Bool {
        let list = tokens[s]
        var k = i - 1
        while k >= 0, k >= i - 10 {
            let token = list[k]
            if token.kind == .punct, token.mark == UInt8(ascii: ",") || token.mark == UInt8(ascii: ";") || token.mark == UInt8(ascii: ":") { return false }
            if token.kind == .word, Analyzer.futureModals.contains(token.key) { return true }
            k -= 1
        }
        return false
    }

    /// `"Today we …` at the start of a quote: the speaker's day, the document's (unquoted, `Today we know …` is the
    /// present era).
    func speakerToday(_ s: Int, _ i: Int) -> Int? {
        let list = tokens[s]
        guard list[i].key == K.today, list[i].upper, i + 1 < list.count, Analyzer.speakerSubjects.contains(list[i + 1].key),
              i > 0, isOpenQuote(list[i - 1]) else { return nil }
        addDate(s, i, i, nil)
        relatives.append((found.count - 1, .anchored(.documentDay)))
        return i + 1
    }

    /// `announced`, `says`: a verb's ending (a weekday after it is the verb's day).
    func endsInVerbEnding(_ token: Token) -> Bool {
        let last = bytes[token.end - 1]
        return token.end - token.start > 3 && (last == UInt8(ascii: "s") || last == UInt8(ascii: "d") && bytes[token.end - 2] == UInt8(ascii: "e"))
    }
}
