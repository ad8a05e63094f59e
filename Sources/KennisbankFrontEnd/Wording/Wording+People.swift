import Foundation
import Kennisbank

extension Wording {
    /// The message of a problem with a person or a reference to one.
    func message(_ problem: KennisbankError.PersonProblem) -> String {
        switch problem {
        case .unknownPerson(let reference, let suggestions):
            let hint =
                suggestions.isEmpty
                ? text("error.people.unknownHint")
                : text("error.lookup.didYouMean", ["candidates": alternatives(suggestions)])
            return text("error.people.unknown", ["reference": Self.clip(reference), "hint": hint])
        case .ambiguousPerson(let reference, let candidates):
            return text(
                "error.people.ambiguous", ["reference": Self.clip(reference), "candidates": alternatives(candidates)])
        case .personExists(let name, let municipality):
            return text("error.people.exists", ["name": Self.clip(name), "municipality": municipality])
        case .emptyField(let field):
            return text("error.people.empty", ["field": text("error.people.field." + field.rawValue)])
        case .invalidField(let field, let limit):
            return text(
                "error.people.invalid", ["field": text("error.people.field." + field.rawValue), "limit": String(limit)])
        case .invalidEmail(let email):
            return text("error.people.invalidEmail", ["email": Self.clip(email)])
        case .invalidPhone(let phone):
            return text("error.people.invalidPhone", ["phone": Self.clip(phone)])
        case .notAContact(let reference):
            return text("error.people.notAContact", ["reference": Self.clip(reference)])
        case .notRemoved(let reference):
            return text("error.people.notRemoved", ["reference": Self.clip(reference)])
        case .cannotRestore(let name):
            return text("error.people.cannotRestore", ["name": Self.clip(name)])
        }
    }
}
