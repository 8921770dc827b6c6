/// Keys of single words the extractors test often: `Lexicon.key` of the word in the comment,
/// written as literals so that reading one is a plain load rather than a lazy global
/// initialisation check on every token (`LexiconTests` checks each against `Lexicon.key`).
enum K {
    static let the: UInt64 = 0x56F5C9194461D57C // the
    static let a: UInt64 = 0xAF63DC4C8601EC8C // a
    static let an: UInt64 = 0x089C3807B5458406 // an
    static let of: UInt64 = 0x08B06007B5567108 // of
    static let and: UInt64 = 0xE6F79719051FF286 // and
    static let or: UInt64 = 0x08B05407B5565CA4 // or
    static let to: UInt64 = 0x08C83907B56AC0A4 // to
    static let in_: UInt64 = 0x08B73807B55C4BBE // in
    static let on: UInt64 = 0x08B05807B5566370 // on
    static let at: UInt64 = 0x089C4E07B545A968 // at
    static let by: UInt64 = 0x08A64B07B54DF8D4 // by
    static let s: UInt64 = 0xAF63EE4C86020B22 // s
    static let last: UInt64 = 0x0456D2AD905847D9 // last
    static let next: UInt64 = 0xE5316CBAA025F028 // next
    static let this: UInt64 = 0x2587BCEF32493841 // this
    static let year: UInt64 = 0x7C64634977425EDC // year
    static let month: UInt64 = 0xF4BDC3936FAF56A5 // month
    static let century: UInt64 = 0x548AB5834617D9D7 // century
    static let quarter: UInt64 = 0xFFBE2660A81C5667 // quarter
    static let half: UInt64 = 0x2E33A6CC74123124 // half
    static let fiscal: UInt64 = 0xA45DB4D88E7B9563 // fiscal
    static let early: UInt64 = 0x7F3359536A80D41C // early
    static let mid: UInt64 = 0x07F43D1917563645 // mid
    static let late: UInt64 = 0x044CF1AD90502801 // late
    static let also: UInt64 = 0x84CA5683AB0358D2 // also
    static let known: UInt64 = 0x9E7C31938395894C // known
    static let as_: UInt64 = 0x089C5507B545B54D // as
    static let aka: UInt64 = 0x023499FAC0A18840 // a.k.a.
    static let formerly: UInt64 = 0x4E29E08F4944CF0B // formerly
    static let called: UInt64 = 0x967753995E467840 // called
    static let per: UInt64 = 0x77BC7219566A8EE4 // per
    static let cent: UInt64 = 0xD9920290FD6B234F // cent
    static let percent: UInt64 = 0x425314F720AE7F7A // percent
    static let forces: UInt64 = 0x0E49C98EBEFA5195 // forces
    static let troops: UInt64 = 0xF8A5BEB420205440 // troops
    static let one: UInt64 = 0x1A08AA1921CA5CAF // one
    static let headed: UInt64 = 0x3A5082B501763EC2 // headed
    static let led: UInt64 = 0x127274191DCC3C4A // led
    static let chaired: UInt64 = 0xB2CD92A1B73E409B // chaired
    static let run: UInt64 = 0x89B2A81960C55A4A // run
    static let founded: UInt64 = 0x86C24D904F7B343E // founded
    static let that: UInt64 = 0x256CADEF3232570C // that
    static let according: UInt64 = 0x22069A7DCA739B67 // according
    static let is_: UInt64 = 0x08B74507B55C61D5 // is
    static let was: UInt64 = 0x5EADE819487CB532 // was
    static let are: UInt64 = 0xE756C8190570DA4D // are
    static let were: UInt64 = 0x3DB3F1F61A19018C // were
    static let became: UInt64 = 0x123C12455AB6D48E // became
    static let serves: UInt64 = 0x7294D87DB181E085 // serves
    static let served: UInt64 = 0x7294E17DB181EFD0 // served
    static let group: UInt64 = 0xDC57E42946F6E08C // group
    static let including: UInt64 = 0xF6BD22E8EA1B8A30 // including
    static let with: UInt64 = 0xA66B06F655A0C2E9 // with
    static let which: UInt64 = 0xCE989E88581F9422 // which
    static let who: UInt64 = 0x5EC5FC194891690F // who
    static let between: UInt64 = 0x13F5793E33EBDA4F // between
    static let from: UInt64 = 0x7F845078D7A5C0B5 // from
    static let has: UInt64 = 0x335813192FEF9543 // has
    static let have: UInt64 = 0x2E47C5CC74230EDB // have
    static let had: UInt64 = 0x335808192FEF8292 // had
    static let not: UInt64 = 0x215AD619258E9F4A // not
    static let never: UInt64 = 0xCBD8031E3D026DC9 // never
    static let am: UInt64 = 0x6AB5498279F2250D // a.m.
    static let pm: UInt64 = 0xBC909A0EE53BFF3C // p.m.
    static let am2: UInt64 = 0x089C3707B5458253 // am
    static let pm2: UInt64 = 0x08D53B07B5754E66 // pm
    static let no: UInt64 = 0x08B35907B5589AFA // no
    static let each: UInt64 = 0x214BAC601E6D7DA8 // each
    static let dozen: UInt64 = 0xF40C43AB46208B49 // dozen
    static let hundred: UInt64 = 0x6CA4772E23F50AE3 // hundred
    static let year_old: UInt64 = 0xB11A7F5DEC7E2FD4 // year-old
    static let anti: UInt64 = 0x96DECE83B57791ED // anti
    static let goals: UInt64 = 0x6BD3BCCEF38DE2BF // goals
    static let aims: UInt64 = 0xB0862F83C3E732BF // aims
    static let stated: UInt64 = 0xC50C766D6CF084B6 // stated
    static let include: UInt64 = 0xC71BEF1C7CD467A7 // include
    static let demands: UInt64 = 0xA24BD9C7E1C8B9F7 // demands
    static let objectives: UInt64 = 0xE4B2823C092DB371 // objectives
    static let its: UInt64 = 0x2BB3EA192BE54D99 // its
    static let their: UInt64 = 0xEB06B1725DC70D87 // their
    static let company: UInt64 = 0x57301AA08677B2BC // company
    static let organisation: UInt64 = 0x37E218C7A88563C7 // organisation
    static let organization: UInt64 = 0x5F7099C57E3BE0CA // organization
    static let movement: UInt64 = 0x70D7928FBC5645D8 // movement
    static let party: UInt64 = 0x0C51A3A7A1F962F7 // party
    static let firm: UInt64 = 0xAA77FD78EFDFD251 // firm
    static let bank: UInt64 = 0x9A1ADF9BAA01F4B7 // bank
    static let country: UInt64 = 0x7772757416326F71 // country
    static let government: UInt64 = 0xDBA50DD5B59C0116 // government
    static let it_: UInt64 = 0x08B73E07B55C55F0 // it
    static let commanded: UInt64 = 0x8E8B29199FB9E1A3 // commanded
    static let then: UInt64 = 0x2579C7EF323D0D96 // then
    static let former: UInt64 = 0x64CD628EEFF3227C // former
    static let said: UInt64 = 0x096E4D18BF89481C // said
    static let says: UInt64 = 0x09373C18BF59E8C9 // says
    static let announced: UInt64 = 0x6C0B7B3EC2EB0D6A // announced
    static let told: UInt64 = 0x2FD9F6EF389A0874 // told
    static let ago: UInt64 = 0xE715BE190539325A // ago
    static let basis: UInt64 = 0xD6E86E826DFB3BED // basis
    static let billions: UInt64 = 0x7141D76455B9839B // billions
    static let chief: UInt64 = 0x6205207624E57612 // chief
    static let continue_: UInt64 = 0xD2BFD5ACCD1966A4 // continue
    static let continues: UInt64 = 0x355EEBA08229BF55 // continues
    static let currently: UInt64 = 0xAC2D4D4A4679AF01 // currently
    static let data: UInt64 = 0x855B556730A34A05 // data
    static let estimates: UInt64 = 0x8265B6A21C46F12C // estimates
    static let figures: UInt64 = 0xC2AD17960B16698E // figures
    static let for_: UInt64 = 0xDCB27818FED9DA90 // for
    static let her: UInt64 = 0x334A1A192FE363CC // her
    static let his: UInt64 = 0x337323193006782B // his
    static let i: UInt64 = 0xAF63E44C8601FA24 // i
    static let k: UInt64 = 0xAF63E64C8601FD8A // k
    static let m: UInt64 = 0xAF63E04C8601F358 // m
    static let millions: UInt64 = 0x4620DA42C6BB004C // millions
    static let now: UInt64 = 0x215AD519258E9D97 // now
    static let old_: UInt64 = 0x1A0FAD1921D08076 // old
    static let opposition: UInt64 = 0x8A8B4DB1B6942375 // opposition
    static let other: UInt64 = 0x0A24AD61C2562A55 // other
    static let people: UInt64 = 0x5FEBFA3518D4930E // people
    static let percentage: UInt64 = 0x1A7D46F113023055 // percentage
    static let points: UInt64 = 0xDD02AD83D7CF88A6 // points
    static let refused: UInt64 = 0xDD362779F48A4B03 // refused
    static let rs: UInt64 = 0x08DC4507B57B7E12 // rs
    static let sq: UInt64 = 0x08D93F07B5793E09 // sq
    static let square: UInt64 = 0x7884F79B0C364646 // square
    static let stands: UInt64 = 0x1BADFB6D9E023130 // stands
    static let thousands: UInt64 = 0xC009B32ABE31A508 // thousands
    static let today: UInt64 = 0xA411597D0674521E // today
    static let wants: UInt64 = 0xB388104D01351B54 // wants
    static let will: UInt64 = 0xA6190AF6555ABF8D // will
    static let added: UInt64 = 0x235DE2FDFD542145 // added
    static let reported: UInt64 = 0x1CD3F4462020234A // reported
    static let thousand: UInt64 = 0x96293F795497F2AB // thousand
    static let past: UInt64 = 0x03B42B0DEBC88FDD // past
    static let few: UInt64 = 0xDCC67D18FEEA8C19 // few
    static let current: UInt64 = 0x2A2E8A5AFCC8D89A // current
    static let started: UInt64 = 0xC732F2E2FBE9F15E // started
    static let been: UInt64 = 0x75F4589B951AB7C3 // been
    static let be: UInt64 = 0x08A62F07B54DC940 // be

