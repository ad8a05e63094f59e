import Kennisbank
import KennisbankFrontEnd

/// Visits and visit suggestions as text for people, in lines of at most `width` columns.
struct VisitText {
    let width: Int
    var catalog: Catalog = Interface.catalog

    func text(_ key: String, _ values: [String: String] = [:]) -> String { catalog.text(key, values) }

    func wrap(_ line: String, indent: String = "", hanging: String? = nil) -> [String] {
        ComparisonTable.wrap(line, width: width, indent: indent, hanging: hanging)
    }

    /// How many reasons count, strongest first: `1 linked, 2 conditions, 3 same topic`.
    func countsText(_ counts: [VisitReason: Int]) -> String {
        VisitReason.allCases.compactMap { reason -> String? in
            guard let count = counts[reason] else { return nil }
            switch reason {
            case .condition: return catalog.text("visits.conditionCount", count: count)
            case .linked: return ComparisonWording.countsText([.linked: count], catalog)
            case .resolvedObstacle: return ComparisonWording.countsText([.resolvedObstacle: count], catalog)
            case .sameTopic: return ComparisonWording.countsText([.sameTopic: count], catalog)
            case .similarText: return ComparisonWording.countsText([.similarText: count], catalog)
            }
        }.joined(separator: ", ")
    }

    /// `#7 Begin met een pilot (tip; linked)`.
    func evidenceText(_ evidence: HelpEvidence) -> String {
        let kind = text("output.kind.\(evidence.entry.kind.rawValue)")
        return "#\(evidence.entry.id) \(evidence.entry.title) (\(kind); "
            + ComparisonWording.shortReason(evidence.reason, catalog) + ")"
    }

    func state(_ state: VisitSuggestion.State) -> String { text("visits.state." + state.rawValue) }

    // MARK: Suggestions

    /// At most this many obstacles per suggestion, the strongest, each with at most
    /// ``evidenceShown`` entries (`--format json` holds them all).
    static let obstaclesShown = 3
    static let evidenceShown = 2

    func suggestions(_ result: VisitSuggestions) -> String {
        var lines = wrap(
            catalog.text(
                "visits.suggest.title", count: result.suggestions.count, ["municipality": result.municipality]))
        lines += wrap(text("visits.order"))
        let lacking = result.lacking.map {
            text("visits.suggest.lackingItem", ["number": "\($0.number)", "title": $0.title, "state": state($0.state)])
        }
        lines += wrap(
            lacking.isEmpty
                ? text("visits.suggest.lackingNone", ["municipality": result.municipality])
                : text(
                    "visits.suggest.lacking",
                    ["municipality": result.municipality, "list": lacking.joined(separator: "; ")]),
            hanging: "  ")
        if result.suggestions.isEmpty {
            lines.append("")
            lines += wrap(text("visits.suggest.none", ["municipality": result.municipality]))
        }
        for suggestion in result.suggestions {
            lines.append("")
            lines += wrap(
                text(
                    "visits.suggest.suggestion",
                    [
                        "rank": "\(suggestion.rank)", "name": suggestion.municipality,
                        "counts": countsText(suggestion.counts),
                    ]), hanging: "   ")
            let strongest = suggestion.obstaclesStrongestFirst
            for obstacle in strongest.prefix(Self.obstaclesShown) {
                lines += wrap(
                    text(
                        "visits.suggest.obstacle",
                        [
                            "id": obstacle.obstacle.id.description, "title": obstacle.obstacle.title,
                            "evidence": obstacle.evidence.prefix(Self.evidenceShown).map(evidenceText)
                                .joined(separator: "; "),
                        ]), indent: "   ", hanging: "     ")
            }
            if strongest.count > Self.obstaclesShown {
                lines += wrap(
                    catalog.text("visits.suggest.moreObstacles", count: strongest.count - Self.obstaclesShown),
                    indent: "   ", hanging: "     ")
            }
            if !suggestion.conditions.isEmpty {
                let gaps = suggestion.conditions.map {
                    text(
                        "visits.suggest.conditionGap",
                        [
                            "number": "\($0.number)", "title": $0.title, "state": state($0.state),
                            "date": HumanTime.text($0.date), "lacking": state($0.lacking),
                        ])
                }
                lines += wrap(
                    text("visits.suggest.conditions", ["list": gaps.joined(separator: "; ")]), indent: "   ",
                    hanging: "     ")
            }
            let contacts = suggestion.contacts.map(contactText)
            lines += wrap(
                contacts.isEmpty
                    ? text("visits.suggest.callNobody", ["name": suggestion.municipality])
                    : text("visits.suggest.call", ["list": contacts.joined(separator: "; ")]),
                indent: "   ", hanging: "     ")
        }
        return lines.map { $0.trimmingTrailingSpaces }.joined(separator: "\n")
    }

    /// `Bram Jansen, Wethouder, b.jansen@enschede.nl, 053 481 8181 (contact for #6)`.
    func contactText(_ contact: VisitContact) -> String {
        let person = contact.person
        var text = ([person.name] + [person.role, person.email, person.phone].compactMap { $0 }).joined(separator: ", ")
        if !contact.entries.isEmpty {
            text +=
                " ("
                + self.text(
                    "visits.suggest.contactFor",
                    ["entries": contact.entries.map { "#\($0)" }.joined(separator: ", ")]) + ")"
        }
        return text
    }

    // MARK: Visits

    func list(_ visits: [Visit]) -> String {
        guard !visits.isEmpty else { return text("visits.list.none") }
        let headers = ["id", "date", "from", "to", "status", "people", "entries"].map { text("visits.list." + $0) }
        return TextTable(
            headers: headers,
            rows: visits.map { visit in
                [
                    visit.id.description, HumanTime.text(visit.date), visit.from, visit.to,
                    text("visits.status." + visit.status.rawValue), "\(visit.people.count)", "\(visit.entries.count)",
                ]
            }
        ).render(width: width)
    }

    func show(_ visit: Visit) -> String {
        var lines = wrap(text("visits.show.title", ["id": visit.id.description, "from": visit.from, "to": visit.to]))
        func field(_ key: String, _ value: String) {
            lines += wrap(text("visits.show." + key) + ": " + value, hanging: "  ")
        }
        field("date", HumanTime.text(visit.date))
        field("status", text("visits.status." + visit.status.rawValue))
        field(
            "people",
            visit.people.isEmpty
                ? text("visits.show.nobody") : visit.people.map(\.qualifiedName).joined(separator: ", "))
        if let notes = visit.notes { field("notes", notes) }
        field(
            "entries",
            visit.entries.isEmpty
                ? text("visits.show.nothing", ["id": visit.id.description])
                : visit.entries.map { ComparisonReport.entryText($0, catalog) }.joined(separator: "; "))
        let time = HumanTime.text(visit.createdAt)
        field("recorded", visit.author.map { text("visits.show.recordedBy", ["time": time, "author": $0]) } ?? time)
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// The string without spaces at its end.
    fileprivate var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
