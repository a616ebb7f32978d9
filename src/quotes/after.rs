//! After the quote → its cue: `"...", X said`, `"...", said X`, `"...", according to X`,
//! `"..." ― X` (a byline), and a trailing `..., X said.` later in the quote's sentence. In: the
//! token stream and where to start reading; out: the speaker mention, unresolved.

use super::backward::backward_np;
use super::foreign::foreign_name;
use super::forward::{appositive_name, forward_np, quoted_object};
use super::lexicon::{
    invertible, invertible_foreign, is_cue_finite, starts_upper, CUE, NOUN_LIKE, PART, POSS,
};
use super::np::{
    check_subject, is_person_run, name_mention, np_head, punct, subject_before, word, Mention,
    MentionKind, PREPOSITIONS,
};
use super::passive::passive;
use super::runs::{run_from, run_to};
use super::tokens::{quote_ends_with, text, Kind, Tok};
use super::unlisted::{closing_verb, inverted_any_verb, quote_right_before, verbless_byline};

/// `"...", X said` / `"...", said X` / `"...", according to X` / `"..." ― X`, from token `i`.
pub(super) fn after_cue(body: &str, toks: &[Tok], mut i: usize, hi: usize) -> Option<Mention> {
    // `"We will win," nuclear experts Ann Lee and Bo Chen of the institute wrote`: right after
    // a quoted sentence that runs on (, ! ?), a long subject may be cut to its head.
    let runs_on = i > 0 && quote_ends_with(body, toks, i - 1, &[',', '!', '?']);
    let mut skipped = 0;
    let mut dash = false;
    while i < hi && skipped < 2 {
        match punct(body, toks, i) {
            Some("," | "(") => {}
            // (Not a hyphen glued on both sides: `„Kauft man nicht“-Geschenken`, a compound.)
            Some("-")
                if i > 0
                    && toks[i].start == toks[i - 1].end
                    && toks.get(i + 1).is_some_and(|n| n.start == toks[i].end) =>
            {
                return None;
            }
            Some("—" | "–" | "-" | "--" | "―") => dash = true,
            _ => break,
        }
        i += 1;
        skipped += 1;
    }
    let mut w = word(body, toks, i).filter(|_| i < hi)?;
    if w.eq_ignore_ascii_case("according") && word(body, toks, i + 1) == Some("to") {
        return forward_np(body, toks, i + 2, hi);
    }
    // `"...," as Cruz said on the radio`.
    if w == "as" && word(body, toks, i + 1).is_some_and(|n| !is_cue_finite(n)) {
        i += 1;
        w = word(body, toks, i).filter(|_| i < hi)?;
    }
    // `"...," Read said.`: a capitalised verb followed by a cue is a surname.
    let surname = starts_upper(w) && toks.get(i + 1).is_some_and(|t| t.is(CUE));
    // ("told" names its listener after it: "..., told Reuters relief squads had been sent".)
    if invertible(w) && !surname && !matches!(w, "told" | "tells") {
        let m = forward_np(body, toks, i + 1, hi)?;
        return Some(appositive_name(body, toks, m, hi).unwrap_or(m));
    }
    if runs_on && !surname {
        if let Some(m) = inverted_any_verb(body, toks, i, hi) {
            return Some(m);
        }
    }
    // `„...“, sagte Ann Lowe.`: in German, Spanish or French only the name right after the
    // verb (their nouns and word order would mislead the English noun-phrase reader).
    if invertible_foreign(w) {
        return foreign_name(body, toks, i, hi, w == "so");
    }
    // `"..." ― Sonya Herridge`: a byline after a dash, nothing else in the sentence.
    if dash {
        // `"..." – The Buddha`: past "The" before the name.
        if w == "The" && run_from(body, toks, i + 1).is_some() {
            i += 1;
        }
        if let Some(end) = run_from(body, toks, i) {
            // ...or the next quote, when bylined quotes run on in one paragraph, or a second
            // dash before the work it is from (`– Strauss & Howe – The Fourth Turning`).
            // (Or, after a full name, what it is or where from: `– Martin Seligman from
            // Learned Optimism`, `—Hermann Goering, German military commander`; not `„alle“ –
            // Kinder, Soldaten, Arbeiter`.)
            let full_name = end - i >= 2;
            let rest_ok = end >= hi
                || toks[end].para != toks[i].para
                || matches!(punct(body, toks, end), Some("." | "–" | "—" | "―"))
                || (full_name && punct(body, toks, end) == Some(","))
                || (full_name
                    && word(body, toks, end) == Some("from")
                    && word(body, toks, end + 1).is_some_and(starts_upper))
                || matches!(toks[end].kind, Kind::Quote(_));
            if rest_ok {
                return Some(Mention {
                    first: i,
                    last: end - 1,
                    kind: MentionKind::Name,
                });
            }
        }
    }
    if runs_on {
        if let Some(m) = verbless_byline(body, toks, i, hi) {
            return Some(m);
        }
    }
    // Subject first: find the verb within a few words, allowing appositives in commas and a
    // parenthesis ("Rep. Gwen Moore (D-Wis.) said"). A preposition opens no subject: `caused
    // "a rebellion" among dealers, who demanded ..., says Jauppi` goes on with the sentence.
    if PREPOSITIONS.contains(&w) {
        return None;
    }
    let quote_before = quote_right_before(body, toks, i);
    let mut limit = hi.min(i + 24);
    let mut commas = Vec::new();
    let mut j = i;
    while j < limit {
        match toks[j].kind {
            // `Marcia "Cia" Price, ... shouted`, `star of "Scandal," said`: a quoted nickname
            // or title inside the subject or its appositive, not the next quote.
            Kind::Quote(_) if j == i || quote_ends_sentence(body, toks, j) => return None,
            Kind::Quote(_) => {}
            Kind::Punct if text(body, &toks[j]) == "," => {
                // "Scott Pruitt, the Republican attorney general of Oklahoma, one of the
                // states suing, said": an appositive after a name may run long.
                if commas.is_empty() && run_from(body, toks, i).is_some() {
                    limit = hi.min(i + 40);
                }
                commas.push(j);
            }
            // `"...," Andrei Illarionov - then economic adviser to President Vladimir Putin -
            // told a press conference`: an aside between dashes reads like one between commas.
            Kind::Punct
                if j > i
                    && matches!(text(body, &toks[j]), "-" | "--" | "—" | "–")
                    && run_from(body, toks, i).is_some() =>
            {
                if commas.is_empty() {
                    limit = hi.min(i + 40);
                }
                commas.push(j);
            }
            Kind::Punct if text(body, &toks[j]) == "(" => {
                j = (j + 1..limit.min(j + 10)).find(|&k| punct(body, toks, k) == Some(")"))?;
            }
            // "Fight for $15 organizer Ann Lee said": a figure's sign inside the subject.
            Kind::Punct if matches!(text(body, &toks[j]), "$" | "%" | "&") => {}
            Kind::Punct => return None,
            Kind::Word => {
                // "went on", and "shot back"/"fired back": a retort after its quote.
                let went_on = (matches!(text(body, &toks[j]), "went" | "goes")
                    && word(body, toks, j + 1) == Some("on"))
                    || (matches!(text(body, &toks[j]), "shot" | "fired" | "hit")
                        && word(body, toks, j + 1) == Some("back"));
                // "one of the states suing the agency": a cue word after "the" is a noun.
                let noun = toks[j].is(CUE)
                    && word(body, toks, j - 1).is_some_and(|d| d == "the")
                    && word(body, toks, j).is_some_and(|w| NOUN_LIKE.contains(&w));
                // "the official, who asked not to be named, told Reuters": a relative
                // clause's verb is not the sentence's.
                let relative = word(body, toks, j - 1) == Some("who");
                let finite =
                    (toks[j].is(CUE) || went_on || closing_verb(body, toks, quote_before, i, j))
                        && j > i
                        && !noun
                        && !relative
                        && !passive(body, toks, j);
                // "was quoted as saying"; `"...?" a reporter can be heard asking`, `he is seen
                // asking` (footage).
                let as_saying = toks[j].is(PART)
                    && matches!(word(body, toks, j - 1), Some("as" | "heard" | "seen"));
                if finite || as_saying {
                    // `"...," Reuters quoted an official as saying`: the official.
                    if let Some(m) = quoted_object(body, toks, j, hi) {
                        return Some(m);
                    }
                    // "can be heard asking": the subject ends before "be heard".
                    let mut verb = j;
                    // "Keswick was quoted by the newspaper as saying": the subject ends before
                    // "was quoted", not at the agent.
                    let quoted_by = (i + 1..j.saturating_sub(2)).find(|&q| {
                        word(body, toks, q) == Some("quoted")
                            && word(body, toks, q + 1) == Some("by")
                    });
                    if let Some(q) = quoted_by.filter(|_| as_saying) {
                        verb = q;
                    }
                    if as_saying && matches!(word(body, toks, j - 1), Some("heard" | "seen")) {
                        verb -= 1;
                        if verb > i + 1 && word(body, toks, verb - 1) == Some("be") {
                            verb -= 1;
                        }
                    }
                    let m = subject_before(body, toks, i, verb, &commas)
                        .or_else(|| {
                            (runs_on && commas.is_empty())
                                .then(|| {
                                    named_head(body, toks, i, j)
                                        .or_else(|| np_head(body, toks, i, j))
                                })
                                .flatten()
                        })
                        .or_else(|| lone_name(body, toks, i, j).filter(|_| runs_on))
                        // `"...," a source close to the mayor said`: a phrase the backward
                        // reader takes whole, from right after the quote.
                        .or_else(|| {
                            backward_np(body, toks, i, j)
                                .filter(|m| m.first == i && commas.is_empty())
                        })?;
                    // `"...," a narrator in the ad states.`: a noun-like verb ("states",
                    // "notes") that closes the sentence right after its subject is the verb.
                    let closes = punct(body, toks, j + 1) == Some(".")
                        || toks.get(j + 1).is_none_or(|t| t.sent != toks[j].sent);
                    if closes && !toks[m.last].is(POSS) {
                        return Some(m);
                    }
                    return check_subject(body, toks, j, m);
                }
            }
        }
        j += 1;
    }
    None
}

