import Testing
@testable import DeckGenerator

/// Roles from long titles, initials, plural titles, appositions with ages and organisations, and
/// title-case lines or organisation names that hold no person. Each `[[Name|role:ROLE]]` mark is a
/// role expected (its role found as written, or containing ROLE); no other person may get a role.
extension PositionExtractorTests {
    func checkRoles(_ marked: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let text = MarkedText(marked)
        let found = positions(text.text, "role")
        for mark in text.marks where mark.kind == "role" {
            let roles = found.filter { $0.answer == mark.answer }.map { $0.role ?? "" }
            #expect(roles.contains { $0.lowercased() == (mark.detail ?? "").lowercased() }, "\(mark.answer): \(roles) in: \(text.text)", sourceLocation: sourceLocation)
        }
        let expected = Set(text.marks.filter { $0.kind == "role" }.map(\.answer))
        let extra = found.filter { !expected.contains($0.answer) }.map { "\($0.answer)|\($0.role ?? "")" }
        #expect(extra.isEmpty, "unexpected \(extra) in: \(text.text)", sourceLocation: sourceLocation)
    }

    @Test(arguments: [
        "Deputy Prime Minister for Economic Affairs [[Abdul Ghani Baradar|role:Deputy Prime Minister for Economic Affairs]] has said that aid created dependency.",
        "At a conference in July, Minister of Mines and Petroleum [[Hedayatullah Badri|role:Minister of Mines and Petroleum]] announced contracts.",
        "Minister for Foreign Affairs [[Amir Khan Muttaqi|role:Minister for Foreign Affairs]] met the envoy.",
        "Secretary of State [[Marco Rubio|role:Secretary of State]] said the talks would go on.",
        "Minister of Refugees and Repatriation [[Abdul Kabir|role:Minister of Refugees and Repatriation]] visited the camp.",
        "The Governor of the Central Bank [[Ahmad Zia Saraj|role:Governor of the Central Bank]] said reserves were frozen.",
    ]) func longTitlesWithAPortfolio(_ marked: String) { checkRoles(marked) }

    @Test(arguments: [
        "President [[Smith|role:President]] said the army would stay.",
        "General [[Okafor|role:General]] said the army would stay.",
        "Gen. [[Munir|role:Gen.]] said the army would stay.",
        "Col. [[Brown|role:Col.]] said taxes would fall.",
    ]) func oneNameAfterAnOfficeIsAPersonNotAGroup(_ marked: String) {
        checkRoles(marked)
        #expect(!MarkedText(marked).facts().contains { $0.type == .group })
    }

