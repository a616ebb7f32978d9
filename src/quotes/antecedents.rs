//! Pronoun antecedents: the people "he" and "she" can refer back to, and the choice among them.
//! In: the token stream and the `Names` index. Out: `Event`s (a person at a token, strong when
//! the subject of a sentence or a cue; also "A 29-year-old woman" opening a sentence) and, per
//! pronoun, the event it refers to. Split from
//! `names.rs`, which says who a name is; this file says who a pronoun is.

use super::lexicon::{
    noun_gender, pronoun_gender, starts_lower, starts_upper, Gender, AUX, CUE, PART, POSS, TITLE,
};
use super::names::Names;
use super::np::{punct, word};
use super::runs::{is_name_tok, person_before_of, sentence_opener};
use super::sentence_subject::{
    after_role, apposed_to_opening, clause_subject, role_start, speaks_later,
};
use super::tokens::{flag, text, Kind, Tok};

/// A person who was the subject of a sentence or a speech verb: a pronoun's antecedent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Event {
    pub tok: usize,
    pub para: u32,
    pub name: String,
    pub gender: Gender,
    /// A person named elsewhere than as a subject ("To Brigid Harrison, ..."): an antecedent
    /// only when no subject fits, and only with the pronoun's gender known.
    pub weak: bool,
}

