//! Definite and indefinite descriptions → people. In: the token stream, the article's
//! `Names`, the pronoun antecedents and the quotes' analyses. Out: the person "the minister",
//! "the Spaniard" or "the diplomat" refers to (the one the article introduced with those words,
//! else an earlier "a Western diplomat", else the latest person nearby whose role does not
//! clash), and the described speakers, or descriptions making a statement, that a later
//! "he"/"she" may mean. Split from `resolve.rs`, which turns every mention into a speaker and
//! calls these for descriptions.

use super::antecedents::Event;
use super::attribute::{Analysis, Mention, MentionKind};
use super::institutions::{is_group, national_executive};
use super::lexicon;
use super::names::Names;
use super::resolve::{lower_determiner, mention_words, person_named};
use super::tokens::{self, Tok};

/// Speakers written as a description the article links to a person ("the minister said" after
/// "Foreign Minister Anatoly Brenner"): antecedents for a later "he"/"she" like a named
/// speaker. Built after `antecedents`, whose events the link reads.
pub(super) fn linked_descriptions(
    body: &str,
    toks: &[Tok],
    names: &Names,
    events: &[Event],
    described: &[Described],
    analyses: &[Analysis],
    keep: &[bool],
) -> Vec<Event> {
    let mut out = Vec::new();
    for (a, _) in analyses.iter().zip(keep).filter(|(_, &k)| k) {
        let Some(m) = a.mention.filter(|m| m.kind != MentionKind::Pronoun) else {
            continue;
        };
        let words = mention_words(body, toks, m.first, m.last);
        // A name is its own event (`antecedents`) unless it is one word written as a
        // description: "said the Spaniard".
        if m.kind == MentionKind::Name && !described_word(&words) {
            continue;
        }
        let Some(name) = definite_person(toks, names, events, described, m.first, &words) else {
            continue;
        };
        let Some(p) = person_named(names, &name) else {
            continue;
        };
        out.push(Event {
            tok: m.first,
            para: toks[m.first].para,
            name,
            gender: p.gender,
            weak: false,
        });
    }
    out
}

/// "the Spaniard", "The American": one capitalised word after "the" (see also
/// `antecedents::subjects`).
pub(super) fn described_word(words: &[&str]) -> bool {
    matches!(words, [the, _] if the.eq_ignore_ascii_case("the"))
}

/// `The Ohio Democrat, who sits on the committee, spoke of ...`: a capitalised description
/// after "the" is read as a name run, but it refers back to a person the article named;
/// renames such events so a later "she told the committee" finds the person.
pub(super) fn relink_described_events(
    body: &str,
    toks: &[Tok],
    names: &Names,
    described: &[Described],
    events: &mut [Event],
) {
    for i in 0..events.len() {
        let tok = events[i].tok;
        let the = tok > 0
            && toks[tok - 1].sent == toks[tok].sent
            && tokens::text(body, &toks[tok - 1]).eq_ignore_ascii_case("the");
        if !the {
            continue;
        }
        let mut words = vec!["the"];
        words.extend(events[i].name.split(' '));
        if let Some(name) = definite_person(toks, names, &events[..i], described, tok - 1, &words) {
            if let Some(p) = person_named(names, &name) {
                events[i].gender = p.gender;
            }
            events[i].name = name;
        }
    }
}

/// An indefinite description that spoke earlier ("a Western diplomat"): token, head noun
/// (lowercased), the description as the speaker.
pub(super) type Described = (usize, String, String);

