//! After-cues that belong to what follows. In: the token stream, the quote spans and their
//! analyses. Out: the analyses, with the speaker of a full quote that ends a statement moved
//! from the sentence after it to the cue before it.
//!
//! A period inside a quote does not end the author's sentence (tokens.rs), so in
//! `"A," he told Fox. "B." Smith wrote that he ...` the words after "B." read like the
//! after-cue of `"B," Smith said`. Two shapes say they are not:
//! - the quote continues the statement just before it: the previous quote of the paragraph
//!   has its cue between the two, and that cue's sentence ends right before this quote — the
//!   news convention `"A," he said. "B."`;
//! - the verb after the name introduces something new: `He added, "C"`, `He added: "C"`,
//!   `Rubio said that ...`, `Rubio said he ...` — then the quote's speaker is the cue of its own
//!   sentence (`Brafman said, "B." He added, "C."`), if any.
//!
//! `"Why?" Trump asked.` keeps its after-cue: a question or an exclamation is often answered by
//! someone else, and an after-cue that ends its sentence is the usual attribution.
//!
//! A partial quote read against its after-cue (`reattach_partial`) goes back to the speech verb
//! before it, or its sentence's subject, when that after-cue opens words of its own: a new
//! sentence after a quote ending in a full stop, or a verb with its own clause or object.

use super::attribute::{cue_before, Analysis, MentionKind, BACK_WINDOW};
use super::before::before_cue;
use super::find;
use super::lexicon::{is_determiner, pronoun, AUX, CUE};
use super::np::{punct, word};
use super::passive::passive;
use super::subject::sentence_subject;
use super::tokens::{flag, Kind, Tok};

/// Re-reads the after-cue of every full quote that ends a statement (see the module comment).
pub(super) fn reattach(
    body: &str,
    toks: &[Tok],
    spans: &[find::Span],
    qtok: &[usize],
    analyses: &mut [Analysis],
) {
    for q in 0..spans.len() {
        let qi = qtok[q];
        let a = analyses[q];
        let Some(m) = a.mention.filter(|m| m.first > qi) else {
            continue;
        };
        // A quote inside the quote may close it: `"... 'We're all here.'"` ends a sentence.
        let text =
            body[spans[q].start..spans[q].end].trim_end_matches(['"', '\'', '’', '”', '»', ' ']);
        if a.partial || !text.ends_with(['.', '!', '?', '…']) {
            continue;
        }
        // `"B." said Smith`: the verb before the name is an attribution.
        if (qi + 1..m.first).any(|k| flag(toks, k, CUE)) {
            continue;
        }
        let Some(verb) = cue_verb(toks, m.last + 1) else {
            continue;
        };
        // `"B." Ruth Adler said.`: an after-cue that closes its sentence is the attribution.
        let after = verb + 1;
        let quote_next = toks
            .get(after + 1)
            .is_some_and(|t| matches!(t.kind, Kind::Quote(_)));
        let closes = match punct(body, toks, after) {
            Some(".") => true,
            Some(",") => !quote_next,
            _ => toks.get(after).is_none_or(|t| t.sent != toks[verb].sent),
        };
        if closes {
            continue;
        }
        let continued = text
            .ends_with('.')
            .then(|| continues_previous(body, toks, spans, qtok, analyses, q))
            .flatten();
        if let Some(prev) = continued {
            analyses[q].mention = Some(prev);
        } else if introduces(body, toks, verb) {
            analyses[q].mention = cue_before(body, toks, qi)
                .filter(|m| matches!(m.kind, MentionKind::Name | MentionKind::Pronoun));
        }
    }
}

/// Re-reads the after-cue of a partial quote whose after-cue opens words of its own (see
/// `own_words_after`): the quote belongs to the speech verb before it in its sentence
/// (`Lena Ortiz admitted that the plan had "been dead for months," she claimed it never
/// existed`), or, with none, to the sentence's subject (`The mayor condemned the "reckless
/// act." He said ...`). With neither, the after-cue stays.
pub(super) fn reattach_partial(
    body: &str,
    toks: &[Tok],
    spans: &[find::Span],
    qtok: &[usize],
    analyses: &mut [Analysis],
) {
    for q in 0..spans.len() {
        let qi = qtok[q];
        let a = analyses[q];
        let Some(m) = a.mention.filter(|m| m.first > qi) else {
            continue;
        };
        if !a.partial || !own_words_after(body, toks, spans, q, qi, m) {
            continue;
        }
        let sent = toks[qi].sent;
        let mut lo = qi;
        while lo > 0 && toks[lo - 1].sent == sent && qi - lo < BACK_WINDOW {
            lo -= 1;
        }
        if let Some((b, dist, relative)) = before_cue(body, toks, lo, qi) {
            analyses[q].mention = Some(b);
            analyses[q].cue_distance = Some(dist);
            analyses[q].relative = relative;
        } else if !(lo..qi).any(|k| passive(body, toks, k)) {
            if let Some(s) = sentence_subject(body, toks, lo, qi) {
                analyses[q].mention = Some(s);
                analyses[q].relative = None;
            }
        }
    }
}

