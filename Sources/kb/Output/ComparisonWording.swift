import Kennisbank
import KennisbankFrontEnd

/// The words `kb compare` gives what the library returns as values: the row without a topic,
/// the reasons of the ranking, the similarity score.
///
/// The constants are the machine contract of JSON and CSV (unchanged in every language); text
/// for people comes from the catalog (`compare.*`).
enum ComparisonWording {
    /// The label of the matrix row for obstacles without a topic in JSON and CSV.
    static let noTopic = ComparisonJSON.noTopic

    /// A matrix row's label in JSON and CSV: its topic's, or ``noTopic``.
    static func label(_ row: TopicRow) -> String {
        row.label ?? noTopic
    }

    /// A matrix row's label for people: its topic's, or the catalog's "no topic".
    static func label(_ row: TopicRow, _ catalog: Catalog) -> String {
        row.label ?? catalog.text("compare.noTopic")
    }

    /// What a reason of the ranking means, for legends.
    static func explanation(_ reason: HelpReason, _ catalog: Catalog = Interface.catalog) -> String {
        catalog.text("compare.reason.\(reason.rawValue)")
    }

    /// A reason of the ranking in a word or two, beside a piece of evidence.
    static func shortReason(_ reason: HelpReason, _ catalog: Catalog = Interface.catalog) -> String {
        catalog.text("compare.reasonShort.\(reason.rawValue)")
    }

    /// The order of who can help, in one sentence, for legends.
    static func order(_ catalog: Catalog = Interface.catalog) -> String {
        catalog.text("compare.order")
    }

    /// How many entries count per reason, strongest first: `1 linked, 2 same topic`.
    static func countsText(_ counts: [HelpReason: Int], _ catalog: Catalog = Interface.catalog) -> String {
        HelpReason.allCases.compactMap { reason in
            counts[reason].map {
                catalog.text("compare.countPart", ["count": "\($0)", "reason": shortReason(reason, catalog)])
            }
        }.joined(separator: ", ")
    }

    /// What the similarity score means, in one sentence, for people.
    static func similarityDefinition(_ catalog: Catalog) -> String {
        catalog.text("compare.similarityDefinition")
    }
}
