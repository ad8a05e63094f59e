/// Everything that can go wrong, each with a one-line message that says what to do next.
public enum KennisbankError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No municipality matches; `suggestions` are the closest names.
    case unknownMunicipality(String, suggestions: [String])
    /// Several municipalities match; `candidates` are their names.
    case ambiguousMunicipality(String, candidates: [String])
    /// A municipality with that name or code is already known.
    case municipalityExists(String)
    /// A CBS code that is not `GM` followed by four digits.
    case invalidMunicipalityCode(String)
    /// A province that is not one of the twelve.
    case unknownProvince(String)
    /// No entry has that reference.
    case unknownEntry(String)
    /// A UUID prefix that fits several entries.
    case ambiguousReference(String, candidates: [String])
    /// A field that must hold text is empty or blank.
    case emptyField(String)
    /// A field holds characters that do not belong in text.
    case invalidCharacters(field: String)
    /// A field is longer than the knowledge base accepts.
    case tooLong(field: String, limit: Int)
    /// A topic label without letters or digits.
    case emptyTopic(String)
    /// More topics on one entry than it may carry.
    case tooManyTopics(limit: Int)
    /// No entry carries a topic of that name.
    case unknownTopic(String, suggestions: [String])
    /// The topic to remove is not on the entry.
    case topicNotOnEntry(String)
    /// A date that is not a real `YYYY-MM-DD` date.
    case invalidDate(String)
    /// An example or obstacle without a municipality.
    case municipalityRequired(EntryKind)
    /// A status given for an entry that is not an obstacle.
    case statusOnlyForObstacles
    /// An obstacle was given obstacles it addresses: only a tip or example can address one.
    case obstacleCannotAddress
    /// An `addresses` link to an entry that is not an obstacle.
    case notAnObstacle(Entry.ID)
    /// The obstacle to unlink is not addressed by the entry.
    case notAddressed(Entry.ID)
    /// A stored row that cannot be read: the file is damaged.
    case damagedRow(table: String, id: Int64?)
    /// A comparison whose selection holds no obstacles.
    case noObstacles(municipalities: [String], province: Province?, topics: [String], statuses: [ObstacleStatus])
    /// A UUID already used by another entry.
    case duplicateUUID(String)
    /// A municipality that entries still refer to.
    case municipalityInUse(String, entries: Int)
    /// The database file was made by a newer `kb`.
    case newerDatabase(path: String, unknownMigrations: [String])
    /// The path is a folder, not a file.
    case databaseIsDirectory(String)
    /// The file is not a SQLite database (or one SQLite cannot read).
    case notADatabase(String)
    /// The folder that should hold the database does not exist.
    case missingFolder(String)
    /// The database cannot be written (read-only file or folder).
    case readOnlyDatabase(String)
    /// The database cannot be opened for another reason.
    case cannotOpen(path: String, reason: String)
    /// The database is damaged; `detail` says what the check found.
    case damagedDatabase(path: String, detail: String)
    /// An input file or value cannot be read.
    case invalidInput(String)

    /// The one-line message for a person.
    public var description: String {
        switch self {
        case let .unknownMunicipality(name, suggestions):
            let hint = suggestions.isEmpty
                ? "see `kb list municipalities`, or add it with `kb add municipality`"
                : "did you mean \(Self.list(suggestions))?"
            return "Unknown municipality “\(Self.clip(name))”: \(hint)"
        case let .ambiguousMunicipality(name, candidates):
            return "“\(Self.clip(name))” can mean \(Self.list(candidates)): give the full name or the CBS code."
        case let .municipalityExists(name):
            return "The municipality “\(Self.clip(name))” is already known: use it by name, or pick another name or code."
        case let .invalidMunicipalityCode(code):
            return "“\(Self.clip(code))” is not a CBS municipality code: write GM followed by four digits, like GM0363."
        case let .unknownProvince(name):
            return "Unknown province “\(Self.clip(name))”: use one of \(Self.list(Province.allCases.map(\.rawValue)))."
        case let .unknownEntry(reference):
            return "No entry “\(Self.clip(reference))”: use an id or UUID that `kb list` or `kb search` shows."
        case let .ambiguousReference(reference, candidates):
            return "“\(Self.clip(reference))” fits several entries (\(Self.list(candidates))): give more characters of the UUID, or the id."
        case let .emptyField(field):
            return "The \(field) is empty: give some text."
        case let .invalidCharacters(field):
            return "The \(field) holds control characters: remove them and try again."
        case let .tooLong(field, limit):
            return "The \(field) is longer than \(limit) characters: shorten it, or split it into several entries."
        case let .emptyTopic(label):
            return "The topic “\(Self.clip(label))” has no letters or digits: give a word, like Co-creatie."
        case let .tooManyTopics(limit):
            return "An entry has at most \(limit) topics: keep the ones that say most about it."
        case let .unknownTopic(label, suggestions):
            let hint = suggestions.isEmpty ? "see `kb list topics`" : "did you mean \(Self.list(suggestions))?"
            return "No entry has the topic “\(Self.clip(label))”: \(hint)"
        case let .topicNotOnEntry(label):
            return "The entry has no topic “\(Self.clip(label))”: see its topics with `kb show`."
        case let .invalidDate(text):
            return "“\(Self.clip(text))” is not a date: write it as YYYY-MM-DD, like 2015-05-21."
        case let .municipalityRequired(kind):
            return "A \(kind.dutchName) (\(kind.rawValue)) belongs to a municipality: add --municipality NAME."
        case .statusOnlyForObstacles:
            return "Only an obstacle has a status: leave out --status."
        case .obstacleCannotAddress:
            return "An obstacle cannot address another obstacle: link a tip or example to it instead."
        case let .notAnObstacle(id):
            return "#\(id) is not an obstacle: --addresses takes the id of an obstacle."
        case let .notAddressed(id):
            return "The entry does not address #\(id): see what it addresses with `kb show`."
        case let .damagedRow(table, id):
            return "A row of \(table)\(id.map { " (id \($0))" } ?? "") cannot be read: the file is damaged; run `kb check`."
        case let .noObstacles(municipalities, province, topics, statuses):
            var what: String
            if !municipalities.isEmpty {
                what = "of " + municipalities.joined(separator: ", ")
            } else if let province {
                what = "in \(province)"
            } else {
                what = "in the knowledge base"
            }
            if !topics.isEmpty { what += " with topic " + topics.map { "“\($0)”" }.joined(separator: " or ") }
            if !statuses.isEmpty { what += " with status \(statuses.map(\.rawValue).joined(separator: " or "))" }
            return "No obstacles \(what) to compare: add them with `kb add obstacle`, or widen the selection."
        case let .duplicateUUID(uuid):
            return "The UUID \(uuid) is already used by another entry: leave it out to get a new one."
        case let .municipalityInUse(name, entries):
            return "“\(name)” still has \(entries) entries: move or remove them first."
        case let .newerDatabase(path, unknown):
            return "\(path) was made by a newer kb (it has migration \(Self.list(unknown))): upgrade kb to use it; the file was not changed."
        case let .databaseIsDirectory(path):
            return "\(path) is a folder: give the path of a database file, for example \(path)/kennisbank.sqlite."
        case let .notADatabase(path):
            return "\(path) is not a Kennisbank database (SQLite cannot read it as a database): check the path; the file was not changed."
        case let .missingFolder(path):
            return "The folder \(path) does not exist: create it first, or give another --db path."
        case let .readOnlyDatabase(path):
            return "\(path) cannot be written (read-only file or folder): check its permissions, or give another --db path."
        case let .cannotOpen(path, reason):
            return "Cannot open \(path): \(reason)."
        case let .damagedDatabase(path, detail):
            return "\(path) is damaged (\(detail)): keep this file as it is, and go on with a copy of a backup made with `kb backup`."
        case let .invalidInput(message):
            return message
        }
    }

    static func list(_ items: [String]) -> String {
        let quoted = items.prefix(8).map { "“\($0)”" }
        let more = items.count > 8 ? " and \(items.count - 8) more" : ""
        switch quoted.count {
        case 0: return "nothing"
        case 1: return quoted[0]
        default: return quoted.dropLast().joined(separator: ", ") + " or " + quoted.last! + more
        }
    }

    /// Keeps echoed user text short, on one line and printable (see ``PrintableText``).
    static func clip(_ text: String) -> String {
        let oneLine = PrintableText.escaped(text)
        return oneLine.count > 60 ? String(oneLine.prefix(57)) + "…" : oneLine
    }
}
