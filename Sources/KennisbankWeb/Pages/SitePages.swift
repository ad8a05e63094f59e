import Foundation
import Hummingbird
import Kennisbank
import KennisbankFrontEnd

/// The site's pages for reading: `/` and `/zoeken`.
struct SitePages {
    let knowledgeBase: KnowledgeBase
    let pages: PageRenderer
    let datalist = MunicipalityDatalist()

    func register(on router: Router<WebContext>) {
        router.get("/") { _, context -> Response in
            try pages.page("home", try home(context), context: context)
        }
        router.get("/zoeken") { request, context -> Response in
            let parameters = try SearchParameters(request.uri, catalog: context.catalog)
            // The search, and the page made of it, on the thread pool (see SearchAPI).
            return try await offLoop {
                try pages.page("search", try search(parameters, context.catalog), context: context)
            }
        }
    }

    /// The start page: the search box, how much the knowledge base holds, what came in last, the
    /// topics with their counts and the municipalities with the most entries.
    func home(_ context: WebContext) throws -> [String: Any] {
        let catalog = context.catalog
        let counts = try EntryKind.allCases.map { kind in
            let count = try knowledgeBase.count(EntryFilter(kinds: [kind]))
            return ["count": count, "label": catalog.text("web.kind.\(kind.rawValue)", count: count)] as [String: Any]
        }
        let recent = try knowledgeBase.entries(limit: 10).map { EntryView($0, catalog: catalog).values }
        let topics = try knowledgeBase.topics().map(TopicPages.topicView)
        let municipalities = try knowledgeBase.municipalityCounts(limit: Self.homeMunicipalities).map(
            MunicipalityPages.countView)
        return [
            "counts": counts, "recent": recent, "topics": topics, "hasTopics": !topics.isEmpty,
            "municipalities": municipalities, "hasMunicipalities": !municipalities.isEmpty,
        ]
    }

    /// How many municipalities the start page lists, those with the most entries.
    static let homeMunicipalities = 10

    /// The results of a search, with the hits' snippets split into marked and plain parts.
    func search(_ parameters: SearchParameters, _ catalog: Catalog) throws -> [String: Any] {
        var values = try filterForm(parameters, catalog)
        values["query"] = parameters.query
        guard !parameters.query.trimmingCharacters(in: .whitespaces).isEmpty else { return values }
        let request = try parameters.request(in: knowledgeBase)
        let (results, searchFacets) = try knowledgeBase.searchWithFacets(request)
        // Without hits there is nothing to count.
        let facets =
            results.total == 0
            ? []
            : try SearchFacetViews(
                searchFacets, parameters: parameters, filter: request.filter, knowledgeBase: knowledgeBase,
                catalog: catalog, path: { searchPath($0, offset: 0) }
            ).facets
        values["facets"] = facets
        values["hasFacets"] = !facets.isEmpty
        values["paging"] = paging(parameters, total: results.total, shown: results.hits.count, catalog)
        values["hits"] = results.hits.map { hit -> [String: Any] in
            var hitValues = EntryView(hit.entry, catalog: catalog).values
            hitValues["snippet"] = SnippetParts(hit).parts
            return hitValues
        }
        values["summary"] = catalog.text(
            "web.search.found", count: results.total,
            ["query": results.isCorrected ? results.suggestion ?? parameters.query : parameters.query])
        if results.isRelaxed {
            values["relaxed"] = catalog.text(
                "web.search.relaxed", ["terms": results.searchedWords.joined(separator: ", ")])
        }
        values["spelling"] = spelling(results, parameters, catalog)  // issue 15
        return values
    }

    /// What the page says of a spelling suggestion (issue 15): that the corrected query was
    /// searched instead, or "did you mean" with a link to the corrected search (the filters kept).
    /// The catalog's sentence is cut around the suggestion so that the template can make it a link.
    func spelling(_ results: SearchResults, _ parameters: SearchParameters, _ catalog: Catalog) -> [String: Any]? {
        guard let suggestion = results.suggestion else { return nil }
        if results.isCorrected {
            return [
                "corrected": catalog.text(
                    "web.spelling.corrected", ["query": parameters.query, "suggestion": suggestion])
            ]
        }
        let marker = "\u{E000}"
        let sentence = catalog.text("web.spelling.didYouMean", ["suggestion": marker])
        let parts = sentence.components(separatedBy: marker)
        var corrected = parameters
        corrected.query = suggestion
        return [
            "didYouMean": [
                "before": parts.first ?? "", "after": parts.count > 1 ? parts[1] : "", "query": suggestion,
                "path": searchPath(corrected, offset: 0),
            ]
        ]
    }

