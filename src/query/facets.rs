//! Matching documents → counts per value of a field (speaker, source) or per calendar month or
//! year of their date, read from fast fields in one pass over the matches.
//!
//! A custom collector rather than tantivy's aggregations: its `date_histogram` buckets by fixed
//! intervals, so "month" would be 30-day windows, not calendar months; and the same collector
//! also gives each value its first and last date, which `speakers` needs.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::index::SegmentReader;
use tantivy::query::Query;
use tantivy::{DocId, Score, Searcher};

use crate::error::{Error, QueryError};
use crate::index::{tantivy_err, NewsIndex};

/// Values shown per facet.
const TOP_VALUES: usize = 20;

/// What to count the matching hits by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FacetKind {
    Speaker,
    Source,
    Month,
    Year,
}

impl FacetKind {
    pub fn name(self) -> &'static str {
        match self {
            FacetKind::Speaker => "speaker",
            FacetKind::Source => "source",
            FacetKind::Month => "date:month",
            FacetKind::Year => "date:year",
        }
    }
}

impl FromStr for FacetKind {
    type Err = QueryError;

    fn from_str(s: &str) -> Result<FacetKind, QueryError> {
        match s.to_lowercase().as_str() {
            "speaker" => Ok(FacetKind::Speaker),
            "source" | "site" => Ok(FacetKind::Source),
            "date:month" | "month" | "date" => Ok(FacetKind::Month),
            "date:year" | "year" => Ok(FacetKind::Year),
            _ => Err(QueryError::Syntax(format!(
                "unknown facet '{s}' (facets: speaker, source, date:month, date:year)"
            ))),
        }
    }
}

/// Counts for one facet: values by count (speaker, source) or in date order (month, year).
#[derive(Debug, Clone, Serialize)]
pub struct FacetCounts {
    pub facet: &'static str,
    pub counts: Vec<FacetValue>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct FacetValue {
    pub value: String,
    pub count: u64,
}

/// Per value: how many matches, and the first and last date among them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct KeyStats {
    pub count: u64,
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
}

impl KeyStats {
    pub(crate) fn merge(&mut self, other: KeyStats) {
        self.count += other.count;
        for d in [other.first, other.last].into_iter().flatten() {
            self.first = Some(self.first.map_or(d, |f| f.min(d)));
            self.last = Some(self.last.map_or(d, |l| l.max(d)));
        }
    }
}

/// Computes each requested facet over every document `query` matches, all in one pass.
pub fn count(
    index: &NewsIndex,
    searcher: &Searcher,
    query: &dyn Query,
    kinds: &[FacetKind],
) -> Result<Vec<FacetCounts>, Error> {
    if kinds.is_empty() {
        return Ok(Vec::new());
    }
    let all = search(index, searcher, query, kinds)?;
    Ok(kinds
        .iter()
        .zip(all)
        .map(|(&kind, stats)| {
            let mut counts: Vec<FacetValue> = stats
                .into_iter()
                .map(|(value, s)| FacetValue {
                    value,
                    count: s.count,
                })
                .collect();
            match kind {
                FacetKind::Month | FacetKind::Year => counts.sort_by(|a, b| a.value.cmp(&b.value)),
                _ => {
                    counts.sort_by(|a, b| b.count.cmp(&a.count).then(a.value.cmp(&b.value)));
                    counts.truncate(TOP_VALUES);
                }
            }
            FacetCounts {
                facet: kind.name(),
                counts,
            }
        })
        .collect())
}

/// Every value of `kind` among the matches, with its stats. Documents without a value (no
/// speaker, no date) are not counted.
pub fn collect(
    index: &NewsIndex,
    searcher: &Searcher,
    query: &dyn Query,
    kind: FacetKind,
) -> Result<HashMap<String, KeyStats>, Error> {
    Ok(search(index, searcher, query, &[kind])?
        .pop()
        .unwrap_or_default())
}

fn search(
    index: &NewsIndex,
    searcher: &Searcher,
    query: &dyn Query,
    kinds: &[FacetKind],
) -> Result<Vec<HashMap<String, KeyStats>>, Error> {
    searcher
        .search(
            query,
            &KeyCollector {
                kinds: kinds.to_vec(),
            },
        )
        .map_err(|e| tantivy_err(&index.path, e).into())
}

/// Hashes the u64 keys of the per-segment tables (term ordinals, day numbers) with one multiply:
/// they are small distinct integers, and SipHash cost more than the query on common-word
/// searches over a million articles.
#[derive(Default, Clone, Copy)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

type KeyTable = HashMap<u64, DayStats, BuildHasherDefault<KeyHasher>>;

/// `KeyStats` while a segment is collected: dates as day numbers, converted once at harvest.
#[derive(Clone, Copy)]
struct DayStats {
    count: u64,
    first: i64,
    last: i64,
}

impl Default for DayStats {
    fn default() -> Self {
        DayStats {
            count: 0,
            first: i64::MAX,
            last: i64::MIN,
        }
    }
}

impl DayStats {
    fn add(&mut self, day: Option<i64>) {
        self.count += 1;
        if let Some(d) = day {
            self.first = self.first.min(d);
            self.last = self.last.max(d);
        }
    }

    fn into_key_stats(self) -> KeyStats {
        let dated = self.first <= self.last;
        KeyStats {
            count: self.count,
            first: dated.then(|| day_to_date(self.first)).flatten(),
            last: dated.then(|| day_to_date(self.last)).flatten(),
        }
    }
}

