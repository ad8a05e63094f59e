import Foundation
import Hummingbird
import Kennisbank
import KennisbankFrontEnd

/// The site's pages for reading: `/` and `/zoeken`.
struct SitePages {
    let knowledgeBase: KnowledgeBase
    let pages: PageRenderer

    func register(on router: Router<WebContext>) {
        router.get("/") { _, context -> Response in
            try pages.page("home", try home(context), context: context)
        }
        router.get("/zoeken") { request, context -> Response in
            let parameters = try SearchParameters(request.uri, catalog: context.catalog)
            return try pages.page("search", try search(parameters, context), context: context)
        }
    }

    /// The start page: the search box, how much the knowledge base holds, what came in last.
    func home(_ context: WebContext) throws -> [String: Any] {
        let catalog = context.catalog
        let counts = try EntryKind.allCases.map { kind in
            let count = try knowledgeBase.count(EntryFilter(kinds: [kind]))
            return ["count": count, "label": catalog.text("web.kind.\(kind.rawValue)", count: count)] as [String: Any]
        }
        let recent = try knowledgeBase.entries(limit: 10).map { EntryView($0, catalog: catalog).values }
        return ["counts": counts, "recent": recent]
    }

    /// The results of a search, with the hits' snippets split into marked and plain parts.
    func search(_ parameters: SearchParameters, _ context: WebContext) throws -> [String: Any] {
        let catalog = context.catalog
        var values: [String: Any] = ["query": parameters.query]
        guard !parameters.query.trimmingCharacters(in: .whitespaces).isEmpty else { return values }
        let results = try knowledgeBase.search(try parameters.request(in: knowledgeBase))
        values["hits"] = results.hits.map { hit -> [String: Any] in
            var hitValues = EntryView(hit.entry, catalog: catalog).values
            hitValues["snippet"] = SnippetParts(hit).parts
            return hitValues
        }
        values["summary"] = catalog.text("web.search.found", count: results.total, ["query": parameters.query])
        if results.isRelaxed {
            values["relaxed"] = catalog.text(
                "web.search.relaxed", ["terms": results.searchedTerms.joined(separator: ", ")])
        }
        return values
    }
}

/// What a page shows of one entry in a list.
struct EntryView {
    let values: [String: Any]

    init(_ entry: Entry, catalog: Catalog) {
        values = [
            "uuid": entry.uuid.uuidString.lowercased(),
            "title": entry.title,
            "kind": catalog.text("web.kind.\(entry.kind.rawValue).one"),
            "municipality": entry.municipality ?? catalog.text("web.network"),
            "topics": entry.topics,
            "date": entry.date?.description ?? "",
        ]
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
