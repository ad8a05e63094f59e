/// Stem overrides: folded words whose index term is fixed instead of computed by the stemmer.
///
/// Like the stem-override dictionaries of Lucene's and Elasticsearch's Dutch analyzers, this
/// corrects the Snowball algorithms where they hurt this domain. The analyzer consults it
/// before the stemmer. Keys and values are folded (lower case, no diacritics). The list is
/// meant to be tuned from the relevance test set; keep it a plain dictionary, one group per
/// line with the reason.
package enum StemOverrides {
    /// Overrides for the municipal domain (voorzieningen, vastgoed, participatie).
    package static let dutchDomain: [String: String] = [
        // The current Snowball algorithm stems `gemeente` like `mening`: keep the
        // municipality apart from opinions, and its plural with it.
        "gemeente": "gemeente", "gemeenten": "gemeente",
        // The adjective of `gemeente`; kept apart from `gemeen` (mean, common).
        "gemeentelijk": "gemeentelijk", "gemeentelijke": "gemeentelijk",
        // `mening` (opinion) must not collide with `gemeente` (see above).
        "mening": "mening", "meningen": "mening",
        // The current algorithm stems `gebied` (area) like `bieden` (to offer).
        "gebied": "gebied", "gebieden": "gebied",
        // The older algorithm keeps `buurthuizen` apart from `buurthuis` (z/s alternation).
        "buurthuis": "buurthuis", "buurthuizen": "buurthuis",
        // Same z/s alternation as `buurthuis`.
        "dorpshuis": "dorpshuis", "dorpshuizen": "dorpshuis",
        // Plural with -s; one term for the grant whatever the stemmer does with `subsidie`.
        "subsidie": "subsidie", "subsidies": "subsidie",
        // The current algorithm stems `initiatief` to `initieer` but `initiatieven` to
        // `initiatief`: singular and plural fell apart (relevance query `initiatieven`).
        "initiatief": "initiatief", "initiatieven": "initiatief",
        // `zwembaden` gave `zwembaad`, apart from `zwembad` (relevance query `zwembaden`).
        "zwembad": "zwembad", "zwembaden": "zwembad",
        // `gebouw` was stemmed like `bouwen` (to build) by the `ge-` rule (relevance query `gebouw`).
        "gebouw": "gebouw", "gebouwen": "gebouw",
        // The diminutive `buurtje` was stemmed like `buren` (neighbours), not like `buurt`
        // (relevance queries `buurtje`, `buurt`).
        "buurtje": "buurt", "buurtjes": "buurt",
        // `eigenaar` (owner) was stemmed like `eigen` (own): "hoe worden burgers eigenaar?".
        "eigenaar": "eigenaar", "eigenaars": "eigenaar", "eigenaren": "eigenaar",
        // `gezond` (healthy) was stemmed like `zon` (sun) by the `ge-` rule.
        "gezond": "gezond", "gezonde": "gezond", "gezondheid": "gezondheid",
        // `gelden` (funds) was stemmed like `gel`; keep it with `geld`.
        "geld": "geld", "gelden": "geld",
        // With its `ge` kept (GePrefix), the inflected `gewone` must still meet `gewoon`.
        "gewone": "gewoon",
        // `gemeenteraad` lost its `ge-` (`meenteraad`); keep the council whole.
        "gemeenteraad": "gemeenteraad", "gemeenteraden": "gemeenteraad",
    ]
}
