/// `Pema Chewang, who leads the Bhutan Tendrel Party`: the role of a verb of leading or running names the body led
/// (`leader of Bhutan Tendrel Party`, `head of Brave Software`), as the text's own words do; a bare `leader` said
/// nothing a reader could check against `leads the … Party`. Founding and chairing keep their bare nouns
/// (`founder`, `chair`): the body is in `of`.
extension NameFinder {
    /// The role for `word` (from `foundingVerbs`) given by the verb `verb` to the body `owner`.
    func verbRoleText(_ word: String, _ verb: Token, _ owner: Chunk) -> String {
        if word == "head", NameFinder.runVerbs.contains(verb.key) { return "head of \(text(owner))" }
        if word == "leader" { return "leader of \(text(owner))" }
        return word
    }
}
