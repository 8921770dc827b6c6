import Testing
@testable import DeckGenerator

/// Roles and stances: title words, appositions, `headed by`, reporting verbs.
@Suite struct PositionExtractorTests {
    func positions(_ text: String, _ subtype: String) -> [Fact] {
        FactExtractor.extract(text: text, format: .plain).1.filter { $0.type == .position && $0.subtype == subtype }
    }
    func roles(_ text: String) -> [String: String] {
        Dictionary(positions(text, "role").map { ($0.answer, $0.role ?? "") }, uniquingKeysWith: { a, _ in a })
    }

    @Test(arguments: [
        ("Pakistan welcomed it, with then-prime minister [[Imran Khan|role:then-prime minister]] calling it a victory.", "Imran Khan", "then-prime minister"),
        ("In an interview, strategic affairs expert [[Sushant Sareen|role]] explained the plan.", "Sushant Sareen", "strategic affairs expert"),
        ("ECB President Christine Lagarde told reporters that inflation was too high.", "Christine Lagarde", "President"),
        ("Italian Finance Minister Giancarlo Giorgetti warned about costs.", "Giancarlo Giorgetti", "Italian Finance Minister"),
        ("Klaas Knot, the governor of the Dutch central bank, defended the increase.", "Klaas Knot", "governor of the Dutch central bank"),
        ("Nordwind's chief executive, Ingrid Solberg, said the deal made sense.", "Ingrid Solberg", "chief executive"),
        ("The threat grows for the Tajik government, headed by Emomali Rahmon since 1994.", "Emomali Rahmon", "head of the Tajik government"),
        ("Voltaro was founded in 2014 by Dr. Priya Raman, a researcher.", "Priya Raman", "founder"),
        ("Col. Assimi Goïta, who led both coups, was named president for a term.", "Assimi Goïta", "president"),
        ("Chief Election Commissioner Sikandar Sultan Raja said the vote had been peaceful.", "Sikandar Sultan Raja", "Chief Election Commissioner"),
        ("The agreement was signed by the minister and his Kyrgyz counterpart, Taalaibek Ibraev.", "Taalaibek Ibraev", "counterpart"),
        ("Saugata Bhattacharya, an external member of the committee, voted against the cut.", "Saugata Bhattacharya", "member of the committee"),
        ("Pakistan's army chief, General Asim Munir, said the military would act.", "Asim Munir", "army chief"),
        ("Stephen Lowe, a hydrologist at the Stockholm Environment Institute, said the canal leaked.", "Stephen Lowe", "hydrologist"),
        ("The public effort was led by Francis Collins, a geneticist who directed the National Human Genome Research Institute.", "Francis Collins", "director"),
        ("Cristina Kirchner, who served as president from 2007 to 2015 and leads the Peronist opposition, said no.", "Cristina Kirchner", "leader of the Peronist opposition"),
        ("The Pakistan Muslim League-Nawaz (PML-N), led by Prime Minister Shehbaz Sharif, took six seats.", "Shehbaz Sharif", "leader of the Pakistan Muslim League-Nawaz"),
        ("Lt. Gen. Marcus Hale, the army spokesman, told reporters that the raid was over.", "Marcus Hale", "Lt. Gen."),
        ("In 1890 a French arbitrator, Maj. Gen. Louis Parant, drew the line.", "Louis Parant", "French arbitrator"),
        ("The unit is named after Karim Dost, a militant who tried to kill the governor.", "Karim Dost", "militant"),
        ("He plotted to assassinate then-prime minister Ali Raza in 1974.", "Ali Raza", "then-prime minister"),
        ("Sara Malik, the 29-year-old leader of the Free Voice Committee, was arrested.", "Sara Malik", "leader of the Free Voice Committee"),
        ("Asim Rana, the army chief, was elevated to the rank of field marshal in May.", "Asim Rana", "field marshal"),
        ("The Unity Party, whose co-chairman Ahmed Zaidi is the country's president, met.", "Ahmed Zaidi", "co-chairman"),
        ("The Unity Party, whose co-chairman Ahmed Zaidi is the country's president, met.", "Ahmed Zaidi", "country's president"),
        ("Hina Qadir is a Lahore-based journalist and a research associate at the Centre for Peace Studies.", "Hina Qadir", "research associate"),
        ("Nadia Sharif is a senior fellow for water security at the Delta Institute.", "Nadia Sharif", "senior fellow for water security"),
    ] as [(String, String, String)])
    func findsRoles(_ text: String, _ person: String, _ role: String) {
        let found = positions(MarkedText(text).text, "role").filter { $0.answer == person }
        #expect(found.contains { ($0.role ?? "").lowercased().contains(role.lowercased()) }, "\(found.map { $0.role ?? "" })")
    }

