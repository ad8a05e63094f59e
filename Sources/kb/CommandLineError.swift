import KennisbankFrontEnd

/// What `kb` refuses before the library is asked: arguments that do not fit together, or input
/// it reads itself (a body file). Worded from the catalog like every error.
enum CommandLineError: Error, Equatable {
    /// `kb import` without a path.
    case noImportPaths
    /// A `--format` that is not jsonl, json, markdown or csv.
    case unknownFormat(String)
    /// `-` given more than once to `kb import`.
    case standardInputTwice
    /// A `--kind` that is not example, obstacle or tip.
    case unknownKind(String)
    /// A Markdown export without `--output FOLDER`.
    case markdownNeedsOutputFolder
    /// `kb compare --show help` without exactly one municipality.
    case helpNeedsOneMunicipality
    /// A `--uuid` that is not a UUID.
    case notAUUID(String)
    /// `kb backup` without a knowledge base at the location.
    case nothingToBackUp(path: String)
    /// A `--body-file` that is missing or a folder.
    case bodyFileMissing(path: String)
    /// A body (`path`, or standard input when nil) that is not UTF-8.
    case bodyNotUTF8(path: String?)
    /// A body (`path`, or standard input when nil) whose reading failed.
    case bodyUnreadable(path: String?)
    /// Standard output cannot be written; `reason` is the system's words.
    case outputFailed(reason: String)
    /// Both `--body` and `--body-file`.
    case bodyGivenTwice
    /// A number option below its `minimum`.
    case numberTooSmall(option: String, minimum: Int)
    /// A number option outside `minimum…maximum`.
    case numberOutOfRange(option: String, minimum: Int, maximum: Int)
    /// `kb compare --show similar` without `--similar N`.
    case similarNeedsNumber
    /// `kb compare --format csv` with more than one `--show`.
    case csvNeedsOnePart
    /// `kb list municipalities` with a filter other than `--province`.
    case municipalitiesByProvinceOnly
    /// `--status` for a list of something other than obstacles.
    case statusOnlyForObstacles
    /// `kb edit` with both `--municipality` and `--no-municipality`.
    case municipalityAndNoMunicipality
    /// `kb edit` without anything to change.
    case nothingToChange
    /// An .xlsx export without `--output FILE` (a workbook is not for a terminal).
    case xlsxNeedsOutputFile
    /// `--excel` with a format other than CSV.
    case excelOnlyForCSV
    /// `kb serve` found no `kb-server` in the places it names.
    case serverMissing(searched: [String])
    /// `kb serve` found `kb-server` at `path` but could not start it.
    case serverNotStarted(path: String, reason: String)
    /// `kb users add` or `kb users password` without `--password-stdin` (a password is never an argument).
    case passwordNeedsStandardInput

    /// The one-line message for a person.
    func message(_ catalog: Catalog) -> String {
        func key(_ name: String, _ values: [String: String] = [:]) -> String {
            catalog.text("error.commandLine." + name, values)
        }
        switch self {
        case .noImportPaths: return key("noImportPaths")
        case .unknownFormat(let format): return key("unknownFormat", ["format": format])
        case .standardInputTwice: return key("standardInputTwice")
        case .unknownKind(let kind): return key("unknownKind", ["kind": kind])
        case .markdownNeedsOutputFolder: return key("markdownNeedsOutputFolder")
        case .helpNeedsOneMunicipality: return key("helpNeedsOneMunicipality")
        case .notAUUID(let text): return key("notAUUID", ["text": text])
        case .nothingToBackUp(let path): return key("nothingToBackUp", ["path": path])
        case .serverMissing(let searched): return key("serverMissing", ["searched": searched.joined(separator: ", ")])
        case .serverNotStarted(let path, let reason): return key("serverNotStarted", ["path": path, "reason": reason])
        case .bodyFileMissing(let path): return key("bodyFileMissing", ["path": path])
        case .bodyNotUTF8(let path): return path.map { key("bodyFileNotUTF8", ["path": $0]) } ?? key("bodyInputNotUTF8")
        case .bodyUnreadable(let path):
            return path.map { key("bodyFileUnreadable", ["path": $0]) } ?? key("bodyInputUnreadable")
        case .outputFailed(let reason): return key("outputFailed", ["reason": reason])
        case .bodyGivenTwice: return key("bodyGivenTwice")
        case .numberTooSmall(let option, let minimum):
            return key("numberTooSmall", ["option": option, "minimum": String(minimum)])
        case .numberOutOfRange(let option, let minimum, let maximum):
            return key("numberOutOfRange", ["option": option, "minimum": String(minimum), "maximum": String(maximum)])
        case .similarNeedsNumber: return key("similarNeedsNumber")
        case .csvNeedsOnePart: return key("csvNeedsOnePart")
        case .municipalitiesByProvinceOnly: return key("municipalitiesByProvinceOnly")
        case .statusOnlyForObstacles: return key("statusOnlyForObstacles")
        case .municipalityAndNoMunicipality: return key("municipalityAndNoMunicipality")
        case .nothingToChange: return key("nothingToChange")
        case .xlsxNeedsOutputFile: return key("xlsxNeedsOutputFile")
        case .excelOnlyForCSV: return key("excelOnlyForCSV")
        case .passwordNeedsStandardInput: return key("passwordNeedsStandardInput")
        }
    }
}
