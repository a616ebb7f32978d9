//! The subject of a sentence or clause → the speaker when no speech verb names one: the noun
//! phrase opening the sentence (past connectives and introductions), the nearest name before a
//! finite verb in a coordinated or participle clause, and the subject after an opening phrase
//! that holds the quote. In: the token stream and a token range; out: a `Mention`. Split from
//! `before.rs`, whose cues fall back on these; where the subject may start (past connectives,
//! datelines, introductions) is `opening.rs`, what reads as a finite verb `finite.rs`, the head
//! of a long appositive `appositive.rs`.

use super::appositive::aside_opener;
use super::finite::{finite_like, irregular_past};
use super::lexicon::{
    adverb_shape, is_blocker, is_determiner, pronoun, starts_lower, starts_upper, AUX, BLOCK,
    CAP_STOP, CUE, DET, PART, POSS,
};
use super::np::{name_mention, punct, word, Mention, MentionKind};
use super::opening::opening;
use super::runs::{run_from, run_to};
use super::tokens::{flag, quote_ends_with, Kind, Tok};

/// The noun phrase opening the sentence, when a lowercase word (its verb, an auxiliary or an
/// adverb) follows it before `qi`: a pronoun, a name, or a determiner with up to three words
/// ("The book accuses ...", "The Republican nominee also vowed ..."). Leading "But"/"And"
/// and an introductory phrase closed by a comma ("In an August speech, Trump attacked",
/// "Meanwhile, it attacked") are skipped. `lo` must open the sentence.
pub(super) fn sentence_subject(body: &str, toks: &[Tok], lo: usize, qi: usize) -> Option<Mention> {
    if toks[lo].sent != toks[qi.min(toks.len() - 1)].sent
        || (lo > 0 && toks[lo - 1].sent == toks[lo].sent)
    {
        return None;
    }
    let start = opening(body, toks, lo, qi);
    subject_at(body, toks, lo, start, qi).or_else(|| {
        // "Led by the mayor, the crowd denounced": an opening participle phrase.
        let comma = (start + 1..(start + 12).min(qi))
            .take_while(|&k| !matches!(toks[k].kind, Kind::Quote(_)))
            .find(|&k| punct(body, toks, k) == Some(","))?;
        subject_at(body, toks, lo, comma + 1, qi)
    })
}

/// `In declaring Trump's statements "not Christian," the pope again demonstrated ...`, `By
/// calling Ruiz a "liar," Ortega ...`: a partial quote inside an opening phrase (a participle,
/// or a preposition and a participle) belongs to the subject right after that phrase. `hi` is
/// the end of the sentence's scan window.
pub(super) fn subject_after_opening(
    body: &str,
    toks: &[Tok],
    lo: usize,
    qi: usize,
    hi: usize,
) -> Option<Mention> {
    if lo > 0 && toks[lo - 1].sent == toks[lo].sent {
        return None;
    }
    let first = word(body, toks, lo)?;
    let ing = |k: usize| word(body, toks, k).is_some_and(|w| w.len() > 5 && w.ends_with("ing"));
    let opening = (starts_upper(first) && ing(lo))
        || (matches!(
            first,
            "In" | "By" | "After" | "Before" | "While" | "When" | "Since" | "Despite" | "Without"
        ) && ing(lo + 1));
    if !opening {
        return None;
    }
    // The phrase closes at the first comma, which may stand inside the quote's marks.
    let comma = (lo + 1..hi)
        .find(|&k| punct(body, toks, k) == Some(",") || quote_ends_with(body, toks, k, &[',']))?;
    if comma < qi {
        return None;
    }
    subject_at(body, toks, lo, comma + 1, hi)
}

/// Capitalized words after "the" that only describe someone: titles alone ("MEP", "Foreign
/// Minister") or one demonym ("Argentine").
fn describes(body: &str, run: &[Tok]) -> bool {
    let words: Vec<&str> = run.iter().map(|t| &body[t.start..t.end]).collect();
    super::runs::name_start(&words) == words.len()
        || matches!(words.as_slice(), [w] if super::lexicon::is_demonym(w))
}

