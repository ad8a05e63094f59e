import Foundation

extension Day {
    /// A stretch of days a person names: one day (`30-11-2026`, `30 november 2026`) or a whole
    /// month (`nov 2026`, `november 2026`).
    public struct Period: Hashable, Sendable {
        /// The first day of the period.
        public let first: Day
        /// The last day of the period (the same as ``first`` for one day).
        public let last: Day

        /// The one day `day`.
        public init(day: Day) {
            first = day
            last = day
        }

        /// The whole month `month` of `year`, or nil when there is no such month.
        public init?(year: Int, month: Int) {
            guard let day = Day(year: year, month: month, day: 1) else { return nil }
            first = day
            last = day.lastOfMonth
        }

        /// Reads a day as ``Day/init(parsing:)`` does, also with a Dutch (or English) month
        /// name, written out or abbreviated (`30 november 2026`, `30 nov. 2026`), or a month
        /// (`nov 2026`, `november 2026`). Case and surrounding spaces are ignored; nil otherwise.
        public init?(parsing text: some StringProtocol) {
            if let day = Day(numeric: text) {
                self.init(day: day)
                return
            }
            let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard (2...3).contains(words.count), let year = Day.digits(words[words.count - 1], upTo: 4),
                words[words.count - 1].count == 4,
                let month = Day.month(named: words[words.count - 2])
            else { return nil }
            if words.count == 2 {
                self.init(year: year, month: month)
            } else {
                guard let dayOfMonth = Day.digits(words[0], upTo: 2),
                    let day = Day(year: year, month: month, day: dayOfMonth)
                else { return nil }
                self.init(day: day)
            }
        }

        /// Whether the period is a whole month rather than one day.
        public var isMonth: Bool { first != last }
    }

    /// The month a name stands for: Dutch or English, written out or abbreviated to at least
    /// three letters, with or without a final dot (`november`, `nov`, `nov.`, `mrt`, `okt`).
    static func month(named name: some StringProtocol) -> Int? {
        let word = name.hasSuffix(".") ? name.dropLast() : name[...]
        guard word.count >= 3 else { return nil }
        let names: [[String]] = [
            ["januari", "january"], ["februari", "february"], ["maart", "march", "mrt"], ["april"], ["mei", "may"],
            ["juni", "june"], ["juli", "july"], ["augustus", "august"], ["september", "sept"],
            ["oktober", "october", "okt"], ["november"], ["december"],
        ]
        for (index, spellings) in names.enumerated()
        where spellings.contains(where: { $0 == word || ($0.count > 3 && $0.hasPrefix(word) && word.count >= 3) }) {
            return index + 1
        }
        return nil
    }

    /// The number `text` writes in at most `limit` ASCII digits, or nil.
    static func digits(_ text: some StringProtocol, upTo limit: Int) -> Int? {
        guard !text.isEmpty, text.count <= limit, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
}
