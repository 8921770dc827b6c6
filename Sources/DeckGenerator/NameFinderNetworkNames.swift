/// `the ARPANET`, `NSFNET`, `MILNET`: a word in capitals of six letters or more ending in `NET` names a computer
/// network, not a body (a short one, `CNET`, may be an initialism of a body). (Asked by `writtenCue` of one word in capitals.)
extension NameFinder {
    @inline(__always) func isNetworkName(_ first: Token) -> Bool {
        guard first.end - first.start >= 6 else { return false }
        let b = a.bytes, e = first.end
        return b[e - 1] == UInt8(ascii: "T") && b[e - 2] == UInt8(ascii: "E") && b[e - 3] == UInt8(ascii: "N")
    }
}
