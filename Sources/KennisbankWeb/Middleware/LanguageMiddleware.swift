import Hummingbird
import KennisbankFrontEnd

/// Resolves a request's language once: `?taal=en` (or `nl`) from the switch on every page,
/// which the `taal` cookie then remembers; else the cookie; else the first language of
/// `Accept-Language` that the catalog has; else Dutch.
struct LanguageMiddleware: RouterMiddleware {
    typealias Context = WebContext

    /// The query parameter and cookie that carry the choice.
    static let name = "taal"

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response)
        async throws -> Response
    {
        var context = context
        let chosen = request.uri.formParameters.get(Self.name).flatMap { Language(code: $0) }
        context.language =
            chosen ?? request.cookies[Self.name].flatMap { Language(code: $0.value) }
            ?? Self.preferred(request.headers[.acceptLanguage]) ?? .dutch
        context.languageSwitch = Self.switchQuery(request.uri.query, to: context.language == .dutch ? .english : .dutch)
        var response = try await next(request, context)
        if let chosen {
            response.setCookie(
                Cookie(name: Self.name, value: chosen.rawValue, maxAge: 365 * 24 * 3600, path: "/", sameSite: .lax))
        }
        return response
    }

    /// `query` (as sent, percent-encoded) with `taal` set to `language`: the same page in that
    /// language, as a relative address.
    static func switchQuery(_ query: String?, to language: Language) -> String {
        let kept = (query ?? "").split(separator: "&").filter {
            !$0.isEmpty && $0.split(separator: "=", maxSplits: 1).first.map(String.init) != name
        }
        return "?" + (kept + ["\(name)=\(language.rawValue)"]).joined(separator: "&")
    }

    /// The first language of an `Accept-Language` header (in order of its `q` weights) that the
    /// catalog has.
    static func preferred(_ header: String?) -> Language? {
        guard let header else { return nil }
        let ranked = header.split(separator: ",").enumerated().compactMap {
            index, part -> (language: Language, weight: Double, index: Int)? in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let code = pieces.first, let language = Language(code: code) else { return nil }
            let weight = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return weight > 0 ? (language, weight, index) : nil
        }
        return ranked.sorted { ($0.weight, -$0.index) > ($1.weight, -$1.index) }.first?.language
    }
}