    /// The filter form's fields, filled with the request's values: kind, topic, municipality,
    /// province and dates, named as the API's parameters.
    func filterForm(_ parameters: SearchParameters, _ catalog: Catalog) throws -> [String: Any] {
        let selection = parameters.selection
        let kind = selection.kinds.first
        let topicKey = selection.topics.first.flatMap { Topic.key(for: $0) }
        let province = try selection.province.map(Province.init(resolving:))
        return [
            "kinds": EntryKind.allCases.map { option -> [String: Any] in
                [
                    "value": option.rawValue, "label": catalog.text("web.kind.\(option.rawValue).one"),
                    "selected": option == kind,
                ]
            },
            "topics": try knowledgeBase.topicLabels().map { label -> [String: Any] in
                ["value": label, "selected": Topic.key(for: label) == topicKey]
            },
            "provinces": Province.allCases.map { option -> [String: Any] in
                ["value": option.rawValue, "selected": option == province]
            },
            // A facet's link chooses a municipality by its CBS code: the field shows its name.
            "municipality": selection.municipalities.first.map { (try? knowledgeBase.municipality($0).name) ?? $0 }
                ?? "",
            "municipalityDatalist": datalist.html(try knowledgeBase.municipalityNames(), pages: pages),
            "since": selection.since ?? "",
            "until": selection.until ?? "",
            "filtered": kind != nil || topicKey != nil || province != nil || !selection.municipalities.isEmpty
                || selection.since != nil || selection.until != nil,
        ]
    }

    /// Which hits these are (`21–40 of 95`) and links to the pages before and after, keeping
    /// every other parameter.
    func paging(_ parameters: SearchParameters, total: Int, shown: Int, _ catalog: Catalog) -> [String: Any] {
        var values: [String: Any] = [:]
        guard total > 0, shown > 0 else { return values }
        values["range"] = catalog.text(
            "web.paging.range",
            ["first": "\(parameters.offset + 1)", "last": "\(parameters.offset + shown)", "total": "\(total)"])
        if parameters.offset > 0 {
            values["previous"] = searchPath(parameters, offset: max(0, parameters.offset - parameters.limit))
        }
        if parameters.offset + shown < total {
            values["next"] = searchPath(parameters, offset: parameters.offset + parameters.limit)
        }
        values["links"] = values["previous"] != nil || values["next"] != nil
        if parameters.offset > 0 { values["start"] = parameters.offset + 1 }
        return values
    }

    /// `/zoeken` with `parameters`, at `offset`.
    func searchPath(_ parameters: SearchParameters, offset: Int) -> String {
        let selection = parameters.selection
        var pairs: [(String, String)] = [("q", parameters.query)]
        pairs += selection.kinds.map { ("kind", $0.rawValue) }
        pairs += selection.topics.map { ("topic", $0) }
        pairs += selection.municipalities.map { ("municipality", $0) }
        pairs += [("province", selection.province ?? ""), ("since", selection.since ?? "")]
        pairs += [("until", selection.until ?? "")]
        if parameters.limit != SearchParameters.pageLimit { pairs.append(("limit", "\(parameters.limit)")) }
        if offset > 0 { pairs.append(("offset", "\(offset)")) }
        return "/zoeken" + PagePaths.queryString(pairs)
    }
}

/// What a page shows of one entry in a list.
struct EntryView {
    let values: [String: Any]

    init(_ entry: Entry, catalog: Catalog) {
        var values: [String: Any] = [
            "uuid": entry.uuid.uuidString.lowercased(),
            "path": PagePaths.entry(entry.uuid),
            "title": entry.title,
            "kind": catalog.text("web.kind.\(entry.kind.rawValue).one"),
            "kindClass": entry.kind.rawValue,
            "municipality": entry.municipality ?? catalog.text("web.network"),
            "topics": entry.topics,
            "topicLinks": entry.topics.map { ["label": $0, "path": PagePaths.topic($0)] },
        ]
        // A section shows for any string, even an empty one: what is absent is left out.
        if let date = entry.date { values["date"] = HumanTime.text(date) }
        if let name = entry.municipality {
            values["municipalityPath"] = PagePaths.municipality(name: name, code: entry.municipalityCode)
        }
        self.values = values
    }
}

/// A hit's snippet in parts, each marked or not, for the template to put the marked ones in
/// `<mark>`: the text itself is always escaped by the template.
struct SnippetParts {
    let parts: [[String: Any]]

    init(_ hit: SearchHit) {
        var parts: [[String: Any]] = []
        var marked = false
        var current = String.UnicodeScalarView()
        let start = SearchHit.highlightStart.unicodeScalars.first
        let end = SearchHit.highlightEnd.unicodeScalars.first
        for scalar in hit.snippet.unicodeScalars {
            if scalar == start || scalar == end {
                if !current.isEmpty { parts.append(["text": String(current), "marked": marked]) }
                current = String.UnicodeScalarView()
                marked = scalar == start
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { parts.append(["text": String(current), "marked": marked]) }
        self.parts = parts
    }
}
