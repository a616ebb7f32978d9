//! A word as written → the lists it is on (`flags`, one table lookup per token: cue verb,
//! title, auxiliary, determiner, ...), plus pronouns, gender and case. The lists themselves
//! are in `words.rs`; places (countries, demonyms) in `places.rs`. Lookups compare
//! case-insensitively unless a list says otherwise.

use std::sync::LazyLock;

pub(crate) use super::places::{is_country_or_state, is_demonym};
pub(crate) use super::words::NOUN_LIKE;
use super::words::{
    AUX_WORDS, BLOCKERS, CAP_STOP_WORDS, CUE_FINITE, CUE_PARTICIPLE, DETERMINERS, DOCUMENT_NOUNS,
    FEMALE_NAMES, FEMALE_TITLES, INVERTIBLE, INVERTIBLE_FOREIGN, LY_NOUNS, MALE_NAMES, MALE_TITLES,
    NAMEABLE_WORDS, ORG_NOUNS, SUBORDINATORS, TIME_PLACE_ADVERBS, TITLES,
};
pub(crate) use crate::fast_hash::{FastMap, FastSet};

pub(crate) fn invertible(w: &str) -> bool {
    INVERTIBLE.iter().any(|v| v.eq_ignore_ascii_case(w))
}

/// A German, Spanish or French speech verb that may follow a quote ("sagte", "dijo").
pub(crate) fn invertible_foreign(w: &str) -> bool {
    INVERTIBLE_FOREIGN.contains(&w)
}

/// Bits saying which lists a word is on; `flags` computes them once per token.
pub(crate) const CUE: u16 = 1;
pub(crate) const PART: u16 = 1 << 1;
pub(crate) const TITLE: u16 = 1 << 2;
pub(crate) const CAP_STOP: u16 = 1 << 3;
pub(crate) const AUX: u16 = 1 << 4;
pub(crate) const DET: u16 = 1 << 5;
pub(crate) const BLOCK: u16 = 1 << 6;
const MALE: u16 = 1 << 7;
const FEMALE: u16 = 1 << 8;
/// Starts with an uppercase / lowercase letter (computed, not looked up).
pub(crate) const UPPER: u16 = 1 << 9;
pub(crate) const LOWER: u16 = 1 << 10;
/// Ends in a possessive "'s" (set by the tokenizer).
pub(crate) const POSS: u16 = 1 << 11;
/// A stop word that is also a name beside another name ("Theresa May", "Will Doyle").
pub(crate) const NAMEABLE: u16 = 1 << 12;

/// A speech verb in a tensed form ("said", "urged", "claims"), never the base form a modal
/// takes: after "Will" or "May" it shows the word is a name ("Will wrote", "May said").
pub(crate) const TENSED: u16 = 1 << 13;
/// A time or place adverb (see `TIME_PLACE_ADVERBS`); `flags` turns it into AUX | BLOCK.
const ADVERB: u16 = 1 << 14;

/// Every list in one table: one lookup per word instead of one per list.
static TABLE: LazyLock<FastMap<&'static [u8], u16>> = LazyLock::new(|| {
    let mut t = FastMap::default();
    let lists: [(&[&str], u16); 10] = [
        (CUE_FINITE, CUE),
        (CUE_PARTICIPLE, PART),
        (TITLES, TITLE),
        (CAP_STOP_WORDS, CAP_STOP),
        (AUX_WORDS, AUX),
        (DETERMINERS, DET),
        (BLOCKERS, BLOCK),
        (MALE_TITLES, MALE),
        (MALE_NAMES, MALE),
        (FEMALE_TITLES, FEMALE),
    ];
    let more: [(&[&str], u16); 3] = [
        (FEMALE_NAMES, FEMALE),
        (NAMEABLE_WORDS, NAMEABLE),
        (TIME_PLACE_ADVERBS, ADVERB),
    ];
    for (list, bit) in lists.into_iter().chain(more) {
        for w in list {
            *t.entry(w.as_bytes()).or_insert(0) |= bit;
        }
    }
    // "read" is its own base form ("Will read the statement"); irregular pasts are listed.
    let tensed = CUE_FINITE.iter().filter(|w| {
        (w.ends_with("ed")
            || w.ends_with('s')
            || matches!(**w, "said" | "told" | "wrote" | "spoke" | "swore" | "sang"))
            && **w != "read"
    });
    for w in tensed {
        *t.entry(w.as_bytes()).or_insert(0) |= TENSED;
    }
    t
});

