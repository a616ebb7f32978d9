//! Noun phrases around a cue verb → the speaker `Mention`: a name ("Sergei Lavrov"), a pronoun
//! ("he") or a description ("a spokesman for the campaign"). In: the token stream and the token
//! range where the phrase may lie. Out: the mention's token range and kind, or None when the
//! words there are no speaker (a preposition's object, a clause, a bare determiner).
//!
//! Split from `attribute.rs`, which decides *where* to look (before or after the quote, which
//! verb); this file decides *what* the words there name. Reading back from a verb to its
//! subject is in `backward.rs`, reading forward from a verb to an inverted speaker in
//! `forward.rs`.

use super::institutions::is_institution;
use super::lexicon::{
    is_agent_noun, is_blocker, is_cue_finite, is_determiner, is_org_noun, pronoun, starts_lower,
    starts_upper, AUX, BLOCK, CUE, NOUN_LIKE, PART, POSS, TITLE, UPPER,
};
use super::runs::{all_caps, name_start, run_from, run_to};
use super::tokens::{flag, strip_possessive, text, Kind, Tok};

/// Longest speaker phrase, in tokens.
pub(crate) const NP_MAX: usize = 8;

pub(crate) fn word<'a>(body: &'a str, toks: &[Tok], i: usize) -> Option<&'a str> {
    toks.get(i)
        .filter(|t| t.kind == Kind::Word)
        .map(|t| text(body, t))
}

pub(crate) fn punct<'a>(body: &'a str, toks: &[Tok], i: usize) -> Option<&'a str> {
    toks.get(i)
        .filter(|t| t.kind == Kind::Punct)
        .map(|t| text(body, t))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MentionKind {
    /// A run of capitalized words: "Lavrov", "Russian Foreign Minister Sergei Lavrov".
    Name,
    /// "he", "she", "they", "I", "we", "it".
    Pronoun,
    /// A description: "a spokesman", "the White House", "officials".
    Descriptor,
}

/// The words naming the speaker: tokens `first..=last`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mention {
    pub first: usize,
    pub last: usize,
    pub kind: MentionKind,
}

pub(crate) const PREPOSITIONS: &[&str] = &[
    "in",
    "on",
    "at",
    "of",
    "for",
    "with",
    "from",
    "by",
    "about",
    "to",
    "into",
    "over",
    "after",
    "before",
    "during",
    "under",
    "than",
    "like",
    "as",
    "through",
    "across",
    "around",
    "against",
    "behind",
    "near",
    "outside",
    "inside",
    "within",
    "toward",
    "towards",
    "between",
    "among",
    "throughout",
    "upon",
    "via",
    "without",
];

/// A preposition whose object cannot be the subject of the verb that follows ("32% of
/// Republican claims", "marching through the streets chanted"). Not "as"/"like"/"than": "as
/// Trump said" has Trump for subject, and so has "days after Trump told" ("after", "before",
/// "since" and "until" are conjunctions before a subject and its verb).
pub(crate) fn object_of_preposition(body: &str, toks: &[Tok], at: usize) -> bool {
    word(body, toks, at).is_some_and(|p| {
        let p = p.to_ascii_lowercase();
        !matches!(
            p.as_str(),
            "as" | "like" | "than" | "after" | "before" | "since" | "until"
        ) && PREPOSITIONS.contains(&p.as_str())
    })
}

/// Words that join a person to their organisation or place: "Cameron Easley for Morning
/// Consult", "Del. Stacey Plaskett of the Virgin Islands".
pub(crate) fn affiliation(w: &str) -> bool {
    matches!(w, "of" | "for" | "at" | "from")
}

/// True when `first..end` is a capitalized run holding a person's name, not titles alone
/// ("Secretary" is no name, "Cameron Easley" is).
pub(crate) fn is_person_run(body: &str, toks: &[Tok], first: usize, end: usize) -> bool {
    if run_from(body, toks, first) != Some(end) {
        return false;
    }
    let words: Vec<&str> = toks[first..end].iter().map(|t| text(body, t)).collect();
    name_start(&words) < words.len()
}

/// The index of the "(" matching a ")" at `close`, at most 10 tokens back.
pub(crate) fn paren_open(body: &str, toks: &[Tok], close: usize, lo: usize) -> Option<usize> {
    (close.saturating_sub(10).max(lo)..close)
        .rev()
        .find(|&k| punct(body, toks, k) == Some("("))
}

