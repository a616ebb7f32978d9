//! Ranked hits → groups of near-identical articles (one wire story syndicated under several
//! sites), each group led by its best-ranked copy.
//!
//! Greedy single pass in rank order: a hit joins the first earlier group whose leader's SimHash
//! is within `NEAR_DUPLICATE_BITS`; comparing with leaders only keeps it linear in groups and
//! stops chains of small edits from merging different stories.

use tantivy::{DocAddress, Searcher};

use crate::index::simhash::near_duplicates;

/// Candidates fetched per hit shown, so that grouping can still fill a page.
pub const OVERFETCH: usize = 4;
/// Upper bound on candidates fetched for grouping.
pub const MAX_CANDIDATES: usize = 2000;

/// A group of copies: the leader's score and address, and the other copies' addresses.
#[derive(Debug, Clone)]
pub struct Group {
    pub score: f32,
    pub leader: DocAddress,
    pub copies: Vec<DocAddress>,
}

/// Groups `hits` (best first). Documents without a hash (0) are never grouped.
pub fn group(searcher: &Searcher, hits: Vec<(f32, DocAddress)>) -> Vec<Group> {
    let mut groups: Vec<(u64, Group)> = Vec::new();
    for (score, addr) in hits {
        let hash = simhash_of(searcher, addr);
        let joined = hash != 0
            && groups
                .iter_mut()
                .find(|(h, _)| *h != 0 && near_duplicates(*h, hash))
                .map(|(_, g)| g.copies.push(addr))
                .is_some();
        if !joined {
            groups.push((
                hash,
                Group {
                    score,
                    leader: addr,
                    copies: Vec::new(),
                },
            ));
        }
    }
    groups.into_iter().map(|(_, g)| g).collect()
}

/// One group per hit, for `--no-group`.
pub fn ungrouped(hits: Vec<(f32, DocAddress)>) -> Vec<Group> {
    hits.into_iter()
        .map(|(score, leader)| Group {
            score,
            leader,
            copies: Vec::new(),
        })
        .collect()
}

fn simhash_of(searcher: &Searcher, addr: DocAddress) -> u64 {
    searcher
        .segment_reader(addr.segment_ord)
        .fast_fields()
        .u64("simhash")
        .ok()
        .and_then(|col| col.first(addr.doc_id))
        .unwrap_or(0)
}
