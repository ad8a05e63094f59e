import Kennisbank

extension Wording {
    /// The message of a problem with a condition for success or an assessment.
    func message(_ problem: KennisbankError.ConditionProblem) -> String {
        switch problem {
        case .unknownCondition(let number, let highest):
            return highest == 0
                ? text("error.conditions.noConditions", ["number": String(number)])
                : text("error.conditions.unknown", ["number": String(number), "highest": String(highest)])
        case .invalidDescription(let limit):
            return text("error.conditions.invalidDescription", ["limit": String(limit)])
        case .invalidNote(let limit):
            return text("error.conditions.invalidNote", ["limit": String(limit)])
        case .unchanged(let number):
            return text("error.conditions.unchanged", ["number": String(number)])
        }
    }
}
