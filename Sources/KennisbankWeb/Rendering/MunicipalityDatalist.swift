import Synchronization

/// The search form's list of municipality names to pick from (`<datalist>`: every municipality,
/// 342 names and 9 KB of a `/zoeken` page), rendered by `municipality-datalist.mustache`, which
/// escapes every name, once per list of names: a search page inserts the HTML kept.
final class MunicipalityDatalist: Sendable {
    private let rendered = Mutex<(names: [String], html: String)?>(nil)

    /// The list's HTML for `names`, rendered again only when they differ from the last.
    func html(_ names: [String], pages: PageRenderer) -> String {
        if let kept = rendered.withLock({ $0 }), kept.names == names { return kept.html }
        let html = pages.library.render(["names": names], withTemplate: "municipality-datalist") ?? ""
        rendered.withLock { $0 = (names, html) }
        return html
    }
}
