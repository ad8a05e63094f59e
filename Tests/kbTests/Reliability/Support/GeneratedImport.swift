import Foundation
import KennisbankTestSupport

/// A JSON Lines file for `kb import`: one new municipality, then `count` entries of every kind
/// with known UUIDs, topics, sources, dates and `addresses` links between them — all of it
/// stored by one import, or none of it.
struct GeneratedImport {
    /// The file's text.
    let text: String
    /// The entries' UUIDs, in file order.
    let uuids: [String]
    /// The name of the municipality the file adds.
    let municipality: String
    /// The number of `addresses` links the file makes.
    let links: Int
    /// The topic labels only this file uses.
    let topics: [String]

    static let sentences = [
        "Bewoners beheren het buurthuis samen met de gemeente.",
        "De financiële risico's van co-creatie schrikken de raad af.",
        "Vrijwilligers houden het dorpshuis open, ook in de avond.",
        "Wantrouwen tussen bewoners en gemeente groeit als beloften uitblijven.",
        "Maatschappelijk vastgoed krijgt een tweede leven als ontmoetingsplek.",
        "In 's-Hertogenbosch werkt een wijkteam met een eigen budget.",
        "Ruimte voor anders: durf te experimenteren met een pilot.",
        "Het zwembad wordt door een stichting van bewoners geëxploiteerd.",
    ]

    static let municipalities = [
        "Deventer", "Zwolle", "Leeuwarden", "Utrecht", "Den Bosch", "Súdwest-Fryslân", "GM0363", "Bergen (NH.)",
    ]

    init(count: Int, tag: String, random: inout SeededRandom) {
        municipality = "Nieuwdorp \(tag)"
        topics = (0..<5).map { "Crashthema \(tag) \($0)" }
        var lines: [String] = []
        var uuids: [String] = []
        var obstacles: [String] = []
        var links = 0
        func line(_ object: [String: Any]) -> String {
            String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }
        lines.append(line(["kind": "municipality", "name": municipality, "province": "Drenthe"]))
        for index in 0..<count {
            let kind = ["tip", "obstacle", "example"][Int.random(in: 0..<3, using: &random)]
            let uuid = random.uuid()
            var record: [String: Any] = [
                "kind": kind, "uuid": uuid,
                "title": "Import \(tag) nummer \(index): \(Self.sentences[index % Self.sentences.count].prefix(40))",
                "body": (0..<Int.random(in: 2...8, using: &random)).map { _ in
                    Self.sentences.randomElement(using: &random)!
                }.joined(separator: " "),
                "topics": ["Vertrouwen", topics[index % topics.count]],
                "source": "Crashtest \(tag)",
                "date": String(
                    format: "20%02d-%02d-%02d", Int.random(in: 10...24, using: &random),
                    Int.random(in: 1...12, using: &random), Int.random(in: 1...28, using: &random)),
            ]
            if kind != "tip" || Bool.random(using: &random) {
                record["municipality"] =
                    index % 4 == 0 ? municipality : Self.municipalities.randomElement(using: &random)!
            }
            if kind == "obstacle" {
                record["status"] = ["open", "addressed", "resolved"].randomElement(using: &random)!
                obstacles.append(uuid)
            } else if let target = obstacles.randomElement(using: &random), Bool.random(using: &random) {
                record["addresses"] = [target]
                links += 1
            }
            uuids.append(uuid)
            lines.append(line(record))
        }
        text = lines.joined(separator: "\n") + "\n"
        self.uuids = uuids
        self.links = links
    }
}
