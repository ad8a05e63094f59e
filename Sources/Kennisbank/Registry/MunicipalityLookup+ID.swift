import GRDB

extension MunicipalityLookup {
    /// The municipality with row id `id`, inside a caller's transaction.
    ///
    /// Throws ``KennisbankError/unknownMunicipality(_:suggestions:)`` when there is none.
    static func municipality(_ id: Municipality.ID, in db: Database) throws -> Municipality {
        guard let found = try fetch(db, where: "id = \(id)").first else {
            throw KennisbankError.unknownMunicipality(id.description, suggestions: [])
        }
        return found
    }
}
