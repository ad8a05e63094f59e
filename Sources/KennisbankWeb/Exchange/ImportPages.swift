import Foundation
import Hummingbird
import Kennisbank
import KennisbankFrontEnd

/// `/importeren`: an editor or coordinator sends a file (JSON Lines, JSON, CSV, an Excel workbook,
/// one Markdown note or a zip of Markdown notes); the server imports it as a dry run and shows what would change, with
/// every problem per record. "Toepassen" then imports exactly the previewed bytes, kept in
/// memory (``PendingImports``), with the account as author. An editor's file may hold only
/// entries of their own municipality and network tips: the library checks every record and
/// refuses the whole file otherwise.
struct ImportPages {
    let knowledgeBase: KnowledgeBase
    let pages: PageRenderer
    let pending: PendingImports

    /// The path of the form; its POST may carry a file up to ``PendingImports/fileLimit``.
    static let path = "/importeren"
    /// The path that applies a previewed file.
    static let applyPath = "/importeren/toepassen"
    /// The formats the form offers, after "from the file name".
    static let formats: [ExchangeFormat] = [.jsonl, .json, .csv, .xlsx, .markdown]

    func register(on router: Router<WebContext>) {
        router.get(RouterPath(Self.path)) { request, context -> Response in
            guard let account = context.account else { return EntryFormPages.signIn(request) }
            try Self.checkMayImport(account, context)
            return try form(context: context)
        }
        router.post(RouterPath(Self.path)) { request, context -> Response in
            let account = try EntryFormPages.signedIn(context)
            try Self.checkMayImport(account, context)
            var request = request
            let body = try await request.collectBody(upTo: Self.uploadLimit)
            guard
                let form = context.multipartForm
                    ?? MultipartForm(contentType: request.headers[.contentType], body: body)
            else {
                return try self.form(errors: ["file": "web.exchange.import.error.noFile"], context: context)
            }
            let chosen = form.text("format") ?? ""
            guard let file = form.file("file"), !file.bytes.isEmpty else {
                return try self.form(
                    errors: ["file": "web.exchange.import.error.noFile"], chosen: chosen, context: context)
            }
            let name = Self.fileName(file.fileName ?? "")
            guard let format = ExchangeFormat(rawValue: chosen) ?? ExchangeFormat(fileName: name) else {
                return try self.form(
                    errors: ["format": "web.exchange.import.error.format"], chosen: chosen, context: context)
            }
            let report: ImportReport
            do {
                report = try await offLoop { [knowledgeBase] in
                    try Self.run(file.bytes, name: name, format: format, by: account, dryRun: true, in: knowledgeBase)
                }
            } catch let error as KennisbankError where WebProblem(error, catalog: context.catalog).status.code < 500 {
                return try self.form(message: error.message(context.catalog), chosen: chosen, context: context)
            }
            let id = pending.keep(
                file.bytes, name: name, format: format, session: context.sessions.session?.csrf ?? "",
                account: account.id)
            return try pages.page(
                "import-report", Self.values(report, id: id, catalog: context.catalog), context: context)
        }
        router.post(RouterPath(Self.applyPath)) { request, context -> Response in
            let account = try EntryFormPages.signedIn(context)
            try Self.checkMayImport(account, context)
            var request = request
            let id = FormFields(try await request.collectBody(upTo: context.maxUploadSize))["id"] ?? ""
            guard
                let file = pending.pending(id, session: context.sessions.session?.csrf ?? "", account: account.id)
            else {
                throw WebProblem(
                    status: .notFound, type: "not-found",
                    title: context.catalog.text("web.exchange.import.expired.title"),
                    detail: context.catalog.text("web.exchange.import.expired.detail"))
            }
            let report = try await offLoop { [knowledgeBase] in
                try Self.run(
                    file.bytes, name: file.name, format: file.format, by: account, dryRun: false, in: knowledgeBase)
            }
            pending.forget(id)
            return try pages.page(
                "import-report", Self.values(report, id: nil, catalog: context.catalog), context: context)
        }
    }

