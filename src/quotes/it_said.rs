//! "it" with a speech verb → the organisation or document that spoke. In: the token stream,
//! the article's names, the quote spans, their analyses and the speakers resolved so far. Out:
//! `who` filled in for quotes whose mention is "it": the organisation quoted last
//! (`inherit_it`), the one whose statement the sentence before reports
//! (`inherit_it_from_statement`), or one further back over a wire story's run of "It said"
//! (`inherit_it_through`). An "it" that fits none keeps no speaker: it is as often a thing.

use super::attribute::{self, Analysis, MentionKind};
use super::find;
use super::institutions::is_institution;
use super::lexicon::{self, is_document_noun, is_org_noun, CUE, PART};
use super::names::Names;
use super::resolve;
use super::tokens::{self, Tok};
use super::Who;

/// Speakers for the quotes whose mention is "it" and that have none yet.
#[allow(clippy::too_many_arguments)]
pub(super) fn resolve_it(
    body: &str,
    toks: &[Tok],
    names: &Names,
    spans: &[find::Span],
    qtok: &[usize],
    analyses: &[Analysis],
    keep: &[bool],
    who: &mut [Option<Who>],
) {
    // The people check is built only for articles that have such a quote.
    let it_said: Vec<bool> = analyses
        .iter()
        .map(|a| a.cue_distance.is_some() && says_it(body, toks, a))
        .collect();
    if !it_said.contains(&true) {
        return;
    }
    // People: a name with a gender, one a he/she was resolved to, or two capitalized words
    // or more that end in no institution's word.
    let he_she: Vec<String> = who
        .iter()
        .flatten()
        .filter(|w| {
            lexicon::pronoun(&w.mention)
                .and_then(lexicon::pronoun_gender)
                .is_some()
        })
        .filter_map(|w| w.speaker.clone())
        .collect();
    let people = |s: &str| {
        let words: Vec<&str> = s.split_whitespace().collect();
        he_she.iter().any(|p| p == s)
            || (words.len() > 1 && !is_institution(s))
            || names
                .canonical(&words)
                .is_some_and(|p| p.gender != lexicon::Gender::Unknown)
    };
    inherit_it(spans, qtok, toks, keep, &it_said, who, people);
    // The name whose statement the sentence right before the quote reports, or an
    // institution that is that sentence's subject ("The British Chambers of Commerce
    // welcomed the proposal."; not "Shares in Seaways fell.").
    // ("said the agency, which advises schools. "...," it said": a described organisation.)
    let name_of = |m: attribute::Mention| match m.kind {
        MentionKind::Name => names
            .canonical(&resolve::mention_words(body, toks, m.first, m.last))
            .map(|p| p.name),
        MentionKind::Descriptor => {
            let words = resolve::mention_words(body, toks, m.first, m.last);
            let organisation = words.len() == 2
                && words[0].eq_ignore_ascii_case("the")
                && (lexicon::is_org_noun(words[1]) || lexicon::is_document_noun(words[1]));
            organisation.then(|| format!("the {}", words[1]))
        }
        MentionKind::Pronoun => None,
    };
    let reported = |qi: usize| {
        attribute::cue_before(body, toks, qi)
            .and_then(name_of)
            .or_else(|| {
                attribute::subject_before(body, toks, qi)
                    .and_then(name_of)
                    .filter(|n| is_institution(n))
            })
    };
    inherit_it_from_statement(qtok, toks, keep, &it_said, who, reported, people);
    let said_before = |end: usize| {
        let m = attribute::cue_before(body, toks, end)?;
        if m.kind == MentionKind::Pronoun {
            let it = tokens::text(body, &toks[m.first]).eq_ignore_ascii_case("it");
            return Some(if it { Said::It } else { Said::Other });
        }
        // "the White House said", "U.S. Shoe said it expects": a name after "the", or one
        // whose own statement calls it "it", is no person whatever its words.
        let word = |k: usize| super::np::word(body, toks, k);
        let the = (m.first.saturating_sub(1)..=m.first)
            .any(|k| word(k).is_some_and(|w| w.eq_ignore_ascii_case("the")));
        let calls_itself_it = (m.last + 1..m.last + 3)
            .find(|&k| toks.get(k).is_some_and(|t| t.is(lexicon::CUE)))
            .is_some_and(|v| word(v + 1) == Some("it"));
        // ("the White House": a name the index keeps without its "the".)
        let written = || {
            let words = resolve::mention_words(body, toks, m.first, m.last);
            (m.kind == MentionKind::Name && the).then(|| words.join(" "))
        };
        let org = name_of(m).or_else(written).filter(|n| {
            n.starts_with("the ") || (capitalised(n) && (the || calls_itself_it || !people(n)))
        });
        Some(org.map_or(Said::Other, Said::Org))
    };
    inherit_it_through(qtok, toks, keep, &it_said, who, said_before);
}

/// The quote's mention is "it" alone: a thing (`It could be a "buy the rumor" moment`) or, with
/// a speech verb, an organisation (`"...," it said`).
pub(super) fn says_it(body: &str, toks: &[Tok], a: &Analysis) -> bool {
    a.mention.is_some_and(|m| {
        m.kind == MentionKind::Pronoun
            && tokens::text(body, &toks[m.first]).eq_ignore_ascii_case("it")
    })
}

