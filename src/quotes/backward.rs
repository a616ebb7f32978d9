//! A noun phrase read backward from a cue verb → the verb's subject as a `Mention`: "Sergei
//! Lavrov, Russia's foreign minister, said", "a spokesman for the campaign said", "Trump on
//! Friday said", "Gingrich — ... — told". In: the token stream, the verb and how far back to
//! look; out: the mention, or None when the words there are no subject (a preposition's object,
//! a clause). np.rs holds the phrase rules shared with forward reading.

use super::lexicon::{
    is_agent_noun, is_determiner, is_subordinator, is_title, pronoun, starts_lower, starts_upper,
    AUX, BLOCK, CAP_STOP, CUE, PART, POSS, TITLE,
};
use super::np::{
    affiliation, aux_before, count, descriptor_ok, is_person_run, name_mention, names_no_one,
    np_exact, object_of_preposition, paren_open, person_noun, punct, word, Mention, MentionKind,
    NP_MAX, PREPOSITIONS,
};
use super::respondents::respondents;
use super::runs::{after_place_preposition, run_from, run_to};
use super::time_phrases::{before_time, is_month, is_weekday_word};
use super::tokens::{strip_possessive, text, Kind, Tok};

/// A noun phrase ending right before `verb`, scanning back no further than `lo`.
pub(crate) fn backward_np(body: &str, toks: &[Tok], lo: usize, verb: usize) -> Option<Mention> {
    let mut end = before_time(body, toks, lo, verb);
    if end == verb {
        end = before_setting(body, toks, lo, verb).unwrap_or(verb);
    }
    while end > lo && aux_before(body, toks, end) {
        end -= 1;
    }
    if end <= lo {
        return None;
    }
    // "Gov. Pat McCrory (R) said": the party tag is no part of the phrase.
    let unparen = |e: usize| {
        if e > lo && punct(body, toks, e - 1) == Some(")") {
            paren_open(body, toks, e - 1, lo).unwrap_or(e)
        } else {
            e
        }
    };
    let mut end = unparen(end);
    // "Bumpei Otsuki, president of the Japan Federation of Employers' Associations,
    // (Nikkeiren), told": an abbreviation set off in brackets is no aside of its own.
    if end > lo + 3 && punct(body, toks, end - 1) == Some(",") {
        let open = (punct(body, toks, end - 2) == Some(")"))
            .then(|| paren_open(body, toks, end - 2, lo))
            .flatten();
        if let Some(o) = open.filter(|&o| o > lo && punct(body, toks, o - 1) == Some(",")) {
            end = o;
        }
    }
    // Appositive: "Sergei Lavrov, Russia's foreign minister, said", or a name set off after
    // a clause: "In the primary, Gov. John Kasich (R-OH), said".
    if end > lo && punct(body, toks, end - 1) == Some(",") {
        let b = end - 1;
        let comma = |k: &usize| punct(body, toks, *k) == Some(",");
        // "The senator's aides, who spoke on the condition of anonymity because they were not
        // authorized to discuss strategy, said": a relative clause may run longer.
        // (A name before such a clause is read whole by `appositive_subject`.)
        let a = (lo..b).rev().take(12).find(comma).or_else(|| {
            (lo..b).rev().take(30).find(comma).filter(|&k| {
                matches!(word(body, toks, k + 1), Some("who" | "whose"))
                    && (k + 1..b).all(|j| !matches!(toks[j].kind, Kind::Quote(_)))
                    && backward_core(body, toks, lo, unparen(k))
                        .is_some_and(|m| m.kind == MentionKind::Descriptor)
            })
        })?;
        // "Ruiz, 54, a former teacher, said": an age between two commas is a second aside.
        let age = a > lo + 2
            && word(body, toks, a - 1)
                .is_some_and(|w| w.len() <= 3 && w.bytes().all(|c| c.is_ascii_digit()))
            && punct(body, toks, a - 2) == Some(",");
        let head = backward_core(body, toks, lo, unparen(if age { a - 2 } else { a }));
        // "Reyes' critics, including Ruiz, say": an aside of examples is not the subject.
        let examples = matches!(
            word(body, toks, a + 1),
            Some("including" | "like" | "especially")
        );
        let mid = np_exact(body, toks, a + 1, unparen(b)).filter(|_| !examples);
        // "The director of the Federal Bureau of Investigation, James B. Comey, said": a name
        // after "of" is the institution of the description before it, which the full name
        // after the comma names ("Church of Elizabeth, Colorado," is a place's).
        let of_object = |h: Mention| {
            let before =
                |d: usize| h.first >= lo + d && word(body, toks, h.first - d) == Some("of");
            h.kind == MentionKind::Name
                && (before(1)
                    || word(body, toks, h.first) == Some("of")
                    || (before(2) && word(body, toks, h.first - 1) == Some("the")))
        };
        return match (head, mid) {
            (Some(h), Some(n))
                if (names_no_one(body, toks, h)
                    || (of_object(h) && n.last > n.first && !after_place(body, toks, lo, a)))
                    && n.kind == MentionKind::Name =>
            {
                Some(n)
            }
            (Some(h), _) => Some(h),
            // "in Columbus, Ohio, said": the name after a place's comma is the place's state.
            (None, Some(n)) if n.kind == MentionKind::Name && !after_place(body, toks, lo, a) => {
                Some(n)
            }
            _ => None,
        };
    }
    // "Gingrich — mentioned by Newsmax as a choice for vice president — told": past an
    // aside set off by dashes, to the name before it.
    if end > lo + 1 && matches!(punct(body, toks, end - 1), Some("—" | "–" | "--")) {
        let dash = text(body, &toks[end - 1]);
        let open = (lo..end - 1)
            .rev()
            .take(30)
            .find(|&k| punct(body, toks, k) == Some(dash))?;
        // "A former candidate -- John McCain, who lost in 2008 -- said": an aside that opens
        // with a name names the descriptor before it.
        let named = run_from(body, toks, open + 1)
            .filter(|&e| e < end - 1 && matches!(punct(body, toks, e), Some("," | "--" | "—")))
            .filter(|&e| !toks[e - 1].is(POSS))
            .map(|e| name_mention(body, toks, lo, open + 1, e - 1));
        let before = backward_core(body, toks, lo, open);
        return match (before, named) {
            (Some(b), Some(n)) if b.kind == MentionKind::Descriptor => Some(n),
            (b, _) => b.filter(|m| m.kind == MentionKind::Name),
        };
    }
    let core = backward_core(body, toks, lo, end);
    // "A senior banker in Dubai said", "The spokesman in Frankfurt said": a place after a
    // described person; the person speaks, not the place.
    let place_object = core.is_none_or(|m| {
        m.kind == MentionKind::Name
            && m.first > lo
            && matches!(word(body, toks, m.first - 1), Some("in" | "at" | "from"))
    });
    if place_object {
        if let Some(head) = placed_person(body, toks, lo, end) {
            return Some(head);
        }
    }
    core
}