/// Nouns that, after "the", refer back to a person ("the minister said").
#[rustfmt::skip]
const PERSON_NOUNS: &[&str] = &[
    "minister", "judge", "manager", "senator", "diplomat", "leader", "official", "president",
    "governor", "mayor", "coach", "player", "striker", "captain", "councillor", "councilor",
    "negotiator", "envoy", "chancellor", "premier", "secretary", "ambassador", "candidate",
    "nominee", "founder", "executive", "director", "chairman", "chairwoman", "chair", "chief",
    "boss", "owner", "prosecutor", "lawmaker", "congressman", "congresswoman", "representative",
    "general", "commander", "officer", "sheriff", "veteran", "champion", "teenager", "winner",
    "author", "actor", "actress", "singer", "star", "prince", "princess", "king", "queen",
    "democrat", "republican", "campaigner", "activist", "economist", "analyst", "professor",
    "scientist", "researcher", "doctor", "lawyer", "attorney", "spokesman", "spokeswoman",
    "spokesperson", "businessman", "businesswoman", "entrepreneur", "incumbent", "challenger",
    "midfielder", "defender", "goalkeeper", "keeper", "winger", "skipper", "fly-half",
    "scrum-half", "full-back", "batsman", "bowler", "boxer", "golfer", "sprinter", "driver",
    "dealer", "trader", "banker", "broker", "manufacturer", "aide", "adviser", "advisor",
    "pastor", "rabbi", "imam", "bishop", "archbishop", "cardinal", "priest", "preacher",
    "evangelist", "cleric", "reverend", "pope",
];

/// Nouns of unnamed sources and witnesses ("one Japanese refiner said", "a resident said"):
/// whom a later "he" or "she" means after they spoke, but too common to link "the source" or
/// "the man" to a person named before (`definite_person` reads only `PERSON_NOUNS`).
#[rustfmt::skip]
const WITNESS_NOUNS: &[&str] = &[
    "refiner", "producer", "exporter", "importer", "buyer", "seller", "source", "insider",
    "worker", "farmer", "resident", "witness", "observer", "investor", "employee", "member",
    "voter", "supporter", "fan", "student", "teacher", "nurse", "soldier", "pilot", "passenger",
    "neighbour", "neighbor", "friend", "relative", "parent", "mother", "father", "man", "woman",
    "expert", "consultant", "delegate", "engineer", "planner", "strategist", "negotiator",
];

/// True for a head noun that names one person: a listed role, or a demonym or party member
/// ("Frenchwoman", "Spaniard", "Democrat").
fn person_noun(head: &str) -> bool {
    // Asked of the word before every speech verb: no copy when it is already in lower case.
    let h: std::borrow::Cow<str> = if head.chars().any(char::is_uppercase) {
        head.to_lowercase().into()
    } else {
        head.into()
    };
    PERSON_NOUNS.contains(&h.as_ref())
        || ["woman", "man", "person", "ist", "ard"]
            .iter()
            .any(|s| h.len() > s.len() + 2 && h.ends_with(s))
        || lexicon::is_demonym(head)
}

/// "the minister" / "the deputy minister" / "the Spaniard" / "the diplomat": the person the
/// article introduced with those words (their title, a role before the name, an apposition),
/// else an earlier indefinite speaker with the same head noun ("a Western diplomat"), else
/// the latest person who was a subject nearby — the same reading a reporter gives "he". None
/// for anything but "the" + a person noun, so "the White House" and "the report" stay as they
/// are.
pub(super) fn definite_person(
    toks: &[Tok],
    names: &Names,
    events: &[Event],
    described: &[Described],
    first: usize,
    words: &[&str],
) -> Option<String> {
    let (&det, rest) = words.split_first()?;
    let head = *rest.last()?;
    if !det.eq_ignore_ascii_case("the") || !person_noun(head) || rest.len() > 4 {
        return None;
    }
    // "the Scottish Executive" is a government, not "the executive" of a company.
    if national_executive(&rest.join(" ")) {
        return None;
    }
    let role: Vec<String> = rest
        .iter()
        .map(|w| tokens::strip_possessive(w).0.to_lowercase())
        .collect();
    if let Some(p) = names.by_role(&role, toks[first].start) {
        return Some(p.name);
    }
    let head_lower = head.to_lowercase();
    // (An earlier "the spokesman said" does not replace "the Het Comite spokesman".)
    if let Some((_, _, d)) = described.iter().rev().find(|(t, h, d)| {
        *t < first
            && *h == head_lower
            && (!d.starts_with("the ") || d.split(' ').count() >= words.len())
    }) {
        return Some(d.clone());
    }
    // "the prime minister's official spokesman" is someone the article does not name, not
    // the person who spoke last; nor is "the spokesman", who speaks for that person.
    let possessive =
        (first..first + words.len()).any(|k| toks.get(k).is_some_and(|t| t.is(lexicon::POSS)));
    if possessive || head_lower.starts_with("spokes") {
        return None;
    }
    let para = toks[first].para;
    let want = lexicon::noun_gender(head);
    let before = events.partition_point(|e| e.tok < first);
    events[..before]
        .iter()
        .rev()
        .filter(|e| !e.weak)
        .take_while(|e| e.para + 3 >= para)
        // (A person named, not another description: "the journalist" is not "the diplomat";
        // nor a party or a people: "the chancellor" is not "Lib Dems", "Tories".)
        .filter(|e| !e.name.starts_with(char::is_lowercase) && !is_group(&e.name))
        .find(|e| want == lexicon::Gender::Unknown || e.gender != want.opposite())
        // "Mr Cable, the Lib Dem Treasury spokesman, said ... The chancellor meanwhile
        // insisted": the last person spoken of has another role in the article, so the
        // description is someone it does not name.
        .filter(|e| !other_office(names, &e.name, head))
        .map(|e| e.name.clone())
}

