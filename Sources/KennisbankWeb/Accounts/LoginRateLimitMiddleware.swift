import Foundation
import Hummingbird
import KennisbankFrontEnd

/// Limits sign-in attempts (`POST /aanmelden`) per client address and per account name: after
/// too many failures a 429 page says when to try again (and `Retry-After` in seconds). A failure
/// is the sign-in page's 401; a success (its redirect) clears the name's count.
struct LoginRateLimitMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let limiter: LoginRateLimiter
    let behindProxy: Bool
    let pages: PageRenderer
    let now: @Sendable () -> Date

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response)
        async throws -> Response
    {
        guard request.method == .post, request.uri.path == "/aanmelden" else { return try await next(request, context) }
        var request = request
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        let name = FormFields(body)[SignInPages.nameField] ?? ""
        let address = ClientAddress.of(request, context: context, behindProxy: behindProxy)
        if let until = await limiter.refusedUntil(address: address, name: name) {
            let catalog = context.catalog
            var response = try pages.page(
                "error",
                [
                    "heading": catalog.text("web.accounts.limited.title"),
                    "detail": catalog.text("web.accounts.limited.detail", ["time": Self.clock(until)]),
                ],
                context: context, status: .tooManyRequests)
            response.headers[.retryAfter] = String(max(1, Int(until.timeIntervalSince(now()).rounded(.up))))
            return response
        }
        let response = try await next(request, context)
        if response.status == .unauthorized {
            await limiter.recordFailure(address: address, name: name)
        } else if response.status == .seeOther {
            await limiter.recordSuccess(name: name)
        }
        return response
    }

    /// The time of day in Amsterdam, `HH:MM`, as a person reads it on the page.
    static func clock(_ date: Date) -> String {
        let text = HumanTime.text(date)
        return String(text.suffix(5))
    }
}
