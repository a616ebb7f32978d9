//! Cues ahead of the quote, in its sentence: `X said: "..."`, `According to X, "..."`,
//! `X criticized the plan, saying "..."`, `Trump: Cruz Has 'To Come a Long Way'`, and the
//! sentence before a quote-opening paragraph (`The New York Times reports:`). In: the token
//! stream and the sentence's token range up to the quote. Out: the speaker mention and the
//! cue verb's distance from the quote. Split from `attribute.rs`, which tries these after the
//! cues that follow the quote.

use super::attribute::BACK_WINDOW;
use super::backward::backward_np;
use super::lexicon::{
    gender_of_word, invertible, is_determiner, pronoun, starts_lower, starts_upper, Gender, AUX,
    BLOCK, CAP_STOP, CUE, DET, NOUN_LIKE, PART, POSS,
};
use super::np::{
    check_subject, forward_np, name_mention, paren_open, punct, word, Mention, MentionKind,
};
use super::relative::relative_subject;
use super::runs::{run_from, run_to};
use super::tokens::{flag, quote_ends_with, text, Kind, Tok};

/// The cue before the quote in its sentence: the nearest speech verb with a subject. Returns the
/// mention, the verb's distance from the quote, and the relative pronoun that is the verb's
/// subject as written (`Beck, who has called Trump "a ..."`: the mention is "Beck", the words
/// naming the speaker are "who").
pub(super) fn before_cue(
    body: &str,
    toks: &[Tok],
    lo: usize,
    qi: usize,
) -> Option<(Mention, usize, Option<usize>)> {
    if let Some(m) = possessor_cue(body, toks, lo, qi) {
        return Some((m, 0, None));
    }
    let mut participle_at = None;
    let mut seen_cue = false;
    for k in (lo..qi).rev() {
        let Some(w) = word(body, toks, k) else {
            continue;
        };
        let dist = qi - k - 1;
        if w.eq_ignore_ascii_case("according") && word(body, toks, k + 1) == Some("to") {
            if let Some(m) = forward_np(body, toks, k + 2, qi) {
                return Some((m, dist, None));
            }
            continue;
        }
        if toks[k].is(PART) {
            // "footage of Hillary Clinton asking, ...", "with Trump reportedly yelling: ...": the
            // name right before (past adverbs) is the subject.
            let mut p = k;
            while p > lo + 1
                && word(body, toks, p - 1).is_some_and(|w| w.len() > 4 && w.ends_with("ly"))
            {
                p -= 1;
            }
            if let Some(s) = p.checked_sub(1).and_then(|p| run_to(body, toks, p)) {
                // "wrote in a statement to Wired explaining": the listener or the place is no
                // subject ("footage of Clinton asking", "with Trump yelling" are).
                let listener = s > lo
                    && matches!(
                        word(body, toks, s - 1),
                        Some("to" | "in" | "on" | "at" | "from")
                    );
                if s >= lo && !toks[p - 1].is(POSS) && !listener {
                    return Some((name_mention(body, toks, lo, s, p - 1), dist, None));
                }
            }
            // "with the crowd calling it ...": a description after "with" is the subject too.
            let det = (p.saturating_sub(4).max(lo + 1)..p)
                .rev()
                .take_while(|&d| word(body, toks, d).is_some_and(starts_lower))
                .find(|&d| toks[d].is(DET));
            if let Some(d) = det.filter(|&d| d + 1 < p && word(body, toks, d - 1) == Some("with")) {
                let m = Mention {
                    first: d,
                    last: p - 1,
                    kind: MentionKind::Descriptor,
                };
                return Some((m, dist, None));
            }
            participle_at.get_or_insert(dist);
            continue;
        }
        if !toks[k].is(CUE) || passive(body, toks, k) {
            continue;
        }
        // Only the speech verb nearest the quote: an earlier one in a relative clause ("the
        // groups who wrote to her say they are "...""), is not the quote's.
        let nearest = participle_at.is_none() && !seen_cue;
        seen_cue = true;
        if let Some((m, r)) = relative_subject(body, toks, lo, k, qi).filter(|_| nearest) {
            return Some((m, dist, Some(r)));
        }
        let mut k = k;
        if word(body, toks, k.wrapping_sub(1)) == Some("to") {
            // "went on to say" has a subject; "to stress that" does not.
            let went_on = word(body, toks, k.wrapping_sub(2)) == Some("on")
                && matches!(
                    word(body, toks, k.wrapping_sub(3)),
                    Some("went" | "goes" | "go")
                );
            if !went_on || k < lo + 3 {
                continue;
            }
            k -= 3;
        }
        // "X said" / "X, who ..., said" / "Said X:" / "..., said X, "
        if let Some(m) =
            backward_np(body, toks, lo, k).and_then(|m| check_subject(body, toks, k, m))
        {
            let m = relative_speaker(body, toks, lo, m).unwrap_or(m);
            return Some((
                outer_speaker(body, toks, lo, m),
                participle_at.unwrap_or(dist),
                None,
            ));
        }
        // "Clinton was interviewed by NBC and said": a coordinated verb shares the subject
        // that opens the sentence.
        let mut b = k;
        while b > lo && toks[b - 1].is(AUX) {
            b -= 1;
        }
        if b > lo && matches!(word(body, toks, b - 1), Some("and" | "but")) {
            if let Some(m) = sentence_subject(body, toks, lo, b - 1)
                .or_else(|| clause_subject(body, toks, lo, b - 1))
            {
                return Some((m, participle_at.unwrap_or(dist), None));
            }
        }
        // "Protesters marching through the streets chanted": a subject with a participle phrase
        // whose last noun is a preposition's object; no other verb may stand in between.
        if let Some(m) = sentence_subject(body, toks, lo, k).filter(|m| {
            m.kind != MentionKind::Pronoun
                && word(body, toks, m.last + 1)
                    .is_some_and(|w| starts_lower(w) && w.len() > 4 && w.ends_with("ing"))
                && toks[m.last + 1..k].iter().all(|t| {
                    t.kind == Kind::Word && !t.is(CUE | AUX) && !text(body, t).ends_with("ed")
                })
        }) {
            return Some((m, participle_at.unwrap_or(dist), None));
        }
        // "Ramil Carr, 31, a Philadelphia photographer, said": an appositive too long for the
        // noun-phrase scan; the name opening the sentence, set off by a comma, is the subject.
        if k > lo && punct(body, toks, k - 1) == Some(",") {
            if let Some(m) = appositive_subject(body, toks, lo, k - 1) {
                return Some((m, participle_at.unwrap_or(dist), None));
            }
        }
        // `"A," said X, "B."`: the cue follows the first half of an interrupted quote.
        // "Gingrich — ... — told O'Reilly": after a dash, "told" has its listener after it.
        let dash_ok = !matches!(w, "told" | "tells");
        let inverted = invertible(w)
            && (k == lo
                || matches!(punct(body, toks, k - 1), Some("," | ":"))
                || (dash_ok && matches!(punct(body, toks, k - 1), Some("—" | "--")))
                || matches!(toks[k - 1].kind, Kind::Quote(_)));
        if inverted {
            if let Some(m) = forward_np(body, toks, k + 1, qi) {
                return Some((m, dist, None));
            }
        }
    }
    // A participle with no finite cue before it: its subject opens the sentence, or opens the
    // clause it hangs off ("though last week he used stronger language, saying ...").
    let dist = participle_at?;
    sentence_subject(body, toks, lo, qi)
        .or_else(|| clause_subject(body, toks, lo, qi - dist - 1))
        .map(|m| (m, dist, None))
}

