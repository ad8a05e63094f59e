/// Everything that can go wrong, as a typed value.
///
/// Each case carries the values a person needs to hear about — the name that was not found,
/// the path that cannot be opened, the field and line of an import — and no words: a front end
/// (`KennisbankFrontEnd`, for the CLI and the web) says it in its own language and with its
/// own flags. ``code`` is a stable machine name for each case (`unknown_municipality`), for
/// scripts and for problem documents of a web API.
public enum KennisbankError: Error, Equatable, Sendable, Codable {
    // MARK: Looking things up

    /// No municipality matches; `suggestions` are the closest names.
    case unknownMunicipality(String, suggestions: [String])
    /// Several municipalities match; `candidates` are their names.
    case ambiguousMunicipality(String, candidates: [String])
    /// A municipality with that name (or, when `code` is given, that name or code) is already known.
    case municipalityExists(String, code: String?)
    /// A CBS code that is not `GM` followed by four digits.
    case invalidMunicipalityCode(String)
    /// A province that is not one of the twelve.
    case unknownProvince(String)
    /// No entry has that reference.
    case unknownEntry(String)
    /// A UUID prefix that fits several entries.
    case ambiguousReference(String, candidates: [String])
    /// No entry carries a topic of that name.
    case unknownTopic(String, suggestions: [String])
    /// The topic to remove is not on the entry.
    case topicNotOnEntry(String)
    /// A municipality that entries still refer to.
    case municipalityInUse(String, entries: Int)

    // MARK: Values

    /// A field that must hold text is empty or blank.
    case emptyField(Field)
    /// A field holds characters that do not belong in text.
    case invalidCharacters(field: Field)
    /// A field is longer than the knowledge base accepts (`limit` characters).
    case tooLong(field: Field, limit: Int)
    /// A topic label without letters or digits.
    case emptyTopic(String)
    /// More topics on one entry than it may carry.
    case tooManyTopics(limit: Int)
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
    /// A UUID already used by another entry.
    case duplicateUUID(String)
    /// A change that breaks one of the database's own rules (a constraint); nothing was stored.
    case ruleBroken

    // MARK: Comparing

    /// A comparison whose selection holds no obstacles.
    case noObstacles(municipalities: [String], province: Province?, topics: [String], statuses: [ObstacleStatus])

    // MARK: The database file

    /// The database file was made by a newer `kb`.
    case newerDatabase(path: String, unknownMigrations: [String])
    /// The path is a folder, not a file.
    case databaseIsDirectory(String)
    /// The file is not a SQLite database (or one SQLite cannot read).
    case notADatabase(String)
    /// The file is another program's SQLite database.
    case otherProgramsDatabase(String)
    /// The folder that should hold the database does not exist.
    case missingFolder(String)
    /// The database cannot be written (read-only file or folder).
    case readOnlyDatabase(String)
    /// The database cannot be opened or used; `problem` says why.
    case cannotOpen(path: String, problem: OpenProblem)
    /// The database is damaged; `damage` says what showed it.
    case damagedDatabase(path: String, damage: Damage)
    /// A stored row that cannot be read: the file is damaged.
    case damagedRow(table: String, id: Int64?)
    /// The path a backup should go to is taken.
    case backupExists(String)

    // MARK: Moving knowledge in and out

    /// An import source (a file, a folder, standard input) cannot be read as a whole.
    case cannotImport(source: String, problem: ImportFileProblem)
    /// A record of an import is wrong: where, which field, and what; nothing was imported.
    case importFailed(ImportProblem)
    /// A CBS municipality list cannot be loaded; nothing was changed.
    case municipalityListFailed(source: String, problem: MunicipalityListProblem)
    /// An export cannot be written where it was asked to go; nothing was written.
    case cannotExport(ExportProblem)

    // MARK: Names that stay clean

    /// A knowledge base was asked to be read at a path where no file exists (a mistyped `--db`).
    case noKnowledgeBase(String)
    /// New topics close to existing ones (a typo, another spelling, a plural): each with the
    /// existing label it resembles and, in an import, where it was read; nothing was stored.
    case similarTopics([SimilarTopic])
    /// A topic cannot be renamed to a name another topic has: the two should be merged.
    case topicExists(String, existing: String)
    /// A new municipality whose name is close to known ones (`similar`); nothing was stored.
    case similarMunicipality(String, similar: [String])
    /// A former municipality split over several municipalities: `successors` are their names.
    case splitMunicipality(String, successors: [String])
    // MARK: History and trash

    /// The entry a reference names is in the trash (`kb trash restore` brings it back).
    case entryInTrash(Entry.ID)
    /// No entry in the trash answers to this reference.
    case notInTrash(String)
    /// An entry of the same kind and municipality has nearly the same title and body; nothing was added.
    case possibleDuplicate(of: Entry.ID, title: String)
    /// The entry has no version with this number; `latest` is its newest.
    case unknownRevision(Entry.ID, revision: Int, latest: Int)
    /// Several records of an import are wrong: the first `problems` (in the order read) of
    /// `total`; nothing was imported.
    case importFailedRecords([ImportProblem], total: Int)

    // MARK: Accounts

    /// An account that does not exist or cannot be made; `problem` says why.
    case account(AccountProblem)

    // MARK: Synonyms

    /// A change to the search thesaurus that cannot be made; `problem` says why.
    case synonyms(SynonymProblem)

    // MARK: People

    /// A person that cannot be found, added or changed; `problem` says why.
    case people(PersonProblem)

    // MARK: Visits

    /// A visit that cannot be found, recorded or changed; `problem` says why.
    case visits(VisitProblem)

    // MARK: Conditions for success

    /// A condition for success or an assessment that cannot be recorded; `problem` says why.
    case conditions(ConditionProblem)

    // MARK: Meetings

    /// A meeting, its attendance or its entries cannot be found or changed; `problem` says why.
    case meetings(MeetingProblem)

    // MARK: Attachments

    /// Attaching, extracting or detaching a file cannot be done; `problem` says why.
    case attachment(AttachmentProblem)
}