/// True when the after-cue `m` of partial quote `q` (token `qi`) is not the quote's own:
/// - the quote ends the author's sentence (`... the "reckless act." He said ...`): a
///   capitalised mention after it opens the next sentence, unless its verb closes that
///   sentence right away (`... "act." Adler said.`);
/// - the quote runs on with a comma and the verb after the mention takes a clause or a quote of
///   its own (`... had "been friends," he claimed they never met`): a speech verb has one
///   object, and that one is not the quote.
fn own_words_after(
    body: &str,
    toks: &[Tok],
    spans: &[find::Span],
    q: usize,
    qi: usize,
    m: super::attribute::Mention,
) -> bool {
    let Some(verb) = cue_verb(toks, m.last + 1) else {
        return false;
    };
    let text = body[spans[q].start..spans[q].end].trim_end_matches(['"', '\'', '’', '”', ' ']);
    if text.ends_with('.') {
        let capital = word(body, toks, m.first).is_some_and(super::lexicon::starts_upper);
        let closes = punct(body, toks, verb + 1) == Some(".")
            || toks
                .get(verb + 1)
                .is_none_or(|t| t.sent != toks[verb].sent || t.para != toks[verb].para);
        return capital && !closes;
    }
    let comma = text.ends_with(',') || punct(body, toks, qi + 1) == Some(",");
    comma && takes_clause(body, toks, verb)
}

/// True when speech verb `verb` is followed by a clause or an object of its own: "that" (not
/// "that night"), a subject pronoun (`claimed they never met`; not "it", which may be an
/// object), a determiner (`said the plan was dead`, `expressed a wish to`) or "yes"/"no". Not a
/// determiner after a verb whose object is the listener (`told the paper`, `asked the crowd`).
fn takes_clause(body: &str, toks: &[Tok], verb: usize) -> bool {
    let next = verb + 1;
    let listener = word(body, toks, verb).is_some_and(|v| {
        matches!(
            v.to_ascii_lowercase().as_str(),
            "told"
                | "tells"
                | "tell"
                | "asked"
                | "asks"
                | "ask"
                | "warned"
                | "warns"
                | "urged"
                | "urges"
                | "assured"
                | "assures"
                | "reminded"
                | "thanked"
                | "pressed"
                | "begged"
                | "promised"
                | "promises"
                | "reassured"
                | "lectured"
                | "scolded"
                | "chided"
                | "congratulated"
                | "answered"
                | "emailed"
                | "texted"
        )
    });
    word(body, toks, next).is_some_and(|w| {
        if matches!(w, "yes" | "no") || (is_determiner(w) && w != "that" && !listener) {
            return true;
        }
        if w == "that" {
            !word(body, toks, next + 1).is_some_and(|n| {
                matches!(
                    n,
                    "day"
                        | "night"
                        | "morning"
                        | "afternoon"
                        | "evening"
                        | "week"
                        | "month"
                        | "year"
                        | "time"
                )
            })
        } else {
            pronoun(w).is_some() && w != "it" && w != "It"
        }
    })
}

/// The speech verb right after a mention that ends before token `i` (auxiliaries skipped).
fn cue_verb(toks: &[Tok], mut i: usize) -> Option<usize> {
    let stop = (i + 3).min(toks.len());
    while i < stop && flag(toks, i, AUX) && !flag(toks, i, CUE) {
        i += 1;
    }
    flag(toks, i, CUE).then_some(i)
}

/// `"A," he said. "B."`: the mention of the previous quote when its cue lies between the two
/// quotes in the same paragraph and its sentence ends with the full stop right before quote `q`.
pub(super) fn continues_previous(
    body: &str,
    toks: &[Tok],
    spans: &[find::Span],
    qtok: &[usize],
    analyses: &[Analysis],
    q: usize,
) -> Option<super::attribute::Mention> {
    let p = q.checked_sub(1)?;
    let (pi, qi) = (qtok[p], qtok[q]);
    if spans[p].para != spans[q].para || qi < 2 || punct(body, toks, qi - 1) != Some(".") {
        return None;
    }
    let m = analyses[p]
        .mention
        .filter(|m| m.first > pi && m.last < qi)?;
    // Only the previous quote's own cue sentence between them, nothing after it.
    let same_sentence = toks[pi..qi - 1].iter().all(|t| t.sent == toks[pi].sent);
    same_sentence.then_some(m)
}

