import Kennisbank

extension Wording {
    /// The message of a problem with a visit or a reference to one.
    func message(_ problem: KennisbankError.VisitProblem) -> String {
        switch problem {
        case .unknownVisit(let reference):
            return text("error.visits.unknown", ["reference": Self.clip(reference)])
        case .sameMunicipality(let name):
            return text("error.visits.sameMunicipality", ["municipality": name])
        case .emptyNotes:
            return text("error.visits.emptyNotes")
        case .notesTooLong(let limit):
            return text("error.visits.notesTooLong", ["limit": String(limit)])
        }
    }
}