/// People who are the subject of a speech verb ("Pompeo said", "Putin told") or open a
/// sentence ("Pompeo met with Putin"), in order: the antecedents "he"/"she" may refer to.
/// A one-word sentence opener counts only when it also appears mid-sentence elsewhere, so
/// "Meeting with ..." is no person; and only names that look like people (two words, a
/// known gender, or the subject of a speech verb) so "Iran announced" is no antecedent.
/// `names` must be built from the same `body` and `toks` (its name runs are reused).
pub(crate) fn subjects(names: &Names, body: &str, toks: &[Tok]) -> Vec<Event> {
    let mut out = Vec::new();
    for &(i, end) in names.body_runs() {
        let possessive = toks[end - 1].is(POSS);
        let mut j = apposition_end(body, toks, end);
        while flag(toks, j, AUX) && !flag(toks, j, CUE) && j < end + 3 {
            j += 1;
        }
        // "Rep. Lee Zeldin of New York, a Trump supporter, said": a name after a preposition
        // is its object, never the verb's subject.
        let object = i > 0
            && toks[i - 1].sent == toks[i].sent
            && word(body, toks, i - 1)
                .is_some_and(|w| matches!(w, "of" | "in" | "from" | "at" | "for" | "to" | "by"));
        // "the minister said Russia had warned Tehran": the subject of a reported clause is
        // what the speaker talks about; a later "he said" still goes back to the speaker.
        let same = |k: usize| toks[k].sent == toks[i].sent;
        let reported = i > 1
            && same(i - 1)
            && ((flag(toks, i - 1, CUE) && !flag(toks, i - 1, PART))
                || (word(body, toks, i - 1) == Some("that")
                    && same(i - 2)
                    && flag(toks, i - 2, CUE)
                    && !flag(toks, i - 2, PART)))
            && super::finite::finite_like(body, toks, j);
        // "said the Spaniard", "the American told": one capitalised word after "the" is a
        // description (resolve.rs links it to the person), not a name to refer back to.
        let described = end == i + 1
            && i > 0
            && word(body, toks, i - 1).is_some_and(|w| w.eq_ignore_ascii_case("the"));
        if described {
            continue;
        }
        // "The Federal Privacy Commissioner, Malcolm Crompton, says": a name set off by
        // commas right before the speech verb is its subject.
        // (Two words at least: "32, from Wembley, London, said" sets off a place.)
        let set_off = i > 0
            && end - i >= 2
            && punct(body, toks, i - 1) == Some(",")
            && punct(body, toks, end) == Some(",")
            && flag(toks, end + 1, CUE)
            && !flag(toks, end + 1, PART);
        let cue = !possessive && !object && !reported && (flag(toks, j, CUE) || set_off);
        // "Maybe Trump is ...": the run starts after a glued first word (runs.rs).
        let glued = i > 0
            && toks[i - 1].sent == toks[i].sent
            && (i == 1 || toks[i - 2].sent != toks[i].sent)
            && is_name_tok(toks, i - 1);
        // "The Foreign Affairs Minister Alexander Downer has refused": "the" before a run of
        // role words and a name opens the sentence all the same.
        let the_role = i > 0
            && word(body, toks, i - 1).is_some_and(|w| w.eq_ignore_ascii_case("the"))
            && sentence_opener(body, toks, i - 1)
            && end - i >= 3
            && (i..end - 1).any(|k| toks[k].is(TITLE));
        let opener =
            glued || the_role || sentence_opener(body, toks, i) || after_role(body, toks, i);
        let next_ok = word(body, toks, end).is_some_and(|w| !starts_upper(w))
            || toks.get(end).is_some_and(|t| text(body, t) == ",");
        // "Lund's successor takes office in January. What will he do next?": the possessor of
        // a sentence's subject is as present to the reader as the subject.
        let sentence_subject = (opener && next_ok)
            || (!possessive
                && (apposed_to_opening(body, toks, i, end) || clause_subject(body, toks, i, end)));
        // "Ms Franco's aunt, Zeny Hollebone, called for help": the person named after the
        // possessor's description is the subject, not the possessor.
        let describes_apposed = possessive && names_apposed(body, toks, end);
        let possessor_opens = opener && possessive;
        // "Prime Minister Gordon Brown's spokesman also condemned the release. "...," he
        // said": the person the possessor's description names opens the sentence, unnamed,
        // and is whom the next "he" or "she" means, not the possessor.
        let spokesperson = (opener && possessive && next_ok)
            .then(|| word(body, toks, end))
            .flatten()
            .filter(|w| starts_lower(w) && SPOKES.contains(w));
        if let Some(head) = spokesperson {
            out.push(Event {
                tok: i,
                para: toks[i].para,
                name: body[toks[i].start..toks[end].end].to_string(),
                gender: super::lexicon::noun_gender(head),
                weak: false,
            });
            continue;
        }
        // "Israel's position was spelt out by spokesman Raanan Gissin.", "was stated by":
        // the agent of a passive speech verb is who spoke. (Role words before the name, like
        // "spokesman", are part of the phrase after "by".)
        // "..., according to Defense Secretary Donald Rumsfeld." is a cue too.
        let according = i >= 2
            && word(body, toks, i - 1) == Some("to")
            && word(body, toks, i - 2).is_some_and(|w| w.eq_ignore_ascii_case("according"));
        // "..., said Mr Jain.", "The problem, said Shailendra Jain, head of Adamind, is ...":
        // an inverted cue after a comma or a quote names who spoke.
        // Not "Dempsey, the minister, said Mr Ahern had been", "told Reuters": the name must
        // close the clause (a stop, or a comma opening its apposition).
        // "..., said Sun's chief operating officer Jonathan Schwartz.": past the role.
        let v = role_start(body, toks, i);
        let inverted = v >= 2
            && !possessive
            && word(body, toks, v - 1)
                .is_some_and(|v| super::lexicon::invertible(v) && !matches!(v, "told" | "tells"))
            && toks[v - 2].sent == toks[i].sent
            && (punct(body, toks, v - 2) == Some(",")
                || matches!(toks[v - 2].kind, Kind::Quote(_)))
            && (toks.get(end).is_none_or(|t| t.sent != toks[i].sent)
                || matches!(punct(body, toks, end), Some("," | "." | ";")));
        // "El Peruano quoted energy minister Wilfredo Huayta as saying": who was quoted spoke.
        let quoted = word(body, toks, end) == Some("as")
            && flag(toks, end + 1, PART)
            && (i.saturating_sub(7)..i)
                .rev()
                .take_while(|&k| toks[k].sent == toks[i].sent)
                .find(|&k| word(body, toks, k) == Some("quoted"))
                .is_some_and(|q| (q + 1..i).all(|k| word(body, toks, k).is_some_and(starts_lower)));
        let agent = according
            || inverted
            || quoted
            || (i.saturating_sub(3)..i)
                .rev()
                .find(|&k| word(body, toks, k) == Some("by"))
                .is_some_and(|by| {
                    // Not "the cuts proposed by Oliver Letwin", "welcomed by": a verb of stating.
                    by > 0
                        && word(body, toks, by - 1).is_some_and(|v| {
                            matches!(
                                v,
                                "said"
                                    | "noted"
                                    | "stated"
                                    | "announced"
                                    | "confirmed"
                                    | "explained"
                                    | "outlined"
                                    | "expressed"
                                    | "voiced"
                                    | "echoed"
                                    | "out"
                            )
                        })
                        && (by + 1..i).all(|k| word(body, toks, k).is_some_and(starts_lower))
                });
        let mut words: Vec<&str> = toks[i..end].iter().map(|t| text(body, t)).collect();
        if let Some(of) = person_before_of(&words) {
            words.truncate(of);
        }
        if let Some(p) = names.canonical(&words) {
            let one_word = !p.name.contains(' ');
            // A one-word name seen only opening sentences may be any capitalised word, unless
            // it opens its sentence as the subject of a speech verb ("Cruz openly admitted")
            // and is in no word list, no plural, no pronoun and no capital city ("Critics
            // said", "Nobody asked", "Washington announced"). Not who asks: "Earhardt then
            // asked Rubio ... "...," he said" is the answer.
            let bare_surname = (cue || speaks_later(body, toks, i, end, j))
                && !matches!(word(body, toks, j), Some("asked" | "asks"))
                && sentence_subject
                && toks[i].f == super::lexicon::UPPER
                && !p.name.ends_with('s')
                && !p.name.to_ascii_lowercase().ends_with("body")
                && !p.name.to_ascii_lowercase().ends_with("one")
                && !super::places::is_capital(&p.name);
            let known = !one_word || names.seen_mid_sentence(&p.name) || bare_surname;
            // A one-word possessor ("Apple's iTunes service was ...") is as often a company.
            let strong = (cue || agent || sentence_subject || (possessor_opens && !one_word))
                && !describes_apposed;
            // ("said Sandvine." names a company as often as a person.)
            // "Prof Etzioni criticises": a title says person too.
            let titled = word(body, toks, i).is_some_and(|w| {
                matches!(
                    w.trim_end_matches('.').to_ascii_lowercase().as_str(),
                    "dr" | "prof"
                        | "professor"
                        | "rev"
                        | "judge"
                        | "sen"
                        | "senator"
                        | "rep"
                        | "gov"
                        | "governor"
                        | "mayor"
                )
            });
            let person_like =
                cue || bare_surname || titled || !one_word || p.gender != Gender::Unknown;
            if known
                && !p.place
                && !super::institutions::is_institution(&p.name)
                && !super::institutions::is_group(&p.name)
                && (person_like && strong || p.gender != Gender::Unknown)
            {
                out.push(Event {
                    tok: i,
                    para: toks[i].para,
                    name: p.name,
                    gender: p.gender,
                    weak: !strong,
                });
            }
        }
    }
    out
}