/// True when the cue verb at token `verb` opens new words rather than closing the quote's
/// attribution: `He added, "..."`, `He added: "..."`, `said that ...`, `said he ...`.
fn introduces(body: &str, toks: &[Tok], verb: usize) -> bool {
    let next = verb + 1;
    let quote_at = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.kind, Kind::Quote(_)))
    };
    match punct(body, toks, next) {
        Some(":") => return true,
        Some(",") => return quote_at(next + 1),
        Some(_) => return false,
        None => {}
    }
    quote_at(next)
        || word(body, toks, next).is_some_and(|w| {
            w.eq_ignore_ascii_case("that") || (pronoun(w).is_some() && w != "it" && w != "It")
        })
}

#[cfg(test)]
mod tests {
    use super::super::test_quotes::mention_of;

    #[test]
    fn a_continuation_keeps_the_cue_it_continues() {
        let body = "Helen Okafor opened the bakery in March. “We bake every night,” she told a \
                    local radio station. “The bread is gone by noon.” Okafor wrote on her website \
                    that the shop would stay open.";
        assert_eq!(mention_of(body, "The bread").as_deref(), Some("she"));
        let body = "“They complain,” he said. “Everybody complains, right?” Later, Tomas Brandt \
                    claimed that nobody did.";
        assert_eq!(mention_of(body, "Everybody").as_deref(), Some("he"));
    }

    #[test]
    fn a_continuation_closed_by_an_inner_quote_keeps_the_cue_it_continues() {
        let body = "Helen Okafor opened the bakery in March. “We bake every night,” she told a \
                    local radio station. “Then people say, ‘The bread is gone by noon.’” Okafor \
                    wrote on her website that the shop would stay open.";
        assert_eq!(mention_of(body, "Then people").as_deref(), Some("she"));
    }

    #[test]
    fn a_short_sentence_continuing_a_quote_is_a_quote() {
        let body = "“It is taxing on the harbour,” Ana Ruiz said. “Big time.” The board met later.";
        assert_eq!(mention_of(body, "Big time").as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn a_cue_that_opens_the_next_quote_is_not_the_previous_ones() {
        let body = "Quentin Marsh said, “The whole case was built on rumours from the start.” \
                    He added, “Nothing in it would survive a trial.”";
        assert_eq!(
            mention_of(body, "The whole").as_deref(),
            Some("Quentin Marsh")
        );
        assert_eq!(mention_of(body, "Nothing").as_deref(), Some("He"));
    }

    #[test]
    fn an_after_cue_that_closes_its_sentence_stays() {
        let body = "“Where is the money?” Quentin Marsh asked. “It was spent on roads.” Ruth \
                    Adler said.";
        assert_eq!(mention_of(body, "Where").as_deref(), Some("Quentin Marsh"));
        let body = "The mayor spoke first. “We will rebuild the bridge.” Ruth Adler said. \
                    “Who pays for it?” a reporter asked.";
        assert_eq!(mention_of(body, "We will").as_deref(), Some("Ruth Adler"));
    }

    #[test]
    fn a_partial_quote_is_not_the_cue_of_a_verb_with_a_clause_of_its_own() {
        let body = "Although Lena Ortiz admitted to reporters that she and the builder had “been \
                    partners for years,” she claimed they never signed a contract.";
        assert_eq!(
            mention_of(body, "been partners").as_deref(),
            Some("Lena Ortiz")
        );
        // "that night" is no clause: the after-cue stays.
        let body = "Ortiz has called the vote “a betrayal of the whole town,” she said that night.";
        assert_eq!(mention_of(body, "a betrayal").as_deref(), Some("she"));
    }

    #[test]
    fn a_partial_quote_is_not_the_cue_of_a_verb_with_an_object_of_its_own() {
        let body = "In a ruling that Judge Ada Lund described as “reckless,” Tom Reyes expressed \
                    a wish to appeal.";
        assert_eq!(
            mention_of(body, "reckless").as_deref(),
            Some("Judge Ada Lund")
        );
        // The listener after "told" is no object that takes the quote's place.
        let body = "Ortiz has called the vote “a betrayal of the whole town,” she told the paper.";
        assert_eq!(mention_of(body, "a betrayal").as_deref(), Some("she"));
    }

    #[test]
    fn a_partial_quote_ending_its_sentence_is_not_the_next_sentences() {
        let body =
            "Mayor Tobias Wren condemned the fire as a “reckless and cowardly act.” He said \
                    the police would guard the square.";
        assert_eq!(
            mention_of(body, "reckless").as_deref(),
            Some("Mayor Tobias Wren")
        );
        // An after-cue that closes its own sentence stays.
        let body = "Mayor Tobias Wren condemned the fire as a “reckless and cowardly act.” Ruth \
                    Adler said.";
        assert_eq!(mention_of(body, "reckless").as_deref(), Some("Ruth Adler"));
    }
}
