import Foundation
import KennisbankText

/// The Swift Snowball stemmers against Snowball's C stemmers (through PyStemmer) on Snowball's
/// Dutch vocabulary: words per second, best of several runs, and how many stems agree.
struct StemmerBenchmark {
    let paths: BenchmarkPaths
    let python: PythonEnvironment?
    let repetitions: Int
    let log: (String) -> Void

    func run() throws -> [StemmerResult] {
        guard let text = try? String(contentsOfFile: paths.stemmerVocabulary, encoding: .utf8) else {
            throw BenchmarkError(
                "Snowball's Dutch vocabulary is missing: expected \(paths.stemmerVocabulary) (the tests' copy): is this a complete checkout?"
            )
        }
        let words = text.split(whereSeparator: \.isNewline).map { String($0) }.filter { !$0.isEmpty }
        let list = "\(paths.work)/stemmer-words.txt"
        try (words.joined(separator: "\n") + "\n").write(toFile: list, atomically: true, encoding: .utf8)
        let stemmers: [(name: String, snowball: String, stemmer: any Stemmer)] = [
            ("Kraaij-Pohlmann (Snowball dutch)", "dutch", KraaijPohlmannStemmer()),
            ("Porter (Snowball dutch_porter)", "dutch_porter", DutchPorterStemmer()),
        ]
        return try stemmers.map { name, snowball, stemmer in
            log("stemmer \(name): \(Formatting.count(words.count)) words × \(repetitions)")
            let stems = words.map(stemmer.stem)  // a warm-up, and the stems to compare
            var best = Double.infinity
            var checksum = 0
            for _ in 0..<repetitions {
                let start = monotonicSeconds()
                for word in words { checksum &+= stemmer.stem(word).utf8.count }
                best = min(best, monotonicSeconds() - start)
            }
            if checksum == 42 { log("checksum \(checksum)") }  // keeps the loop from being optimised away
            var result = StemmerResult(
                algorithm: name, words: words.count, swiftWordsPerSecond: Double(words.count) / best)
            if let python {
                let out = "\(paths.work)/stems-\(snowball).txt"
                let run = try ChildProcess.runChecked(
                    python.python, ["\(paths.scripts)/stem_words.py", snowball, list, String(repetitions), out],
                    output: .capture, what: "PyStemmer \(snowball)")
                guard let object = try JSONSerialization.jsonObject(with: run.output) as? [String: Any],
                    let seconds = object["seconds"] as? Double, let count = object["words"] as? Int, seconds > 0
                else {
                    throw BenchmarkError("Benchmarks/stem_words.py printed no figures")
                }
                result.pyStemmerWordsPerSecond = Double(count) / seconds
                let theirs = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").map(String.init)
                result.agreeing = zip(stems, theirs).filter { $0 == $1 }.count
            }
            return result
        }
    }
}
