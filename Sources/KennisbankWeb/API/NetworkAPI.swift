import Foundation
import Hummingbird
import Kennisbank
import KennisbankFrontEnd

/// The network's JSON, the twins of `/voorwaarden` and `/bezoeken`, with the JSON of
/// `kb conditions … --format json` and `kb visits … --format json`:
/// - `GET /api/v1/conditions`: the conditions (`kb conditions list`);
/// - `GET /api/v1/conditions/matrix[?municipality=…&province=…]`: the matrix (`kb conditions`);
/// - `GET /api/v1/conditions/history?municipality=M[&condition=N]`: the assessments (`kb conditions history`);
/// - `GET /api/v1/visits[?municipality=M]`, `GET /api/v1/visits/{id}` (`kb visits list|show`);
/// - `GET /api/v1/visits/suggestions?municipality=M[&limit=N]` (`kb visits suggest`).
///
/// People come with their name, municipality and role only: `email` and `phone` are always null.
struct NetworkAPI {
    let knowledgeBase: KnowledgeBase

    func register(on group: RouterGroup<WebContext>) {
        group.get("conditions") { _, _ -> Response in
            try jsonResponse(try knowledgeBase.successConditions())
        }
        group.get("conditions/matrix") { request, context -> Response in
            let parameters = request.uri.formParameters
            let municipalities = try parameters.getAll("municipality").filter { !$0.isEmpty }.map {
                try knowledgeBase.municipality($0).id
            }
            let province = try parameters.get("province").flatMap { $0.isEmpty ? nil : $0 }.map(
                Province.init(resolving:))
            return try jsonResponse(
                try knowledgeBase.conditionMatrix(municipalities: municipalities, province: province))
        }
        group.get("conditions/history") { request, context -> Response in
            let parameters = request.uri.formParameters
            let municipality = try Self.municipality(parameters.get("municipality"), in: knowledgeBase, context)
            let condition = try Self.number(parameters.get("condition"), "condition", context)
            return try jsonResponse(
                try knowledgeBase.conditionHistory(municipality: municipality.id, condition: condition))
        }
        group.get("visits") { request, context -> Response in
            let name = request.uri.formParameters.get("municipality").flatMap { $0.isEmpty ? nil : $0 }
            let municipality = try name.map { try knowledgeBase.municipality($0).id }
            return try jsonResponse(try knowledgeBase.visits(municipality: municipality).map(\.withoutContactDetails))
        }
        group.get("visits/suggestions") { request, context -> Response in
            let parameters = request.uri.formParameters
            let municipality = try Self.municipality(parameters.get("municipality"), in: knowledgeBase, context)
            let limit = try Self.number(parameters.get("limit"), "limit", context) ?? 5
            return try jsonResponse(
                try knowledgeBase.visitSuggestions(for: municipality.id, limit: limit).withoutContactDetails)
        }
        group.get("visits/{id}") { _, context -> Response in
            try jsonResponse(try knowledgeBase.visit(context.pathParameter("id")).withoutContactDetails)
        }
    }

    /// The municipality a required parameter names; a 400 when it is missing.
    static func municipality(_ text: String?, in knowledgeBase: KnowledgeBase, _ context: WebContext) throws
        -> Municipality
    {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw WebProblem(
                status: .badRequest, type: "invalid-parameter", title: context.catalog.text("web.error.request"),
                detail: context.catalog.text("web.networkPages.problem.municipalityRequired"))
        }
        return try knowledgeBase.municipality(text)
    }

    /// An optional whole number of at least 1; a 400 for anything else.
    static func number(_ text: String?, _ name: String, _ context: WebContext) throws -> Int? {
        guard let text, !text.isEmpty else { return nil }
        guard let number = Int(text), number >= 1 else {
            throw WebProblem.invalidParameter(name, value: text, catalog: context.catalog)
        }
        return number
    }
}