    /// The body limit of the import form: the file and a little for the other fields.
    static var uploadLimit: Int { PendingImports.fileLimit + (64 << 10) }

    /// Imports `bytes` as `account`: with it as author, and each record checked against what it may do.
    static func run(
        _ bytes: [UInt8], name: String, format: ExchangeFormat, by account: Account, dryRun: Bool,
        in knowledgeBase: KnowledgeBase
    ) throws -> ImportReport {
        try knowledgeBase.importRecords(
            from: [.bytes(bytes, name: name, format: format)], dryRun: dryRun,
            options: ImportOptions(author: account.author, account: account))
    }

    /// Readers read: only editors and coordinators import.
    static func checkMayImport(_ account: Account, _ context: WebContext) throws {
        guard account.may(.add) else { throw EntryFormPages.forbidden(account, context.catalog) }
    }

    /// The last part of the name the browser gave, as reports and errors name the file.
    static func fileName(_ given: String) -> String {
        let last = given.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(last.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }.prefix(120))
        return clean.isEmpty ? "upload" : clean
    }

    /// The form, with `errors` (catalog keys by field) or `message` (about the file) next to their field.
    func form(
        errors: [String: String] = [:], message: String? = nil, chosen: String = "", context: WebContext
    ) throws -> Response {
        let catalog = context.catalog
        var fieldErrors = errors.mapValues { catalog.text($0) }
        if let message { fieldErrors["file"] = message }
        var values: [String: Any] = [
            "action": Self.path,
            "hasErrors": !fieldErrors.isEmpty,
            "errors": ["file", "format"].compactMap { name in
                fieldErrors[name].map { message in
                    ["field": name, "message": message.split(separator: "\n").first.map(String.init) ?? message]
                }
            },
            "formats": [
                ["value": "", "label": catalog.text("web.exchange.import.format.auto"), "selected": chosen.isEmpty]
            ]
                + Self.formats.map { format in
                    [
                        "value": format.rawValue, "label": catalog.text("web.exchange.format.\(format.rawValue)"),
                        "selected": chosen == format.rawValue,
                    ]
                },
        ]
        if let error = fieldErrors["file"] {
            values["fileError"] = error
            values["fileErrorLines"] = error.split(separator: "\n").map(String.init)
        }
        if let error = fieldErrors["format"] { values["formatError"] = error }
        return try pages.page(
            "import-form", values, context: context, status: fieldErrors.isEmpty ? .ok : .unprocessableContent)
    }

    /// The report page's values: a preview with the button that applies it (`id`), or what was done.
    static func values(_ report: ImportReport, id: String?, catalog: Catalog) -> [String: Any] {
        let changes = report.added + report.updated + report.municipalitiesAdded
        var values: [String: Any] = [
            "heading": catalog.text(
                report.dryRun ? "web.exchange.import.previewHeading" : "web.exchange.import.doneHeading"),
            "source": report.sources.joined(separator: ", "),
            "summary": report.summary(catalog).split(separator: "\n").map(String.init),
            "counts": [
                ["label": catalog.text("web.exchange.import.count.added"), "value": report.added],
                ["label": catalog.text("web.exchange.import.count.updated"), "value": report.updated],
                ["label": catalog.text("web.exchange.import.count.skipped"), "value": report.skipped],
                ["label": catalog.text("web.exchange.import.count.notApplied"), "value": report.skippedRecords.count],
                [
                    "label": catalog.text("web.exchange.import.count.municipalities"),
                    "value": report.municipalitiesAdded,
                ],
            ],
            "skipped": report.skippedLines(catalog),
            "hasSkipped": !report.skippedRecords.isEmpty,
            "canApply": id != nil && changes > 0,
            "nothingToApply": id != nil && changes == 0,
            "preview": report.dryRun,
        ]
        if let id { values["id"] = id }
        return values
    }
}
