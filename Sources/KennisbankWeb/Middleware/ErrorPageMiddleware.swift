import Hummingbird
import Kennisbank
import KennisbankFrontEnd
import Logging

/// Turns every error into an answer for a person: a Dutch (or English) page for the site, an
/// RFC 9457 `application/problem+json` for `/api/`. No stack trace or SQL text ever leaves the
/// server: an unexpected error is logged and answered with a plain 500.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let pages: PageRenderer

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response)
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            let problem = WebProblem(error, catalog: context.catalog)
            if problem.status == .internalServerError {
                context.logger.error("Unexpected error on \(request.uri.path): \(String(reflecting: error))")
            }
            if request.uri.path.hasPrefix("/api/") {
                return problem.response(instance: request.uri.path)
            }
            var page = try pages.page(
                "error",
                ["heading": problem.title, "detail": problem.detail],
                context: context,
                status: problem.status
            )
            if let retryAfter = problem.retryAfter { page.headers[.retryAfter] = String(retryAfter) }
            return page
        }
    }
}