/// `A senior banker in Dubai`, `The spokesman in Frankfurt`, `A senior Arab banker in the area`
/// ending at `end`: the description before "in"/"at"/"from" and a short place.
fn placed_person(body: &str, toks: &[Tok], lo: usize, end: usize) -> Option<Mention> {
    let p = (end.saturating_sub(5).max(lo + 2)..end.saturating_sub(1))
        .rev()
        .find(|&k| matches!(word(body, toks, k), Some("in" | "at" | "from")))?;
    let place = toks[p + 1..end].iter().enumerate().all(|(k, t)| {
        let w = text(body, t);
        t.kind == Kind::Word
            && !t.is(CUE | PART | AUX)
            && (starts_upper(w) || (k == 0 && w == "the") || (k == 1 && w == "area"))
    });
    // A noun of a person or a group ("banker", "spokesman", "official", "analysts"), and a
    // place that is no date ("a big special in September").
    let noun = word(body, toks, p - 1)
        .is_some_and(|w| starts_lower(w) && !toks[p - 1].is(BLOCK) && is_agent_noun(w));
    let dated = word(body, toks, end - 1)
        .is_some_and(|w| is_weekday_word(w) || is_month(&w.to_ascii_lowercase()));
    if !place || !noun || dated {
        return None;
    }
    backward_core(body, toks, lo, p)
        .filter(|m| m.kind == MentionKind::Descriptor && m.last == p - 1)
}

