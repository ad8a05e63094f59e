import Foundation

/// Where the benchmark finds its inputs and tools, and where it works.
struct BenchmarkPaths {
    /// The repository (the folder with `Package.swift` and `Data/gemeenten-2024.csv`).
    var repository: String
    /// The folder for corpora, databases and the Python environment (git-ignored).
    var work: String
    /// The `kb` executable measured.
    var kb: String
    /// The `sqlite3` command-line shell.
    var sqlite3: String

    /// The law-article sentences the corpus is made of (in the repository, with its provenance in
    /// `Benchmarks/corpus/README.md`).
    var sentenceCorpus: String { "\(repository)/Benchmarks/corpus/nl-wetsartikelen-gemeenten.jsonl" }
    /// The 342 CBS municipalities (Bron: CBS), from the repository.
    var municipalities: String { "\(repository)/Data/gemeenten-2024.csv" }
    /// Snowball's Dutch vocabulary: the stemmers' word list (the tests' copy, BSD-3).
    var stemmerVocabulary: String {
        "\(repository)/Tests/KennisbankTextTests/Fixtures/snowball-dutch/dutch/voc.txt"
    }
    /// The scripts and notes of the benchmark.
    var scripts: String { "\(repository)/Benchmarks" }

    /// Finds everything, or explains what is missing and how to give it.
    static func locate(work explicitWork: String?, kb explicitKB: String?) throws -> BenchmarkPaths {
        guard let repository = findRepository() else {
            throw BenchmarkError(
                "Cannot find the Kennisbank repository (a folder with Package.swift and Data/gemeenten-2024.csv) above \(FileManager.default.currentDirectoryPath): run kb-bench from inside the repository."
            )
        }
        let paths = BenchmarkPaths(
            repository: repository,
            work: explicitWork.map(absolute) ?? "\(repository)/benchmark-work",
            kb: try explicitKB.map(absolute) ?? findKB(),
            sqlite3: ChildProcess.which("sqlite3") ?? "")
        guard FileManager.default.fileExists(atPath: paths.sentenceCorpus) else {
            throw BenchmarkError(
                "The Dutch sentence corpus is missing: expected \(paths.sentenceCorpus): is this a complete checkout?"
            )
        }
        guard FileManager.default.fileExists(atPath: paths.municipalities) else {
            throw BenchmarkError(
                "The municipality list \(paths.municipalities) is missing: is this a complete checkout?")
        }
        guard FileManager.default.isExecutableFile(atPath: paths.kb) else {
            throw BenchmarkError(
                "The kb executable \(paths.kb) is missing: build it first (swift build -c release) or give --kb PATH.")
        }
        guard !paths.sqlite3.isEmpty else {
            throw BenchmarkError("The sqlite3 command-line shell is not installed: apt-get install sqlite3.")
        }
        try FileManager.default.createDirectory(atPath: paths.work, withIntermediateDirectories: true)
        return paths
    }

    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL.path
    }

    /// The repository: above the current folder, else above this executable (in .build/…).
    private static func findRepository() -> String? {
        var starts = [FileManager.default.currentDirectoryPath]
        if let executable = Bundle.main.executablePath {
            starts.append((executable as NSString).deletingLastPathComponent)
        }
        for start in starts {
            var folder = URL(fileURLWithPath: start).standardizedFileURL
            while true {
                if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path),
                    FileManager.default.fileExists(
                        atPath: folder.appendingPathComponent("Data/gemeenten-2024.csv").path)
                {
                    return folder.path
                }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        return nil
    }

    /// `kb` beside this executable: `swift build` puts both products in one folder.
    private static func findKB() throws -> String {
        guard let executable = Bundle.main.executablePath else {
            throw BenchmarkError("Cannot tell where kb-bench runs from: give --kb PATH.")
        }
        return ((executable as NSString).deletingLastPathComponent as NSString).appendingPathComponent("kb")
    }
}

/// An error of the benchmark itself, with what to do about it.
struct BenchmarkError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
