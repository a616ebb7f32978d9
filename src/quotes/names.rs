//! Names in the article → canonical speakers. In: the token stream (text outside quotes) and
//! the headline. Out: a `Names` index that maps a mention ("Lavrov", "Mr. Putin") to the fullest
//! form of that name in the article with titles stripped ("Sergei Lavrov"), the person's role
//! ("Russian Foreign Minister") and gender when the text shows it. Where the runs lie is
//! `runs.rs`; whom "he said" refers back to is `antecedents.rs`.
//!
//! A "name" is a run of capitalized words (with "of", "de", "van"... between them), cut after a
//! possessive, minus the title words in front. No entity recognizer: places and organisations
//! land in the index too, but a mention is only ever looked up by its own last word, so
//! "Trump" can only become "Donald Trump" or "Donald J. Trump", never "Trump Tower".

use super::given_names;
use super::lexicon::{gender_of_word, FastMap, FastSet, Gender};
use super::roles::{add_role_words, appositive, role_before};
use super::runs::{after_place_preposition, given_name, name_runs, name_start, person_before_of};
use super::tokens::{strip_possessive, text, Tok};

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

/// What a mention resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Person {
    pub name: String,
    pub role: Option<String>,
    pub gender: Gender,
    /// Written after "in"/"from" somewhere in the article ("in New York", "from France"): a
    /// place, which "he"/"she" never refers to.
    pub place: bool,
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
    /// Names written after a preposition of place ("in New York"): see `Person::place`.
    places: FastSet<String>,
    /// The body's name runs `(first, end)`, kept for `antecedents::subjects`: finding them
    /// walks the whole token stream (title-case paragraphs, glued openers) and is needed twice.
    body_runs: Vec<(usize, usize)>,
}

impl Names {
    /// Indexes every name run in the token stream and the headline.
    pub(crate) fn build(body: &str, toks: &[Tok], headline: Option<(&str, &[Tok])>) -> Names {
        let mut names = Names::default();
        let runs = name_runs(body, toks);
        names.add_runs(body, toks, &runs, false);
        names.body_runs = runs;
        if let Some((h, htoks)) = headline {
            names.add_runs(h, htoks, &name_runs(h, htoks), true);
        }
        names.gender_evidence(body, toks);
        names
    }

    /// The body's name runs, in order (see `runs::name_runs`).
    pub(crate) fn body_runs(&self) -> &[(usize, usize)] {
        &self.body_runs
    }

