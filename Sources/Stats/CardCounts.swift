/// Cards by where they are, each counted once: suspended first, then buried, then by
/// state, review cards split young / mature at an interval of 21 days.
public struct CardCounts: Sendable, Equatable {
    public var new = 0
    public var learning = 0
    public var relearning = 0
    public var young = 0
    public var mature = 0
    public var suspended = 0
    public var buried = 0

    public init(new: Int = 0, learning: Int = 0, relearning: Int = 0, young: Int = 0, mature: Int = 0,
                suspended: Int = 0, buried: Int = 0) {
        self.new = new
        self.learning = learning
        self.relearning = relearning
        self.young = young
        self.mature = mature
        self.suspended = suspended
        self.buried = buried
    }

    public var total: Int { new + learning + relearning + young + mature + suspended + buried }
}
