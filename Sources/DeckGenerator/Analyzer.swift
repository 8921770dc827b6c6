/// Keys of single words the extractors test often.
enum K {
    static let the = Lexicon.key("the"), a = Lexicon.key("a"), an = Lexicon.key("an"), of = Lexicon.key("of")
    static let and = Lexicon.key("and"), or = Lexicon.key("or"), to = Lexicon.key("to"), in_ = Lexicon.key("in")
    static let on = Lexicon.key("on"), at = Lexicon.key("at"), by = Lexicon.key("by"), s = Lexicon.key("s")
    static let last = Lexicon.key("last"), next = Lexicon.key("next"), this = Lexicon.key("this")
    static let year = Lexicon.key("year"), month = Lexicon.key("month"), century = Lexicon.key("century")
    static let quarter = Lexicon.key("quarter"), half = Lexicon.key("half"), fiscal = Lexicon.key("fiscal")
    static let early = Lexicon.key("early"), mid = Lexicon.key("mid"), late = Lexicon.key("late")
    static let also = Lexicon.key("also"), known = Lexicon.key("known"), as_ = Lexicon.key("as")
    static let aka = Lexicon.key("a.k.a."), formerly = Lexicon.key("formerly"), called = Lexicon.key("called")
    static let per = Lexicon.key("per"), cent = Lexicon.key("cent"), percent = Lexicon.key("percent")
    static let forces = Lexicon.key("forces"), troops = Lexicon.key("troops"), one = Lexicon.key("one")
    static let headed = Lexicon.key("headed"), led = Lexicon.key("led"), chaired = Lexicon.key("chaired")
    static let run = Lexicon.key("run"), founded = Lexicon.key("founded"), that = Lexicon.key("that")
    static let according = Lexicon.key("according"), is_ = Lexicon.key("is"), was = Lexicon.key("was")
    static let are = Lexicon.key("are"), were = Lexicon.key("were"), became = Lexicon.key("became")
    static let serves = Lexicon.key("serves"), served = Lexicon.key("served"), group = Lexicon.key("group")
    static let including = Lexicon.key("including"), with = Lexicon.key("with"), which = Lexicon.key("which")
    static let who = Lexicon.key("who"), between = Lexicon.key("between"), from = Lexicon.key("from")
    static let has = Lexicon.key("has"), have = Lexicon.key("have"), had = Lexicon.key("had")
    static let not = Lexicon.key("not"), never = Lexicon.key("never"), am = Lexicon.key("a.m."), pm = Lexicon.key("p.m.")
    static let am2 = Lexicon.key("am"), pm2 = Lexicon.key("pm"), no = Lexicon.key("no"), each = Lexicon.key("each")
    static let dozen = Lexicon.key("dozen"), hundred = Lexicon.key("hundred"), year_old = Lexicon.key("year-old")
    static let anti = Lexicon.key("anti"), goals = Lexicon.key("goals"), aims = Lexicon.key("aims")
    static let stated = Lexicon.key("stated"), include = Lexicon.key("include"), demands = Lexicon.key("demands")
    static let objectives = Lexicon.key("objectives"), its = Lexicon.key("its"), their = Lexicon.key("their")
    static let company = Lexicon.key("company"), organisation = Lexicon.key("organisation"), organization = Lexicon.key("organization")
    static let movement = Lexicon.key("movement"), party = Lexicon.key("party"), firm = Lexicon.key("firm")
    static let bank = Lexicon.key("bank"), country = Lexicon.key("country"), government = Lexicon.key("government")
    static let it_ = Lexicon.key("it"), commanded = Lexicon.key("commanded")
    static let then = Lexicon.key("then"), former = Lexicon.key("former"), said = Lexicon.key("said")
    static let says = Lexicon.key("says"), announced = Lexicon.key("announced"), told = Lexicon.key("told")
    static let ago = Lexicon.key("ago")
    static let basis = Lexicon.key("basis")
    static let billions = Lexicon.key("billions")
    static let chief = Lexicon.key("chief")
    static let continue_ = Lexicon.key("continue")
    static let continues = Lexicon.key("continues")
    static let currently = Lexicon.key("currently")
    static let data = Lexicon.key("data")
    static let estimates = Lexicon.key("estimates")
    static let figures = Lexicon.key("figures")
    static let for_ = Lexicon.key("for")
    static let her = Lexicon.key("her")
    static let his = Lexicon.key("his")
    static let i = Lexicon.key("i")
    static let k = Lexicon.key("k")
    static let m = Lexicon.key("m")
    static let millions = Lexicon.key("millions")
    static let now = Lexicon.key("now")
    static let old_ = Lexicon.key("old")
    static let opposition = Lexicon.key("opposition")
    static let other = Lexicon.key("other")
    static let people = Lexicon.key("people")
    static let percentage = Lexicon.key("percentage")
    static let points = Lexicon.key("points")
    static let refused = Lexicon.key("refused")
    static let rs = Lexicon.key("rs")
    static let sq = Lexicon.key("sq")
    static let square = Lexicon.key("square")
    static let stands = Lexicon.key("stands")
    static let thousands = Lexicon.key("thousands")
    static let today = Lexicon.key("today")
    static let wants = Lexicon.key("wants")
    static let will = Lexicon.key("will")
    static let added = Lexicon.key("added"), reported = Lexicon.key("reported"), thousand = Lexicon.key("thousand")
}