    @Test func ofComesFromDemonymsAndOwners() {
        let found = positions("Italian Finance Minister Giancarlo Giorgetti spoke. Nordwind's chief executive, Ingrid Solberg, spoke.", "role")
        #expect(found.first { $0.answer == "Giancarlo Giorgetti" }?.of == "Italy")
        #expect(found.first { $0.answer == "Ingrid Solberg" }?.of == "Nordwind")
    }

    @Test func twoOfficesJoinedByAndAreTwoRoles() {
        let found = positions("In 2006 Tariq Khan, a former governor and chief minister of the province, was killed. Omar Bhutto, the UP chairman and a former foreign minister, spoke.", "role")
        let tariq = Set(found.filter { $0.answer == "Tariq Khan" }.compactMap(\.role))
        let omar = Set(found.filter { $0.answer == "Omar Bhutto" }.compactMap(\.role))
        #expect(tariq == ["former governor", "chief minister of the province"])
        #expect(omar == ["UP chairman", "former foreign minister"])
        #expect(!positions("He plotted to assassinate then-prime minister Ali Raza.", "role").contains { ($0.role ?? "").contains("assassinate") })
    }

    @Test func appositionWithoutArticle() {
        #expect(roles("Vanessa Sevidova, researcher-expert on the Middle East and Africa")["Vanessa Sevidova"] == "researcher-expert on the Middle East and Africa")
        #expect(roles("Vanessa Sevidova, January 11, 2025").isEmpty)
    }

    @Test func stancesFromReportingVerbsAndPossessives() {
        let text = """
        Pakistan backed the Taliban, going against the consensus. The Taliban has denied harbouring TTP members. \
        In addition, the Taliban’s rejection of Pakistani hegemony in the region is a key issue. \
        According to the UN Security Council, the TTP is an alliance of militant groups. \
        "We sell ideas, not silicon," said Robin Saxby, the first chief executive.
        """
        let found = positions(text, "stance")
        let actors = found.map(\.answer)
        #expect(actors.contains("Pakistan"))
        #expect(actors.filter { $0 == "Taliban" }.count == 2)
        #expect(actors.contains("UN Security Council"))
        #expect(actors.contains("Robin Saxby"))
        #expect(found.first { $0.answer == "Pakistan" }?.stance == "backed the Taliban, going against the consensus")
        #expect(found.first { $0.stance?.hasPrefix("rejection") ?? false }?.on == "Pakistani hegemony in the region")
    }

    @Test func passivesAreNotStances() {
        let found = positions("The Durand Line was established as the border between Pakistan and Afghanistan and is internationally recognised as such.", "stance")
        #expect(found.isEmpty)
    }

    @Test func theSubjectBeforeAnAppositionSpeaks() {
        let found = positions("Arafat Jamal, the UNHCR representative in Afghanistan, said many returnees had never lived there.", "stance")
        #expect(found.map(\.answer) == ["Arafat Jamal"])
    }

    @Test func foundedByEveryNameInTheList() {
        let found = positions("Hotmail, founded by Sabeer Bhatia and Jack Smith in 1996, had 8.5 million users.", "role")
        #expect(Set(found.map(\.answer)) == ["Sabeer Bhatia", "Jack Smith"])
        #expect(found.allSatisfy { ($0.role ?? "").hasPrefix("founder") })
        let groups = FactExtractor.extract(text: "Hotmail, founded by Sabeer Bhatia and Jack Smith in 1996, had 8.5 million users.", format: .plain).1.filter { $0.type == .group }
        #expect(groups.map(\.answer) == ["Hotmail"])
    }

    @Test func ownersBeforeTitles() {
        let found = positions("Ghana's finance minister Ato Forson said the plan was sound. Tesla chief Elon Musk said demand was strong. Tesla shares rose.", "role")
        #expect(found.first { $0.answer == "Ato Forson" }.map { ($0.role ?? "", $0.of ?? "") } ?? ("", "") == ("finance minister", "Ghana"))
        #expect(found.first { $0.answer == "Elon Musk" }?.of == "Tesla")
    }

    @Test func rolesOfNamedBodies() {
        let text = "The governor of the Bank of Japan, Kazuo Ueda, said wages were rising. Chairman Jerome Powell of the Federal Reserve said the economy was solid. Infosys co-founder Narayana Murthy criticised the plan."
        let found = positions(text, "role")
        #expect(found.first { $0.answer == "Kazuo Ueda" }.map { ($0.role ?? "", $0.of ?? "") } ?? ("", "") == ("the governor of the Bank of Japan", "Bank of Japan"))
        #expect(found.first { $0.answer == "Jerome Powell" }?.of == "Federal Reserve")
        #expect(found.first { $0.answer == "Narayana Murthy" }?.of == "Infosys")
    }

    @Test func repliesAndForecastsAreStances() {
        let found = positions("Wirth replied that Pascal had been meant for teaching. The ECB sees inflation falling to 2% next year.", "stance")
        #expect(Set(found.map(\.answer)) == ["Wirth", "ECB"])
    }
}
