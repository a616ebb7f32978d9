//! A speech verb whose subject is the relative pronoun "who" or "which" (`Beck, who has long
//! called Trump "a ..."`, `critics who say he is "..."`, `the department, which reported "..."`). In: the token stream, the sentence start, the verb
//! and the quote. Out: the antecedent phrase, which names the person, and the pronoun's token,
//! which is the speaker as written (PolNeAR annotates "who"; mod.rs writes it as the mention).
//! Split from `before.rs`, which calls it for the speech verb nearest the quote.

use super::backward::backward_np;
use super::lexicon::{is_determiner, pronoun, starts_lower, AUX, BLOCK, CUE, PART, POSS};
use super::np::{name_mention, punct, word, Mention, MentionKind};
use super::runs::run_to;
use super::tokens::{quote_ends_with, text, Kind, Tok};

/// `Beck, who has long called Trump "a ..."`, `critics who say he is "..."`: a cue verb whose
/// subject is "who" (past auxiliaries, adverbs and a short time phrase: "who in the past
/// described"), with the relative clause still open at the quote. Returns the antecedent phrase
/// (the speaker to resolve) and the pronoun's token (the speaker as written: PolNeAR annotates
/// "who", and "which" when it stands for an organisation or a document). Not "that": "a sign
/// that said" is too often a complementizer's clause.
pub(super) fn relative_subject(
    body: &str,
    toks: &[Tok],
    lo: usize,
    verb: usize,
    qi: usize,
) -> Option<(Mention, usize)> {
    let r = (verb.saturating_sub(5).max(lo + 1)..verb)
        .rev()
        .find(|&k| matches!(word(body, toks, k), Some("who" | "which")))?;
    let aux = toks[r + 1..verb]
        .iter()
        .take_while(|t| (t.is(AUX) && starts_lower(text(body, t))) || text(body, t) == "long")
        .count();
    let rest = &toks[r + 1 + aux..verb];
    let time = rest.len() <= 3
        && word(body, toks, r + 1 + aux)
            .is_some_and(|p| matches!(p, "in" | "at" | "on" | "during"))
        && rest.iter().all(|t| {
            // "who in 2010 said": a year is part of the time phrase.
            let w = text(body, t);
            t.kind == Kind::Word && (starts_lower(w) || w.starts_with(|c: char| c.is_ascii_digit()))
        });
    if !(rest.is_empty() || time) {
        return None;
    }
    // `Beck, who described it as "A," clearly intended ...`: a comma then the main clause's
    // words close the relative clause before the quote.
    let closed = (verb + 1..qi.saturating_sub(1)).any(|k| {
        let comma = punct(body, toks, k) == Some(",") || quote_ends_with(body, toks, k, &[',']);
        comma && word(body, toks, k + 1).is_some_and(starts_lower)
    });
    if closed {
        return None;
    }
    let mut end = r;
    // `Beck, who said`, and an aside set off by a dash: `Trump - who previously said`.
    let set_off = matches!(
        punct(body, toks, end - 1),
        Some("," | "-" | "--" | "—" | "–")
    );
    if set_off {
        end -= 1;
    }
    // The word before is the antecedent's last word, never a verb or a pronoun.
    let last = word(body, toks, end.checked_sub(1)?)?;
    if toks[end - 1].is(CUE | PART | BLOCK) || pronoun(last).is_some() {
        return None;
    }
    // The antecedent may be a preposition's object ("heard from Ruiz, who said").
    let name = run_to(body, toks, end - 1)
        .filter(|&s| s >= lo && !toks[end - 1].is(POSS))
        .map(|s| name_mention(body, toks, lo, s, end - 1));
    // An antecedent too long or mixed to read (`a lawyer close to the family, who said that`,
    // `rebuked critics who say he`) still makes "who" the speaker as written when the verb
    // opens the reported words itself; the person stays unknown (a pronoun that resolves to
    // no one) rather than going to another subject. Not `anybody who complains about the
    // noise "is ..."`: there the relative clause ends before the quote.
    let opens = match toks.get(verb + 1).map(|t| t.kind) {
        Some(Kind::Quote(_)) => true,
        Some(Kind::Punct) => matches!(punct(body, toks, verb + 1), Some(":" | ",")),
        Some(Kind::Word) => word(body, toks, verb + 1)
            .is_some_and(|w| w == "that" || pronoun(w).is_some_and(|p| p != "it")),
        None => false,
    };
    let unread = Mention {
        first: r,
        last: r,
        kind: MentionKind::Pronoun,
    };
    let m = name
        .or_else(|| backward_np(body, toks, lo, end))
        .or_else(|| {
            // Only a clause set off by a comma: "a candidate who has called for" after a
            // preposition is part of what the sentence's subject says.
            set_off
                .then(|| object_antecedent(body, toks, lo, end))
                .flatten()
        })
        .or(opens.then_some(unread))?;
    // "Ana Ruiz, the council's longest-serving member, who called it": the appositive's name.
    // A description may start before the mention's possessive ("the harbour board's").
    let comma = (m.kind == MentionKind::Descriptor)
        .then(|| {
            (m.first.saturating_sub(4).max(lo + 1)..m.first)
                .rev()
                .take_while(|&k| {
                    punct(body, toks, k) == Some(",")
                        || word(body, toks, k).is_some_and(starts_lower)
                })
                .find(|&k| punct(body, toks, k) == Some(","))
        })
        .flatten();
    let named = comma
        .filter(|&c| !toks[c - 1].is(POSS))
        .and_then(|c| {
            run_to(body, toks, c - 1)
                .filter(|&s| s >= lo)
                .map(|s| (s, c))
        })
        .map(|(s, c)| name_mention(body, toks, lo, s, c - 1));
    let m = named.unwrap_or(m);
    // "which" only for an organisation or a short description ("the Chicago Police Department
    // which reported", "the report, which notes"): never a clause ("the council voted 6-1 for
    // the resolution, which") nor a pronoun left unread.
    let which = word(body, toks, r) == Some("which");
    if which && (m.kind == MentionKind::Pronoun || m.last - m.first > 4) {
        return None;
    }
    Some((m, r))
}

