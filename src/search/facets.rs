//! The first pass of a search: which postings match, how many, and their
//! facet counts (district, work location, occupation group), with a
//! tantivy collector that reads the u64 fast-field columns directly: no
//! stored document is loaded and nothing is scored.
//!
//! The codes are small numbers (see `schema`), so counting is an array
//! increment per posting and column; values beyond the array (codes of
//! unexpected width) go to a map.

use std::collections::HashMap;
use std::sync::Arc;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{
    Column, ColumnIndex, ColumnValues, DynamicColumn, HasAssociatedColumnType,
};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use super::schema::{decode_digits, decode_work_location, names};
use super::types::{FacetCount, Facets};

/// Docs are read from the columns in blocks of this many.
const BLOCK: usize = 64;

/// Reads a single-valued fast field as a plain column of values, with the
/// default value for postings that lack one. Every posting has a value in
/// every column, so this is the direct "full" column.
pub fn dense_column<T>(
    reader: &SegmentReader,
    field: &str,
) -> tantivy::Result<Arc<dyn ColumnValues<T>>>
where
    T: HasAssociatedColumnType + Default,
    DynamicColumn: Into<Option<Column<T>>>,
{
    let fast_fields = reader.fast_fields();
    let column = fast_fields.column_opt::<T>(field)?;
    Ok(match column {
        Some(column) => match column.index {
            ColumnIndex::Full => column.values,
            _ => column.first_or_default_col(T::default_value()),
        },
        None => Column::<T>::build_empty_column(reader.max_doc())
            .first_or_default_col(T::default_value()),
    })
}

/// Counts of one facet: an array for small codes, a map for the rest.
#[derive(Debug, Clone, Default)]
pub struct Counter {
    dense: Vec<u64>,
    sparse: HashMap<u64, u64>,
    /// Scratch lanes for [`Counter::add_all`]: counting a run of equal
    /// values into one slot makes every increment wait for the previous
    /// one, so four lanes are counted in turn and summed at the end.
    lanes: Vec<[u32; LANES]>,
}

const LANES: usize = 4;

impl Counter {
    fn with_dense(len: usize) -> Self {
        Self {
            dense: vec![0; len],
            sparse: HashMap::new(),
            lanes: vec![[0; LANES]; len],
        }
    }

    #[inline]
    fn add(&mut self, value: u64) {
        match usize::try_from(value)
            .ok()
            .and_then(|i| self.dense.get_mut(i))
        {
            Some(slot) => *slot += 1,
            None => *self.sparse.entry(value).or_default() += 1,
        }
    }

    /// Counts a block of values (at most `u32::MAX` before
    /// [`Counter::settle`]).
    #[inline]
    fn add_all(&mut self, values: &[u64]) {
        let mut chunks = values.chunks_exact(LANES);
        for chunk in &mut chunks {
            for (lane, &value) in chunk.iter().enumerate() {
                match usize::try_from(value)
                    .ok()
                    .and_then(|i| self.lanes.get_mut(i))
                {
                    Some(slot) => slot[lane] += 1,
                    None => *self.sparse.entry(value).or_default() += 1,
                }
            }
        }
        for &value in chunks.remainder() {
            self.add(value);
        }
    }

    /// Moves the lane counts into the totals.
    fn settle(&mut self) {
        for (slot, lanes) in self.dense.iter_mut().zip(self.lanes.iter_mut()) {
            *slot += lanes.iter().map(|&n| u64::from(n)).sum::<u64>();
            *lanes = [0; LANES];
        }
    }

    fn merge(&mut self, mut other: Counter) {
        other.settle();
        if self.dense.len() < other.dense.len() {
            self.dense.resize(other.dense.len(), 0);
        }
        for (slot, n) in self.dense.iter_mut().zip(other.dense) {
            *slot += n;
        }
        for (value, n) in other.sparse {
            *self.sparse.entry(value).or_default() += n;
        }
    }

