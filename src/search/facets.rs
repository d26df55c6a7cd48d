//! What the first pass of a search finds (see `matching`): which postings
//! match, how many, and their facet counts (district, work location,
//! occupation group); and the same as a tantivy collector, which reads no
//! stored document and scores nothing, to check `matching` against.
//!
//! Postings take few distinct combinations of the three facet values (a
//! few hundred in a province), so each segment keeps, beside its columns,
//! one number per posting: the place of its combination in the segment's
//! table ([`SegmentFacetKeys`]). Counting a match is then one array read
//! and one increment; the table spreads the counts over the three facets
//! once per segment at the end. The tables are kept by the generation's
//! [`SegmentCache`].

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{
    Column, ColumnIndex, ColumnValues, DynamicColumn, HasAssociatedColumnType,
};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

use super::bits::Bits;
use super::schema::{decode_digits, decode_work_location, names};
use super::segments::SegmentCache;
use super::types::{FacetCount, Facets};

/// Columns are read this many postings at a time.
const BLOCK: usize = 1_024;

/// The blocks in which a segment of `max_doc` postings is read from its
/// columns: the first posting and the length of each.
pub fn column_blocks(max_doc: u32) -> impl Iterator<Item = (u32, usize)> {
    (0..max_doc)
        .step_by(BLOCK)
        .map(move |start| (start, (max_doc - start).min(BLOCK as u32) as usize))
}

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

/// Counts of one facet by encoded value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counter(BTreeMap<u64, u64>);

impl Counter {
    fn add(&mut self, value: u64, n: u64) {
        *self.0.entry(value).or_default() += n;
    }

    fn merge(&mut self, other: Counter) {
        for (value, n) in other.0 {
            self.add(value, n);
        }
    }

    /// Facet counts, decoded, by count (descending) then value. The value
    /// 0 means "none" and is left out.
    fn to_facet_counts(&self, decode: impl Fn(u64) -> Option<String>) -> Vec<FacetCount> {
        let mut out: Vec<FacetCount> = self
            .0
            .iter()
            .filter(|&(&value, &n)| value != 0 && n > 0)
            .filter_map(|(&value, &count)| decode(value).map(|value| FacetCount { value, count }))
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

    /// Adds the counts of another part of the index.
    pub fn merge(&mut self, other: FacetTally) {
        self.total += other.total;
        self.district.merge(other.district);
        self.work_location.merge(other.work_location);
        self.occupation_group.merge(other.occupation_group);
    }
}

/// The facet values of one segment's postings: for each posting, the
/// place of its (district, work location, occupation group) in a table of
/// the combinations the segment holds.
#[derive(Debug)]
pub struct SegmentFacetKeys {
    keys: Vec<u32>,
    combinations: Vec<[u64; 3]>,
}

impl SegmentFacetKeys {
    /// Reads the three facet columns of a segment once.
    pub fn read(reader: &SegmentReader) -> tantivy::Result<Self> {
        let columns = [
            dense_column::<u64>(reader, names::DISTRICT)?,
            dense_column::<u64>(reader, names::WORK_LOCATION)?,
            dense_column::<u64>(reader, names::OCCUPATION_GROUP)?,
        ];
        let max_doc = reader.max_doc();
        let mut keys = Vec::with_capacity(max_doc as usize);
        let mut combinations = Vec::new();
        let mut places: HashMap<[u64; 3], u32> = HashMap::new();
        let mut values = [vec![0u64; BLOCK], vec![0u64; BLOCK], vec![0u64; BLOCK]];
        for (start, n) in column_blocks(max_doc) {
            for (column, out) in columns.iter().zip(values.iter_mut()) {
                column.get_range(u64::from(start), &mut out[..n]);
            }
            let [districts, locations, groups] = &values;
            let rows = districts.iter().zip(locations).zip(groups).take(n);
            for ((&district, &location), &group) in rows {
                let combination = [district, location, group];
                let key = *places.entry(combination).or_insert_with(|| {
                    combinations.push(combination);
                    (combinations.len() - 1) as u32
                });
                keys.push(key);
            }
        }
        Ok(Self { keys, combinations })
    }