/// True when `head` names an office ("chancellor") and the person called `name` holds another
/// by the role the article gives them. A party or a nationality is no office ("The Ohio
/// Democrat", "the Dutchman"), and a role that is only a name read as one ("BBC") says
/// nothing.
fn other_office(names: &Names, name: &str, head: &str) -> bool {
    let office = lexicon::flags(head) & lexicon::TITLE != 0
        && !lexicon::is_demonym(head)
        && !matches!(head.to_lowercase().as_str(), "democrat" | "republican");
    if !office {
        return false;
    }
    let Some(role) = person_named(names, name).and_then(|p| p.role) else {
        return false;
    };
    let role = role.to_lowercase();
    role_has_title(&role) && !role.contains(&head.to_lowercase())
}

/// A role holding a title word ("foreign secretary", "Lib Dem Treasury spokesman"), not only
/// names ("BBC", "Tory").
fn role_has_title(role: &str) -> bool {
    role.split(' ')
        .any(|w| lexicon::flags(w) & lexicon::TITLE != 0 || person_noun(w))
}

/// `A Western diplomat warned that ... "...," he said.`: a person described, not named, who
/// spoke (a quote's speaker or a speech verb's subject) is whom a later "he"/"she" means,
/// like a named speaker. Its gender is the head noun's ("spokeswoman"), else unknown.
pub(super) fn described_events(toks: &[Tok], described: &[Described]) -> Vec<Event> {
    described
        .iter()
        .filter(|(_, head, _)| person_noun(head) || WITNESS_NOUNS.contains(&head.as_str()))
        .map(|(tok, head, text)| Event {
            tok: *tok,
            para: toks[*tok].para,
            name: text.clone(),
            gender: lexicon::noun_gender(head),
            weak: false,
        })
        .collect()
}

/// `The Shanghai official said prices must be reformed. "We must be very careful," he said.`:
/// a definite description of a person that makes a statement is whom a later "he" or "she"
/// means, when it links to someone (`definite_person`: the person with that role, an earlier
/// "a Shanghai official"). One that links to no one adds nothing: "the Ohio governor" may be
/// the "Gov. John Kasich" named before, whom a "he" then still finds.
pub(super) fn narrating_descriptions(
    body: &str,
    toks: &[Tok],
    names: &Names,
    events: &[Event],
    described: &[Described],
) -> Vec<Event> {
    (1..toks.len())
        .filter(|&k| toks[k].is(lexicon::CUE) && !toks[k].is(lexicon::PART))
        .filter_map(|k| definite_statement_subject(body, toks, k, person_noun))
        .filter_map(|m| {
            let words = mention_words(body, toks, m.first, m.last);
            let name = definite_person(toks, names, events, described, m.first, &words)?;
            let head = tokens::text(body, &toks[m.last]);
            let gender =
                person_named(names, &name).map_or(lexicon::noun_gender(head), |p| p.gender);
            Some(Event {
                tok: m.first,
                para: toks[m.first].para,
                name,
                gender,
                weak: false,
            })
        })
        .collect()
}

