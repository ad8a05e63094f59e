import KennisbankText
import XCTest

/// The decompounder: compounds split into known words, with linking morphemes; words that must
/// stay whole stay whole; the split depends on the word list only.
final class DecompounderTests: XCTestCase {
    let decompounder = Decompounder.standard

    func testTheBundledWordListIsLoaded() {
        XCTAssertEqual(WordList.bundled.count, 347_324, "Dictionary/nl-words.txt, one word per line")
        XCTAssertTrue(WordList.bundled.contains("gemeenteraad"))
        XCTAssertFalse(WordList.bundled.contains("buurthuisbeheer"))
        XCTAssertFalse(WordList.bundled.contains("raa"))
    }

    /// A word longer than the index keeps is never split: the split's cost grows with the cube of
    /// the length, and a generated long word held the search fuzz test for minutes.
    func testAWordLongerThanTheIndexKeepsIsNotSplit() {
        XCTAssertEqual(decompounder.parts(of: "gemeenteraadsvergadering"), ["gemeente", "raadsvergadering"])
        XCTAssertEqual(decompounder.parts(of: String(repeating: "gemeenteraad", count: 1_000)), [])
    }

    func testSplitsCompoundsIntoKnownWords() {
        let expected: KeyValuePairs<String, [String]> = [
            "gemeenteraad": ["gemeente", "raad"],
            "buurthuisbeheer": ["buurthuis", "beheer"],
            "burgerparticipatie": ["burger", "participatie"],
            "energielasten": ["energie", "lasten"],
            "zelfbeheer": ["zelf", "beheer"],
            "wijkcentrum": ["wijk", "centrum"],
            "buurthuis": ["buurt", "huis"],
            "gemeentehuis": ["gemeente", "huis"],
            "buitengebied": ["buiten", "gebied"],
        ]
        for (word, parts) in expected {
            XCTAssertEqual(decompounder.parts(of: word), parts, word)
        }
    }

    func testLinkingMorphemesJoinParts() {
        let small = Decompounder(words: WordList(text: "boek\nkast\nraad\nverkiezing\n"), keepWhole: [], neverAlone: [])
        XCTAssertEqual(small.parts(of: "boekkast"), ["boek", "kast"])
        XCTAssertEqual(small.parts(of: "boekskast"), ["boek", "kast"])
        XCTAssertEqual(small.parts(of: "boekekast"), ["boek", "kast"])
        XCTAssertEqual(small.parts(of: "boekenkast"), ["boek", "kast"])
        XCTAssertEqual(small.parts(of: "raadsverkiezing"), ["raad", "verkiezing"])
        XCTAssertEqual(small.parts(of: "boekxkast"), [], "only s, e and en link parts")
        XCTAssertEqual(small.parts(of: "boekenenkast"), [])
        XCTAssertEqual(small.parts(of: "boekskastraad"), ["boek", "kast", "raad"])
        XCTAssertEqual(Decompounder.standard.parts(of: "persoonsgegevens"), ["persoon", "gegevens"])
    }

    func testTheLongestHeadWins() {
        // Both `kandidaats|telling` and `kandidaat|stelling` are known words; the head decides.
        XCTAssertEqual(decompounder.parts(of: "kandidaatstelling"), ["kandidaat", "stelling"])
    }

    func testWordsThatMustNotSplitStayWhole() {
        for word in [
            "voorraad", "voorraden", "bezorgd", "gebouw", "gemeentelijk", "gemeenschappelijk", "samenwerking",
            "overdracht", "bestuur", "vergadering", "betrekking", "diensten", "herindeling", "voorstellen",
            "algemeen", "burgemeester", "noodzakelijk", "handhaven", "openbaar",
        ] {
            XCTAssertEqual(decompounder.parts(of: word), [], word)
        }
    }

    func testPartsAreAtLeastFourLettersAndNeverAParticle() {
        let small = Decompounder(words: WordList(text: "dak\ngoot\nvoor\nraad\n"), keepWhole: [], neverAlone: ["voor"])
        XCTAssertEqual(small.parts(of: "dakgoot"), [], "dak has three letters")
        XCTAssertEqual(small.parts(of: "voorraad"), [], "voor never stands alone")
        XCTAssertEqual(
            Decompounder(words: WordList(text: "voor\nraad\n"), keepWhole: [], neverAlone: []).parts(of: "voorraad"),
            ["voor", "raad"])
    }

    func testOnlyFoldedLettersSplit() {
        XCTAssertEqual(decompounder.parts(of: "Gemeenteraad"), [])
        XCTAssertEqual(decompounder.parts(of: "gemeenteraad2024"), [])
        XCTAssertEqual(decompounder.parts(of: "raad"), [])
        XCTAssertEqual(decompounder.parts(of: ""), [])
    }

    /// The split depends on the word list only, not on the order of its lines.
    func testTheSplitDoesNotDependOnTheListsOrder() {
        let words = ["gemeente", "raad", "gemeenteraad", "buurt", "huis", "buurthuis", "beheer", "dorps", "dorp"]
        let forward = Decompounder(words: WordList(text: words.joined(separator: "\n")))
        let backward = Decompounder(words: WordList(text: words.reversed().joined(separator: "\n") + "\n\nraad\n"))
        for word in ["gemeenteraad", "buurthuisbeheer", "dorpshuis", "buurthuis", "dorpsbeheer"] {
            XCTAssertEqual(forward.parts(of: word), backward.parts(of: word), word)
            XCTAssertFalse(forward.parts(of: word).isEmpty, word)
        }
        XCTAssertEqual(forward.parts(of: "buurthuisbeheer"), ["buurthuis", "beheer"])
    }
}
