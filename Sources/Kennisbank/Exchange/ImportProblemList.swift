/// The bad records of one import, kept up to a limit (a file of a million bad rows must not
/// fill memory) and counted beyond it.
struct ImportProblemList {
    /// The most problems kept.
    static let limit = 1000

    /// The problems kept, in the order read.
    private(set) var listed: [KennisbankError.ImportProblem] = []
    /// How many there were.
    private(set) var total = 0

    /// True when there was none.
    var isEmpty: Bool { total == 0 }

    /// Counts `problem`, and keeps it while under the limit.
    mutating func append(_ problem: KennisbankError.ImportProblem) {
        total += 1
        if listed.count < Self.limit { listed.append(problem) }
    }

    /// Throws the one problem as ``KennisbankError/importFailed(_:)``, several as
    /// ``KennisbankError/importFailedRecords(_:total:)``; nothing when there is none.
    func throwIfAny() throws {
        guard let first = listed.first else { return }
        if total == 1 { throw KennisbankError.importFailed(first) }
        throw KennisbankError.importFailedRecords(listed, total: total)
    }
}
