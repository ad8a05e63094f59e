import Foundation
import Hummingbird
import Kennisbank

/// `GET /api/v1/people[?municipality=…]` (the JSON of `kb people list --format json`) and
/// `GET /api/v1/people/{uuid}` (`kb people show UUID --format json`), the twins of `/mensen` and
/// `/mensen/{uuid}`. Without a signed-in account (`--public-read`) every `email` and `phone` is
/// null: the shape stays, the personal data does not leave.
struct PeopleAPI {
    let knowledgeBase: KnowledgeBase

    func register(on group: RouterGroup<WebContext>) {
        group.get("people") { request, context -> Response in
            let municipality = request.uri.formParameters.get("municipality").flatMap { $0.isEmpty ? nil : $0 }
            let people = try WebProblem.badMunicipalityParameter(context.catalog) {
                try knowledgeBase.people(municipality: municipality)
            }
            return try jsonResponse(context.seesContactDetails ? people : people.map(\.withoutContactDetails))
        }
        group.get("people/{uuid}") { _, context -> Response in
            let text = context.pathParameter("uuid")
            guard let uuid = UUID(uuidString: text) else {
                throw WebProblem.invalidParameter("uuid", value: text, catalog: context.catalog)
            }
            let detail = try knowledgeBase.personDetail(uuid)
            return try jsonResponse(context.seesContactDetails ? detail : detail.withoutContactDetails)
        }
    }
}
