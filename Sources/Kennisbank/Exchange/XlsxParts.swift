import XMLCoder

/// The parts of an Excel workbook (.xlsx, Office Open XML) that ``XlsxReader`` reads, as
/// XMLCoder decodes them: attributes and child elements are both keys; an element's text is
/// the key `""`.
enum XlsxParts {
    /// `xl/workbook.xml`: the sheets, in order, and the date system.
    struct Workbook: Decodable {
        struct Properties: Decodable {
            var date1904: String?
        }
        struct Sheets: Decodable {
            var sheet: [Sheet]
        }
        struct Sheet: Decodable {
            var name: String?
            var relationship: String

            enum CodingKeys: String, CodingKey {
                case name
                case relationship = "r:id"
            }
        }
        var workbookPr: Properties?
        var sheets: Sheets
    }

    /// `xl/_rels/workbook.xml.rels`: where each part of the workbook is.
    struct Relationships: Decodable {
        struct Relationship: Decodable {
            var id: String
            var target: String

            enum CodingKeys: String, CodingKey {
                case id = "Id"
                case target = "Target"
            }
        }
        var relationship: [Relationship]

        enum CodingKeys: String, CodingKey {
            case relationship = "Relationship"
        }
    }

    /// Text in a `<t>` element (empty when the element is).
    struct Text: Decodable {
        var value: String

        enum CodingKeys: String, CodingKey {
            case value = ""
        }

        init(from decoder: any Decoder) throws {
            let container = try? decoder.container(keyedBy: CodingKeys.self)
            value = (try? container?.decodeIfPresent(String.self, forKey: .value)) ?? ""
        }
    }

    /// A string: plain (`<t>`) or rich text runs (`<r><t>`); phonetic runs are not text.
    struct StringItem: Decodable {
        struct Run: Decodable {
            var t: Text?
        }
        var t: Text?
        var r: [Run]?

        /// The string's text.
        var text: String {
            (t?.value ?? "") + (r ?? []).map { $0.t?.value ?? "" }.joined()
        }
    }

    /// `xl/sharedStrings.xml`.
    struct SharedStrings: Decodable {
        var si: [StringItem]?
    }

    /// `xl/styles.xml`: the number formats of the cell styles (dates among them).
    struct Styles: Decodable {
        struct NumberFormats: Decodable {
            var numFmt: [NumberFormat]?
        }
        struct NumberFormat: Decodable {
            var numFmtId: String
            var formatCode: String?
        }
        struct CellFormats: Decodable {
            var xf: [CellFormat]?
        }
        struct CellFormat: Decodable {
            var numFmtId: String?
        }
        var numFmts: NumberFormats?
        var cellXfs: CellFormats?
    }

    /// A worksheet: its rows of cells.
    struct Worksheet: Decodable {
        struct SheetData: Decodable {
            var row: [Row]?
        }
        struct Row: Decodable {
            var r: String?
            var c: [Cell]?
        }
        struct Cell: Decodable {
            /// The reference, like `B3`.
            var r: String?
            /// The style's index in `cellXfs`.
            var s: String?
            /// The type: `s` shared string, `inlineStr`, `str` formula text, `b`, `e`, `d`, or a number.
            var t: String?
            var v: Text?
            var `is`: StringItem?
        }
        var sheetData: SheetData?
    }

    /// A decoder for these parts.
    static func decoder() -> XMLDecoder {
        XMLDecoder(trimValueWhitespaces: false, removeWhitespaceElements: true)
    }
}