/// `A woman holding a sign said`, `A spokesman reached by phone said`, `A source close to the
/// mayor said`: a noun with a participle phrase (or "close to", "familiar with") right before
/// the verb; the subject is the noun phrase before the participle with its phrase, not the
/// phrase's object.
fn participle_hop(body: &str, toks: &[Tok], lo: usize, end: usize) -> Option<Mention> {
    let p = (end.saturating_sub(8).max(lo + 1)..end)
        .rev()
        .take_while(|&k| {
            let prep = word(body, toks, k).is_some_and(|w| PREPOSITIONS.contains(&w));
            toks[k].is(PART)
                || (toks[k].kind == Kind::Word && !toks[k].is(CUE) && (prep || !toks[k].is(BLOCK)))
        })
        .find(|&k| {
            word(body, toks, k).is_some_and(|w| {
                let lower = w.starts_with(|c: char| c.is_lowercase());
                lower
                    && ((w.len() > 5 && (w.ends_with("ing") || w.ends_with("ed")))
                        || matches!(w, "close" | "familiar"))
            })
        })?;
    // Something must follow the participle ("holding a sign"), and a noun precede it.
    let before = word(body, toks, p - 1)?;
    let noun = !is_determiner(before)
        && pronoun(before).is_none()
        && !PREPOSITIONS.contains(&before)
        && !toks[p - 1].is(CUE | BLOCK | POSS)
        && !is_title(before);
    if p + 1 >= end || !noun || toks[p - 1].is(AUX) {
        return None;
    }
    // "The mood soured after Ryan lamented": a conjunction opens a clause whose subject is the
    // verb's, not a phrase of the participle ("a man arrested after the rally said" is one).
    let clause = (p + 1..end - 1).any(|k| {
        word(body, toks, k).is_some_and(is_subordinator)
            && (pronoun(word(body, toks, k + 1).unwrap_or("")).is_some()
                || run_from(body, toks, k + 1) == Some(end))
    });
    if clause {
        return None;
    }
    // A description keeps its phrase ("a source close to the mayor" says more than "a
    // source"); a name is the person.
    let m = backward_core(body, toks, lo, p).filter(|m| m.last == p - 1)?;
    Some(match m.kind {
        MentionKind::Descriptor => Mention { last: end - 1, ..m },
        _ => m,
    })
}

/// True when the comma at `comma` closes a place name after a preposition ("in Columbus,").
/// "Cory James, 45, of Flint, Mich., said": "of" introduces a hometown here too.
fn after_place(body: &str, toks: &[Tok], lo: usize, comma: usize) -> bool {
    comma > lo
        && run_to(body, toks, comma - 1).is_some_and(|s| {
            s > lo
                && (after_place_preposition(body, toks, s, comma)
                    || (word(body, toks, s - 1) == Some("of")
                        && s > lo + 1
                        && punct(body, toks, s - 2) == Some(",")))
        })
}

/// "Trump in his announcement speech called", "she at a rally in Iowa said": a short phrase
/// of place or occasion between a name (or a pronoun) and its verb. Returns where the phrase
/// starts. Only after a name or a pronoun: after a common noun the phrase may be the subject's
/// own ("the leader of the party in Congress said" is read whole by `backward_core`).
fn before_setting(body: &str, toks: &[Tok], lo: usize, verb: usize) -> Option<usize> {
    let p = (verb.saturating_sub(7).max(lo + 1)..verb.saturating_sub(1))
        .rev()
        .find(|&k| matches!(word(body, toks, k), Some("in" | "at" | "during")))?;
    let plain = toks[p + 1..verb]
        .iter()
        .all(|t| t.kind == Kind::Word && !t.is(CUE | BLOCK));
    let before = p - 1;
    let named = word(body, toks, before)
        .is_some_and(|w| matches!(pronoun(w), Some("he" | "she" | "they" | "we" | "i")))
        || (run_to(body, toks, before).is_some_and(|s| s >= lo) && !toks[before].is(POSS));
    (plain && named).then_some(p)
}

