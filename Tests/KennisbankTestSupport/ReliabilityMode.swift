import Foundation

/// How hard the reliability harnesses work: the default (CI) mode, or the longer mode of
/// `Scripts/reliability-long.sh`, chosen by the environment variable `KB_RELIABILITY_SCALE`
/// (a whole number; 1, the default, is the CI mode); and the seed of their random choices.
public enum ReliabilityMode {
    /// The factor every loop size is multiplied by.
    public static let scale: Int = {
        guard let text = ProcessInfo.processInfo.environment["KB_RELIABILITY_SCALE"], let value = Int(text) else {
            return 1
        }
        return min(max(value, 1), 1_000)
    }()

    /// True in the longer mode.
    public static var isLong: Bool { scale > 1 }

    /// `base` loop iterations in CI, `base × scale` in the longer mode.
    public static func scaled(_ base: Int) -> Int { base * scale }

    /// The seed asked for with `KB_RELIABILITY_SEED`, if any.
    public static let requestedSeed: UInt64? = ProcessInfo.processInfo.environment["KB_RELIABILITY_SEED"].flatMap {
        UInt64($0)
    }

    /// The seed of this run's random choices: `KB_RELIABILITY_SEED`, or a new one (printed by
    /// ``report(_:)``, so that a failing run can be repeated).
    public static let seed: UInt64 = requestedSeed ?? UInt64.random(in: 1...UInt64(UInt32.max))

    /// Prints a count for the run's summary: one line starting with `reliability:` on standard
    /// output (the long-mode script collects them).
    public static func report(_ line: String) {
        print("reliability: \(line) [scale \(scale), seed \(seed)]")
    }
}

extension SeededRandom {
    /// A generator for one harness: the run's ``ReliabilityMode/seed`` mixed with `salt`, so
    /// that harnesses differ and a printed seed repeats them all.
    public init(salt: UInt64) {
        self.init(seed: ReliabilityMode.seed, salt: salt)
    }

    /// The generator of harness `salt` in the run of `seed`. The seed is mixed first: SplitMix64
    /// steps its state by a constant, so `seed × constant + salt` made the run of seed n + 1
    /// the run of seed n one number on.
    public init(seed: UInt64, salt: UInt64) {
        var mixer = SeededRandom(seed: seed)
        self.init(seed: mixer.next() &+ salt)
    }
}
