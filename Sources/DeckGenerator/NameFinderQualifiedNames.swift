/// `the Communist Party of Nepal (Maoist Centre)` … `the Communist Party of Nepal (Unified Marxist-Leninist)`: a name
/// written before two or more different bracketed names in one text is a family's name, and the brackets tell its
/// members apart (parties split from one party). Each name with its bracket is then a body of its own, with the
/// bracketed name as its alias, where a single bracketed gloss (`Jamaat Ansarullah (Tajik Taliban)`) stays an alias of
/// the name before it and every bracket had made the whole family one body. The family's acronym before a bracket
/// (`CPN (Unified Socialist)`) names a member too.
extension NameFinder {
    /// In `linkGroups`' bracketed gloss: the name at `index` with its bracket (`innerIndex`, closed at `close`) made one
    /// name and linked to the bracketed one, when the name has another bracket elsewhere; false when it has not.
    func joinQualifiedName(_ index: Int, _ innerIndex: Int, _ close: Int) -> Bool {
        let chunk = chunks[index], inner = chunks[innerIndex]
        guard inner.tokenCount >= 2, chunk.titleFrom == nil else { return false }
        if !qualifiedNamesBuilt { buildQualifiedNames() }
        if chunk.tokenCount >= 2 {
            guard qualifiedNames.contains(chunk.key) else { return false }
        } else {
            let token = a.tokens[chunk.s][chunk.from]
            guard token.allCaps, !qualifiedInitials.isEmpty else { return false }
            guard qualifiedInitials.contains(lettersKey(token)) else { return false }
        }
        let longer = a.span(chunk.s, chunk.from, close)
        let key = normal(longer)
        chunks[index].to = close
        chunks[index].textEnd = a.tokens[chunk.s][close].end
        chunks[index].key = key
        chunks[index].cls = .organisation
        if inner.cls == .other || inner.cls == .demonymName { chunks[innerIndex].cls = .organisation }
        note(key, longer); note(chunk: inner)
        union(key, inner.key)
        longForms.insert(key)
        return true
    }

    /// Keys of names of two or more words followed in the text by two or more different bracketed names, and the
    /// hashes of their initials.
    private func buildQualifiedNames() {
        qualifiedNamesBuilt = true
        var firstBracket = KeyTable<UInt64>()
        for chunk in chunks where chunk.tokenCount >= 2 {
            let list = a.tokens[chunk.s]
            guard chunk.to + 2 < list.count, a.isPunct(list[chunk.to + 1], "("), let inner = chunkAt(chunk.s, chunk.to + 2),
                  chunks[inner].tokenCount >= 2 else { continue }
            if let seen = firstBracket[chunk.key] {
                if seen != chunks[inner].key {
                    qualifiedNames.insert(chunk.key)
                    let (initials, count) = initialsKey(chunk)
                    if count >= 2 { qualifiedInitials.insert(initials) }
                }
            } else {
                firstBracket[chunk.key] = chunks[inner].key
            }
        }
    }
}
