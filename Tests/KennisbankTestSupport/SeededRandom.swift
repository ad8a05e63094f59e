/// A fixed pseudo-random sequence (SplitMix64): the same seed gives the same numbers on every
/// machine and every Swift version.
///
/// Its own helpers (``below(_:)``, ``within(_:)``, ``unit()``, ``chance(_:)``, ``pick(_:)``,
/// ``shuffle(_:)``, ``uuid()``) use no standard-library algorithm, so what they draw is fixed
/// too: the benchmark's corpus cache relies on it (bump `CorpusGenerator.version` if any of them
/// changes). As a `RandomNumberGenerator` it also serves `Int.random(in:using:)`,
/// `randomElement(using:)` and `shuffled(using:)`, which repeat within one toolchain.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Starts the sequence at `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound` (Lemire's multiply-shift; the tiny bias does not matter here).
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "an empty range")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in `range`.
    public mutating func within(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// A number in [0, 1).
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// One of `items`, which must not be empty.
    public mutating func pick<Items: RandomAccessCollection>(_ items: Items) -> Items.Element {
        items[items.index(items.startIndex, offsetBy: below(items.count))]
    }

    /// Puts `items` in a random order (Fisher–Yates).
    public mutating func shuffle<Items: MutableCollection & RandomAccessCollection>(_ items: inout Items) {
        guard items.count > 1 else { return }
        for offset in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(
                items.index(items.startIndex, offsetBy: offset),
                items.index(items.startIndex, offsetBy: below(offset + 1)))
        }
    }

    /// `items` in a random order (Fisher–Yates).
    public mutating func shuffled<Element>(_ items: some Sequence<Element>) -> [Element] {
        var items = Array(items)
        shuffle(&items)
        return items
    }

    /// A random version-4 UUID from this sequence, in lower case (as `kb` writes them).
    public mutating func uuid() -> String {
        let high = (next() & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000
        let low = (next() & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
        let characters = Array(Self.hexadecimal(high) + Self.hexadecimal(low))
        func part(_ from: Int, _ to: Int) -> String { String(characters[from..<to]) }
        return "\(part(0, 8))-\(part(8, 12))-\(part(12, 16))-\(part(16, 20))-\(part(20, 32))"
    }

    /// 16 lower-case hexadecimal digits.
    private static func hexadecimal(_ value: UInt64) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