/// Shaped like an adverb in -ly ("reportedly", "Hastily"): no list, only the ending, which
/// names such as "Kelly" share (callers that need a lower-case word check the case too).
/// Nouns in -ly are not ("a man at the rally said", "the family said", "a U.S. ally said").
pub(crate) fn adverb_shape(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ly") && !LY_NOUNS.contains(&word)
}

/// A lower-case organisation's noun (see `ORG_NOUNS`).
pub(crate) fn is_org_noun(w: &str) -> bool {
    ORG_NOUNS.contains(&w)
}

/// "report", "statement": a document that a later "it said" may mean.
pub(crate) fn is_document_noun(w: &str) -> bool {
    DOCUMENT_NOUNS.contains(&w)
}

/// A lower-case noun that reads as a person or a group by its ending ("banker", "spokesman",
/// "official", "analysts", "employee", "staff"), not a thing ("theory", "question").
pub(crate) fn is_agent_noun(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "er", "ers", "or", "ors", "ist", "ists", "man", "men", "ian", "ians", "ant", "ants", "ent",
        "ents", "ive", "ives", "ial", "ials", "ee", "ees", "ff",
    ];
    ENDINGS.iter().any(|x| w.ends_with(x))
}

/// A connective or adverb that may open a sentence before its subject ("But the spokesman
/// said", "Meanwhile Labour officials said"): the subject is read past it.
pub(crate) fn is_connective(w: &str) -> bool {
    matches!(
        w,
        "But"
            | "And"
            | "Then"
            | "Meanwhile"
            | "So"
            | "Still"
            | "Yet"
            | "However"
            | "Later"
            | "Earlier"
            | "Now"
            | "Also"
    )
}

/// A conjunction opening a subordinate clause (see `SUBORDINATORS`).
pub(crate) fn is_subordinator(w: &str) -> bool {
    SUBORDINATORS.contains(&w)
}

/// The list bits of `word`, compared case-insensitively, plus UPPER/LOWER. ASCII words are
/// lowercased in a stack buffer: no allocation on the hot path.
pub(crate) fn flags(word: &str) -> u16 {
    const MAX: usize = 24;
    let case = if starts_upper(word) || particle_name(word) {
        UPPER
    } else if starts_lower(word) {
        LOWER
    } else {
        0
    };
    // Adverbs in -ly ("reportedly") may stand between a speaker and the verb.
    let ly = if case == LOWER && adverb_shape(word) {
        AUX
    } else {
        0
    };
    if word.len() > MAX {
        return case | ly;
    }
    // (Keyed by bytes: a lowercased copy needs no UTF-8 check to be looked up.)
    let found = if case != UPPER && word.is_ascii() {
        TABLE.get(word.as_bytes()).copied()
    } else if word.is_ascii() {
        let mut buf = [0u8; MAX];
        let buf = &mut buf[..word.len()];
        buf.copy_from_slice(word.as_bytes());
        buf.make_ascii_lowercase();
        TABLE.get(&*buf).copied()
    } else {
        TABLE.get(word.to_lowercase().as_bytes()).copied()
    };
    let found = found.unwrap_or(0);
    let adverb = if found & ADVERB != 0 && case == LOWER {
        AUX | BLOCK
    } else {
        0
    };
    (found & !ADVERB) | case | ly | adverb
}

/// "al-Jubeir", "el-Sisi": an Arabic surname written with its lowercase article is a
/// capitalized name word all the same.
fn particle_name(word: &str) -> bool {
    // (Asked of every token: most start with neither letter.)
    if !word.starts_with(['a', 'e']) {
        return false;
    }
    ["al-", "el-", "ad-", "as-", "ash-"].iter().any(|p| {
        word.strip_prefix(p)
            .is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase))
    })
}

pub(crate) fn is_cue_finite(w: &str) -> bool {
    flags(w) & CUE != 0
}
pub(crate) fn is_cue_participle(w: &str) -> bool {
    flags(w) & PART != 0
}
pub(crate) fn is_title(w: &str) -> bool {
    // "Attorney-General", "Secretary-General", "Vice-President": titles joined by a hyphen.
    flags(w) & TITLE != 0
        || (w.contains('-') && w.split('-').all(|p| !p.is_empty() && flags(p) & TITLE != 0))
}
pub(crate) fn is_determiner(w: &str) -> bool {
    flags(w) & DET != 0
}
pub(crate) fn is_blocker(w: &str) -> bool {
    flags(w) & BLOCK != 0
}

/// Personal pronouns that can be a speaker, lowercased.
pub(crate) fn pronoun(w: &str) -> Option<&'static str> {
    Some(match w {
        "he" | "He" => "he",
        "she" | "She" => "she",
        "they" | "They" => "they",
        "I" => "i",
        "we" | "We" => "we",
        "it" | "It" => "it",
        _ => return None,
    })
}

