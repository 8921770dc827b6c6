/// `The White House said it welcomed any effort`, `the Supreme Leader's Office says`: a name of several words right after
/// `the` and right before a reporting verb is a body speaking (a person's name takes no article), though a name of two
/// capitalised words before `said` is otherwise read as a person's.
extension NameFinder {
    /// Asked of a name of two or more words after `the` (`next` is the token after it).
    @inline(__always) func reportingBodyCue(_ next: Token) -> Int {
        next.kind == .word && !next.upper && next.isIn(.reportingVerbs) ? 1 : 0
    }
}