    /// Non-zero counts of real values (0 means "none" and is left out).
    fn entries(&self) -> impl Iterator<Item = (u64, u64)> + '_ {
        self.dense
            .iter()
            .enumerate()
            .filter(|&(value, &n)| value != 0 && n > 0)
            .map(|(value, &n)| (value as u64, n))
            .chain(
                self.sparse
                    .iter()
                    .filter(|&(&value, &n)| value != 0 && n > 0)
                    .map(|(&value, &n)| (value, n)),
            )
    }

    /// Facet counts, decoded, by count (descending) then value.
    fn to_facet_counts(&self, decode: impl Fn(u64) -> Option<String>) -> Vec<FacetCount> {
        let mut out: Vec<FacetCount> = self
            .entries()
            .filter_map(|(value, count)| decode(value).map(|value| FacetCount { value, count }))
            .collect();
        out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
        out
    }
}

/// What the facet collector finds: the number of matching postings and
/// the raw counts.
#[derive(Debug, Clone, Default)]
pub struct FacetTally {
    pub total: u64,
    pub district: Counter,
    pub work_location: Counter,
    pub occupation_group: Counter,
}

impl FacetTally {
    /// The counts as the search contract shows them.
    pub fn facets(&self) -> Facets {
        Facets {
            district: self.district.to_facet_counts(decode_digits),
            work_location: self
                .work_location
                .to_facet_counts(|v| decode_work_location(v).map(|l| l.as_str().to_string())),
            occupation_group: self.occupation_group.to_facet_counts(decode_digits),
        }
    }
}

// Array sizes: district codes have three digits (encoded 1000..=1999),
// groups one digit (10..=19), work locations are 1..=3.
const DISTRICT_DENSE: usize = 2_000;
const WORK_LOCATION_DENSE: usize = 8;
const GROUP_DENSE: usize = 20;

/// The postings one segment matched, as a bit set.
#[derive(Debug, Clone)]
pub struct SegmentMatches {
    pub segment_ord: SegmentOrdinal,
    bits: Vec<u64>,
    len: usize,
}

impl SegmentMatches {
    fn new(segment_ord: SegmentOrdinal, max_doc: u32) -> Self {
        Self {
            segment_ord,
            bits: vec![0; (max_doc as usize).div_ceil(64)],
            len: 0,
        }
    }

    /// Adds a block of documents in increasing order, one write per word.
    fn insert_sorted(&mut self, docs: &[DocId]) {
        self.len += docs.len();
        let mut word_index = usize::MAX;
        let mut word = 0u64;
        for &doc in docs {
            let index = (doc / 64) as usize;
            if index != word_index {
                if let Some(slot) = self.bits.get_mut(word_index) {
                    *slot |= word;
                }
                word_index = index;
                word = 0;
            }
            word |= 1 << (doc % 64);
        }
        if let Some(slot) = self.bits.get_mut(word_index) {
            *slot |= word;
        }
    }

    /// Whether `doc` matched.
    #[inline]
    pub fn contains(&self, doc: DocId) -> bool {
        self.bits
            .get((doc / 64) as usize)
            .is_some_and(|word| word & (1 << (doc % 64)) != 0)
    }

    /// Number of matched documents.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether nothing matched.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The matched documents in increasing order.
    pub fn iter(&self) -> impl Iterator<Item = DocId> + '_ {
        self.bits.iter().enumerate().flat_map(|(index, &word)| {
            let base = (index as u64 * 64) as DocId;
            let mut rest = word;
            std::iter::from_fn(move || {
                if rest == 0 {
                    return None;
                }
                let bit = rest.trailing_zeros();
                rest &= rest - 1;
                Some(base + bit)
            })
        })
    }
}

/// Everything the first pass finds.
#[derive(Debug, Clone, Default)]
pub struct Matches {
    pub tally: FacetTally,
    /// One entry per segment with matches, in segment order.
    pub segments: Vec<SegmentMatches>,
}

