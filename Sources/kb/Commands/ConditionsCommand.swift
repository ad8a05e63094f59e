import ArgumentParser
import Foundation
import Kennisbank
import KennisbankFrontEnd

/// `kb conditions [matrix]|list|add|edit|assess|history`: the conditions for success and each
/// municipality's assessment of them.
struct ConditionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conditions",
        subcommands: [
            ConditionsMatrixCommand.self, ConditionsListCommand.self, ConditionsAddCommand.self,
            ConditionsEditCommand.self, ConditionsAssessCommand.self, ConditionsHistoryCommand.self,
        ],
        defaultSubcommand: ConditionsMatrixCommand.self, aliases: ["voorwaarden"])

    /// Today in the Netherlands: the date an assessment gets when none is given.
    static func today(_ now: Date = Date()) -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = HumanTime.zone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(iso: "1970-01-01")!
    }
}

/// `present`, `partly`, `absent`, or in Dutch `aanwezig`, `deels`, `afwezig`.
extension ConditionState: ExpressibleByArgument {
    public init?(argument: String) {
        let dutch = ["aanwezig": ConditionState.present, "deels": .partly, "afwezig": .absent]
        guard let state = ConditionState(rawValue: argument.lowercased()) ?? dutch[argument.lowercased()] else {
            return nil
        }
        self = state
    }

    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// `kb conditions matrix` (the default): municipalities × conditions with the latest state.
struct ConditionsMatrixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "matrix", aliases: ["overzicht"])

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long)
    var municipality: [String] = []

    @Option(name: .long)
    var province: String?

    @Option(name: .long)
    var format: ComparisonFormat = .table

    func run() throws {
        let knowledgeBase = try database.openForReading()
        let municipalities = try municipality.map { try MunicipalityReference.resolve($0, in: knowledgeBase).id }
        let province = try province.map(Province.init(resolving:))
        let matrix = try knowledgeBase.conditionMatrix(municipalities: municipalities, province: province)
        switch format {
        case .table:
            Terminal.say(
                ConditionsTable(
                    matrix: matrix, width: Terminal.width, selected: !municipality.isEmpty || province != nil
                ).render())
        case .json: try Terminal.printJSON(matrix)
        case .csv: Terminal.write(ConditionsTable.csv(matrix))
        case .html: Terminal.write(ConditionsHTML(matrix: matrix).render() + "\n")
        }
    }
}

/// `kb conditions list`: the conditions, by number.
struct ConditionsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", aliases: ["lijst"])

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var output: FormatOptions

    func run() throws {
        let conditions = try database.openForReading().successConditions()
        switch output.format {
        case .json: try Terminal.printJSON(conditions)
        case .table: Terminal.say(ConditionsTable.list(conditions, width: OutputStyle.current.width ?? Terminal.width))
        }
    }
}

/// `kb conditions add --title T [--description D]`: a new condition with the next number.
struct ConditionsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", aliases: ["toevoegen"])

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var author: AuthorOptions

    @Option(name: .long)
    var title: String

    @Option(name: .long)
    var description: String = ""

    @OptionGroup var output: FormatOptions

    func run() throws {
        let condition = try database.write {
            try $0.addSuccessCondition(title: title, description: description, author: author.resolve())
        }
        if output.format == .json { try Terminal.printJSON(condition) }
        Terminal.note(
            Interface.catalog.text(
                "conditions.add.done", ["number": String(condition.number), "title": condition.title]))
    }
}

/// `kb conditions edit N [--title T] [--description D]`: rewords a condition; the old wording is kept.
struct ConditionsEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "edit", aliases: ["wijzig"])

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var author: AuthorOptions

    @Argument var number: Int

    @Option(name: .long)
    var title: String?

    @Option(name: .long)
    var description: String?

    @OptionGroup var output: FormatOptions

    func run() throws {
        let condition = try database.write {
            try $0.rewordSuccessCondition(number, title: title, description: description, author: author.resolve())
        }
        if output.format == .json { try Terminal.printJSON(condition) }
        Terminal.note(
            Interface.catalog.text(
                "conditions.edit.done", ["number": String(condition.number), "title": condition.title]))
    }
}

/// `kb conditions assess --municipality M --condition N --state S [--note T] [--date D]`.
struct ConditionsAssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "assess", aliases: ["beoordeel"])

    @OptionGroup var database: DatabaseOptions

    @OptionGroup var author: AuthorOptions

    @Option(name: .long)
    var municipality: String

    @Option(name: .long)
    var condition: Int

    @Option(name: .long)
    var state: ConditionState

    @Option(name: .long)
    var note: String?

    @Option(name: .long)
    var date: String?

    @OptionGroup var output: FormatOptions

    func run() throws {
        let day = try date.map(DayText.day) ?? ConditionsCommand.today()
        let (assessment, current, title) = try database.write { knowledgeBase in
            let place = try MunicipalityReference.resolve(municipality, in: knowledgeBase)
            let assessment = try knowledgeBase.assessCondition(
                condition, municipality: place.id, state: state, note: note, date: day, author: author.resolve())
            let history = try knowledgeBase.conditionHistory(municipality: place.id, condition: condition)
            let title = try knowledgeBase.successConditions().first { $0.number == condition }?.title ?? ""
            return (assessment, history.last, title)
        }
        if output.format == .json { try Terminal.printJSON(assessment) }
        let catalog = Interface.catalog
        Terminal.note(
            catalog.text(
                "conditions.assess.done",
                [
                    "municipality": assessment.municipality, "number": String(assessment.condition), "title": title,
                    "state": catalog.text("conditions.state." + assessment.state.rawValue),
                    "date": HumanTime.text(assessment.date),
                ]))
        if let current, current.id != assessment.id {
            Terminal.note(
                catalog.text(
                    "conditions.assess.notLatest",
                    [
                        "date": HumanTime.text(current.date),
                        "state": catalog.text("conditions.state." + current.state.rawValue),
                    ]))
        }
    }
}

/// `kb conditions history --municipality M [--condition N]`: every assessment, oldest first.
struct ConditionsHistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "history", aliases: ["geschiedenis"])

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long)
    var municipality: String

    @Option(name: .long)
    var condition: Int?

    @OptionGroup var output: FormatOptions

    func run() throws {
        let knowledgeBase = try database.openForReading()
        let place = try MunicipalityReference.resolve(municipality, in: knowledgeBase)
        let history = try knowledgeBase.conditionHistory(municipality: place.id, condition: condition)
        switch output.format {
        case .json: try Terminal.printJSON(history)
        case .table:
            if history.isEmpty {
                Terminal.say(Interface.catalog.text("conditions.history.empty", ["municipality": place.name]))
            } else {
                Terminal.say(ConditionsTable.history(history, width: OutputStyle.current.width ?? Terminal.width))
            }
        }
    }
}
