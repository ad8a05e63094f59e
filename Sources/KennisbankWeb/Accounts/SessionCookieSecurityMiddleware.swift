import Hummingbird

/// Marks the session cookie `Secure` whenever the request came over TLS (see
/// ``ClientAddress/isSecure(_:behindProxy:)``), so that a browser never sends it over plain
/// HTTP afterwards. `SessionMiddleware` sets it `HttpOnly` and `SameSite=Lax`; it sits inside this one.
struct SessionCookieSecurityMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let behindProxy: Bool

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response)
        async throws -> Response
    {
        var response = try await next(request, context)
        guard ClientAddress.isSecure(request, behindProxy: behindProxy) else { return response }
        let cookies = response.headers[values: .setCookie]
        guard cookies.contains(where: { $0.hasPrefix(WebSession.cookieName + "=") }) else { return response }
        response.headers[values: .setCookie] = cookies.map { cookie in
            cookie.hasPrefix(WebSession.cookieName + "=") && !cookie.contains("; Secure") ? cookie + "; Secure" : cookie
        }
        return response
    }
}