/// True when token `e` ends the clause that token `from` is in: the sentence ends there, or a
/// stop, comma, semicolon or colon stands there.
pub(super) fn ends_clause(body: &str, toks: &[Tok], from: usize, e: usize) -> bool {
    e >= toks.len()
        || toks[e].sent != toks[from].sent
        || matches!(punct(body, toks, e), Some("." | "," | ";" | ":"))
}

/// `"We are worried about the future of our kids."⏎⏎- Bernie Sanders.`: a quote that is a
/// paragraph of its own, signed by a dash and a name in the next paragraph (a name alone, or
/// followed by a comma: `-Michelle Marks, Philadelphia.`).
pub(super) fn byline_below(body: &str, toks: &[Tok], qi: usize) -> Option<Mention> {
    let para = toks[qi].para;
    let opens = qi == 0 || toks[qi - 1].para != para;
    let dash = qi + 1;
    if !opens || toks.get(dash)?.para != para + 1 {
        return None;
    }
    if !matches!(punct(body, toks, dash), Some("-" | "--" | "–" | "—" | "―")) {
        return None;
    }
    let end = run_from(body, toks, dash + 1)?;
    let closes = |k: usize| toks.get(k).is_none_or(|t| t.para != para + 1);
    let signed = closes(end)
        || punct(body, toks, end) == Some(",")
        || (punct(body, toks, end) == Some(".") && closes(end + 1));
    signed.then_some(Mention {
        first: dash + 1,
        last: end - 1,
        kind: MentionKind::Name,
    })
}

