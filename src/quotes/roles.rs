//! The roles a name is introduced with: "Putin's aide Yuri Ushakov", "the manager, Dani Ruiz",
//! "Anatoly Brenner, the foreign minister,". In: the token stream around a name run. Out: the
//! role as written (shown as the quote's `role`) and its lowercased words, which "the minister
//! said" is matched against (see `Names::by_role`).

use std::sync::LazyLock;

use super::lexicon::{is_blocker, is_determiner, is_title, starts_upper, FastSet};
use super::np::word;
use super::runs::{is_name_tok, name_start};
use super::tokens::{strip_possessive, text, Kind, Tok};

/// Role nouns written in lowercase before a name: "Putin's aide Yuri Ushakov".
#[rustfmt::skip]
const ROLE_NOUNS: &[&str] = &[
    "spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "official",
    "minister", "secretary", "senator", "candidate", "nominee", "chairman", "chairwoman", "leader",
    "president", "director", "analyst", "professor", "strategist", "manager", "lawyer", "attorney",
    "ambassador", "economist", "expert", "executive", "governor", "mayor", "congressman",
    "congresswoman", "representative", "founder", "host", "editor", "reporter", "correspondent",
    "columnist", "author", "chief", "head", "activist", "pollster", "commentator", "general",
    "commander", "officer", "sheriff", "judge", "pastor", "chair", "hopeful", "rival", "wife",
    "husband", "daughter", "son", "mother", "father", "surrogate", "councillor", "councilor",
    "diplomat", "negotiator", "envoy", "coach", "striker", "player", "captain", "founder", "boss",
    "prosecutor", "lawmaker", "campaigner", "resident", "owner", "researcher", "scientist",
    // Sport's positions and titles ("centre Jamie Noon", "Double Olympic champion Kelly Holmes").
    "champion", "centre", "center", "midfielder", "defender", "goalkeeper", "keeper", "winger",
    "skipper", "fly-half", "scrum-half", "full-back", "flanker", "batsman", "bowler", "veteran",
    "singer", "actor", "actress", "chancellor", "premier", "trader", "dealer", "banker", "broker",
    "bishop", "priest", "rabbi", "imam", "cleric",
];

/// `ROLE_NOUNS` hashed: asked of most words before a name, the list is too long to scan.
static ROLE_SET: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| ROLE_NOUNS.iter().copied().collect());

/// True for a lower-case role noun ("executive", "spokesman", "coach").
pub(super) fn is_role_noun(w: &str) -> bool {
    ROLE_SET.contains(w)
}

/// A role written before the run: "Putin's aide", "State Department spokesman",
/// "Russian Foreign Minister" (title words inside the run itself).
pub(super) fn role_before(body: &str, toks: &[Tok], i: usize, run: &[&str]) -> Option<String> {
    let k = name_start(run);
    if k > 0 && k < run.len() {
        // "Mr", "Dr" are forms of address, not roles; "Jamie Graham of" is a name cut short.
        let title: Vec<&str> = run[..k]
            .iter()
            .copied()
            .filter(|w| !is_honorific(w))
            .collect();
        let dangling = title
            .last()
            .is_some_and(|w| matches!(*w, "of" | "for" | "at" | "from" | "and"));
        if !title.is_empty() && !dangling {
            // "UK Chancellor of the Exchequer Gordon Brown": the run starts after "of the"; the
            // office began before it.
            if let Some(from) = office_before(body, toks, i).filter(|_| title.len() == k) {
                return Some(body[toks[from].start..toks[i + k - 1].end].to_string());
            }
            return Some(title.join(" "));
        }
    }
    // "the manager, Dani Ruiz,": the role may stand before a comma.
    let mut i = i;
    if toks.get(i.checked_sub(1)?).map(|t| text(body, t)) == Some(",") {
        i -= 1;
    }
    let noun = word(body, toks, i.checked_sub(1)?)?;
    if !is_role_noun(noun) {
        return None;
    }
    let mut s = i - 1;
    while s > 0 && i - s < 5 {
        let Some(p) = word(body, toks, s - 1) else {
            break;
        };
        if is_blocker(p) || is_determiner(p) {
            break;
        }
        s -= 1;
        if strip_possessive(p).1 {
            break;
        }
    }
    Some(body[toks[s].start..toks[i - 1].end].to_string())
}

/// The first token of a capitalised office ending in "of" or "of the" right before token `i`
/// ("UK Chancellor of the"), at most four words before "of".
fn office_before(body: &str, toks: &[Tok], i: usize) -> Option<usize> {
    let mut of = i.checked_sub(1)?;
    if word(body, toks, of) == Some("the") {
        of = of.checked_sub(1)?;
    }
    if word(body, toks, of) != Some("of") || of == 0 || toks[of - 1].sent != toks[i].sent {
        return None;
    }
    // (Name or title words: not "One of General Motors' ...".)
    let capital = |k: usize| is_name_tok(toks, k) || word(body, toks, k).is_some_and(is_title);
    let from = (of.saturating_sub(4)..of)
        .rev()
        .take_while(|&k| capital(k) && toks[k].sent == toks[i].sent)
        .last()?;
    (from < of).then_some(from)
}

fn is_honorific(w: &str) -> bool {
    matches!(
        w.trim_end_matches('.'),
        "Mr" | "Mrs"
            | "Ms"
            | "Miss"
            | "Mx"
            | "Dr"
            | "Messrs"
            | "Mme"
            | "Mlle"
            | "Herr"
            | "Frau"
            | "Sir"
            | "Dame"
            | "Lady"
            | "Lord"
            | "Rt"
            | "Hon"
            | "Rev"
            | "Revd"
            | "Reverend"
    )
}

/// Adds the lowercased words of titles, a role and an apposition to `into`.
pub(super) fn add_role_words<'a>(
    into: &mut Vec<String>,
    titles: impl Iterator<Item = &'a str>,
    role: &'a Option<String>,
    apposition: &'a Option<String>,
) {
    let more = role.iter().chain(apposition).flat_map(|r| r.split(' '));
    for w in titles.chain(more) {
        let w = strip_possessive(w).0.trim_end_matches('.').to_lowercase();
        if !w.is_empty() && !into.contains(&w) {
            into.push(w);
        }
    }
}

/// "Anatoly Brenner, the foreign minister," / "Karimi, Iran's deputy foreign minister,": the
/// description after the name run ending at `end`, when it is a short lowercase noun phrase set
/// off by commas.
pub(super) fn appositive(body: &str, toks: &[Tok], end: usize) -> Option<String> {
    if toks.get(end).map(|t| text(body, t)) != Some(",") {
        return None;
    }
    let start = end + 1;
    let opener = word(body, toks, start)?;
    if !(is_determiner(opener) || strip_possessive(opener).1) {
        return None;
    }
    let stop = (start..toks.len().min(start + 7)).find(|&k| toks[k].kind != Kind::Word)?;
    let last = word(body, toks, stop.checked_sub(1)?)?;
    let closes = matches!(text(body, &toks[stop]), "," | "." | ")");
    (closes && stop > start + 1 && !starts_upper(last) && !is_blocker(last))
        .then(|| body[toks[start].start..toks[stop - 1].end].to_string())
}
