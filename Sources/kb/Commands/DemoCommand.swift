import ArgumentParser
import Foundation
import Kennisbank
import KennisbankFrontEnd

/// `kb demo`: the three jobs on a temporary knowledge base with the sample network.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo")

    /// One step: why (the catalog key of its heading), and the command line as a person would type it.
    struct Step {
        var heading: String
        var arguments: [String]
    }

    /// The steps, in order.
    static let steps: [Step] = [
        Step(
            heading: "command.demo.step.sample",
            arguments: ["init", "--sample"]),
        Step(
            heading: "command.demo.step.tips",
            arguments: ["tips", "vertrouwen", "--topic", "Vertrouwen", "--limit", "5"]),
        Step(
            heading: "command.demo.step.add",
            arguments: [
                "add", "example", "--municipality", "Testerveen", "--title", "Dorpsraad schuift aan bij de begroting",
                "--topic", "Vertrouwen", "--topic", "Participatie", "--source", "Voorbeelddata Kennisbank (fictief)",
                "--body",
                "Twee keer per jaar bespreekt de dorpsraad de begroting met de wethouder, met alle cijfers op tafel.",
                "--addresses", "076d5922",
            ]),
        Step(heading: "command.demo.step.show", arguments: ["show", "076d5922"]),
        Step(
            heading: "command.demo.step.compare",
            arguments: ["compare", "--municipality", "Voorbeeldstad", "--municipality", "Testerveen"]),
        Step(
            heading: "command.demo.step.help",
            arguments: ["compare", "--municipality", "Testerveen", "--topic", "Vertrouwen", "--show", "help"]),
        Step(
            heading: "command.demo.step.visits",
            arguments: ["visits", "suggest", "--municipality", "Testerveen", "--limit", "3"]),
    ]

    func run() throws {
        let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("kb-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let database = (folder as NSString).appendingPathComponent("demo.sqlite")

        let catalog = Interface.catalog
        Terminal.say(catalog.text("command.demo.intro"))
        for step in Self.steps {
            Terminal.say("\n" + catalog.text(step.heading))
            Terminal.say("$ kb " + step.arguments.map(Self.shellQuoted).joined(separator: " "))
            var command = try KB.parseAsRoot(step.arguments + ["--db", database])
            try command.run()
        }
        Terminal.say("\n" + catalog.text("command.demo.end"))
    }

    /// `word`, or `'two words'` for the shell.
    static func shellQuoted(_ argument: String) -> String {
        let plain = argument.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) || "-_./:,@%+=".unicodeScalars.contains($0)
        }
        return plain && !argument.isEmpty ? argument : "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