impl Matches {
    /// The matches of a segment.
    pub fn segment(&self, segment_ord: SegmentOrdinal) -> Option<&SegmentMatches> {
        self.segments.iter().find(|s| s.segment_ord == segment_ord)
    }
}

/// Collects the matching postings and counts their facets.
#[derive(Debug, Clone, Copy, Default)]
pub struct MatchCollector;

/// The per-segment part of [`MatchCollector`].
pub struct MatchSegmentCollector {
    district: Arc<dyn ColumnValues<u64>>,
    work_location: Arc<dyn ColumnValues<u64>>,
    occupation_group: Arc<dyn ColumnValues<u64>>,
    tally: FacetTally,
    matches: SegmentMatches,
    pending: Vec<DocId>,
    values: Vec<u64>,
}

impl MatchSegmentCollector {
    fn flush(&mut self) {
        if self.pending.is_empty() {
            return;
        }
        let n = self.pending.len();
        self.tally.total += n as u64;
        let values = &mut self.values[..n];
        for (column, counter) in [
            (&self.district, &mut self.tally.district),
            (&self.work_location, &mut self.tally.work_location),
            (&self.occupation_group, &mut self.tally.occupation_group),
        ] {
            column.get_vals(&self.pending, values);
            counter.add_all(values);
        }
        self.matches.insert_sorted(&self.pending);
        self.pending.clear();
    }
}

impl Collector for MatchCollector {
    type Fruit = Matches;
    type Child = MatchSegmentCollector;

