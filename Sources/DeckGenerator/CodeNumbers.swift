import FactdeckModel

/// Numbers that are parts of codes and names rather than counts: the second number of a model code
/// (`PDP-11/20`), the minutes of a time-zone offset (`GMT+5:30`), a number glued to a name in capitals
/// (`4.2BSD`, `386BSD`, `36Kr`, `86-DOS`, `PS/2`; not units such as `10GB` or multipliers such as `5M`).
extension Analyzer {
    func isCodePart(_ s: Int, _ i: Int) -> Bool {
        let list = tokens[s]
        let token = list[i]
        // `4.2BSD`: capitals written against the number.
        if i + 1 < list.count, !list[i + 1].space, list[i + 1].kind == .word, list[i + 1].allCaps, !list[i + 1].isIn(.measureUnits),
           Lexicon.multipliers[list[i + 1].key] == nil, Lexicon.currencyWords[list[i + 1].key] == nil {
            return true
        }
        // `the news site 36Kr`: a capitalised word written against the number, right after a kind of body (not a unit
        // such as `5GiB`, `50Mhz` or `444.6C`, which no kind noun precedes).
        if i >= 1, i + 1 < list.count, !list[i + 1].space, list[i + 1].kind == .word, list[i + 1].upper, !list[i + 1].hyphen,
           list[i - 1].kind == .word, !list[i - 1].upper, list[i - 1].isIn(.organisationTypes),
           !list[i + 1].isIn(.measureUnits), Lexicon.multipliers[list[i + 1].key] == nil, Lexicon.currencyWords[list[i + 1].key] == nil {
            return true
        }
        // `86-DOS`: capitals joined to the number by a hyphen.
        if i + 2 < list.count, isDash(list[i + 1]), list[i + 1].end - list[i + 1].start == 1, !list[i + 1].space, !list[i + 2].space,
           list[i + 2].kind == .word, list[i + 2].allCaps, !list[i + 2].isIn(.measureUnits), Lexicon.currencyWords[list[i + 2].key] == nil {
            return true
        }
        guard i >= 2, !token.space, !list[i - 1].space else { return false }
        // `PS/2`: after `/`, a number glued to a name in capitals.
        if isPunct(list[i - 1], "/"), list[i - 2].kind == .word, list[i - 2].allCaps, !list[i - 2].isIn(.measureUnits) { return true }
        // `PDP-11/20`: after `/`, a number glued to a capitalised code (`PDP-11` read as one word, or `PDP`, `-`, `11`).
        if isPunct(list[i - 1], "/") {
            let left = list[i - 2]
            if left.kind == .word, left.upper, left.hyphen, Tokenizer.isDigit(bytes[left.end - 1]) { return true }
            if left.kind == .number, i >= 4, isDash(list[i - 3]), !list[i - 3].space, list[i - 4].kind == .word, list[i - 4].upper { return true }
        }
        guard list[i - 2].kind == .number, !list[i - 2].space else { return false }
        // `GMT+5:30`: the minutes of an offset.
        if isPunct(list[i - 1], ":"), i >= 4, !list[i - 3].space, list[i - 3].kind == .punct,
           list[i - 3].mark == UInt8(ascii: "+") || isDash(list[i - 3]), list[i - 4].kind == .word, list[i - 4].isIn(.timeZones) {
            return true
        }
        return false
    }
}
