/// Word lists the extractors consult: general English knowledge (months, units,
/// title words, reporting verbs, countries and demonyms), never names from one article.
/// Lookups go through 64-bit hashes of the lower-cased word, so a scanner can test a
/// byte range without building a `String`.
enum Lexicon {
    /// FNV-1a over the lower-cased bytes; a curly apostrophe counts as a straight one.
    @inline(__always)
    static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var index = start
        while index < end {
            var byte = bytes[index]
            if byte == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                byte = UInt8(ascii: "'")
                index += 2
            } else if byte >= 0x41, byte <= 0x5A {
                byte |= 0x20
            }
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
            index += 1
        }
        return hash
    }

    /// FNV-1a over bytes as written (no case folding), one byte at a time: `rawStep(rawSeed, b)`.
    static let rawSeed: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func rawStep(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }

    static func key(_ text: String) -> UInt64 {
        if let hash = text.utf8.withContiguousStorageIfAvailable({ key($0, 0, $0.count) }) { return hash }
        var copy = Array(text.utf8)
        return copy.withUnsafeMutableBufferPointer { buffer in
            key(UnsafeBufferPointer(buffer), 0, buffer.count)
        }
    }

    static func set(_ words: [String]) -> KeySet { KeySet(words.map { key($0) }) }
    /// The words of a list written one or more to a line. Split on the UTF-8 bytes: splitting the
    /// characters cost more than the rest of a short article's extraction at the first one of a process.
    static func split(_ text: String) -> [String] {
        text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A }).map { String(decoding: $0, as: UTF8.self) }
    }

    // MARK: calendar

    static let monthNumbers: KeyMap<Int> = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"]
        var table: [UInt64: Int] = [:]
        for (index, name) in names.enumerated() {
            table[key(name)] = index + 1
            table[key(String(name.prefix(3)))] = index + 1
        }
        table[key("sept")] = 9
        return KeyMap(table)
    }()
    /// Month words that are also ordinary English words: dates only with a number or a date preposition.
    static let ambiguousMonths = set(["may", "march", "mar", "jan", "jun", "aug", "dec", "sep", "oct", "nov", "apr", "feb", "jul"])
    static let fullMonthNames = set(["january", "february", "march", "april", "may", "june", "july", "august",
                                     "september", "october", "november", "december"])
    static let weekdays = set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
    static let seasons: KeyMap<Int> = [key("spring"): 21, key("summer"): 22, key("autumn"): 23, key("fall"): 23, key("winter"): 24]
    static let datePrepositions = set(split("in since until till by from to through throughout during before after between and of on last next this early late mid around until, as"))
    static let decadeQualifiers = set(["early", "mid", "late", "mid-"])
    static let relativeWords = set(["last", "next", "this", "previous", "coming", "past"])

    // MARK: numbers

    static let numberWords: KeyMap<Double> = {
        let small = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                     "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                     "eighteen", "nineteen"]
        let tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
        var table: [UInt64: Double] = [:]
        for (index, word) in small.enumerated() { table[key(word)] = Double(index) }
        for (index, word) in tens.enumerated() { table[key(word)] = Double((index + 2) * 10) }
        for (index, ten) in tens.enumerated() {
            for unit in 1...9 { table[key("\(ten)-\(small[unit])")] = Double((index + 2) * 10 + unit) }
        }
        table[key("dozen")] = 12
        return KeyMap(table)
    }()
    static let multipliers: KeyMap<Double> = [
        key("hundred"): 1e2, key("thousand"): 1e3, key("million"): 1e6, key("billion"): 1e9, key("trillion"): 1e12,
        key("bn"): 1e9, key("mn"): 1e6, key("mln"): 1e6, key("tn"): 1e12, key("k"): 1e3, key("m"): 1e6, key("b"): 1e9,
        key("crore"): 1e7, key("lakh"): 1e5, key("thousands"): 1e3, key("millions"): 1e6, key("billions"): 1e9,
    ]
    /// Units written with the number and kept in the answer (`20 years`, `24km`, `3.5%`).
    static let measureUnits = set(split("""
        year years yr yrs month months week weeks day days hour hours hr hrs minute minutes min mins second seconds
        decade decades century centuries km kilometre kilometres kilometer kilometers mile miles metre metres meter
        meters cm mm kg kilogram kilograms kilo kilos g gram grams tonne tonnes ton tons lb lbs litre litres liter
        liters barrels barrel bpd hectares hectare acres acre ft feet foot inches inch percent per cent %
        percentage degrees degree mph kph km/h gb mb tb kb gbps mbps ghz mhz mw gw kw kwh mwh gwh twh
        sq square cubic nautical knots points basis
        """))
    static let timeUnits = set(split("year years yr yrs month months week weeks day days hour hours minute minutes decade decades century centuries second seconds"))
    static let currencyWords: KeyMap<String> = {
        var table: [UInt64: String] = [:]
        for (word, code) in [("dollars", "$"), ("dollar", "$"), ("usd", "$"), ("us$", "$"), ("euros", "€"), ("euro", "€"),
                             ("eur", "€"), ("pounds", "£"), ("sterling", "£"), ("gbp", "£"), ("yen", "¥"), ("yuan", "¥"),
                             ("rmb", "¥"), ("rupees", "₹"), ("rupee", "₹"), ("rs", "₹"), ("inr", "₹"), ("francs", "CHF"),
                             ("chf", "CHF"), ("roubles", "₽"), ("rubles", "₽"), ("won", "₩"), ("pkr", "PKR"),
                             ("bdt", "৳"), ("tk", "৳"), ("taka", "৳"), ("lkr", "LKR"), ("npr", "NPR"), ("afn", "AFN"), ("aed", "AED"), ("sar", "SAR"),
                             ("cny", "¥"), ("jpy", "¥"), ("rub", "₽"), ("krw", "₩"), ("cad", "C$"), ("aud", "A$"), ("hkd", "HK$"),
                             ("sgd", "S$"), ("kzt", "KZT"), ("uzs", "UZS")] {
            table[key(word)] = code
        }
        return KeyMap(table)
    }()
    /// Words before a number that belong to the answer (`more than 1,000`).
    static let qualifierPhrases: [[UInt64]] = [
        "more than", "less than", "fewer than", "at least", "at most", "up to", "as many as", "as much as",
        "close to", "just over", "just under", "upwards of", "in excess of", "an estimated", "nearly", "almost",
        "about", "around", "over", "under", "roughly", "approximately", "some", "below", "above", "only", "just",
        "estimated", "approx.", "roughly", "well over", "no fewer than", "no more than", "a total of", "a further",
        "another", "an additional", "almost exactly",
    ].map { $0.split(separator: " ").map { key(String($0)) } }.sorted { $0.count > $1.count }
    static let qualifierWords = KeySet(qualifierPhrases.flatMap { $0 })
    /// Nouns after `one` that make it an idiom or pronoun rather than a count.
    static let oneIdioms = set(split("of another day hand side way thing time point such another's or who which that"))

    // MARK: words that are not names

    /// Frequent English words: capitalised only because they start a sentence or heading.
    static let commonWords = set(split("""
        a an the this that these those there here it its it's he she they we i you his her their our my your them us him
        in on at by for from to of with without within into onto over under after before during since until while when
        where why how what which who whom whose whether if then than though although because as so but and or nor not
        no yes also too very more most less least many much some any all each every both either neither such other
        another same own only just even still yet already again once twice now today tomorrow yesterday however moreover
        furthermore meanwhile nevertheless nonetheless thus hence therefore instead indeed besides otherwise overall
        according following despite amid among amongst against across along around about above below beneath behind
        beyond near next last first second third finally firstly secondly lastly later earlier recently currently
        previously initially eventually ultimately generally usually often sometimes rarely never always perhaps maybe
        likely unlike like unless except per via is are was were be been being has have had do does did will would
        shall should can could may might must one two three four five six seven eight nine ten several few most
        new old big small large high low long short good bad great major minor key main early late well even though
        once upon throughout toward towards upon onto out off up down back away still much little what's
        let let's see note read said says told asked added explained according thanks given having being based
        despite including include includes included among beside besides regarding concerning considering
        similarly likewise additionally consequently accordingly alternatively specifically notably importantly
        interestingly ironically unfortunately fortunately surprisingly clearly obviously apparently reportedly
        allegedly officially formally informally together elsewhere nearby abroad inside outside under between
        """))
    /// Plural and mass nouns that often start a sentence capitalised (`Shares of X fell`).
    static let sentenceNouns = set(split("""
        shares analysts officials investors experts critics residents police troops sources economists markets prices
        sales profits stocks researchers scientists workers voters lawmakers protesters supporters observers witnesses
        authorities governments companies banks customers users consumers citizens people children women men leaders
        members soldiers fighters militants rebels forces attacks talks negotiations elections inflation growth
        demand revenue earnings security violence fighting clashes tensions relations ties meanwhile still
        rival rivals competitor competitors data figures statistics results estimates exports imports
        """))
    /// Words that end a name-like run of capitalised words (pronouns, function words) even mid-sentence.
    static let nameConnectors = set(["of", "for", "de", "del", "da", "di", "du", "von", "van", "der", "den", "al", "el", "bin", "ibn", "la", "le", "and", "&"])

    // MARK: groups and places

    /// Nouns that make a capitalised name an organisation (`… Council`, `… Army`, `… Times`).
    static let organisationHeads = set(split("""
        organisation organization organisations organizations council army armies front alliance party parties union
        institutes councils departments ministries agencies commissions committees associations foundations universities
        movement group bank fund agency ministry department committee commission association institute institution
        university college corporation corp corp. inc inc. ltd ltd. llc plc co co. company companies times post news
        journal herald tribune guardian telegraph gazette magazine press daily express chronicle observer
        forces force court parliament assembly congress senate federation league brigade brigades service services
        authority board bureau office foundation society church network coalition command police guard guards navy
        reserve exchange holdings partners capital technologies technology systems labs laboratories motors corps
        computers software electronics pharmaceuticals semiconductor semiconductors instruments devices communications
        telecom media entertainment studios foods chemicals petroleum mining minerals steel automotive aerospace robotics
        therapeutics biosciences analytics solutions dynamics logistics airlines watch laboratory lab museum museums
        airlines airways industries enterprises ventures associates trust cabinet administration secretariat electric
        consortium cartel syndicate club team brotherhood tribunal academy centre center council's caucus
        commissariat directorate division regiment battalion militia militias mujahideen jamaat hizb tehreek
        tehrik lashkar jaish harakat jamiat majlis sipah
        ag sa gmbh nv bv ab asa spa s.a. limited incorporated group's bloc junta taskforce
        advisers advisors securities télécom télécoms invest établissements etablissements embassy embassies consulate
        """))
    /// Last words that make a capitalised run a place, event or document, not a group.
    static let nonGroupHeads = set(split("""
        war wars line list act law treaty agreement accord accords protocol report prize award day street road
        avenue square river sea ocean lake mountains mountain valley province provinces region regions district
        districts county city state states island islands strait peninsula gulf bay desert belt corridor border
        borders pass airport station bridge building tower palace hall stadium park area areas zone territory headquarters
        territories republic kingdom emirate empire dynasty era age period crisis revolution operation plan
        program programme initiative index model series cup championship games olympics festival conference
        summit talks deal bill amendment constitution charter doctrine resolution declaration code virus pandemic
        disease syndrome east west north south asia africa europe america americas basin plateau coast shore
        canal highway valley heights hills plains delta month week year languages language facility facilities
        principles medal medals symposium license licence kit fee fees levy project projects right notation
        instrument mechanism
        """))
    static let compassWords = set(split("north south east west northern southern eastern western central north-eastern north-western south-eastern south-western northeastern northwestern southeastern southwestern middle far upper lower greater"))
    static let countries = set(split("""
        afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
        bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria
        burkina burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus
        czechia czech denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france
        gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland
        india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait
        kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi
        malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro
        morocco mozambique myanmar burma namibia nauru nepal netherlands nicaragua niger nigeria norway oman
        pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda
        samoa senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden
        switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey türkiye turkmenistan
        tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe scotland wales
        england britain kurdistan tibet crimea donbas gaza kashmir balochistan
        europe asia africa america antarctica oceania eurasia arctic
        washington london paris berlin moscow beijing tokyo delhi islamabad kabul tehran baghdad damascus
        kyiv kiev ankara cairo riyadh doha dubai jerusalem brussels geneva rome madrid vienna warsaw seoul
        pyongyang taipei hanoi bangkok jakarta manila canberra ottawa lisbon athens dushanbe tashkent almaty
        astana bishkek ashgabat karachi lahore peshawar quetta kandahar herat mumbai kolkata chennai shanghai
        shenzhen singapore sydney toronto chicago boston houston dallas seattle atlanta miami detroit
        california texas florida york silicon wall
        alabama alaska arizona arkansas colorado connecticut delaware hawaii idaho illinois indiana iowa kansas
        kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska
        nevada ohio oklahoma oregon pennsylvania tennessee utah vermont wisconsin wyoming
        karnataka kerala bihar gujarat maharashtra rajasthan odisha assam jharkhand chhattisgarh telangana haryana
        uttarakhand punjab sindh gilgit-baltistan
        dhaka kathmandu colombo thimphu lagos abuja nairobi bengaluru bangalore hyderabad rawalpindi chittagong
        """))
    static let multiWordPlaces: [[UInt64]] = [
        "united states", "united kingdom", "soviet union", "south africa", "new zealand", "saudi arabia",
        "north korea", "south korea", "united arab emirates", "russian federation", "czech republic",
        "dominican republic", "central african republic", "sri lanka", "costa rica", "el salvador", "hong kong",
        "papua new guinea", "ivory coast", "bosnia and herzegovina", "burkina faso", "sierra leone", "east timor",
        "new york", "los angeles", "san francisco", "middle east", "central asia", "south asia", "east asia",
        "southeast asia", "latin america", "north america", "south america", "western europe", "eastern europe",
        "silicon valley", "wall street", "new delhi", "west bank", "gaza strip", "persian gulf", "horn of africa",
        "new jersey", "new mexico", "new hampshire", "north carolina", "south carolina", "north dakota", "south dakota",
        "west virginia", "tamil nadu", "andhra pradesh", "uttar pradesh", "madhya pradesh", "himachal pradesh",
        "arunachal pradesh", "west bengal", "khyber pakhtunkhwa", "lower saxony",
    ].map { $0.split(separator: " ").map { key(String($0)) } }
    static let multiWordPlaceStarts = KeySet(multiWordPlaces.compactMap(\.first))

    /// Demonym or nationality adjective → country (the `of` of a role, places vs peoples).
    static let demonymCountry: KeyMap<String> = {
        let pairs: [(String, String)] = [
            ("afghan", "Afghanistan"), ("pakistani", "Pakistan"), ("tajik", "Tajikistan"), ("uzbek", "Uzbekistan"),
            ("kazakh", "Kazakhstan"), ("kyrgyz", "Kyrgyzstan"), ("turkmen", "Turkmenistan"), ("iranian", "Iran"),
            ("iraqi", "Iraq"), ("syrian", "Syria"), ("turkish", "Turkey"), ("american", "United States"),
            ("us", "United States"), ("u.s.", "United States"), ("british", "United Kingdom"), ("uk", "United Kingdom"),
            ("chinese", "China"), ("russian", "Russia"), ("indian", "India"), ("french", "France"), ("german", "Germany"),
            ("italian", "Italy"), ("spanish", "Spain"), ("japanese", "Japan"), ("korean", "Korea"),
            ("south korean", "South Korea"), ("ukrainian", "Ukraine"), ("israeli", "Israel"),
            ("palestinian", "Palestine"), ("saudi", "Saudi Arabia"), ("egyptian", "Egypt"), ("canadian", "Canada"),
            ("mexican", "Mexico"), ("brazilian", "Brazil"), ("australian", "Australia"), ("dutch", "Netherlands"),
            ("swiss", "Switzerland"), ("swedish", "Sweden"), ("norwegian", "Norway"), ("danish", "Denmark"),
            ("finnish", "Finland"), ("polish", "Poland"), ("greek", "Greece"), ("irish", "Ireland"),
            ("portuguese", "Portugal"), ("belgian", "Belgium"), ("austrian", "Austria"), ("hungarian", "Hungary"),
            ("czech", "Czech Republic"), ("romanian", "Romania"), ("bulgarian", "Bulgaria"), ("serbian", "Serbia"),
            ("croatian", "Croatia"), ("bangladeshi", "Bangladesh"), ("nepali", "Nepal"), ("nepalese", "Nepal"),
            ("sri lankan", "Sri Lanka"), ("indonesian", "Indonesia"), ("malaysian", "Malaysia"), ("thai", "Thailand"),
            ("vietnamese", "Vietnam"), ("filipino", "Philippines"), ("nigerian", "Nigeria"), ("kenyan", "Kenya"),
            ("ethiopian", "Ethiopia"), ("somali", "Somalia"), ("sudanese", "Sudan"), ("libyan", "Libya"),
            ("tunisian", "Tunisia"), ("algerian", "Algeria"), ("moroccan", "Morocco"), ("lebanese", "Lebanon"),
            ("jordanian", "Jordan"), ("yemeni", "Yemen"), ("qatari", "Qatar"), ("emirati", "United Arab Emirates"),
            ("kuwaiti", "Kuwait"), ("omani", "Oman"), ("bahraini", "Bahrain"), ("azerbaijani", "Azerbaijan"),
            ("armenian", "Armenia"), ("georgian", "Georgia"), ("belarusian", "Belarus"), ("mongolian", "Mongolia"),
            ("taiwanese", "Taiwan"), ("singaporean", "Singapore"), ("argentine", "Argentina"),
            ("argentinian", "Argentina"), ("chilean", "Chile"), ("colombian", "Colombia"), ("peruvian", "Peru"),
            ("venezuelan", "Venezuela"), ("cuban", "Cuba"), ("south african", "South Africa"), ("soviet", "Soviet Union"),
            ("english", "England"), ("scottish", "Scotland"), ("welsh", "Wales"), ("european", "Europe"),
            ("asian", "Asia"), ("african", "Africa"), ("western", ""), ("eastern", ""), ("central asian", "Central Asia"),
            ("afghani", "Afghanistan"), ("burmese", "Myanmar"), ("cambodian", "Cambodia"), ("laotian", "Laos"),
            ("ghanaian", "Ghana"), ("ugandan", "Uganda"), ("tanzanian", "Tanzania"), ("rwandan", "Rwanda"),
            ("congolese", "Congo"), ("zimbabwean", "Zimbabwe"), ("malian", "Mali"), ("nigerien", "Niger"),
            ("estonian", "Estonia"), ("latvian", "Latvia"), ("lithuanian", "Lithuania"), ("slovak", "Slovakia"),
            ("slovenian", "Slovenia"), ("icelandic", "Iceland"), ("luxembourgish", "Luxembourg"),
            ("new zealand", "New Zealand"), ("kiwi", "New Zealand"),
        ]
        var table: [UInt64: String] = [:]
        for (word, country) in pairs { table[key(word)] = country }
        return KeyMap(table)
    }()
    /// Plural nationality nouns (`Afghans`, `Pakistanis`, `Chinese` is ambiguous and left out).
    static let demonymPlurals: KeySet = {
        var words: [String] = ["americans", "afghans", "pakistanis", "tajiks", "uzbeks", "kazakhs", "kyrgyz",
                               "turkmens", "iranians", "iraqis", "syrians", "turks", "britons", "brits", "russians",
                               "indians", "germans", "italians", "ukrainians", "israelis", "palestinians", "saudis",
                               "egyptians", "canadians", "mexicans", "brazilians", "australians", "europeans",
                               "africans", "asians", "arabs", "kurds", "pashtuns", "hazaras", "baloch", "balochs", "baluch", "baluchis", "balochis",
                               "sikhs", "hindus", "muslims", "christians", "jews", "sunnis", "shias", "shiites",
                               "catholics", "protestants", "buddhists", "uyghurs", "uighurs", "tamils", "yazidis",
                               "druze", "alawites", "bedouins", "roma", "maori", "berbers", "tuaregs", "somalis",
                               "yemenis", "lebanese", "koreans", "japanese", "vietnamese", "filipinos", "poles",
                               "greeks", "scots", "welsh", "irish", "french", "dutch", "danes", "swedes", "norwegians",
                               "finns", "spaniards", "portuguese", "nigerians", "kenyans", "ethiopians", "sudanese",
                               "libyans", "chechens", "armenians", "azerbaijanis", "georgians", "mongols", "tibetans",
                               "rohingya", "hutus", "tutsis", "zulus", "cossacks", "serbs", "croats", "bosniaks",
                               "albanians", "bulgarians", "romanians", "hungarians", "czechs", "slovaks"]
        words += []
        return set(words)
    }()
    /// Collective nouns after a name that make the name a people or community (`Baloch insurgent groups`).
    static let peopleCollectives = set(split("groups tribes tribe community communities people peoples population populations minority minorities clans clan tribesmen diaspora nation ethnic refugees"))
    /// Nouns after a name that make the name an organisation (`Taliban fighters`, `the X group`).
    static let organisationMembers = set(split("""
        fighters militants members member group movement leaders leader leadership spokesman spokeswoman militias
        spokesperson commanders commander insurgents rebels cadres operatives militia founder founders
        chief chairman chairwoman ceo cfo executives executive board shareholders shares stock employees
        staff officials official headquarters subsidiary unit division chief's
        """))
    /// Nouns after `X's` that make X an organisation (`Apple's shares`, `the party's leader`).
    static let organisationPossessions = set(split("""
        shares share stock revenue revenues profit profits earnings sales board ceo cfo chief chairman chairwoman
        founder founders headquarters employees staff spokesman spokeswoman spokesperson members leadership
        leader leaders subsidiary subsidiaries customers products valuation market investors shareholders
        fighters militants annual quarterly affiliate affiliates ally allies branch wing offshoot splinter subsidiary
        acquisition takeover
        """))
    /// Nouns that name a kind of organisation: `X, a British home-computer maker`, `the oil company X`, `the X think tank`.
    static let organisationTypes = set(split("""
        maker makers manufacturer company firm start-up startup conglomerate group bank lender fund agency newspaper
        broadcaster party carrier airline retailer developer producer operator insurer investor tank organisation
        organization militia movement union chipmaker carmaker automaker giant subsidiary regulator watchdog
        charity ngo network outlet daily magazine publisher exchange institute alliance coalition faction outfit
        agency website site
        brand supplier miner utility provider platform consultancy studio label club bloc council committee corporation
        commission venture affiliate franchise chain laboratory lab insurgency rebels militants cartel
        broker brokerage marketplace exporter importer refiner shipper builder designer wholesaler distributor
        """))
    /// Words inside a multi-word name that make it an organisation (`Human Rights Watch`).
    /// (`PJSC`, `OAO`, `MMC` …: Russian companies' legal forms written before the name, `MMC Norilsk Nickel`.)
    static let organisationWords = set(split("""
        human rights international national global world federal united security development research energy health
        peace freedom justice democracy relief children women workers nations popular islamic revolutionary democratic
        liberation resistance defence defense affairs economic social public solidarity action amnesty red cross
        crescent doctors reporters asset management investment investments financial trading monetary
        pjsc ojsc jsc oao pao zao mmc
        """))
    /// People who work for an organisation: `analysts at X`, `officials at X`.
    static let staffNouns = set(split("""
        analysts analyst economists economist officials official executives executive employees staff researchers
        researcher spokesman spokeswoman spokesperson lawyers engineers scientists strategists strategist traders
        sources people managers manager director directors curator curators
        """))
    /// Corporate suffixes: `Nordwind ASA` is also `Nordwind`.
    static let corporateSuffixes = set(split("inc inc. ltd ltd. asa ag sa plc corp corp. llc gmbh nv bv ab spa co co. limited holdings group computers technologies company corporation"))
    /// Hyphen endings that make a capitalised word a modifier (`Tuareg-led`, `Kremlin-backed`).
    static let modifierTails = set(["led", "backed", "based", "linked", "funded", "owned", "run", "supported", "allied", "aligned", "affiliated", "born", "made", "controlled", "dominated", "style", "era", "wide", "area", "speaking"])
    static let modifierSuffixes = ["-led", "-backed", "-based", "-linked", "-funded", "-owned", "-run", "-supported", "-allied", "-aligned", "-affiliated", "-born", "-made", "-controlled", "-dominated", "-style", "-era", "-wide"]
    /// Military and other titles written as abbreviations that are roles (`Col. X`).
    static let roleAbbreviations = set(split("col gen lt capt sgt adm maj brig cmdr gov sen rep pres"))
    /// Verbs of business or action whose subject is usually an organisation.
    static let organisationVerbs = set(split("""
        invested invests bought buys acquired acquires agreed agrees shipped ships launched launches employs employed owns owned hired hires raised raises posted posts merged listed filed
        sued sues manufactures makes produces operates reported reports announced announces
        licensed licenses released releases
        """))
    /// Upper-case abbreviations that are not organisations.
    static let nonGroupAcronyms = set(split("""
        ceo cfo coo cto cio cmo gdp gnp ipo ai ml it tv pc cpu gpu ram rom usb api html http https url www pdf
        dna rna hiv aids covid sars mers gps led lcd oled ui ux faq pm am ok id vip vat gst cv phd mba bsc msc ba ma
        us usa uk uae ussr ad bc ce bce am pm est gmt utc cet pst edt cst km kg mph usd eur gbp jpy cny inr rub
        chf bn mn q1 q2 q3 q4 h1 h2 fy ltd inc plc llc ii iii iv vi vii viii ix xi xii xiii xiv xv xx xxi
        ps pps nb eg ie etc mr mrs ms dr st vs no tba tbd asap diy fyi rip sos iq eq gm gmo lng ev evs suv ceo's
        etf etfs nft nfts ipos faqs pdfs kpi roi capex ebitda eps tv cd dvd hiv aids uv ok
        """))
    static let countryAcronyms = set(split("us usa uk uae ussr prc dprk rok drc u.s. u.k. u.s.a."))

    // MARK: roles

    /// Nouns that end a role phrase (`then-prime minister`, `strategic affairs expert`).
    static let roleHeads = set(split("""
        president minister premier chancellor secretary chairman chairwoman chairperson chair ceo cfo coo cto cio
        founder co-founder cofounder director head chief executive officer spokesman spokeswoman spokesperson
        governor mayor senator congressman congresswoman representative ambassador envoy commander general
        leader expert analyst barrister incumbent researcher economist professor judge justice king queen prince princess emir
        sultan president-elect editor correspondent journalist reporter author writer official adviser advisor
        strategist manager partner investor engineer scientist historian curator examiner laureate lawyer attorney deputy lawmaker
        candidate coach inventor designer developer programmer fellow lecturer negotiator treasurer banker
        trader mp ceo's geneticist biologist astronomer doctor surgeon physician nurse epidemiologist virologist neuroscientist psychologist sociologist anthropologist archaeologist linguist philosopher theologian director predecessor successor pundit host presenter anchor comedian actor actress singer footballer player athlete businessman businesswoman billionaire tycoon magnate politician student students supervisor boss aide assistant intern fellow graduate pope cardinal archbishop bishop imam cleric ayatollah colonel lieutenant major captain
        sergeant admiral marshal brigadier prosecutor commissioner administrator superintendent inspector
        principal dean provost rector chancellor president's vice-president vice-chairman chief-executive
        spokesman's scholar researcher-expert specialist consultant architect physicist chemist biologist
        mathematician entrepreneur owner proprietor publisher producer broadcaster columnist commentator
        activist campaigner organiser organizer leader's diplomat ruler monarch dictator warlord chieftain speaker
        minister's officer's head's economist's strategist's analysts president-elect prime-minister
        counterpart member associate arbitrator steward servant servants authors pilot co-pilot copilot
        """))
    /// Role words that may stand capitalised before a name (`Prime Minister X`, `Chief Executive Officer X`).
    static let titleWords = set(split("""
        president vice prime minister foreign interior defence defense finance deputy secretary general chief
        executive officer chairman chairwoman chair governor mayor senator sen sen. rep rep. representative ambassador
        commander king queen prince princess emir sultan pope cardinal archbishop bishop imam ayatollah colonel
        col col. lieutenant lt lt. major maj captain capt capt. sergeant sgt admiral marshal brigadier judge justice
        gen gen. brig brig. adm adm. cmdr
        chancellor premier speaker director professor prof prof. dr dr. mr mr. mrs mrs. ms ms. sir dame lord lady
        mp ceo cfo coo cto founder co-founder spokesman spokeswoman supreme former then acting interim state
        foreign-minister economy economic trade health education justice home energy agriculture labour labor
        environment culture transport transportation treasury attorney senior junior assistant associate
        managing non-executive technology operating financial marketing commerce information national security
        commissioner barrister maulana administrator advisor adviser
        """))
    /// Honorifics that start a name and are not the role (`Mr`, `Dr`, `Maulana Fazlur Rehman`).
    static let honorifics = set(split("mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady prof prof. mx maulana"))
    /// Reporting and stance verbs: the actor's view follows (`X said`, `X rejected`, `X has denied`).
    static let stanceVerbs = set(split("""
        said says say saying stated states explained explains argued argues argue believes believe believed
        views view viewed welcomed welcomes welcome rejected rejects reject rejecting denied denies deny denying
        opposed opposes oppose opposing supported supports support backed backs back condemned condemns condemning called
        calling calls urged urges urging warned warns warning criticised criticized criticises criticizes
        praised praises considers considered considering claims claimed claiming insists insisted insisting
        wants wanted wishes wished aims aimed seeks sought refused refuses refusing recognised recognized
        recognises recognizes recognise recognize agreed agrees accused accuses shared noted notes added adds
        told stressed emphasised emphasized maintained maintains demanded demands vowed vows pledged pledges
        promised promises threatened threatens described describes dismissed dismisses hailed hails endorsed
        endorses acknowledged acknowledges admitted admits suggested suggests predicted predicts expects
        expected hopes hoped fears feared doubts doubted questioned questions disputed disputes objected
        objects protested blamed blames thinks thought feels felt concluded concludes contended contends
        alleges allege alleged alleging
        asserted asserts declared declares announced announces confirmed confirms wrote writes insist
        defended defends defend estimate estimates estimated forecast forecasts doubt
        favours favors favoured favored advocates advocated championed champions resisted resists
        replied replies responded responds countered sees cautioned cautions thanked
        """))
    /// Nouns that name a view when an actor owns them (`the Taliban's rejection of …`).
    static let stanceNouns = set(split("""
        rejection refusal opposition support view views position stance demand demands goal goals aim aims
        ambition ambitions criticism condemnation denial insistence backing recognition belief claim proposal
        objection objections call plea warning pledge commitment
        """))
}
