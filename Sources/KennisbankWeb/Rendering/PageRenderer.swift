import Foundation
import Hummingbird
import KennisbankFrontEnd
import Mustache

/// The page templates of `Web/templates/`, embedded at build time and parsed once.
///
/// Every page extends `layout.mustache`. Mustache escapes every `{{value}}` for HTML; the
/// templates never use the unescaped `{{{…}}}` but for HTML the server built itself with escaping
/// (a rendered Markdown body, the search form's list of municipalities rendered by its template).
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        let prefix = "Web/templates/"
        for (path, text) in EmbeddedFiles.contents where path.hasPrefix(prefix) && path.hasSuffix(".mustache") {
            let name = String(path.dropFirst(prefix.count).dropLast(".mustache".count))
            try library.register(text, named: name)
        }
        self.library = library
    }

    /// The HTML of template `name` with `values`, the catalog's texts as `t`, and what the
    /// layout needs (language, the switch to the other language).
    func html(_ name: String, _ values: [String: Any], context: WebContext, path: String = "/") -> String {
        var all = values
        all["t"] = PageTexts(catalog: context.catalog)
        all["lang"] = context.language.rawValue
        let other: Language = context.language == .dutch ? .english : .dutch
        all["otherLanguage"] = [
            "code": other.rawValue, "name": context.catalog.text("web.language." + other.rawValue),
            "href": context.languageSwitch,
        ]
        // The signed-in bar and every form's CSRF token (see SignInPages, CSRFMiddleware).
        all["account"] = context.account.map {
            ["name": $0.name, "role": context.catalog.text("users.role." + $0.role.rawValue)]
        }
        all["coordinator"] = context.account?.role == .coordinator
        all["csrf"] = context.sessions.session?.csrf ?? ""
        return library.render(all, withTemplate: name) ?? ""
    }

    /// Template `name` as a `text/html` response.
    func page(
        _ name: String, _ values: [String: Any], context: WebContext, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        guard library.getTemplate(named: name) != nil else { throw HTTPError(.internalServerError) }
        let html = html(name, values, context: context)
        return Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .contentLanguage: context.language.rawValue],
            body: .init(byteBuffer: ByteBuffer(string: html))
        )
    }
}
