import Foundation
import KennisbankTestSupport

/// What a generated corpus holds.
struct CorpusSpec: Hashable {
    /// The kinds of the entries.
    enum KindMix: Hashable {
        /// 40 % obstacles, 35 % practice examples, 25 % tips (a quarter of them for the whole network).
        case mixed
        /// `obstacles` obstacles first, then the rest tips and examples half and half: the
        /// network that the compare measurement needs.
        case obstacleNetwork(obstacles: Int)
    }

    /// How many entries.
    var entries: Int
    /// The seed of the pseudo-random sequence: the same seed gives the same file.
    var seed: UInt64
    /// The kinds of the entries.
    var kinds: KindMix = .mixed
    /// Body lengths in characters, drawn log-uniformly from this range.
    var bodyLength: ClosedRange<Int> = 300...3500

    /// The file name: changes whenever the content would.
    var fileName: String {
        switch kinds {
        case .mixed:
            return "corpus-\(entries)-seed\(seed)-v\(CorpusGenerator.version).jsonl"
        case .obstacleNetwork(let obstacles):
            return "network-\(obstacles)obstacles-\(entries)-seed\(seed)-v\(CorpusGenerator.version).jsonl"
        }
    }
}

/// What the generator wrote.
struct CorpusSummary {
    var path: String
    var entries: Int
    var bytes: Int
    var obstacles: Int
    var examples: Int
    var tips: Int
    var municipalities: Int
    var averageBodyCharacters: Int
}

/// Generates a realistic corpus as JSON Lines, deterministically from a seed.
///
/// Bodies are sentences of Dutch law articles about municipalities (the shared corpus: real
/// vocabulary, word lengths and non-breaking spaces), a few hundred to a few thousand characters
/// in Markdown paragraphs; titles are the network's subjects, often with a municipality; the
/// 342 CBS municipalities, the topics and the subjects are drawn with Zipf-like spreads, so that
/// some are very common and others rare. Every entry has a UUID, so that all three tools import
/// exactly the same rows.
struct CorpusGenerator {
    /// Bumped whenever the output for a seed changes (it names the cached files).
    static let version = 1

    let sentences: [String]
    /// The number of characters of each sentence.
    let sentenceLengths: [Int]
    let municipalities: [String]

    /// Reads the sentences and municipalities.
    init(paths: BenchmarkPaths) throws {
        sentences = try Self.sentences(fromLaws: paths.sentenceCorpus)
        sentenceLengths = sentences.map(\.count)
        municipalities = try Self.municipalityNames(csv: paths.municipalities)
        guard sentences.count > 100 else {
            throw BenchmarkError(
                "\(paths.sentenceCorpus) yields only \(sentences.count) sentences: is it the law-article corpus?")
        }
        guard municipalities.count == 342 else {
            throw BenchmarkError(
                "\(paths.municipalities) lists \(municipalities.count) municipalities, not the 342 of 2024.")
        }
    }