/// Nouns of speech whose possessor is the speaker of the quote they introduce: `her March
/// comment that, "..."`, `in Forbes' words, "..."`, `Trump stood by his claim that "..."`.
const SPEECH_NOUNS: &[&str] = &[
    "comment",
    "comments",
    "remark",
    "remarks",
    "statement",
    "claim",
    "promise",
    "pledge",
    "words",
    "assertion",
    "warning",
    "vow",
    "quip",
    "slogan",
    "dictum",
    "motto",
    "mantra",
    "catchphrase",
    "refrain",
    "boast",
    "declaration",
    "insistence",
    "admission",
    "view",
    "argument",
    "complaint",
    "suggestion",
    "description",
    "prediction",
    "tweet",
    "message",
];

/// The possessor of a speech noun standing right before the quote (past "that", "was", a
/// comma or a colon): `his comment that "..."`, `Obama's promise: "..."`.
fn possessor_cue(body: &str, toks: &[Tok], lo: usize, qi: usize) -> Option<Mention> {
    let speech_noun = |k: usize| word(body, toks, k).is_some_and(|w| SPEECH_NOUNS.contains(&w));
    let mut k = qi.checked_sub(1)?;
    // `Obama's "if you like your plan, you can keep it" promise`: the noun after the quote.
    if k >= lo && toks[k].is(POSS) && speech_noun(qi + 1) {
        return run_to(body, toks, k)
            .filter(|&s| s >= lo)
            .map(|s| name_mention(body, toks, lo, s, k));
    }
    while k > lo
        && qi - k <= 4
        && (matches!(word(body, toks, k), Some("that" | "was" | "is"))
            || word(body, toks, k).is_some_and(super::backward::is_weekday_word)
            || matches!(punct(body, toks, k), Some("," | ":")))
    {
        k -= 1;
    }
    // Something must introduce the quote: in `Ryan said Ginsburg's comments "show bias"` the
    // noun is the subject of a reported clause and the quote its predicate.
    if k <= lo || k + 1 == qi || !speech_noun(k) {
        return None;
    }
    // One modifier may stand between: "her March comment", "his now-famous promise".
    let possessor = |p: usize| {
        let w = word(body, toks, p)?;
        if matches!(w, "his" | "her" | "their" | "His" | "Her" | "Their") {
            return Some(Mention {
                first: p,
                last: p,
                kind: MentionKind::Pronoun,
            });
        }
        let s = toks[p]
            .is(POSS)
            .then(|| run_to(body, toks, p))
            .flatten()
            .filter(|&s| s >= lo)?;
        Some(name_mention(body, toks, lo, s, p))
    };
    possessor(k - 1).or_else(|| {
        let modifier = word(body, toks, k - 1).is_some() && !toks[k - 1].is(POSS | DET | CUE);
        (k > lo + 1 && modifier).then(|| possessor(k - 2)).flatten()
    })
}

