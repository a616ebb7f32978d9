//! Names in the article → canonical speakers. In: the token stream (text outside quotes) and
//! the headline. Out: a `Names` index that maps a mention ("Lavrov", "Mr. Putin") to the fullest
//! form of that name in the article with titles stripped ("Sergei Lavrov"), the person's role
//! ("Russian Foreign Minister") and gender when the text shows it; and the list of people who
//! were the subject of a sentence or a cue, which is what "he said" refers back to.
//!
//! A "name" is a run of capitalized words (with "of", "de", "van"... between them), cut after a
//! possessive, minus the title words in front. No entity recognizer: places and organisations
//! land in the index too, but a mention is only ever looked up by its own last word, so
//! "Trump" can only become "Donald Trump" or "Donald J. Trump", never "Trump Tower".

use super::lexicon::{
    gender_of_word, is_title, pronoun, starts_upper, FastMap, FastSet, Gender, AUX, CAP_STOP, CUE,
    LOWER, NAMEABLE, POSS, UPPER,
};
use super::roles::{add_role_words, appositive, role_before};
use super::tokens::{flag, strip_possessive, text, Kind, Tok};

/// Lowercase particles that may sit inside a name: "Secretary of State", "Charles de Gaulle".
#[rustfmt::skip]
const CONNECTORS: &[&str] = &[
    "of", "de", "van", "von", "bin", "al", "da", "du", "der", "del", "di", "la", "le", "ibn",
];

/// Longest believable name, in words; longer capitalized runs are headlines or titles of works.
const MAX_NAME_WORDS: usize = 5;

#[derive(Debug, Clone)]
struct Entry {
    words: Vec<String>,
    name: String,
    count: u32,
    first: usize,
    role: Option<String>,
    gender: Gender,
    /// Lowercased words of every role and title seen with the name ("foreign", "minister"):
    /// what "the minister said" is matched against.
    role_words: Vec<String>,
    /// Byte offsets of the name's mentions in the body, in order (none for the headline).
    seen: Vec<usize>,
}

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

/// What a mention resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Person {
    pub name: String,
    pub role: Option<String>,
    pub gender: Gender,
}

#[derive(Debug, Default)]
pub(crate) struct Names {
    entries: Vec<Entry>,
    by_key: FastMap<String, usize>,
    by_last: FastMap<String, Vec<usize>>,
    /// Capitalized words seen somewhere other than a sentence's first word: real names, as
    /// opposed to "Meeting with ..." at the start of a sentence.
    mid_sentence: FastSet<String>,
    gender_hint: FastMap<String, Gender>,
}

/// A capitalized word that may be part of a name (not "But", "The", "Monday").
fn is_name_tok(toks: &[Tok], i: usize) -> bool {
    let plain = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == Kind::Word && t.is(UPPER) && !t.is(CAP_STOP) && t.end - t.start <= 40
        })
    };
    if plain(i) {
        return true;
    }
    // "Theresa May", "Ian Read", "said Will Doyle": a stop word that is a name beside a name
    // (not opening a sentence, where "Will Doyle run?" would be the verb).
    let Some(t) = toks.get(i).filter(|t| t.is(NAMEABLE) && t.is(UPPER)) else {
        return false;
    };
    let same = |k: usize| toks.get(k).is_some_and(|n| n.sent == t.sent);
    let after_name = i > 0 && same(i - 1) && plain(i - 1) && !toks[i - 1].is(POSS);
    let before_name = i > 0 && same(i - 1) && same(i + 1) && plain(i + 1);
    after_name || before_name
}

fn word<'a>(body: &'a str, toks: &[Tok], i: usize) -> Option<&'a str> {
    toks.get(i)
        .filter(|t| t.kind == Kind::Word)
        .map(|t| text(body, t))
}

/// The capitalized run starting at token `i`: `i..end`, or None when `i` is no name word.
pub(crate) fn run_from(body: &str, toks: &[Tok], i: usize) -> Option<usize> {
    if !is_name_tok(toks, i) {
        return None;
    }
    let mut end = i + 1;
    if toks[i].is(POSS) {
        return Some(end);
    }
    let sent = toks[i].sent;
    while end < toks.len() && toks[end].sent == sent && end - i < 12 {
        if is_name_tok(toks, end) {
            end += 1;
            if toks[end - 1].is(POSS) {
                break;
            }
        } else if toks[end].is(LOWER)
            && is_name_tok(toks, end + 1)
            && word(body, toks, end).is_some_and(|w| CONNECTORS.contains(&w))
        {
            end += 1;
        } else {
            break;
        }
    }
    Some(end)
}

