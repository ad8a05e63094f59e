import Foundation
import Hummingbird
import Kennisbank
import KennisbankFrontEnd

/// The forms of a signed-in account: `/kennis/nieuw` (add), `/kennis/{uuid}/bewerken` (change)
/// and `/kennis/{uuid}/verwijderen` (to the trash). Every form carries the CSRF token
/// (``CSRFMiddleware`` checks it); what the account may do is checked as for the API; a
/// refused value is shown next to its field, with the form as it was filled in. Every change is
/// recorded in the history as made by the account.
struct EntryFormPages {
    let knowledgeBase: KnowledgeBase
    let pages: PageRenderer

    func register(on router: Router<WebContext>) {
        router.get("/kennis/nieuw") { request, context -> Response in
            guard let account = context.account else { return Self.signIn(request) }
            return try form(.blank(for: account), editing: nil, context: context)
        }
        router.post("/kennis/nieuw") { request, context -> Response in
            let account = try Self.signedIn(context)
            var request = request
            var form = EntryForm(body: try await request.collectBody(upTo: context.maxUploadSize))
            do {
                let entry = try await offLoop { [form, knowledgeBase] in
                    try Self.add(form, by: account, in: knowledgeBase)
                }
                return Self.redirect(to: PagePaths.entry(entry.uuid))
            } catch {
                form.errors = try Self.fieldErrors(error, catalog: context.catalog)
                return try self.form(form, editing: nil, context: context, status: .unprocessableContent)
            }
        }
        router.get("/kennis/:uuid/bewerken") { request, context -> Response in
            guard let account = context.account else { return Self.signIn(request) }
            let entry = try knowledgeBase.entry(try context.entryID(in: knowledgeBase))
            guard account.may(.change, entry: entry) else { throw Self.forbidden(account, context.catalog) }
            return try form(EntryForm(entry), editing: entry, context: context)
        }
        router.post("/kennis/:uuid/bewerken") { request, context -> Response in
            let account = try Self.signedIn(context)
            let entry = try knowledgeBase.entry(try context.entryID(in: knowledgeBase))
            guard account.may(.change, entry: entry) else { throw Self.forbidden(account, context.catalog) }
            var request = request
            var form = EntryForm(body: try await request.collectBody(upTo: context.maxUploadSize))
            form.values["kind"] = entry.kind.rawValue
            do {
                let changed = try await offLoop { [form, knowledgeBase] in
                    try Self.change(entry, form, by: account, in: knowledgeBase)
                }
                return Self.redirect(to: PagePaths.entry(changed.uuid))
            } catch {
                form.errors = try Self.fieldErrors(error, catalog: context.catalog)
                return try self.form(form, editing: entry, context: context, status: .unprocessableContent)
            }
        }
        router.post("/kennis/:uuid/verwijderen") { _, context -> Response in
            let account = try Self.signedIn(context)
            let id = try context.entryID(in: knowledgeBase)
            let entry = try knowledgeBase.entry(id)
            guard account.may(.trash, entry: entry) else { throw Self.forbidden(account, context.catalog) }
            _ = try await offLoop { [knowledgeBase] in try knowledgeBase.moveToTrash(id, by: account.author) }
            _ = entry
            return Self.redirect(to: "/")
        }
    }

    /// The form page, for a new entry or for changing `entry`.
    func form(_ form: EntryForm, editing entry: Entry?, context: WebContext, status: HTTPResponse.Status = .ok)
        throws -> Response
    {
        var values = form.templateValues(context.catalog)
        if let entry {
            values["heading"] = context.catalog.text("web.forms.editHeading", ["title": entry.title])
            values["action"] = PagePaths.entry(entry.uuid) + "/bewerken"
            values["editing"] = true
            values["cancel"] = PagePaths.entry(entry.uuid)
        } else {
            values["heading"] = context.catalog.text("web.forms.addHeading")
            values["action"] = "/kennis/nieuw"
            values["cancel"] = "/"
        }
        return try pages.page("entry-form", values, context: context, status: status)
    }

    /// Adds the entry of `form`, as `account`. Every field is checked before anything is
    /// written, so that all that is wrong is shown at once.
    static func add(_ form: EntryForm, by account: Account, in knowledgeBase: KnowledgeBase) throws -> Entry {
        var check = FieldCheck()
        let kind = check.field("kind") {
            guard let kind = form.value("kind").flatMap(EntryKind.init(userText:)) else {
                throw FormError(field: "kind", key: "web.forms.error.kind")
            }
            return kind
        }
        let title = check.field("title") {
            guard let title = form.value("title") else { throw KennisbankError.emptyField(.title) }
            return title
        }
        let (municipality, date, status) = check.common(form, account: account, may: .add, in: knowledgeBase)
        try check.done()
        guard let kind, let title, let municipality, let date, let status else { throw check.failure }
        let entry = NewEntry(
            kind: kind, title: title, body: form.value("body") ?? "", municipality: municipality?.id,
            topics: form.topics, source: form.value("source"), date: date, status: status)
        return try knowledgeBase.add(entry, by: account.author)
    }