/// `Blumenthal was asked, "..."`, `Priebus was said to be "furious"`: a speech verb in the
/// passive has the listener or the person talked about for subject, never the speaker.
pub(super) fn passive(body: &str, toks: &[Tok], k: usize) -> bool {
    let verb = word(body, toks, k).is_some_and(|w| {
        matches!(
            w,
            "asked"
                | "told"
                | "said"
                | "called"
                | "described"
                | "labeled"
                | "labelled"
                | "dubbed"
                | "termed"
                | "branded"
                | "quoted"
                | "cited"
        )
    });
    let be = k > 0
        && word(body, toks, k - 1).is_some_and(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "was" | "were" | "is" | "are" | "been" | "being" | "be"
            )
        });
    // "was quoted as saying" names the speaker all the same.
    let as_saying = word(body, toks, k + 1) == Some("as") && flag(toks, k + 2, PART);
    verb && be && !as_saying
}

/// The speaker of a reported clause is whoever reports it: in `the minister said Russia had
/// warned against "steps that cannot be undone"` and `Lynch said she recalled thinking, "..."`
/// the quote is the minister's and Lynch's (PolNeAR annotates the outer source, and so does
/// our corpus). Returns `m` unless a speech verb (and "that") stands right before it.
pub(super) fn outer_speaker(body: &str, toks: &[Tok], lo: usize, m: Mention) -> Mention {
    let mut k = m.first;
    if k > lo && word(body, toks, k - 1) == Some("that") {
        k -= 1;
    }
    let reported = k > lo + 1 && toks[k - 1].is(CUE) && !toks[k - 1].is(PART);
    if !reported || word(body, toks, k - 1).is_some_and(|w| NOUN_LIKE.contains(&w)) {
        return m;
    }
    // "Trump at the time said he’d asked": past an adverbial, the sentence's subject.
    backward_np(body, toks, lo, k - 1)
        .or_else(|| sentence_subject(body, toks, lo, k - 1))
        .unwrap_or(m)
}