/// `"...," From said.`, `"...," Read said.`: one capitalised word alone between a quoted
/// sentence and a verb that ends the sentence is a surname, even one that is also a common word.
fn lone_name(body: &str, toks: &[Tok], i: usize, verb: usize) -> Option<Mention> {
    let ends = toks
        .get(verb + 1)
        .is_none_or(|t| t.sent != toks[verb].sent || punct(body, toks, verb + 1) == Some("."));
    let name = word(body, toks, i).is_some_and(starts_upper) && verb == i + 1;
    (name && ends).then_some(Mention {
        first: i,
        last: i,
        kind: MentionKind::Name,
    })
}

/// `"...," Campaign director for the group Ann Lee said`, `"...," Fight for $15 organizer Ann
/// Lee told`: a subject opening with a capital, too mixed to read whole, whose last words
/// before the verb are a person's name of two words or more: the name is its head. Not past a
/// conjunction (`"...," after spokesman Ben Ruiz said`: a new clause).
fn named_head(body: &str, toks: &[Tok], i: usize, verb: usize) -> Option<Mention> {
    let last = verb.checked_sub(1).filter(|&l| l > i)?;
    let s = run_to(body, toks, last).filter(|&s| s > i && last > s)?;
    let opens = word(body, toks, i).is_some_and(starts_upper);
    let clause = toks[i..s].iter().any(|t| {
        t.kind == Kind::Word
            && matches!(
                text(body, t).to_ascii_lowercase().as_str(),
                "and"
                    | "or"
                    | "but"
                    | "after"
                    | "before"
                    | "when"
                    | "while"
                    | "as"
                    | "because"
                    | "if"
                    | "since"
                    | "though"
                    | "although"
                    | "until"
                    | "unless"
                    | "that"
            )
    });
    if !opens || clause || toks[last].is(POSS) || !is_person_run(body, toks, s, verb) {
        return None;
    }
    Some(name_mention(body, toks, s, s, last))
}

/// True when the quote token `j` holds a whole sentence of its own (ends in . ! ?): the next
/// quote of a run, not a nickname inside a speaker's description.
pub(super) fn quote_ends_sentence(body: &str, toks: &[Tok], j: usize) -> bool {
    let t = &toks[j];
    body[t.start..t.end]
        .trim_end_matches(['"', '”', '’', '»', ' '])
        .ends_with(['.', '!', '?'])
}

