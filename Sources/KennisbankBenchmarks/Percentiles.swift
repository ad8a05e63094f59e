/// Latency percentiles of a set of timings (nearest rank), in milliseconds.
struct Percentiles {
    var p50: Double
    var p95: Double
    var p99: Double
    var count: Int

    /// The percentiles of `seconds` (timings in seconds); nil for no timings.
    init?(seconds: [Double]) {
        guard !seconds.isEmpty else { return nil }
        let sorted = seconds.sorted().map { $0 * 1000 }
        func rank(_ p: Double) -> Double {
            let index = Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1
            return sorted[min(max(index, 0), sorted.count - 1)]
        }
        p50 = rank(50)
        p95 = rank(95)
        p99 = rank(99)
        count = sorted.count
    }
}

/// The median of `values`, or nil when empty.
func median(_ values: [Double]) -> Double? {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