/// `Cruz has railed against what he calls the "Washington cartel"`, `Clinton, whom he called
/// "the most divisive figure"`: a pronoun cue inside a relative clause is the sentence subject's
/// own voice, and PolNeAR (like a reader) names that subject as the source. Only when the
/// subject opens the sentence and no first name or title of the other sex rules it out.
fn relative_speaker(body: &str, toks: &[Tok], lo: usize, m: Mention) -> Option<Mention> {
    let pron = word(body, toks, m.first).and_then(pronoun)?;
    let relative = m.first > lo
        && word(body, toks, m.first - 1).is_some_and(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "what" | "whom" | "which" | "who"
            )
        });
    if m.kind != MentionKind::Pronoun || !relative || !matches!(pron, "he" | "she" | "it") {
        return None;
    }
    let s = sentence_subject(body, toks, lo, m.first - 1)?;
    if s.kind == MentionKind::Pronoun {
        return None;
    }
    let clash = toks[s.first..=s.last].iter().any(|t| {
        let g = gender_of_word(text(body, t));
        (g == Gender::Male && pron != "he") || (g == Gender::Female && pron != "she")
    });
    let person = s.kind == MentionKind::Name;
    (!clash && (person || pron == "it")).then_some(s)
}

/// Headlines, pull quotes and transcripts: `Trump: Cruz Has 'To Come a Long Way'`, `More from
/// Jones: "..."`, `Lopez: Well, no one is like, '...'`. The name right before the sentence's
/// last colon ahead of the quote speaks it. Only a name: "Partial transcript as follows:" and
/// "The message was clear:" introduce no speaker.
pub(super) fn colon_cue(body: &str, toks: &[Tok], lo: usize, qi: usize) -> Option<Mention> {
    let colon = (lo..qi)
        .rev()
        .find(|&k| punct(body, toks, k) == Some(":"))?;
    let mut last = colon.checked_sub(1).filter(|&l| l >= lo)?;
    // "Rep. Ann Ruiz (R-S.C.): ...": past the party tag.
    if punct(body, toks, last) == Some(")") {
        last = paren_open(body, toks, last, lo)?
            .checked_sub(1)
            .filter(|&l| l >= lo)?;
    }
    // "delivered a blunt message to Trump:": a preposition's object is the listener.
    let object = |s: usize| {
        s > lo
            && matches!(
                word(body, toks, s - 1),
                Some("to" | "with" | "against" | "about" | "at" | "toward" | "towards")
            )
    };
    if let Some(s) = run_to(body, toks, last).filter(|&s| s >= lo && !toks[last].is(POSS)) {
        if !object(s) {
            return Some(name_mention(body, toks, lo, s, last));
        }
    }
    // "Here's Clinton in December 1992:": the name after "Here's".
    if let Some(k) = (lo..colon).find(|&k| matches!(word(body, toks, k), Some("Here’s" | "Here's")))
    {
        if let Some(e) = run_from(body, toks, k + 1).filter(|&e| e <= colon) {
            return Some(name_mention(body, toks, lo, k + 1, e - 1));
        }
    }
    // "From Bush's Facebook post:", "From the report:": the source quoted from.
    if word(body, toks, lo) == Some("From") && lo + 1 < colon {
        if let Some(e) = run_from(body, toks, lo + 1).filter(|&e| toks[e - 1].is(POSS)) {
            return Some(name_mention(body, toks, lo, lo + 1, e - 1));
        }
        if colon - lo <= 4 && word(body, toks, lo + 1).is_some_and(is_determiner) {
            return Some(Mention {
                first: lo + 1,
                last: colon - 1,
                kind: MentionKind::Descriptor,
            });
        }
    }
    // "President Obama is rolling out a new message: "It's about me."": a quote right after
    // the colon is the words of the sentence's subject, or of the clause before the colon
    // ("When Kerry threatened to sue, Rubio fired back forcefully: "...""). Not a listener.
    if colon + 1 == qi {
        return clause_subject(body, toks, lo, colon)
            .filter(|m| !object(m.first))
            .or_else(|| sentence_subject(body, toks, lo, colon));
    }
    None
}

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

