import ArgumentParser
import Foundation
import Kennisbank

/// `kb demo`: the three jobs on a temporary knowledge base with the sample network.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract:
            "Show the three jobs — tips by topic, adding a practice example, comparing obstacles — on sample data.",
        discussion: """
            Runs real kb commands on a temporary knowledge base loaded with the sample network \
            (fictional municipalities), printing each command before its output. It needs no setup, \
            does not touch your own knowledge base and removes the temporary one when done.
            """)

    /// One step: why, and the command line as a person would type it.
    struct Step {
        var heading: String
        var arguments: [String]
    }

    /// The steps, in order.
    static let steps: [Step] = [
        Step(
            heading:
                "A knowledge base with the sample network: the meeting report of 21 May 2015 and five fictional municipalities.",
            arguments: ["init", "--sample"]),
        Step(
            heading: "1. Search tips by topic: what helps against distrust between residents and the council?",
            arguments: ["tips", "vertrouwen", "--topic", "Vertrouwen", "--limit", "5"]),
        Step(
            heading: "2. Add a practice example: Testerveen records what it did, linked to the obstacle it addresses.",
            arguments: [
                "add", "example", "--municipality", "Testerveen", "--title", "Dorpsraad schuift aan bij de begroting",
                "--topic", "Vertrouwen", "--topic", "Participatie", "--source", "Voorbeelddata Kennisbank (fictief)",
                "--body",
                "Twee keer per jaar bespreekt de dorpsraad de begroting met de wethouder, met alle cijfers op tafel.",
                "--addresses", "076d5922",
            ]),
        Step(heading: "   The obstacle now shows who addresses it:", arguments: ["show", "076d5922"]),
        Step(
            heading:
                "3. Compare obstacles across municipalities: what do Voorbeeldstad and Testerveen share, and who can help?",
            arguments: ["compare", "--municipality", "Voorbeeldstad", "--municipality", "Testerveen"]),
        Step(
            heading: "   And for one municipality: who has already overcome what Testerveen faces?",
            arguments: ["compare", "--municipality", "Testerveen", "--topic", "Vertrouwen", "--show", "help"]),
    ]

    func run() throws {
        let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("kb-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let database = (folder as NSString).appendingPathComponent("demo.sqlite")

        Terminal.say(
            "kb demo — on a temporary knowledge base, removed afterwards. Your own knowledge base is not touched.")
        for step in Self.steps {
            Terminal.say("\n" + step.heading)
            Terminal.say("$ kb " + step.arguments.map(Self.shellQuoted).joined(separator: " "))
            var command = try KB.parseAsRoot(step.arguments + ["--db", database])
            try command.run()
        }
        Terminal.say(
            "\nTry it on your own knowledge base: kb init --sample, then kb tips, kb add, kb compare (kb help COMMAND tells more)."
        )
    }

    /// `word`, or `'two words'` for the shell.
    static func shellQuoted(_ argument: String) -> String {
        let plain = argument.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) || "-_./:,@%+=".unicodeScalars.contains($0)
        }
        return plain && !argument.isEmpty ? argument : "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