    /// Every constant with its word, for the check that they match `Lexicon.key`.
    static let all: [(word: String, key: UInt64)] = [
        ("the", the), ("a", a), ("an", an), ("of", of),
        ("and", and), ("or", or), ("to", to), ("in", in_),
        ("on", on), ("at", at), ("by", by), ("s", s),
        ("last", last), ("next", next), ("this", this), ("year", year),
        ("month", month), ("century", century), ("quarter", quarter), ("half", half),
        ("fiscal", fiscal), ("early", early), ("mid", mid), ("late", late),
        ("also", also), ("known", known), ("as", as_), ("a.k.a.", aka),
        ("formerly", formerly), ("called", called), ("per", per), ("cent", cent),
        ("percent", percent), ("forces", forces), ("troops", troops), ("one", one),
        ("headed", headed), ("led", led), ("chaired", chaired), ("run", run),
        ("founded", founded), ("that", that), ("according", according), ("is", is_),
        ("was", was), ("are", are), ("were", were), ("became", became),
        ("serves", serves), ("served", served), ("group", group), ("including", including),
        ("with", with), ("which", which), ("who", who), ("between", between),
        ("from", from), ("has", has), ("have", have), ("had", had),
        ("not", not), ("never", never), ("a.m.", am), ("p.m.", pm),
        ("am", am2), ("pm", pm2), ("no", no), ("each", each),
        ("dozen", dozen), ("hundred", hundred), ("year-old", year_old), ("anti", anti),
        ("goals", goals), ("aims", aims), ("stated", stated), ("include", include),
        ("demands", demands), ("objectives", objectives), ("its", its), ("their", their),
        ("company", company), ("organisation", organisation), ("organization", organization), ("movement", movement),
        ("party", party), ("firm", firm), ("bank", bank), ("country", country),
        ("government", government), ("it", it_), ("commanded", commanded), ("then", then),
        ("former", former), ("said", said), ("says", says), ("announced", announced),
        ("told", told), ("ago", ago), ("basis", basis), ("billions", billions),
        ("chief", chief), ("continue", continue_), ("continues", continues), ("currently", currently),
        ("data", data), ("estimates", estimates), ("figures", figures), ("for", for_),
        ("her", her), ("his", his), ("i", i), ("k", k),
        ("m", m), ("millions", millions), ("now", now), ("old", old_),
        ("opposition", opposition), ("other", other), ("people", people), ("percentage", percentage),
        ("points", points), ("refused", refused), ("rs", rs), ("sq", sq),
        ("square", square), ("stands", stands), ("thousands", thousands), ("today", today),
        ("wants", wants), ("will", will), ("added", added), ("reported", reported),
        ("thousand", thousand), ("past", past), ("few", few), ("current", current),
        ("started", started), ("been", been), ("be", be),
    ]
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
    case quarter(Int) // the third quarter: of the document's year
    case week(offset: Int) // this week, last week: an ISO week
    case monthOfYear(Int, yearOffset: Int) // August last year
    case dayOfYear(Int, Int, yearOffset: Int) // Nov. 30 last year
    case anchored(AnchoredDate) // `By Sunday morning`, `Today we`, `The following day` (DateAnaphora.swift)
}

