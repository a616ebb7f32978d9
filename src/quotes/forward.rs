//! A noun phrase read forward from a cue verb → the speaker of an inverted cue or of "according
//! to": "said Lavrov", "said State Department spokesman John Kirby", "said a senior trader at a
//! U.K. bank", "said the culture minister, Gilberto Gil". In: the token stream, where the phrase
//! starts and how far it may run. Out: the mention, or None when the words there name no one.
//! The mirror of backward.rs; the phrase rules both use are in np.rs.

use super::institutions::is_institution;
use super::lexicon::{
    is_blocker, is_cue_finite, is_cue_participle, is_determiner, is_title, object_pronoun, pronoun,
    starts_lower, starts_upper, AUX, BLOCK, CUE, PART, POSS,
};
use super::np::{
    descriptor_ok, is_person_run, name_mention, punct, word, Mention, MentionKind, NP_MAX,
};
use super::runs::{name_start, run_from, run_to};
use super::tokens::{strip_possessive, text, Kind, Tok};

/// `"...," said the culture minister, Gilberto Gil.`: a description after an inverted cue, then
/// a person's name set off by a comma that closes the clause, names that person.
pub(crate) fn appositive_name(body: &str, toks: &[Tok], m: Mention, hi: usize) -> Option<Mention> {
    let comma = m.last + 1;
    if m.kind != MentionKind::Descriptor || punct(body, toks, comma) != Some(",") {
        return None;
    }
    let end = run_from(body, toks, comma + 1)?;
    let closes = end >= hi
        || toks[end].sent != toks[comma].sent
        || matches!(punct(body, toks, end), Some("." | "," | ";"))
        || matches!(toks[end].kind, Kind::Quote(_));
    (closes && is_person_run(body, toks, comma + 1, end))
        .then(|| name_mention(body, toks, comma + 1, comma + 1, end - 1))
}

/// `Reuters quoted a central bank official as saying`: the one quoted, the object of "quoted"
/// between `from` and `to`, speaks; the outlet that quotes is the listener.
pub(crate) fn quoted_object(body: &str, toks: &[Tok], from: usize, to: usize) -> Option<Mention> {
    let q = (from..to).find(|&k| matches!(word(body, toks, k), Some("quoted" | "quotes")))?;
    let as_ = (q + 2..(q + 12).min(to)).find(|&k| {
        word(body, toks, k) == Some("as") && toks.get(k + 1).is_some_and(|t| t.is(PART))
    })?;
    // "the radio quoted him as saying": the person "he" would be.
    if as_ == q + 2 && word(body, toks, q + 1).is_some_and(|w| object_pronoun(w).is_some()) {
        return Some(Mention {
            first: q + 1,
            last: q + 1,
            kind: MentionKind::Pronoun,
        });
    }
    forward_np(body, toks, q + 1, as_).filter(|m| m.last < as_)
}

