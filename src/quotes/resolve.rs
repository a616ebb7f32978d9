//! Mentions → people. In: a quote's `Analysis` (the mention as a token range) and the article's
//! `Names`. Out: `Who` with the canonical name — a name to its fullest form, "he"/"she" to the
//! person referred to, "the minister" to the minister the article named — and the mention as
//! written.

use super::antecedents::{self, Event};
use super::attribute::{Analysis, Mention, MentionKind};
use super::descriptions::{definite_person, described_word, Described};
use super::given_names;
use super::lexicon;
use super::names::{Names, Person};
use super::tokens::{self, Tok};
use super::Who;

/// Pronoun antecedents: sentence and cue subjects from the index, plus every named speaker.
pub(super) fn antecedents(
    body: &str,
    toks: &[Tok],
    names: &Names,
    analyses: &[Analysis],
    keep: &[bool],
) -> Vec<Event> {
    let mut events = antecedents::subjects(names, body, toks);
    let known: lexicon::FastSet<usize> = events.iter().filter(|e| !e.weak).map(|e| e.tok).collect();
    for (a, _) in analyses.iter().zip(keep).filter(|(_, &k)| k) {
        let Some(m) = a.mention.filter(|m| m.kind == MentionKind::Name) else {
            continue;
        };
        if known.contains(&m.first) {
            continue;
        }
        let words = mention_words(body, toks, m.first, m.last);
        // "said the Spaniard": a description, linked to its person by `linked_descriptions`.
        if described_word(&words) {
            continue;
        }
        // The same test as for subjects: a one-word name must be seen mid-sentence ("Conceding
        // that ..., he warned" is no person) and, with no speech verb and no gender, a subject
        // read off a fragment's sentence ("Audiences can expect him to ...") is none either.
        if let Some(p) = names.canonical(&words).filter(|p| {
            // "President Obama": a title before the name says it is a person.
            // A place ("in New York") is never the person a pronoun refers to.
            !p.place
                && !super::institutions::is_institution(&p.name)
                && (p.name.contains(' ')
                    || words.len() > 1
                    || (names.seen_mid_sentence(&p.name)
                        && (a.cue_distance.is_some() || p.gender != lexicon::Gender::Unknown)))
        }) {
            events.push(Event {
                tok: m.first,
                para: toks[m.first].para,
                name: p.name,
                gender: p.gender,
                weak: false,
            });
        }
    }
    events.extend(antecedents::introduced_people(body, toks));
    events.sort_by_key(|e| e.tok);
    events
}

pub(super) fn mention_words<'a>(
    body: &'a str,
    toks: &[Tok],
    first: usize,
    last: usize,
) -> Vec<&'a str> {
    // "Obama's comment that ...": the possessor's name without its "'s" (but "the British
    // Bankers' Association" keeps its apostrophe: see `tokens::join_group_possessives`).
    toks[first..=last]
        .iter()
        .map(|t| {
            let w = tokens::text(body, t);
            if t.is(lexicon::POSS) {
                tokens::strip_possessive(w).0
            } else {
                w
            }
        })
        .collect()
}

/// Mention → speaker: a name to its canonical form, "he"/"she" to the person referred to,
/// "the minister" / "the Frenchwoman" to the person the article introduced as such, any other
/// description as written (with a capital determiner lowercased: "An EU spokesman" opening a
/// sentence is "an EU spokesman").
/// Every kept quote's speaker, in text order. A "he"/"she" resolved to a person makes that
/// person an antecedent again at the pronoun, so a long run of `"...," he said` paragraphs
/// keeps its speaker past the three-paragraph window of `antecedents::resolve` (an interview
/// piece names its subject once and says "he" for a page).
pub(super) fn resolve_all(
    body: &str,
    toks: &[Tok],
    names: &Names,
    events: &mut Vec<Event>,
    described: &[Described],
    analyses: &[Analysis],
    keep: &[bool],
) -> Vec<Option<Who>> {
    let mut out = Vec::with_capacity(analyses.len());
    // "He said China will have to improve auditing.": a he/she reporting speech in the
    // narration carries the person on as a quoted "he said" does (wire copy reports a speaker
    // for a page between quotes), taken in text order with the quotes.
    let mut narrated = narrated_pronouns(body, toks).into_iter().peekable();
    for (a, &k) in analyses.iter().zip(keep) {
        let at = a.mention.map_or(usize::MAX, |m| m.first);
        while let Some((t, pron)) = narrated.next_if(|&(t, _)| t < at) {
            let Some(gender) = lexicon::pronoun_gender(pron) else {
                continue;
            };
            let Some(e) = antecedents::resolve(events, t, toks[t].para, pron) else {
                continue;
            };
            let name = e.name.clone();
            chain(events, toks, t, name, gender);
        }
        // (The quote's own "he said" is chained below, once it is resolved.)
        narrated.next_if(|&(t, _)| t == at);
        let who = k
            .then(|| resolve(body, toks, names, events, described, a))
            .flatten();
        // "A 29-year-old Berlin woman wrote ..." is someone new too: a description that shows
        // its gender is what a later "she" refers to.
        let chained = a.mention.and_then(|m| {
            let gender = match m.kind {
                MentionKind::Pronoun => lexicon::pronoun(tokens::text(body, &toks[m.first]))
                    .and_then(lexicon::pronoun_gender)?,
                MentionKind::Descriptor => lexicon::noun_gender(tokens::text(body, &toks[m.last])),
                MentionKind::Name => return None,
            };
            if gender == lexicon::Gender::Unknown {
                return None;
            }
            let name = who.as_ref()?.speaker.clone()?;
            Some((m.first, name, gender))
        });
        if let Some((tok, name, gender)) = chained {
            chain(events, toks, tok, name, gender);
        }
        out.push(who);
    }
    out
}

