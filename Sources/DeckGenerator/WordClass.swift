/// The lexicon's word lists a token belongs to, as bits looked up once when it is
/// tokenized: the extractors test list membership of neighbouring words all the time, and a
/// bit test on the token is far cheaper than a hash-table probe behind a lazy global.
/// Each bit mirrors one `KeySet` (or a `KeyMap`'s keys) exactly; `WordClassTests` checks this.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt64

    /// `Analyzer.dateTriggers`
    static let dateTriggers = WordClass(rawValue: 1 << 0)
    /// `Analyzer.ordinalSuffixes`
    static let ordinalSuffixes = WordClass(rawValue: 1 << 1)
    /// `Analyzer.timeZones`
    static let timeZones = WordClass(rawValue: 1 << 2)
    /// `Lexicon.ambiguousMonths`
    static let ambiguousMonths = WordClass(rawValue: 1 << 3)
    /// `Lexicon.commonWords`
    static let commonWords = WordClass(rawValue: 1 << 4)
    /// `Lexicon.compassWords`
    static let compassWords = WordClass(rawValue: 1 << 5)
    /// `Lexicon.corporateSuffixes`
    static let corporateSuffixes = WordClass(rawValue: 1 << 6)
    /// `Lexicon.countries`
    static let countries = WordClass(rawValue: 1 << 7)
    /// `Lexicon.countryAcronyms`
    static let countryAcronyms = WordClass(rawValue: 1 << 8)
    /// `Lexicon.datePrepositions`
    static let datePrepositions = WordClass(rawValue: 1 << 9)
    /// `Lexicon.decadeQualifiers`
    static let decadeQualifiers = WordClass(rawValue: 1 << 10)
    /// `Lexicon.demonymPlurals`
    static let demonymPlurals = WordClass(rawValue: 1 << 11)
    /// `Lexicon.fullMonthNames`
    static let fullMonthNames = WordClass(rawValue: 1 << 12)
    /// `Lexicon.honorifics`
    static let honorifics = WordClass(rawValue: 1 << 13)
    /// `Lexicon.measureUnits`
    static let measureUnits = WordClass(rawValue: 1 << 14)
    /// `Lexicon.nameConnectors`
    static let nameConnectors = WordClass(rawValue: 1 << 15)
    /// `Lexicon.nonGroupHeads`
    static let nonGroupHeads = WordClass(rawValue: 1 << 16)
    /// `Lexicon.oneIdioms`
    static let oneIdioms = WordClass(rawValue: 1 << 17)
    /// `Lexicon.organisationHeads`
    static let organisationHeads = WordClass(rawValue: 1 << 18)
    /// `Lexicon.organisationMembers`
    static let organisationMembers = WordClass(rawValue: 1 << 19)
    /// `Lexicon.organisationPossessions`
    static let organisationPossessions = WordClass(rawValue: 1 << 20)
    /// `Lexicon.organisationTypes`
    static let organisationTypes = WordClass(rawValue: 1 << 21)
    /// `Lexicon.organisationVerbs`
    static let organisationVerbs = WordClass(rawValue: 1 << 22)
    /// `Lexicon.organisationWords`
    static let organisationWords = WordClass(rawValue: 1 << 23)
    /// `Lexicon.peopleCollectives`
    static let peopleCollectives = WordClass(rawValue: 1 << 24)
    /// `Lexicon.qualifierWords`
    static let qualifierWords = WordClass(rawValue: 1 << 25)
    /// `Lexicon.relativeWords`
    static let relativeWords = WordClass(rawValue: 1 << 26)
    /// `Lexicon.roleAbbreviations`
    static let roleAbbreviations = WordClass(rawValue: 1 << 27)
    /// `Lexicon.roleHeads`
    static let roleHeads = WordClass(rawValue: 1 << 28)
    /// `Lexicon.sentenceNouns`
    static let sentenceNouns = WordClass(rawValue: 1 << 29)
    /// `Lexicon.staffNouns`
    static let staffNouns = WordClass(rawValue: 1 << 30)
    /// `Lexicon.stanceVerbs`
    static let stanceVerbs = WordClass(rawValue: 1 << 31)
    /// `Lexicon.titleWords`
    static let titleWords = WordClass(rawValue: 1 << 32)
    /// `Lexicon.weekdays`
    static let weekdays = WordClass(rawValue: 1 << 33)
    /// `NameFinder.acronymConnectors`
    static let acronymConnectors = WordClass(rawValue: 1 << 34)
    /// `NameFinder.appointmentVerbs`
    static let appointmentVerbs = WordClass(rawValue: 1 << 35)
    /// `NameFinder.auxiliaries`
    static let auxiliaries = WordClass(rawValue: 1 << 36)
    /// `NameFinder.bodyHeads`
    static let bodyHeads = WordClass(rawValue: 1 << 37)
    /// `NameFinder.clauseBreakers`
    static let clauseBreakers = WordClass(rawValue: 1 << 38)
    /// `NameFinder.companyTails`
    static let companyTails = WordClass(rawValue: 1 << 39)
    /// `NameFinder.coreferenceNouns`
    static let coreferenceNouns = WordClass(rawValue: 1 << 40)
    /// `NameFinder.countFillers`
    static let countFillers = WordClass(rawValue: 1 << 41)
    /// `NameFinder.determiners`
    static let determiners = WordClass(rawValue: 1 << 42)
    /// `NameFinder.governmentNouns`
    static let governmentNouns = WordClass(rawValue: 1 << 43)
    /// `NameFinder.joinVerbs`
    static let joinVerbs = WordClass(rawValue: 1 << 44)
    /// `NameFinder.legalSuffixes`
    static let legalSuffixes = WordClass(rawValue: 1 << 45)
    /// `NameFinder.makerNouns`
    static let makerNouns = WordClass(rawValue: 1 << 46)
    /// `NameFinder.measureNouns`
    static let measureNouns = WordClass(rawValue: 1 << 47)
    /// `NameFinder.nameParticles`
    static let nameParticles = WordClass(rawValue: 1 << 48)
    /// `NameFinder.newsAgencies`
    static let newsAgencies = WordClass(rawValue: 1 << 49)
    /// `NameFinder.nonCorporateRoles`
    static let nonCorporateRoles = WordClass(rawValue: 1 << 50)
    /// `NameFinder.passiveMarkers`
    static let passiveMarkers = WordClass(rawValue: 1 << 51)
    /// `NameFinder.peopleFollowers`
    static let peopleFollowers = WordClass(rawValue: 1 << 52)
    /// `NameFinder.prepositions`
    static let prepositions = WordClass(rawValue: 1 << 53)
    /// `NameFinder.reportingVerbs`
    static let reportingVerbs = WordClass(rawValue: 1 << 54)
    /// `NameFinder.roleBreakers`
    static let roleBreakers = WordClass(rawValue: 1 << 55)
    /// `NameFinder.roleModifiers`
    static let roleModifiers = WordClass(rawValue: 1 << 56)
    /// `NameFinder.stateBodies`
    static let stateBodies = WordClass(rawValue: 1 << 57)
    /// `NameFinder.superlativeScopes`
    static let superlativeScopes = WordClass(rawValue: 1 << 58)
    /// `NameFinder.timeAdverbs`
    static let timeAdverbs = WordClass(rawValue: 1 << 59)
    /// `Lexicon.stanceNouns`
    static let stanceNouns = WordClass(rawValue: 1 << 60)
    /// A key of `Lexicon.demonymCountry`
    static let demonym = WordClass(rawValue: 1 << 61)
    /// A key of `Lexicon.monthNumbers`
    static let month = WordClass(rawValue: 1 << 62)
    /// A key of `Lexicon.numberWords`
    static let numberWord = WordClass(rawValue: 1 << 63)

    /// Each class with the keys of its list.
    static let sources: [(WordClass, [UInt64])] = [
        (.dateTriggers, Analyzer.dateTriggers.keys),
        (.ordinalSuffixes, Analyzer.ordinalSuffixes.keys),
        (.timeZones, Analyzer.timeZones.keys),
        (.ambiguousMonths, Lexicon.ambiguousMonths.keys),
        (.commonWords, Lexicon.commonWords.keys),
        (.compassWords, Lexicon.compassWords.keys),
        (.corporateSuffixes, Lexicon.corporateSuffixes.keys),
        (.countries, Lexicon.countries.keys),
        (.countryAcronyms, Lexicon.countryAcronyms.keys),
        (.datePrepositions, Lexicon.datePrepositions.keys),
        (.decadeQualifiers, Lexicon.decadeQualifiers.keys),
        (.demonymPlurals, Lexicon.demonymPlurals.keys),
        (.fullMonthNames, Lexicon.fullMonthNames.keys),
        (.honorifics, Lexicon.honorifics.keys),
        (.measureUnits, Lexicon.measureUnits.keys),
        (.nameConnectors, Lexicon.nameConnectors.keys),
        (.nonGroupHeads, Lexicon.nonGroupHeads.keys),
        (.oneIdioms, Lexicon.oneIdioms.keys),
        (.organisationHeads, Lexicon.organisationHeads.keys),
        (.organisationMembers, Lexicon.organisationMembers.keys),
        (.organisationPossessions, Lexicon.organisationPossessions.keys),
        (.organisationTypes, Lexicon.organisationTypes.keys),
        (.organisationVerbs, Lexicon.organisationVerbs.keys),
        (.organisationWords, Lexicon.organisationWords.keys),
        (.peopleCollectives, Lexicon.peopleCollectives.keys),
        (.qualifierWords, Lexicon.qualifierWords.keys),
        (.relativeWords, Lexicon.relativeWords.keys),
        (.roleAbbreviations, Lexicon.roleAbbreviations.keys),
        (.roleHeads, Lexicon.roleHeads.keys),
        (.sentenceNouns, Lexicon.sentenceNouns.keys),
        (.staffNouns, Lexicon.staffNouns.keys),
        (.stanceVerbs, Lexicon.stanceVerbs.keys),
        (.titleWords, Lexicon.titleWords.keys),
        (.weekdays, Lexicon.weekdays.keys),
        (.acronymConnectors, NameFinder.acronymConnectors.keys),
        (.appointmentVerbs, NameFinder.appointmentVerbs.keys),
        (.auxiliaries, NameFinder.auxiliaries.keys),
        (.bodyHeads, NameFinder.bodyHeads.keys),
        (.clauseBreakers, NameFinder.clauseBreakers.keys),
        (.companyTails, NameFinder.companyTails.keys),
        (.coreferenceNouns, NameFinder.coreferenceNouns.keys),
        (.countFillers, NameFinder.countFillers.keys),
        (.determiners, NameFinder.determiners.keys),
        (.governmentNouns, NameFinder.governmentNouns.keys),
        (.joinVerbs, NameFinder.joinVerbs.keys),
        (.legalSuffixes, NameFinder.legalSuffixes.keys),
        (.makerNouns, NameFinder.makerNouns.keys),
        (.measureNouns, NameFinder.measureNouns.keys),
        (.nameParticles, NameFinder.nameParticles.keys),
        (.newsAgencies, NameFinder.newsAgencies.keys),
        (.nonCorporateRoles, NameFinder.nonCorporateRoles.keys),
        (.passiveMarkers, NameFinder.passiveMarkers.keys),
        (.peopleFollowers, NameFinder.peopleFollowers.keys),
        (.prepositions, NameFinder.prepositions.keys),
        (.reportingVerbs, NameFinder.reportingVerbs.keys),
        (.roleBreakers, NameFinder.roleBreakers.keys),
        (.roleModifiers, NameFinder.roleModifiers.keys),
        (.stateBodies, NameFinder.stateBodies.keys),
        (.superlativeScopes, NameFinder.superlativeScopes.keys),
        (.timeAdverbs, NameFinder.timeAdverbs.keys),
        (.stanceNouns, Lexicon.stanceNouns.keys),
        (.demonym, Lexicon.demonymCountry.keys),
        (.month, Lexicon.monthNumbers.keys),
        (.numberWord, Lexicon.numberWords.keys),
    ]

    /// The classes of every word in any list.
    static let table = ClassTable(sources)
}

