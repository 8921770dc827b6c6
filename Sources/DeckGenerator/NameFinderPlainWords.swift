/// Capitalised words that never open a name, wherever they stand: pronouns and their contractions,
/// conjunctions, question words, `to`, `from`, `with`, forms of `be`, indefinite pronouns and
/// interjections (`…, And the …`, `I'm`, `Don't`, `Oh`, in verse, dialogue and quotations), and a
/// letter that labels a line (`Q:`, `A:`, `V:54`). Left as name runs they went through every cue and
/// came out as groups or stance actors (`I'm`, `He`, `And`).
extension NameFinder {
    /// Not `her`, `his`, `our`, `my` (`Her Majesty's Treasury`, `Our Lady of …`), nor `may`, `will`
    /// or `said`, which are also surnames and given names, nor `all`, `new`, `first`, `one`, which open
    /// names of bodies (`All India Radio`, `New Development Bank`, `First Republic Bank`).
    static let plainWords = Lexicon.set(Lexicon.split("""
        and but or nor it he she they we you me them
        i'm i've i'll i'd you're you've you'll you'd we're we've we'll we'd they're they've they'll they'd
        he'll he'd she'll she'd it'll it'd that'll there'll who'll who'd what'll what'd
        don't doesn't didn't can't couldn't won't wouldn't shouldn't isn't aren't wasn't weren't
        haven't hasn't hadn't ain't mustn't needn't shan't
        if when where what how why whom whose which that this these those there is are was were to from with than then so not
        oh ah hey alas hello please
        everybody everyone everything nobody nothing somebody someone something anybody anyone anything
        """))

    /// Whether the word at `i` is a plain word that opens no name (see the type's note).
    func opensNoName(_ list: UnsafeBufferPointer<Token>, _ i: Int) -> Bool {
        let token = list[i]
        if token.allCaps { return false }
        if NameFinder.plainWords.contains(token.key) { return true }
        // `Q: …`, `A: …`: a single capital run into a colon.
        return token.end - token.start == 1 && i + 1 < list.count && a.isPunct(list[i + 1], ":") && !list[i + 1].space
    }
}
