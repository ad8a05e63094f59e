import Foundation
import XCTest

/// No sentence a person reads is written in the Swift of `kb`'s commands, options, help and
/// error wording: every one comes from the catalog.
final class UserFacingLiteralTests: XCTestCase {
    /// The sources the rule covers. (`Sources/kb/Output/` writes HTML and CSS besides words; its
    /// words come from the catalog too, checked by the tests of each format.)
    private static let scanned = [
        "Sources/kb/Commands", "Sources/kb/Options", "Sources/kb/Help", "Sources/kb/Language", "Sources/kb/Editing",
        "Sources/kb/Manual", "Sources/kb/KB.swift", "Sources/kb/Interface.swift", "Sources/kb/CommandLineError.swift",
        "Sources/KennisbankFrontEnd", "Sources/KennisbankFrontEnd/Wording",
    ]

    /// Files of code in another language, whose literals are that code: the completion scripts
    /// (shell) and the man page (roff), both made from the parser's description and the catalog.
    private static let otherLanguages: Set<String> = ["CompletionScript.swift", "ManualPage.swift"]

    /// Literals that look like words for people but are not: data, option names, a prompt.
    private static let allowed: Set<String> = [
        "Bron: CBS",  // the registry's attribution value, compared, not shown
        "-h, --help",  // option names
        "$ kb ",  // the demo's shell prompt
        "KENNISBANK_LANG", "KENNISBANK_AUTHOR", "LOGNAME", "USER",  // environment variables
        "ParserError",  // the argument parser's type name, matched
        "Europe/Amsterdam", "yyyy-MM-dd HH:mm",  // a time zone and a date format
        // The demo's sample data, Dutch content in either language.
        "Vertrouwen", "Participatie", "Testerveen", "Voorbeeldstad", "Dorpsraad schuift aan bij de begroting",
        "Voorbeelddata Kennisbank (fictief)",
        "Twee keer per jaar bespreekt de dorpsraad de begroting met de wethouder, met alle cijfers op tafel.",
    ]

    private static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// A literal a person would read: letters, and a space or a capital at its start. Single
    /// lowercase words are names (catalog keys, commands, options, JSON keys, formats).
    static func isWording(_ literal: String) -> Bool {
        guard literal.contains(where: \.isLetter), !allowed.contains(literal) else { return false }
        // An environment variable (`KENNISBANK_DB`, `EDITOR`) is a name.
        if literal.allSatisfy({ ($0.isASCII && ($0.isUppercase || $0.isNumber)) || $0 == "_" }) { return false }
        return literal.contains(" ") || literal.first?.isUppercase == true
    }

    /// The string literals of `source`, without their interpolations and escapes, skipping comments.
    static func literals(in source: String) -> [String] {
        var found: [String] = []
        var characters = Array(source)[...]
        while let first = characters.first {
            if characters.starts(with: "//") {
                characters = characters.drop { $0 != "\n" }
            } else if characters.starts(with: "\"\"\"") {
                characters = characters.dropFirst(3)
                var text = ""
                while !characters.isEmpty, !characters.starts(with: "\"\"\"") {
                    text.append(characters.removeFirst())
                }
                characters = characters.dropFirst(3)
                found.append(text)
            } else if first == "\"" {
                characters = characters.dropFirst()
                var text = ""
                var depth = 0
                while let next = characters.first, depth > 0 || (next != "\"" && next != "\n") {
                    characters = characters.dropFirst()
                    if next == "\\", let escaped = characters.first {
                        characters = characters.dropFirst()
                        if escaped == "(" { depth += 1 }
                        continue
                    }
                    if depth > 0 {
                        if next == "(" { depth += 1 }
                        if next == ")" { depth -= 1 }
                        continue
                    }
                    text.append(next)
                }
                characters = characters.dropFirst()
                found.append(text)
            } else {
                characters = characters.dropFirst()
            }
        }
        return found
    }

    func testTheScannerFindsLiteralsAndSkipsComments() {
        let source = """
            // "Not this: a comment"
            let a = "Removed \\(entry.id) “\\(title)”." + "key.name"
            let b = \"\"\"
                A long text
                \"\"\"
            """
        XCTAssertEqual(Self.literals(in: source), ["Removed  “”.", "key.name", "\n    A long text\n    "])
        XCTAssertEqual(Self.literals(in: source).filter(Self.isWording), ["Removed  “”.", "\n    A long text\n    "])
    }

    func testNoUserFacingLiteralIsLeftInTheCommands() throws {
        var files: [URL] = []
        for path in Self.scanned {
            let url = Self.root.appendingPathComponent(path)
            if path.hasSuffix(".swift") {
                files.append(url)
            } else {
                let names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter {
                    $0.hasSuffix(".swift") && !Self.otherLanguages.contains($0)
                }
                files += names.map { url.appendingPathComponent($0) }
            }
        }
        XCTAssertGreaterThan(files.count, 20)
        for file in files {
            let wording = Self.literals(in: try String(contentsOf: file, encoding: .utf8)).filter(Self.isWording)
            XCTAssertEqual(wording, [], "\(file.lastPathComponent): put these texts in Catalog/en and Catalog/nl")
        }
    }
}
