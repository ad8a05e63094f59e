import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import HummingbirdCore
import Kennisbank
import KennisbankFrontEnd

/// Signs in a request that carries `Authorization: Bearer <token>` as the token's account. A
/// token that is not one (forged, or of a removed account) is refused with 401 at once, also
/// where reading is open: whoever sends a token means to act as someone.
struct BearerTokenAuthenticator: RouterMiddleware {
    typealias Context = WebContext
    let knowledgeBase: KnowledgeBase

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response)
        async throws -> Response
    {
        guard let bearer = request.headers.bearer else { return try await next(request, context) }
        let knowledgeBase = knowledgeBase
        let token = bearer.token.trimmingCharacters(in: .whitespaces)
        let account = try await offLoop { try knowledgeBase.account(forToken: token) }
        guard let account else {
            throw WebProblem.unauthorized(context.catalog, detail: "web.accounts.problem.badToken")
        }
        var context = context
        context.identity = account
        context.signedInWithToken = true
        return try await next(request, context)
    }
}

extension WebProblem {
    /// No account, or not the kind of sign-in this needs: 401, with `detail` from the catalog.
    static func unauthorized(_ catalog: Catalog, detail: String) -> WebProblem {
        WebProblem(
            status: .unauthorized, type: "unauthorized", title: catalog.text("web.accounts.problem.unauthorized"),
            detail: catalog.text(detail))
    }

    /// Signed in, but the account may not do this: 403.
    static func forbidden(_ catalog: Catalog, detail: String, _ values: [String: String] = [:]) -> WebProblem {
        WebProblem(
            status: .forbidden, type: "forbidden", title: catalog.text("web.accounts.problem.forbidden"),
            detail: catalog.text(detail, values))
    }
}
