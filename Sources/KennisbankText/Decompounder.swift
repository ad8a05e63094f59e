/// Splits Dutch compounds into the known words they are made of: `gemeenteraad` → `gemeente`,
/// `raad`; `buurthuisbeheer` → `buurthuis`, `beheer`; `dorpshuis` → `dorp`, `huis`.
///
/// The split uses only a fixed word list (the bundled ``WordList/bundled``) and the curated
/// exceptions of ``CompoundExceptions``, so a word splits the same way on every machine and
/// whatever else the knowledge base holds. A word splits into two to ``maximumParts`` parts, each
/// a known word of at least ``minimumPartLength`` letters that may stand alone (not `voor`,
/// `over`, `lijk`, …), joined directly or by a linking morpheme (`s`, `e`, `en`: `dorp-s-huis`).
/// Of all splits, the one with the fewest parts wins, then the one with the longest last part
/// (the head, which carries the meaning: `kandidaat|stelling`, not `kandidaats|telling`), then
/// the one with the longest parts (the largest sum of squared lengths), then the one with the
/// fewest linking letters. Only folded
/// words of the letters a–z are split; words the exceptions keep whole (`voorraad`, `bezorgd`)
/// never are.
package struct Decompounder: Sendable {
    /// The shortest part split off.
    package static let minimumPartLength = 4
    /// The most parts a word splits into.
    package static let maximumParts = 4
    /// The linking morphemes allowed between two parts (the empty one: joined directly).
    static let links: [[UInt8]] = [[], Array("s".utf8), Array("e".utf8), Array("en".utf8)]

    /// The words parts must be.
    package let words: WordList
    /// Folded words that never split (see ``CompoundExceptions/keepWhole``).
    package let keepWhole: Set<String>
    /// Known words that are never a part (see ``CompoundExceptions/neverAlone``).
    package let neverAlone: Set<String>

    /// The decompounder with the bundled word list and the curated exceptions.
    package static let standard = Decompounder(words: .bundled)

    /// Creates a decompounder.
    package init(
        words: WordList, keepWhole: Set<String> = CompoundExceptions.keepWhole,
        neverAlone: Set<String> = CompoundExceptions.neverAlone
    ) {
        self.words = words
        self.keepWhole = keepWhole
        self.neverAlone = neverAlone
    }

    /// Identifies the split: the rules' version, the word list's size and the exceptions. Part of
    /// ``DutchAnalyzer/signature``, so that an index built with another split is rebuilt.
    package var signature: String {
        "decompounder 1; words \(words.count); keep \(keepWhole.sorted().joined(separator: ","));"
            + " never alone \(neverAlone.sorted().joined(separator: ","))"
    }

    /// The parts of the folded word `word`, in order; empty when it does not split.
    package func parts(of word: String) -> [String] {
        let count = word.utf8.count
        // A word longer than the index keeps is not split: the split costs the cube of the length.
        guard count >= 2 * Self.minimumPartLength, count <= DutchAnalyzer.maximumWordLength,
            !keepWhole.contains(word)
        else { return [] }
        guard word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return [] }
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            split(buffer).map { String(decoding: buffer[$0], as: UTF8.self) }
        }
    }

    /// The best split of the folded bytes, as byte ranges of its parts; empty when none.
    private func split(_ word: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        struct State {
            var parts: Int
            var head: Int
            var squares: Int
            var linkLetters: Int
            var previous: Int
            var part: Range<Int>

            func isBetter(than other: State) -> Bool {
                if parts != other.parts { return parts < other.parts }
                if head != other.head { return head > other.head }
                if squares != other.squares { return squares > other.squares }
                return linkLetters < other.linkLetters
            }
        }
        let count = word.count
        let minimum = Self.minimumPartLength
        // best[i]: the best way to reach position i, where the next part starts.
        var best = [State?](repeating: nil, count: count + 1)
        best[0] = State(parts: 0, head: 0, squares: 0, linkLetters: 0, previous: -1, part: 0..<0)
        var final: State?
        for start in 0..<count {
            guard let state = best[start], state.parts < Self.maximumParts else { continue }
            var end = start + minimum
            while end <= count {
                defer { end += 1 }
                // A part leaves room for another part after it, unless it ends the word.
                if end < count && count - end < minimum { continue }
                if start == 0 && end == count { continue }
                guard isPart(UnsafeBufferPointer(rebasing: word[start..<end])) else { continue }
                let length = end - start
                if end == count {
                    let candidate = State(
                        parts: state.parts + 1, head: length, squares: state.squares + length * length,
                        linkLetters: state.linkLetters, previous: start, part: start..<end)
                    if final.map({ candidate.isBetter(than: $0) }) ?? true { final = candidate }
                    continue
                }
                for link in Self.links {
                    let next = end + link.count
                    guard count - next >= minimum else { continue }
                    guard link.indices.allSatisfy({ word[end + $0] == link[$0] }) else { continue }
                    let candidate = State(
                        parts: state.parts + 1, head: 0, squares: state.squares + length * length,
                        linkLetters: state.linkLetters + link.count, previous: start, part: start..<end)
                    if best[next].map({ candidate.isBetter(than: $0) }) ?? true { best[next] = candidate }
                }
            }
        }
        guard var state = final, state.parts >= 2 else { return [] }
        var parts = [state.part]
        while state.previous > 0 {
            // The state that reached `previous`: its part ends before the link at `previous`.
            guard let earlier = best[state.previous] else { break }
            parts.append(earlier.part)
            state = earlier
        }
        return parts.reversed()
    }

    /// Whether the bytes are a known word that may stand alone as a part.
    private func isPart(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard words.contains(bytes) else { return false }
        if neverAlone.isEmpty { return true }
        return !neverAlone.contains(String(decoding: bytes, as: UTF8.self))
    }
}
