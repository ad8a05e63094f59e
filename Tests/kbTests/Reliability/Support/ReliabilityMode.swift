import Foundation

/// How hard the reliability harnesses work: the default (CI) mode, or the longer mode of
/// `Scripts/reliability-long.sh`, chosen by the environment variable `KB_RELIABILITY_SCALE`
/// (a whole number; 1, the default, is the CI mode).
enum ReliabilityMode {
    /// The factor every loop size is multiplied by.
    static let scale: Int = {
        guard let text = ProcessInfo.processInfo.environment["KB_RELIABILITY_SCALE"], let value = Int(text) else { return 1 }
        return min(max(value, 1), 1_000)
    }()

    /// True in the longer mode.
    static var isLong: Bool { scale > 1 }

    /// `base` loop iterations in CI, `base × scale` in the longer mode.
    static func scaled(_ base: Int) -> Int { base * scale }

    /// The seed of this run's random choices: `KB_RELIABILITY_SEED`, or a new one (printed, so
    /// that a failing run can be repeated).
    static let seed: UInt64 = {
        if let text = ProcessInfo.processInfo.environment["KB_RELIABILITY_SEED"], let value = UInt64(text) { return value }
        return UInt64.random(in: 1...UInt64(UInt32.max))
    }()

    /// Prints a count for the run's summary: one line starting with `reliability:` on standard
    /// output (the long-mode script collects them).
    static func report(_ line: String) {
        print("reliability: \(line) [scale \(scale), seed \(seed)]")
    }
}

/// A small deterministic random generator (SplitMix64), so a run repeats from its seed.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A generator for one harness: the run's seed mixed with `salt`, so harnesses differ.
    init(salt: UInt64) { state = ReliabilityMode.seed &* 0x9E37_79B9_7F4A_7C15 &+ salt }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