/// Nouns for someone who speaks for the possessor ("Brown's spokesman", "the minister's aide").
const SPOKES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "aide",
    "aides",
    "adviser",
    "advisor",
    "lawyer",
    "attorney",
    "representative",
];

/// `Ms Franco's | aunt, Zeny Hollebone`: lower-case words from `end` up to a comma, then a name.
fn names_apposed(body: &str, toks: &[Tok], end: usize) -> bool {
    (end..toks.len().min(end + 4))
        .take_while(|&k| toks[k].sent == toks[end.saturating_sub(1)].sent)
        .find(|&k| word(body, toks, k).is_none_or(|w| !starts_lower(w)))
        .is_some_and(|c| c > end && punct(body, toks, c) == Some(",") && is_name_tok(toks, c + 1))
}

/// `A 29-year-old Berlin woman, meanwhile, received probation after she had posted ...`: a
/// sentence opened by an indefinite description that shows a gender brings someone new in,
/// whom a later "she" means rather than a woman named paragraphs before.
pub(crate) fn introduced_people(body: &str, toks: &[Tok]) -> Vec<Event> {
    let mut out = Vec::new();
    let mut lo = 0;
    while lo < toks.len() {
        let mut hi = lo + 1;
        while hi < toks.len() && toks[hi].sent == toks[lo].sent {
            hi += 1;
        }
        let indefinite = text(body, &toks[lo]).to_ascii_lowercase();
        // "A 29-year-old Berlin woman", "An elderly man": the first gendered noun within
        // a few words.
        let head = (toks[lo].kind == Kind::Word && matches!(indefinite.as_str(), "a" | "an"))
            .then(|| {
                (lo + 1..hi.min(lo + 7))
                    .take_while(|&k| toks[k].kind == Kind::Word)
                    .find(|&k| {
                        // Not "A German official", "A human rights lawyer".
                        let w = text(body, &toks[k]);
                        starts_lower(w) && w != "human" && noun_gender(w) != Gender::Unknown
                    })
            })
            .flatten();
        if let Some(k) = head {
            out.push(Event {
                tok: lo,
                para: toks[lo].para,
                name: format!("{indefinite}{}", &body[toks[lo].end..toks[k].end]),
                gender: noun_gender(text(body, &toks[k])),
                weak: false,
            });
        }
        lo = hi;
    }
    out
}

