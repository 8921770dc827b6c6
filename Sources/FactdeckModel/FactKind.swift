/// Which kind of fact a card asks about. Generated cards carry the kind of the
/// extracted fact (see shared/facts/ANNOTATION.md); cards a learner writes are `custom`.
/// Statistics group retention by it, so learners see which kinds of fact they lose.
public enum FactKind: String, Sendable, Codable, CaseIterable {
    case date, figure, group, position, custom
}