/// Indefinite descriptions that are a kept quote's speaker ("a Western diplomat"), in order.
pub(super) fn described(
    body: &str,
    toks: &[Tok],
    names: &Names,
    events: &[Event],
    analyses: &[Analysis],
    keep: &[bool],
) -> Vec<Described> {
    // Speakers of quotes, and subjects of speech verbs with no quote ("A Western diplomat
    // briefed on the meeting said the tone was better"), for a later "the diplomat said".
    let mut mentions: Vec<_> = analyses
        .iter()
        .zip(keep)
        .filter(|(_, &k)| k)
        .filter_map(|(a, _)| a.mention)
        .collect();
    for k in 1..toks.len() {
        if !toks[k].is(lexicon::CUE) || toks[k].is(lexicon::PART) {
            continue;
        }
        let mut lo = k;
        while lo > 0 && toks[lo - 1].sent == toks[k].sent && k - lo < 16 {
            lo -= 1;
        }
        let opens = lo == 0 || toks[lo - 1].sent != toks[k].sent;
        // ("But an executive spokeswoman insisted": past a connective and its comma.)
        while lo + 1 < k
            && (tokens::text(body, &toks[lo]) == ","
                || lexicon::is_connective(tokens::text(body, &toks[lo])))
        {
            lo += 1;
        }
        if let Some(m) = opens
            .then(|| super::subject::indefinite_subject(body, toks, lo, k))
            .flatten()
            .or_else(|| trailing_indefinite(body, toks, k))
        {
            mentions.push(m);
        }
    }
    // "..., the military spokesman said.", "The Finance Ministry official said": a definite
    // description that makes a statement with no quote of its own, for a later "he said".
    // Only the nouns of unnamed sources ("the spokesman", "the official"), and only when no
    // one named before has that role ("the chancellor" after Gordon Brown is Brown) and, but
    // for a spokesman, no person was a subject nearby (`definite_person` links "the USDA
    // official" to the Amstutz of the sentence before).
    let person_nearby = |k: usize| {
        let before = events.partition_point(|e| e.tok < k);
        events[..before]
            .iter()
            .rev()
            .filter(|e| !e.weak)
            .any(|e| e.para + 3 >= toks[k].para)
    };
    let definite: Vec<Mention> = (1..toks.len())
        .filter(|&k| toks[k].is(lexicon::CUE) && !toks[k].is(lexicon::PART))
        .filter_map(|k| definite_statement_subject(body, toks, k, |w| SOURCE_NOUNS.contains(&w)))
        .filter(|m| {
            let head = tokens::text(body, &toks[m.last]).to_string();
            names
                .by_role(std::slice::from_ref(&head), toks[m.last].start)
                .is_none()
                && (head.starts_with("spokes") || !person_nearby(m.last + 1))
        })
        .collect();
    mentions.extend(definite.iter().copied());
    mentions.sort_by_key(|m| m.first);
    mentions.dedup_by_key(|m| m.first);
    let mut out: Vec<Described> = Vec::new();
    for m in mentions
        .into_iter()
        .filter(|m| m.kind == MentionKind::Descriptor)
    {
        let words = mention_words(body, toks, m.first, m.last);
        let (Some(det), Some(head)) = (words.first(), words.last()) else {
            continue;
        };
        let head = head.to_lowercase();
        let indefinite = matches!(det.to_lowercase().as_str(), "a" | "an" | "one");
        // A definite one repeating an earlier description's noun is that one ("a Western
        // diplomat said ... the diplomat said": `definite_person` links them).
        let repeats = out.iter().any(|(_, h, _)| *h == head);
        if indefinite || (definite.iter().any(|d| d.first == m.first) && !repeats) {
            let text = body[toks[m.first].start..toks[m.last].end].to_string();
            out.push((m.first, head, lower_determiner(&text)));
        }
    }
    out
}