/// The working state of one extraction over a read document.
final class Analyzer {
    let read: ReadText
    let bytes: UnsafeBufferPointer<UInt8>
    /// Tokens of each sentence (empty for chrome), and which of them a date or figure took.
    let tokens: SentenceTokens
    var found: [Found] = []
    var relatives: [(index: Int, relative: Relative)] = []
    /// Full dates seen, with the sentence, to pick the document's own date.
    var fullDates: [(sentence: Int, year: Int, month: Int, day: Int)] = []
    var europeanDayFirst = false
    /// A dateline's month and day written without a year (`DHAKA, Dec 11 (Reuters) -`).
    var dateline: (sentence: Int, month: Int, day: Int)?

    /// Tokenizes every sentence of `read` (whose text `bytes` is); `run` extracts the facts.
    init(read: ReadText, bytes: UnsafeBufferPointer<UInt8>) {
        self.read = read
        self.bytes = bytes
        // Token offsets are 32-bit (see `Token`); the reader refuses articles over 32 MB long before this.
        precondition(bytes.count < Int(UInt32.max), "a text of 4 GB or more cannot be tokenized")
        // Prose has about one token per four or five bytes; the buffer grows if a text has more.
        var list = TokenBuffer(capacity: bytes.count / 4 + 16)
        var starts: [Int] = []
        starts.reserveCapacity(read.sentences.count + 1)
        // About one fact per 250 bytes of prose (more in news): room made once, not by doubling and copying.
        found.reserveCapacity(bytes.count / 250 + 16)
        var summaries: [SentenceSummary] = []
        summaries.reserveCapacity(read.sentences.count)
        for sentence in read.sentences {
            let start = list.count
            starts.append(start)
            if read.paragraphs[sentence.paragraph].kind != .chrome {
                Tokenizer.tokenize(bytes, sentence.start, sentence.end, into: &list)
            }
            summaries.append(list.summarize(from: start))
        }
        starts.append(list.count)
        // A constant: reading it costs no reference counting in the extractors' loops.
        tokens = SentenceTokens(list, starts: starts, summaries: summaries)
    }