/// The capitalized run ending at token `last` (inclusive): its first index, or None.
pub(crate) fn run_to(body: &str, toks: &[Tok], last: usize) -> Option<usize> {
    if !is_name_tok(toks, last) {
        return None;
    }
    let mut start = last;
    let sent = toks[last].sent;
    let plain_name = |k: usize| is_name_tok(toks, k) && !toks[k].is(POSS);
    while start > 0 && toks[start - 1].sent == sent && last - start < 12 {
        if plain_name(start - 1) {
            start -= 1;
        } else if start >= 2
            && toks[start - 1].is(LOWER)
            && plain_name(start - 2)
            && word(body, toks, start - 1).is_some_and(|w| CONNECTORS.contains(&w))
        {
            start -= 2;
        } else {
            break;
        }
    }
    Some(start)
}

/// Where the name starts within a run of words: after the last title word ("Russian Foreign
/// Minister | Sergei Lavrov"). The last word is never taken for a title ("Martin Luther King"),
/// unless every word is one ("the Secretary of State"): then there is no name (returns len).
pub(crate) fn name_start(words: &[&str]) -> usize {
    if words.iter().all(|w| is_title(w)) {
        return words.len();
    }
    let n = words.len();
    (0..n.saturating_sub(1))
        .rev()
        .find(|&k| is_title(words[k]))
        .map_or(0, |k| k + 1)
}

impl Names {
    /// Indexes every name run in the token stream and the headline.
    pub(crate) fn build(body: &str, toks: &[Tok], headline: Option<(&str, &[Tok])>) -> Names {
        let mut names = Names::default();
        names.add_runs(body, toks, false);
        if let Some((h, htoks)) = headline {
            names.add_runs(h, htoks, true);
        }
        names.gender_evidence(body, toks);
        names
    }

    fn add_runs(&mut self, body: &str, toks: &[Tok], headline: bool) {
        let title = title_case_paragraphs(body, toks);
        let mut i = 0;
        while i < toks.len() {
            let Some(end) = run_from(body, toks, i) else {
                i += 1;
                continue;
            };
            if title[toks[i].para as usize] {
                i = end;
                continue;
            }
            let initial = i == 0 || toks[i - 1].sent != toks[i].sent;
            let words: Vec<&str> = toks[i..end].iter().map(|t| text(body, t)).collect();
            for (k, w) in words.iter().enumerate() {
                if !(headline || (initial && k == 0)) {
                    self.mid_sentence.insert(strip_possessive(w).0.to_string());
                }
            }
            let first = if headline { usize::MAX } else { toks[i].start };
            let role = role_before(body, toks, i, &words);
            let apposition = if headline {
                None
            } else {
                appositive(body, toks, end)
            };
            self.add(&words, first, role, apposition);
            i = end;
        }
    }

    fn add(
        &mut self,
        run: &[&str],
        first: usize,
        role: Option<String>,
        apposition: Option<String>,
    ) {
        let k = name_start(run);
        let mut words: Vec<String> = run[k..].iter().map(|w| w.to_string()).collect();
        if let Some(last) = words.last_mut() {
            *last = strip_possessive(last).0.to_string();
        }
        if words.is_empty() || words.len() > MAX_NAME_WORDS {
            return;
        }
        let gender = run[..k]
            .iter()
            .chain(words.first().map(String::as_str).iter())
            .map(|w| gender_of_word(w))
            .find(|g| *g != Gender::Unknown)
            .unwrap_or(Gender::Unknown);
        let name = words.join(" ");
        if let Some(&e) = self.by_key.get(&name) {
            let entry = &mut self.entries[e];
            entry.count += 1;
            entry.first = entry.first.min(first);
            add_role_words(
                &mut entry.role_words,
                run[..k].iter().copied(),
                &role,
                &apposition,
            );
            if entry.role.is_none() {
                entry.role = role.or(apposition);
            }
            if entry.gender == Gender::Unknown {
                entry.gender = gender;
            }
            if first != usize::MAX {
                entry.seen.push(first);
            }
            return;
        }
        let idx = self.entries.len();
        if let Some(last) = words.last() {
            self.by_last.entry(last.clone()).or_default().push(idx);
        }
        self.by_key.insert(name.clone(), idx);
        let mut role_words = Vec::new();
        add_role_words(
            &mut role_words,
            run[..k].iter().copied(),
            &role,
            &apposition,
        );
        self.entries.push(Entry {
            words,
            name,
            count: 1,
            first,
            role: role.or(apposition),
            gender,
            role_words,
            seen: if first == usize::MAX {
                Vec::new()
            } else {
                vec![first]
            },
        });
    }