/// A fact found in the text before it is turned into a `Fact`: byte offsets and sentence.
struct Found {
    var type: FactType
    var subtype: String?
    var start: Int
    var end: Int
    var sentence: Int
    var answer: String? = nil
    var value: String? = nil
    var unit: String? = nil
    var aliases: [String]? = nil
    var description: String? = nil
    var role: String? = nil
    var of: String? = nil
    var stance: String? = nil
    var on: String? = nil
}

/// A relative date waiting for the document's own date (`last December`).
enum Relative {
    case month(Int, offset: Int) // last December (offset -1), this March (0), next May (+1)
    case year(offset: Int)
    case monthUnit(offset: Int)
    case season(Int, offset: Int)
    case weekday(Int)
    case ago(years: Int, months: Int)
}

/// The working state of one extraction over a read document.
final class Analyzer {
    let read: ReadText
    let bytes: UnsafeBufferPointer<UInt8>
    /// Tokens of each sentence (empty for chrome).
    var tokens: [[Token]] = []
    /// Tokens already taken by a date or a name (figures skip them).
    var taken: [[Bool]] = []
    var found: [Found] = []
    var relatives: [(index: Int, relative: Relative)] = []
    /// Full dates seen, with the sentence, to pick the document's own date.
    var fullDates: [(sentence: Int, year: Int, month: Int, day: Int)] = []
    var europeanDayFirst = false

    init(read: ReadText, bytes: UnsafeBufferPointer<UInt8>) {
        self.read = read
        self.bytes = bytes
    }

    func run() -> [Found] {
        tokens.reserveCapacity(read.sentences.count)
        for sentence in read.sentences {
            var list: [Token] = []
            if read.paragraphs[sentence.paragraph].kind != .chrome {
                Tokenizer.tokenize(bytes, sentence.start, sentence.end, into: &list)
            }
            taken.append([Bool](repeating: false, count: list.count))
            tokens.append(list)
        }
        for index in tokens.indices { findDates(index) }
        for index in tokens.indices { findFigures(index) }
        resolveRelatives()
        let names = NameFinder(analyzer: self)
        names.run()
        return found
    }

    // MARK: token helpers

    @inline(__always) func text(_ token: Token) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self) }
    func text(_ start: Int, _ end: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) }
    /// The text from token `from` through token `to` (inclusive) of sentence `s`.
    func span(_ s: Int, _ from: Int, _ to: Int) -> String { text(tokens[s][from].start, tokens[s][to].end) }

    @inline(__always) func byteCount(_ token: Token) -> Int { token.end - token.start }

    /// The integer value of a plain number token (no separators), or nil.
    func integer(_ token: Token) -> Int? {
        guard token.kind == .number, token.end - token.start <= 9 else { return nil }
        var value = 0
        for index in token.start..<token.end {
            let byte = bytes[index]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    func digitsCount(_ token: Token) -> Int { token.end - token.start }

    /// Index of the first word or number of sentence `s` (after opening quotes).
    func firstWordIndex(_ s: Int) -> Int {
        for (index, token) in tokens[s].enumerated() where token.kind != .punct { return index }
        return 0
    }

    func isPunct(_ token: Token, _ ascii: Character) -> Bool {
        token.kind == .punct && token.end - token.start == 1 && token.mark == ascii.asciiValue
    }
    /// A dash of any kind: `-`, `–`, `—`.
    func isDash(_ token: Token) -> Bool {
        guard token.kind == .punct else { return false }
        if token.end - token.start == 1 { return token.mark == UInt8(ascii: "-") }
        return bytes[token.start] == 0xE2 && bytes[token.start + 1] == 0x80 && (token.mark == 0x93 || token.mark == 0x94 || token.mark == 0x90 || token.mark == 0x91)
    }
    func isApostrophe(_ token: Token) -> Bool {
        token.kind == .punct && (token.mark == UInt8(ascii: "'") || (token.mark == 0x99 && token.end - token.start == 3))
    }
    /// `’s` possessive at index `i` (apostrophe then attached `s`).
    func isPossessive(_ s: Int, _ i: Int) -> Bool {
        let list = tokens[s]
        guard i >= 0, i + 1 < list.count else { return false }
        return isApostrophe(list[i]) && !list[i].space && list[i + 1].key == K.s && !list[i + 1].space
    }
    func isOpenQuote(_ token: Token) -> Bool {
        token.kind == .punct && (token.mark == UInt8(ascii: "\"") || (token.end - token.start == 3 && (token.mark == 0x9C || token.mark == 0x98)) || token.mark == 0xAB)
    }
    func isCloseQuote(_ token: Token) -> Bool {
        token.kind == .punct && (token.mark == UInt8(ascii: "\"") || (token.end - token.start == 3 && (token.mark == 0x9D || token.mark == 0x99)) || token.mark == 0xBB)
    }
    func isQuote(_ token: Token) -> Bool { isOpenQuote(token) || isCloseQuote(token) || token.mark == UInt8(ascii: "'") }

    func add(_ fact: Found) { found.append(fact) }
}