    fn for_segment(
        &self,
        segment_local_id: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        Ok(MatchSegmentCollector {
            district: dense_column::<u64>(segment, names::DISTRICT)?,
            work_location: dense_column::<u64>(segment, names::WORK_LOCATION)?,
            occupation_group: dense_column::<u64>(segment, names::OCCUPATION_GROUP)?,
            tally: FacetTally {
                total: 0,
                district: Counter::with_dense(DISTRICT_DENSE),
                work_location: Counter::with_dense(WORK_LOCATION_DENSE),
                occupation_group: Counter::with_dense(GROUP_DENSE),
            },
            matches: SegmentMatches::new(segment_local_id, segment.max_doc()),
            pending: Vec::with_capacity(BLOCK),
            values: vec![0; BLOCK],
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, segment_fruits: Vec<Matches>) -> tantivy::Result<Matches> {
        let mut all = Matches::default();
        for fruit in segment_fruits {
            let tally = fruit.tally;
            all.tally.total += tally.total;
            all.tally.district.merge(tally.district);
            all.tally.work_location.merge(tally.work_location);
            all.tally.occupation_group.merge(tally.occupation_group);
            all.segments
                .extend(fruit.segments.into_iter().filter(|s| !s.is_empty()));
        }
        all.segments.sort_by_key(|s| s.segment_ord);
        Ok(all)
    }
}

impl SegmentCollector for MatchSegmentCollector {
    type Fruit = Matches;

    #[inline]
    fn collect(&mut self, doc: DocId, _score: Score) {
        self.pending.push(doc);
        if self.pending.len() == BLOCK {
            self.flush();
        }
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        for chunk in docs.chunks(BLOCK) {
            self.flush();
            self.pending.extend_from_slice(chunk);
            self.flush();
        }
    }

    fn harvest(mut self) -> Matches {
        self.flush();
        self.tally.district.settle();
        self.tally.work_location.settle();
        self.tally.occupation_group.settle();
        Matches {
            tally: self.tally,
            segments: vec![self.matches],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_merge_and_sort() {
        let mut a = Counter::with_dense(4);
        for v in [1, 1, 2, 0, 9, 9, 9] {
            a.add(v);
        }
        let mut b = Counter::with_dense(4);
        b.add(2);
        b.add(2);
        a.merge(b);
        let counts = a.to_facet_counts(|v| Some(v.to_string()));
        let pairs: Vec<(&str, u64)> = counts.iter().map(|c| (c.value.as_str(), c.count)).collect();
        assert_eq!(pairs, [("2", 3), ("9", 3), ("1", 2)]);
    }
}

#[cfg(test)]
mod search_tests {
    use std::collections::BTreeMap;

    use crate::search::testkit::*;
    use crate::search::types::{FacetCount, SearchRequest};

    fn pairs(counts: &[FacetCount]) -> Vec<(&str, u64)> {
        counts.iter().map(|c| (c.value.as_str(), c.count)).collect()
    }

    #[test]
    fn facets_count_every_match_not_just_the_page() {
        let index = corpus_index();
        let results = index
            .search(&SearchRequest {
                per_page: 1,
                ..request("")
            })
            .expect("search");
        assert_eq!(results.items.len(), 1);
        assert_eq!(results.total as usize, POSTINGS.len());

        let docs = corpus();
        let mut districts: BTreeMap<String, u64> = BTreeMap::new();
        let mut groups: BTreeMap<String, u64> = BTreeMap::new();
        let mut locations: BTreeMap<String, u64> = BTreeMap::new();
        for d in &docs {
            if let Some(code) = &d.district_code {
                *districts.entry(code.clone()).or_default() += 1;
            }
            if let Some(group) = &d.occupation_group {
                *groups.entry(group.clone()).or_default() += 1;
            }
            *locations
                .entry(d.work_location.as_str().to_string())
                .or_default() += 1;
        }
        let sorted = |map: BTreeMap<String, u64>| {
            let mut v: Vec<(String, u64)> = map.into_iter().collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            v
        };
        let as_owned = |counts: &[FacetCount]| -> Vec<(String, u64)> {
            counts.iter().map(|c| (c.value.clone(), c.count)).collect()
        };
        assert_eq!(as_owned(&results.facets.district), sorted(districts));
        assert_eq!(as_owned(&results.facets.occupation_group), sorted(groups));
        assert_eq!(as_owned(&results.facets.work_location), sorted(locations));
        assert_eq!(results.facets.district[0].value, "080");
    }

    #[test]
    fn facets_follow_the_query_and_filters() {
        let index = corpus_index();
        let results = index.search(&request("công nhân may")).expect("search");
        let location_total: u64 = results.facets.work_location.iter().map(|c| c.count).sum();
        assert_eq!(location_total, results.total);
        assert_eq!(
            pairs(&results.facets.occupation_group)[0],
            ("8", results.facets.occupation_group[0].count)
        );

        let abroad = index.search(&request("lao động")).expect("search");
        assert!(
            abroad
                .facets
                .work_location
                .iter()
                .any(|c| c.value == "abroad")
        );
        // Postings abroad have no district: the district counts cover only
        // the postings in the province.
        let in_province: u64 = abroad
            .facets
            .work_location
            .iter()
            .filter(|c| c.value == "in_province")
            .map(|c| c.count)
            .sum();
        let district_total: u64 = abroad.facets.district.iter().map(|c| c.count).sum();
        assert_eq!(district_total, in_province);

        let none = index.search(&request("xyzabc")).expect("search");
        assert_eq!(none.total, 0);
        assert!(none.facets.district.is_empty());
        assert!(none.facets.work_location.is_empty());
        assert!(none.facets.occupation_group.is_empty());
    }

    #[test]
    fn facets_add_up_across_segments() {
        // Several commits make several segments; counts must merge.
        let index = crate::search::SearchIndex::in_ram().expect("index");
        let docs = corpus();
        for (seq, chunk) in docs.chunks(10).enumerate() {
            index.apply(chunk, &[], seq as i64).expect("apply");
        }
        let results = index.search(&request("")).expect("search");
        assert_eq!(results.total as usize, docs.len());
        let sum: u64 = results.facets.work_location.iter().map(|c| c.count).sum();
        assert_eq!(sum as usize, docs.len());
        let single = corpus_index().search(&request("")).expect("search");
        assert_eq!(single.facets, results.facets);
    }
}