/// True when the words of quote token `j` start in lower case: a fragment of the author's
/// sentence, not a quoted sentence.
fn opens_lower(body: &str, toks: &[Tok], j: usize) -> bool {
    let t = &toks[j];
    body[t.start..t.end]
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_lowercase)
}

/// True when quote token `j` is a bare fragment: its words end without punctuation.
fn fragment(body: &str, toks: &[Tok], j: usize) -> bool {
    let t = &toks[j];
    !body[t.start..t.end]
        .trim_end_matches(['"', '”', '’', '»', '\'', ' '])
        .ends_with(['.', '!', '?', ',', ';', ':', '…'])
}

/// `... "mistake" in the background check, Comey said.`: a cue after a later comma of the
/// quote's sentence (the nearest comma that starts one wins).
pub(super) fn trailing_cue(
    body: &str,
    toks: &[Tok],
    qi: usize,
    hi: usize,
) -> Option<(Mention, usize)> {
    // `Guns are "a health crisis" and "stunt growth," Dean proclaimed`: a fragment joined by
    // "and"/"or" to a lower-case fragment that runs on into a cue shares that cue.
    let joined = word(body, toks, qi + 1).is_some_and(|w| matches!(w, "and" | "or"));
    if joined
        && toks
            .get(qi + 2)
            .is_some_and(|t| matches!(t.kind, Kind::Quote(_)))
        && opens_lower(body, toks, qi + 2)
        && quote_ends_with(body, toks, qi + 2, &[','])
    {
        if let Some(m) = after_cue(body, toks, qi + 3, hi) {
            return Some((m, 2));
        }
    }
    for comma in (qi + 1..hi).filter(|&k| punct(body, toks, k) == Some(",")) {
        // Another quote on the way ends the search, unless it is a fragment the sentence runs
        // through (`was "stagnant" as donors waited for a "turbulent cycle" to end, he said`):
        // one that closes a clause (`"A," Jones said`) may have a cue of its own.
        if (qi + 1..comma)
            .any(|k| matches!(toks[k].kind, Kind::Quote(_)) && !fragment(body, toks, k))
        {
            return None;
        }
        if let Some(m) = after_cue(body, toks, comma + 1, hi) {
            return Some((m, comma - qi));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::test_quotes::mention_of;

    #[test]
    fn a_retort_after_its_quote_names_the_speaker() {
        let body = "“You have never run a business in your life,” Dora Vance shot back.";
        assert_eq!(mention_of(body, "You have").as_deref(), Some("Dora Vance"));
        let body = "“That is simply not what the record shows,” the senator fired back on Monday.";
        assert_eq!(mention_of(body, "That is").as_deref(), Some("the senator"));
    }

    #[test]
    fn a_noun_like_verb_closing_the_sentence_after_a_quote_is_the_verb() {
        let body =
            "“Only one candidate will stand up to the big banks,” a narrator in the ad states.";
        assert_eq!(mention_of(body, "Only one").as_deref(), Some("a narrator"));
        // A possessive before it makes a noun phrase: no speaker there.
        let body = "“Sweeping reform” was the theme of the rally, the campaign’s claims.";
        assert_eq!(mention_of(body, "Sweeping"), None);
    }

    #[test]
    fn a_trailing_cue_reaches_past_a_fragment_quote() {
        let body = "Ticket sales were “flat for most of the spring” while fans waited for a \
                    “proper summer” to arrive, Ines Morel said.";
        assert_eq!(mention_of(body, "flat for").as_deref(), Some("Ines Morel"));
        // A quote that closes a clause may have a cue of its own.
        let body =
            "Sales were “flat for most of the spring” and “We expect a rebound,” Ines Morel \
                    said, Karl Ostby added.";
        assert_ne!(mention_of(body, "flat for").as_deref(), Some("Karl Ostby"));
        // Two fragments joined by "and" share the cue after the second.
        let body = "Tolls are “a tax on the poor” and “a gift to the operator,” Ines Morel, \
                    the mayor of Dunmore, declared.";
        assert_eq!(mention_of(body, "a tax on").as_deref(), Some("Ines Morel"));
    }

    #[test]
    fn a_name_ends_a_subject_too_mixed_to_read_whole() {
        let body = "“The port cannot wait another decade,” Campaign director for the group Ann \
                    Lee said on Monday.";
        assert_eq!(mention_of(body, "The port").as_deref(), Some("Ann Lee"));
        let body = "“Nobody here can live on that wage,” Fair Pay for $20 organizer Bo Chen told \
                    a local radio station.";
        assert_eq!(mention_of(body, "Nobody here").as_deref(), Some("Bo Chen"));
        // Past a conjunction the name opens a clause of its own.
        let body = "“The port cannot wait another decade,” Lee added after spokesman Ben Ruiz \
                    said it would.";
        assert_eq!(mention_of(body, "The port").as_deref(), Some("Lee"));
    }
}
