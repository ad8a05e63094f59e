import Foundation
import Hummingbird
import Kennisbank
import KennisbankFrontEnd

/// The form to add or change an entry, as a template sees it: each field with its label, hint,
/// value and, after a refused attempt, its error next to it (and in the summary at the top).
///
/// Its field names are the API's keys (`kind`, `title`, `body`, `municipality`, `topics`,
/// `source`, `date`, `status`); topics are one text, separated by commas or semicolons.
struct EntryForm {
    /// What a person filled in, by field name.
    var values: [String: String]
    /// The error per field name; the key `""` holds one about the form as a whole.
    var errors: [String: String] = [:]

    /// The fields in the order of the form.
    static let fieldNames = ["kind", "title", "body", "municipality", "topics", "source", "date", "status"]

    /// An empty form; an editor's own municipality filled in.
    static func blank(for account: Account?) -> EntryForm {
        EntryForm(values: ["kind": EntryKind.example.rawValue, "municipality": account?.municipality ?? ""])
    }

    /// The form filled with `entry`, to change it.
    init(_ entry: Entry) {
        values = [
            "kind": entry.kind.rawValue, "title": entry.title, "body": entry.body,
            "municipality": entry.municipality ?? "", "topics": entry.topics.joined(separator: ", "),
            "source": entry.source ?? "", "date": entry.date?.description ?? "", "status": entry.status?.rawValue ?? "",
        ]
    }

    init(values: [String: String]) {
        self.values = values
    }

    /// The form a browser sent: an `application/x-www-form-urlencoded` body.
    init(body: ByteBuffer) {
        let fields = FormFields(body)
        values = Dictionary(uniqueKeysWithValues: Self.fieldNames.map { ($0, fields[$0] ?? "") })
    }

    /// A field's value, trimmed; nil when empty.
    func value(_ name: String) -> String? {
        let text = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return text.isEmpty ? nil : text
    }

    /// The topics, split on commas and semicolons.
    var topics: [String] {
        (values["topics"] ?? "").split(whereSeparator: { $0 == "," || $0 == ";" })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The form as a template's values, worded from `catalog`.
    func templateValues(_ catalog: Catalog) -> [String: Any] {
        func field(_ name: String, type: String = "text") -> [String: Any] {
            var values: [String: Any] = [
                "name": name, "label": catalog.text("web.forms.field.\(name).label"),
                "value": self.values[name] ?? "", "type": type,
            ]
            let hintKey = "web.forms.field.\(name).hint"
            if catalog.has(hintKey) { values["hint"] = catalog.text(hintKey) }
            if let error = errors[name] { values["error"] = error }
            return values
        }
        func options(_ name: String, _ choices: [(value: String, label: String)]) -> [[String: Any]] {
            choices.map { ["value": $0.value, "label": $0.label, "selected": self.values[name] == $0.value] }
        }
        var kind = field("kind")
        kind["options"] = options(
            "kind", EntryKind.allCases.map { ($0.rawValue, catalog.text("web.kind.\($0.rawValue).one")) })
        var status = field("status")
        status["options"] = options(
            "status",
            [("", catalog.text("web.forms.status.none"))]
                + ObstacleStatus.allCases.map { ($0.rawValue, catalog.text("web.forms.status.\($0.rawValue)")) })
        var summary = Self.fieldNames.compactMap { name in
            errors[name].map { ["field": name, "message": $0] }
        }
        if let general = errors[""] { summary.insert(["field": "title", "message": general], at: 0) }
        return [
            "kind": kind, "title": field("title"), "body": field("body"), "municipality": field("municipality"),
            "topics": field("topics"), "source": field("source"), "date": field("date", type: "date"),
            "status": status, "errors": summary, "hasErrors": !summary.isEmpty,
        ]
    }
}
