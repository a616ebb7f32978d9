//! Which segments tantivy merges while indexing: segment metas in, merge candidates out.
//!
//! Merging reads its input segments through mmap, and every page read counts towards the
//! process's resident memory. Tantivy's `LogMergePolicy` merges a whole size level at once (its
//! document cap limits the inputs, not a merge's total), so at the end of a long run it merges
//! most of the index in one go: 1.2 GiB peak RSS at 300k articles, 820 MiB of it mapped segment
//! files. Here a merge takes at least `MIN_SEGMENTS` of the smallest segments and stops before
//! `MAX_DOCS` documents, so what a merge reads is bounded by a constant, not by the corpus; a
//! million articles (about 3.8M documents) end as a few dozen segments, which searches barely feel.

use tantivy::indexer::{MergeCandidate, MergePolicy};
use tantivy::SegmentMeta;

/// Documents in one merged segment at most (~280 MB of index for news articles and quotes).
const MAX_DOCS: u64 = 250_000;
/// Fewer small segments than this are left alone: merging two tiny segments again and again
/// after every commit would cost more than it saves.
const MIN_SEGMENTS: usize = 4;
/// A segment with more than this share of deleted documents (re-indexed files) is rewritten.
const MAX_DELETED_SHARE: f64 = 0.3;

#[derive(Debug, Default)]
pub struct BoundedMerges;

impl MergePolicy for BoundedMerges {
    fn compute_merge_candidates(&self, segments: &[SegmentMeta]) -> Vec<MergeCandidate> {
        let mut candidates = Vec::new();
        let mut small: Vec<&SegmentMeta> = Vec::new();
        for segment in segments {
            let live = u64::from(segment.num_docs());
            if live * 2 < MAX_DOCS {
                small.push(segment);
            } else if deleted_share(segment) > MAX_DELETED_SHARE {
                candidates.push(MergeCandidate(vec![segment.id()]));
            }
        }
        small.sort_by_key(|s| s.num_docs());
        let mut group = Vec::new();
        let mut docs = 0u64;
        for segment in small {
            let live = u64::from(segment.num_docs());
            if docs + live > MAX_DOCS {
                if group.len() >= MIN_SEGMENTS {
                    candidates.push(MergeCandidate(std::mem::take(&mut group)));
                }
                group.clear();
                docs = 0;
            }
            group.push(segment.id());
            docs += live;
        }
        if group.len() >= MIN_SEGMENTS {
            candidates.push(MergeCandidate(group));
        }
        candidates
    }
}

fn deleted_share(segment: &SegmentMeta) -> f64 {
    match segment.max_doc() {
        0 => 0.0,
        max => f64::from(segment.num_deleted_docs()) / f64::from(max),
    }
}

#[cfg(test)]
mod tests {
    use tantivy::index::SegmentId;
    use tantivy::schema::Schema;
    use tantivy::Index;

    use super::*;

    fn metas(index: &Index, sizes: &[u32]) -> Vec<SegmentMeta> {
        sizes
            .iter()
            .map(|&n| index.new_segment_meta(SegmentId::generate_random(), n))
            .collect()
    }

    #[test]
    fn merges_stay_under_the_document_cap() {
        let index = Index::create_in_ram(Schema::builder().build());
        // Ten flushed segments of 40k and one already-merged segment of 240k documents.
        let segments = metas(
            &index,
            &[40_000; 10]
                .iter()
                .copied()
                .chain([240_000])
                .collect::<Vec<_>>(),
        );
        let docs = |c: &MergeCandidate| -> u64 {
            segments
                .iter()
                .filter(|s| c.0.contains(&s.id()))
                .map(|s| u64::from(s.num_docs()))
                .sum()
        };
        let candidates = BoundedMerges.compute_merge_candidates(&segments);
        assert_eq!(candidates.len(), 2, "{candidates:?}");
        assert!(candidates.iter().all(|c| docs(c) <= MAX_DOCS));
        assert!(candidates.iter().all(|c| c.0.len() >= MIN_SEGMENTS));
        let big = segments[10].id();
        assert!(
            candidates.iter().all(|c| !c.0.contains(&big)),
            "a full segment is left alone"
        );
    }

    #[test]
    fn a_few_small_segments_wait() {
        let index = Index::create_in_ram(Schema::builder().build());
        let segments = metas(&index, &[1_000, 2_000, 3_000]);
        assert!(BoundedMerges.compute_merge_candidates(&segments).is_empty());
    }
}
