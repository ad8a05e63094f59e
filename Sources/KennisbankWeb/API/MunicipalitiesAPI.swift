import Foundation
import Hummingbird
import Kennisbank
import KennisbankFrontEnd

/// `GET /api/v1/municipalities[?province=…]` (the JSON of `kb list municipalities --format json
/// [--province …]`) and `GET /api/v1/municipalities/{code}`: the municipality and its entries
/// (`kb list entries --municipality CODE --format json`), the twin of the municipality's page.
struct MunicipalitiesAPI {
    let knowledgeBase: KnowledgeBase

    func register(on group: RouterGroup<WebContext>) {
        group.get("municipalities") { request, _ -> Response in
            let province = request.uri.formParameters.get("province").flatMap { $0.isEmpty ? nil : $0 }
            return try jsonResponse(
                try knowledgeBase.municipalities(province: try province.map(Province.init(resolving:))))
        }
        group.get("municipalities/{code}") { _, context -> Response in
            let municipality = try knowledgeBase.municipality(context.pathParameter("code"))
            let entries = try knowledgeBase.entries(EntryFilter(municipalities: [municipality.id]))
            return try jsonResponse(MunicipalityJSON(municipality: municipality, entries: entries))
        }
    }
}

/// One municipality as the API gives it: the municipality as `kb list municipalities` prints
/// it, and its entries as `kb list entries --municipality` prints them.
struct MunicipalityJSON: Encodable {
    let municipality: Municipality
    let entries: [Entry]
}
