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
        case .notAWorkbook: return text("error.importFile.notAWorkbook", source)
        case .notAZip: return text("error.importFile.notAZip", source)
        case .tooManyZipEntries(let limit):
            return text("error.importFile.tooManyZipEntries", source.merging(["count": String(limit)]) { a, _ in a })
        case .zipTooLarge(let limit):
            return text("error.importFile.zipTooLarge", source.merging(["size": size(limit)]) { a, _ in a })
        case .unsafeZipEntryName(let name):
            return text(
                "error.importFile.unsafeZipEntryName", source.merging(["name": Wording.clip(name)]) { a, _ in a })
        case .noMarkdownFilesInZip: return text("error.importFile.noMarkdownFilesInZip", source)
        case .notEnoughSpace(let needed, let available, let folder):
            return text(
                "error.importFile.notEnoughSpace",
                source.merging([
                    "needed": fileSize(needed), "available": fileSize(available), "folder": self.source(folder),
                ]) { a, _ in a })
        }
    }

    /// The most problems a message about several bad records lists; the rest are counted.
    static let listedProblems = 20

    /// Several records that stop an import, one a line, the first ``listedProblems`` of `total`.
    func message(_ problems: [KennisbankError.ImportProblem], total: Int) -> String {
        var lines = [catalog.text("error.importRecords.header", count: total)]
        for problem in problems.prefix(Self.listedProblems) {
            lines.append(text("error.importRecords.item", ["problem": item(problem)]))
        }
        let listed = min(problems.count, Self.listedProblems)
        if total > listed {
            lines.append(catalog.text("error.importRecords.more", count: total - listed))
        }
        return lines.joined(separator: "\n")
    }

    /// One bad record on a line of its own: `lijst.csv, row 3, field “kind”: … is not a kind …`.
    func item(_ problem: KennisbankError.ImportProblem) -> String {
        var place = self.place(problem.location)
        if case .unknownField(let name, _) = problem.reason {
            place = text("error.import.placeField", ["place": place, "field": Wording.clip(name)])
        } else if let field = problem.field {
            place = text("error.import.placeField", ["place": place, "field": field.rawValue])
        }
        return text("error.importRecords.problem", ["place": place, "reason": reason(problem.reason)])
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
        if let row = location.row {
            return text("error.import.placeRow", ["source": source, "row": String(row)])
        }
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
