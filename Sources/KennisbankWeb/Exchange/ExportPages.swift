import Foundation
import Hummingbird
import Kennisbank
import KennisbankFrontEnd

/// `/exporteren`: a form to choose a format and, if wanted, kinds, a topic and a municipality;
/// with `format` in its address it is the download itself — the same bytes as `kb export` with
/// the same options, as an attachment named `kennisbank-YYYY-MM-DD.ext`. Markdown comes as a zip
/// of the notes `kb export --output notes.zip` writes.
///
/// Every signed-in account may export; with `--public-read` so may a visitor who is not signed
/// in, since everything an export holds can be read there through the pages and the API.
struct ExportPages {
    let knowledgeBase: KnowledgeBase
    let pages: PageRenderer
    let now: @Sendable () -> Date

    static let path = "/exporteren"

    /// The largest Markdown zip the site builds (in memory) for a download: 128 MiB of notes and
    /// attached files. A larger export is refused (422) with a reason; `kb export` has no such limit.
    static let zipByteLimit = 128 << 20

    /// A choice of the form: a format, and for CSV whether it is written for Excel.
    enum Choice: String, CaseIterable {
        case jsonl, json, csv
        case csvExcel = "csv-excel"
        case xlsx
        case markdown

        var format: ExchangeFormat {
            switch self {
            case .jsonl: .jsonl
            case .json: .json
            case .csv, .csvExcel: .csv
            case .xlsx: .xlsx
            case .markdown: .markdown
            }
        }

        var fileExtension: String { self == .markdown ? "zip" : format.rawValue }

        /// Its name in the catalog's keys.
        var key: String { self == .csvExcel ? "csvExcel" : rawValue }

        var contentType: String {
            switch self {
            case .jsonl: "application/jsonl; charset=utf-8"
            case .json: "application/json; charset=utf-8"
            case .csv, .csvExcel: "text/csv; charset=utf-8"
            case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            case .markdown: "application/zip"
            }
        }
    }

    func register(on router: Router<WebContext>) {
        router.get(RouterPath(Self.path)) { request, context -> Response in
            let parameters = request.uri.formParameters
            guard let chosen = parameters.get("format") else { return try form(context: context) }
            guard let choice = Choice(rawValue: chosen) else {
                throw WebProblem.invalidParameter("format", value: chosen, catalog: context.catalog)
            }
            let kinds = try parameters.getAll("kind").filter { !$0.isEmpty }.map { text in
                guard let kind = EntryKind(userText: text) else {
                    throw WebProblem.invalidParameter("kind", value: text, catalog: context.catalog)
                }
                return kind
            }
            let selection = EntrySelection(
                kinds: kinds, municipalities: parameters.getAll("municipality").filter { !$0.isEmpty },
                topics: parameters.getAll("topic").filter { !$0.isEmpty })
            let bytes = try await offLoop { [knowledgeBase] in
                try knowledgeBase.exportBytes(
                    choice.format, filter: try selection.resolve(in: knowledgeBase), excel: choice == .csvExcel,
                    zipByteLimit: Self.zipByteLimit)
            }
            return Response(
                status: .ok,
                headers: [
                    .contentType: choice.contentType,
                    .contentDisposition: "attachment; filename=\"\(Self.fileName(choice, on: now()))\"",
                ],
                body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        }
    }

    /// `kennisbank-YYYY-MM-DD.ext`, the day in the server's time zone.
    static func fileName(_ choice: Choice, on date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let day = calendar.dateComponents([.year, .month, .day], from: date)
        let text = String(format: "%04d-%02d-%02d", day.year ?? 0, day.month ?? 0, day.day ?? 0)
        return "kennisbank-\(text).\(choice.fileExtension)"
    }

    func form(context: WebContext) throws -> Response {
        let catalog = context.catalog
        let values: [String: Any] = [
            "action": Self.path,
            "formats": Choice.allCases.map { choice in
                ["value": choice.rawValue, "label": catalog.text("web.exchange.export.format.\(choice.key)")]
            },
            "kinds": EntryKind.allCases.map {
                ["value": $0.rawValue, "label": catalog.text("web.kind.\($0.rawValue).one")]
            },
        ]
        return try pages.page("export-form", values, context: context)
    }
}
