extension VisitSuggestion {
    /// The obstacles it can help with, the strongest evidence first (as the ranking compares
    /// it: linked, then resolved, then same topic, then similar title), then in their order:
    /// the order in which `kb visits suggest` and the web site show them.
    public var obstaclesStrongestFirst: [ObstacleHelpHere] {
        func tiers(_ obstacle: ObstacleHelpHere) -> [Int] {
            HelpReason.allCases.map { obstacle.counts[$0] ?? 0 }
        }
        return obstacles.enumerated().sorted { a, b in
            let (x, y) = (tiers(a.element), tiers(b.element))
            return x != y ? y.lexicographicallyPrecedes(x) : a.offset < b.offset
        }.map(\.element)
    }
}
