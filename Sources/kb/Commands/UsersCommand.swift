import ArgumentParser
import Foundation
import Kennisbank
import KennisbankFrontEnd

/// `kb users add|list|remove|token|password`: the accounts of the web site (`kb serve`).
struct UsersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        subcommands: [
            UsersAddCommand.self, UsersListCommand.self, UsersRemoveCommand.self, UsersTokenCommand.self,
            UsersPasswordCommand.self,
        ],
        defaultSubcommand: UsersListCommand.self, aliases: ["gebruikers"])

    /// The bcrypt cost: `KENNISBANK_PASSWORD_COST` (4–31) when set, else the library's default.
    static func passwordCost(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> UInt8 {
        environment["KENNISBANK_PASSWORD_COST"].flatMap(UInt8.init).map { min(max($0, 4), 31) }
            ?? Account.defaultPasswordCost
    }

    /// One line of standard input: the password given with `--password-stdin`.
    static func readPassword(fromStandardInput given: Bool) throws -> String {
        guard given else { throw CommandLineError.passwordNeedsStandardInput }
        let line = readLine(strippingNewline: true) ?? ""
        return line.hasSuffix("\r") ? String(line.dropLast()) : line
    }

    /// The word for `role` in the catalog's language.
    static func name(of role: AccountRole) -> String {
        Interface.catalog.text("users.role." + role.rawValue)
    }
}

extension AccountRole: ExpressibleByArgument {
    /// A role as a person types it, in English or Dutch.
    public init?(argument: String) {
        self.init(userText: argument)
    }
}

/// `kb users add NAME --role ROLE [--municipality M] --password-stdin`.
struct UsersAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", aliases: ["nieuw"])

    @OptionGroup var database: DatabaseOptions

    @Argument var name: String

    @Option(name: .long)
    var role: AccountRole

    @Option(name: .long)
    var municipality: String?

    @Flag(name: .customLong("password-stdin"))
    var passwordStdin = false

    func run() throws {
        let password = try UsersCommand.readPassword(fromStandardInput: passwordStdin)
        let cost = UsersCommand.passwordCost()
        let account = try database.write { knowledgeBase in
            let municipality = try municipality.map { try knowledgeBase.municipality($0).id }
            return try knowledgeBase.addAccount(
                name: name, role: role, municipality: municipality, password: password, cost: cost)
        }
        let catalog = Interface.catalog
        Terminal.note(
            account.municipality.map {
                catalog.text(
                    "users.add.doneWithMunicipality",
                    ["name": account.name, "role": UsersCommand.name(of: account.role), "municipality": $0])
            } ?? catalog.text("users.add.done", ["name": account.name, "role": UsersCommand.name(of: account.role)]))
    }
}

/// `kb users list`: every account, with its role and municipality; never a password or token.
struct UsersListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", aliases: ["lijst"])

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var output: FormatOptions

    func run() throws {
        let accounts = try database.openForReading().accounts()
        let catalog = Interface.catalog
        switch output.format {
        case .json: try Terminal.printJSON(accounts)
        case .table:
            guard !accounts.isEmpty else { return Terminal.note(catalog.text("users.list.none")) }
            let table = TextTable(
                headers: ["users.list.name", "users.list.role", "users.list.municipality", "users.list.created"].map {
                    catalog.text($0)
                },
                rows: accounts.map { account in
                    [
                        account.name, UsersCommand.name(of: account.role),
                        account.municipality ?? catalog.text("users.list.noMunicipality"),
                        HumanTime.text(account.createdAt),
                    ]
                })
            Terminal.say(table.render(width: OutputStyle.current.width))
        }
    }
}

/// `kb users remove NAME`: removes an account and its tokens, after confirmation on a terminal.
struct UsersRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", aliases: ["verwijder", "rm"])

    @OptionGroup var database: DatabaseOptions

    @Argument var name: String

    @Flag(name: [.long, .short])
    var yes = false

    func run() throws {
        let catalog = Interface.catalog
        let removed = try database.write { knowledgeBase -> Account? in
            let account = try knowledgeBase.account(named: name)
            if !yes, Terminal.isInteractiveInput {
                Terminal.note(
                    catalog.text(
                        "users.remove.ask", ["name": account.name, "role": UsersCommand.name(of: account.role)]),
                    newline: false)
                let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
                guard RemoveCommand.isYes(answer) else { return nil }
            }
            return try knowledgeBase.removeAccount(named: account.name)
        }
        guard let removed else { return Terminal.note(catalog.text("users.remove.nothing")) }
        Terminal.note(catalog.text("users.remove.done", ["name": removed.name]))
    }
}

/// `kb users token NAME`: prints a new API token for the account; only its hash is kept.
struct UsersTokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "token")

    @OptionGroup var database: DatabaseOptions

    @Argument var name: String

    func run() throws {
        let token = try database.write { try $0.newToken(for: name) }
        Terminal.write(token + "\n")
        Terminal.note(Interface.catalog.text("users.token.note"))
    }
}

/// `kb users password NAME --password-stdin`: gives an account a new password.
struct UsersPasswordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "password", aliases: ["wachtwoord"])

    @OptionGroup var database: DatabaseOptions

    @Argument var name: String

    @Flag(name: .customLong("password-stdin"))
    var passwordStdin = false

    func run() throws {
        let password = try UsersCommand.readPassword(fromStandardInput: passwordStdin)
        let cost = UsersCommand.passwordCost()
        try database.write { try $0.setPassword(password, for: name, cost: cost) }
        Terminal.note(Interface.catalog.text("users.password.done", ["name": name]))
    }
}
