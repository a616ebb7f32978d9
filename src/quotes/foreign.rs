//! German, Spanish and French inverted cues → their speaker: `„...“, sagte Ann Lowe.`,
//! `"...", corroboró el abogado Javier Peñaloza.`, `«...», so Mnich.` In: the token stream and
//! the verb's token. Out: the name after the verb, unresolved. Only this shape is read in those
//! languages: their word order and (German) capitalised nouns would mislead the English
//! noun-phrase readers.

use super::after::ends_clause;
use super::np::{name_mention, punct, word, Mention, MentionKind};
use super::runs::{given_name, run_from};
use super::tokens::Tok;

/// Prepositions that end a role before a name: `la integrante de Madres`, `el senador por
/// Florida`, `die Sportdirektorin über die Stärken der ...` name no one.
const PREPOSITIONS: &[&str] = &[
    "de", "del", "por", "para", "en", "von", "vom", "des", "du", "d", "über", "für", "bei", "aus",
    "im", "am", "in", "pour", "sur",
];

/// The name after a German, Spanish or French inverted verb at token `i`: right after it
/// (`sagte Ann Lowe`), or past an article and a role (`corroboró el abogado Javier Peñaloza`,
/// `sagt der Kommunikations- und Konfliktexperte Christian Wirth`, `so der CEO.`), the run
/// that ends the clause. German `«...», so Mnich.` (`bare`) has no verb at all: only a name
/// closing the sentence.
pub(super) fn foreign_name(
    body: &str,
    toks: &[Tok],
    i: usize,
    hi: usize,
    bare: bool,
) -> Option<Mention> {
    let closes = |e: usize| ends_clause(body, toks, i, e);
    let article = matches!(
        word(body, toks, i + 1),
        Some("el" | "la" | "los" | "las" | "der" | "die" | "das" | "le" | "les" | "l")
    );
    if !article {
        let mut end = run_from(body, toks, i + 1).filter(|&e| e <= hi)?;
        // (`kommentiert Facebook das Gesetz`: a German article after the name is the object's,
        // not a particle inside the name as in "Maria das Dores".)
        if let Some(a) = (i + 2..end).find(|&k| {
            matches!(
                word(body, toks, k),
                Some("der" | "die" | "das" | "den" | "dem")
            )
        }) {
            end = a;
            while end > i + 2
                && word(body, toks, end - 1).is_some_and(|w| w.starts_with(char::is_lowercase))
            {
                end -= 1;
            }
        }
        if bare && !closes(end) {
            return None;
        }
        return Some(name_mention(body, toks, i + 1, i + 1, end - 1));
    }
    let mut k = i + 2;
    while k < hi.min(i + 10) {
        if let Some(end) = run_from(body, toks, k).filter(|&e| e <= hi) {
            let lower_next =
                word(body, toks, end).is_some_and(|x| x.starts_with(char::is_lowercase));
            if closes(end) || (!bare && lower_next) {
                // German nouns are capitalised: `Konfliktexperte Christian Wirth` is a role
                // and a name, which starts at the given name.
                let first = (k + 1..end.saturating_sub(1))
                    .find(|&p| word(body, toks, p).is_some_and(given_name))
                    .unwrap_or(k);
                // `sagte der Minister.`, `sagte das Staatsoberhaupt.`, `kommentiert der
                // Journalist von ...`: one capitalised noun right after the article, closing
                // the clause or followed by a lower-case word, is a role, not a name.
                // (Spanish and French capitalise no common noun: `dijo la CGR` is a name.)
                let role_only = k == i + 2
                    && matches!(word(body, toks, i + 1), Some("der" | "die" | "das"))
                    && end == k + 1
                    && (closes(end) || lower_next)
                    && !word(body, toks, k).is_some_and(given_name);
                if role_only {
                    return Some(Mention {
                        first: i + 1,
                        last: k,
                        kind: MentionKind::Descriptor,
                    });
                }
                return Some(name_mention(body, toks, i + 1, first, end - 1));
            }
            k = end;
            continue;
        }
        // (Not past a preposition: `la integrante de Madres`, `el senador por Florida`, `die
        // Sportdirektorin über die Stärken der ...` name no one.)
        let role_word = word(body, toks, k)
            .is_some_and(|x| x.starts_with(char::is_lowercase) && !PREPOSITIONS.contains(&x));
        if !role_word && punct(body, toks, k) != Some("-") {
            return None;
        }
        k += 1;
    }
    None
}