    fn add_runs(&mut self, body: &str, toks: &[Tok], runs: &[(usize, usize)], headline: bool) {
        for &(i, end) in runs {
            let initial = i == 0 || toks[i - 1].sent != toks[i].sent;
            let words: Vec<&str> = toks[i..end].iter().map(|t| text(body, t)).collect();
            for (k, w) in words.iter().enumerate() {
                let w = strip_possessive(w).0;
                let first_word = initial && k == 0;
                if !(headline || first_word || self.mid_sentence.contains(w)) {
                    self.mid_sentence.insert(w.to_string());
                }
            }
            let first = if headline { usize::MAX } else { toks[i].start };
            let role = role_before(body, toks, i, &words);
            let apposition = if headline {
                None
            } else {
                appositive(body, toks, end)
            };
            if !headline && after_place_preposition(body, toks, i, end) {
                let k = name_start(&words);
                if k < words.len() {
                    self.places.insert(words[k..].join(" "));
                }
            }
            if let Some(of) = person_before_of(&words) {
                // The person and the place or body after "of" are two names.
                self.add(&words[..of], first, role, apposition);
                self.add(&words[of + 1..], first, None, None);
                continue;
            }
            self.add(&words, first, role, apposition);
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
        let run = without_postnominal(run);
        let mut words: Vec<String> = run[k.min(run.len())..]
            .iter()
            .map(|w| w.to_string())
            .collect();
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
            .unwrap_or_else(|| match words.as_slice() {
                // "Grant Young": a first name the short lexicon lacks.
                [first, _, ..] => given_names::gender(first),
                _ => Gender::Unknown,
            });
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

    /// The fullest name in the article that ends with the mention's last word and contains all
    /// its words in order; ties go to the more frequent, then the earlier. None when the mention
    /// is all title ("the Secretary").
    pub(crate) fn canonical(&self, mention: &[&str]) -> Option<Person> {
        let k = name_start(mention);
        let mention = without_postnominal(mention);
        let k = k.min(mention.len());
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
        // "Al-Chalabi said" opening a sentence is the "Fadhil al-Chalabi" named mid-sentence.
        let particle_lowered = ["Al-", "El-"].iter().find_map(|p| {
            let rest = words.last()?.strip_prefix(p)?;
            Some(format!("{}{rest}", p.to_ascii_lowercase()))
        });
        let mut words = words;
        if let Some(low) = particle_lowered.as_deref() {
            if self.by_last.contains_key(low) {
                if let Some(w) = words.last_mut() {
                    *w = low;
                }
            }
        }
        let last = *words.last()?;
        let title_gender = mention[..k]
            .iter()
            .map(|w| gender_of_word(w))
            .find(|g| *g != Gender::Unknown)
            .unwrap_or(Gender::Unknown);
        let candidates = || {
            self.by_last
                .get(last)
                .into_iter()
                .flatten()
                .map(|&e| &self.entries[e])
                .filter(|e| contains_in_order(&e.words, &words))
                .filter(|e| title_gender == Gender::Unknown || e.gender != title_gender.opposite())
        };
        // "Jeb Bush ... the brother of George W. Bush ... Bush said": of several people with
        // the surname, a bare "Bush" is the one the body names most in full, then first (a
        // relative is named in full once); forms of that one name ("Donald Trump", "Donald J.
        // Trump") stay candidates.
        // (The person, not a run read wrong like "Maastricht Treaty Leach": a gender known from
        // a title, a given name or a he/she after the name, else the most frequent form.)
        let compatible = |a: &Entry, b: &Entry| {
            contains_in_order(&a.words, &b.words) || contains_in_order(&b.words, &a.words)
        };
        // A form the body uses beats a longer one only the headline has: title case runs
        // words together ("Black Lawmakers Rip Donald Trump").
        let rank = |e: &Entry| {
            (
                !e.seen.is_empty(),
                e.words.len(),
                e.count,
                std::cmp::Reverse(e.first),
            )
        };
        let in_full = |e: &Entry| !e.seen.is_empty() && e.words.len() >= 2;
        // One walk for the usual case, one person behind the candidates; `several` when two
        // full names of the body are not forms of one another.
        let mut best: Option<&Entry> = None;
        let mut first_full: Option<&Entry> = None;
        let mut several = false;
        for e in candidates() {
            if in_full(e) {
                match first_full {
                    None => first_full = Some(e),
                    Some(f) => several |= !compatible(e, f),
                }
            }
            if best.is_none_or(|b| rank(e) >= rank(b)) {
                best = Some(e);
            }
        }
        if several {
            let introduced = candidates().filter(|e| in_full(e)).min_by_key(|e| {
                let person = e.gender != Gender::Unknown || self.gender_hint.contains_key(&e.name);
                (!person, std::cmp::Reverse(e.count), e.first)
            });
            best = candidates()
                .filter(|e| introduced.is_none_or(|i| compatible(e, i)))
                .max_by_key(|e| rank(e));
        }
        if best.is_none() && words.len() >= 2 && k + 1 < mention.len() {
            // "Understated Perez raises ...": the index left the sentence's glued first word
            // out of the name (runs.rs); the mention as written still has it.
            if let Some(p) = self
                .canonical(&mention[k + 1..])
                .filter(|p| p.name.contains(' '))
            {
                return Some(p);
            }
        }
        // "Simon says" after "Simon Cowell": a known given name alone is the one person the
        // body names in full with it (not when two people do: "John" with John Kerry and John
        // Kasich stays "John").
        if words.len() == 1
            && best.is_none_or(|b| b.words.len() == 1)
            && k == 0
            && given_names::gender(last) != Gender::Unknown
        {
            // ("Duncan Jr." is a surname and its suffix.)
            let suffix = |e: &Entry| {
                matches!(
                    e.words[1].as_str(),
                    "Jr." | "Jr" | "Sr." | "Sr" | "II" | "III"
                )
            };
            let mut full = self
                .entries
                .iter()
                .filter(|e| in_full(e) && e.words.first().is_some_and(|f| f == last) && !suffix(e));
            if let Some(f) = full.next() {
                if full.all(|e| compatible(e, f)) {
                    best = self
                        .entries
                        .iter()
                        .filter(|e| in_full(e) && compatible(e, f))
                        .max_by_key(|e| rank(e));
                }
            }
        }
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
        // A given name or a title says person; a pronoun near the name ("New York is ..., he
        // said") does not.
        let place = gender == Gender::Unknown
            && (self.places.contains(&name) || super::lexicon::is_country_or_state(&name));
        if gender == Gender::Unknown {
            let hint = self.gender_hint.get(&name).copied();
            // "Bobby says she does it all": the pronoun after a lone given name is someone
            // else when the name itself says the other gender.
            let clash = !name.contains(' ')
                && hint.is_some_and(|g| super::given_names::gender(&name) == g.opposite());
            gender = hint.filter(|_| !clash).unwrap_or(Gender::Unknown);
        }
        Some(Person {
            name,
            role,
            gender,
            place,
        })
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
            // "Mr Justice Alan Whitcombe", "Justice Scalia": a justice is "the judge".
            .filter(|e| {
                words.iter().all(|w| {
                    e.role_words.contains(w)
                        || (w == "judge" && e.role_words.iter().any(|r| r == "justice"))
                })
            })
            // "the chancellor" is not "shadow chancellor Oliver Letwin", nor "the president"
            // a vice president: a qualifier of the role the description leaves out.
            .filter(|e| {
                e.role_words.iter().all(|r| {
                    !matches!(
                        r.as_str(),
                        "shadow" | "vice" | "deputy" | "former" | "assistant"
                    ) || words.contains(r)
                })
            })
            .filter_map(|e| {
                let k = e.seen.partition_point(|&p| p < before);
                (k > 0).then(|| (e.seen[k - 1], e))
            })
            .max_by_key(|(at, _)| *at)?
            .1;
        let words: Vec<&str> = best.name.split(' ').collect();
        self.canonical(&words)
    }

    /// True when `name` was seen capitalized away from a sentence's first word.
    pub(crate) fn seen_mid_sentence(&self, name: &str) -> bool {
        self.mid_sentence.contains(name)
    }
}

/// `Andrew Tyrie MP`, `Michael Mansfield QC`: a name without the letters after it, which are
/// no part of it ("Tyrie" must find it). Only when a given name opens it: "the Salford MP",
/// "the Glasgow Kelvin MP" are descriptions, whose runs name no person.
fn without_postnominal<'a, 'b>(words: &'b [&'a str]) -> &'b [&'a str] {
    match words {
        [rest @ .., last]
            if rest.len() >= 2
                && rest
                    .iter()
                    .find(|w| !super::lexicon::is_title(w))
                    .is_some_and(|w| given_name(w)) =>
        {
            if matches!(
                strip_possessive(last).0,
                "MP" | "MSP" | "MEP" | "AM" | "QC" | "KC" | "OBE" | "MBE" | "CBE" | "KBE"
            ) {
                rest
            } else {
                words
            }
        }
        _ => words,
    }
}

fn contains_in_order<S: AsRef<str>>(haystack: &[String], needle: &[S]) -> bool {
    let mut it = haystack.iter();
    needle.iter().all(|n| it.any(|h| h == n.as_ref()))
}

#[path = "names_gender.rs"]
mod gender;

#[cfg(test)]
#[path = "names_tests.rs"]
mod tests;
