import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdAuth
import HummingbirdCore
import Kennisbank
import KennisbankFrontEnd

/// `/aanmelden` (the sign-in form and its POST) and `/afmelden` (POST, with the CSRF token).
/// Passwords are checked off the event loop; a sign-in always starts a new session (a new id).
struct SignInPages {
    let knowledgeBase: KnowledgeBase
    let pages: PageRenderer
    let sessions: SessionStorage<WebSession>
    let settings: AccountSettings

    /// The form fields.
    static let nameField = "naam"
    static let passwordField = "wachtwoord"
    static let returnField = "terug"

    func register(on router: Router<WebContext>) {
        router.get("/aanmelden") { request, context -> Response in
            let back = Self.safeReturn(request.uri.formParameters.get(Self.returnField))
            return try pages.page("sign-in", ["back": back ?? ""], context: context)
        }
        router.post("/aanmelden") { request, context -> Response in
            var request = request
            let fields = FormFields(try await request.collectBody(upTo: context.maxUploadSize))
            let name = fields[Self.nameField] ?? ""
            let password = fields[Self.passwordField] ?? ""
            let back = Self.safeReturn(fields[Self.returnField])
            let knowledgeBase = knowledgeBase
            let account = try await offLoop {
                try knowledgeBase.verifyPassword(name: name, password: password)
            }
            guard let account else {
                return try pages.page(
                    "sign-in",
                    ["name": name, "back": back ?? "", "failed": context.catalog.text("web.accounts.signIn.failed")],
                    context: context, status: .unauthorized)
            }
            // A new session id on every sign-in: an id someone planted before is worth nothing.
            if context.sessions.session != nil { _ = try? await sessions.delete(request: request) }
            context.sessions.createSession(WebSession(accountID: account.id), expiresIn: settings.sessionDuration)
            return Response(status: .seeOther, headers: [.location: back ?? "/"])
        }
        router.post("/afmelden") { _, context -> Response in
            context.sessions.clearSession()
            return Response(status: .seeOther, headers: [.location: "/aanmelden"])
        }
    }

    /// `/aanmelden?terug=…` for a visitor sent to sign in from `uri`.
    static func signInPath(returningTo uri: URI) -> String {
        let target = uri.description
        guard target != "/", let encoded = target.addingPercentEncoding(withAllowedCharacters: .alphanumerics)
        else { return "/aanmelden" }
        return "/aanmelden?\(returnField)=\(encoded)"
    }

    /// `path` when it is a path on this site to return to after signing in; nil for anything
    /// else (another site, `//host`, a backslash trick).
    static func safeReturn(_ path: String?) -> String? {
        guard let path, path.hasPrefix("/"), !path.hasPrefix("//"), !path.contains("\\"),
            !path.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else { return nil }
        return path
    }
}