/// The gender a subject pronoun (as `pronoun` returns it) shows: "he", "she"; None for the
/// others.
pub(crate) fn pronoun_gender(pron: &str) -> Option<Gender> {
    match pron {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        _ => None,
    }
}

/// The subject pronoun of an object pronoun ("quoted him as saying" → "he").
pub(crate) fn object_pronoun(w: &str) -> Option<&'static str> {
    Some(match w {
        "him" => "he",
        "her" => "she",
        "them" => "they",
        _ => return None,
    })
}

/// The subject pronoun of a possessive determiner ("his" → "he"), lowercased.
pub(crate) fn possessive_pronoun(w: &str) -> Option<&'static str> {
    Some(match w {
        "his" | "His" => "he",
        "her" | "Her" => "she",
        "their" | "Their" => "they",
        "its" | "Its" => "it",
        _ => return None,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
    Unknown,
}

impl Gender {
    /// The gender a "he"/"she" of this gender rules out (Unknown rules out nothing).
    pub(crate) fn opposite(self) -> Gender {
        match self {
            Gender::Male => Gender::Female,
            Gender::Female => Gender::Male,
            Gender::Unknown => Gender::Unknown,
        }
    }
}

/// Gender a person noun shows ("Frenchwoman", "chairman"), else Unknown.
pub(crate) fn noun_gender(head: &str) -> Gender {
    let h = head.to_lowercase();
    // (Kinship too: "a mother of two said", "Attallah Shabazz, the daughter of ...".)
    let female = matches!(
        h.as_str(),
        "actress"
            | "princess"
            | "queen"
            | "duchess"
            | "daughter"
            | "mother"
            | "wife"
            | "sister"
            | "widow"
            | "girlfriend"
            | "niece"
            | "aunt"
            | "grandmother"
            | "granddaughter"
    );
    let male = matches!(
        h.as_str(),
        "prince"
            | "king"
            | "duke"
            | "son"
            | "father"
            | "husband"
            | "brother"
            | "widower"
            | "boyfriend"
            | "nephew"
            | "uncle"
            | "grandfather"
            | "grandson"
    );
    if h.ends_with("woman") || female {
        Gender::Female
    } else if h.ends_with("man") || male {
        Gender::Male
    } else {
        Gender::Unknown
    }
}

/// Gender shown by a title ("Mrs.") or a first name ("Hillary"), if any.
pub(crate) fn gender_of_word(w: &str) -> Gender {
    let f = flags(w);
    if f & MALE != 0 {
        Gender::Male
    } else if f & FEMALE != 0 {
        Gender::Female
    } else {
        Gender::Unknown
    }
}

/// "one" to "ten" in lower case: a count written as a word.
pub(crate) fn is_number_word(w: &str) -> bool {
    matches!(
        w,
        "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
    )
}

pub(crate) fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}
pub(crate) fn starts_lower(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_ignore_case() {
        for (w, want) in [
            ("said", true),
            ("Said", true),
            ("SAID", true),
            ("sad", false),
        ] {
            assert_eq!(is_cue_finite(w), want, "{w}");
        }
        assert!(is_title("Minister") && is_title("Sen.") && !is_title("Lavrov"));
        assert!(flags("reportedly") & AUX != 0 && flags("Kelly") & AUX == 0);
        // Time adverbs stand between subject and verb only in lower case ("USA Today said").
        assert!(flags("afterwards") & (AUX | BLOCK) == AUX | BLOCK);
        assert!(flags("Today") & (AUX | BLOCK) == 0 && flags("Now") & BLOCK == 0);
        assert_eq!(gender_of_word("Hillary"), Gender::Female);
        assert_eq!(gender_of_word("Mr."), Gender::Male);
        assert_eq!(pronoun("She"), Some("she"));
        assert_eq!(pronoun("Ill"), None);
    }

    #[test]
    fn retorts_and_labels_are_speech_verbs() {
        use super::super::find_quotes;
        let mention = |body: &str| {
            find_quotes(body, None)
                .into_iter()
                .next()
                .and_then(|q| q.speaker_mention)
        };
        assert_eq!(
            mention("“The harbour will always be ours,” an angry Mayor Ruiz retaliated.")
                .as_deref(),
            Some("Mayor Ruiz")
        );
        assert_eq!(
            mention("When reporters asked, he referred to the council as “a club of cowards.”")
                .as_deref(),
            Some("he")
        );
    }
}
