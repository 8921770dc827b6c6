import Foundation
import Testing
@testable import FactdeckCLI

@Suite struct ISOTimeTests {
    let utc = TimeZone(identifier: "UTC") ?? .current

    @Test func formatsUTCWithOptionalMilliseconds() {
        #expect(ISOTime.format(Date(timeIntervalSince1970: 1_736_683_200)) == "2025-01-12T12:00:00Z")
        #expect(ISOTime.format(Date(timeIntervalSince1970: 1_736_683_200.25)) == "2025-01-12T12:00:00.250Z")
        #expect(ISOTime.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(ISOTime.format(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
        #expect(ISOTime.format(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00Z")
    }

    @Test func parsesZonesOffsetsAndLocalTimes() throws {
        #expect(ISOTime.parse("2025-01-12T12:00:00Z", timeZone: utc)?.timeIntervalSince1970 == 1_736_683_200)
        #expect(ISOTime.parse("2025-01-12T12:00:00.5Z", timeZone: utc)?.timeIntervalSince1970 == 1_736_683_200.5)
        #expect(ISOTime.parse("2025-01-12T17:30:00+05:30", timeZone: utc)?.timeIntervalSince1970 == 1_736_683_200)
        #expect(ISOTime.parse("2025-01-12T07:00:00-0500", timeZone: utc)?.timeIntervalSince1970 == 1_736_683_200)
        #expect(ISOTime.parse("2025-01-12", timeZone: utc)?.timeIntervalSince1970 == 1_736_640_000)
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        #expect(ISOTime.parse("2025-01-12T07:00:00", timeZone: newYork)?.timeIntervalSince1970 == 1_736_683_200)
        #expect(ISOTime.parse("2025-07-12T08:00:00", timeZone: newYork)?.timeIntervalSince1970 == 1_752_321_600)
        for bad in ["yesterday", "2025-13-01", "2025-02-30", "2025-01-12T25:00:00Z", "2025-01-12T12:00:00Q", "2025-1-12", ""] {
            #expect(ISOTime.parse(bad, timeZone: utc) == nil, "\(bad)")
        }
    }

    @Test func roundTripsAcrossCenturies() {
        for seconds in stride(from: -4_000_000_000.0, through: 9_000_000_000, by: 86_399 * 997) {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(ISOTime.parse(ISOTime.format(date), timeZone: utc) == date)
        }
    }
}
