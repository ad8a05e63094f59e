/// The curated exceptions of the ``Decompounder``, reviewed by hand: words that must not split,
/// and known words that are never a part of a compound.
///
/// The word list holds compounds and non-compounds alike (`gemeenteraad` and `voorraad` are both
/// in it). Keys are folded (lower case, no diacritics). One group per line, with the reason; tune
/// them from the relevance set and from what `kb analyze` shows.
package enum CompoundExceptions {
    /// Folded words that keep their meaning only whole, with their inflected forms.
    package static let keepWhole: Set<String> = [
        // A stock, not a council "for" something (voor + raad).
        "voorraad", "voorraden",
        // Worried: be- + zorgd; and the care words built like it.
        "bezorgd", "bezorgde", "bezorgdheid",
        // A building, not ge- + bouw (the ge- words are too short to split anyway; listed for the record).
        "gebouw", "gebouwen",
        // A board is not best + uur; a meeting is not verga + dering.
        "bestuur", "besturen", "bestuurder", "bestuurders", "vergadering", "vergaderingen",
        // Words whose parts exist but whose meaning is not theirs.
        "aandacht", "rekening", "rekeningen", "verkeer", "vertrouwen", "wantrouwen", "eigenaar", "eigenaren",
        "eigenaars", "evenement", "evenementen", "bijeenkomst", "bijeenkomsten", "verantwoordelijk",
        "verantwoordelijke", "verantwoordelijkheid", "onderneming", "ondernemer", "ondernemers",
        "vrijwilliger", "vrijwilligers", "vrijwilligerswerk", "kinderen", "wethouder", "wethouders",
        "ambtenaar", "ambtenaren", "beleid", "inwoners", "bewoners", "betrokken", "betrokkenheid",
        "noodzakelijk", "noodzakelijke", "rechtstreeks", "rechtstreekse", "veertiende", "evenwicht",
        "achteraf", "grotendeels", "waarborg", "waarborgen", "handhaven", "handhaving", "huisvesting",
        "huishouding", "echtgenoot", "echtgenote", "goedkoper", "waarborging",
    ]

    /// Known words that are never a part: particles and prepositions that also start verbs and
    /// nouns (`voor`, `over`, `door`, …), and the suffixes that are words of their own too
    /// (`lijk`, `heid`, `baar`, `schap`, …): `gemeentelijk` is not `gemeente` + `lijk`.
    package static let neverAlone: Set<String> = [
        // Prepositions and separable particles.
        "voor", "over", "door", "onder", "tegen", "mede", "naar", "achter", "boven", "langs",
        "samen", "terug", "weder", "weer", "rond", "rondom", "tussen", "zonder", "vanaf", "tijdens", "omdat",
        "want", "toch", "juist", "ander", "andere", "anders", "eens", "heen", "weg", "mee", "toe", "uit", "aan",
        "open", "vast", "dicht", "thuis", "vooraf", "achteraf", "verder",
        // Suffixes that are also words (or word forms) of their own.
        "lijk", "lijke", "lijken", "lijkheid", "heid", "heden", "baar", "bare", "baren", "schap", "schappen",
        "loos", "loze", "zaam", "zame", "achtig", "achtige", "matig", "matige", "ling", "lingen", "tjes", "ster",
        "sters", "erij", "ende", "ente", "ingen", "ling", "isch", "ische", "tief", "tieve", "teit", "iteit",
        "atie", "aties", "eren", "eerde", "eert", "ering", "elijk", "waardig", "waardige",
        "halve", "halven", "zijds", "zijdig",
        // Word-list entries that are mostly the tail of a suffix (-ing, -sten, -ende) or an
        // odd form (superlatives, imperatives) when found inside a longer word: betrek|king,
        // dien|sten, ver|s|trekt, herin|deling, uitzond|ring (found on the relevance set and the law corpus).
        "king", "ging", "ring", "ling", "ding", "ning", "sten", "enen", "lende", "ellen", "taan", "alge", "herin",
        "inkom", "rekte", "trekt", "vers", "verst", "voorst", "voorn", "rechtst", "para", "mini", "grif", "fier",
        "uitzond", "aanvul", "betrek", "intrek", "beschik", "opleg", "ingezet", "redelijker", "inde", "schel",
        "overeen", "burg", "schappelijk", "schappelijke", "zakelijk", "zakelijke", "jarige", "jarigen",
        "gemeen", "tehuis", "toet", "best", "kante", "wichtige", "opens", "verg", "ringen", "eraf", "onaf",
        "onderaf", "aars", "zich", "groten", "meed", "aangesp", "maxi", "kende", "roek", "erbij", "terend",
        "maast",
        // Pronoun and article forms that join many words.
        "deze", "dezen", "zijn", "haar", "hare", "onze", "mijn", "jouw", "hunne", "elke", "iedere", "welke",
        "zelfs",
    ]
}