/// A noun phrase starting at `i` (after "said" or "according to"): words up to punctuation or a
/// word that starts a new phrase ("in", "on", "who"). A name at its end wins ("State Department
/// spokesman John Kirby" → "John Kirby").
pub(crate) fn forward_np(body: &str, toks: &[Tok], i: usize, hi: usize) -> Option<Mention> {
    let w = word(body, toks, i).filter(|_| i < hi)?;
    if pronoun(w).is_some() {
        return Some(Mention {
            first: i,
            last: i,
            kind: MentionKind::Pronoun,
        });
    }
    let mut end = i;
    let mut office_of = false;
    // Two roles joined by "and" before a name may run past the usual bound.
    let mut joined = false;
    while end < hi && end - i < NP_MAX + if joined { 5 } else { 0 } {
        // "said Rogers & Cowan": a firm's ampersand between two capitalised words.
        if end > i
            && punct(body, toks, end) == Some("&")
            && word(body, toks, end - 1).is_some_and(starts_upper)
            && word(body, toks, end + 1).is_some_and(starts_upper)
        {
            end += 1;
            continue;
        }
        let Some(w) = word(body, toks, end) else {
            break;
        };
        // "said former secretary of state Hillary Clinton": a lower-case office after "of"
        // whose name follows goes on too.
        let office_then_name = w == "of"
            && word(body, toks, end + 1).is_some_and(starts_lower)
            && run_from(body, toks, end + 2).is_some();
        let connector = matches!(w, "of" | "for" | "at")
            && end > i
            && (office_then_name
                || word(body, toks, end + 1).is_some_and(|n| is_determiner(n) || starts_upper(n)));
        // ("said Alex McLeish of Novo's ban": the capitalised run goes on past "of", and
        // the person is the part before it.)
        // (Not "said American Chamber of Commerce president George Drysdale": a role and a
        // name after the run make it an organisation.)
        let person_before = || {
            let Some(e) = run_from(body, toks, i).filter(|&e| e > end) else {
                return false;
            };
            let role_then_name = (e..(e + 3).min(hi)).any(|k| {
                word(body, toks, k).is_some_and(starts_lower)
                    && run_from(body, toks, k + 1)
                        .is_some_and(|n| n > k + 2 && is_person_run(body, toks, k + 1, n))
            });
            let words: Vec<&str> = toks[i..end].iter().map(|t| text(body, t)).collect();
            !role_then_name
                && words.len() >= 2
                && name_start(&words) < words.len()
                && !is_institution(&words.join(" "))
        };
        // ("said UK Chancellor of the Exchequer Gordon Brown": a title before "of" goes on.)
        let title_of = connector
            && w == "of"
            && word(body, toks, end - 1).is_some_and(|t| starts_upper(t) && is_title(t));
        office_of |= title_of;
        if connector && !title_of && (is_person_run(body, toks, i, end) || person_before()) {
            return Some(name_mention(body, toks, i, i, end - 1));
        }
        // "said Rangers manager Alex McLeish of Novo's ban", "said Arts minister Estelle
        // Morris of the findings": a role in lower case, then the person, then what the words
        // are about.
        let person_after_role = || {
            let s = run_to(body, toks, end - 1).filter(|&s| s > i)?;
            // (The run may go on past "of": "Alex McLeish of Novo's".)
            let words: Vec<&str> = toks[s..end].iter().map(|t| text(body, t)).collect();
            ((i..s).any(|k| word(body, toks, k).is_some_and(starts_lower))
                && name_start(&words) < words.len()
                && !is_institution(&words.join(" ")))
            .then_some(s)
        };
        if let Some(s) = (connector && w == "of").then(person_after_role).flatten() {
            return Some(name_mention(body, toks, i, s, end - 1));
        }
        // "said Will Doyle", "said Theresa May": a stop word that is part of a name.
        // "said one of those advisers": a demonstrative after a connector goes on.
        let demonstrative = end > i
            && matches!(w, "this" | "these" | "those")
            && matches!(
                word(body, toks, end - 1),
                Some("of" | "for" | "at" | "from")
            );
        // "said author and historian Chris Baker": two roles joined before one name.
        // ("said veteran Oscar strategist and PR maven Tony Angelotti": the second role may
        // have capitals; a name of two words or more ends it.)
        let roles_joined = w == "and"
            && end > i
            && word(body, toks, end - 1).is_some_and(starts_lower)
            // ("said chairman and chief executive officer Bill Ford": a role of three words.)
            && (end + 1..(end + 6).min(hi))
                .take_while(|&k| word(body, toks, k).is_some_and(|v| !is_blocker(v)))
                .any(|k| {
                    k > end + 1
                        && word(body, toks, k - 1).is_some_and(starts_lower)
                        && run_from(body, toks, k).is_some_and(|e| e - k >= 2 && e <= hi)
                });
        joined |= roles_joined;
        let stop = (toks[end].is(BLOCK) || is_cue_finite(w))
            && run_from(body, toks, end).is_none()
            && !demonstrative
            && !roles_joined;
        if end > i && !connector && (stop || is_cue_participle(w)) {
            break;
        }
        if end == i && stop && !is_determiner(w) {
            return None;
        }
        end += 1;
        if strip_possessive(w).1 && end - i > 1 {
            break;
        }
    }
    if end == i {
        return None;
    }
    // "says the ad’s narrator", "said the group’s director": a possessor's noun goes on.
    let possessor = end - i > 1 && word(body, toks, end - 1).is_some_and(|w| strip_possessive(w).1);
    let noun = word(body, toks, end).filter(|_| end < hi).is_some_and(|n| {
        starts_lower(n) && !is_blocker(n) && !is_cue_finite(n) && !is_cue_participle(n)
    });
    if possessor && noun {
        end += 1;
    }
    // "wrote the authors of the "Growth Project"": a title in quotes ends the scan; the
    // person is the phrase before its connector.
    if end - i > 3
        && word(body, toks, end - 1).is_some_and(|d| starts_lower(d) && is_determiner(d))
        && matches!(
            word(body, toks, end - 2),
            Some("of" | "for" | "at" | "from")
        )
    {
        end -= 2;
    }
    // Prefer a name ending the phrase; else the phrase as a description.
    let last = end - 1;
    if let Some(s) = run_to(body, toks, last) {
        if s >= i {
            // "said a senior FRN trader at a U.K. Bank": a described person "at"/"of"/"for" a
            // determiner and a name is the person, not the place.
            let opens_description = (is_determiner(w) && starts_lower(w)) || w == "one";
            let described = (i + 1..last).filter(|_| opens_description).find(|&k| {
                matches!(
                    word(body, toks, k),
                    Some("at" | "of" | "for" | "from" | "with")
                ) && word(body, toks, k + 1).is_some_and(|d| starts_lower(d) && is_determiner(d))
                    && word(body, toks, k - 1).is_some_and(starts_lower)
            });
            // (Cut off by the length bound, the phrase keeps its person only.)
            let last = match described {
                Some(k) if end - i >= NP_MAX => k - 1,
                Some(_) => last,
                // The whole office is the mention: "UK Chancellor of the Exchequer Gordon Brown".
                None if office_of => {
                    let m = name_mention(body, toks, i, s, last);
                    return Some(Mention { first: i, ..m });
                }
                None => return Some(name_mention(body, toks, i, s, last)),
            };
            return Some(Mention {
                first: i,
                last,
                kind: MentionKind::Descriptor,
            });
        }
    }
    // "wrote Time magazine", "said Clinton aides": a name qualifying one or two nouns.
    let qualified = run_from(body, toks, i)
        .filter(|&e| e < end && end - e <= 2 && !toks[e - 1].is(POSS))
        .is_some_and(|e| {
            toks[e..end]
                .iter()
                .all(|t| starts_lower(text(body, t)) && !t.is(BLOCK | CUE | PART | AUX))
        });
    (qualified || descriptor_ok(body, toks, i, end)).then_some(Mention {
        first: i,
        last,
        kind: MentionKind::Descriptor,
    })
}