    /// "Maas said he used ..." shows Maas is male: a name, a speech verb, then he/she.
    fn gender_evidence(&mut self, body: &str, toks: &[Tok]) {
        for i in 0..toks.len().saturating_sub(2) {
            if !flag(toks, i + 1, CUE) {
                continue;
            }
            let mut j = i + 2;
            if word(body, toks, j) == Some("that") {
                j += 1;
            }
            let g = match word(body, toks, j).and_then(pronoun) {
                Some("he") => Gender::Male,
                Some("she") => Gender::Female,
                _ => continue,
            };
            let Some(start) = run_to(body, toks, i) else {
                continue;
            };
            let words: Vec<&str> = toks[start..=i].iter().map(|t| text(body, t)).collect();
            if let Some(p) = self.canonical(&words) {
                self.gender_hint.entry(p.name).or_insert(g);
            }
        }
        // "Anja Kovač came from a set down to win her first title": a sentence's subject and
        // the first he/she/his/her after it, with no other name or quote between.
        let mut i = 0;
        while i < toks.len() {
            let Some(end) = run_from(body, toks, i).filter(|_| sentence_opener(body, toks, i))
            else {
                i += 1;
                continue;
            };
            let sent = toks[i].sent;
            let g = (end..toks.len().min(end + 12))
                .take_while(|&k| toks[k].sent == sent && !matches!(toks[k].kind, Kind::Quote(_)))
                .take_while(|&k| !is_name_tok(toks, k))
                .find_map(|k| match word(body, toks, k) {
                    Some("he" | "his" | "him") => Some(Gender::Male),
                    Some("she" | "her") => Some(Gender::Female),
                    _ => None,
                });
            if let Some(g) = g {
                let words: Vec<&str> = toks[i..end].iter().map(|t| text(body, t)).collect();
                if let Some(p) = self.canonical(&words) {
                    self.gender_hint.entry(p.name).or_insert(g);
                }
            }
            i = end;
        }
    }

    /// The fullest name in the article that ends with the mention's last word and contains all
    /// its words in order; ties go to the more frequent, then the earlier. None when the mention
    /// is all title ("the Secretary").
    pub(crate) fn canonical(&self, mention: &[&str]) -> Option<Person> {
        let k = name_start(mention);
        let words: Vec<&str> = mention[k..]
            .iter()
            .enumerate()
            .map(|(i, w)| {
                if i + 1 == mention.len() - k {
                    strip_possessive(w).0
                } else {
                    w
                }
            })
            .collect();
        let last = *words.last()?;
        let title_gender = mention[..k]
            .iter()
            .map(|w| gender_of_word(w))
            .find(|g| *g != Gender::Unknown)
            .unwrap_or(Gender::Unknown);
        let best = self
            .by_last
            .get(last)
            .into_iter()
            .flatten()
            .map(|&e| &self.entries[e])
            .filter(|e| contains_in_order(&e.words, &words))
            .filter(|e| title_gender == Gender::Unknown || e.gender != opposite(title_gender))
            // A form the body uses beats a longer one only the headline has: title case runs
            // words together ("Black Lawmakers Rip Donald Trump").
            .max_by(|a, b| {
                (
                    !a.seen.is_empty(),
                    a.words.len(),
                    a.count,
                    std::cmp::Reverse(a.first),
                )
                    .cmp(&(
                        !b.seen.is_empty(),
                        b.words.len(),
                        b.count,
                        std::cmp::Reverse(b.first),
                    ))
            });
        let name = best.map_or_else(|| words.join(" "), |e| e.name.clone());
        let role = best.and_then(|e| e.role.clone()).or_else(|| {
            // Any shorter form's role counts too ("Foreign Minister Lavrov").
            self.by_last
                .get(last)
                .into_iter()
                .flatten()
                .find_map(|&e| self.entries[e].role.clone())
        });
        let mut gender = best.map_or(Gender::Unknown, |e| e.gender);
        if gender == Gender::Unknown {
            gender = title_gender;
        }
        if gender == Gender::Unknown {
            gender = self
                .gender_hint
                .get(&name)
                .copied()
                .unwrap_or(Gender::Unknown);
        }
        Some(Person { name, role, gender })
    }