    @Test(arguments: [
        "Ahmed Khan was appointed [[finance minister|role:finance minister]] in 2019.",
        "Omar Zaki leads the group. Zaki was named [[chairman|role:chairman]] of the front in 2005.",
    ]) func theAppointmentVerbIsNotPartOfTheOffice(_ marked: String) {
        let text = MarkedText(marked)
        let roles = positions(text.text, "role").compactMap(\.role)
        for mark in text.marks { #expect(roles.contains(mark.detail ?? ""), "\(roles) in: \(text.text)") }
    }

    @Test func anAgeBetweenCommasBeforeTheApposition() {
        let found = positions("The cuts hurt families, said Gulnara Toktosunova, 46, a professor of history.", "role")
        #expect(found.contains { $0.answer == "Gulnara Toktosunova" && $0.role == "professor of history" }, "\(found.map { ($0.answer, $0.role) })")
    }

    @Test func aNamedOwnerBeforeTheTitleIsItsOf() {
        let found = positions("The Northern Liberation Front's leader, Omar Zaki, spoke in 2004.", "role")
        #expect(found.contains { $0.answer == "Omar Zaki" && $0.role == "leader" && $0.of == "Northern Liberation Front" }, "\(found.map { ($0.answer, $0.role, $0.of) })")
    }

    @Test func theBodyAfterOfTheIsTheRolesOwner() {
        let found = positions("The Governor of the Central Bank Ahmad Zia Saraj said reserves were frozen.", "role")
        #expect(found.first?.of == "Central Bank")
    }

    @Test(arguments: [
        "Chief Election Commissioner [[A.M.M. Nasir Uddin|role:Chief Election Commissioner]] said papers must be filed by Dec. 29.",
        "Yesterday Chief Election Commissioner [[K. Nasir Uddin|role:Chief Election Commissioner]] said it.",
        "[[A.K. Fazlul Haque|role:chief minister]], the chief minister, spoke first.",
    ]) func initialsInsideANameWithATitle(_ marked: String) { checkRoles(marked) }

    @Test(arguments: [
        "Afghanistan's Aid Cliff: How the Taliban Economy Is Coping With Less",
        "Each operator builds a part: the National Electric Grid of Kyrgyzstan (NEGK), Barqi Tojik and others.",
        "The Senior Leadership Team of Northwind met on Monday.",
    ]) func titleCaseLinesAndBodiesHoldNoPerson(_ marked: String) { checkRoles(marked) }

    @Test(arguments: [
        "NCP convener [[Nahid Islam|role:convener]] said the vote was important.",
        "After visiting Phoenix, Acorn engineers [[Sophie Wilson|role:engineer]] and [[Steve Furber|role:engineer]] began work.",
        "The rest of the board, including deputy governors [[Ryozo Himino|role:deputy governor]] and [[Shinichi Uchida|role:deputy governor]], backed it.",
        "The army chief, General [[Waker-Uz-Zaman|role:army chief]], has said troops will be deployed.",
        "His mother, former Prime Minister [[Khaleda Zia|role:former Prime Minister]], has been in poor health.",
        "It is the first vote since mass protests toppled former Prime Minister [[Sheikh Hasina|role:former Prime Minister]] in August.",
    ]) func lowerCaseAndPluralTitlesBeforeNames(_ marked: String) { checkRoles(marked) }

    @Test func formerAloneIsNoRole() {
        let found = positions("His mother, former Prime Minister Khaleda Zia, has been in poor health.", "role").compactMap(\.role)
        #expect(found == ["former Prime Minister"])
    }

    @Test(arguments: [
        "\"A plane came every week,\" said [[Abdul Wahid|role:changer]], a 52-year-old changer who has worked the market since the 1990s.",
        "\"They tell us nothing,\" said [[Aibek Osmonov|role:farmer]], a 61-year-old farmer.",
        "[[Richard Bennett|role:UN special rapporteur on human rights in Afghanistan]], the UN special rapporteur on human rights in Afghanistan, told the council it was bad.",
    ]) func appositionsWithAnAgeOrAnOrganisation(_ marked: String) { checkRoles(marked) }

    @Test(arguments: [
        "\"Growth is real,\" said [[Nasrin Karimi|role:economist]], an economist at the Kabul-based Afghanistan Policy Lab and a former adviser at Da Afghanistan Bank.",
        "[[Lena Vogt|role:chief executive]], who has run Kessler Group as chief executive since 2019, said the plan was sound.",
        "[[Muhammad Yunus|role:chief adviser]], the Nobel peace laureate who has led an interim government as chief adviser since August 2024, said the vote would be held.",
        "Under [[Dana Whitfield|role:chief executive]], chief executive from 2001 to 2013, the firm moved beyond phones.",
    ]) func employersRelativeClausesAndDateRanges(_ marked: String) { checkRoles(marked) }

    @Test func eachOfficeIsOfItsOwnBody() {
        let found = positions("\"Growth is real,\" said Nasrin Karimi, an economist at the Kabul-based Afghanistan Policy Lab and a former adviser at Da Afghanistan Bank.", "role")
        #expect(Set(found.map { "\($0.role ?? "")|\($0.of ?? "")" }) == ["economist|Afghanistan Policy Lab", "former adviser|Da Afghanistan Bank"])
    }
}
