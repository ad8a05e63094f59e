import Foundation
import Kennisbank

extension PagePaths {
    /// `/mensen/{uuid}`.
    static func person(_ uuid: UUID) -> String { "/mensen/" + uuid.uuidString.lowercased() }

    /// `/mensen?gemeente={name}`: the people of one municipality.
    static func people(of municipality: String) -> String {
        "/mensen" + queryString([("gemeente", municipality)])
    }

    /// `/bijeenkomsten/{number}`.
    static func meeting(_ id: Meeting.ID) -> String { "/bijeenkomsten/\(id.rawValue)" }
}
