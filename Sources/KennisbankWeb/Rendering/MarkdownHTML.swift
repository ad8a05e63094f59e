import CCmark
import Foundation
import Mustache

/// An entry's Markdown body as HTML that is safe by construction: no HTML a person wrote ever
/// reaches the page as markup, and a link is a link only to `http`, `https` or `mailto`.
///
/// cmark, the CommonMark reference library, parses the body and writes the HTML, escaping every
/// piece of text. Before it writes, ``render(_:)`` walks the syntax tree and changes what a
/// note may not put on the page:
/// - raw HTML (a block or inline) becomes text, so that `<script>` shows as written (cmark's
///   own default, "safe" mode, would leave it out without a trace);
/// - a link whose URL ``safeURL(_:)`` refuses keeps only its text; a safe one is written by
///   the page templates' Mustache, with the same `rel="nofollow noopener"` as the entry's source;
/// - an image becomes a link to it (the Content-Security-Policy loads no remote image), or its
///   text inside a link or when its URL is refused;
/// - headings move one level down (`#` is `<h2>`): the page's `<h1>` is the entry's title.
enum MarkdownHTML {
    /// The HTML of `markdown`.
    static func render(_ markdown: String) -> String {
        let options = CMARK_OPT_DEFAULT
        let length = markdown.utf8.count
        guard let document = markdown.withCString({ cmark_parse_document($0, length, options) }) else { return "" }
        defer { cmark_node_free(document) }
        for node in nodes(document) {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HTML_BLOCK: replaceHTMLBlock(node)
            case CMARK_NODE_HTML_INLINE: replaceHTMLInline(node)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: replaceLink(node)
            case CMARK_NODE_HEADING:
                _ = cmark_node_set_heading_level(node, min(6, cmark_node_get_heading_level(node) + 1))
            default: break
            }
        }
        guard let html = cmark_render_html(document, options) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    /// `text` as a link target when it is an absolute `http`/`https` URL with a host, or a
    /// `mailto:` address; nil for every other scheme (`javascript:`, `data:`, `file:`), a relative
    /// reference, or anything with spaces or control characters in it.
    static func safeURL(_ text: String) -> String? {
        guard !text.isEmpty,
            !text.unicodeScalars.contains(where: {
                $0.properties.isWhitespace || $0.properties.generalCategory == .control
            }),
            let components = URLComponents(string: text), let scheme = components.scheme?.lowercased()
        else { return nil }
        switch scheme {
        case "http", "https":
            guard let host = components.host, !host.isEmpty else { return nil }
            return text
        case "mailto":
            return components.path.isEmpty ? nil : text
        default:
            return nil
        }
    }

    // MARK: The syntax tree

    /// Every node under `root` that ``render(_:)`` may change, in the order they are left:
    /// children before their parent, so that changing a node never touches one still to come.
    /// Raw HTML is a leaf, met only on entering; links, images and headings are left on EXIT.
    private static func nodes(_ root: OpaquePointer) -> [OpaquePointer] {
        guard let iterator = cmark_iter_new(root) else { return [] }
        defer { cmark_iter_free(iterator) }
        var nodes: [OpaquePointer] = []
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            switch (cmark_node_get_type(node), event) {
            case (CMARK_NODE_HTML_BLOCK, CMARK_EVENT_ENTER), (CMARK_NODE_HTML_INLINE, CMARK_EVENT_ENTER),
                (CMARK_NODE_LINK, CMARK_EVENT_EXIT), (CMARK_NODE_IMAGE, CMARK_EVENT_EXIT),
                (CMARK_NODE_HEADING, CMARK_EVENT_EXIT):
                nodes.append(node)
            default: break
            }
        }
        return nodes
    }

    /// A raw HTML block as a paragraph of its text.
    private static func replaceHTMLBlock(_ node: OpaquePointer) {
        let literal = (cmark_node_get_literal(node).map { String(cString: $0) } ?? "").trimmingCharacters(in: .newlines)
        guard let paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH), let text = cmark_node_new(CMARK_NODE_TEXT) else {
            return
        }
        _ = cmark_node_set_literal(text, literal)
        _ = cmark_node_append_child(paragraph, text)
        replace(node, with: paragraph)
    }

    /// Raw inline HTML (a tag, a comment) as text.
    private static func replaceHTMLInline(_ node: OpaquePointer) {
        guard let text = cmark_node_new(CMARK_NODE_TEXT) else { return }
        _ = cmark_node_set_literal(text, cmark_node_get_literal(node))
        replace(node, with: text)
    }

    /// A link, or an image, as a link with `rel` when its URL is safe and it is inside no
    /// other link or image; else as its text.
    private static func replaceLink(_ node: OpaquePointer) {
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        let title = cmark_node_get_title(node).map { String(cString: $0) } ?? ""
        guard let url = safeURL(url), !insideLink(node),
            let anchor = cmark_node_new(CMARK_NODE_CUSTOM_INLINE)
        else {
            unwrap(node)
            return
        }
        var values = ["url": url]
        if !title.isEmpty { values["title"] = title }
        _ = cmark_node_set_on_enter(anchor, linkTemplate.render(values))
        _ = cmark_node_set_on_exit(anchor, "</a>")
        while let child = cmark_node_first_child(node) { _ = cmark_node_append_child(anchor, child) }
        replace(node, with: anchor)
    }

    /// The opening tag of a safe link; Mustache escapes its URL and title as it does on every page.
    private static let linkTemplate: MustacheTemplate = {
        guard
            let template = try? MustacheTemplate(
                string: #"<a href="{{url}}"{{#title}} title="{{title}}"{{/title}} rel="nofollow noopener">"#)
        else { preconditionFailure("The link template does not parse: the build is broken.") }
        return template
    }()

    private static func insideLink(_ node: OpaquePointer) -> Bool {
        var parent = cmark_node_parent(node)
        while let ancestor = parent {
            let type = cmark_node_get_type(ancestor)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE || type == CMARK_NODE_CUSTOM_INLINE { return true }
            parent = cmark_node_parent(ancestor)
        }
        return false
    }

    /// `node`'s children in its place, and `node` gone.
    private static func unwrap(_ node: OpaquePointer) {
        while let child = cmark_node_first_child(node) { _ = cmark_node_insert_before(node, child) }
        cmark_node_free(node)
    }

    private static func replace(_ node: OpaquePointer, with new: OpaquePointer) {
        _ = cmark_node_replace(node, new)
        cmark_node_free(node)
    }
}
