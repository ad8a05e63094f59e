import Kennisbank
import KennisbankFrontEnd

/// The facets beside `/zoeken`'s hits: per kind, topic, municipality and province the options
/// with most hits, each a link to the same search with that option chosen, and its count.
/// The options chosen are always shown, marked as current.
struct SearchFacetViews {
    /// How many options a facet shows besides those chosen.
    static let shown = 10

    let facets: [[String: Any]]

    /// The facets of `parameters`' search, `filter` being its selection resolved.
    init(
        _ facets: SearchFacets, parameters: SearchParameters, filter: EntryFilter, knowledgeBase: KnowledgeBase,
        catalog: Catalog, path: (SearchParameters) -> String
    ) throws {
        let selection = parameters.selection
        let chosenMunicipalities = Set(try filter.municipalities.map { try knowledgeBase.municipality($0).name })
        let chosenTopics = Set(selection.topics.compactMap(Topic.key(for:)))
        let chosenProvince = filter.province?.rawValue
        func view(
            _ key: String, _ options: [FacetOption], label: (FacetOption) -> String, chosen: (FacetOption) -> Bool,
            choose: (inout SearchParameters, FacetOption) -> Void
        ) -> [String: Any]? {
            let kept = options.enumerated().filter { $0.offset < Self.shown || chosen($0.element) }.map(\.element)
            guard !kept.isEmpty else { return nil }
            return [
                "title": catalog.text("web.filter.\(key)"),
                "options": kept.map { option -> [String: Any] in
                    var chosenSearch = parameters
                    choose(&chosenSearch, option)
                    return [
                        "label": label(option), "count": option.count, "path": path(chosenSearch),
                        "selected": chosen(option),
                    ]
                },
            ]
        }
        self.facets = [
            view(
                "kind", facets.kinds, label: { catalog.text("web.kind.\($0.value).one") },
                chosen: { option in selection.kinds.contains { $0.rawValue == option.value } },
                choose: { search, option in
                    search.selection.kinds = EntryKind(rawValue: option.value).map { [$0] } ?? []
                }
            ),
            view(
                "topic", facets.topics, label: \.name,
                chosen: { Topic.key(for: $0.value).map(chosenTopics.contains) ?? false },
                choose: { search, option in search.selection.topics = [option.value] }),
            view(
                "municipality", facets.municipalities, label: \.name,
                chosen: { chosenMunicipalities.contains($0.name) },
                choose: { search, option in search.selection.municipalities = [option.value] }),
            view(
                "province", facets.provinces, label: \.name, chosen: { $0.value == chosenProvince },
                choose: { search, option in search.selection.province = option.value }),
        ].compactMap { $0 }
    }
}
