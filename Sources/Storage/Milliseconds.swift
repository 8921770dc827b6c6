import Foundation

/// Times are stored as whole milliseconds since 1970 so that ordering and equality
/// in SQL are exact.
extension Date {
    var milliseconds: Int64 { Int64((timeIntervalSince1970 * 1000).rounded()) }
    init(milliseconds: Int64) { self.init(timeIntervalSince1970: Double(milliseconds) / 1000) }
}