/// Most tokens of an apposition skipped between a name and its verb.
const APPOSITION_TOKENS: usize = 10;

/// `Suu Kyi, 70, said` / `Lavrov, Russia's foreign minister, said`: the token after the
/// closing comma of an apposition that starts at `end`, else `end`. A quote or a sentence end
/// inside means there is none.
fn apposition_end(body: &str, toks: &[Tok], end: usize) -> usize {
    if punct(body, toks, end) != Some(",") {
        return end;
    }
    let sent = toks[end].sent;
    (end + 1..toks.len().min(end + 2 + APPOSITION_TOKENS))
        .take_while(|&k| toks[k].sent == sent && !matches!(toks[k].kind, Kind::Quote(_)))
        .find(|&k| punct(body, toks, k) == Some(","))
        // A lowercase word or a number in it: "Huntsville, Ala., said" is a place and its state.
        // "the Coalition, which is made up of developers, said": the clause is the
        // organisation's, the verb belongs to someone named before it.
        .filter(|&k| {
            k > end + 1
                && !word(body, toks, end + 1)
                    .is_some_and(|w| matches!(w, "which" | "that" | "where"))
                && flag(toks, k + 1, CUE | AUX)
                && (end + 1..k).any(|w| word(body, toks, w).is_some_and(|w| !starts_upper(w)))
        })
        .map_or(end, |k| k + 1)
}

