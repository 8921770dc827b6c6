/// `CPI-trim was 2.9% and CPI-median 2.6% in April`, `Brent 3.1%`: a number with a percent sign run into it after a name is a
/// rate of that name, not a model number of it (`Boeing 747`).
extension Analyzer {
    @inline(__always) func percentGlued(_ list: UnsafeBufferPointer<Token>, _ i: Int) -> Bool {
        i + 1 < list.count && list[i + 1].kind == .punct && !list[i + 1].space && list[i + 1].mark == UInt8(ascii: "%")
    }
}
