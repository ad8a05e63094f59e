import KennisbankFrontEnd
import Mustache

/// The catalog's `web.` texts as a template sees them: `{{t.home.title}}` is the text of
/// `web.home.title` in the request's language.
struct PageTexts: MustacheParent {
    let catalog: Catalog
    /// The dotted key so far (`web.home`).
    let prefix: String

    init(catalog: Catalog, prefix: String = "web") {
        self.catalog = catalog
        self.prefix = prefix
    }

    func child(named name: String) -> Any? {
        let key = prefix + "." + name
        return catalog.has(key) ? catalog.text(key) : PageTexts(catalog: catalog, prefix: key)
    }
}
