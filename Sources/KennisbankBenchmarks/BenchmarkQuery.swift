import Kennisbank

/// One of the fixed search queries, as each tool is given it.
struct BenchmarkQuery {
    /// What the query stands for (one word, phrase, rare word, filtered, …).
    var category: String
    /// The query as a person types it into `kb search`.
    var text: String
    /// The same query in FTS5's own syntax, for the baselines (which have no parser of their own:
    /// `OR`/`NOT` in English, a hyphenated word as a quoted string, no `?`).
    var fts: String
    /// Only this kind.
    var kind: EntryKind? = nil
    /// Only entries of this municipality (its CBS name).
    var municipality: String? = nil
    /// Only entries with this topic.
    var topic: String? = nil
    /// Only entries dated on or after this day.
    var since: String? = nil

    /// True when a filter applies.
    var isFiltered: Bool { kind != nil || municipality != nil || topic != nil || since != nil }

    /// The filters in words, for the report.
    var filterText: String {
        [
            kind.map { "kind \($0.rawValue)" }, municipality.map { "municipality \($0)" },
            topic.map { "topic \($0)" }, since.map { "since \($0)" },
        ].compactMap { $0 }.joined(separator: ", ")
    }

    /// The library's request for the first `limit` hits, its names resolved in `knowledgeBase`
    /// (once, as a front end does before it searches).
    func request(limit: Int, in knowledgeBase: KnowledgeBase) throws -> SearchRequest {
        SearchRequest(
            query: text,
            filter: EntryFilter(
                kinds: kind.map { [$0] } ?? [],
                municipalities: try municipality.map { [try knowledgeBase.municipality($0).id] } ?? [],
                topics: try topic.map { [try knowledgeBase.topic($0).id] } ?? [], since: since.flatMap { Day(iso: $0) }),
            limit: limit)
    }

    /// The arguments of `kb search` for this query on `database`.
    func kbArguments(database: String, limit: Int) -> [String] {
        var arguments = ["search", "--db", database, "--limit", String(limit), "--format", "json"]
        if let kind { arguments += ["--kind", kind.rawValue] }
        if let municipality { arguments += ["--municipality", municipality] }
        if let topic { arguments += ["--topic", topic] }
        if let since { arguments += ["--since", since] }
        return arguments + [text]
    }

    /// The SQL conditions of the filters on the plain table `alias` (topics as a JSON array),
    /// with one `?` each, and their values.
    func plainConditions(alias: String) -> [(sql: String, value: String)] {
        var conditions: [(String, String)] = []
        if let kind { conditions.append(("\(alias).kind = ?", kind.rawValue)) }
        if let municipality { conditions.append(("\(alias).municipality = ?", municipality)) }
        if let topic { conditions.append(("EXISTS (SELECT 1 FROM json_each(\(alias).topics) WHERE value = ?)", topic)) }
        if let since { conditions.append(("\(alias).date >= ?", since)) }
        return conditions
    }

    /// The SQL conditions of the filters on Kennisbank's schema (`e` entry, `m` municipality), for
    /// the search breakdown, with one `?` each, and their values.
    func kennisbankConditions() -> [(sql: String, value: String)] {
        var conditions: [(String, String)] = []
        if let kind { conditions.append(("e.kind = ?", kind.rawValue)) }
        if let municipality { conditions.append(("m.name = ?", municipality)) }
        if let topic {
            conditions.append(
                (
                    "EXISTS (SELECT 1 FROM entry_topic et JOIN topic t ON t.id = et.topic_id WHERE et.entry_id = e.id AND t.label = ?)",
                    topic
                ))
        }
        if let since { conditions.append(("e.date >= ?", since)) }
        return conditions
    }

    /// The 30 queries, the same in every run: one word and several, phrases, prefixes, OR and NOT,
    /// rare and very common words, without and with filters.
    static let fixedSet: [BenchmarkQuery] = [
        BenchmarkQuery(category: "one word, very common", text: "gemeente", fts: "gemeente"),
        BenchmarkQuery(category: "one word, common", text: "raad", fts: "raad"),
        BenchmarkQuery(category: "one word, in titles", text: "vrijwilligers", fts: "vrijwilligers"),
        BenchmarkQuery(category: "one word, in titles", text: "woningcorporatie", fts: "woningcorporatie"),
        BenchmarkQuery(category: "one word, rare", text: "geloofsbrief", fts: "geloofsbrief"),
        BenchmarkQuery(category: "one word, rare", text: "schadeloosstelling", fts: "schadeloosstelling"),
        BenchmarkQuery(category: "one word, a municipality", text: "Deventer", fts: "Deventer"),
        BenchmarkQuery(category: "one word, typed without diacritics", text: "financiele", fts: "financiele"),
        BenchmarkQuery(category: "one word, rarest subject", text: "zwembad", fts: "zwembad"),
        BenchmarkQuery(category: "one word, no hit", text: "kinderboerderij", fts: "kinderboerderij"),
        BenchmarkQuery(category: "several words", text: "buurthuis vrijwilligers", fts: "buurthuis vrijwilligers"),
        BenchmarkQuery(
            category: "several words, very common", text: "college burgemeester wethouders",
            fts: "college burgemeester wethouders"),
        BenchmarkQuery(
            category: "several words", text: "wantrouwen bewoners gemeente", fts: "wantrouwen bewoners gemeente"),
        BenchmarkQuery(
            category: "several words, rare", text: "toegelaten instelling jaarverslag",
            fts: "toegelaten instelling jaarverslag"),
        BenchmarkQuery(category: "several words, punctuation", text: "wat werkt?", fts: "wat werkt"),
        BenchmarkQuery(
            category: "phrase, very common", text: "\"college van burgemeester en wethouders\"",
            fts: "\"college van burgemeester en wethouders\""),
        BenchmarkQuery(category: "phrase", text: "\"ruimte voor anders\"", fts: "\"ruimte voor anders\""),
        BenchmarkQuery(
            category: "phrase", text: "\"algemene maatregel van bestuur\"", fts: "\"algemene maatregel van bestuur\""),
        BenchmarkQuery(category: "prefix", text: "vrijwillig*", fts: "vrijwillig*"),
        BenchmarkQuery(category: "prefix", text: "woon*", fts: "woon*"),
        BenchmarkQuery(category: "prefix, very common", text: "gemeent*", fts: "gemeent*"),
        BenchmarkQuery(category: "OR", text: "dorpshuis OF buurthuis", fts: "dorpshuis OR buurthuis"),
        BenchmarkQuery(category: "NOT", text: "raad -college", fts: "raad NOT college"),
        BenchmarkQuery(category: "hyphenated word", text: "co-creatie", fts: "\"co-creatie\""),
        BenchmarkQuery(category: "filter: kind", text: "gemeente", fts: "gemeente", kind: .tip),
        BenchmarkQuery(category: "filter: topic", text: "proces", fts: "proces", topic: "Transparantie"),
        BenchmarkQuery(category: "filter: municipality", text: "subsidie", fts: "subsidie", municipality: "Deventer"),
        BenchmarkQuery(
            category: "filter: kind and date, phrase", text: "\"college van burgemeester en wethouders\"",
            fts: "\"college van burgemeester en wethouders\"", kind: .obstacle, since: "2020-01-01"),
        BenchmarkQuery(
            category: "filter: kind and municipality", text: "vrijwilligers", fts: "vrijwilligers", kind: .example,
            municipality: "Amsterdam"),
        BenchmarkQuery(category: "filter: topic, prefix", text: "woon*", fts: "woon*", topic: "Vastgoed"),
    ]
}