struct KeyCollector {
    kinds: Vec<FacetKind>,
}

/// Where one facet's key comes from: a string column's term ordinal, or the day of the date
/// (days fold into months or years at harvest: a segment holds a few thousand distinct days,
/// so converting per day rather than per document saves the calendar arithmetic).
enum KeySource {
    Str(Option<StrColumn>),
    Date,
}

struct KindKeys {
    kind: FacetKind,
    source: KeySource,
    stats: KeyTable,
}

struct SegmentKeys {
    kinds: Vec<KindKeys>,
    dates: Column<tantivy::DateTime>,
}

impl Collector for KeyCollector {
    type Fruit = Vec<HashMap<String, KeyStats>>;
    type Child = SegmentKeys;

    fn for_segment(&self, _: u32, reader: &SegmentReader) -> tantivy::Result<SegmentKeys> {
        let fast = reader.fast_fields();
        let kinds = self
            .kinds
            .iter()
            .map(|&kind| {
                let source = match kind {
                    FacetKind::Speaker => KeySource::Str(fast.str("speaker_key")?),
                    FacetKind::Source => KeySource::Str(fast.str("site")?),
                    FacetKind::Month | FacetKind::Year => KeySource::Date,
                };
                Ok(KindKeys {
                    kind,
                    source,
                    stats: KeyTable::default(),
                })
            })
            .collect::<tantivy::Result<Vec<_>>>()?;
        Ok(SegmentKeys {
            kinds,
            dates: fast.date("date")?,
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Self::Fruit>) -> tantivy::Result<Self::Fruit> {
        let mut all: Vec<HashMap<String, KeyStats>> = vec![HashMap::new(); self.kinds.len()];
        for fruit in fruits {
            for (merged, one) in all.iter_mut().zip(fruit) {
                for (k, s) in one {
                    merged.entry(k).or_default().merge(s);
                }
            }
        }
        Ok(all)
    }
}

impl SegmentCollector for SegmentKeys {
    type Fruit = Vec<HashMap<String, KeyStats>>;

    fn collect(&mut self, doc: DocId, _: Score) {
        let day = self.dates.first(doc).map(day_number);
        for keys in &mut self.kinds {
            match &keys.source {
                KeySource::Str(Some(col)) => {
                    for ord in col.term_ords(doc) {
                        keys.stats.entry(ord).or_default().add(day);
                    }
                }
                KeySource::Str(None) => {}
                KeySource::Date => {
                    if let Some(d) = day {
                        keys.stats.entry(d as u64).or_default().add(Some(d));
                    }
                }
            }
        }
    }

    fn harvest(self) -> Self::Fruit {
        self.kinds.into_iter().map(KindKeys::harvest).collect()
    }
}

impl KindKeys {
    fn harvest(self) -> HashMap<String, KeyStats> {
        let mut stats: Vec<(u64, DayStats)> = self.stats.into_iter().collect();
        stats.sort_unstable_by_key(|&(key, _)| key);
        let names: Vec<Option<String>> = match (&self.source, self.kind) {
            (KeySource::Str(Some(col)), _) => ord_names(col, &stats),
            (_, kind) => stats
                .iter()
                .map(|&(key, _)| {
                    let d = day_to_date(key as i64)?;
                    Some(match kind {
                        FacetKind::Year => format!("{:04}", d.year()),
                        _ => format!("{:04}-{:02}", d.year(), d.month()),
                    })
                })
                .collect(),
        };
        let mut out = HashMap::with_capacity(stats.len());
        for ((_, stats), name) in stats.into_iter().zip(names) {
            if let Some(name) = name {
                out.entry(name)
                    .or_insert_with(KeyStats::default)
                    .merge(stats.into_key_stats());
            }
        }
        out
    }
}

/// The strings of `stats`' term ordinals (sorted), `None` for one the dictionary lacks.
///
/// One pass through the dictionary for all of them: looking each ordinal up on its own
/// decompresses its dictionary block again every time, which made a speaker facet over ~30,000
/// quotes (a few thousand speakers) take 250 ms instead of a few.
fn ord_names(col: &StrColumn, stats: &[(u64, DayStats)]) -> Vec<Option<String>> {
    let ords: Vec<u64> = stats.iter().map(|&(ord, _)| ord).collect();
    let mut names = Vec::with_capacity(ords.len());
    let all_found = col
        .dictionary()
        .sorted_ords_to_term_cb(&ords, |bytes| {
            names.push(std::str::from_utf8(bytes).ok().map(str::to_string));
        })
        .unwrap_or(false);
    if all_found && names.len() == ords.len() {
        return names;
    }
    // Some ordinal is missing (a corrupt segment): look each up alone, dropping the missing.
    ords.iter()
        .map(|&ord| {
            let mut s = String::new();
            matches!(col.ord_to_str(ord, &mut s), Ok(true)).then_some(s)
        })
        .collect()
}

/// Days since 1970-01-01 (negative before): the per-segment key of a date.
fn day_number(dt: tantivy::DateTime) -> i64 {
    dt.into_timestamp_secs().div_euclid(86_400)
}

fn day_to_date(day: i64) -> Option<NaiveDate> {
    chrono::DateTime::from_timestamp(day.checked_mul(86_400)?, 0).map(|d| d.date_naive())
}
