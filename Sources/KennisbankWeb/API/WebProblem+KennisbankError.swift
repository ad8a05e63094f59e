import Hummingbird
import Kennisbank
import KennisbankFrontEnd

extension WebProblem {
    /// The problem a library error stands for: its status (``status(of:)``), its code as the
    /// `type` (`unknown_entry` → `unknown-entry`) and the catalog's message as the detail. A
    /// problem of the server's own database file is worded for a visitor, not for its
    /// administrator: no path reaches the browser (the server's log has the whole message).
    init(_ error: KennisbankError, catalog: Catalog) {
        let status = Self.status(of: error)
        let type = error.code.rawValue.replacingOccurrences(of: "_", with: "-")
        switch status {
        case .serviceUnavailable:
            self.init(
                status: status, type: type, title: catalog.text("web.problem.busy.title"),
                detail: catalog.text("web.problem.busy.detail"), retryAfter: Self.retrySeconds)
        case .internalServerError, .insufficientStorage:
            self.init(
                status: status, type: type, title: catalog.text("web.error.internal.title"),
                detail: catalog.text("web.problem.database"))
        default:
            self.init(
                status: status, type: type, title: Self.title(of: status, catalog), detail: error.message(catalog))
        }
    }

    /// How long a client waits before trying again when the database is busy (a long import).
    static let retrySeconds = 5

    /// The HTTP status of a library error: what cannot be found is 404 (an entry in the trash
    /// 410), what clashes with what is stored 409, a value that is not right 422, a database
    /// another program keeps busy 503, one without room 507, and a database file the server
    /// cannot use 500.
    static func status(of error: KennisbankError) -> HTTPResponse.Status {
        switch error {
        case .unknownMunicipality, .unknownEntry, .unknownTopic, .notInTrash, .unknownRevision:
            .notFound
        case .entryInTrash:
            .gone
        case .account(.unknownAccount):
            .notFound
        case .account(.accountExists):
            .conflict
        case .account(.invalidName), .account(.passwordTooShort), .account(.passwordTooLong):
            .unprocessableContent
        case .synonyms(.alreadySynonyms):
            .conflict
        case .synonyms(.noSynonyms):
            .notFound
        case .synonyms:
            .unprocessableContent
        case .people(.unknownPerson), .people(.notRemoved):
            .notFound
        case .people(.personExists), .people(.cannotRestore):
            .conflict
        case .people:
            .unprocessableContent
        case .visits(.unknownVisit):
            .notFound
        case .visits:
            .unprocessableContent
        case .conditions(.unknownCondition):
            .notFound
        case .conditions:
            .unprocessableContent
        case .meetings(.unknownMeeting), .meetings(.notAttending), .meetings(.notLinked):
            .notFound
        case .meetings(.meetingNotEmpty):
            .conflict
        case .meetings:
            .unprocessableContent
        case .attachment(.unknownAttachment), .attachment(.notDetached):
            .notFound
        case .attachment(.nameTaken), .attachment(.fileExists):
            .conflict
        case .attachment(.tooLarge):
            .contentTooLarge
        case .attachment:
            .unprocessableContent
        case .cannotImport(_, .notEnoughSpace):
            .insufficientStorage
        case .municipalityExists, .municipalityInUse, .duplicateUUID, .ruleBroken, .backupExists, .similarTopics,
            .topicExists, .similarMunicipality, .possibleDuplicate:
            .conflict
        case .ambiguousMunicipality, .invalidMunicipalityCode, .unknownProvince, .ambiguousReference,
            .topicNotOnEntry, .emptyField, .invalidCharacters, .tooLong, .emptyTopic, .tooManyTopics, .invalidDate,
            .municipalityRequired, .statusOnlyForObstacles, .obstacleCannotAddress, .notAnObstacle, .notAddressed,
            .noObstacles, .splitMunicipality, .cannotImport, .importFailed, .importFailedRecords:
            .unprocessableContent
        case .cannotExport(.tooManyNotesForZip), .cannotExport(.tooManyFilesForZip),
            .cannotExport(.attachmentsTooLargeForZip), .cannotExport(.tooLargeToDownload):
            .unprocessableContent
        case .cannotOpen(_, .busy), .cannotOpen(_, .locked):
            .serviceUnavailable
        case .cannotOpen(_, .diskFull):
            .insufficientStorage
        case .newerDatabase, .databaseIsDirectory, .notADatabase, .otherProgramsDatabase, .missingFolder,
            .readOnlyDatabase, .cannotOpen, .damagedDatabase, .damagedRow, .municipalityListFailed, .cannotExport,
            .noKnowledgeBase:
            .internalServerError
        }
    }

    /// The title of a problem with `status`, from `catalog`.
    static func title(of status: HTTPResponse.Status, _ catalog: Catalog) -> String {
        switch status {
        case .notFound: catalog.text("web.problem.notFound")
        case .gone: catalog.text("web.problem.gone")
        case .conflict: catalog.text("web.problem.conflict")
        case .unprocessableContent: catalog.text("web.problem.invalid")
        default: catalog.text("web.error.request")
        }
    }
}

extension HTTPResponse.Status {
    /// 507: the server has no room to store what it was asked to (RFC 4918).
    static var insufficientStorage: Self { .init(code: 507, reasonPhrase: "Insufficient Storage") }
}
