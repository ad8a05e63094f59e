import Kennisbank
import KennisbankFrontEnd

/// The municipality a person typed, resolved once; a former municipality (`Boxmeer`) resolves
/// to the one that now covers it, and a note on standard error says so (once per run).
enum MunicipalityReference {
    /// The former municipalities already reported in this run, by code.
    nonisolated(unsafe) private static var reported: Set<String> = []

    /// The municipality `text` names in `knowledgeBase` today.
    static func resolve(_ text: String, in knowledgeBase: KnowledgeBase) throws -> Municipality {
        let match = try knowledgeBase.matchMunicipality(text)
        if let former = match.former { report(former) }
        return match.municipality
    }

    /// Says on standard error that `former` is now part of another municipality.
    static func report(_ former: FormerMunicipality) {
        guard reported.insert(former.code).inserted else { return }
        Terminal.note(
            Interface.catalog.text(
                "names.formerMunicipality",
                ["name": former.name, "successor": former.successor, "year": String(former.since.year)]))
    }
}
