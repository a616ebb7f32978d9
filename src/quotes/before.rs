//! Cues ahead of the quote, in its sentence: `X said: "..."`, `According to X, "..."`,
//! `X criticized the plan, saying "..."`. In: the
//! token stream and the sentence's token range up to the quote. Out: the speaker mention and
//! the cue verb's distance from the quote. Split from `attribute.rs`, which tries these after
//! the cues that follow the quote; subjects without a cue verb are read by `subject.rs`,
//! speech nouns ("her comment that") by `possessor.rs`, passive verbs by `passive.rs`, and the
//! sentence before the quote's (`The New York Times reports:`) by `previous.rs`, labels and
//! colons (`Trump: Cruz Has 'To Come a Long Way'`) by `labels.rs`.

use super::appositive::appositive_subject;
use super::backward::backward_np;
use super::finite::finite_like;
use super::forward::{forward_np, quoted_object};
use super::lexicon::{
    adverb_shape, gender_of_word, invertible, is_subordinator, pronoun, starts_lower, Gender, AUX,
    BLOCK, CUE, DET, NOUN_LIKE, PART, POSS,
};
use super::np::{check_subject, name_mention, punct, word, Mention, MentionKind};
use super::passive::{passive, passive_agent, reduced_passive};
use super::possessor::possessor_cue;
use super::relative::relative_subject;
use super::runs::run_to;
use super::subject::{clause_subject, coordinated_subject, sentence_subject, subject_at};
use super::tokens::{text, Kind, Tok};

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
    // `Clinton proposed a debate, but the Sanders campaign rejected the idea as "ludicrous"`: a
    // cue before a clause coordinated with a subject of its own is that earlier clause's.
    // (Unless the cue reports a clause the coordinated one may continue: "It said the bank
    // tried to assist, but the negotiations collapsed "because ...".)
    let found = cue_in_sentence(body, toks, lo, qi)?;
    if let Some(m) = quoted_object(body, toks, found.0.last + 1, qi) {
        return Some((m, found.1, found.2));
    }
    let verb = (qi - 1).saturating_sub(found.1);
    let reports = word(body, toks, verb + 1) == Some("that")
        || subject_at(body, toks, lo, verb + 1, qi)
            .is_some_and(|m| finite_like(body, toks, m.last + 1));
    let later_clause =
        !reports && coordinated_subject(body, toks, lo, qi).is_some_and(|c| c.first > verb);
    (!later_clause).then_some(found)
}