/// The subject in `from..verb`: everything there is the noun phrase, minus auxiliaries and
/// adverbs before the verb, a parenthesis, or the part before an appositive
/// (`X, Russia's foreign minister, said`).
pub(crate) fn subject_before(
    body: &str,
    toks: &[Tok],
    from: usize,
    verb: usize,
    commas: &[usize],
) -> Option<Mention> {
    let mut end = verb;
    while end > from && aux_before(body, toks, end) {
        end -= 1;
    }
    if end > from && punct(body, toks, end - 1) == Some(")") {
        end = paren_open(body, toks, end - 1, from)?;
    }
    match commas {
        [] => np_exact(body, toks, from, end),
        [a, .., z] if *z + 1 == end => {
            let head_end = if *a > from && punct(body, toks, a - 1) == Some(")") {
                paren_open(body, toks, a - 1, from).unwrap_or(*a)
            } else {
                *a
            };
            let head = np_exact(body, toks, from, head_end);
            // "A spokesman, John Kirby, said": the name beats the description, and stands alone
            // after one too long to read ("Rep. Ann Ruiz's chief of staff, Joe Kasper, told").
            let second = commas.get(1).copied().unwrap_or(*z);
            let no_name = head.is_none_or(|h| names_no_one(body, toks, h));
            match np_exact(body, toks, a + 1, second) {
                Some(n) if no_name && n.kind == MentionKind::Name => Some(n),
                _ => head,
            }
        }
        // "Joe Kasper, told POLITICO": a stray comma before the verb.
        [a] if *a + 1 == end => np_exact(body, toks, from, *a),
        // "Emmanuel Ferry, from Exane BNP Paribas told": an affiliation whose closing comma
        // is missing; only a name can head it.
        [a] if word(body, toks, a + 1).is_some_and(|w| matches!(w, "from" | "of" | "at")) => {
            np_exact(body, toks, from, *a).filter(|m| m.kind == MentionKind::Name)
        }
        // "Osman Erk, deputy general-manager of Yapi ve Kredi Bankasi told Reuters", "Lance
        // Moir, corporate treasurer at Storehouse Plc told", "Armando Falcon, OFHEO director
        // said": a role (wire style) whose closing comma is missing; only a name can head it.
        // So is "Will Davies, senior research fellow at the IPPR told": lowercase words of a
        // role, then "at"/"of"/"for" and the organisation up to the verb.
        [a] if word(body, toks, a + 1).is_some_and(|w| starts_lower(w) || all_caps(w))
            && ((a + 1..end.min(a + 5)).any(|k| toks[k].is(TITLE))
                || affiliated_role(body, toks, a + 1, end)) =>
        {
            np_exact(body, toks, from, *a).filter(|m| m.kind == MentionKind::Name)
        }
        // "the soft-spoken, 71-year-old diplomat said": a comma between two adjectives.
        [a] if coordinate_adjectives(body, toks, from, *a, end) => Some(Mention {
            first: from,
            last: end - 1,
            kind: MentionKind::Descriptor,
        }),
        // "Nate Silver, the pollster who founded the site tweeted": an appositive with a
        // relative clause whose closing comma is missing; only a name can head it.
        [a] if (a + 1..end).any(|k| word(body, toks, k) == Some("who")) => {
            np_exact(body, toks, from, *a).filter(|m| m.kind == MentionKind::Name)
        }
        _ => None,
    }
}

/// A description ("a spokesman"), or capitalized titles with no name in them ("The bank's
/// General Manager"): an appositive name after it is the better mention.
pub(crate) fn names_no_one(body: &str, toks: &[Tok], m: Mention) -> bool {
    if m.kind == MentionKind::Descriptor {
        return true;
    }
    let words: Vec<&str> = toks[m.first..=m.last]
        .iter()
        .map(|t| text(body, t))
        .filter(|w| !w.eq_ignore_ascii_case("the"))
        .collect();
    m.kind == MentionKind::Name && name_start(&words) == words.len()
}

