import Foundation
import KennisbankTestSupport
import XCTest

/// The one seeded generator: SplitMix64 to the bit, helpers that stay in their ranges, and
/// draws that repeat from a seed (the benchmark caches its corpora by seed).
final class SeededRandomTests: XCTestCase {
    /// The reference outputs of SplitMix64 (Vigna's `splitmix64.c`) for seed 1234567.
    func testTheSequenceIsSplitMix64() {
        var random = SeededRandom(seed: 1_234_567)
        XCTAssertEqual(
            (0..<5).map { _ in random.next() },
            [
                6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
                4_593_380_528_125_082_431, 16_408_922_859_458_223_821,
            ])
    }

    /// What the benchmark's generator drew for its default seed before it moved here. The cached
    /// corpora in benchmark-work/ are named by seed and `CorpusGenerator.version`: if this fails,
    /// the corpus for a seed has changed, and that version must go up with the new values.
    func testTheHelpersDrawWhatTheBenchmarkCorpusWasMadeOf() {
        var random = SeededRandom(seed: 2015_05_21)
        XCTAssertEqual((0..<4).map { _ in random.below(1000) }, [15, 904, 171, 989])
        XCTAssertEqual(random.within(-5...5), 4)
        XCTAssertEqual(random.unit(), 0.407299207716733, accuracy: 1e-15)
        XCTAssertEqual(random.uuid(), "4f7aa36c-ca7d-4635-8e6e-8550111c5b0e")
        XCTAssertEqual(random.shuffled(0..<10), [9, 7, 4, 5, 8, 1, 6, 3, 0, 2])
    }

    func testDrawsStayInTheirRanges() {
        var random = SeededRandom(seed: 7)
        for bound in [1, 2, 3, 10, 1_000, Int.max] {
            for _ in 0..<2_000 { XCTAssertTrue((0..<bound).contains(random.below(bound)), "below(\(bound))") }
        }
        for range in [0...0, -3...3, 5...6, Int.min...Int.min + 1, -1_000...1_000] {
            for _ in 0..<2_000 { XCTAssertTrue(range.contains(random.within(range)), "within(\(range))") }
        }
        for _ in 0..<10_000 {
            let unit = random.unit()
            XCTAssertTrue(unit >= 0 && unit < 1, "unit() gave \(unit)")
            XCTAssertFalse(random.chance(0))
            XCTAssertTrue(random.chance(1))
        }
    }

    /// Every value of a small range comes up about equally often: no side is favoured.
    func testDrawsAreSpreadEvenly() {
        var random = SeededRandom(seed: 11)
        var counts = [Int](repeating: 0, count: 6)
        for _ in 0..<60_000 { counts[random.below(6)] += 1 }
        for (value, count) in counts.enumerated() {
            XCTAssertEqual(Double(count), 10_000, accuracy: 500, "below(6) gave \(value) \(count) times")
        }
        var heads = 0
        for _ in 0..<10_000 where random.chance(0.25) { heads += 1 }
        XCTAssertEqual(Double(heads), 2_500, accuracy: 200)
        var picked = Set<String>()
        for _ in 0..<200 { picked.insert(random.pick(["a", "b", "c", "d"])) }
        XCTAssertEqual(picked, ["a", "b", "c", "d"])
    }

    func testTheSameSeedRepeatsAndAnotherDoesNot() {
        var first = SeededRandom(seed: 42)
        var second = SeededRandom(seed: 42)
        var other = SeededRandom(seed: 43)
        let a = (0..<50).map { _ in first.next() }
        XCTAssertEqual(a, (0..<50).map { _ in second.next() })
        XCTAssertNotEqual(a, (0..<50).map { _ in other.next() })
        var salted = SeededRandom(salt: 1)
        var again = SeededRandom(salt: 1)
        var otherSalt = SeededRandom(salt: 2)
        let b = (0..<50).map { _ in salted.below(1_000) }
        XCTAssertEqual(b, (0..<50).map { _ in again.below(1_000) })
        XCTAssertNotEqual(b, (0..<50).map { _ in otherSalt.below(1_000) })
    }

    /// Runs of neighbouring seeds, and harnesses of neighbouring salts, draw unrelated numbers:
    /// not the same sequence one step on.
    func testNeighbouringSeedsAndSaltsDrawUnrelatedSequences() {
        func draws(seed: UInt64, salt: UInt64) -> [UInt64] {
            var random = SeededRandom(seed: seed, salt: salt)
            return (0..<20).map { _ in random.next() }
        }
        for seed: UInt64 in [1, 105, 2015_05_21, UInt64(UInt32.max) - 1] {
            let run = draws(seed: seed, salt: 77)
            XCTAssertTrue(Set(run).isDisjoint(with: draws(seed: seed + 1, salt: 77)), "seeds \(seed) and \(seed + 1)")
            XCTAssertTrue(Set(run).isDisjoint(with: draws(seed: seed, salt: 78)), "salts 77 and 78 of seed \(seed)")
        }
    }

    func testAShuffleIsAPermutation() {
        var random = SeededRandom(seed: 3)
        let items = Array(0..<100)
        let shuffled = random.shuffled(items)
        XCTAssertEqual(shuffled.sorted(), items)
        XCTAssertNotEqual(shuffled, items)
        var inPlace = ["x"]
        random.shuffle(&inPlace)
        XCTAssertEqual(inPlace, ["x"])
        XCTAssertEqual(random.shuffled([Int]()), [])
    }

    /// Lower-case version-4 UUIDs that Foundation reads back, all different.
    func testUUIDsAreVersionFourAndDistinct() {
        var random = SeededRandom(seed: 5)
        var seen = Set<String>()
        for _ in 0..<1_000 {
            let text = random.uuid()
            XCTAssertEqual(UUID(uuidString: text)?.uuidString.lowercased(), text)
            let characters = Array(text)
            XCTAssertEqual(characters[14], "4", text)
            XCTAssertTrue("89ab".contains(characters[19]), text)
            seen.insert(text)
        }
        XCTAssertEqual(seen.count, 1_000)
    }
}
