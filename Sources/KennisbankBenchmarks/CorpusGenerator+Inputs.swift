import Foundation
import KennisbankTestSupport

extension CorpusGenerator {
    // MARK: - Reading the inputs

    /// The sentences of the law articles: enumeration marks stripped, 30 to 600 characters.
    static func sentences(fromLaws path: String) throws -> [String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw BenchmarkError("cannot read \(path) as UTF-8")
        }
        let enumeration = try NSRegularExpression(pattern: "^\\s*(\\d+[a-z]?\\.|[a-z]\\.|\\d+°)[\\s\u{A0}]+")
        let boundary = try NSRegularExpression(pattern: "(?<=[.;])\\s+(?=[A-Z])")
        var sentences: [String] = []
        for line in text.split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let article = object["text"] as? String
            else { continue }
            for paragraph in article.split(separator: "\n") {
                var part = String(paragraph)
                part = enumeration.stringByReplacingMatches(
                    in: part, range: NSRange(part.startIndex..., in: part), withTemplate: "")
                let marked = boundary.stringByReplacingMatches(
                    in: part, range: NSRange(part.startIndex..., in: part), withTemplate: "\u{1E}")
                for sentence in marked.split(separator: "\u{1E}") {
                    let trimmed = sentence.trimmingCharacters(in: .whitespaces)
                    guard (30...600).contains(trimmed.count), let first = trimmed.first, first.isUppercase else {
                        continue
                    }
                    sentences.append(trimmed)
                }
            }
        }
        return sentences
    }

    /// The names (`Gemeentenaam`) of the CBS list.
    static func municipalityNames(csv path: String) throws -> [String] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw BenchmarkError("cannot read \(path) as UTF-8")
        }
        let lines = text.split(whereSeparator: \.isNewline)
        guard let header = lines.first.map({ csvFields(String($0)) }),
            let nameColumn = header.firstIndex(where: {
                $0.trimmingCharacters(in: .init(charactersIn: "\u{FEFF}")) == "Gemeentenaam"
            })
        else {
            throw BenchmarkError("\(path) has no Gemeentenaam column")
        }
        return lines.dropFirst().compactMap { line in
            let fields = csvFields(String(line))
            return fields.count > nameColumn ? fields[nameColumn] : nil
        }
    }

    /// The fields of one CSV line (a quoted field may hold commas and doubled quotes).
    static func csvFields(_ line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        for character in line {
            if quoted {
                if character == "\"" { quoted = false } else { field.append(character) }
            } else if character == "\"" {
                if !field.isEmpty { field.append("\"") }
                quoted = true
            } else if character == "," {
                fields.append(field)
                field = ""
            } else {
                field.append(character)
            }
        }
        fields.append(field)
        return fields
    }
}
