import Kennisbank

extension Wording {
    /// What is wrong with a record, to follow its place and a colon.
    func reason(_ reason: KennisbankError.ImportReason) -> String {
        let clip = Wording.clip
        func key(_ name: String, _ values: [String: String] = [:]) -> String {
            text("error.import." + name, values)
        }
        switch reason {
        case let .unknownField(_, allowed): return key("unknownField", ["fields": joined(allowed.map(\.rawValue))])
        case .noKind: return key("noKind")
        case let .unknownKind(kind): return key("unknownKind", ["kind": clip(kind)])
        case let .notAUUID(text): return key("notAUUID", ["text": clip(text)])
        case .noTitle: return key("noTitle")
        case let .notAStatus(text): return key("notAStatus", ["text": clip(text)])
        case let .statusOnlyForObstacles(kind): return key("statusOnlyForObstacles", ["kind": kind.rawValue])
        case .obstacleCannotAddress: return key("obstacleCannotAddress")
        case let .notATime(text): return key("notATime", ["text": clip(text)])
        case .noName: return key("noName")
        case let .nameWithoutLetters(name): return key("nameWithoutLetters", ["name": clip(name)])
        case let .codeConflict(name, known, given):
            return key("codeConflict", ["name": clip(name), "known": known, "code": clip(given)])
        case let .codeTaken(code, holder): return key("codeTaken", ["code": clip(code), "holder": holder])
        case let .sameEntry(earlier): return key("sameEntry", ["location": place(earlier)])
        case let .uuidUsed(uuid, earlier): return key("uuidUsed", ["uuid": clip(uuid), "location": place(earlier)])
        case let .kindCannotChange(stored): return key("kindCannotChange", ["kind": kindWithArticle(stored)])
        case let .municipalityRequired(kind): return key("municipalityRequired", ["kindName": kindName(kind), "kind": kind.rawValue])
        case let .invalid(error): return error.message(catalog)
        case .notOneText: return key("notOneText")
        case let .notText(shape): return key("notText", ["shape": self.shape(shape)])
        case let .notTextList(shape): return key("notTextList", ["shape": self.shape(shape)])
        case let .notUTF8(format): return key(format == .csv ? "notUTF8CSV" : "notUTF8")
        case let .fileTooLarge(limit): return key("fileTooLarge", ["size": size(limit)])
        case .fileUnreadable: return key("fileUnreadable")
        case let .lineTooLong(limit): return key("lineTooLong", ["size": size(limit)])
        case let .jsonRecordTooLong(limit): return key("jsonRecordTooLong", ["size": size(limit)])
        case let .csvRecordTooLong(limit): return key("csvRecordTooLong", ["size": size(limit)])
        case let .tooManyColumns(limit): return key("tooManyColumns", ["limit": String(limit)])
        case .quoteInsideField: return key("quoteInsideField")
        case .textAfterClosingQuote: return key("textAfterClosingQuote")
        case .quoteNotClosed: return key("quoteNotClosed")
        case let .fieldCountMismatch(count, header):
            return key("fieldCountMismatch", ["count": String(count), "header": String(header)])
        case .emptyCSV: return key("emptyCSV")
        case let .unknownColumn(column, allowed):
            return key("unknownColumn", ["column": clip(column), "fields": joined(allowed.map(\.rawValue))])
        case let .duplicateColumn(column): return key("duplicateColumn", ["column": column.rawValue])
        case let .missingColumn(column): return key("missingColumn", ["column": column.rawValue])
        case .emptyJSON: return key("emptyJSON")
        case .notAJSONArray: return key("notAJSONArray")
        case .arrayNotClosed: return key("arrayNotClosed")
        case .expectedCommaOrBracket: return key("expectedCommaOrBracket")
        case .elementNotObject: return key("elementNotObject")
        case .recordNotClosed: return key("recordNotClosed")
        case .moreAfterObject: return key("moreAfterObject")
        case .moreAfterArray: return key("moreAfterArray")
        case let .invalidJSON(detail):
            return detail.map { key("invalidJSONDetail", ["detail": PrintableText.escaped($0)]) } ?? key("invalidJSON")
        case let .notAJSONObject(shape): return key("notAJSONObject", ["shape": self.shape(shape)])
        case .noFrontMatter: return key("noFrontMatter")
        case .frontMatterNotClosed: return key("frontMatterNotClosed")
        case .bodyInFrontMatter: return key("bodyInFrontMatter")
        case let .frontMatterTooLarge(limit): return key("frontMatterTooLarge", ["size": size(limit)])
        case let .frontMatter(problem): return key("frontMatter", ["problem": self.problem(problem)])
        case let .invalidYAML(problem): return key("invalidYAML", ["problem": self.problem(problem)])
        case .unreadableYAML: return key("unreadableYAML")
        case .frontMatterNotFields: return key("frontMatterNotFields")
        case .fieldNameNotWord: return key("fieldNameNotWord")
        }
    }
}