/// True when `from..end` reads determiner, adjective, comma (at `comma`), then lowercase
/// words: "the soft-spoken, 71-year-old diplomat", one noun phrase with its comma.
fn coordinate_adjectives(body: &str, toks: &[Tok], from: usize, comma: usize, end: usize) -> bool {
    let lower = |k: usize| {
        word(body, toks, k).is_some_and(|w| !starts_upper(w) && !is_blocker(w) && !is_cue_finite(w))
    };
    comma == from + 2
        && word(body, toks, from).is_some_and(is_determiner)
        && lower(from + 1)
        && end > comma + 1
        && end - from <= NP_MAX + 1
        && (comma + 1..end).all(lower)
}

/// A subject too long or too mixed for `np_exact`, cut before its first "and" or preposition:
/// `nuclear experts Ann Lee and Bo Chen of the Institute for Science wrote` → "Ann Lee", `a
/// welcome message on the website reads` → "a welcome message". Only right before its verb
/// (the caller's `end`), where nothing else can stand, and all words.
pub(crate) fn np_head(body: &str, toks: &[Tok], from: usize, end: usize) -> Option<Mention> {
    if toks[from..end].iter().any(|t| t.kind != Kind::Word) {
        return None;
    }
    let cut = (from + 1..end).find(|&k| {
        word(body, toks, k).is_some_and(|w| {
            matches!(
                w,
                "and" | "of" | "on" | "in" | "at" | "for" | "from" | "with" | "behind"
            )
        })
    })?;
    np_exact(body, toks, from, cut)
}

/// `from..end` as a whole noun phrase, or None.
pub(crate) fn np_exact(body: &str, toks: &[Tok], from: usize, end: usize) -> Option<Mention> {
    // "the central bank's vice president Farhat Omar Ben Gadaravice": a long name after a
    // role counts once.
    let long_name =
        || run_to(body, toks, end - 1).is_some_and(|s| s > from && s - from <= NP_MAX - 2);
    if from >= end || (end - from > NP_MAX && (end - from > NP_MAX + 3 || !long_name())) {
        return None;
    }
    if toks[from..end].iter().any(|t| t.kind != Kind::Word) {
        return None;
    }
    let last = end - 1;
    // "Mr. Morgan of the Sierra Club said": the person, not the club.
    if let Some(e) = run_from(body, toks, from).filter(|&e| e < end) {
        let joined = word(body, toks, e).is_some_and(affiliation);
        if joined && is_person_run(body, toks, from, e) {
            return Some(name_mention(body, toks, from, from, e - 1));
        }
    }
    if end - from == 1 && pronoun(text(body, &toks[from])).is_some() {
        return Some(Mention {
            first: from,
            last,
            kind: MentionKind::Pronoun,
        });
    }
    if let Some(s) = run_to(body, toks, last).filter(|&s| s >= from) {
        // Words before the name are its role: "Tulsa police Chief", "the former governor".
        // "chairman and chief executive Lucian Grainge": two roles joined by "and".
        let joins_roles = |k: usize| {
            k > from
                && k + 1 < s
                && word(body, toks, k) == Some("and")
                && word(body, toks, k - 1).is_some_and(starts_lower)
        };
        let lead_ok = (from..s).all(|k| !toks[k].is(BLOCK | CUE | PART) || joins_roles(k));
        if lead_ok && !toks[last].is(POSS) {
            return Some(name_mention(body, toks, from, s, last));
        }
    }
    descriptor_ok(body, toks, from, end).then_some(Mention {
        first: from,
        last,
        kind: MentionKind::Descriptor,
    })
}

/// A lower-case noun for a person: a role ("aide", "adviser") or an agent's ending ("trader",
/// "economist"), not a thing in -ment ("statement").
pub(crate) fn person_noun(w: &str) -> bool {
    let w = w.to_lowercase();
    super::roles::is_role_noun(&w) || (is_agent_noun(&w) && !w.ends_with("ment"))
}

