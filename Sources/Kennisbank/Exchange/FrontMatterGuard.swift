/// Checks YAML front matter for the shapes a note never needs and a hostile file uses, before
/// Yams parses it: anchors and aliases (`&a`, `*a`, which can make a small file expand
/// exponentially) and deep nesting (which Yams composes recursively).
///
/// Front matter is a flat list of fields whose values are texts or lists of texts; this is not
/// a YAML parser, only a bound on what is handed to one. It follows quoted scalars so that
/// `title: 'R&D *nu*'` passes.
enum FrontMatterGuard {
    /// The deepest flow nesting (`[`, `{`) allowed.
    static let maximumFlowDepth = 4
    /// The most block sequence indicators (`- - x`) allowed at the start of one line.
    static let maximumDashes = 3
    /// The deepest indentation allowed, in columns.
    static let maximumIndentation = 24

    /// The first problem found, with its line number within the front matter (from 1); nil when it is fine.
    static func problem(in frontMatter: String) -> (line: Int, problem: KennisbankError.FrontMatterProblem)? {
        var depth = 0
        for (index, line) in frontMatter.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let scalars = Array(line.unicodeScalars)
            var position = 0
            while position < scalars.count, scalars[position] == " " { position += 1 }
            if position > maximumIndentation {
                return (number, .indentedTooDeep(columns: maximumIndentation))
            }
            var dashes = 0
            var tokenStart = true
            var quote: Unicode.Scalar?
            while position < scalars.count {
                let scalar = scalars[position]
                defer { position += 1 }
                if let open = quote {
                    if scalar == "\\", open == "\"" {
                        position += 1
                    } else if scalar == open {
                        if open == "'", position + 1 < scalars.count, scalars[position + 1] == "'" {
                            position += 1
                        } else {
                            quote = nil
                        }
                    }
                    continue
                }
                let next = position + 1 < scalars.count ? scalars[position + 1] : " "
                let separated = next == " " || next == "\t"
                if scalar == " " || scalar == "\t" {
                    continue
                } else if scalar == "#", tokenStart {
                    position = scalars.count
                    continue
                } else if scalar == "'" || scalar == "\"", tokenStart {
                    quote = scalar
                } else if scalar == "&" || scalar == "*", tokenStart {
                    return (number, .anchorOrAlias(symbol: String(scalar)))
                } else if scalar == "[" || scalar == "{", tokenStart || depth > 0 {
                    depth += 1
                    if depth > maximumFlowDepth {
                        return (number, .nestedTooDeep(levels: maximumFlowDepth))
                    }
                    tokenStart = true
                    continue
                } else if scalar == "]" || scalar == "}", depth > 0 {
                    depth -= 1
                } else if scalar == ",", depth > 0 {
                    tokenStart = true
                    continue
                } else if scalar == "-" || scalar == "?", tokenStart, separated {
                    dashes += 1
                    if dashes > maximumDashes {
                        return (number, .nestedTooDeep(levels: maximumDashes))
                    }
                    continue
                } else if scalar == ":", separated || position + 1 == scalars.count {
                    tokenStart = true
                    continue
                }
                tokenStart = false
            }
        }
        return nil
    }
}
