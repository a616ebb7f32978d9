//! Capitalized runs in the token stream: where a name starts and ends ("Secretary of State
//! Mike Pompeo", "Theresa May"), where the title words in front of it stop, and which lines are
//! title-case headlines whose capitals are no names. In: the token stream. Out: token indices.
//! Split from `names.rs`, which turns the runs into canonical people.

use super::given_names;
use super::institutions::{is_institution, is_institution_word};
use super::lexicon::{
    gender_of_word, is_agent_noun, is_connective, is_country_or_state, is_demonym, is_title,
    Gender, CAP_STOP, LOWER, NAMEABLE, POSS, TENSED, UPPER,
};
use super::np::word;
use super::tokens::{strip_possessive, text, Kind, Tok};

/// Lowercase particles that may sit inside a name: "Secretary of State", "Charles de Gaulle".
#[rustfmt::skip]
const CONNECTORS: &[&str] = &[
    "of", "de", "van", "von", "bin", "al", "da", "du", "der", "den", "del", "di", "la", "le",
    "ibn", "dos", "das", "los",
];

/// A lowercase particle inside a name at token `k`, or the ampersand of a firm's name
/// ("Rogers & Cowan", "Procter & Gamble", which left "Cowan" the speaker).
fn connector(body: &str, toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    (t.is(LOWER) && word(body, toks, k).is_some_and(|w| CONNECTORS.contains(&w)))
        || (t.kind == Kind::Punct && &body[t.start..t.end] == "&")
}

/// "von der Leyen", "de la Cruz": the number of particles (one or two) from token `k` that a
/// name word follows, or None.
fn connectors_from(body: &str, toks: &[Tok], k: usize) -> Option<usize> {
    (1..=2).find(|&n| {
        k + n < toks.len()
            && (k..k + n).all(|j| connector(body, toks, j))
            && toks[k + n].sent == toks[k].sent
            && is_name_tok(toks, k + n)
    })
}

/// A capitalized word that may be part of a name (not "But", "The", "Monday").
pub(crate) fn is_name_tok(toks: &[Tok], i: usize) -> bool {
    let plain = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == Kind::Word && t.is(UPPER) && !t.is(CAP_STOP) && t.end - t.start <= 40
        })
    };
    if plain(i) {
        return true;
    }
    // "Theresa May", "Ian Read", "said Will Doyle": a stop word that is a name beside a name
    // (not opening a sentence, where "Will Doyle run?" would be the verb).
    let Some(t) = toks.get(i).filter(|t| t.is(NAMEABLE) && t.is(UPPER)) else {
        return false;
    };
    let same = |k: usize| toks.get(k).is_some_and(|n| n.sent == t.sent);
    let after_name = i > 0 && same(i - 1) && plain(i - 1) && !toks[i - 1].is(POSS);
    let before_name = i > 0 && same(i - 1) && same(i + 1) && plain(i + 1);
    // "Will wrote", "May said": a modal never takes a tensed verb, so the word is a surname
    // even opening a sentence.
    let subject = same(i + 1) && toks[i + 1].is(TENSED);
    after_name || before_name || subject
}

/// The capitalized run starting at token `i`: `i..end`, or None when `i` is no name word.
pub(crate) fn run_from(body: &str, toks: &[Tok], i: usize) -> Option<usize> {
    if !is_name_tok(toks, i) {
        return None;
    }
    let mut end = i + 1;
    if toks[i].is(POSS) {
        return Some(end);
    }
    let sent = toks[i].sent;
    while end < toks.len() && toks[end].sent == sent && end - i < 12 {
        if is_name_tok(toks, end) {
            end += 1;
            if toks[end - 1].is(POSS) {
                break;
            }
        } else if let Some(n) = connectors_from(body, toks, end) {
            end += n;
        } else {
            break;
        }
    }
    Some(end)
}

/// The capitalized run ending at token `last` (inclusive): its first index, or None.
pub(crate) fn run_to(body: &str, toks: &[Tok], last: usize) -> Option<usize> {
    if !is_name_tok(toks, last) {
        return None;
    }
    let mut start = last;
    let sent = toks[last].sent;
    let plain_name = |k: usize| is_name_tok(toks, k) && !toks[k].is(POSS);
    while start > 0 && toks[start - 1].sent == sent && last - start < 12 {
        if plain_name(start - 1) {
            start -= 1;
        } else if let Some(n) = (1..=2).find(|&n| {
            start > n
                && plain_name(start - n - 1)
                && (start - n..start).all(|k| connector(body, toks, k))
        }) {
            start -= n + 1;
        } else {
            break;
        }
    }
    Some(start)
}

