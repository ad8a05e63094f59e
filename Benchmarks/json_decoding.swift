// Foundation's two JSON readers on the records of a JSON Lines corpus, as `kb import` reads them
// (issue 17: "JSON decoding"): JSONSerialization, which the import uses, against JSONDecoder
// decoding into a JSON value enum (a record's fields are not known in advance: unknown fields are
// reported, values of the wrong shape are named). Each line is parsed and its values visited.
//
//     swiftc -O Benchmarks/json_decoding.swift -o /tmp/json-decoding
//     /tmp/json-decoding benchmark-work/corpus-100000-seed20150521-v1.jsonl
//
// Figures in BENCHMARKS.md ("Import", JSON decoding).
import Foundation

enum JSONValue: Decodable {
    case null
    case bool(Bool)
    case number(Double)
    case text(String)
    case list([JSONValue])
    case object([String: JSONValue])
    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
    init(from decoder: Decoder) throws {
        if let keyed = try? decoder.container(keyedBy: Key.self) {
            var object: [String: JSONValue] = [:]
            for key in keyed.allKeys { object[key.stringValue] = try keyed.decode(JSONValue.self, forKey: key) }
            self = .object(object)
            return
        }
        if var unkeyed = try? decoder.unkeyedContainer() {
            var items: [JSONValue] = []
            while !unkeyed.isAtEnd { items.append(try unkeyed.decode(JSONValue.self)) }
            self = .list(items)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
            return
        }
        if let text = try? single.decode(String.self) {
            self = .text(text)
            return
        }
        if let flag = try? single.decode(Bool.self) {
            self = .bool(flag)
            return
        }
        self = .number(try single.decode(Double.self))
    }
}

/// The fields of an entry record, known in advance (what a decoder for a fixed shape is at best).
struct EntryFields: Decodable {
    var uuid: String?
    var kind: String?
    var title: String?
    var municipality: String?
    var topics: [String]?
    var date: String?
    var body: String?
    var source: String?
    var status: String?
    var addresses: [String]?
}

let path = CommandLine.arguments[1]
let data = try! Data(contentsOf: URL(fileURLWithPath: path))
var lines: [[UInt8]] = []
var start = 0
let bytes = [UInt8](data)
for i in 0..<bytes.count where bytes[i] == 0x0A {
    lines.append(Array(bytes[start..<i]))
    start = i + 1
}
print("lines", lines.count)
func time(_ name: String, _ body: () -> Int) {
    let t0 = Date()
    let n = body()
    print(name, String(format: "%.3f s", Date().timeIntervalSince(t0)), n)
}
time("JSONSerialization") {
    var n = 0
    for line in lines {
        let object = try! JSONSerialization.jsonObject(with: Data(line), options: [.fragmentsAllowed])
        if let d = object as? [String: Any] {
            for (_, v) in d { if v is String { n += 1 } else if let a = v as? [Any] { n += a.count } }
        }
    }
    return n
}
let decoder = JSONDecoder()
time("JSONDecoder enum") {
    var n = 0
    for line in lines {
        let value = try! decoder.decode(JSONValue.self, from: Data(line))
        if case .object(let d) = value {
            for (_, v) in d { if case .text = v { n += 1 } else if case .list(let a) = v { n += a.count } }
        }
    }
    return n
}
time("JSONDecoder struct") {
    var n = 0
    for line in lines {
        let fields = try! decoder.decode(EntryFields.self, from: Data(line))
        n +=
            [
                fields.uuid, fields.kind, fields.title, fields.municipality, fields.date, fields.body, fields.source,
                fields.status,
            ].compactMap { $0 }
            .count + (fields.topics?.count ?? 0)
            + (fields.addresses?.count ?? 0)
    }
    return n
}
