import Testing
@testable import DeckGenerator

/// The word keys written as literals in `K` are the hashes `Lexicon.key` gives their words.
@Suite struct LexiconTests {
    @Test func literalKeysMatchTheirWords() {
        #expect(K.all.count >= 100)
        for (word, key) in K.all {
            #expect(Lexicon.key(word) == key, "K constant for \(word)")
        }
    }

    /// The `…Key` constants of the extractors, also written as literals.
    @Test func extractorKeysMatchTheirWords() {
        let keys: [(String, UInt64)] = [
            ("time", Analyzer.timeKey),
            ("times", Analyzer.timesKey),
            ("decade", Analyzer.decadeKey),
            ("decades", Analyzer.decadesKey),
            ("centuries", Analyzer.centuriesKey),
            ("same", Analyzer.sameKey),
            ("day", Analyzer.dayKey),
            ("following", Analyzer.followingKey),
            ("previous", Analyzer.previousKey),
            ("prior", Analyzer.priorKey),
            ("before", Analyzer.beforeKey),
            ("after", Analyzer.afterKey),
            ("yesterday", Analyzer.yesterdayKey),
            ("night", Analyzer.nightKey),
            ("fall", Analyzer.fallKey),
            ("since", Analyzer.sinceKey),
            ("x", Analyzer.xKey),
            ("fold", Analyzer.foldKey),
            ("week", Analyzer.weekKey),
            ("tk", Analyzer.tkKey),
            ("cubic", Analyzer.cubicKey),
            ("pc", Analyzer.pcKey),
            ("whose", NameFinder.whoseKey),
            ("others", NameFinder.othersKey),
            ("went", NameFinder.wentKey),
            ("for", NameFinder.forKey),
            ("flight", NameFinder.flightKey),
            ("ethnic", NameFinder.ethnicKey),
            ("co-founded", NameFinder.coFoundedKey),
            ("in", NameFinder.inKey),
            ("company", NameFinder.companyKey),
            ("university", NameFinder.universityKey),
            ("express", NameFinder.expressKey),
            ("un", NameFinder.unKey),
            ("sworn", NameFinder.swornKey),
            ("but", NameFinder.butKey),
            ("plan", NameFinder.planKey),
            ("pension", NameFinder.pensionKey),
            ("retired", NameFinder.retiredKey),
            ("resigned", NameFinder.resignedKey),
            ("hm", NameFinder.hmKey),
            ("school", NameFinder.schoolKey),
            ("radio", NameFinder.radioKey),
            ("such", NameFinder.suchKey),
            ("included", NameFinder.includedKey),
            ("site", NameFinder.siteKey),
            ("launched", NameFinder.launchedKey),
            ("until", NameFinder.untilKey),
            ("page", Chrome.pageKey),
            ("senior", NameFinder.seniorKey),
            ("without", NameFinder.withoutKey),
            ("products", NameFinder.productsKey),
            ("magazine", NameFinder.magazineKey),
            ("laureate", NameFinder.laureateKey),
            ("oath", NameFinder.oathKey),
            ("took", NameFinder.tookKey),
            ("writes", NameFinder.writesKey),
            ("about", NameFinder.aboutKey),
            ("chamber", NameFinder.chamberKey),
        ]
        for (word, key) in keys {
            #expect(Lexicon.key(word) == key, "key constant for \(word)")
        }
    }

    @Test func stringKeyEqualsByteKey() {
        for word in ["Taliban", "al-Qa’eda", "U.S.", "Goïta", "it's", ""] {
            let bytes = Array(word.utf8)
            let byteKey = bytes.withUnsafeBufferPointer { Lexicon.key($0, 0, $0.count) }
            #expect(Lexicon.key(word) == byteKey)
        }
    }
}