/// Where the name starts within a run of words: after the last title word ("Russian Foreign
/// Minister | Sergei Lavrov"). The last word is never taken for a title ("Martin Luther King"),
/// unless every word is one ("the Secretary of State"): then there is no name (returns len).
pub(crate) fn name_start(words: &[&str]) -> usize {
    if words.iter().all(|w| is_title(w)) {
        return words.len();
    }
    // "Justice Department", "State Department", "Foreign Ministry": a title word naming an
    // institution is part of its name.
    if words.len() > 1 && words.last().is_some_and(|w| is_institution_word(w)) {
        return 0;
    }
    let n = words.len();
    let last_title = (0..n.saturating_sub(1)).rev().find(|&k| is_title(words[k]));
    // "Muslim Council of Britain", "Kansas City Board of Trade": an "of" after an institution's
    // word continues its name (not "Department of Energy Secretary John Herrington").
    let joins_institution = last_title.is_some_and(|k| {
        let before = (0..=k).rev().find(|&j| !matches!(words[j], "of" | "the"));
        matches!(words[k], "of" | "the") && before.is_some_and(|j| is_institution_word(words[j]))
    });
    if joins_institution {
        return 0;
    }
    let start = last_title.map_or(0, |k| k + 1);
    // "Australian Brad Hogg", "Swede Daniel Chopra", a caption's "EMOTIONAL Nicole Pratt",
    // "President of France Emmanuel Macron": a demonym, a word in capitals or a country
    // before a given name.
    // Also BBC sport's "Boss Graeme Souness", "Winger Ryan Giggs": a capitalised role noun.
    let role_noun = |w: &str| {
        let w = w.to_ascii_lowercase();
        w == "boss" || is_agent_noun(&w)
    };
    // "Comptroller of the Currency Robert Clarke", "Minister of Mines Patrick Chitambala": the
    // body after a title's "of" ends where a given name starts.
    let of_body = start >= 1 && matches!(words[start - 1], "of" | "the");
    // "the Bishop of Durham", "the Mayor of London": an office named by its place, with no
    // person in it (the place is no one's name); "Lord Nicholls of Birkenhead", "King Michael
    // of Romania": a peer or a monarch, whose whole style is the name. Not "Footage of
    // Al-Awlaki", where "of" is no title's.
    let office = |k: usize| is_title(words[k]) && !matches!(words[k], "of" | "the");
    if of_body && start + 1 == n {
        let of = (0..start).rev().find(|&k| words[k] == "of");
        if of.is_some_and(|o| (o >= 1 && office(o - 1)) || (o >= 2 && office(o - 2))) {
            return n;
        }
    }
    if start + 2 < n && of_body && given_name(words[start + 1]) {
        return start + 1;
    }
    // "Top-seeded Justine Henin", "South Korean-born Monte Haines": a compound adjective, its
    // second part in lower case.
    let adjective = |w: &str| {
        w.split_once('-')
            .is_some_and(|(a, b)| !a.is_empty() && b.starts_with(char::is_lowercase))
    };
    // "Lib Dem Norman Baker", "New Yorker Dick Morris", "Tory Liam Fox": a party or a
    // place's people before the given name. German capitalises its role nouns: "VW-Chef
    // Herbert Diess", "Teamchef Michael Kohlmann", "Bundesministerin Anja Karliczek".
    let describes = |w: &str| {
        is_demonym(w)
            || all_caps(w)
            || is_country_or_state(w)
            || role_noun(w)
            || adjective(w)
            || PARTY_WORDS.contains(&w)
            || w.contains('-')
            || german_role_noun(w)
    };
    // Up to three such words, all of them describing, before a known given name that has a
    // surname after it. (Not "Asif Ali Zardari": an unknown given name is no description.)
    // ("Norman", "Brian": given names that read as an agent noun or a demonym.)
    let lead = (start..n.saturating_sub(2))
        .take(3)
        .take_while(|&j| describes(words[j]) && !given_name(words[j]))
        .count();
    if lead > 0 && start + lead + 1 < n && given_name(words[start + lead]) {
        return start + lead;
    }
    start + usize::from(start + 2 < n && adjective(words[start]))
}

/// "Teamchef", "Generalsekretärin", "Ministerpräsident", "Expertin": endings of German role
/// nouns (the English agent endings, "-er", "-or", "-ist", are `is_agent_noun`'s).
fn german_role_noun(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "chef",
        "chefin",
        "präsident",
        "präsidentin",
        "sekretär",
        "sekretärin",
        "erin",
        "orin",
        "istin",
        "experte",
        "expertin",
        "vorsitzende",
        "vorsitzender",
        "sprecher",
    ];
    w.len() > 5 && ENDINGS.iter().any(|e| w.ends_with(e))
}