/// A name mention `s..=last`, with the "the" before it when there is one ("the White House").
/// A person named before an "of" inside the run is the speaker, not the organisation after it:
/// "Sigrid Aasen of Nordic Climate Action" → "Sigrid Aasen" (two words at least, so "Bank of
/// America" and "Secretary of State Mike Pompeo" stay whole).
pub(crate) fn name_mention(body: &str, toks: &[Tok], lo: usize, s: usize, last: usize) -> Mention {
    // A run cut inside "the Bank of England" or "Church of Elizabeth" starts at no "of".
    let mut s = s;
    while s < last && matches!(word(body, toks, s), Some("of" | "and" | "for")) {
        s += 1;
    }
    let of = (s + 2..last).find(|&k| word(body, toks, k) == Some("of"));
    let last = match of {
        Some(k) => {
            let words: Vec<&str> = toks[s..k].iter().map(|t| text(body, t)).collect();
            // ("The National Union of Students" is one name: an institution before "of".)
            let institution = words.last().is_some_and(|w| is_institution(w));
            if name_start(&words) + 1 < words.len() && !institution {
                k - 1
            } else {
                last
            }
        }
        None => last,
    };
    let the = s > lo && word(body, toks, s - 1).is_some_and(|w| w.eq_ignore_ascii_case("the"));
    Mention {
        first: if the { s - 1 } else { s },
        last,
        kind: MentionKind::Name,
    }
}

/// "21 percent said", "63% of voters said", "50 protesters chanted": a count opens a phrase
/// like a determiner.
pub(crate) fn count(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        && w.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '%'))
}

/// A description like "a senior administration official", "Trump's campaign", "officials".
pub(crate) fn descriptor_ok(body: &str, toks: &[Tok], from: usize, end: usize) -> bool {
    let words: Vec<&str> = toks[from..end].iter().map(|t| text(body, t)).collect();
    let Some(&head) = words.last() else {
        return false;
    };
    // "Another tweeted", "Some chanted", "one wrote": a quantifier standing for people.
    if let [w] = words.as_slice() {
        let w = w.to_ascii_lowercase();
        if matches!(
            w.as_str(),
            "another" | "others" | "some" | "many" | "one" | "both" | "several" | "most"
        ) {
            return true;
        }
    }
    // "the two write", "all three said": a counted group already introduced.
    if let [det, n] = words.as_slice() {
        let det = det.to_ascii_lowercase();
        if matches!(det.as_str(), "the" | "these" | "those" | "all")
            && matches!(*n, "two" | "three" | "four" | "five" | "six")
        {
            return true;
        }
    }
    let inner_ok = words.iter().enumerate().all(|(k, w)| {
        // ("the aide to Lyng", "an analyst with Shearson": "to", "with" after a person's noun.)
        let connector = k > 0
            && k + 1 < words.len()
            && (matches!(*w, "of" | "for" | "at" | "from")
                || (matches!(*w, "to" | "with") && person_noun(words[k - 1])));
        // "one of those advisers", "a strategist for one of these campaigns".
        let demonstrative = k > 0
            && matches!(*w, "this" | "these" | "those")
            && matches!(words[k - 1], "of" | "for" | "at" | "from");
        // "this source told the Post": a demonstrative opening the phrase is its determiner.
        let opener = k == 0 && words.len() > 1 && matches!(*w, "this" | "these" | "those");
        connector
            || demonstrative
            || opener
            || (!is_blocker(w) && !is_cue_finite(w) && pronoun(w).is_none())
    });
    let opener = words[0];
    let det =
        is_determiner(opener) || strip_possessive(opener).1 || (words.len() > 1 && count(opener));
    // A bare noun phrase ("officials", "critics", "senior officials") must be short and plural.
    // So is a name and an organisation's noun ("Commerce bank said", "Labour party sources",
    // "Israeli radio said", "Iranian state television reported") or a person's ("Pentagon
    // spokesman said", which made "Pentagon" the speaker).
    let bare = (words.len() <= 3 && head.ends_with('s') && starts_lower(head))
        || ((2..=3).contains(&words.len())
            && starts_upper(opener)
            && words[1..].iter().all(|w| starts_lower(w))
            && (is_org_noun(head) || OFFICE_HOLDERS.contains(&head)));
    // "a swiftly called ...": a determiner alone names nobody.
    inner_ok && (det || bare) && !strip_possessive(head).1 && !is_determiner(head)
}

/// Nouns for a person speaking for an organisation, whose name may stand before them without
/// a determiner ("Pentagon spokesman said", "FBI official said", "GM chairman said").
const OFFICE_HOLDERS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "chairman",
    "chairwoman",
    "director",
    "executive",
    "manager",
    "aide",
    "adviser",
    "advisor",
    "analyst",
    "economist",
    "officer",
];

