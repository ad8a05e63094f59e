import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import KennisbankFrontEnd

/// Who may come in. Without `--public-read` every page but the sign-in page, `/healthz`,
/// `/static/…` and the API's description (`/api/v1/openapi.json`) sends a visitor who is not
/// signed in to `/aanmelden`, and the API answers 401.
/// With it, reading is open. Either way the API changes nothing without a bearer token: a
/// session cookie only reads.
struct AccessMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let publicRead: Bool

    /// Paths open to everyone.
    static func isOpen(_ path: String) -> Bool {
        path == "/aanmelden" || path == "/healthz" || path == "/api/v1/openapi.json" || path.hasPrefix("/static/")
    }

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response)
        async throws -> Response
    {
        let path = request.uri.path
        let reads = [.get, .head].contains(request.method)
        if path.hasPrefix("/api/") {
            if !reads, !context.signedInWithToken {
                throw WebProblem.unauthorized(context.catalog, detail: "web.accounts.problem.tokenRequired")
            }
            if context.identity == nil, !publicRead, !Self.isOpen(path) {
                throw WebProblem.unauthorized(context.catalog, detail: "web.accounts.problem.signInRequired")
            }
            return try await next(request, context)
        }
        if context.identity == nil, !Self.isOpen(path), !(publicRead && reads) {
            return Response(
                status: .seeOther, headers: [.location: SignInPages.signInPath(returningTo: request.uri)])
        }
        return try await next(request, context)
    }
}