    /// Writes the corpus `spec` describes into `folder`, or reuses the file written before;
    /// reports each record written to `progress`.
    func corpus(_ spec: CorpusSpec, in folder: String, progress: BenchProgress? = nil) throws -> CorpusSummary {
        let path = "\(folder)/\(spec.fileName)"
        let summaryPath = path + ".summary.json"
        if FileManager.default.fileExists(atPath: path), let data = FileManager.default.contents(atPath: summaryPath),
            let fields = try? JSONSerialization.jsonObject(with: data) as? [String: Int]
        {
            return CorpusSummary(
                path: path, entries: fields["entries"] ?? 0, bytes: fields["bytes"] ?? 0,
                obstacles: fields["obstacles"] ?? 0,
                examples: fields["examples"] ?? 0, tips: fields["tips"] ?? 0,
                municipalities: fields["municipalities"] ?? 0,
                averageBodyCharacters: fields["averageBodyCharacters"] ?? 0)
        }
        let partial = path + ".partial"
        var summary = try write(spec, to: partial, progress: progress)
        progress?.finish()
        summary.path = path
        guard rename(partial, path) == 0 else { throw BenchmarkError("cannot move \(partial) to \(path)") }
        let fields: [String: Int] = [
            "entries": summary.entries, "bytes": summary.bytes, "obstacles": summary.obstacles,
            "examples": summary.examples,
            "tips": summary.tips, "municipalities": summary.municipalities,
            "averageBodyCharacters": summary.averageBodyCharacters,
        ]
        try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]).write(
            to: URL(fileURLWithPath: summaryPath))
        return summary
    }

    // MARK: - Writing

    private func write(_ spec: CorpusSpec, to path: String, progress: BenchProgress?) throws -> CorpusSummary {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else {
            throw BenchmarkError("cannot write \(path)")
        }
        defer { try? handle.close() }
        var random = SeededRandom(seed: spec.seed)
        let places = random.shuffled(municipalities)
        let placeSpread = ZipfDistribution(count: places.count, exponent: 0.6)
        let topicSpread = ZipfDistribution(count: CorpusVocabulary.topics.count, exponent: 1.0)
        let subjectSpread = ZipfDistribution(count: CorpusVocabulary.subjects.count, exponent: 0.9)
        let sourceSpread = ZipfDistribution(count: CorpusVocabulary.sources.count, exponent: 1.0)
        let lowLength = log(Double(spec.bodyLength.lowerBound))
        let highLength = log(Double(spec.bodyLength.upperBound))

        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 21)
        var obstacleUUIDs: [String] = []
        var counts = (obstacles: 0, examples: 0, tips: 0)
        var bodyCharacters = 0
        var bytes = 0
        var usedPlaces = Set<String>()

        for index in 0..<spec.entries {
            let kind = Self.kind(at: index, of: spec, &random)
            let uuid = random.uuid()
            var municipality: String?
            if kind != "tip" || random.chance(0.75) {
                let place = places[placeSpread.draw(&random)]
                municipality = place
                usedPlaces.insert(place)
            }
            var title = CorpusVocabulary.subjects[subjectSpread.draw(&random)]
            let titleVariant = random.unit()
            if let municipality, titleVariant < 0.45 {
                title += " in \(municipality)"
            } else if titleVariant < 0.7 {
                title += ": " + window(of: sentences[random.below(sentences.count)], &random)
            }
            var topics: [String] = []
            let topicCount = random.chance(0.08) ? 0 : random.within(1...3)
            while topics.count < topicCount {
                let topic = CorpusVocabulary.topics[topicSpread.draw(&random)]
                if !topics.contains(topic) { topics.append(topic) }
            }
            let length = Int(exp(lowLength + random.unit() * (highLength - lowLength)))
            let body = self.body(length: length, municipality: municipality, &random)
            bodyCharacters += body.count
            let source = random.chance(0.6) ? CorpusVocabulary.sources[sourceSpread.draw(&random)] : nil
            let date = Self.date(dayOffset: random.below(11 * 365))
            var status: String?
            var addresses: [String] = []
            if kind == "obstacle" {
                let u = random.unit()
                status = u < 0.45 ? "open" : (u < 0.75 ? "addressed" : "resolved")
                obstacleUUIDs.append(uuid)
                counts.obstacles += 1
            } else {
                if kind == "tip" { counts.tips += 1 } else { counts.examples += 1 }
                if !obstacleUUIDs.isEmpty, random.chance(0.12) {
                    addresses.append(obstacleUUIDs[random.below(obstacleUUIDs.count)])
                    if random.chance(0.25) {
                        let second = obstacleUUIDs[random.below(obstacleUUIDs.count)]
                        if second != addresses[0] { addresses.append(second) }
                    }
                }
            }

            var line = "{\"uuid\":\"\(uuid)\",\"kind\":\"\(kind)\",\"title\":\(Self.json(title))"
            if let municipality { line += ",\"municipality\":\(Self.json(municipality))" }
            line += ",\"topics\":[\(topics.map(Self.json).joined(separator: ","))]"
            if let source { line += ",\"source\":\(Self.json(source))" }
            line += ",\"date\":\"\(date)\""
            if let status { line += ",\"status\":\"\(status)\"" }
            if !addresses.isEmpty { line += ",\"addresses\":[\(addresses.map(Self.json).joined(separator: ","))]" }
            line += ",\"body\":\(Self.json(body))}\n"
            buffer.append(contentsOf: line.utf8)
            if buffer.count >= 1 << 20 {
                bytes += buffer.count
                try handle.write(contentsOf: buffer)
                buffer.removeAll(keepingCapacity: true)
            }
            progress?.report(.generating, done: index + 1, total: spec.entries)
        }
        bytes += buffer.count
        try handle.write(contentsOf: buffer)
        return CorpusSummary(
            path: path, entries: spec.entries, bytes: bytes, obstacles: counts.obstacles, examples: counts.examples,
            tips: counts.tips, municipalities: usedPlaces.count,
            averageBodyCharacters: spec.entries == 0 ? 0 : bodyCharacters / spec.entries)
    }

    private static func kind(at index: Int, of spec: CorpusSpec, _ random: inout SeededRandom) -> String {
        switch spec.kinds {
        case .mixed:
            let u = random.unit()
            return u < 0.40 ? "obstacle" : (u < 0.75 ? "example" : "tip")
        case .obstacleNetwork(let obstacles):
            return index < obstacles ? "obstacle" : (random.chance(0.5) ? "tip" : "example")
        }
    }

    /// Sentences until `length` characters, three to a paragraph; sometimes opening with the municipality.
    private func body(length: Int, municipality: String?, _ random: inout SeededRandom) -> String {
        var body = ""
        var characters = 0  // body.count, kept as it grows (no two parts join into one character)
        var inParagraph = 0
        if let municipality, random.chance(0.3) {
            body = "Ervaring uit \(municipality)."
            characters = body.count
            inParagraph = 1
        }
        while characters < length {
            if !body.isEmpty {
                body += inParagraph == 3 ? "\n\n" : " "
                characters += inParagraph == 3 ? 2 : 1
            }
            if inParagraph == 3 { inParagraph = 0 }
            let index = random.below(sentences.count)
            body += sentences[index]
            characters += sentenceLengths[index]
            inParagraph += 1
        }
        return body
    }

    /// Two to five words of `sentence`, lower case, for a title's tail.
    private func window(of sentence: String, _ random: inout SeededRandom) -> String {
        let words = sentence.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" })
            .map { $0.trimmingCharacters(in: .punctuationCharacters) }
            .filter { !$0.isEmpty }
        guard words.count > 2 else { return sentence.lowercased() }
        let count = min(words.count, random.within(2...5))
        let start = random.below(words.count - count + 1)
        return words[start..<(start + count)].joined(separator: " ").lowercased()
    }

    /// The day `dayOffset` days after 1 January 2014, as YYYY-MM-DD.
    static func date(dayOffset: Int) -> String {
        // The civil-from-days algorithm (Howard Hinnant), days counted from 0000-03-01.
        let z = 16071 + dayOffset + 719_468  // 16071: days from 1970-01-01 to 2014-01-01
        let era = z / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// `text` as a JSON string literal.
    static func json(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

}