/// Capitalised words for a party or its members, written before a politician's name, and the
/// "New" of "New Yorker", "New Zealander" (demonyms of two words).
const PARTY_WORDS: &[&str] = &[
    "Tory",
    "Tories",
    "Labour",
    "Lib",
    "Dem",
    "Dems",
    "Liberal",
    "Conservative",
    "Democrat",
    "Democratic",
    "Republican",
    "GOP",
    "New",
];

/// "Rep. Lee Zeldin of New Jersey", "Archbishop Aris Shirvanian of the Armenian Patriarchate":
/// the number of words before the "of" when they hold a person's name of two words or more
/// after the titles (so "Bank of America" and "Secretary of State Mike Pompeo" stay whole).
pub(crate) fn person_before_of(words: &[&str]) -> Option<usize> {
    let of = (2..words.len().saturating_sub(1)).find(|&k| words[k] == "of")?;
    let s = name_start(&words[..of]);
    // ("The Muslim Council of Britain": an institution's name goes on past "of".)
    let institution = is_institution(words[of - 1]);
    (s + 1 < of && !institution && !words[s..of].iter().any(|w| is_title(w))).then_some(of)
}

/// The capitalised runs `(first, end)` that can name people, in order. Runs in title-case
/// paragraphs (headlines, section heads) are left out: their capitals are style, not names.
pub(crate) fn name_runs(body: &str, toks: &[Tok]) -> Vec<(usize, usize)> {
    let title = title_case_paragraphs(body, toks);
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Some(end) = run_from(body, toks, i) else {
            i += 1;
            continue;
        };
        // "NEW DELHI, March 1 -": a dateline (or a heading) in capitals names no one.
        let shouted = end - i >= 2 && toks[i..end].iter().all(|t| all_caps(text(body, t)));
        if !title[toks[i].para as usize] && !shouted {
            match place_before_name(body, toks, i, end) {
                Some(k) => out.extend([(i, k), (k, end)]),
                None => out.push((i, end)),
            }
        }
        i = end;
    }
    drop_glued_openers(body, toks, &mut out);
    out
}

/// "ambassador to Pakistan Abdul Salam Zaeef": after a preposition, a run whose first word is
/// no first name but a later one is holds a place, then the person; the person's first token.
fn place_before_name(body: &str, toks: &[Tok], i: usize, end: usize) -> Option<usize> {
    let after_preposition = i > 0
        && toks[i - 1].sent == toks[i].sent
        && matches!(
            word(body, toks, i - 1),
            Some("to" | "in" | "from" | "for" | "at")
        );
    if !after_preposition || end - i < 3 || given_name(text(body, &toks[i])) {
        return None;
    }
    (i + 1..end - 1)
        .find(|&k| given_name(text(body, &toks[k])) && !is_title(text(body, &toks[k - 1])))
}

/// A first name (or a title) either list knows.
pub(crate) fn given_name(w: &str) -> bool {
    gender_of_word(w) != Gender::Unknown || given_names::gender(w) != Gender::Unknown
}

/// "NEW", "EMOTIONAL": a word in capitals (two letters or more, no dots: "U.S." is an
/// abbreviation).
pub(crate) fn all_caps(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
        && !w.contains('.')
        && !w.chars().any(char::is_lowercase)
}

/// "Hastily", "Surprisingly", "Understated": endings of adverbs and participles, not of given
/// names ("Anatoly", "Kimberly", "Mohammed").
fn adverb_or_participle(w: &str) -> bool {
    [
        "ally", "ily", "ously", "ingly", "ately", "ated", "ored", "ened", "ered",
    ]
    .iter()
    .any(|e| w.ends_with(e))
}

/// Sentence-initial words that open a run without being part of the name ("Maybe Trump is
/// ...", "Understated Perez raises ...").
#[rustfmt::skip]
const OPENERS: &[&str] = &[
    "Maybe", "Perhaps", "Yet", "Even", "Only", "Why", "How", "Where", "When", "Once", "Unlike",
    "Like", "Unless", "Although", "Though", "While", "If", "Because", "Since", "Thus", "Indeed",
];