/// True when the token before `end` is an auxiliary or adverb between subject and verb ("has
/// said", "also said"), and not a name that happens to be one ("Theresa May said").
pub(crate) fn aux_before(body: &str, toks: &[Tok], end: usize) -> bool {
    // ("Thomas Jefferson himself declared": an emphatic reflexive, like an adverb.)
    let reflexive = matches!(
        word(body, toks, end - 1),
        Some("himself" | "herself" | "themselves" | "itself")
    );
    reflexive
        || (flag(toks, end - 1, AUX)
            && (!toks[end - 1].is(UPPER) || run_from(body, toks, end - 1).is_none()))
}

/// Drops a descriptor subject of a noun-like verb (see `NOUN_LIKE`), unless what follows the
/// word shows it is the verb: a quote, "that" or a colon ("The ad claims "..."", "the report
/// notes that", but not "the campaign's claims were").
pub(crate) fn check_subject(body: &str, toks: &[Tok], verb: usize, m: Mention) -> Option<Mention> {
    let noun_like = word(body, toks, verb).is_some_and(|v| NOUN_LIKE.contains(&v));
    // "A senior official described the mood as": a past tense with its object is the verb
    // ("the plan described as" is a participle).
    let past = word(body, toks, verb).is_some_and(|v| v.ends_with("ed"));
    let verb_shown = toks.get(verb + 1).is_some_and(|t| match t.kind {
        Kind::Quote(_) => true,
        Kind::Word => {
            let w = text(body, t);
            w == "that" || (past && (is_determiner(w) || pronoun(w).is_some()))
        }
        Kind::Punct => text(body, t) == ":",
    });
    let possessive = toks[m.last].is(POSS);
    // "in many Asian states, and", "the Gulf states have": a name after a determiner, then the
    // plural noun with no object of a verb after it, is an adjective and its noun.
    let qualified_name = m.kind == MentionKind::Name
        && m.first > 0
        && word(body, toks, m.first - 1).is_some_and(|w| starts_lower(w) && is_determiner(w))
        && !toks.get(verb + 1).is_some_and(|t| {
            matches!(t.kind, Kind::Word)
                && (is_determiner(text(body, t)) || pronoun(text(body, t)).is_some())
        });
    let description = m.kind == MentionKind::Descriptor && (possessive || !verb_shown);
    (!(noun_like && (description || (qualified_name && !verb_shown)))).then_some(m)
}

/// `senior research fellow at the IPPR` filling `from..end`: up to four lowercase words with no
/// verb among them, an affiliation word, then "the" and capitalised words only.
fn affiliated_role(body: &str, toks: &[Tok], from: usize, end: usize) -> bool {
    let Some(at) = (from + 1..end.min(from + 5))
        .find(|&k| word(body, toks, k).is_some_and(|w| matches!(w, "at" | "of" | "for" | "with")))
    else {
        return false;
    };
    let role = (from..at).all(|k| {
        word(body, toks, k).is_some_and(starts_lower) && !toks[k].is(CUE | PART | AUX | BLOCK)
    });
    let org = at + 1 < end
        && (at + 1..end).all(|k| {
            word(body, toks, k).is_some_and(|w| starts_upper(w) || (k == at + 1 && w == "the"))
        });
    role && org
}

#[cfg(test)]
mod tests {
    use super::super::test_quotes::mention_of;

    #[test]
    fn a_comma_between_two_adjectives_stays_inside_the_subject() {
        let body = "“We never gave up on the harbour project,” the soft-spoken, 64-year-old \
                    engineer said in an interview.";
        assert_eq!(
            mention_of(body, "We never").as_deref(),
            Some("the soft-spoken, 64-year-old engineer")
        );
        // A name before the comma is an appositive, not an adjective.
        let body = "“We never gave up on the harbour project,” Ana Ruiz, the engineer, said.";
        assert_eq!(mention_of(body, "We never").as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn a_counted_group_is_a_speaker() {
        let body = "Ana Ruiz and Bo Chen sent the council a letter. “The harbour plan ignores \
                    the fishermen,” the two write. “Nobody asked them.”";
        assert_eq!(mention_of(body, "The harbour").as_deref(), Some("the two"));
        assert_eq!(mention_of(body, "Nobody").as_deref(), Some("the two"));
        let body = "Asked about the harbour plan, 21 percent said “not too likely” and 14 \
                    percent said “not at all likely.”";
        assert_eq!(mention_of(body, "not too").as_deref(), Some("21 percent"));
        assert_eq!(
            mention_of(body, "not at all").as_deref(),
            Some("14 percent")
        );
    }
}
