/// `Voltaro was founded in 2014 by X`, and now `it had been founded in July 1968 by Robert Noyce and Gordon Moore`:
/// a perfect passive (`has/have/had been`) before the verb of founding or leading names its subject as the body, as
/// `was`/`is`/`were` did; the founders of a company introduced with `had been founded` got no role.
extension NameFinder {
    /// The last token of the subject before the passive auxiliary in front of the verb at `k`, or nil when no
    /// `was`/`is`/`were`/`has been`/`have been`/`had been` stands right before it.
    func passiveSubjectEnd(_ s: Int, _ k: Int) -> Int? {
        let list = a.tokens[s]
        let aux = list[k - 1].key
        if aux == K.was || aux == K.is_ || aux == K.were { return k - 2 }
        if aux == K.been, k >= 3, list[k - 2].key == K.had || list[k - 2].key == K.has || list[k - 2].key == K.have { return k - 3 }
        return nil
    }
}
