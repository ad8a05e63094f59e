import Foundation
import PackagePlugin

/// Embeds the package's `Migrations/*.sql` and `Data/*` files into the target as Swift source.
///
/// The generated file defines `EmbeddedFiles.contents`, a dictionary from the file's path
/// relative to the package (`Migrations/0001_initial_schema.sql`) to its UTF-8 text.
@main
struct EmbedFiles: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        var inputs: [URL] = []
        for folder in ["Migrations", "Data"] {
            let url = root.appending(path: folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            for name in names.sorted() where !name.hasPrefix(".") {
                inputs.append(url.appending(path: name))
            }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        let arguments = [output.path] + inputs.map { input in
            let relative = String(input.path.dropFirst(root.path.count)).trimmingCharacters(in: ["/"])
            return "\(relative)=\(input.path)"
        }
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) files into \(target.name)",
                executable: try context.tool(named: "EmbedFilesTool").url,
                arguments: arguments,
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
