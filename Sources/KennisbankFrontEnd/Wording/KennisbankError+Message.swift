import Kennisbank

extension KennisbankError {
    /// The one-line message for a person, in `catalog`'s language: what went wrong and what to
    /// do next. Echoed user text is clipped and made printable.
    public func message(_ catalog: Catalog) -> String {
        let words = Wording(catalog)
        let clip = Wording.clip
        switch self {
        case let .unknownMunicipality(name, suggestions):
            let hint = suggestions.isEmpty
                ? words.text("error.lookup.unknownMunicipalityHint")
                : words.text("error.lookup.didYouMean", ["candidates": words.alternatives(suggestions)])
            return words.text("error.lookup.unknownMunicipality", ["name": clip(name), "hint": hint])
        case let .ambiguousMunicipality(name, candidates):
            return words.text("error.lookup.ambiguousMunicipality", ["name": clip(name), "candidates": words.alternatives(candidates)])
        case let .municipalityExists(name, code):
            return code.map { words.text("error.lookup.municipalityExistsWithCode", ["name": clip(name), "code": $0]) }
                ?? words.text("error.lookup.municipalityExists", ["name": clip(name)])
        case let .invalidMunicipalityCode(code):
            return words.text("error.lookup.invalidMunicipalityCode", ["code": clip(code)])
        case let .unknownProvince(name):
            return words.text(
                "error.lookup.unknownProvince", ["name": clip(name), "provinces": words.alternatives(Province.allCases.map(\.rawValue))])
        case let .unknownEntry(reference):
            return words.text("error.lookup.unknownEntry", ["reference": clip(reference)])
        case let .ambiguousReference(reference, candidates):
            return words.text("error.lookup.ambiguousReference", ["reference": clip(reference), "candidates": words.alternatives(candidates)])
        case let .unknownTopic(label, suggestions):
            let hint = suggestions.isEmpty
                ? words.text("error.lookup.unknownTopicHint")
                : words.text("error.lookup.didYouMean", ["candidates": words.alternatives(suggestions)])
            return words.text("error.lookup.unknownTopic", ["label": clip(label), "hint": hint])
        case let .topicNotOnEntry(label):
            return words.text("error.lookup.topicNotOnEntry", ["label": clip(label)])
        case let .municipalityInUse(name, entries):
            return catalog.text("error.lookup.municipalityInUse", count: entries, ["name": clip(name)])

        case let .emptyField(field):
            return words.text("error.values.emptyField", ["field": words.field(field)])
        case let .invalidCharacters(field):
            return words.text("error.values.invalidCharacters", ["field": words.field(field)])
        case let .tooLong(field, limit):
            return words.text("error.values.tooLong", ["field": words.field(field), "limit": String(limit)])
        case let .emptyTopic(label):
            return words.text("error.values.emptyTopic", ["label": clip(label)])
        case let .tooManyTopics(limit):
            return words.text("error.values.tooManyTopics", ["limit": String(limit)])
        case let .invalidDate(text):
            return words.text("error.values.invalidDate", ["text": clip(text)])
        case let .municipalityRequired(kind):
            return words.text("error.values.municipalityRequired", ["kindName": words.kindName(kind), "kind": kind.rawValue])
        case .statusOnlyForObstacles:
            return words.text("error.values.statusOnlyForObstacles")
        case .obstacleCannotAddress:
            return words.text("error.values.obstacleCannotAddress")
        case let .notAnObstacle(id):
            return words.text("error.values.notAnObstacle", ["id": id.description])
        case let .notAddressed(id):
            return words.text("error.values.notAddressed", ["id": id.description])
        case let .duplicateUUID(uuid):
            return words.text("error.values.duplicateUUID", ["uuid": clip(uuid)])
        case .ruleBroken:
            return words.text("error.values.ruleBroken")

        case let .noObstacles(municipalities, province, topics, statuses):
            return words.noObstacles(municipalities: municipalities, province: province, topics: topics, statuses: statuses)

        case let .newerDatabase(path, unknownMigrations):
            return words.text("error.file.newerDatabase", ["path": path, "migrations": words.alternatives(unknownMigrations)])
        case let .databaseIsDirectory(path):
            return words.text("error.file.databaseIsDirectory", ["path": path])
        case let .notADatabase(path):
            return words.text("error.file.notADatabase", ["path": path])
        case let .otherProgramsDatabase(path):
            return words.text("error.file.otherProgramsDatabase", ["path": path])
        case let .missingFolder(path):
            return words.text("error.file.missingFolder", ["path": path])
        case let .readOnlyDatabase(path):
            return words.text("error.file.readOnlyDatabase", ["path": path])
        case let .cannotOpen(path, problem):
            return words.text("error.file.cannotOpen", ["path": path, "reason": words.reason(problem)])
        case let .damagedDatabase(path, damage):
            return words.text("error.file.damagedDatabase", ["path": path, "damage": words.damage(damage)])
        case let .damagedRow(table, id):
            return id.map { words.text("error.file.damagedRowWithID", ["table": table, "id": String($0)]) }
                ?? words.text("error.file.damagedRow", ["table": table])
        case let .backupExists(path):
            return words.text("error.file.backupExists", ["path": path])

        case let .cannotImport(source, problem):
            return words.message(problem, source: source)
        case let .importFailed(problem):
            return words.message(problem)
        case let .municipalityListFailed(source, problem):
            return words.message(problem, source: source)
        case let .cannotExport(problem):
            return words.message(problem)
        }
    }
}

extension Wording {
    /// The refusal of a comparison without obstacles, saying what was selected.
    func noObstacles(municipalities: [String], province: Province?, topics: [String], statuses: [ObstacleStatus]) -> String {
        var selection: String
        if !municipalities.isEmpty {
            selection = text("error.compare.ofMunicipalities", ["municipalities": joined(municipalities)])
        } else if let province {
            selection = text("error.compare.inProvince", ["province": province.rawValue])
        } else {
            selection = text("error.compare.inKnowledgeBase")
        }
        if !topics.isEmpty {
            selection = text("error.compare.withTopics", ["selection": selection, "topics": eitherOf(topics.map(quoted))])
        }
        if !statuses.isEmpty {
            selection = text("error.compare.withStatuses", ["selection": selection, "statuses": eitherOf(statuses.map(\.rawValue))])
        }
        return text("error.compare.noObstacles", ["selection": selection])
    }
}