    func run() -> [Found] {
        for index in tokens.indices { markNavigation(index) }
        for index in tokens.indices { findDates(index) }
        for index in tokens.indices { findFigures(index) }
        resolveRelatives()
        let names = NameFinder(analyzer: self)
        names.run()
        return found
    }

    /// `Home | Analysis | Water & Security`: a line of links split by bars is page chrome; all its
    /// tokens are marked taken so that no extractor reads them.
    func markNavigation(_ s: Int) {
        let list = tokens[s]
        // Only short lines of capitalised link words: a table row (`| a | 10 |`) is content.
        guard list.count >= 5, list.count <= 24, list[0].kind == .word else { return }
        var bars = 0
        for token in list {
            if token.kind == .punct, token.mark == UInt8(ascii: "|") { bars += 1; continue }
            if token.kind == .number { return }
            if token.kind == .word, !token.upper, !token.isIn(.nameConnectors) { return }
        }
        guard bars >= 2 else { return }
        let flags = taken(s)
        for index in flags.indices { flags[index] = true }
    }

    // MARK: token helpers

    @inline(__always) func text(_ token: Token) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self) }
    /// `text(token).hasSuffix(suffix)` for an ASCII `suffix`, read from the bytes: a `String` is made only when
    /// a non-ASCII byte comes before the suffix, where a character could join the suffix's first letter.
    func endsWith(_ token: Token, _ suffix: StaticString) -> Bool {
        assert(suffix.isASCII, "an ASCII suffix")
        let count = suffix.utf8CodeUnitCount
        let start = token.end - count
        guard start >= token.start else { return false }
        for k in 0..<count where bytes[start + k] != suffix.utf8Start[k] { return false }
        if start > token.start, bytes[start - 1] >= 0x80 { return text(token).hasSuffix(suffix.description) }
        return true
    }
    func text(_ start: Int, _ end: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self) }
    /// The text from token `from` through token `to` (inclusive) of sentence `s`.
    func span(_ s: Int, _ from: Int, _ to: Int) -> String { text(tokens[s][from].start, tokens[s][to].end) }

    @inline(__always) func byteCount(_ token: Token) -> Int { token.end - token.start }
    /// The keys of a hyphenated word's first and last parts (`then-prime` → `then`, `prime`).
    func headKey(_ token: Token) -> UInt64 { Tokenizer.headKey(bytes, token) }
    func tailKey(_ token: Token) -> UInt64 { Tokenizer.tailKey(bytes, token) }

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
    @inline(__always) func firstWordIndex(_ s: Int) -> Int { tokens.firstWord(s) }

    /// The one-byte punctuation mark `ascii` (a scalar literal, so the test is a byte compare).
    /// Only a punctuation token has a mark, and a mark of several bytes ends in a continuation byte
    /// (0x80 or more), so an ASCII mark is a one-byte punctuation token of that character.
    @inline(__always) func isPunct(_ token: Token, _ ascii: Unicode.Scalar) -> Bool {
        UInt32(token.mark) == ascii.value
    }
    /// A dash of any kind: `-`, `–`, `—`.
    @inline(__always) func isDash(_ token: Token) -> Bool {
        guard token.kind == .punct else { return false }
        if token.end - token.start == 1 { return token.mark == UInt8(ascii: "-") }
        return bytes[token.start] == 0xE2 && bytes[token.start + 1] == 0x80 && (token.mark == 0x93 || token.mark == 0x94 || token.mark == 0x90 || token.mark == 0x91)
    }
    @inline(__always) func isApostrophe(_ token: Token) -> Bool {
        token.kind == .punct && (token.mark == UInt8(ascii: "'") || (token.mark == 0x99 && token.end - token.start == 3))
    }
    /// `’s` possessive at index `i` (apostrophe then attached `s`). Inlined: asked of nearly every
    /// name's neighbours, and nearly always false at the first test.
    @inline(__always) func isPossessive(_ s: Int, _ i: Int) -> Bool {
        let list = tokens[s]
        guard i >= 0, i + 1 < list.count else { return false }
        return isApostrophe(list[i]) && !list[i].space && list[i + 1].key == K.s && !list[i + 1].space
    }
    @inline(__always) func isOpenQuote(_ token: Token) -> Bool { token.opensQuote }
    @inline(__always) func isCloseQuote(_ token: Token) -> Bool {
        token.kind == .punct && (token.mark == UInt8(ascii: "\"") || (token.end - token.start == 3 && (token.mark == 0x9D || token.mark == 0x99)) || token.mark == 0xBB)
    }
    func isQuote(_ token: Token) -> Bool { isOpenQuote(token) || isCloseQuote(token) || token.mark == UInt8(ascii: "'") }

    /// Adds a found fact (taken, not copied: a copy would retain each of its strings).
    func add(_ fact: consuming Found) { found.append(fact) }

    /// Which tokens of sentence `s` a date or figure has taken.
    @inline(__always) func taken(_ s: Int) -> UnsafeMutableBufferPointer<Bool> { tokens.taken(s) }
}