/// Makes the person a he/she (or a gendered description) at token `tok` was resolved to an
/// antecedent again there, in token order.
fn chain(events: &mut Vec<Event>, toks: &[Tok], tok: usize, name: String, gender: lexicon::Gender) {
    let at = events.partition_point(|x| x.tok <= tok);
    let e = Event {
        tok,
        para: toks[tok].para,
        name,
        gender,
        weak: false,
    };
    events.insert(at, e);
}

/// Tokens of "he"/"she" right before a speech verb outside quotes ("He said", "she added"),
/// with the pronoun.
fn narrated_pronouns(body: &str, toks: &[Tok]) -> Vec<(usize, &'static str)> {
    (0..toks.len().saturating_sub(1))
        .filter(|&k| toks[k + 1].is(lexicon::CUE) && !toks[k + 1].is(lexicon::PART))
        .filter(|&k| toks[k].sent == toks[k + 1].sent && toks[k].kind == tokens::Kind::Word)
        .filter_map(|k| match tokens::text(body, &toks[k]) {
            "he" | "He" => Some((k, "he")),
            "she" | "She" => Some((k, "she")),
            _ => None,
        })
        .collect()
}

pub(super) fn resolve(
    body: &str,
    toks: &[Tok],
    names: &Names,
    events: &[Event],
    described: &[Described],
    a: &Analysis,
) -> Option<Who> {
    let m = a.mention?;
    let mention = body[toks[m.first].start..toks[m.last].end].to_string();
    let words = mention_words(body, toks, m.first, m.last);
    if !a_name(names, toks, &words, m, a) {
        return None;
    }
    let link = || definite_person(toks, names, events, described, m.first, &words);
    let with_role = |name: String| {
        let role = person_named(names, &name).and_then(|p| p.role);
        (Some(name), role)
    };
    // "the Spaniard", "The Ohio Democrat": a capitalized description after "the" refers back
    // to a person the article named.
    let described_name = || {
        if words.first().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
            return definite_person(toks, names, events, described, m.first, &words);
        }
        let k = m.first.checked_sub(1)?;
        let the = tokens::text(body, &toks[k]);
        if toks[k].kind != tokens::Kind::Word || !the.eq_ignore_ascii_case("the") {
            return None;
        }
        let mut with_the = vec![the];
        with_the.extend_from_slice(&words);
        definite_person(toks, names, events, described, k, &with_the)
    };
    let canonical_name = || match names.canonical(&words) {
        // "the Frenchwoman": no fuller name than the word itself, so it describes someone.
        Some(p) if p.name.contains(' ') || words.len() < 2 => (Some(p.name), p.role),
        Some(p) => match link() {
            Some(name) => with_role(name),
            None => (Some(p.name), p.role),
        },
        None => (Some(mention.clone()), None),
    };
    let (speaker, role) = match m.kind {
        MentionKind::Name => match described_name() {
            Some(name) => with_role(name),
            None => canonical_name(),
        },
        MentionKind::Pronoun => {
            // "his comment that ...": a possessive stands for its subject pronoun.
            // "Kyodo quoted him as saying": an object pronoun means someone named before its
            // sentence, never that sentence's subject (the agency).
            let quoted = m.first > 0
                && matches!(tokens::text(body, &toks[m.first - 1]), "quoted" | "quotes");
            let object = lexicon::object_pronoun(&mention).filter(|_| quoted);
            let pron = lexicon::pronoun(&mention)
                .or_else(|| lexicon::possessive_pronoun(&mention))
                .or(object)
                .unwrap_or("");
            let at = if object.is_some() {
                tokens::sentence_first(toks, m.first)
            } else {
                m.first
            };
            match antecedents::resolve(events, at, toks[m.first].para, pron) {
                Some(e) => with_role(e.name.clone()),
                None => (None, None),
            }
        }
        MentionKind::Descriptor => {
            match link().or_else(|| speech_possessor(toks, names, m.first, &words)) {
                Some(name) => with_role(name),
                None => (Some(lower_determiner(&mention)), None),
            }
        }
    };
    Some(Who {
        speaker,
        mention,
        role,
    })
}

