import Foundation

/// Number formats and tables of the report.
enum Formatting {
    static func ms(_ value: Double?) -> String {
        guard let value else { return "–" }
        if value < 10 { return String(format: "%.2f", value) }
        return value < 100 ? String(format: "%.1f", value) : count(Int(value.rounded()))
    }

    static func seconds(_ value: Double?) -> String {
        guard let value else { return "–" }
        return value < 10 ? String(format: "%.2f", value) : String(format: "%.1f", value)
    }

    static func megabytes(_ bytes: Int?) -> String {
        guard let bytes else { return "–" }
        return String(format: "%.1f", Double(bytes) / 1_048_576)
    }

    static func ratio(_ ours: Double?, _ theirs: Double?) -> String {
        guard let ours, let theirs, theirs > 0 else { return "–" }
        return String(format: "%.2f×", ours / theirs)
    }

    static func count(_ value: Int) -> String {
        var out = ""
        for (index, character) in String(value).reversed().enumerated() {
            if index > 0, index % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return String(out.reversed())
    }

    static func rate(_ value: Double?) -> String {
        value.map { count(Int($0.rounded())) } ?? "–"
    }

    static func percentiles(_ value: Percentiles?) -> String {
        guard let value else { return "–" }
        return "\(ms(value.p50)) / \(ms(value.p95)) / \(ms(value.p99))"
    }

    static func ratios(_ ours: Percentiles?, _ theirs: Percentiles?) -> String {
        guard let ours, let theirs else { return "–" }
        return "\(ratio(ours.p50, theirs.p50)) / \(ratio(ours.p95, theirs.p95)) / \(ratio(ours.p99, theirs.p99))"
    }

    /// A Markdown table.
    static func table(_ header: [String], _ rows: [[String]], alignRight: Set<Int> = []) -> String {
        var lines = ["| " + header.joined(separator: " | ") + " |"]
        lines.append("|" + header.indices.map { alignRight.contains($0) ? " ---: |" : " --- |" }.joined())
        for row in rows {
            lines.append(
                "| " + row.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }
}