    /// The person a definite description names ("the minister", "the deputy minister"): among
    /// the people whose roles hold every word of `words`, the one mentioned last before byte
    /// `before`. None when nobody's role fits.
    pub(crate) fn by_role(&self, words: &[String], before: usize) -> Option<Person> {
        if words.is_empty() {
            return None;
        }
        let best = self
            .entries
            .iter()
            .filter(|e| words.iter().all(|w| e.role_words.contains(w)))
            .filter_map(|e| {
                let k = e.seen.partition_point(|&p| p < before);
                (k > 0).then(|| (e.seen[k - 1], e))
            })
            .max_by_key(|(at, _)| *at)?
            .1;
        let words: Vec<&str> = best.name.split(' ').collect();
        self.canonical(&words)
    }

    /// People who are the subject of a speech verb ("Pompeo said", "Putin told") or open a
    /// sentence ("Pompeo met with Putin"), in order: the antecedents "he"/"she" may refer to.
    /// A one-word sentence opener counts only when it also appears mid-sentence elsewhere, so
    /// "Meeting with ..." is no person; and only names that look like people (two words, a
    /// known gender, or the subject of a speech verb) so "Iran announced" is no antecedent.
    pub(crate) fn subjects(&self, body: &str, toks: &[Tok]) -> Vec<Event> {
        let title = title_case_paragraphs(body, toks);
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let Some(end) = run_from(body, toks, i) else {
                i += 1;
                continue;
            };
            if title[toks[i].para as usize] {
                i = end;
                continue;
            }
            let possessive = toks[end - 1].is(POSS);
            let mut j = end;
            while flag(toks, j, AUX) && !flag(toks, j, CUE) && j < end + 3 {
                j += 1;
            }
            let cue = !possessive && flag(toks, j, CUE);
            let opener = sentence_opener(body, toks, i);
            let next_ok = word(body, toks, end).is_some_and(|w| !starts_upper(w))
                || toks.get(end).is_some_and(|t| text(body, t) == ",");
            let sentence_subject = !possessive && opener && next_ok;
            let words: Vec<&str> = toks[i..end].iter().map(|t| text(body, t)).collect();
            if let Some(p) = self.canonical(&words) {
                let one_word = !p.name.contains(' ');
                let known = !one_word || self.mid_sentence.contains(&p.name);
                let strong = cue || sentence_subject;
                let person_like = cue || !one_word || p.gender != Gender::Unknown;
                if known && (person_like && strong || p.gender != Gender::Unknown) {
                    out.push(Event {
                        tok: i,
                        para: toks[i].para,
                        name: p.name,
                        gender: p.gender,
                        weak: !strong,
                    });
                }
            }
            i = end;
        }
        out
    }
}

/// Per paragraph: true for a headline-style line in title case ("Black Lawmakers Rip Donald
/// Trump As A Fraud"), where every word is capitalized and a run of capitals is no name ("Rival
/// Hillary Clinton" would become Clinton's fullest name, "Lawmakers Rip Donald Trump" a person).
fn title_case_paragraphs(body: &str, toks: &[Tok]) -> Vec<bool> {
    let n = toks.last().map_or(0, |t| t.para as usize + 1);
    // (capitalized words, lowercase words other than short function words)
    let mut counts = vec![(0u32, 0u32); n];
    for t in toks.iter().filter(|t| t.kind == Kind::Word) {
        let c = &mut counts[t.para as usize];
        if t.is(UPPER) {
            c.0 += 1;
        } else if t.is(LOWER)
            && !matches!(
                text(body, t),
                "of" | "the"
                    | "a"
                    | "an"
                    | "and"
                    | "or"
                    | "to"
                    | "in"
                    | "on"
                    | "at"
                    | "for"
                    | "by"
                    | "with"
                    | "from"
                    | "as"
                    | "vs"
                    | "is"
            )
        {
            c.1 += 1;
        }
    }
    counts
        .iter()
        .map(|&(up, low)| up >= 4 && low == 0)
        .collect()
}