/// A one-word "name" never written mid-sentence, with no given name's gender, is a capitalised
/// first word ("Embryonic stem cells ...", "Hastily ..."), not a speaker, unless a speech verb
/// is in its sentence or right after it (and it is not itself one: "Calls men names, like
/// "pigs,"" in a bulleted list).
fn a_name(names: &Names, toks: &[Tok], words: &[&str], m: Mention, a: &Analysis) -> bool {
    let [word] = words else {
        return true;
    };
    if foreign_function_word(word) {
        return false;
    }
    // "Ortega told the forum ...": a cue in the previous paragraph introduces this quote.
    let followed_by_cue =
        (m.last + 1..toks.len().min(m.last + 3)).any(|k| toks[k].is(lexicon::CUE));
    m.kind != MentionKind::Name
        || names.seen_mid_sentence(tokens::strip_possessive(word).0)
        || names.canonical(words).is_some_and(|p| p.name.contains(' '))
        || given_names::gender(word) != lexicon::Gender::Unknown
        || ((a.cue_distance.is_some() || followed_by_cue)
            && !toks[m.first].is(lexicon::CUE)
            && !participle_or_adverb(word))
}

/// "Sie", "Es", "La", "Und": a pronoun, article or conjunction of German, French or Spanish
/// opening a sentence reads as a one-word name to rules made for English. (Not "Al", "Le",
/// "Del", "Lo", "Los": given names and surnames too, "Louis Lo", "Arjen Los".)
fn foreign_function_word(word: &str) -> bool {
    matches!(
        word,
        "Sie"
            | "Es"
            | "Er"
            | "Wir"
            | "Ihr"
            | "Die"
            | "Der"
            | "Das"
            | "Dem"
            | "Ein"
            | "Eine"
            | "Und"
            | "Aber"
            | "Oder"
            | "Denn"
            | "Wenn"
            | "Doch"
            | "Auch"
            | "La"
            | "Les"
            | "Il"
            | "Elle"
            | "Ils"
            | "Elles"
            | "Nous"
            | "Vous"
            | "Dans"
            | "Mais"
            | "Et"
            | "El"
            | "Y"
            | "En"
            | "Un"
            | "Une"
            | "Una"
            | "Pero"
            | "Ella"
            | "Ellos"
            | "Yo"
            | "Nosotros"
    )
}

/// "Smiling broadly throughout her speech, Mrs. Clinton ...", "Hastily, ...": shapes of an
/// opening phrase, not of a surname that only ever opens sentences.
fn participle_or_adverb(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ing")) || lexicon::adverb_shape(word)
}

/// `Ruiz's response was swift: "..."`, `Trump's message to the crowd:`: a possessive name
/// before a noun of speech is the person speaking.
fn speech_possessor(toks: &[Tok], names: &Names, first: usize, words: &[&str]) -> Option<String> {
    let p = (0..words.len().saturating_sub(1)).find(|&i| toks[first + i].is(lexicon::POSS))?;
    let noun = words[p + 1].to_ascii_lowercase();
    // The possessor cue's nouns, and answers, which introduce a quote but rarely a "that".
    let speech = super::possessor::SPEECH_NOUNS.contains(&noun.as_str())
        || matches!(
            noun.as_str(),
            "response" | "reply" | "answer" | "retort" | "post" | "letter" | "email"
        );
    if !speech {
        return None;
    }
    names
        .canonical(&words[..=p])
        .filter(|person| !person.place)
        .map(|person| person.name)
}

/// The article's person with this canonical name (for its gender and role).
pub(super) fn person_named(names: &Names, name: &str) -> Option<Person> {
    names.canonical(&name.split(' ').collect::<Vec<_>>())
}