/// A run that opens a sentence may start with a word capitalised only for its position:
/// "Maybe Trump", "Understated Perez", "Donor Adelson". Its first word goes when it is no
/// given name or title and is an opener above, an adverb or participle, or a word the text also
/// writes in lowercase ("donor").
fn drop_glued_openers(body: &str, toks: &[Tok], runs: &mut [(usize, usize)]) {
    let initial = |i: usize| i == 0 || toks[i - 1].sent != toks[i].sent;
    let candidate = |i: usize, end: usize| {
        let w = text(body, &toks[i]);
        end - i >= 2
            && initial(i)
            && !toks[i].is(POSS)
            && !is_title(w)
            && gender_of_word(w) == Gender::Unknown
            && given_names::gender(w) == Gender::Unknown
    };
    let mut glued: Vec<(usize, &str)> = runs
        .iter()
        .enumerate()
        .filter(|(_, &(i, end))| candidate(i, end))
        .map(|(r, &(i, _))| (r, text(body, &toks[i])))
        .collect();
    if glued.is_empty() {
        return;
    }
    // Per candidate: seen in lowercase, seen capitalised inside a sentence ("the White House"
    // keeps "White House" whole even though the text writes "white").
    let mut seen = vec![(false, false); glued.len()];
    for (i, t) in toks
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == Kind::Word)
    {
        let w = text(body, t);
        for (k, (_, g)) in glued.iter().enumerate() {
            if g.len() == w.len() && g.eq_ignore_ascii_case(w) {
                if t.is(LOWER) {
                    seen[k].0 = true;
                } else if !initial(i) {
                    seen[k].1 = true;
                }
            }
        }
    }
    let mut k = 0;
    glued.retain(|(_, w)| {
        let keep = !seen[k].1
            && (seen[k].0 || OPENERS.contains(w) || (w.len() > 5 && adverb_or_participle(w)));
        k += 1;
        keep
    });
    for (r, _) in glued {
        runs[r].0 += 1;
    }
}

/// Per paragraph: true for a headline-style line in title case ("Black Lawmakers Rip Donald
/// Trump As A Fraud"), where every word is capitalized and a run of capitals is no name ("Rival
/// Hillary Clinton" would become Clinton's fullest name, "Lawmakers Rip Donald Trump" a person).
pub(crate) fn title_case_paragraphs(body: &str, toks: &[Tok]) -> Vec<bool> {
    let n = toks.last().map_or(0, |t| t.para as usize + 1);
    // (capitalized words, lowercase words other than short function words)
    let mut counts = vec![(0u32, 0u32); n];
    for t in toks.iter().filter(|t| t.kind == Kind::Word) {
        let c = &mut counts[t.para as usize];
        if t.is(UPPER) {
            c.0 += 1;
        } else if t.is(LOWER)
            && !matches!(
                text(body, t),
                "of" | "the"
                    | "a"
                    | "an"
                    | "and"
                    | "or"
                    | "to"
                    | "in"
                    | "on"
                    | "at"
                    | "for"
                    | "by"
                    | "with"
                    | "from"
                    | "as"
                    | "vs"
                    | "is"
            )
        {
            c.1 += 1;
        }
    }
    counts
        .iter()
        .map(|&(up, low)| up >= 4 && low == 0)
        .collect()
}

/// True when token `i` opens its sentence, possibly after "But", "And", "Meanwhile," ...
pub(crate) fn sentence_opener(body: &str, toks: &[Tok], i: usize) -> bool {
    let sent = toks[i].sent;
    let mut k = i;
    while k > 0 && toks[k - 1].sent == sent && i - k < 3 {
        let p = text(body, &toks[k - 1]);
        let skip = p == "," || is_connective(p);
        if !skip {
            return false;
        }
        k -= 1;
    }
    k == 0 || toks[k - 1].sent != sent
}

/// `in New York,` / `from France and`: the run `i..end` follows "in"/"from"/"across" and is
/// followed by punctuation or a function word, not by a noun it qualifies ("in Obama
/// administration policy") nor by a possessive ("in Trump's speech").
pub(crate) fn after_place_preposition(body: &str, toks: &[Tok], i: usize, end: usize) -> bool {
    let prep = i > 0
        && toks[i - 1].sent == toks[i].sent
        && word(body, toks, i - 1)
            .is_some_and(|w| matches!(w, "in" | "In" | "from" | "across" | "throughout"));
    if !prep || strip_possessive(text(body, &toks[end - 1])).1 {
        return false;
    }
    match toks.get(end) {
        None => true,
        Some(t) if t.sent != toks[i].sent => true,
        Some(t) => match t.kind {
            Kind::Punct => true,
            Kind::Quote(_) => false,
            Kind::Word => matches!(
                text(body, t),
                "and"
                    | "on"
                    | "in"
                    | "for"
                    | "to"
                    | "with"
                    | "at"
                    | "last"
                    | "this"
                    | "next"
                    | "where"
                    | "is"
                    | "was"
                    | "has"
                    | "had"
                    | "since"
                    | "after"
                    | "before"
                    | "or"
                    | "but"
                    | "during"
                    | "over"
            ),
        },
    }
}

#[cfg(test)]
#[path = "runs_tests.rs"]
mod tests;