/// The subject phrase starting exactly at `i` (see `sentence_subject`).
pub(super) fn subject_at(
    body: &str,
    toks: &[Tok],
    lo: usize,
    i: usize,
    qi: usize,
) -> Option<Mention> {
    let w = word(body, toks, i).filter(|_| i < qi)?;
    let (m, end) = if pronoun(w).is_some() {
        (
            Mention {
                first: i,
                last: i,
                kind: MentionKind::Pronoun,
            },
            i + 1,
        )
    } else if let Some(mut end) = run_from(body, toks, i) {
        // "Republican presidential hopeful Sen. Ted Cruz was": a capitalised word, a role in
        // lower case, then the person's name; the subject runs to the name's end.
        let role = (end..(end + 3).min(qi))
            .take_while(|&k| {
                word(body, toks, k).is_some_and(|w| starts_lower(w) && !is_blocker(w))
                    && !toks[k].is(CUE | AUX | BLOCK | DET | PART)
                    && !finite_like(body, toks, k)
            })
            .last();
        if let Some(e) = role
            .and_then(|r| run_from(body, toks, r + 1))
            .filter(|&e| e < qi)
        {
            if !toks[end - 1].is(POSS) && finite_like(body, toks, e) {
                end = e;
            }
        }
        // "Democratic leaders are warning", "Border Patrol agents described": capitalised
        // words and a plural noun before the verb describe a group, not a person called
        // "Democratic".
        let plural_noun = word(body, toks, end).is_some_and(|n| {
            starts_lower(n)
                && n.len() > 3
                && n.ends_with('s')
                && !n.ends_with("ss")
                && !["wards", "ways", "times"].iter().any(|x| n.ends_with(x))
        }) && !toks[end].is(CUE | AUX | BLOCK | DET | PART);
        if !toks[end - 1].is(POSS)
            && !toks[i].is(CUE | CAP_STOP)
            && plural_noun
            && finite_like(body, toks, end + 1)
        {
            return Some(Mention {
                first: i,
                last: end,
                kind: MentionKind::Descriptor,
            });
        }
        if toks[end - 1].is(POSS) {
            // "Hoff's letter makes the case: "..."": the possessor's noun is the subject when a
            // verb follows it ("Trump's latest claim" and "Nixon's appeal for" are no subject).
            // "Clinton's right-hand woman rallied": up to two nouns.
            let noun = |k: usize| {
                word(body, toks, k).is_some_and(starts_lower)
                    && !toks[k].is(BLOCK)
                    && (k == end || !toks[k].is(CUE | AUX))
            };
            let verb = |k: usize| {
                word(body, toks, k).is_some_and(|v| {
                    toks[k].is(CUE | AUX)
                        || (starts_lower(v)
                            && !toks[k].is(BLOCK)
                            && (v.ends_with("es") || v.ends_with("ed") || irregular_past(v)))
                })
            };
            let last = (end..end + 2)
                .take_while(|&k| noun(k))
                .find(|&k| verb(k + 1) && k + 1 < qi)?;
            return Some(Mention {
                first: i,
                last,
                kind: MentionKind::Descriptor,
            });
        }
        (name_mention(body, toks, lo, i, end - 1), end)
    } else if is_determiner(w) && word(body, toks, i + 1).is_some() {
        // "this makes sense because "..."", "This followed a report that ...", "Some are
        // describing it as ...": a pronoun (demonstrative or quantifier) and its verb.
        let lower = w.to_ascii_lowercase();
        let singular = matches!(lower.as_str(), "this" | "that");
        let pronoun_like = singular
            || matches!(
                lower.as_str(),
                "these" | "those" | "some" | "many" | "most" | "several" | "both" | "all"
            );
        let verb_next = word(body, toks, i + 1).is_some_and(|v| {
            toks[i + 1].is(AUX | CUE)
                || (starts_lower(v) && v.len() > 3 && v.ends_with("ed"))
                || (singular && starts_lower(v) && v.ends_with('s') && !v.ends_with("ss"))
        });
        // "those surveyed said", "those polled told": a participle names the group.
        let group = matches!(lower.as_str(), "those" | "these")
            && word(body, toks, i + 1).is_some_and(|v| v.ends_with("ed"))
            && flag(toks, i + 2, CUE);
        if group {
            return Some(Mention {
                first: i,
                last: i + 1,
                kind: MentionKind::Descriptor,
            });
        }
        if pronoun_like && verb_next {
            return None;
        }
        // "The Republican nominee also vowed": the phrase runs to an auxiliary or a cue;
        // "The New York Times reported": "the" and a name; "The book accuses": one noun.
        let longer = (i + 2..(i + 5).min(qi))
            .take_while(|&k| {
                // ("said" is a blocker, but the cue that ends the phrase.)
                word(body, toks, k).is_some() && (!toks[k].is(BLOCK) || toks[k].is(AUX | CUE))
            })
            .find_map(|k| {
                // "The developer offered himself as": a past tense with its object is the verb.
                let past_with_object = word(body, toks, k)
                    .is_some_and(|v| starts_lower(v) && v.len() > 4 && v.ends_with("ed"))
                    && word(body, toks, k + 1).is_some_and(|o| {
                        pronoun(o).is_some() || o.ends_with("self") || o.ends_with("selves")
                    });
                // ("as" and "to" are auxiliaries only in "quoted as saying", "went on to say":
                // in "The anxiety grew as", "The agency declined to" the verb is before them.)
                let after_verb = matches!(word(body, toks, k), Some("as" | "to"))
                    && k > i + 2
                    && finite_like(body, toks, k - 1);
                // "the troubled singer blew him kisses": a common irregular past is a verb too.
                let irregular = word(body, toks, k).is_some_and(irregular_past);
                let verb = (toks[k].is(AUX | CUE) && !toks[k - 1].is(AUX | CUE))
                    || past_with_object
                    || irregular;
                (verb || after_verb).then_some(if after_verb { k - 1 } else { k })
            });
        let name = run_from(body, toks, i + 1).filter(|&e| !toks[e - 1].is(POSS));
        let (last, kind) = match (longer, name) {
            // "The Cabinet Office said": "the" and a name that runs up to the verb (not a
            // title or a demonym alone: "The MEP said", "The Argentine said" describe).
            (Some(e), Some(n)) if n == e && !describes(body, &toks[i + 1..e]) => {
                (e - 1, MentionKind::Name)
            }
            (Some(e), _) => (e - 1, MentionKind::Descriptor),
            // "The Palestinian leadership underscored", "The Reagan administration, responding
            // to ..., outlined": a capitalized word then a noun before the verb (or before an
            // appositive's comma) is a description.
            // ("The Labour party spokesman played down": up to three nouns.)
            (None, Some(e)) => match described_to(body, toks, e) {
                Some(head) => (head, MentionKind::Descriptor),
                None => (e - 1, MentionKind::Name),
            },
            // "Her chief aide doubled down": a possessive opens a phrase of up to three words
            // that a verb must follow ("Its very existence signified" names no speaker).
            // "His critics in the United States, many of them ..., argue": a preposition or a
            // comma may end the phrase too.
            (None, None) if possessive_determiner(w) => {
                let verb = (i + 2..(i + 4).min(qi))
                    .take_while(|&k| word(body, toks, k).is_some())
                    .find(|&k| finite_like(body, toks, k))
                    .or_else(|| {
                        let next = i + 2;
                        (punct(body, toks, next) == Some(",")
                            || word(body, toks, next)
                                .is_some_and(|p| super::np::PREPOSITIONS.contains(&p)))
                        .then_some(next)
                    })?;
                let nouns = (i + 1..verb).all(|k| {
                    word(body, toks, k).is_some_and(starts_lower) && !toks[k].is(BLOCK | AUX)
                });
                if !nouns {
                    return None;
                }
                (verb - 1, MentionKind::Descriptor)
            }
            // "The book accuses".
            (None, None) if word(body, toks, i + 1).is_some_and(starts_lower) => {
                (i + 1, MentionKind::Descriptor)
            }
            _ => return None,
        };
        (
            Mention {
                first: i,
                last,
                kind,
            },
            last + 1,
        )
    } else {
        return None;
    };
    // "Sen. Jack Reed (D-R.I.), said", "The National Rifle Association (NRA) attacked": past
    // the party tag or the acronym.
    // (After "the", only before a verb or a comma: "An Alcoa (Aluminum Company of America)
    // source said" has its head noun after the parenthesis.)
    let end = if m.kind == MentionKind::Pronoun || punct(body, toks, end) != Some("(") {
        end
    } else {
        (end + 1..(end + 8).min(qi))
            .find(|&k| punct(body, toks, k) == Some(")"))
            .filter(|&c| {
                // (A tag or an acronym, not an aside: "The Mezcal Soup (which does not include
                // mezcal) went on my list".)
                let lower = (end + 1..c)
                    .filter(|&k| word(body, toks, k).is_some_and(starts_lower))
                    .count();
                lower <= 1
                    && c + 1 < qi
                    && (run_from(body, toks, i).is_some()
                        || finite_like(body, toks, c + 1)
                        || flag(toks, c + 1, AUX | CUE)
                        || punct(body, toks, c + 1) == Some(","))
            })
            .map_or(end, |c| c + 1)
    };
    // "At an event in Salem, New Hampshire, Trump went after Bush": after an introduction, a
    // name set off by commas and followed by another name is the end of the introduction;
    // the later name is the subject.
    let after_intro = i > lo && punct(body, toks, end) == Some(",") && m.kind == MentionKind::Name;
    let later = run_from(body, toks, end + 1)
        .filter(|&e| after_intro && e < qi && !toks[e - 1].is(POSS))
        .filter(|&e| word(body, toks, e).is_some_and(starts_lower));
    let (m, end) = match later {
        Some(e) => (name_mention(body, toks, lo, end + 1, e - 1), e),
        None => (m, end),
    };
    // "Donald Trump, her Republican opponent, bemoaned": past an appositive.
    let end = if m.kind != MentionKind::Pronoun && punct(body, toks, end) == Some(",") {
        // `Ana Ruiz, star of "Night Shift," thanked ...`: a title's comma inside its quote
        // marks closes the appositive too.
        // "Sen. Jack Reed (D-R.I.), said": a stray comma before the verb.
        let stray = flag(toks, end + 1, CUE | AUX);
        // "Clinton, who was speaking to the mayors, did not ...": a relative clause may hold
        // a speech verb of its own and run longer.
        // So may an aside that opens with a participle or a conjunction ("Sanders,
        // celebrating a victory in his home state of Vermont, is pledging", "Cruz, when asked
        // what is wrong with the plan, responded").
        let relative = matches!(word(body, toks, end + 1), Some("who" | "whose"))
            || aside_opener(body, toks, end + 1);
        let reach = if relative { 20 } else { 12 };
        (end + 1..(end + reach).min(qi))
            .take_while(|&k| relative || !toks[k].is(CUE | PART))
            .find(|&k| punct(body, toks, k) == Some(",") || quote_ends_with(body, toks, k, &[',']))
            .map_or(if stray { end + 1 } else { end }, |c| c + 1)
    } else {
        end
    };
    // The verb follows the subject: after a lone capitalized word, a determiner, pronoun, "by"
    // or "of" there means the word was no subject ("Led by ...", "Reprising one of ...").
    let verb_next = word(body, toks, end).is_some_and(|w| {
        starts_lower(w)
            && (m.kind != MentionKind::Name
                || m.first != m.last
                || !(flag(toks, end, DET) || pronoun(w).is_some() || matches!(w, "by" | "of")))
    }) || flag(toks, end, AUX);
    (end < qi && verb_next).then_some(m)
}