/// Word hash → class bits, keys and values side by side so that a lookup touches one cache
/// line: the tokenizer looks up every word of the text here.
struct ClassTable: Sendable {
    private let entries: [UInt64]
    private let mask: Int
    /// One bit per value of a key's top 16 bits, set for the keys in the table: most words of a
    /// text are in no list, and this 8 KB filter (which stays in the L1 cache) turns them away
    /// without touching the larger table.
    private let filter: [UInt64]

    init(_ sources: [(WordClass, [UInt64])]) {
        var classes: [UInt64: UInt64] = [:]
        for (wordClass, keys) in sources { for key in keys { classes[key == 0 ? 1 : key, default: 0] |= wordClass.rawValue } }
        var capacity = 16
        while capacity < classes.count * 2 { capacity <<= 1 }
        var entries = [UInt64](repeating: 0, count: capacity * 2)
        for (key, bits) in classes.sorted(by: { $0.key < $1.key }) {
            var index = Int(truncatingIfNeeded: key ^ (key >> 29)) & (capacity - 1)
            while entries[index * 2] != 0 { index = (index + 1) & (capacity - 1) }
            entries[index * 2] = key
            entries[index * 2 + 1] = bits
        }
        self.entries = entries
        mask = capacity - 1
        var filter = [UInt64](repeating: 0, count: 1 << 10)
        for key in classes.keys { filter[Int(key >> 54)] |= 1 << ((key >> 48) & 63) }
        self.filter = filter
    }

    /// The class bits of the word with hash `key` (0 when it is in no list).
    @inline(__always)
    subscript(key: UInt64) -> UInt64 {
        let stored = key == 0 ? 1 : key
        guard filter.withUnsafeBufferPointer({ $0[Int(stored >> 54)] & (1 << ((stored >> 48) & 63)) != 0 }) else { return 0 }
        var index = Int(truncatingIfNeeded: stored ^ (stored >> 29)) & mask
        return entries.withUnsafeBufferPointer { entries in
            while true {
                let slot = entries[index &* 2]
                if slot == stored { return entries[index &* 2 &+ 1] }
                if slot == 0 { return 0 }
                index = (index &+ 1) & mask
            }
        }
    }
}

extension Token {
    /// Whether the word is in the list of `wordClass`.
    @inline(__always) func isIn(_ wordClass: WordClass) -> Bool { classes & wordClass.rawValue != 0 }
}
