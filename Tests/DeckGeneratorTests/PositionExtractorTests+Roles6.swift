import Testing
@testable import DeckGenerator

/// Appositions with an owner's possessive (`Starbucks'`, `HRW’s`), `will serve as ROLE` past an apposition,
/// `named X's present title … as ROLE`, and no role for a description inside a quotation (seen on set 15).
extension PositionExtractorTests {
    @Test func pluralPossessiveOwnerOpensAnApposition() {
        let found = roles("Rachel Ruggeri, Starbucks' chief financial officer, will serve as interim chief executive until then.")
        #expect(found["Rachel Ruggeri"] != nil, "\(found)")
        let all = positions("Rachel Ruggeri, Starbucks' chief financial officer, will serve as interim chief executive until then.", "role").compactMap(\.role)
        #expect(all.contains("Starbucks' chief financial officer") && all.contains("interim chief executive"), "\(all)")
    }

    @Test(arguments: ["HRW’s", "HRW's"]) func possessiveOwnerBeforeALongRole(_ owner: String) {
        let found = roles("Hugh Williamson, \(owner) Europe and Central Asia director, said the toll was high.")
        #expect(found["Hugh Williamson"] == "\(owner) Europe and Central Asia director", "\(found)")
    }

    @Test func namedPastAPresentTitle() {
        let all = positions("Starbucks said it had named Chipotle chief executive Brian Niccol as its new chairman and CEO.", "role").compactMap(\.role)
        #expect(all.contains("new chairman"), "\(all)")
    }

    @Test(arguments: [
        "\"Brian is a transformational leader with a proven track record,\" said the chair.",
        "“Justice Afridi is a respected judge with a clean record.”",
    ]) func aDescriptionInAQuoteIsNoRole(_ text: String) {
        let found = positions(text, "role").compactMap(\.role)
        #expect(!found.contains { $0.contains("leader") || $0.contains("judge") }, "\(found)")
    }
}

/// `Maulana` is an honorific outside the name; an office in lower case before a one-word title is its own role.
extension PositionExtractorTests {
    @Test func maulanaStaysOutOfTheName() {
        let found = roles("He thanked Maulana Fazlur Rehman, chief of the Jamiat Ulema-e-Islam-Fazl (JUI-F), for his votes.")
        #expect(found["Fazlur Rehman"] != nil, "\(found)")
    }

    @Test func officeBeforeATitleIsTwoRoles() {
        let all = positions("PTI chairman Barrister Gohar Ali Khan said several lawmakers had been abducted.", "role").map { ($0.answer ?? "", $0.role ?? "") }
        #expect(all.contains { $0 == ("Gohar Ali Khan", "PTI chairman") } && all.contains { $0 == ("Gohar Ali Khan", "Barrister") }, "\(all)")
    }
}

/// `sworn in as ROLE` past an apposition, an apposition ending before `whose`, and no apposition after an age when
/// a verb follows (`X, 55, took the oath before …`).
extension PositionExtractorTests {
    @Test func swornInAsPastAnApposition() {
        let text = "Anura Kumara Dissanayake, a Marxist-leaning lawmaker whose party held just three seats, was sworn in as Sri Lanka's president on Monday."
        let all = positions(text, "role").compactMap(\.role)
        #expect(all.contains("Marxist-leaning lawmaker") && all.contains("Sri Lanka's president"), "\(all)")
    }

    @Test func aVerbAfterAnAgeIsNoApposition() {
        let found = roles("Dissanayake, 55, took the oath before Chief Justice Jayantha Jayasuriya in Colombo.")
        #expect(found["Dissanayake"] == nil, "\(found)")
        #expect(roles("Gulnara Toktosunova, 46, a teacher in Nukus, said she was afraid.")["Gulnara Toktosunova"] != nil)
    }
}

extension PositionExtractorTests {
    @Test func asOpensNoPartOfAnApposition() {
        let all = positions("Chipotle named its chief operating officer, Scott Boatwright, as interim CEO.", "role").compactMap(\.role)
        #expect(all.contains("interim CEO") && !all.contains { $0.hasPrefix("as ") }, "\(all)")
    }
}

