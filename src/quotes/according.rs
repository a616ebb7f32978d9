//! The source a report cites over the person it quotes: `"...," Walker said, according to an
//! Associated Press account` is attributed (PolNeAR, and the reader) to "an Associated Press
//! account", since the author did not hear Walker. In: the token stream, the quote tokens and
//! their `Analysis`. Out: the analyses, with the mention moved to the cited source.

use super::attribute::Analysis;
use super::np::{forward_np, punct, word};
use super::tokens::{Kind, Tok};

/// Most tokens between the speaker mention and ", according to" ("said Monday in Cheyenne").
const GAP: usize = 8;

/// For each quote whose speaker is named after it in the same sentence, a later
/// `, according to X` in that sentence makes X the speaker.
pub(super) fn cited_sources(body: &str, toks: &[Tok], qtok: &[usize], analyses: &mut [Analysis]) {
    for (a, &qi) in analyses.iter_mut().zip(qtok) {
        let Some(m) = a.mention else { continue };
        let sent = toks[qi].sent;
        if m.first <= qi || toks[m.last].sent != sent {
            continue;
        }
        let far = toks.len().min(m.last + 1 + GAP + 12);
        let hi = (m.last + 1..far)
            .find(|&k| toks[k].sent != sent || matches!(toks[k].kind, Kind::Quote(_)))
            .unwrap_or(far);
        let cited = (m.last + 1..hi.min(m.last + 1 + GAP)).find(|&k| {
            punct(body, toks, k) == Some(",")
                && word(body, toks, k + 1).is_some_and(|w| w.eq_ignore_ascii_case("according"))
                && word(body, toks, k + 2) == Some("to")
        });
        if let Some(np) = cited.and_then(|k| forward_np(body, toks, k + 3, hi)) {
            a.mention = Some(np);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::find_quotes;

    fn speakers(body: &str) -> Vec<Option<String>> {
        find_quotes(body, None)
            .into_iter()
            .map(|q| q.speaker_mention)
            .collect()
    }

    #[test]
    fn a_cited_source_after_the_speaker_is_the_speaker() {
        let body = "The governor spoke in Madison on Monday.\n\n\
                    “Delegates should vote the way they see fit,” Walker said, according to an \
                    Associated Press account.\n\n\
                    “We will win,” Walker said on Tuesday.";
        let got = speakers(body);
        assert_eq!(
            got,
            [
                Some("an Associated Press account".to_string()),
                Some("Walker".to_string())
            ]
        );
    }
}
