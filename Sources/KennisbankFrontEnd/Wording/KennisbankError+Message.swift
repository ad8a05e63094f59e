import Kennisbank

extension KennisbankError {
    /// The one-line message for a person, in `catalog`'s language: what went wrong and what to
    /// do next. Echoed user text is clipped and made printable.
    public func message(_ catalog: Catalog) -> String {
        let words = Wording(catalog)
        let clip = Wording.clip
        switch self {
        case .unknownMunicipality(let name, let suggestions):
            let hint =
                suggestions.isEmpty
                ? words.text("error.lookup.unknownMunicipalityHint")
                : words.text("error.lookup.didYouMean", ["candidates": words.alternatives(suggestions)])
            return words.text("error.lookup.unknownMunicipality", ["name": clip(name), "hint": hint])
        case .ambiguousMunicipality(let name, let candidates):
            return words.text(
                "error.lookup.ambiguousMunicipality",
                ["name": clip(name), "candidates": words.alternatives(candidates)])
        case .municipalityExists(let name, let code):
            return code.map { words.text("error.lookup.municipalityExistsWithCode", ["name": clip(name), "code": $0]) }
                ?? words.text("error.lookup.municipalityExists", ["name": clip(name)])
        case .invalidMunicipalityCode(let code):
            return words.text("error.lookup.invalidMunicipalityCode", ["code": clip(code)])
        case .unknownProvince(let name):
            return words.text(
                "error.lookup.unknownProvince",
                ["name": clip(name), "provinces": words.alternatives(Province.allCases.map(\.rawValue))])
        case .unknownEntry(let reference):
            return words.text("error.lookup.unknownEntry", ["reference": clip(reference)])
        case .ambiguousReference(let reference, let candidates):
            return words.text(
                "error.lookup.ambiguousReference",
                ["reference": clip(reference), "candidates": words.alternatives(candidates)])
        case .unknownTopic(let label, let suggestions):
            let hint =
                suggestions.isEmpty
                ? words.text("error.lookup.unknownTopicHint")
                : words.text("error.lookup.didYouMean", ["candidates": words.alternatives(suggestions)])
            return words.text("error.lookup.unknownTopic", ["label": clip(label), "hint": hint])
        case .topicNotOnEntry(let label):
            return words.text("error.lookup.topicNotOnEntry", ["label": clip(label)])
        case .municipalityInUse(let name, let entries):
            return catalog.text("error.lookup.municipalityInUse", count: entries, ["name": clip(name)])

        case .emptyField(let field):
            return words.text("error.values.emptyField", ["field": words.field(field)])
        case .invalidCharacters(let field):
            return words.text("error.values.invalidCharacters", ["field": words.field(field)])
        case .tooLong(let field, let limit):
            return words.text("error.values.tooLong", ["field": words.field(field), "limit": String(limit)])
        case .emptyTopic(let label):
            return words.text("error.values.emptyTopic", ["label": clip(label)])
        case .tooManyTopics(let limit):
            return words.text("error.values.tooManyTopics", ["limit": String(limit)])
        case .invalidDate(let text):
            return words.text("error.values.invalidDate", ["text": clip(text)])
        case .municipalityRequired(let kind):
            return words.text(
                "error.values.municipalityRequired", ["kindName": words.kindName(kind), "kind": kind.rawValue])
        case .statusOnlyForObstacles:
            return words.text("error.values.statusOnlyForObstacles")
        case .obstacleCannotAddress:
            return words.text("error.values.obstacleCannotAddress")
        case .notAnObstacle(let id):
            return words.text("error.values.notAnObstacle", ["id": id.description])
        case .notAddressed(let id):
            return words.text("error.values.notAddressed", ["id": id.description])
        case .duplicateUUID(let uuid):
            return words.text("error.values.duplicateUUID", ["uuid": clip(uuid)])
        case .ruleBroken:
            return words.text("error.values.ruleBroken")

        case .noObstacles(let municipalities, let province, let topics, let statuses):
            return words.noObstacles(
                municipalities: municipalities, province: province, topics: topics, statuses: statuses)

        case .newerDatabase(let path, let unknownMigrations):
            return words.text(
                "error.file.newerDatabase", ["path": path, "migrations": words.alternatives(unknownMigrations)])
        case .databaseIsDirectory(let path):
            return words.text("error.file.databaseIsDirectory", ["path": path])
        case .notADatabase(let path):
            return words.text("error.file.notADatabase", ["path": path])
        case .otherProgramsDatabase(let path):
            return words.text("error.file.otherProgramsDatabase", ["path": path])
        case .missingFolder(let path):
            return words.text("error.file.missingFolder", ["path": path])
        case .readOnlyDatabase(let path):
            return words.text("error.file.readOnlyDatabase", ["path": path])
        case .cannotOpen(let path, let problem):
            return words.text("error.file.cannotOpen", ["path": path, "reason": words.reason(problem)])
        case .damagedDatabase(let path, let damage):
            return words.text("error.file.damagedDatabase", ["path": path, "damage": words.damage(damage)])
        case .damagedRow(let table, let id):
            return id.map { words.text("error.file.damagedRowWithID", ["table": table, "id": String($0)]) }
                ?? words.text("error.file.damagedRow", ["table": table])
        case .backupExists(let path):
            return words.text("error.file.backupExists", ["path": path])

        case .cannotImport(let source, let problem):
            return words.message(problem, source: source)
        case .importFailed(let problem):
            return words.message(problem)
        case .municipalityListFailed(let source, let problem):
            return words.message(problem, source: source)
        case .cannotExport(let problem):
            return words.message(problem)

        case .noKnowledgeBase, .similarTopics, .topicExists, .similarMunicipality, .splitMunicipality:
            return words.namesMessage(self)
        case .entryInTrash, .notInTrash, .possibleDuplicate, .unknownRevision:
            return words.historyMessage(self)
        case .importFailedRecords(let problems, let total):
            return words.message(problems, total: total)
        case .account(let problem):
            return words.message(problem)
        case .synonyms(let problem):
            return words.message(problem)
        case .people(let problem):
            return words.message(problem)
        case .visits(let problem):
            return words.message(problem)
        case .conditions(let problem):
            return words.message(problem)
        case .meetings(let problem):
            return words.message(problem)
        case .attachment(let problem):
            return words.message(problem)
        }
    }
}

extension Wording {
    /// The refusal of a comparison without obstacles, saying what was selected.
    func noObstacles(municipalities: [String], province: Province?, topics: [String], statuses: [ObstacleStatus])
        -> String
    {
        var selection: String
        if !municipalities.isEmpty {
            selection = text("error.compare.ofMunicipalities", ["municipalities": joined(municipalities)])
        } else if let province {
            selection = text("error.compare.inProvince", ["province": province.rawValue])
        } else {
            selection = text("error.compare.inKnowledgeBase")
        }
        if !topics.isEmpty {
            selection = text(
                "error.compare.withTopics", ["selection": selection, "topics": eitherOf(topics.map(quoted))])
        }
        if !statuses.isEmpty {
            selection = text(
                "error.compare.withStatuses", ["selection": selection, "statuses": eitherOf(statuses.map(\.rawValue))])
        }
        return text("error.compare.noObstacles", ["selection": selection])
    }
}