/// `before_cue` without the check for a later coordinated clause.
fn cue_in_sentence(
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
            // "Win Htein said that according to its analysis, the NLD had "...": a source
            // inside a reported clause; the speaker is the clause's reporter, further back.
            let reported = (k.saturating_sub(2).max(lo)..k)
                .any(|j| word(body, toks, j).is_some_and(|w| w.eq_ignore_ascii_case("that")));
            if reported {
                continue;
            }
            if let Some(m) = forward_np(body, toks, k + 2, qi) {
                return Some((m, dist, None));
            }
            continue;
        }
        if toks[k].is(PART) {
            // "footage of Hillary Clinton asking, ...", "with Trump reportedly yelling: ...": the
            // name right before (past adverbs) is the subject.
            let mut p = k;
            while p > lo + 1 && word(body, toks, p - 1).is_some_and(adverb_shape) {
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
            // "Anderson, declaring that he was "deeply regretful," admitted": a participle set
            // off after the name opening the sentence hangs off that name.
            if p > lo + 1 && punct(body, toks, p - 1) == Some(",") {
                if let Some(s) =
                    run_to(body, toks, p - 2).filter(|&s| s == lo && !toks[p - 2].is(POSS))
                {
                    return Some((name_mention(body, toks, lo, s, p - 2), dist, None));
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
        if toks[k].is(CUE) && (passive(body, toks, k) || reduced_passive(body, toks, lo, k)) {
            // "was described by one analyst as "brutal"", "was called "a fraud" by Ruiz": the
            // agent of a passive speech verb is the speaker.
            if let Some(m) = passive_agent(body, toks, k, qi) {
                return Some((m, dist, None));
            }
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
            // "refused to say the words", "interjected to say:", "taking to Twitter to call
            // Fields "...": the infinitive's subject is the clause's (not after an object:
            // "urged Ruiz to say").
            let before_to = word(body, toks, k.wrapping_sub(2)).unwrap_or_default();
            let own_infinitive = !went_on
                && k >= lo + 3
                && ((starts_lower(before_to)
                    && (before_to.ends_with("ed")
                        || matches!(before_to, "refuses" | "declines" | "continues" | "tries")))
                    || matches!(before_to, "Twitter" | "Facebook" | "Instagram"));
            if own_infinitive {
                // "with Lewandowski taking to Twitter to call Fields "...": the name before the
                // participle that went to the platform, not the sentence's subject.
                let platform_user = (k >= lo + 5
                    && word(body, toks, k - 3) == Some("to")
                    && matches!(
                        word(body, toks, k - 4),
                        Some("taking" | "turning" | "going")
                    ))
                .then(|| run_to(body, toks, k - 5))
                .flatten()
                .filter(|&s| s >= lo && !toks[k - 5].is(POSS))
                .map(|s| name_mention(body, toks, lo, s, k - 5));
                if let Some(m) = platform_user {
                    return Some((m, participle_at.unwrap_or(dist), None));
                }
                if let Some(m) = sentence_subject(body, toks, lo, k - 1)
                    .or_else(|| clause_subject(body, toks, lo, k - 1))
                {
                    return Some((m, participle_at.unwrap_or(dist), None));
                }
            }
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
        // "A senior official who asked not to be named said": a relative clause with no commas
        // between the subject and its verb. (Not "who said" itself, `relative_subject`'s; nor a
        // cue before a participle: "an architect who said he was stiffed ..., saying" is
        // someone else's report.)
        let who = (k.saturating_sub(12).max(lo + 2)..k)
            .rev()
            .take_while(|&j| toks[j].kind == Kind::Word)
            .find(|&j| word(body, toks, j) == Some("who"))
            .filter(|&j| j + 1 < k && participle_at.is_none());
        if let Some(m) = who.and_then(|w| backward_np(body, toks, lo, w)) {
            // "Melanne Verveer, a close friend of Mrs. Clinton's who was ..., said": the name
            // the description is in apposition to.
            let named = (m.kind == MentionKind::Descriptor
                && m.first > lo + 1
                && punct(body, toks, m.first - 1) == Some(","))
            .then(|| run_to(body, toks, m.first - 2))
            .flatten()
            .filter(|&s| s >= lo && !toks[m.first - 2].is(POSS))
            .map(|s| name_mention(body, toks, lo, s, m.first - 2));
            if m.kind != MentionKind::Pronoun {
                return Some((named.unwrap_or(m), participle_at.unwrap_or(dist), None));
            }
        }
        // "Clinton was interviewed by NBC and said": a coordinated verb shares the subject
        // that opens the sentence.
        let mut b = k;
        while b > lo && toks[b - 1].is(AUX) {
            b -= 1;
        }
        if b > lo && matches!(word(body, toks, b - 1), Some("and" | "but")) {
            // "The anxiety grew when Ryan lamented X and criticized": coordinated inside a
            // subordinate clause, the verb shares that clause's subject.
            let conjunction = (lo..b - 1)
                .rev()
                .take(25)
                .find(|&j| word(body, toks, j).is_some_and(is_subordinator));
            // (The subject opens the clause: in "issued after the decision, the Board ...
            // called", "as the winner of Democratic debates and" it does not; and a comma
            // closes it: "Gibbons, on his first day after Hutt was sacked, admitted ... but".)
            let inner = conjunction
                .filter(|&c| (c..b - 1).all(|j| punct(body, toks, j) != Some(",")))
                .and_then(|c| clause_subject(body, toks, lo, b - 1).filter(|m| m.first == c + 1));
            // "Fielder-Civil appeared in court, and the singer blew him kisses and whispered":
            // a clause coordinated after a comma has a subject of its own, read whole up to its
            // verb. (Not after a relative clause: "Many Democrats, who control Congress, and
            // Republicans expressed" coordinates two subjects.)
            let coordinated = || {
                let comma = (lo + 1..b - 1).rev().take(25).find(|&j| {
                    punct(body, toks, j) == Some(",")
                        && matches!(word(body, toks, j + 1), Some("and" | "but"))
                })?;
                let relative = (lo..comma)
                    .rev()
                    .find(|&j| punct(body, toks, j) == Some(","))
                    .is_some_and(|c| matches!(word(body, toks, c + 1), Some("who" | "which")));
                subject_at(body, toks, lo, comma + 2, b - 1)
                    .filter(|m| !relative && finite_like(body, toks, m.last + 1))
            };
            if let Some(m) = inner
                .or_else(coordinated)
                .or_else(|| sentence_subject(body, toks, lo, b - 1))
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
        // "..., recently put it": past adverbs before the verb.
        let mut v = k;
        while v > lo + 1
            && word(body, toks, v - 1).is_some_and(|w| adverb_shape(w) && starts_lower(w))
        {
            v -= 1;
        }
        if v > lo && punct(body, toks, v - 1) == Some(",") {
            if let Some(m) = appositive_subject(body, toks, lo, v - 1) {
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
            // "Mary Susan, who wore a cape, said the convention could be": a finite verb after
            // the phrase makes it the reported clause's subject, not an inverted speaker.
            let reported = |m: &Mention| m.last + 1 < qi && finite_like(body, toks, m.last + 1);
            if let Some(m) = forward_np(body, toks, k + 1, qi).filter(|m| !reported(m)) {
                return Some((m, dist, None));
            }
        }
    }
    // A participle with no finite cue before it: its subject opens the sentence, or opens the
    // clause it hangs off ("though last week he used stronger language, saying ...").
    let dist = participle_at?;
    // `..., when Sanders protesters interrupted her speech, shouting "..."`, `the casino,
    // where about 50 protesters had gathered, chanting "..."`: a participle after a "when" or
    // "where" clause is that clause's subject's doing.
    let participle = qi - dist - 1;
    let comma =
        participle - usize::from(participle > lo && punct(body, toks, participle - 1) == Some(","));
    let when_clause = || {
        let w = (lo + 1..comma)
            .rev()
            .take_while(|&j| toks[j].kind == Kind::Word)
            .find(|&j| matches!(word(body, toks, j), Some("when" | "where")))?;
        subject_at(body, toks, lo, w + 1, comma)
            .filter(|m| m.last + 1 < comma && finite_like(body, toks, m.last + 1))
    };
    when_clause()
        .or_else(|| sentence_subject(body, toks, lo, qi))
        .or_else(|| clause_subject(body, toks, lo, participle))
        .map(|m| (m, dist, None))
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
    // "Graham assures his audience he will", "told reporters she was": past the listener.
    if k > lo + 2 && !toks[k - 1].is(CUE) {
        let listener = (k.saturating_sub(4).max(lo + 1)..k).find(|&v| {
            matches!(
                word(body, toks, v),
                Some(
                    "told"
                        | "tells"
                        | "assured"
                        | "assures"
                        | "reminded"
                        | "reminds"
                        | "warned"
                        | "warns"
                )
            ) && toks[v + 1..k]
                .iter()
                .all(|t| t.kind == Kind::Word && !t.is(CUE | PART | BLOCK))
        });
        if let Some(v) = listener {
            k = v + 1;
        }
    }
    // "Trump said during a rally in Michigan that Clinton once described": past the verb's
    // adverbial phrase when "that" opens the reported clause.
    if word(body, toks, k) == Some("that") && k > lo + 1 && !toks[k - 1].is(CUE) {
        let verb = (k.saturating_sub(12).max(lo + 1)..k)
            .rev()
            .find(|&v| toks[v].is(CUE));
        if let Some(v) = verb.filter(|&v| {
            toks[v + 1..k].iter().all(|t| {
                t.kind == Kind::Word
                    && !matches!(
                        text(body, t),
                        "that"
                            | "which"
                            | "who"
                            | "whom"
                            | "because"
                            | "while"
                            | "when"
                            | "and"
                            | "but"
                    )
            })
        }) {
            k = v + 1;
        }
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
/// `the server, which he described as "..."` keeps its "he": on PolNeAR train a person's
/// pronoun after "which" is the source as written five times in six, after "what" or "whom"
/// none in five. (An organisation's "which it called" still names the organisation, which
/// "it" would not resolve to.)
fn relative_speaker(body: &str, toks: &[Tok], lo: usize, m: Mention) -> Option<Mention> {
    let pron = word(body, toks, m.first).and_then(pronoun)?;
    let relative = m.first > lo
        && word(body, toks, m.first - 1).is_some_and(|w| match w.to_ascii_lowercase().as_str() {
            "what" | "whom" | "who" => true,
            "which" => !matches!(pron, "he" | "she"),
            _ => false,
        });
    if m.kind != MentionKind::Pronoun || !relative || !matches!(pron, "he" | "she" | "it" | "they")
    {
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