/// The subject of the clause that ends at `end` (a coordinating "and"/"but", a participle's
/// comma, a colon) when it does not open the sentence (`such as when Cruz knocked Rubio on trade
/// and called him a "moderate"`, `When Kerry threatened to sue, Rubio fired back:`): the nearest
/// name or subject pronoun before `end` followed by a word that reads as a finite verb.
pub(super) fn clause_subject(body: &str, toks: &[Tok], lo: usize, end: usize) -> Option<Mention> {
    (lo..end).rev().take(25).find_map(|k| {
        let verb = k + 1 < end && finite_like(body, toks, k + 1);
        if !verb || toks[k].is(POSS) {
            return None;
        }
        let w = word(body, toks, k)?;
        if matches!(pronoun(w), Some("he" | "she" | "they" | "we" | "i")) {
            return Some(Mention {
                first: k,
                last: k,
                kind: MentionKind::Pronoun,
            });
        }
        let s = run_to(body, toks, k).filter(|&s| s >= lo)?;
        // "when Sanders protesters interrupted her": a plural noun of people after the name,
        // not a verb.
        let people = word(body, toks, k + 1).is_some_and(|n| {
            [
                "ers", "ors", "ists", "ans", "ants", "ents", "als", "ives", "ies",
            ]
            .iter()
            .any(|x| n.ends_with(x))
        }) && !toks[k + 1].is(POSS);
        let group = subject_at(body, toks, lo, s, end)
            .filter(|g| people && g.kind == MentionKind::Descriptor && g.last == k + 1);
        Some(group.unwrap_or_else(|| name_mention(body, toks, lo, s, k)))
    })
}