/// The noun phrase whose last token is `end - 1`.
pub(crate) fn backward_core(body: &str, toks: &[Tok], lo: usize, end: usize) -> Option<Mention> {
    let last = end.checked_sub(1).filter(|&l| l >= lo)?;
    let w = word(body, toks, last)?;
    if pronoun(w).is_some() {
        return Some(Mention {
            first: last,
            last,
            kind: MentionKind::Pronoun,
        });
    }
    if let Some(m) = participle_hop(body, toks, lo, end) {
        return Some(m);
    }
    // "someone shouted", "Somebody in the crowd yelled": an unnamed person, as written. (Not
    // "For someone who conceded she's "not a natural politician"": a preposition's object.)
    if indefinite_person(w) && !(last > lo && object_of_preposition(body, toks, last - 1)) {
        return Some(Mention {
            first: last,
            last,
            kind: MentionKind::Descriptor,
        });
    }
    if let Some(s) = run_to(body, toks, last).filter(|&s| s >= lo) {
        if !strip_possessive(w).1 {
            let m = name_mention(body, toks, lo, s, last);
            // "Mr. Morgan of the Sierra Club said": back over the affiliation to the person.
            // "Matthias Roth of the privacy group Digitale Freiheit said": past a description
            // of the organisation ("the privacy group", "the Berlin-based group").
            let k = m.first;
            let org = (k.saturating_sub(5).max(lo)..k)
                .rev()
                .take_while(|&j| toks[j].kind == Kind::Word && !toks[j].is(BLOCK | CUE))
                .find(|&j| word(body, toks, j).is_some_and(|w| matches!(w, "the" | "a" | "an")))
                .filter(|&j| {
                    toks[j + 1..k].iter().all(|t| {
                        !text(body, t).starts_with(|c: char| c.is_uppercase())
                            || text(body, t).contains('-')
                    })
                })
                .unwrap_or(k);
            if org >= lo + 2 && word(body, toks, org - 1).is_some_and(affiliation) {
                if let Some(p) = run_to(body, toks, org - 2).filter(|&p| p >= lo) {
                    if is_person_run(body, toks, p, org - 1) {
                        return Some(name_mention(body, toks, lo, p, org - 2));
                    }
                }
            }
            // "A spokesman for Trump said" is the spokesman: the description below hops there.
            // "Speaker of the House Rep. Paul Ryan said": a title inside the run opens a person.
            if !(k > lo && object_of_preposition(body, toks, k - 1)) {
                return Some(m);
            }
            if let Some(t) = (k + 1..last)
                .rev()
                .find(|&j| toks[j].is(TITLE) && !toks[j + 1].is(TITLE))
            {
                return Some(name_mention(body, toks, lo, t, last));
            }
        }
    }
    // "... of his campaign and has boasted": a conjunction ends no subject.
    if toks[last].is(BLOCK) {
        return None;
    }
    if let Some(m) = respondents(body, toks, lo, last) {
        return Some(m);
    }
    // Description: back to a determiner or a possessive ("Trump's spokesman", "the
    // parliament's committee"), or to the start of the clause.
    let mut s = last;
    loop {
        let cur = text(body, &toks[s]);
        if strip_possessive(cur).1 && s < last {
            // "the prime minister's official spokesman": back over the possessor's own
            // lower-case words to its determiner.
            let det = (s.saturating_sub(3).max(lo)..s)
                .filter(|_| !starts_upper(cur))
                .rev()
                .take_while(|&k| {
                    word(body, toks, k).is_some_and(|w| !starts_upper(w) || is_determiner(w))
                })
                .find(|&k| word(body, toks, k).is_some_and(is_determiner));
            if let Some(d) = det {
                s = d;
            } else if s > lo && word(body, toks, s - 1).is_some_and(is_determiner) {
                s -= 1;
            }
            break;
        }
        if is_determiner(cur) {
            break;
        }
        let clause_start = s == lo || toks[s - 1].kind != Kind::Word || last - s >= NP_MAX;
        // "However EMI representatives said", "Meanwhile Labour officials said": a
        // capitalised sentence opener is no part of the subject.
        if clause_start
            || opening_connective(body, toks, s - 1)
            || toks[s - 1].is(BLOCK | CUE)
            || pronoun(text(body, &toks[s - 1])).is_some()
        {
            break;
        }
        s -= 1;
    }
    // "Two of the senator's aides said", "Several of his friends said": a share of a group.
    if s >= lo + 2 && word(body, toks, s - 1) == Some("of") {
        let q = s - 2;
        let share = word(body, toks, q).is_some_and(|w| {
            count(w)
                || matches!(
                    w.to_ascii_lowercase().as_str(),
                    "one"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "some"
                        | "many"
                        | "most"
                        | "several"
                        | "all"
                        | "both"
                        | "each"
                        | "few"
                        | "dozens"
                        | "hundreds"
                        | "none"
                )
        });
        let opens = q == lo || toks[q - 1].kind != Kind::Word || toks[q - 1].is(BLOCK);
        if share && opens {
            return Some(Mention {
                first: q,
                last,
                kind: MentionKind::Descriptor,
            });
        }
    }
    // "A spokesman for the campaign said": a "for/of" hop to the real head; "a source
    // familiar with the talks said" hops over "familiar with".
    let familiar = s >= lo + 3
        && word(body, toks, s - 1) == Some("with")
        && word(body, toks, s - 2) == Some("familiar");
    // ("An aide to Lyng said", "A trader at a Paris house said", "an analyst with Shearson
    // said": a person's noun before "to", "at", "with"; not "United's statement to".)
    let person_hop = s >= lo + 2
        && ((matches!(word(body, toks, s - 1), Some("to" | "at" | "with"))
            && word(body, toks, s - 2).is_some_and(|h| starts_lower(h) && person_noun(h)))
            || (matches!(word(body, toks, s - 1), Some("in" | "from" | "among"))
                && word(body, toks, s - 2).is_some_and(indefinite_person)));
    if s >= lo + 2
        && (familiar || person_hop || matches!(word(body, toks, s - 1), Some("for" | "of")))
    {
        let hop = if familiar { s - 2 } else { s - 1 };
        if let Some(m) = backward_core(body, toks, lo, hop) {
            // "Supporters of the measure say": a plural opening the sentence reads as a name.
            let group = m.kind == MentionKind::Name
                && m.first == m.last
                && (m.first == 0 || toks[m.first - 1].sent != toks[m.first].sent)
                && word(body, toks, m.first)
                    .is_some_and(|w| w.len() > 4 && w.ends_with('s') && !w.ends_with("ss"));
            if m.kind == MentionKind::Descriptor || group {
                return Some(Mention {
                    first: m.first,
                    last,
                    kind: MentionKind::Descriptor,
                });
            }
        }
    }
    // "what former employees have called": a clause opener before a bare plural subject.
    let clause_start = s == lo
        || toks[s - 1].kind != Kind::Word
        || opening_connective(body, toks, s - 1)
        || matches!(
            word(body, toks, s - 1),
            Some("what" | "that" | "whom" | "which" | "because" | "while" | "if")
        );
    // "Beck, who has in the past described": a phrase after a preposition is no subject.
    // "As one employee told the paper" is a subject all the same.
    let after_prep = s > lo && object_of_preposition(body, toks, s - 1);
    if after_prep {
        return None;
    }
    let first = text(body, &toks[s]);
    let det = is_determiner(first) || strip_possessive(first).1 || (s < last && count(first));
    (descriptor_ok(body, toks, s, end) && (det || clause_start)).then_some(Mention {
        first: s,
        last,
        kind: MentionKind::Descriptor,
    })
}

/// "someone", "Somebody": a person the text does not name, who may still be a quote's speaker.
fn indefinite_person(w: &str) -> bool {
    matches!(w, "someone" | "somebody" | "Someone" | "Somebody")
}

/// The token at `k` is a connective or adverb opening its sentence ("However", "Meanwhile",
/// "Still"), not a determiner, nor a word inside a name ("An All England club spokesperson").
fn opening_connective(body: &str, toks: &[Tok], k: usize) -> bool {
    let w = text(body, &toks[k]);
    let first = k == 0 || toks[k - 1].sent != toks[k].sent;
    first && toks[k].is(CAP_STOP) && starts_upper(w) && !is_determiner(w)
}