/// Where the subject of the sentence opening at `lo` can start: past leading connectives ("But",
/// "And then"), a stray mark, and an introductory phrase ("In an August speech,", "Still,").
fn opening(body: &str, toks: &[Tok], lo: usize, qi: usize) -> usize {
    let mut i = lo;
    while i < qi
        // "And then Trump went on the attack": the second connective is lower case.
        && (word(body, toks, i).is_some_and(|w| {
            (i == lo || starts_lower(w))
                && matches!(
                    w.to_ascii_lowercase().as_str(),
                    "but"
                        | "and"
                        | "so"
                        | "yet"
                        | "still"
                        | "then"
                        | "now"
                        | "later"
                        | "instead"
                        | "also"
                        | "finally"
                        | "meanwhile"
                        | "however"
                )
        }) || (i > lo && punct(body, toks, i) == Some(","))
            // A stray mark opening the paragraph (`"Trump walked onto the stage`).
            || (i == lo && matches!(punct(body, toks, i), Some("\"" | "“" | "(" | "—" | "•"))))
    {
        i += 1;
    }
    past_introduction(body, toks, i, qi)
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

/// The subject phrase starting exactly at `i` (see `sentence_subject`).
fn subject_at(body: &str, toks: &[Tok], lo: usize, i: usize, qi: usize) -> Option<Mention> {
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
    } else if let Some(end) = run_from(body, toks, i) {
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
                            && (v.ends_with("es") || v.ends_with("ed")))
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
        // "Sen. Jack Reed (D-R.I.), said": past the party tag.
        let tagged = (punct(body, toks, end) == Some("("))
            .then(|| (end + 1..(end + 8).min(qi)).find(|&k| punct(body, toks, k) == Some(")")))
            .flatten()
            .map_or(end, |c| c + 1);
        (name_mention(body, toks, lo, i, end - 1), tagged)
    } else if is_determiner(w) && word(body, toks, i + 1).is_some() {
        // "The Republican nominee also vowed": the phrase runs to an auxiliary or a cue;
        // "The New York Times reported": "the" and a name; "The book accuses": one noun.
        let longer = (i + 2..(i + 5).min(qi))
            .take_while(|&k| {
                word(body, toks, k).is_some() && (!toks[k].is(BLOCK) || toks[k].is(AUX))
            })
            .find(|&k| toks[k].is(AUX | CUE) && !toks[k - 1].is(AUX | CUE));
        let name = run_from(body, toks, i + 1).filter(|&e| !toks[e - 1].is(POSS));
        let (last, kind) = match (longer, name) {
            (Some(e), _) => (e - 1, MentionKind::Descriptor),
            (None, Some(e)) => (e - 1, MentionKind::Name),
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
        (end + 1..(end + 12).min(qi))
            .take_while(|&k| !toks[k].is(CUE | PART))
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

/// The subject of the clause a coordinated verb at `and` joins, when it does not open the
/// sentence (`such as when Cruz knocked Rubio on trade and called him a "moderate"`): the
/// nearest name or subject pronoun before `and` that a lower-case word other than a preposition,
/// determiner or conjunction follows.
fn clause_subject(body: &str, toks: &[Tok], lo: usize, and: usize) -> Option<Mention> {
    (lo..and).rev().take(25).find_map(|k| {
        let verb = k + 1 < and && finite_like(body, toks, k + 1);
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
        Some(name_mention(body, toks, lo, s, k))
    })
}

/// A lower-case word that reads as a finite verb after its subject: a speech verb or an
/// auxiliary, a past form in -ed, a present form in -s, or a common irregular past ("Bush
/// thought", "Rubio fired back"); not "Republican presidential nominee".
fn finite_like(body: &str, toks: &[Tok], k: usize) -> bool {
    let Some(v) = word(body, toks, k).filter(|v| starts_lower(v)) else {
        return false;
    };
    // "Ortega on trade": "on" is on the auxiliary list for "went on to say", but no verb.
    if super::np::PREPOSITIONS.contains(&v) || matches!(v, "as" | "to") {
        return false;
    }
    if toks[k].is(AUX | CUE) {
        return true;
    }
    if toks[k].is(BLOCK | DET) {
        return false;
    }
    v.ends_with("ed")
        || (v.len() > 3 && v.ends_with('s') && !v.ends_with("ss") && !v.ends_with("us"))
        || matches!(
            v,
            "went"
                | "made"
                | "took"
                | "gave"
                | "thought"
                | "got"
                | "came"
                | "held"
                | "left"
                | "sent"
                | "knew"
                | "saw"
                | "put"
                | "set"
                | "ran"
                | "shot"
                | "stood"
                | "began"
                | "brought"
                | "kept"
                | "felt"
                | "found"
                | "heard"
                | "led"
                | "met"
                | "paid"
                | "sat"
                | "won"
                | "lost"
                | "struck"
                | "threw"
                | "spent"
                | "chose"
        )
}

/// The name opening the sentence at `lo` when a comma follows it and the sentence runs on to
/// the comma at `close` with no verb of speech and no quote in between: the head of a long
/// appositive (`Marty West, a professor at Harvard who once worked for the senator, said`).
fn appositive_subject(body: &str, toks: &[Tok], lo: usize, close: usize) -> Option<Mention> {
    if lo > 0 && toks[lo - 1].sent == toks[lo].sent {
        return None;
    }
    // "Still, Petrilli, who ..., called": past the sentence's opener.
    let start = opening(body, toks, lo, close);
    let name_end = run_from(body, toks, start)?;
    // "Rep. Ann Ruiz (D-Calif.), who ..., said": past the party tag.
    let mut end = name_end;
    if punct(body, toks, end) == Some("(") {
        end = (end + 1..close.min(end + 10)).find(|&k| punct(body, toks, k) == Some(")"))? + 1;
    }
    if end >= close || punct(body, toks, end) != Some(",") || toks[name_end - 1].is(POSS) {
        return None;
    }
    // A relative clause may have its own speech verb ("Graham, who says allies should send
    // troops, tweeted"); anything else with one is a clause of its own.
    let relative = word(body, toks, end + 1).is_some_and(|w| matches!(w, "who" | "whose"));
    let clean = toks[end..close]
        .iter()
        .all(|t| !matches!(t.kind, Kind::Quote(_)) && (relative || !t.is(CUE | PART)));
    clean.then(|| name_mention(body, toks, lo, start, name_end - 1))
}

/// Past an introductory phrase at `i` ("In an August speech,", "Meanwhile,", "When he
/// returned,"): the token after its comma, or `i` when the sentence opens otherwise.
fn past_introduction(body: &str, toks: &[Tok], i: usize, qi: usize) -> usize {
    let Some(w) = word(body, toks, i) else {
        return i;
    };
    // "A few days later, Trump reversed himself": a time phrase is no subject.
    let time = (i + 1..(i + 4).min(qi)).find(|&k| {
        matches!(word(body, toks, k), Some("later" | "ago" | "earlier"))
            && punct(body, toks, k + 1) == Some(",")
            && word(body, toks, k - 1).is_some_and(|u| {
                matches!(
                    u.to_ascii_lowercase().trim_end_matches('s'),
                    "minute" | "hour" | "day" | "week" | "month" | "year" | "moment"
                )
            })
    });
    if let Some(k) = time {
        return k + 2;
    }
    // "Remarking upon ...,", "Preceded by a video,": a participle phrase, told from a surname
    // ("Fleming said", "Manning, a soldier,") by the lower-case non-verb after it.
    let participle = starts_upper(w)
        && ((w.len() > 5 && w.ends_with("ing")) || (w.len() > 4 && w.ends_with("ed")))
        && word(body, toks, i + 1).is_some_and(|n| {
            // "Continuing to push back on ...,": "to" is the participle's, not an auxiliary.
            n == "to" || (starts_lower(n) && !toks[i + 1].is(CUE | AUX | PART))
        });
    let opener = (toks[i].is(CAP_STOP) && pronoun(w).is_none() && !is_determiner(w))
        || (w.len() > 4 && w.ends_with("ly"))
        || participle;
    if !opener {
        return i;
    }
    // A participle phrase still open at the quote has no subject before it.
    let unclosed = if participle { qi } else { i };
    (i + 1..(i + 12).min(qi))
        .take_while(|&k| !matches!(toks[k].kind, Kind::Quote(_)))
        .find(|&k| punct(body, toks, k) == Some(","))
        .map_or(unclosed, |c| c + 1)
}

/// The cue of a sentence that ends at token `end` (exclusive) without a quote of its own,
/// like `The New York Times reports:` before a quoted paragraph.
pub(crate) fn cue_before(body: &str, toks: &[Tok], end: usize) -> Option<Mention> {
    let sent = toks.get(end.checked_sub(1)?)?.sent;
    let mut lo = end - 1;
    while lo > 0 && toks[lo - 1].sent == sent && end - lo < BACK_WINDOW {
        lo -= 1;
    }
    before_cue(body, toks, lo, end).map(|(m, ..)| m)
}

/// `President Clinton released the following statement:` closing a paragraph: its cue, else
/// the name before the colon or the sentence's subject. `end` is just past the colon.
pub(crate) fn colon_intro(body: &str, toks: &[Tok], end: usize) -> Option<Mention> {
    let sent = toks.get(end.checked_sub(1)?)?.sent;
    let mut lo = end - 1;
    while lo > 0 && toks[lo - 1].sent == sent && end - lo < BACK_WINDOW {
        lo -= 1;
    }
    before_cue(body, toks, lo, end)
        .map(|(m, ..)| m)
        .or_else(|| colon_cue(body, toks, lo, end))
}

/// `Carter told the Shangri-La Dialogue, a security forum in Singapore. "The United States
/// will remain ..."`: the speaker of the statement that ends with the full stop right before
/// the quote at `qi`, in the quote's paragraph or, when the quote is a paragraph of its own,
/// closing the paragraph before. That sentence must be read whole, have a speech verb and no
/// quote (quotes there are continued by `continues.rs` and `inherit.rs`). Only a name or a
/// pronoun: "officials said." is too vague to pass on.
pub(crate) fn statement_before(body: &str, toks: &[Tok], qi: usize) -> Option<Mention> {
    let stop = qi.checked_sub(1)?;
    if punct(body, toks, stop) != Some(".") {
        return None;
    }
    let alone = toks.get(qi + 1).is_none_or(|t| t.para != toks[qi].para);
    if toks[stop].para != toks[qi].para && !alone {
        return None;
    }
    let sent = toks[stop].sent;
    let mut lo = stop;
    while lo > 0 && toks[lo - 1].sent == sent && stop - lo < BACK_WINDOW {
        lo -= 1;
    }
    let whole = lo == 0 || toks[lo - 1].sent != sent;
    let quoted = toks[lo..stop]
        .iter()
        .any(|t| matches!(t.kind, Kind::Quote(_)));
    if !whole || quoted || !toks[lo..stop].iter().any(|t| t.is(CUE | PART)) {
        return None;
    }
    // Across a paragraph break the verb must say something (`told the forum`, `said that`):
    // a bare `Donald Trump spoke.` narrates an event and names no quote's speaker.
    let across = toks[stop].para != toks[qi].para;
    before_cue(body, toks, lo, stop)
        .filter(|&(_, dist, _)| !across || dist > 0)
        .map(|(m, ..)| m)
        .filter(|m| matches!(m.kind, MentionKind::Name | MentionKind::Pronoun))
}