/// `"...," said Seagate. ... "It is the first time," it said.`: "it" with a speech verb (the
/// quotes marked in `it_said`) is the organisation that spoke last, within this paragraph or
/// the one before: the latest earlier quote with a speaker, when that speaker is a capitalized
/// name `people` does not take for a person's.
fn inherit_it(
    spans: &[find::Span],
    qtok: &[usize],
    toks: &[Tok],
    keep: &[bool],
    it_said: &[bool],
    who: &mut [Option<Who>],
    people: impl Fn(&str) -> bool,
) {
    // No speech verb in a sentence between the two quotes' sentences: "Deutsche Boerse said
    // TCI's opposition would not change its bid. "...," it said." is Deutsche Boerse's, not
    // the speaker of the quote before.
    let uninterrupted = |j: usize, i: usize| {
        let (a, b) = (toks[qtok[j]].sent, toks[qtok[i]].sent);
        !toks[qtok[j]..qtok[i]]
            .iter()
            .any(|t| t.sent > a && t.sent < b && t.is(CUE | PART))
    };
    for i in 0..who.len() {
        if !keep[i] || !it_said[i] {
            continue;
        }
        if who[i].as_ref().is_some_and(|w| w.speaker.is_some()) {
            continue;
        }
        let org = (0..i)
            .rev()
            .take_while(|&j| spans[j].para + 1 >= spans[i].para)
            .filter(|&j| keep[j])
            .find(|&j| who[j].as_ref().is_some_and(|w| w.speaker.is_some()))
            .filter(|&j| uninterrupted(j, i))
            .and_then(|j| who[j].as_ref().and_then(|w| w.speaker.clone()))
            .filter(|s| {
                // ("said the magazine. ... "...," it concluded.", "the report stated. "...," it
                // added.")
                let organisation = s.starts_with("the ")
                    && s.rsplit(' ')
                        .next()
                        .is_some_and(|w| is_org_noun(w) || is_document_noun(w));
                organisation || (capitalised(s) && !people(s))
            });
        if let (Some(org), Some(w)) = (org, who[i].as_mut()) {
            w.speaker = Some(org);
        }
    }
}

/// `Deutsche Boerse said TCI's opposition would not change its bid. "...," it said.`: an "it"
/// that `inherit_it` left without a speaker, in a quote opening its sentence (or paragraph), is the
/// organisation whose statement the sentence before it reports (`reported`, given the quote's
/// token), when that is a capitalized name `people` does not take for a person's.
fn inherit_it_from_statement(
    qtok: &[usize],
    toks: &[Tok],
    keep: &[bool],
    it_said: &[bool],
    who: &mut [Option<Who>],
    reported: impl Fn(usize) -> Option<String>,
    people: impl Fn(&str) -> bool,
) {
    for i in 0..who.len() {
        let qi = qtok[i];
        // (Or its paragraph: `..., NATO said in a statement.⏎⏎"...," it said.`)
        let opens_sentence = qi > 0 && toks[qi - 1].sent != toks[qi].sent;
        if !keep[i] || !it_said[i] || !opens_sentence {
            continue;
        }
        let Some(w) = who[i].as_mut().filter(|w| w.speaker.is_none()) else {
            continue;
        };
        w.speaker =
            reported(qi).filter(|s| s.starts_with("the ") || (capitalised(s) && !people(s)));
    }
}

/// What an earlier sentence's speech verb says about a later "it" (see `inherit_it_through`).
enum Said {
    /// An organisation or a document spoke ("U.S. Shoe said", "The report said").
    Org(String),
    /// "It said" again: the chain goes on back.
    It,
    /// A person or someone else spoke: "it" cannot reach past them.
    Other,
}

/// Sentences read back from an unresolved "it", at most: a wire story's run of "It said".
const IT_CHAIN_SENTENCES: usize = 8;

/// `U.S. Shoe also said it expects an improvement.⏎⏎It said that orders were down
/// "moderately"`: an "it" with a speech verb that the passes above left without a speaker is
/// the organisation whose statement an earlier sentence reports (`said_before`, given the end
/// of that sentence), back over sentences whose own speaker is "it", within the quote's
/// paragraph and the two before. Every sentence on the way must report a statement.
fn inherit_it_through(
    qtok: &[usize],
    toks: &[Tok],
    keep: &[bool],
    it_said: &[bool],
    who: &mut [Option<Who>],
    said_before: impl Fn(usize) -> Option<Said>,
) {
    for i in 0..who.len() {
        if !keep[i] || !it_said[i] {
            continue;
        }
        let Some(w) = who[i].as_mut().filter(|w| w.speaker.is_none()) else {
            continue;
        };
        let para = toks[qtok[i]].para;
        let mut end = tokens::sentence_first(toks, qtok[i]);
        for _ in 0..IT_CHAIN_SENTENCES {
            if end == 0 || toks[end - 1].para + 2 < para {
                break;
            }
            match said_before(end) {
                Some(Said::Org(name)) => {
                    w.speaker = Some(name);
                    break;
                }
                // (A sentence with no speech verb between: `Shares in Seaways fell. "...," it
                // said.` may be about someone else.)
                Some(Said::Other) | None => break,
                Some(Said::It) => {}
            }
            end = tokens::sentence_first(toks, end - 1);
        }
    }
}

/// A speaker written with a capital, or with an Arabic article before one ("al-Qabas").
fn capitalised(s: &str) -> bool {
    s.split(' ')
        .next()
        .is_some_and(|w| lexicon::flags(w) & lexicon::UPPER != 0)
}