/// `who had ruled Uzbekistan` (ruler, unless an office is named later), `the hedge fund run by X` (head), and
/// `Slackware, started by X` (founder of a named thing, not of an event).
extension PositionExtractorTests {
    @Test func rulerOfACountry() {
        #expect(roles("It followed the death of Islam Karimov, who had ruled Uzbekistan with an iron hand for 25 years.")["Islam Karimov"] == "ruler")
        let found = positions("A reference to Nursultan Nazarbayev, who ruled Kazakhstan for three decades before stepping down as president in 2019.", "role").compactMap(\.role)
        #expect(!found.contains("ruler"), "\(found)")
        #expect(roles("The judge, Maria Lopez, ruled out an appeal.")["Maria Lopez"] != "ruler")
    }

    @Test func runByAndStartedBy() {
        #expect(roles("Elliott, the activist hedge fund run by Paul Singer, disclosed a stake.")["Paul Singer"] == "head of the activist hedge fund")
        #expect(roles("Distributions appeared, among them Slackware, started by Patrick Volkerding in 1993, and Debian.")["Patrick Volkerding"] == "founder of Slackware")
        #expect(roles("The fire, started by John Smith in 1993, spread.")["John Smith"] == nil)
    }
}

extension PositionExtractorTests {
    @Test func whoseRoleBeforeATitledName() {
        let found = positions("The PTI, whose founder, former prime minister Imran Khan, has been in jail since 2023, denounced it.", "role").map { ($0.role ?? "", $0.of ?? "") }
        #expect(found.contains { $0 == ("founder", "PTI") } && found.contains { $0.0 == "former prime minister" }, "\(found)")
        #expect(roles("He met the president, former minister Ali Khan and others.")["Ali Khan"] == "former minister")
    }
}

extension PositionExtractorTests {
    @Test func incumbentBeforeAName() {
        #expect(roles("Premadasa came second, while incumbent Ranil Wickremesinghe, who contested as an independent, came third.")["Ranil Wickremesinghe"] == "incumbent")
    }
}

extension PositionExtractorTests {
    @Test func mostRecentlyAsASecondRole() {
        let text = "Howard Schultz, who built Starbucks into a global chain, served three stints as chief executive, most recently as interim CEO from April 2022 to March 2023."
        let found = positions(text, "role").compactMap(\.role)
        #expect(found.contains("chief executive") && found.contains("interim CEO"), "\(found)")
    }
}

/// `who will become ROLE` after an apposition, `X, 59, hails from … and served as ROLE`, and a surname's role of
/// another body than its full name's is kept.
extension PositionExtractorTests {
    @Test func whoWillBecomeAfterAnApposition() {
        let found = positions("said Mellody Hobson, Starbucks' independent chair, who will become lead independent director once Niccol joins.", "role").compactMap(\.role)
        #expect(found.contains { $0.contains("lead independent director") }, "\(found)")
    }

    @Test func servedAsInASecondVerb() {
        let text = "Yahya Afridi will be the next chief justice of Pakistan. Justice Afridi, 59, hails from the Kohat division of Khyber Pakhtunkhwa and served as chief justice of the Peshawar High Court from 2016 to 2018."
        let found = positions(text, "role").filter { $0.answer == "Afridi" }.compactMap(\.role)
        #expect(found.contains { $0.hasPrefix("chief justice") }, "\(found)")
    }
}

/// `a university lecturer and one of the NPP's three lawmakers`: two roles, the count no date; not a person's circle.
extension PositionExtractorTests {
    @Test func oneOfAPartysLawmakers() {
        let found = positions("Harini Amarasuriya, a university lecturer and one of the NPP's three lawmakers, is tipped to be named prime minister.", "role").compactMap(\.role)
        #expect(found.contains("university lecturer") && found.contains("one of the NPP's three lawmakers"), "\(found)")
        let circle = positions("Massimov, a two-time prime minister and one of Nazarbayev's closest associates, had been fired.", "role").compactMap(\.role)
        #expect(!circle.contains { $0.hasPrefix("one of") }, "\(circle)")
    }
}

extension PositionExtractorTests {
    @Test func willBecomeAfterAnApposition() {
        let found = positions("Frank Yeary, Intel's independent chair, will become interim executive chair.", "role").compactMap(\.role)
        #expect(found.contains("interim executive chair") && found.contains("Intel's independent chair"), "\(found)")
    }
}
