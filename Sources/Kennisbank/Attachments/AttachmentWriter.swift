import Foundation

/// Writes attachments' bytes into a folder: under safe names only, never over a file that exists.
enum AttachmentWriter {
    /// Writes `files` into `folder` under their names made safe; returns the paths. Nothing is
    /// written when a name is taken by a file there; a failure half-way removes what was written.
    static func write(_ files: [(name: String, contents: Data)], into folder: String) throws -> [String] {
        var paths: [String] = []
        var seen: Set<String> = []
        for file in files {
            // Two stored names that come out alike (only a damaged or hand-edited file holds
            // such names) get free names: `attachment`, `attachment-2`.
            var name = AttachmentName.clean(file.name) ?? "attachment"
            var number = 1
            let original = name
            while seen.contains(name) {
                number += 1
                let stem = (original as NSString).deletingPathExtension
                let ext = (original as NSString).pathExtension
                name = ext.isEmpty || stem.isEmpty ? "\(original)-\(number)" : "\(stem)-\(number).\(ext)"
            }
            seen.insert(name)
            // clean() leaves one plain name; checked again here, as the last guard before writing.
            guard !name.contains("/"), !name.contains("\0"), name != ".", name != ".." else {
                throw KennisbankError.attachment(.invalidName(file.name))
            }
            let path = (folder as NSString).appendingPathComponent(name)
            var status = stat()
            if lstat(path, &status) == 0 {
                throw KennisbankError.attachment(.fileExists(path: path))
            }
            paths.append(path)
        }
        var written: [String] = []
        do {
            for (file, path) in zip(files, paths) {
                try writeNew(file.contents, to: path)
                written.append(path)
            }
        } catch {
            for path in written { unlink(path) }
            throw error
        }
        return paths
    }

    /// Creates `path` (failing when anything is there, a link included) and writes `contents`.
    static func writeNew(_ contents: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw KennisbankError.attachment(.fileExists(path: path)) }
            throw KennisbankError.attachment(.cannotWrite(path: path))
        }
        var failed = false
        contents.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    return
                }
                offset += count
            }
        }
        if close(descriptor) != 0 || failed {
            unlink(path)
            throw KennisbankError.attachment(.cannotWrite(path: path))
        }
    }
}