/// `a lecture from the Mexican president, who said`: a description after a preposition is no
/// subject of a verb after it, but it is the antecedent of "who". Back from `end` to the
/// nearest determiner over words only.
fn object_antecedent(body: &str, toks: &[Tok], lo: usize, end: usize) -> Option<Mention> {
    let first = (end.saturating_sub(6).max(lo)..end)
        .rev()
        .take_while(|&k| toks[k].kind == Kind::Word && !toks[k].is(CUE | PART))
        .find(|&k| {
            word(body, toks, k).is_some_and(|w| w == "one" || (is_determiner(w) && starts_lower(w)))
        })?;
    (first + 1 < end).then_some(Mention {
        first,
        last: end - 1,
        kind: MentionKind::Descriptor,
    })
}

#[cfg(test)]
mod tests {
    use super::super::test_quotes::quote_starting;

    fn who_of(body: &str, prefix: &str) -> (Option<String>, Option<String>) {
        quote_starting(body, prefix).map_or((None, None), |q| (q.speaker_mention, q.speaker))
    }

    #[test]
    fn an_unread_antecedent_leaves_who_as_the_speaker_as_written() {
        // Not the mayor: those who say it are unnamed critics.
        let body = "Mayor Ida Lund sharply rebuked critics who say she should “resign over the \
                    delays,” adding that the bridge would open in May.";
        assert_eq!(who_of(body, "resign"), (Some("who".to_string()), None));
    }

    #[test]
    fn a_relative_clause_closed_before_the_quote_is_not_the_cue() {
        let body = "Ida Lund mocked the protest, saying anybody who complains about the noise \
                    “is not having a good week.”";
        assert_eq!(who_of(body, "is not").0.as_deref(), Some("Ida Lund"));
    }

    #[test]
    fn which_stands_for_an_organisation() {
        let body = "Reporters asked the Harbour Police Department, which reported “312 thefts” \
                    on the pier last year.";
        assert_eq!(
            who_of(body, "312"),
            (
                Some("which".to_string()),
                Some("Harbour Police Department".to_string())
            )
        );
    }

    #[test]
    fn who_after_a_dash_opens_a_relative_clause() {
        let body = "Harbour chief Ida Lund - who once said she would “sink the whole budget” to \
                    save the pier - spoke on Monday.";
        assert_eq!(
            who_of(body, "sink"),
            (Some("who".to_string()), Some("Ida Lund".to_string()))
        );
    }

    #[test]
    fn who_after_an_appositive_names_the_person_before_it() {
        let body = "The pier plan drew fire from Ida Lund, the harbour board's longest-serving \
                    member, who called it “reckless.”";
        assert_eq!(
            who_of(body, "reckless"),
            (Some("who".to_string()), Some("Ida Lund".to_string()))
        );
    }
}
