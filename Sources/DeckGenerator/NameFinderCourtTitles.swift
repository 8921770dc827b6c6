/// `King County Superior Court Judge Marshall Ferguson`, `Supreme Court Justice Sonia Sotomayor`: a body's name (closed
/// by its head word), a title and a person's name written as one run are three things — the body, the office and its
/// holder — as `Bundesbank President X` is. The run split at title words only when no body's head word was in it, so
/// a court's judge came out as one long false group and the judge had no role. Only a head word right before the title
/// splits (`Board Director` inside a name is not looked at otherwise), and the name after the title must be two to
/// four plain capitalised words (no head word, country or connector).
extension NameFinder {
    /// In `findChunks`, for a run `from...end` holding a body's head word: appends the body and the titled name and
    /// returns the index after the run, or nil when the run is not of that shape.
    func splitBodyTitleName(_ s: Int, _ from: Int, _ end: Int) -> Int? {
        guard end - from >= 3 else { return nil }
        let list = a.tokens[s]
        // The title: the first title word right after a head word, at least two words into the run.
        guard let titleStart = (from + 1...(end - 2)).first(where: { list[$0 - 1].isIn(.organisationHeads) && isTitleToken(list[$0]) }),
              !list[titleStart].isIn(.honorifics), !list[titleStart].isIn(.organisationHeads) else { return nil }
        var nameStart = titleStart
        while nameStart <= end, isTitleToken(list[nameStart]) || a.isPunct(list[nameStart], ".") { nameStart += 1 }
        guard nameStart < end, end - nameStart <= 3,
              (nameStart...end).allSatisfy({ list[$0].kind == .word && list[$0].nameLike && !list[$0].allCaps && !list[$0].isIn(.nameConnectors)
                  && !list[$0].isIn(.organisationHeads) && !list[$0].isIn(.countries) && !isFunctionWord(list[$0]) }),
              KnownOrganisations.table[keyOf(a.bytes, list[from].start, list[end].end)] == nil else { return nil }
        chunks.append(spanChunk(s, from, titleStart - 1))
        chunks.append(spanChunk(s, nameStart, end, titleFrom: titleStart))
        return end + 1
    }
}