/// `Clinton proposed a debate, but the Sanders campaign rejected the idea as "ludicrous"`: the
/// subject of the last clause coordinated before `end` (after ", and", ", but", "— but" or a
/// bare "but"), when a finite verb follows it and it is no pronoun. Not after a relative clause: "Many Democrats,
/// who control Congress, and Republicans expressed" coordinates two subjects.
pub(super) fn coordinated_subject(
    body: &str,
    toks: &[Tok],
    lo: usize,
    end: usize,
) -> Option<Mention> {
    let conj = (lo + 1..end).rev().take(25).find(|&j| {
        let w = word(body, toks, j);
        let set_off = matches!(punct(body, toks, j - 1), Some("," | "—" | "--" | "–" | "-"));
        (w == Some("but") || (w == Some("and") && set_off)) && j + 1 < end
    })?;
    let relative = (lo..conj - 1)
        .rev()
        .find(|&j| punct(body, toks, j) == Some(","))
        .is_some_and(|c| matches!(word(body, toks, c + 1), Some("who" | "which")));
    // ("Reid said both are "non-entities," but he gave the Texan a compliment": a pronoun
    // goes back to the speaker, whom the annotation names.)
    // The verb must be a past form or a speech verb: after "but the vast majority were",
    // "and New York has", "and South Korean officials" (a list) no new speaker begins.
    let past = |k: usize| {
        word(body, toks, k).is_some_and(|v| {
            starts_lower(v)
                && !toks[k].is(AUX)
                && (toks[k].is(CUE) || v.ends_with("ed") || irregular_past(v))
        })
    };
    subject_at(body, toks, lo, conj + 1, end).filter(|m| {
        !relative && m.kind != MentionKind::Pronoun && m.last + 1 < end && past(m.last + 1)
    })
}

