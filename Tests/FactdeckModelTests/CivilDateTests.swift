import FactdeckModel
import Testing

@Suite struct CivilDateTests {
    @Test func knownDates() {
        #expect(CivilDate(daysSince1970: 0) == CivilDate(year: 1970, month: 1, day: 1))
        #expect(CivilDate(year: 2025, month: 1, day: 12).daysSince1970 == 20100)
        #expect(CivilDate(daysSince1970: 11016) == CivilDate(year: 2000, month: 2, day: 29))
        #expect(CivilDate(daysSince1970: -1) == CivilDate(year: 1969, month: 12, day: 31))
    }

    @Test func roundTripsOverCenturies() {
        for days in stride(from: -200_000, through: 200_000, by: 997) {
            #expect(CivilDate(daysSince1970: days).daysSince1970 == days)
        }
    }
}
