//! Gender the text shows for a name with no known given name or title: "Maas said he used
//! ...", a sentence's subject and the first he/she after it, an appositive's noun ("Attallah
//! Shabazz, the daughter of ..."). In: the article's tokens. Out: `Names::gender_hint`, read by
//! `canonical`. Split from `names.rs`.

use super::super::lexicon::{self, pronoun, pronoun_gender, Gender, CUE};
use super::super::np::{punct, word};
use super::super::runs::{is_name_tok, run_from, run_to, sentence_opener};
use super::super::tokens::{flag, text, Kind, Tok};
use super::Names;

impl Names {
    /// "Maas said he used ..." shows Maas is male: a name, a speech verb, then he/she.
    pub(super) fn gender_evidence(&mut self, body: &str, toks: &[Tok]) {
        for i in 0..toks.len().saturating_sub(2) {
            if !flag(toks, i + 1, CUE) {
                continue;
            }
            let mut j = i + 2;
            if word(body, toks, j) == Some("that") {
                j += 1;
            }
            let Some(g) = word(body, toks, j)
                .and_then(pronoun)
                .and_then(pronoun_gender)
            else {
                continue;
            };
            let Some(start) = run_to(body, toks, i) else {
                continue;
            };
            if let Some(name) = self.person_named(body, &toks[start..=i]) {
                self.gender_hint.entry(name).or_insert(g);
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
            // Not "Apple's iTunes service was a perfect example, she said": a he/she reporting
            // the sentence is someone else.
            let g = (end..toks.len().min(end + 12))
                .take_while(|&k| toks[k].sent == sent && !matches!(toks[k].kind, Kind::Quote(_)))
                .take_while(|&k| !is_name_tok(toks, k))
                .find_map(|k| match word(body, toks, k) {
                    Some("he" | "his" | "him") => Some((k, Gender::Male)),
                    Some("she" | "her") => Some((k, Gender::Female)),
                    _ => None,
                })
                .filter(|&(k, _)| !flag(toks, k + 1, CUE))
                .map(|(_, g)| g);
            if let Some(g) = g {
                if let Some(name) = self.person_named(body, &toks[i..end]) {
                    self.gender_hint.entry(name).or_insert(g);
                }
            }
            i = end;
        }
        // "Attallah Shabazz, the daughter of activist Malcolm X, recalled": the noun of an
        // appositive right after the name ("daughter", "chairwoman") shows the gender.
        let mut hints = Vec::new();
        for &(i, end) in &self.body_runs {
            if punct(body, toks, end) != Some(",") {
                continue;
            }
            // The head: the last word before "of" or a mark, within five words.
            let stop = (end + 2..toks.len().min(end + 7))
                .find(|&k| toks[k].kind != Kind::Word || word(body, toks, k) == Some("of"));
            let g = stop
                .filter(|&k| toks[k].sent == toks[end].sent)
                .and_then(|k| word(body, toks, k - 1))
                .map(lexicon::noun_gender)
                .filter(|&g| g != Gender::Unknown);
            let opens = word(body, toks, end + 1)
                .is_some_and(|w| matches!(w, "the" | "a" | "an" | "his" | "her" | "their"));
            if let Some(g) = g.filter(|_| opens) {
                if let Some(name) = self.person_named(body, &toks[i..end]) {
                    hints.push((name, g));
                }
            }
        }
        for (name, g) in hints {
            self.gender_hint.entry(name).or_insert(g);
        }
    }

    /// The canonical name of the run `run` as written.
    fn person_named(&self, body: &str, run: &[Tok]) -> Option<String> {
        let words: Vec<&str> = run.iter().map(|t| text(body, t)).collect();
        self.canonical(&words).map(|p| p.name)
    }
}
