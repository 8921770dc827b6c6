/// `built by Acorn Computers for the BBC's Computer Literacy Project`: a name does not run on through `for (the)`
/// into an acronym that owns something (`BBC's`); the acronym is a name of its own. (`the Campaign for Nuclear
/// Disarmament`, `the Centre for the Study of X` still run on.)
extension NameFinder {
    @inline(__always) func connectorReachesOwningAcronym(_ s: Int, _ connector: Token, _ k: Int) -> Bool {
        connector.key == K.for_ && a.tokens[s][k].allCaps && a.isPossessive(s, k + 1)
    }
}