    /// Changes `entry` as `form` says, as `account`.
    static func change(_ entry: Entry, _ form: EntryForm, by account: Account, in knowledgeBase: KnowledgeBase)
        throws -> Entry
    {
        var check = FieldCheck()
        let (municipality, date, status) = check.common(form, account: account, may: .change, in: knowledgeBase)
        try check.done()
        guard let municipality, let date, let status else { throw check.failure }
        var changes = EntryChanges()
        changes.title = form.value("title") ?? ""
        changes.body = form.value("body") ?? ""
        changes.municipality = .some(municipality?.id)
        changes.topics = form.topics
        changes.source = .some(form.value("source"))
        changes.date = .some(date)
        if entry.kind == .obstacle { changes.status = status }
        return try knowledgeBase.update(entry.id, with: changes, by: account.author)
    }

    /// The status of `form`; nil when none is chosen.
    static func status(_ form: EntryForm) throws -> ObstacleStatus? {
        try form.value("status").map { text in
            guard let status = ObstacleStatus(userText: text) else {
                throw FormError(field: "status", key: "web.forms.error.status")
            }
            return status
        }
    }

    /// The errors to show next to the fields for what a write threw; anything that is not about
    /// what was filled in (a busy database, a fault) goes on to the error page.
    static func fieldErrors(_ error: any Error, catalog: Catalog) throws -> [String: String] {
        switch error {
        case let failed as FieldCheck.Failure:
            return try failed.errors.mapValues { try fieldErrors($0, catalog: catalog).values.first ?? "" }
        case let error as FormError:
            return [error.field: catalog.text(error.key)]
        case let error as KennisbankError:
            let problem = WebProblem(error, catalog: catalog)
            guard problem.status.code < 500 else { throw error }
            return [WebProblem.field(of: error) ?? "": error.message(catalog)]
        default:
            throw error
        }
    }

    /// The signed-in account; a visitor who is not signed in is sent to sign in first.
    static func signedIn(_ context: WebContext) throws -> Account {
        guard let account = context.account else {
            throw WebProblem.unauthorized(context.catalog, detail: "web.accounts.problem.signInRequired")
        }
        return account
    }

    /// The account that posts a small form to add something (an assessment, a visit), which must
    /// be allowed to add, and the form's `names` fields (empty when not sent).
    static func postedForm(_ request: Request, names: [String], context: WebContext) async throws -> (
        Account, [String: String]
    ) {
        let account = try signedIn(context)
        guard account.may(.add) else { throw forbidden(account, context.catalog) }
        var request = request
        let fields = FormFields(try await request.collectBody(upTo: context.maxUploadSize))
        return (account, Dictionary(uniqueKeysWithValues: names.map { ($0, fields[$0] ?? "") }))
    }

    /// Sends a visitor who is not signed in to sign in, and back here afterwards.
    static func signIn(_ request: Request) -> Response {
        redirect(to: SignInPages.signInPath(returningTo: request.uri))
    }

    static func forbidden(_ account: Account, _ catalog: Catalog) -> WebProblem {
        EntryWriteAPI.forbidden(account, catalog)
    }

    static func redirect(to path: String) -> Response {
        Response(status: .seeOther, headers: [.location: path])
    }
}

/// The fields of a form checked one by one, keeping every field's error: the page shows them
/// all at once, each next to its field.
struct FieldCheck {
    /// Every field's error, by field name.
    struct Failure: Error {
        var errors: [String: any Error]
    }

    var failure = Failure(errors: [:])

    /// The value `work` gives for `field`, or nil (wrapped) with its error kept.
    mutating func field<T>(_ field: String, _ work: () throws -> T) -> T? {
        do {
            return try work()
        } catch {
            failure.errors[field] = error
            return nil
        }
    }

    /// The fields an added and a changed entry share: the municipality (which `account` must
    /// be allowed to `action`), the date and the status.
    mutating func common(
        _ form: EntryForm, account: Account, may action: AccountAction, in knowledgeBase: KnowledgeBase
    ) -> (municipality: Municipality??, date: Day??, status: ObstacleStatus??) {
        let municipality = field("municipality") {
            let municipality = try form.value("municipality").map { try knowledgeBase.municipality($0) }
            guard account.may(action, municipality: municipality?.name) else {
                throw FormError(field: "municipality", key: "web.forms.error.notYours")
            }
            return municipality
        }
        let date = field("date") { try form.value("date").map(DayText.day) }
        let status = field("status") { try EntryFormPages.status(form) }
        return (municipality, date, status)
    }

    /// Throws the errors kept, if there are any.
    func done() throws {
        if !failure.errors.isEmpty { throw failure }
    }
}

/// A value of the form the server refuses before the library sees it: shown next to `field`.
struct FormError: Error {
    let field: String
    let key: String
}
