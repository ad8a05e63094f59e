import Foundation

/// The free disk an import needs beside the knowledge base, checked before it starts.
///
/// An import is one transaction (all or nothing). In WAL mode its write-ahead log holds every page
/// it writes until the commit, so at its peak the disk holds the grown file and a log as large as
/// what was added. Measured on `kb-bench`'s corpus (JSON Lines of generated entries): the file grows
/// by 3.65 bytes for every byte of input (the search index keeps stems, surface forms and compound
/// parts; every entry gets a first version in its history) and file plus log peak at 7.4 bytes per
/// byte of input. The check asks for ``bytesPerInputByte`` per byte. It counts a zip or an `.xlsx`
/// workbook by its compressed size, so it may let through an import that then fills the disk: SQLite
/// rolls that back and nothing is stored.
enum ImportSpace {
    /// The free bytes asked for every byte of input: the measured peak of 7.4, rounded up.
    static let bytesPerInputByte: Int64 = 8

    /// The bytes `sources` hold, or `nil` when one of them cannot be measured (standard input).
    static func inputBytes(of sources: [ImportSource]) -> Int64? {
        var total: Int64 = 0
        for source in sources {
            guard let bytes = source.inputBytes() else { return nil }
            total += bytes
        }
        return total
    }

    /// Refuses an import of `inputBytes` into the knowledge base at `databasePath` when the free
    /// space of its folder (as `freeBytes` tells) is less than it needs.
    static func check(
        inputBytes: Int64, databasePath: String, source: String,
        freeBytes: (String) -> Int64? = ImportSpace.freeBytes(inFolder:)
    ) throws {
        let folder = (databasePath as NSString).deletingLastPathComponent
        let place = folder.isEmpty ? "." : folder
        let (needed, overflow) = inputBytes.multipliedReportingOverflow(by: bytesPerInputByte)
        guard let available = freeBytes(place) else { return }
        let required = overflow ? Int64.max : needed
        if required > available {
            throw KennisbankError.cannotImport(
                source: source, problem: .notEnoughSpace(needed: required, available: available, folder: place))
        }
    }

    /// The bytes an unprivileged process may still write in `folder`'s file system, or `nil` when
    /// the system does not say.
    static func freeBytes(inFolder folder: String) -> Int64? {
        var stats = statvfs()
        guard statvfs(folder, &stats) == 0 else { return nil }
        let (bytes, overflow) = Int64(stats.f_bavail).multipliedReportingOverflow(by: Int64(stats.f_frsize))
        return overflow ? Int64.max : bytes
    }
}

extension ImportSource {
    /// The bytes this source holds: a file's size, the files of a folder of notes together, bytes in
    /// memory; `nil` for standard input, whose size is not known in advance.
    func inputBytes() -> Int64? {
        switch input {
        case .standardInput: return nil
        case .bytes(let bytes): return Int64(bytes.count)
        case .path(let path):
            let manager = FileManager.default
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { return 0 }
            guard isFolder.boolValue else {
                return ((try? manager.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.int64Value ?? 0
            }
            var total: Int64 = 0
            let keys: [URLResourceKey] = [.isRegularFileKey, .fileSizeKey]
            let files = manager.enumerator(at: URL(fileURLWithPath: path), includingPropertiesForKeys: keys)
            while let file = files?.nextObject() as? URL {
                guard let values = try? file.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else {
                    continue
                }
                total += Int64(values.fileSize ?? 0)
            }
            return total
        }
    }
}