/// `..., a USDA soybean analyst said.`, `..., said a dealer in high-yield bonds.`, `..., one
/// manufacturer said.`: an indefinite description set off by a comma right before the speech
/// verb at `verb`, or right after it; None otherwise.
fn trailing_indefinite(body: &str, toks: &[Tok], verb: usize) -> Option<Mention> {
    let plain = |k: usize| {
        toks[k].kind == tokens::Kind::Word
            && toks[k].sent == toks[verb].sent
            && !toks[k].is(lexicon::BLOCK | lexicon::CUE | lexicon::AUX | lexicon::POSS)
    };
    let det = |k: usize| matches!(tokens::text(body, &toks[k]), "a" | "an" | "one");
    let comma = |k: usize| tokens::text(body, &toks[k]) == ",";
    let before = (verb.saturating_sub(6).max(1)..verb)
        .rev()
        .take_while(|&k| plain(k) || det(k))
        .find(|&k| det(k))
        .filter(|&d| d + 1 < verb && comma(d - 1));
    if let Some(d) = before {
        return Some(Mention {
            first: d,
            last: verb - 1,
            kind: MentionKind::Descriptor,
        });
    }
    // "said a dealer in high-yield, low rated bonds": the head is the last word before a
    // preposition or a mark.
    let d = verb + 1;
    let set_off =
        verb > 0 && (comma(verb - 1) || matches!(toks[verb - 1].kind, tokens::Kind::Quote(_)));
    if !set_off || d >= toks.len() || !det(d) || toks[d].sent != toks[verb].sent {
        return None;
    }
    let head = (d + 1..(d + 5).min(toks.len()))
        .take_while(|&k| {
            plain(k) && !super::np::PREPOSITIONS.contains(&tokens::text(body, &toks[k]))
        })
        .last()?;
    Some(Mention {
        first: d,
        last: head,
        kind: MentionKind::Descriptor,
    })
}

/// Nouns wire copy gives sources it does not name ("the spokesman said", "the official said").
const SOURCE_NOUNS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "diplomat",
    "analyst",
    "trader",
    "dealer",
    "banker",
    "economist",
];

/// "the" + up to four words + a noun that `noun` accepts right before the speech verb at
/// `verb`, opening the sentence or set off by a comma ("..., the military spokesman said",
/// "The Finance Ministry official said"); None otherwise.
fn definite_statement_subject(
    body: &str,
    toks: &[Tok],
    verb: usize,
    noun: fn(&str) -> bool,
) -> Option<Mention> {
    let head = verb.checked_sub(1)?;
    if toks[head].kind != tokens::Kind::Word || !noun(tokens::text(body, &toks[head])) {
        return None;
    }
    let the = (verb.saturating_sub(6)..head)
        .rev()
        .take_while(|&k| {
            toks[k].kind == tokens::Kind::Word
                && toks[k].sent == toks[verb].sent
                && !toks[k].is(lexicon::CUE | lexicon::AUX | lexicon::POSS)
        })
        .find(|&k| tokens::text(body, &toks[k]).eq_ignore_ascii_case("the"))?;
    // ("But the Apollo spokesman said": after a connective opening the sentence too.)
    let connective = the >= 1
        && (the == 1 || toks[the - 2].sent != toks[the].sent)
        && lexicon::is_connective(tokens::text(body, &toks[the - 1]));
    let opens = the == 0
        || toks[the - 1].sent != toks[the].sent
        || tokens::text(body, &toks[the - 1]) == ","
        || connective;
    let words_ok = (the + 1..head).all(|k| !toks[k].is(lexicon::BLOCK));
    (opens && words_ok).then_some(Mention {
        first: the,
        last: head,
        kind: MentionKind::Descriptor,
    })
}
