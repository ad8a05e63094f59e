import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import KennisbankFrontEnd

/// Refuses (403) a form sent to a page with the cookie of a live session unless it carries the
/// session's CSRF token: the hidden field `csrf` that every form has (`{{csrf}}`), or the header
/// `X-CSRF-Token`. GET and HEAD change nothing and pass; so does the API (`/api/`), which writes
/// only for a bearer token, never for a cookie, and so cannot be driven from another site. A
/// cookie of no session (a forged one, or one the server forgot on a restart) signs nobody in,
/// so there is nothing to protect: the visitor can still sign in again.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = WebContext

    /// The name of the hidden form field.
    static let field = "csrf"

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response)
        async throws -> Response
    {
        guard ![.get, .head, .options].contains(request.method), !request.uri.path.hasPrefix("/api/"),
            request.cookies[WebSession.cookieName] != nil, let expected = context.sessions.session?.csrf
        else { return try await next(request, context) }
        var request = request
        var context = context
        let given: String?
        if let header = request.headers[.xCSRFToken] {
            given = header
        } else {
            // The import and attachment forms send a file: a larger body, as multipart/form-data.
            let body: ByteBuffer
            if AttachmentPages.isUpload(request.uri.path) {
                body = try await AttachmentPages.collect(&request, context: context)
            } else {
                let limit = request.uri.path == ImportPages.path ? ImportPages.uploadLimit : context.maxUploadSize
                body = try await request.collectBody(upTo: limit)
            }
            if let form = MultipartForm(contentType: request.headers[.contentType], body: body) {
                given = form.text(Self.field)
                context.multipartForm = form
            } else {
                given = FormFields(body)[Self.field]
            }
        }
        guard let given, RandomToken.equal(given, expected) else {
            throw WebProblem.forbidden(context.catalog, detail: "web.accounts.problem.csrf")
        }
        return try await next(request, context)
    }
}

extension HTTPField.Name {
    static var xCSRFToken: Self { .init("X-CSRF-Token")! }
}

/// The fields of an `application/x-www-form-urlencoded` body, as Hummingbird's
/// `URLEncodedFormDecoder` reads it. A body it cannot read as plain fields (a name repeated or
/// nested, `a[b]=…`, which no form of ours sends) has no fields.
struct FormFields {
    let values: [String: String]

    init(_ body: ByteBuffer) {
        values = (try? URLEncodedFormDecoder().decode([String: String].self, from: String(buffer: body))) ?? [:]
    }

    subscript(name: String) -> String? { values[name] }
}