/// The person "he"/"she" at token `tok` refers to: the latest subject before it, in the same or
/// the three previous paragraphs, whose gender does not clash. "they", "I", "we" and "it" are
/// not resolved: they rarely name one person the index knows.
pub(crate) fn resolve<'a>(
    events: &'a [Event],
    tok: usize,
    para: u32,
    pron: &str,
) -> Option<&'a Event> {
    let want = pronoun_gender(pron)?;
    let before = events.partition_point(|e| e.tok < tok);
    let all = || {
        events[..before]
            .iter()
            .rev()
            .take_while(|e| e.para + 3 >= para)
    };
    let window = || all().filter(|e| !e.weak);
    let Some(latest) = window().find(|e| e.gender != want.opposite()) else {
        // No subject fits: the latest person of the pronoun's gender named any other way.
        return all().find(|e| e.gender == want);
    };
    // Someone known to be a "she" beats a name of unknown gender ("Marko Horvat", "Rhein
    // Capital") in the same paragraph; an older paragraph's "he" does not beat the latest
    // speaker ("Putin told Pompeo: ..." ⏎⏎ "...", he said).
    if latest.gender == Gender::Unknown {
        if let Some(known) = window()
            .take_while(|e| e.para == latest.para)
            .find(|e| e.gender == want)
        {
            return Some(known);
        }
    }
    Some(latest)
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize_text;
    use super::*;

    /// The body's tokens and the antecedent events `subjects` finds in it.
    fn events_of(body: &str) -> (Vec<Tok>, Vec<Event>) {
        let toks = tokenize_text(body);
        let names = Names::build(body, &toks, None);
        let events = subjects(&names, body, &toks);
        (toks, events)
    }

    #[test]
    fn pronouns_resolve_to_recent_compatible_subject() {
        let body =
            "Hillary Clinton spoke first. Meeting with voters, Donald Trump said he would win. \
                    Iran announced a plan.";
        let (toks, events) = events_of(body);
        let who: Vec<&str> = events.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(who, ["Hillary Clinton", "Donald Trump"]);
        let end = toks.len();
        assert_eq!(
            resolve(&events, end, 0, "he").map(|e| e.name.as_str()),
            Some("Donald Trump")
        );
        assert_eq!(
            resolve(&events, end, 0, "she").map(|e| e.name.as_str()),
            Some("Hillary Clinton")
        );
        assert_eq!(resolve(&events, end, 0, "they"), None);
        assert_eq!(resolve(&events, 0, 0, "he"), None);
    }

    #[test]
    fn a_subject_with_an_apposition_before_its_verb_is_an_antecedent() {
        let body = "Speaking to supporters on Monday, Marta Ilic, 52, said the count was slow. \
                    A farmer from Tulsa, Okla., said the same.";
        let toks = tokenize_text(body);
        let names = Names::build(body, &toks, None);
        let who: Vec<String> = subjects(&names, body, &toks)
            .into_iter()
            .filter(|e| !e.weak)
            .map(|e| e.name)
            .collect();
        assert_eq!(who, ["Marta Ilic"]);
    }

    #[test]
    fn a_name_in_apposition_to_an_opening_description_is_the_subject() {
        let body = "Ana Ruiz chaired the talks. The city's chief negotiator, Tom Reyes, \
                    rejected the offer.";
        let (toks, events) = events_of(body);
        assert_eq!(
            resolve(&events, toks.len(), 0, "he").map(|e| e.name.as_str()),
            Some("Tom Reyes")
        );
    }

    #[test]
    fn the_agent_of_a_passive_statement_is_an_antecedent() {
        // Not the agent of "proposed by": the cuts' author is not the one speaking next.
        let body = "Ana Ruiz chaired the talks. The city's position was spelt out by spokesman \
                    Tom Reyes. The cuts proposed by Ivo Marek were unfair.";
        let (_, events) = events_of(body);
        let who: Vec<&str> = events.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(who, ["Ana Ruiz", "Tom Reyes"]);
    }

    #[test]
    fn an_inverted_cue_and_according_to_name_antecedents() {
        // Not the listener ("told Reuters") or a one-word name that may be a company ("said
        // Harbourline.").
        let body = "Costs rose, said Harbourline. The problem, said Shailendra Jain, head of \
                    Adamind, is education. Prices fell, Ana Ruiz told Reuters. Exports doubled, according to minister Tom Reyes.";
        let (_, events) = events_of(body);
        let who: Vec<&str> = events.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(who, ["Shailendra Jain", "Ana Ruiz", "Tom Reyes"]);
    }

    #[test]
    fn a_name_after_an_organisation_and_its_role_opens_the_sentence() {
        // Not "Harbour City beat Port Vale": "beat" is no role.
        let body = "Glenn Hoddle was appointed. Wolves chief executive Jez Moxey defended the \
                    decision. Harbour City beat Port Vale on Saturday.";
        let (toks, events) = events_of(body);
        assert_eq!(
            resolve(&events, toks.len(), 0, "he").map(|e| e.name.as_str()),
            Some("Jez Moxey")
        );
        assert!(events.iter().all(|e| e.name != "Port Vale"));
    }

    #[test]
    fn an_inverted_cue_reaches_past_the_possessor_and_role() {
        let body = "Harbourline likened the grid to electricity. Prices will fall, said \
                    Harbourline's chief operating officer Tom Reyes. Nobody asked why.";
        let (toks, events) = events_of(body);
        assert_eq!(
            resolve(&events, toks.len(), 0, "he").map(|e| e.name.as_str()),
            Some("Tom Reyes")
        );
    }

    #[test]
    fn a_name_set_off_after_a_description_with_an_acronym_is_its_subject() {
        let body = "Carl Olsen spoke first. The secretary of the dockers' union (DWU), Tom Reyes, \
                    did not rule out a strike.";
        let (toks, events) = events_of(body);
        assert_eq!(
            resolve(&events, toks.len(), 0, "he").map(|e| e.name.as_str()),
            Some("Tom Reyes")
        );
    }

    #[test]
    fn a_name_set_off_by_commas_before_the_verb_is_its_subject() {
        // Not a place set off the same way ("from Wembley, London, said").
        let body = "Chile signed the deal. The Federal Privacy Commissioner, Jabril Rajoub, \
                    says hospitals must ask. The man, 32, from Wembley, London, said so.";
        let (_, events) = events_of(body);
        let who: Vec<&str> = events.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(who, ["Jabril Rajoub"]);
    }

    #[test]
    fn a_place_is_no_antecedent() {
        // "North Korea" opens a sentence like a person would, but the article also writes
        // "in North Korea,": "he" goes back to Daniel Osei.
        let body = "Daniel Osei spoke to reporters. North Korea is testing missiles, he said. \
                    Food prices in North Korea, he added, are rising. Rep. Lee Zeldin of New \
                    Jersey, a Trump supporter, said it will help.";
        let (_, events) = events_of(body);
        let who: Vec<&str> = events.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(who, ["Daniel Osei", "Lee Zeldin"]);
        let zeldin = events[1].tok;
        assert_eq!(
            resolve(&events, zeldin, 0, "he").map(|e| e.name.as_str()),
            Some("Daniel Osei")
        );
    }
}