    /// Counts the facets of a set of the segment's postings.
    pub fn count(&self, bits: &Bits) -> FacetTally {
        let mut counts = vec![0u32; self.combinations.len()];
        for doc in bits.iter() {
            if let Some(slot) = self
                .keys
                .get(doc as usize)
                .and_then(|&key| counts.get_mut(key as usize))
            {
                *slot += 1;
            }
        }
        self.tally(&counts)
    }

    /// Spreads counts by combination over the three facets.
    fn tally(&self, counts: &[u32]) -> FacetTally {
        let mut tally = FacetTally::default();
        for (combination, &n) in self.combinations.iter().zip(counts) {
            if n > 0 {
                let n = u64::from(n);
                tally.total += n;
                tally.district.add(combination[0], n);
                tally.work_location.add(combination[1], n);
                tally.occupation_group.add(combination[2], n);
            }
        }
        tally
    }
}

/// The postings one segment matched, as a bit set.
#[derive(Debug, Clone)]
pub struct SegmentMatches {
    pub segment_ord: SegmentOrdinal,
    bits: Bits,
    len: usize,
}

impl SegmentMatches {
    /// The matches of a segment given as a set (deleted postings already
    /// left out).
    pub fn from_bits(segment_ord: SegmentOrdinal, bits: Bits) -> Self {
        let len = bits.count();
        Self {
            segment_ord,
            bits,
            len,
        }
    }

    /// Whether `doc` matched.
    #[inline]
    pub fn contains(&self, doc: DocId) -> bool {
        self.bits.contains(doc)
    }

    /// The matches as a set.
    pub fn bits(&self) -> &Bits {
        &self.bits
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
        self.bits.iter()
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

/// Collects the matching postings and counts their facets, in a search
/// that tantivy runs.
#[derive(Debug, Clone, Copy)]
pub struct MatchCollector<'a> {
    pub cache: &'a SegmentCache,
}

/// The per-segment part of [`MatchCollector`].
pub struct MatchSegmentCollector {
    keys: Arc<SegmentFacetKeys>,
    /// Matches per combination of the segment's table.
    counts: Vec<u32>,
    segment_ord: SegmentOrdinal,
    matches: Bits,
}

impl MatchSegmentCollector {
    #[inline]
    fn count(&mut self, doc: DocId) {
        if let Some(slot) = self
            .keys
            .keys
            .get(doc as usize)
            .and_then(|&key| self.counts.get_mut(key as usize))
        {
            *slot += 1;
        }
    }
}

impl Collector for MatchCollector<'_> {
    type Fruit = Matches;
    type Child = MatchSegmentCollector;

    fn for_segment(
        &self,
        segment_local_id: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        let keys = self.cache.facet_keys(segment)?;
        Ok(MatchSegmentCollector {
            counts: vec![0; keys.combinations.len()],
            keys,
            segment_ord: segment_local_id,
            matches: Bits::empty(segment.max_doc()),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, segment_fruits: Vec<Matches>) -> tantivy::Result<Matches> {
        let mut all = Matches::default();
        for fruit in segment_fruits {
            all.tally.merge(fruit.tally);
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
        self.count(doc);
        self.matches.insert_sorted(&[doc]);
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        for &doc in docs {
            self.count(doc);
        }
        self.matches.insert_sorted(docs);
    }

    fn harvest(self) -> Matches {
        Matches {
            tally: self.keys.tally(&self.counts),
            segments: vec![SegmentMatches::from_bits(self.segment_ord, self.matches)],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_merge_and_sort() {
        let mut a = Counter::default();
        for v in [1, 1, 2, 0, 9, 9, 9] {
            a.add(v, 1);
        }
        let mut b = Counter::default();
        b.add(2, 2);
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