/// "An EU spokesman" → "an EU spokesman"; anything not opening with a determiner unchanged.
pub(super) fn lower_determiner(mention: &str) -> String {
    let first = mention.split(' ').next().unwrap_or("");
    if lexicon::is_determiner(first) && lexicon::starts_upper(first) {
        let mut out = first.to_lowercase();
        out.push_str(&mention[first.len()..]);
        out
    } else {
        mention.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::super::find_quotes;

    #[test]
    fn a_fragment_subject_that_is_no_person_is_no_antecedent() {
        let body = "Tom Reyes will play the club on Friday night. Audiences can expect him to \
                    bring “a lot more noise than the last time.” “It comes straight from the \
                    heart,” he said.";
        let quotes = find_quotes(body, None);
        let q = quotes.iter().find(|q| q.text.starts_with("It comes"));
        assert_eq!(q.and_then(|q| q.speaker.as_deref()), Some("Tom Reyes"));
    }

    #[test]
    fn a_capitalised_first_word_is_no_speaker() {
        // The quotes are kept (a speech verb, a partial quote of five words), their speaker is
        // not "Audiences" or "Calls".
        let body = "Tom Reyes will play the club on Friday night. Audiences can expect him to \
                    bring “a lot more noise than the last time.”\n\n\
                    Calls rivals names, like “a bunch of total losers,” and never apologises.\n\n\
                    Smiling broadly throughout her speech, the mayor drew cheers as the band \
                    played and then boomed, “Today you proved there is no place like home.”";
        for start in ["a lot more", "a bunch", "Today you"] {
            let q = super::super::test_quotes::quote_starting(body, start);
            assert_eq!(q.map(|q| q.speaker), Some(None), "{start}");
        }
    }

    #[test]
    fn a_possessor_of_a_speech_noun_is_the_person() {
        let body = "Harbour chief Ida Lund heard the vote. Lund's response was swift: \
                    “This is a disgrace to the town.”";
        let q = super::super::test_quotes::quote_starting(body, "This is");
        assert_eq!(q.and_then(|q| q.speaker).as_deref(), Some("Ida Lund"));
    }

    #[test]
    fn he_after_a_reported_clause_goes_back_to_the_described_speaker() {
        // Not Norway: the subject of what the minister said is no antecedent for "she said".
        let body = "Foreign Minister Ida Lund met the harbour board on Monday.\n\nAsked about \
                    the port, the minister said Norway had warned the city against “steps that \
                    cannot be undone”.\n\n“We have told our friends this many times. They \
                    understand.\n\n“It is not easy to answer,” she said.";
        let q = super::super::test_quotes::quote_starting(body, "We have told");
        assert_eq!(q.and_then(|q| q.speaker).as_deref(), Some("Ida Lund"));
    }

    #[test]
    fn a_capitalised_description_as_subject_refers_back_to_the_person() {
        // "She" goes back to Ida Lund, not to a person called "Harbour Democrat".
        let body = "Senator Ida Lund warned the board about the port on Monday.\n\nThe Harbour \
                    Democrat, who sits on the budget committee, spoke of a “steady drumbeat” of \
                    cuts.\n\n“We are seeing the same playbook as last year,” she told the \
                    committee.";
        let q = super::super::test_quotes::quote_starting(body, "We are seeing");
        assert_eq!(q.and_then(|q| q.speaker).as_deref(), Some("Ida Lund"));
    }

    #[test]
    fn a_spokesman_is_nobody_named() {
        // Not the mayor who spoke last: a spokesman speaks for someone.
        for desc in ["the mayor's official spokesman", "the spokesman"] {
            let body = format!(
                "Mayor Tom Reyes welcomed the deal on Monday. Asked about the stadium, {desc} \
                 said: “We believe the plan is sound.”"
            );
            let q = super::super::test_quotes::quote_starting(&body, "We believe");
            assert_eq!(q.and_then(|q| q.speaker).as_deref(), Some(desc));
        }
    }

    #[test]
    fn the_judge_is_the_justice_named_since() {
        let body = "Harbour users won the right to sue after a county judge ruled that their \
                    case raised “a serious issue”.\n\nMr Justice Ida Lund rejected the port's \
                    argument.\n\n“A clause buried in a licence is a thin foundation,” the judge \
                    said.";
        let q = super::super::test_quotes::quote_starting(body, "A clause");
        assert_eq!(q.and_then(|q| q.speaker).as_deref(), Some("Ida Lund"));
    }

    #[test]
    fn the_diplomat_is_a_diplomat_who_spoke_without_a_quote() {
        // Not Norway, the latest subject: the article introduced "a Western diplomat" speaking.
        let body = "A Western diplomat briefed on the harbour talks said the tone had been \
                    better than expected. Norway said nothing.\n\n“Nobody walked out,” the \
                    diplomat said.";
        let q = super::super::test_quotes::quote_starting(body, "Nobody");
        assert_eq!(
            q.and_then(|q| q.speaker).as_deref(),
            Some("a Western diplomat")
        );
    }
}
