import Foundation
import PackagePlugin

/// Embeds package files into a target as Swift source, so that a binary copied alone still
/// carries them.
///
/// - `Kennisbank` gets `Migrations/*.sql` and `Data/*` as `EmbeddedFiles.contents`: a dictionary
///   from the file's path relative to the package (`Migrations/0001_initial_schema.sql`) to its
///   UTF-8 text; also the built-in thesaurus, `Data/synonyms.yaml`, read at build time into
///   `EmbeddedThesaurus.groups` (so that a search does not parse YAML at start-up).
/// - `KennisbankFrontEnd` gets the language catalogs `Catalog/<language>/*.yaml` as
///   `EmbeddedCatalogs.texts`: language code → flattened key (`error.unknownEntry`) → text. The
///   files of one language (one per area: `errors.yaml`, `help.yaml`, …) form one catalog. SwiftPM
///   asks a plugin for its commands again when the package changes: after adding a catalog file,
///   `touch Package.swift`.
/// - `KennisbankWeb` gets the web's templates and static files, `Web/templates/*.mustache` and
///   `Web/static/*`, as `EmbeddedFiles.contents` (`Web/templates/page.mustache` → its text).
/// - `KennisbankText` gets the decompounder's word list, `Dictionary/*.txt`, as
///   `EmbeddedFiles.contents` (`Dictionary/nl-words.txt` → its text), and its number of lines as
///   `EmbeddedLineCounts.counts` (so that start-up does not count 4.4 MB of words).
@main
struct EmbedFiles: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let catalogs = target.name == "KennisbankFrontEnd"
        let dictionary = target.name == "KennisbankText"
        var inputs: [URL] = []
        let folders =
            catalogs
            ? Self.languageFolders(root)
            : target.name == "KennisbankWeb"
                ? ["Web/templates", "Web/static"] : dictionary ? ["Dictionary"] : ["Migrations", "Data"]
        for folder in folders {
            let url = root.appending(path: folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for name in names.sorted()
            where !name.hasPrefix(".") && (!catalogs || name.hasSuffix(".yaml"))
                && (!dictionary || name.hasSuffix(".txt"))
            {
                inputs.append(url.appending(path: name))
            }
        }
        let output = context.pluginWorkDirectoryURL.appending(
            path: catalogs ? "EmbeddedCatalogs.swift" : "EmbeddedFiles.swift")
        let pairs = inputs.map { input in
            let relative = String(input.path.dropFirst(root.path.count)).trimmingCharacters(in: ["/"])
            return "\(relative)=\(input.path)"
        }
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) files into \(target.name)",
                executable: try context.tool(named: "EmbedFilesTool").url,
                arguments: [catalogs ? "--catalogs" : "--files", output.path] + pairs,
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    /// `Catalog/nl`, `Catalog/en`, …: the folders of `Catalog/`, one per language.
    private static func languageFolders(_ root: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appending(path: "Catalog").path)) ?? []
        return names.sorted().filter { !$0.hasPrefix(".") && !$0.contains(".") }.map { "Catalog/" + $0 }
    }
}
