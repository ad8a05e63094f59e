extension KennisbankError {
    /// The stable machine name of each case: the same in every language and release, for
    /// scripts and for the `type` of a web API's problem documents.
    public enum Code: String, CaseIterable, Codable, Sendable {
        /// The code of ``KennisbankError/unknownMunicipality(_:suggestions:)``.
        case unknownMunicipality = "unknown_municipality"
        /// The code of ``KennisbankError/ambiguousMunicipality(_:candidates:)``.
        case ambiguousMunicipality = "ambiguous_municipality"
        /// The code of ``KennisbankError/municipalityExists(_:code:)``.
        case municipalityExists = "municipality_exists"
        /// The code of ``KennisbankError/invalidMunicipalityCode(_:)``.
        case invalidMunicipalityCode = "invalid_municipality_code"
        /// The code of ``KennisbankError/unknownProvince(_:)``.
        case unknownProvince = "unknown_province"
        /// The code of ``KennisbankError/unknownEntry(_:)``.
        case unknownEntry = "unknown_entry"
        /// The code of ``KennisbankError/ambiguousReference(_:candidates:)``.
        case ambiguousReference = "ambiguous_reference"
        /// The code of ``KennisbankError/unknownTopic(_:suggestions:)``.
        case unknownTopic = "unknown_topic"
        /// The code of ``KennisbankError/topicNotOnEntry(_:)``.
        case topicNotOnEntry = "topic_not_on_entry"
        /// The code of ``KennisbankError/municipalityInUse(_:entries:)``.
        case municipalityInUse = "municipality_in_use"
        /// The code of ``KennisbankError/emptyField(_:)``.
        case emptyField = "empty_field"
        /// The code of ``KennisbankError/invalidCharacters(field:)``.
        case invalidCharacters = "invalid_characters"
        /// The code of ``KennisbankError/tooLong(field:limit:)``.
        case tooLong = "too_long"
        /// The code of ``KennisbankError/emptyTopic(_:)``.
        case emptyTopic = "empty_topic"
        /// The code of ``KennisbankError/tooManyTopics(limit:)``.
        case tooManyTopics = "too_many_topics"
        /// The code of ``KennisbankError/invalidDate(_:)``.
        case invalidDate = "invalid_date"
        /// The code of ``KennisbankError/municipalityRequired(_:)``.
        case municipalityRequired = "municipality_required"
        /// The code of ``KennisbankError/statusOnlyForObstacles``.
        case statusOnlyForObstacles = "status_only_for_obstacles"
        /// The code of ``KennisbankError/obstacleCannotAddress``.
        case obstacleCannotAddress = "obstacle_cannot_address"
        /// The code of ``KennisbankError/notAnObstacle(_:)``.
        case notAnObstacle = "not_an_obstacle"
        /// The code of ``KennisbankError/notAddressed(_:)``.
        case notAddressed = "not_addressed"
        /// The code of ``KennisbankError/duplicateUUID(_:)``.
        case duplicateUUID = "duplicate_uuid"
        /// The code of ``KennisbankError/ruleBroken``.
        case ruleBroken = "rule_broken"
        /// The code of ``KennisbankError/noObstacles(municipalities:province:topics:statuses:)``.
        case noObstacles = "no_obstacles"
        /// The code of ``KennisbankError/newerDatabase(path:unknownMigrations:)``.
        case newerDatabase = "newer_database"
        /// The code of ``KennisbankError/databaseIsDirectory(_:)``.
        case databaseIsDirectory = "database_is_directory"
        /// The code of ``KennisbankError/notADatabase(_:)``.
        case notADatabase = "not_a_database"
        /// The code of ``KennisbankError/otherProgramsDatabase(_:)``.
        case otherProgramsDatabase = "other_programs_database"
        /// The code of ``KennisbankError/missingFolder(_:)``.
        case missingFolder = "missing_folder"
        /// The code of ``KennisbankError/readOnlyDatabase(_:)``.
        case readOnlyDatabase = "read_only_database"
        /// The code of ``KennisbankError/cannotOpen(path:problem:)``.
        case cannotOpen = "cannot_open"
        /// The code of ``KennisbankError/damagedDatabase(path:damage:)``.
        case damagedDatabase = "damaged_database"
        /// The code of ``KennisbankError/damagedRow(table:id:)``.
        case damagedRow = "damaged_row"
        /// The code of ``KennisbankError/backupExists(_:)``.
        case backupExists = "backup_exists"
        /// The code of ``KennisbankError/cannotImport(source:problem:)``.
        case cannotImport = "cannot_import"
        /// The code of ``KennisbankError/importFailed(_:)``.
        case importFailed = "import_failed"
        /// The code of ``KennisbankError/municipalityListFailed(source:problem:)``.
        case municipalityListFailed = "municipality_list_failed"
        /// The code of ``KennisbankError/cannotExport(_:)``.
        case cannotExport = "cannot_export"
        /// The code of ``KennisbankError/noKnowledgeBase(_:)``.
        case noKnowledgeBase = "no_knowledge_base"
        /// The code of ``KennisbankError/similarTopics(_:)``.
        case similarTopics = "similar_topics"
        /// The code of ``KennisbankError/topicExists(_:existing:)``.
        case topicExists = "topic_exists"
        /// The code of ``KennisbankError/similarMunicipality(_:similar:)``.
        case similarMunicipality = "similar_municipality"
        /// The code of ``KennisbankError/splitMunicipality(_:successors:)``.
        case splitMunicipality = "split_municipality"
        /// The code of ``KennisbankError/entryInTrash(_:)``.
        case entryInTrash = "entry_in_trash"
        /// The code of ``KennisbankError/notInTrash(_:)``.
        case notInTrash = "not_in_trash"
        /// The code of ``KennisbankError/possibleDuplicate(of:title:)``.
        case possibleDuplicate = "possible_duplicate"
        /// The code of ``KennisbankError/unknownRevision(_:revision:latest:)``.
        case unknownRevision = "unknown_revision"
        /// The code of ``KennisbankError/importFailedRecords(_:total:)``.
        case importFailedRecords = "import_failed_records"
        /// The code of ``KennisbankError/account(_:)``.
        case account = "account"
        /// The code of ``KennisbankError/synonyms(_:)``.
        case synonyms = "synonyms"
        /// The code of ``KennisbankError/people(_:)``.
        case people = "people"
        /// The code of ``KennisbankError/visits(_:)``.
        case visits = "visits"
        /// The code of ``KennisbankError/conditions(_:)``.
        case conditions = "conditions"
        /// The code of ``KennisbankError/meetings(_:)``.
        case meetings = "meetings"
        /// The code of ``KennisbankError/attachment(_:)``.
        case attachment = "attachment"
    }

    /// The stable machine name of this case.
    public var code: Code {
        switch self {
        case .unknownMunicipality: .unknownMunicipality
        case .ambiguousMunicipality: .ambiguousMunicipality
        case .municipalityExists: .municipalityExists
        case .invalidMunicipalityCode: .invalidMunicipalityCode
        case .unknownProvince: .unknownProvince
        case .unknownEntry: .unknownEntry
        case .ambiguousReference: .ambiguousReference
        case .unknownTopic: .unknownTopic
        case .topicNotOnEntry: .topicNotOnEntry
        case .municipalityInUse: .municipalityInUse
        case .emptyField: .emptyField
        case .invalidCharacters: .invalidCharacters
        case .tooLong: .tooLong
        case .emptyTopic: .emptyTopic
        case .tooManyTopics: .tooManyTopics
        case .invalidDate: .invalidDate
        case .municipalityRequired: .municipalityRequired
        case .statusOnlyForObstacles: .statusOnlyForObstacles
        case .obstacleCannotAddress: .obstacleCannotAddress
        case .notAnObstacle: .notAnObstacle
        case .notAddressed: .notAddressed
        case .duplicateUUID: .duplicateUUID
        case .ruleBroken: .ruleBroken
        case .noObstacles: .noObstacles
        case .newerDatabase: .newerDatabase
        case .databaseIsDirectory: .databaseIsDirectory
        case .notADatabase: .notADatabase
        case .otherProgramsDatabase: .otherProgramsDatabase
        case .missingFolder: .missingFolder
        case .readOnlyDatabase: .readOnlyDatabase
        case .cannotOpen: .cannotOpen
        case .damagedDatabase: .damagedDatabase
        case .damagedRow: .damagedRow
        case .backupExists: .backupExists
        case .cannotImport: .cannotImport
        case .importFailed: .importFailed
        case .municipalityListFailed: .municipalityListFailed
        case .cannotExport: .cannotExport
        case .noKnowledgeBase: .noKnowledgeBase
        case .similarTopics: .similarTopics
        case .topicExists: .topicExists
        case .similarMunicipality: .similarMunicipality
        case .splitMunicipality: .splitMunicipality
        case .entryInTrash: .entryInTrash
        case .notInTrash: .notInTrash
        case .possibleDuplicate: .possibleDuplicate
        case .unknownRevision: .unknownRevision
        case .importFailedRecords: .importFailedRecords
        case .account: .account
        case .synonyms: .synonyms
        case .people: .people
        case .visits: .visits
        case .conditions: .conditions
        case .meetings: .meetings
        case .attachment: .attachment
        }
    }
}
