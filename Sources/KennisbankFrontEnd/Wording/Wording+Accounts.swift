import Kennisbank

extension Wording {
    /// The message of an account problem.
    func message(_ problem: KennisbankError.AccountProblem) -> String {
        switch problem {
        case .unknownAccount(let name):
            return text("error.account.unknown", ["name": Self.clip(name)])
        case .accountExists(let name):
            return text("error.account.exists", ["name": Self.clip(name)])
        case .invalidName(let name, let limit):
            return name.trimmingCharacters(in: .whitespaces).isEmpty
                ? text("error.account.emptyName")
                : text("error.account.invalidName", ["name": Self.clip(name), "limit": String(limit)])
        case .passwordTooShort(let minimum):
            return text("error.account.passwordTooShort", ["minimum": String(minimum)])
        case .passwordTooLong(let maximum):
            return text("error.account.passwordTooLong", ["maximum": String(maximum)])
        }
    }
}