/// `A Western diplomat briefed on the talks said`: "a"/"an", up to three words and a person
/// noun opening the sentence at `lo` (or after its "But"), before the speech verb at `verb` (past a participle
/// phrase). Only the head is kept: "a Western diplomat".
pub(super) fn indefinite_subject(
    body: &str,
    toks: &[Tok],
    lo: usize,
    verb: usize,
) -> Option<Mention> {
    let det = word(body, toks, lo)?;
    if !matches!(det, "A" | "An" | "a" | "an" | "One") {
        return None;
    }
    let last = (lo + 1..(lo + 5).min(verb))
        .take_while(|&k| word(body, toks, k).is_some() && !toks[k].is(BLOCK | CUE | AUX | POSS))
        .last()?;
    // The head is the last word before a participle, a preposition or the verb.
    let head = (lo + 1..=last).find(|&k| {
        let next = k + 1;
        next == verb
            || word(body, toks, next).is_some_and(|w| {
                starts_lower(w)
                    && (w.ends_with("ed")
                        || super::np::PREPOSITIONS.contains(&w)
                        || matches!(w, "who" | "close" | "familiar"))
            })
    })?;
    Some(Mention {
        first: lo,
        last: head,
        kind: MentionKind::Descriptor,
    })
}

fn possessive_determiner(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "its" | "his" | "her" | "their" | "our" | "my"
    )
}

/// The last of the lower-case nouns (one to three) from `e` that a finite verb or an
/// appositive's comma follows: the head of `The Palestinian leadership underscored`.
fn described_to(body: &str, toks: &[Tok], e: usize) -> Option<usize> {
    let noun = |k: usize| {
        word(body, toks, k).is_some_and(|n| starts_lower(n) && !adverb_shape(n))
            && !finite_like(body, toks, k)
            && !toks[k].is(BLOCK)
    };
    (e..e + 3)
        .take_while(|&k| noun(k))
        .find(|&k| finite_like(body, toks, k + 1) || punct(body, toks, k + 1) == Some(","))
}