/// True when token `i` opens its sentence, possibly after "But", "And", "Meanwhile," ...
fn sentence_opener(body: &str, toks: &[Tok], i: usize) -> bool {
    let sent = toks[i].sent;
    let mut k = i;
    while k > 0 && toks[k - 1].sent == sent && i - k < 3 {
        let p = text(body, &toks[k - 1]);
        let skip = matches!(
            p,
            "But"
                | "And"
                | "Then"
                | "Meanwhile"
                | "So"
                | "Still"
                | "Yet"
                | "However"
                | "Later"
                | "Earlier"
                | "Now"
                | "Also"
                | ","
        );
        if !skip {
            return false;
        }
        k -= 1;
    }
    k == 0 || toks[k - 1].sent != sent
}

fn contains_in_order(haystack: &[String], needle: &[&str]) -> bool {
    let mut it = haystack.iter();
    needle.iter().all(|n| it.any(|h| h == n))
}

fn opposite(g: Gender) -> Gender {
    match g {
        Gender::Male => Gender::Female,
        Gender::Female => Gender::Male,
        Gender::Unknown => Gender::Unknown,
    }
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
    let want = match pron {
        "he" => Gender::Male,
        "she" => Gender::Female,
        _ => return None,
    };
    let before = events.partition_point(|e| e.tok < tok);
    let all = || {
        events[..before]
            .iter()
            .rev()
            .take_while(|e| e.para + 3 >= para)
    };
    let window = || all().filter(|e| !e.weak);
    let Some(latest) = window().find(|e| e.gender != opposite(want)) else {
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
    use super::super::{find, tokens};
    use super::*;

    fn index(body: &str) -> (Names, Vec<Tok>) {
        let paras = find::paragraphs(body);
        let spans = find::spans(body, &paras);
        let toks = tokens::tokenize(body, &paras, &spans);
        (Names::build(body, &toks, None), toks)
    }

    #[test]
    fn canonical_names() {
        let body =
            "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State Mike Pompeo. \
                    Lavrov spoke. Mr. Pompeo left. Hillary Clinton and Bill Clinton arrived, and \
                    Hillary Clinton spoke. Putin's aide Yuri Ushakov said so.";
        let (names, _) = index(body);
        let cases: &[(&[&str], Option<&str>, Option<&str>)] = &[
            (
                &["Lavrov"],
                Some("Sergei Lavrov"),
                Some("Russian Foreign Minister"),
            ),
            (
                &["Pompeo"],
                Some("Mike Pompeo"),
                Some("U.S. Secretary of State"),
            ),
            (
                &["Mr.", "Pompeo"],
                Some("Mike Pompeo"),
                Some("U.S. Secretary of State"),
            ),
            (&["Clinton"], Some("Hillary Clinton"), None),
            (&["Putin"], Some("Putin"), None),
            (&["Ushakov"], Some("Yuri Ushakov"), Some("Putin's aide")),
            (&["Smith"], Some("Smith"), None),
        ];
        for (mention, name, role) in cases {
            let p = names.canonical(mention);
            assert_eq!(p.as_ref().map(|p| p.name.as_str()), *name, "{mention:?}");
            assert_eq!(
                p.as_ref().and_then(|p| p.role.as_deref()),
                *role,
                "{mention:?}"
            );
        }
        assert_eq!(names.canonical(&["Secretary", "of", "State"]), None);
        assert_eq!(
            names.canonical(&["Clinton"]).map(|p| p.gender),
            Some(Gender::Female)
        );
    }

    #[test]
    fn name_start_strips_titles() {
        let cases: &[(&[&str], usize)] = &[
            (&["Russian", "Foreign", "Minister", "Sergei", "Lavrov"], 3),
            (&["Martin", "Luther", "King"], 0),
            (&["President", "Obama"], 1),
            (&["Secretary", "of", "State"], 3),
        ];
        for (words, want) in cases {
            assert_eq!(name_start(words), *want, "{words:?}");
        }
    }

    #[test]
    fn pronouns_resolve_to_recent_compatible_subject() {
        let body =
            "Hillary Clinton spoke first. Meeting with voters, Donald Trump said he would win. \
                    Iran announced a plan.";
        let (names, toks) = index(body);
        let events = names.subjects(body, &toks);
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
}
