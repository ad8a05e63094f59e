import Kennisbank

extension Wording {
    /// What is wrong with a record, to follow its place and a colon.
    func reason(_ reason: KennisbankError.ImportReason) -> String {
        let clip = Wording.clip
        func key(_ name: String, _ values: [String: String] = [:]) -> String {
            text("error.import." + name, values)
        }
        switch reason {
        case .unknownField(_, let allowed): return key("unknownField", ["fields": joined(allowed.map(\.rawValue))])
        case .noKind: return key("noKind")
        case .unknownKind(let kind): return key("unknownKind", ["kind": clip(kind)])
        case .notAUUID(let text): return key("notAUUID", ["text": clip(text)])
        case .noTitle: return key("noTitle")
        case .notAStatus(let text): return key("notAStatus", ["text": clip(text)])
        case .statusOnlyForObstacles(let kind): return key("statusOnlyForObstacles", ["kind": kind.rawValue])
        case .obstacleCannotAddress: return key("obstacleCannotAddress")
        case .notATime(let text): return key("notATime", ["text": clip(text)])
        case .noName: return key("noName")
        case .nameWithoutLetters(let name): return key("nameWithoutLetters", ["name": clip(name)])
        case .codeConflict(let name, let known, let given):
            return key("codeConflict", ["name": clip(name), "known": known, "code": clip(given)])
        case .codeTaken(let code, let holder): return key("codeTaken", ["code": clip(code), "holder": holder])
        case .sameEntry(let earlier): return key("sameEntry", ["location": place(earlier)])
        case .uuidUsed(let uuid, let earlier): return key("uuidUsed", ["uuid": clip(uuid), "location": place(earlier)])
        case .kindCannotChange(let stored): return key("kindCannotChange", ["kind": kindWithArticle(stored)])
        case .municipalityRequired(let kind):
            return key("municipalityRequired", ["kindName": kindName(kind), "kind": kind.rawValue])
        case .notYours(let municipality):
            return key("notYours", ["municipality": municipality ?? text("error.import.networkTip")])
        case .invalid(let error): return error.message(catalog)
        case .notOneText: return key("notOneText")
        case .notText(let shape): return key("notText", ["shape": self.shape(shape)])
        case .notTextList(let shape): return key("notTextList", ["shape": self.shape(shape)])
        case .notUTF8(let format): return key(format == .csv ? "notUTF8CSV" : "notUTF8")
        case .fileTooLarge(let limit): return key("fileTooLarge", ["size": size(limit)])
        case .fileUnreadable: return key("fileUnreadable")
        case .lineTooLong(let limit): return key("lineTooLong", ["size": size(limit)])
        case .jsonRecordTooLong(let limit): return key("jsonRecordTooLong", ["size": size(limit)])
        case .csvRecordTooLong(let limit): return key("csvRecordTooLong", ["size": size(limit)])
        case .tooManyColumns(let limit): return key("tooManyColumns", ["limit": String(limit)])
        case .quoteInsideField: return key("quoteInsideField")
        case .textAfterClosingQuote: return key("textAfterClosingQuote")
        case .quoteNotClosed: return key("quoteNotClosed")
        case .fieldCountMismatch(let count, let header):
            return key("fieldCountMismatch", ["count": String(count), "header": String(header)])
        case .emptyCSV: return key("emptyCSV")
        case .unknownColumn(let column, let allowed):
            return key("unknownColumn", ["column": clip(column), "fields": joined(allowed.map(\.rawValue))])
        case .duplicateColumn(let column): return key("duplicateColumn", ["column": column.rawValue])
        case .missingColumn(let column): return key("missingColumn", ["column": column.rawValue])
        case .emptyJSON: return key("emptyJSON")
        case .notAJSONArray: return key("notAJSONArray")
        case .arrayNotClosed: return key("arrayNotClosed")
        case .expectedCommaOrBracket: return key("expectedCommaOrBracket")
        case .elementNotObject: return key("elementNotObject")
        case .recordNotClosed: return key("recordNotClosed")
        case .moreAfterObject: return key("moreAfterObject")
        case .moreAfterArray: return key("moreAfterArray")
        case .invalidJSON(let detail):
            return detail.map { key("invalidJSONDetail", ["detail": PrintableText.escaped($0)]) } ?? key("invalidJSON")
        case .notAJSONObject(let shape): return key("notAJSONObject", ["shape": self.shape(shape)])
        case .noFrontMatter: return key("noFrontMatter")
        case .frontMatterNotClosed: return key("frontMatterNotClosed")
        case .bodyInFrontMatter: return key("bodyInFrontMatter")
        case .frontMatterTooLarge(let limit): return key("frontMatterTooLarge", ["size": size(limit)])
        case .frontMatter(let problem): return key("frontMatter", ["problem": self.problem(problem)])
        case .invalidYAML(let problem): return key("invalidYAML", ["problem": self.problem(problem)])
        case .unreadableYAML: return key("unreadableYAML")
        case .frontMatterNotFields: return key("frontMatterNotFields")
        case .fieldNameNotWord: return key("fieldNameNotWord")
        }
    }
}
