import Kennisbank

extension Wording {
    /// An import source that cannot be read as a whole.
    func message(_ problem: KennisbankError.ImportFileProblem, source name: String) -> String {
        let source = ["source": source(name)]
        switch problem {
        case .noSuchFile: return text("error.importFile.noSuchFile", source)
        case .noSuchFileOrFolder: return text("error.importFile.noSuchFileOrFolder", source)
        case .isFolder: return text("error.importFile.isFolder", source)
        case .unreadable: return text("error.importFile.unreadable", source)
        case .folderUnreadable: return text("error.importFile.folderUnreadable", source)
        case .noMarkdownFiles: return text("error.importFile.noMarkdownFiles", source)
        case .readFailed(let reason):
            return text("error.importFile.readFailed", source.merging(["reason": self.reason(reason)]) { a, _ in a })
        case .unknownFormat: return text("error.importFile.unknownFormat", source)
        }
    }

    /// A record that stops an import: `notes.jsonl, line 3, field “title”: … Nothing was imported.`
    func message(_ problem: KennisbankError.ImportProblem) -> String {
        var place = self.place(problem.location)
        if case .unknownField(let name, _) = problem.reason {
            place = text("error.import.placeField", ["place": place, "field": Wording.clip(name)])
        } else if let field = problem.field {
            place = text("error.import.placeField", ["place": place, "field": field.rawValue])
        }
        return text("error.import.failure", ["place": place, "reason": reason(problem.reason)])
    }

    /// Where a record was read: `notes.jsonl, line 3`.
    func place(_ location: RecordLocation) -> String {
        let source = source(location.source)
        return location.line.map { text("error.import.placeLine", ["source": source, "line": String($0)]) }
            ?? text("error.import.place", ["source": source])
    }

    /// What a value is instead of text: `a number`.
    func shape(_ shape: KennisbankError.ValueShape) -> String {
        switch shape {
        case .null: text("error.shape.null")
        case .text: text("error.shape.text")
        case .number: text("error.shape.number")
        case .boolean: text("error.shape.boolean")
        case .object: text("error.shape.object")
        case .list: text("error.shape.list")
        case .listHolding(let item): text("error.shape.listHolding", ["shape": self.shape(item)])
        case .nestedList: text("error.shape.nestedList")
        case .fieldGroup: text("error.shape.fieldGroup")
        case .alias: text("error.shape.alias")
        case .other: text("error.shape.other")
        }
    }

    /// What the front matter guard found.
    func problem(_ problem: KennisbankError.FrontMatterProblem) -> String {
        switch problem {
        case .indentedTooDeep(let columns): text("error.import.indentedTooDeep", ["columns": String(columns)])
        case .anchorOrAlias(let symbol): text("error.import.anchorOrAlias", ["symbol": Wording.clip(symbol)])
        case .nestedTooDeep(let levels): text("error.import.nestedTooDeep", ["levels": String(levels)])
        }
    }

    /// What the YAML parser found (in its own words when it gave some).
    func problem(_ problem: KennisbankError.YAMLProblem) -> String {
        switch problem {
        case .parser(let description): PrintableText.escaped(description)
        case .duplicateFields(let fields):
            text("error.import.duplicateYAMLFields", ["fields": joined(fields.map(Wording.clip))])
        case .unreadable: text("error.import.yamlUnreadable")
        }
    }
}
