import Kennisbank

extension Wording {
    /// Why a CBS municipality list cannot be loaded.
    func message(_ problem: KennisbankError.MunicipalityListProblem, source: String) -> String {
        func key(_ name: String, _ values: [String: String] = [:]) -> String {
            text("error.municipalityList." + name, values.merging(["source": source]) { value, _ in value })
        }
        func row(_ row: Int, _ problem: String) -> String {
            key("row", ["row": String(row), "problem": problem])
        }
        switch problem {
        case .notAFile: return key("notAFile")
        case .tooLarge(let limit): return key("tooLarge", ["size": size(limit)])
        case .unreadable: return key("unreadable")
        case .notUTF8: return key("notUTF8")
        case .notCSV: return key("notCSV")
        case .invalidCSV(let detail): return key("invalidCSV", ["detail": PrintableText.escaped(detail)])
        case .missingColumn(let column): return key("missingColumn", ["column": Wording.clip(column)])
        case .empty: return key("empty")
        case .notACode(let number, let code):
            return row(number, text("error.municipalityList.notACode", ["code": Wording.clip(code)]))
        case .emptyName(let number): return row(number, text("error.municipalityList.emptyName"))
        case .duplicateCode(let number, let code):
            return row(number, text("error.municipalityList.duplicateCode", ["code": Wording.clip(code)]))
        case .invalidRow(let number, let error): return row(number, Wording.lowercasingFirst(error.message(catalog)))
        }
    }
}
