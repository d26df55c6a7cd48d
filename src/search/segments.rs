//! What the index keeps in memory beside each segment, computed once per
//! segment (segments never change) and shared by every search:
//!
//! - the facet keys of its postings ([`SegmentFacetKeys`]), so that the
//!   first pass counts facets with one array read per match;
//! - for the current day, the set of its postings whose application
//!   deadline has not passed, so that the filter every public search
//!   carries ("still open today") is a bit set instead of a scan of the
//!   deadline column.
//!
//! [`SegmentCache`] is also a tantivy [`Warmer`]: every reload of the
//! reader computes what new segments need and forgets the segments no
//! searcher holds any more. A search that finds nothing computed (a
//! segment the warmer has not seen, a new day) computes it then.
//!
//! The "posted since" filter needs nothing kept: segments hold their
//! postings newest first, so the postings recent enough are a prefix of
//! each segment, found by binary search ([`published_since_query`]).

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use tantivy::columnar::ColumnValues;
use tantivy::fieldnorm::FieldNormReader;
use tantivy::index::SegmentId;
use tantivy::postings::Postings;
use tantivy::query::{
    AllScorer, ConstScorer, EmptyScorer, EnableScoring, Explanation, Query, Scorer, Weight,
};
use tantivy::schema::IndexRecordOption;
use tantivy::{
    DocId, DocSet, Score, Searcher, SearcherGeneration, SegmentReader, TERMINATED, Term, Warmer,
};

use super::bits::{Bits, BitsDocSet};
use super::facets::{SegmentFacetKeys, column_blocks, dense_column};
use super::schema::names;

/// Which postings of a segment are open on a day.
#[derive(Debug)]
pub enum Open {
    Every,
    Only(Arc<Bits>),
    Nothing,
}

/// How much memory the sets of remembered clauses may take, in bytes:
/// about 600 sets of a million-posting index, enough for the words and
/// filters that searches keep asking for.
pub const CLAUSE_CACHE_BYTES: usize = 64 << 20;

/// How many term ceilings (see [`SegmentCache::term_ceiling`]) are kept
/// at most; past that the least recently used half is forgotten, and
/// computed again if asked for.
const MAX_CEILINGS: usize = 100_000;

/// What a term can add at most to a posting's score in a segment: for each
/// length of the field (as a fieldnorm id) that a posting with the term
/// has, the highest frequency of the term among such postings, keeping
/// only the lengths where that frequency beats every shorter one (a longer
/// field with no more occurrences scores less).
pub type Ceiling = Arc<[(u8, u32)]>;

/// Per-segment data of an index generation (see the module
/// documentation).
#[derive(Debug)]
pub struct SegmentCache {
    facet_keys: Mutex<HashMap<SegmentId, Arc<SegmentFacetKeys>>>,
    /// The day and its open postings, per segment: only the latest day
    /// asked for is kept.
    open: Mutex<HashMap<SegmentId, (i64, Arc<Open>)>>,
    clauses: Mutex<ClauseSets>,
    clause_budget: usize,
    ceilings: Mutex<Ceilings>,
    published: Mutex<HashMap<SegmentId, Published>>,
    sort_columns: Mutex<HashMap<SegmentId, SortColumns>>,
}

/// The columns that rankings by date and by pay read besides the
/// publication times (see [`Published`]), opened once per segment.
#[derive(Clone)]
pub struct SortColumns {
    /// The postings' ids, the last tie-break by date.
    pub id: Arc<dyn ColumnValues<i64>>,
    /// The top of each posting's pay range (see `names::SALARY_TOP`).
    pub pay: Arc<dyn ColumnValues<u64>>,
}

impl std::fmt::Debug for SortColumns {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SortColumns")
            .field("postings", &self.id.num_vals())
            .finish()
    }
}

/// The publication times of a segment's postings, as a column opened
/// once: opening it reads the column's block metadata, which every
/// search by relevance or "posted since" would otherwise do again.
#[derive(Clone)]
pub struct Published(Arc<dyn ColumnValues<i64>>);

impl Published {
    /// The publication time of a posting.
    #[inline]
    pub fn get(&self, doc: DocId) -> i64 {
        self.0.get_val(doc)
    }

    /// The latest publication time of the segment.
    pub fn newest(&self) -> i64 {
        self.0.max_value()
    }

    /// The column itself, for reading in blocks.
    pub fn values(&self) -> &dyn ColumnValues<i64> {
        &*self.0
    }
}

impl std::fmt::Debug for Published {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Published")
            .field("postings", &self.0.num_vals())
            .finish()
    }
}

impl Default for SegmentCache {
    fn default() -> Self {
        Self::with_clause_budget(CLAUSE_CACHE_BYTES)
    }
}

/// The term ceilings known, per segment and term, with the least recently
/// used forgotten first once there are more than a limit.
#[derive(Debug, Default)]
struct Ceilings {
    terms: HashMap<SegmentId, HashMap<Term, (Ceiling, u64)>>,
    count: usize,
    clock: u64,
}

impl Ceilings {
    fn get(&mut self, id: SegmentId, term: &Term) -> Option<Ceiling> {
        self.clock += 1;
        let (ceiling, used) = self.terms.get_mut(&id)?.get_mut(term)?;
        *used = self.clock;
        Some(Arc::clone(ceiling))
    }

    /// Keeps `ceiling`; past `limit` ceilings, forgets the least recently
    /// used until half of `limit` remain.
    fn insert(&mut self, id: SegmentId, term: &Term, ceiling: Ceiling, limit: usize) {
        self.clock += 1;
        let kept = (ceiling, self.clock);
        if self
            .terms
            .entry(id)
            .or_default()
            .insert(term.clone(), kept)
            .is_none()
        {
            self.count += 1;
        }
        if self.count > limit {
            let mut ages: Vec<u64> = self
                .terms
                .values()
                .flat_map(|terms| terms.values().map(|(_, used)| *used))
                .collect();
            let keep = limit / 2;
            // Every use has its own tick: the `keep` most recent are those
            // at or after the `keep`-th newest tick.
            let cut = match keep.checked_sub(1) {
                Some(last) if last < ages.len() => {
                    let (_, &mut tick, _) = ages.select_nth_unstable_by(last, |a, b| b.cmp(a));
                    tick
                }
                _ => 0,
            };
            for terms in self.terms.values_mut() {
                terms.retain(|_, (_, used)| *used >= cut);
            }
            self.terms.retain(|_, terms| !terms.is_empty());
            self.count = self.terms.values().map(HashMap::len).sum();
        }
    }

    fn retain_segments(&mut self, live: &HashSet<SegmentId>) {
        self.terms.retain(|id, _| live.contains(id));
        self.count = self.terms.values().map(HashMap::len).sum();
    }
}

/// The remembered clause sets, per segment and clause, with the least
/// recently used forgotten first once they outgrow the budget.
#[derive(Debug, Default)]
struct ClauseSets {
    sets: HashMap<SegmentId, HashMap<String, Kept>>,
    bytes: usize,
    clock: u64,
}

#[derive(Debug)]
struct Kept {
    bits: Arc<Bits>,
    used: u64,
}

impl ClauseSets {
    fn get(&mut self, id: SegmentId, key: &str) -> Option<Arc<Bits>> {
        self.clock += 1;
        let now = self.clock;
        let kept = self.sets.get_mut(&id)?.get_mut(key)?;
        kept.used = now;
        Some(Arc::clone(&kept.bits))
    }

    fn insert(&mut self, id: SegmentId, key: &str, bits: Arc<Bits>, budget: usize) {
        self.clock += 1;
        let kept = Kept {
            used: self.clock,
            bits,
        };
        self.bytes += kept.bits.bytes();
        if let Some(old) = self
            .sets
            .entry(id)
            .or_default()
            .insert(key.to_owned(), kept)
        {
            self.bytes -= old.bits.bytes();
        }
        if self.bytes > budget {
            self.shrink_to(budget / 4 * 3);
        }
    }

    /// Forgets the least recently used sets until at most `bytes` remain.
    fn shrink_to(&mut self, bytes: usize) {
        let mut by_age: Vec<(u64, SegmentId, String)> = self
            .sets
            .iter()
            .flat_map(|(id, sets)| sets.iter().map(|(key, kept)| (kept.used, *id, key.clone())))
            .collect();
        by_age.sort_unstable_by_key(|(used, _, _)| *used);
        for (_, id, key) in by_age {
            if self.bytes <= bytes {
                break;
            }
            if let Some(kept) = self.sets.get_mut(&id).and_then(|sets| sets.remove(&key)) {
                self.bytes -= kept.bits.bytes();
            }
        }
        self.sets.retain(|_, sets| !sets.is_empty());
    }

    fn retain_segments(&mut self, live: &HashSet<SegmentId>) {
        let gone: usize = self
            .sets
            .iter()
            .filter(|(id, _)| !live.contains(id))
            .flat_map(|(_, sets)| sets.values())
            .map(|kept| kept.bits.bytes())
            .sum();
        self.bytes -= gone;
        self.sets.retain(|id, _| live.contains(id));
    }
}

/// What `map` keeps for the segment of `reader`, or what `open` gives,
/// kept from then on. Opened without the lock, so that searches of other
/// segments go on; two searches racing for a new segment both open it.
fn per_segment<T: Clone>(
    map: &Mutex<HashMap<SegmentId, T>>,
    reader: &SegmentReader,
    open: impl FnOnce() -> tantivy::Result<T>,
) -> tantivy::Result<T> {
    let id = reader.segment_id();
    if let Some(kept) = lock(map).get(&id) {
        return Ok(kept.clone());
    }
    let opened = open()?;
    lock(map).insert(id, opened.clone());
    Ok(opened)
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // The maps hold no invariant that a panic could break.
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl SegmentCache {
    /// A cache whose remembered clause sets take at most `bytes`.
    pub fn with_clause_budget(bytes: usize) -> Self {
        Self {
            facet_keys: Mutex::default(),
            open: Mutex::default(),
            clauses: Mutex::default(),
            clause_budget: bytes,
            ceilings: Mutex::default(),
            published: Mutex::default(),
            sort_columns: Mutex::default(),
        }
    }

    /// The publication times of a segment's postings, opened on first use.
    pub fn published(&self, reader: &SegmentReader) -> tantivy::Result<Published> {
        per_segment(&self.published, reader, || {
            Ok(Published(dense_column::<i64>(reader, names::PUBLISHED_AT)?))
        })
    }

    /// The id and pay columns of a segment's postings, opened on first
    /// use.
    pub fn sort_columns(&self, reader: &SegmentReader) -> tantivy::Result<SortColumns> {
        per_segment(&self.sort_columns, reader, || {
            Ok(SortColumns {
                id: dense_column::<i64>(reader, names::ID)?,
                pay: dense_column::<u64>(reader, names::SALARY_TOP)?,
            })
        })
    }

    /// In a segment that keeps its postings newest first, how many
    /// postings at its start were published at `since` or later.
    pub fn published_since_prefix(
        &self,
        reader: &SegmentReader,
        since: i64,
    ) -> tantivy::Result<u32> {
        let column = self.published(reader)?;
        Ok(prefix_since(column.values(), reader.max_doc(), since))
    }

    /// The ceiling of a term in a segment (see [`Ceiling`]), read from
    /// its postings on first use.
    pub fn term_ceiling(&self, reader: &SegmentReader, term: &Term) -> tantivy::Result<Ceiling> {
        let id = reader.segment_id();
        if let Some(ceiling) = lock(&self.ceilings).get(id, term) {
            return Ok(ceiling);
        }
        // Read without the lock, as in `per_segment`.
        let ceiling = read_ceiling(reader, term)?;
        lock(&self.ceilings).insert(id, term, Arc::clone(&ceiling), MAX_CEILINGS);
        Ok(ceiling)
    }

    /// The postings of a segment that a clause matches: the set remembered
    /// under `key` (a description of the clause), or `compute`d and then
    /// remembered. Deleted postings are not taken out: the caller does,
    /// as deletions change without the segment changing.
    pub fn clause_bits(
        &self,
        reader: &SegmentReader,
        key: &str,
        compute: impl FnOnce() -> tantivy::Result<Bits>,
    ) -> tantivy::Result<Arc<Bits>> {
        let id = reader.segment_id();
        if let Some(bits) = lock(&self.clauses).get(id, key) {
            return Ok(bits);
        }
        // Computed without the lock, as in `per_segment`.
        let bits = Arc::new(compute()?);
        lock(&self.clauses).insert(id, key, Arc::clone(&bits), self.clause_budget);
        Ok(bits)
    }

    /// Memory taken by remembered clause sets, in bytes.
    pub fn clause_bytes(&self) -> usize {
        lock(&self.clauses).bytes
    }

    /// The facet keys of a segment, computed on first use.
    pub fn facet_keys(&self, reader: &SegmentReader) -> tantivy::Result<Arc<SegmentFacetKeys>> {
        per_segment(&self.facet_keys, reader, || {
            Ok(Arc::new(SegmentFacetKeys::read(reader)?))
        })
    }

    /// The postings of a segment whose deadline day is `day` or later.
    pub fn open_on(&self, reader: &SegmentReader, day: i64) -> tantivy::Result<Arc<Open>> {
        let id = reader.segment_id();
        if let Some((cached_day, open)) = lock(&self.open).get(&id)
            && *cached_day == day
        {
            return Ok(Arc::clone(open));
        }
        let open = Arc::new(read_open(reader, day)?);
        let mut map = lock(&self.open);
        // A search still on yesterday does not push today out.
        if map
            .get(&id)
            .is_none_or(|(cached_day, _)| *cached_day <= day)
        {
            map.insert(id, (day, Arc::clone(&open)));
        }
        Ok(open)
    }

    /// A filter query: postings whose application deadline is `day` (a
    /// Julian day number, see `schema::deadline_day`) or later.
    pub fn open_on_query(self: &Arc<Self>, day: i64) -> Box<dyn Query> {
        Box::new(OpenOn {
            cache: Arc::clone(self),
            day,
        })
    }

    /// How many segments have facet keys.
    #[cfg(test)]
    pub fn segment_count(&self) -> usize {
        lock(&self.facet_keys).len()
    }
}

fn read_ceiling(reader: &SegmentReader, term: &Term) -> tantivy::Result<Ceiling> {
    let field = term.field();
    // The lengths as the scorer sees them: a field without lengths counts
    // as length 1 everywhere.
    let norms = reader
        .fieldnorms_readers()
        .get_field(field)?
        .unwrap_or_else(|| FieldNormReader::constant(reader.max_doc(), 1));
    let mut most = [0u32; 256];
    if let Some(mut postings) = reader
        .inverted_index(field)?
        .read_postings(term, IndexRecordOption::WithFreqs)?
    {
        let mut doc = postings.doc();
        while doc != TERMINATED {
            let slot = &mut most[usize::from(norms.fieldnorm_id(doc))];
            *slot = (*slot).max(postings.term_freq());
            doc = postings.advance();
        }
    }
    let mut ceiling = Vec::new();
    let mut best = 0;
    for (id, &freq) in (0u8..=255).zip(&most) {
        if freq > best {
            ceiling.push((id, freq));
            best = freq;
        }
    }
    Ok(ceiling.into())
}

fn read_open(reader: &SegmentReader, day: i64) -> tantivy::Result<Open> {
    let column = dense_column::<i64>(reader, names::DEADLINE_DAY)?;
    let max_doc = reader.max_doc();
    if max_doc == 0 || column.max_value() < day {
        return Ok(Open::Nothing);
    }
    if column.min_value() >= day {
        return Ok(Open::Every);
    }
    let mut open = Bits::empty(max_doc);
    let mut values = Vec::new();
    let mut docs = Vec::new();
    for (start, n) in column_blocks(max_doc) {
        values.resize(n, 0i64);
        column.get_range(u64::from(start), &mut values);
        docs.clear();
        docs.extend(
            (start..)
                .zip(&values)
                .filter(|&(_, &deadline)| deadline >= day)
                .map(|(doc, _)| doc),
        );
        open.insert_sorted(&docs);
    }
    Ok(Open::Only(Arc::new(open)))
}

impl Warmer for SegmentCache {
    fn warm(&self, searcher: &Searcher) -> tantivy::Result<()> {
        for reader in searcher.segment_readers() {
            self.facet_keys(reader)?;
            self.published(reader)?;
        }
        Ok(())
    }

    fn garbage_collect(&self, live_generations: &[&SearcherGeneration]) {
        let live: HashSet<SegmentId> = live_generations
            .iter()
            .flat_map(|generation| generation.segments().keys().copied())
            .collect();
        lock(&self.facet_keys).retain(|id, _| live.contains(id));
        lock(&self.open).retain(|id, _| live.contains(id));
        lock(&self.clauses).retain_segments(&live);
        lock(&self.ceilings).retain_segments(&live);
        lock(&self.published).retain(|id, _| live.contains(id));
        lock(&self.sort_columns).retain(|id, _| live.contains(id));
    }
}

/// The "still open on this day" filter, answered from the cache.
#[derive(Clone)]
struct OpenOn {
    cache: Arc<SegmentCache>,
    day: i64,
}

impl std::fmt::Debug for OpenOn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpenOn").field("day", &self.day).finish()
    }
}

impl Query for OpenOn {
    fn weight(&self, _scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(self.clone()))
    }
}

impl Weight for OpenOn {
    fn scorer(&self, reader: &SegmentReader, _boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(match &*self.cache.open_on(reader, self.day)? {
            Open::Every => Box::new(ConstScorer::new(AllScorer::new(reader.max_doc()), 0.0)),
            Open::Nothing => Box::new(EmptyScorer),
            Open::Only(bits) => Box::new(ConstScorer::new(BitsDocSet::new(Arc::clone(bits)), 0.0)),
        })
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let open = match &*self.cache.open_on(reader, self.day)? {
            Open::Every => true,
            Open::Nothing => false,
            Open::Only(bits) => bits.contains(doc),
        };
        if !open {
            return Err(tantivy::TantivyError::InvalidArgument(format!(
                "posting {doc} is past its deadline"
            )));
        }
        Ok(Explanation::new("open on the day", 0.0))
    }
}

/// A filter query for an index whose segments keep their postings newest
/// first: postings published at `since` or later. They are a prefix of
/// every segment, found by binary search on the publication column
/// instead of a scan of it.
pub fn published_since_query(since: i64) -> Box<dyn Query> {
    Box::new(PublishedSince { since })
}

#[derive(Debug, Clone)]
struct PublishedSince {
    since: i64,
}

impl PublishedSince {
    fn prefix(&self, reader: &SegmentReader) -> tantivy::Result<u32> {
        published_since_prefix(reader, self.since)
    }
}

/// In a segment that keeps its postings newest first, how many postings
/// at its start were published at `since` or later.
fn published_since_prefix(reader: &SegmentReader, since: i64) -> tantivy::Result<u32> {
    let column = dense_column::<i64>(reader, names::PUBLISHED_AT)?;
    Ok(prefix_since(&*column, reader.max_doc(), since))
}

/// How many of the first `max_doc` values of a non-increasing column are
/// `since` or later, by binary search.
fn prefix_since(column: &dyn ColumnValues<i64>, max_doc: u32, since: i64) -> u32 {
    let (mut lo, mut hi) = (0u32, max_doc);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if column.get_val(mid) >= since {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

impl Query for PublishedSince {
    fn weight(&self, _scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(self.clone()))
    }
}

impl Weight for PublishedSince {
    fn scorer(&self, reader: &SegmentReader, _boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        // The postings 0..prefix, in order.
        Ok(Box::new(ConstScorer::new(
            AllScorer::new(self.prefix(reader)?),
            0.0,
        )))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        if doc >= self.prefix(reader)? {
            return Err(tantivy::TantivyError::InvalidArgument(format!(
                "posting {doc} was published before the day asked for"
            )));
        }
        Ok(Explanation::new("published since", 0.0))
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use tantivy::index::SegmentId;
    use time::macros::date;

    use super::{Bits, Ceiling, Ceilings, ClauseSets, Term};
    use crate::search::SearchRequest;
    use crate::search::testkit::*;

    #[test]
    fn term_ceilings_keep_to_their_limit_forgetting_the_least_used() {
        let (one, other) = (SegmentId::generate_random(), SegmentId::generate_random());
        let field = tantivy::schema::Field::from_field_id(0);
        let term = |word: &str| Term::from_field_text(field, word);
        let ceiling = |freq: u32| -> Ceiling { Arc::from(vec![(1u8, freq)]) };
        let mut ceilings = Ceilings::default();
        for (i, word) in ["a", "b", "c", "d"].into_iter().enumerate() {
            ceilings.insert(one, &term(word), ceiling(i as u32), 5);
        }
        ceilings.insert(other, &term("a"), ceiling(9), 5);
        assert_eq!(ceilings.count, 5);
        // "a" and "b" of the first segment just used; nothing forgotten yet.
        assert!(ceilings.get(one, &term("a")).is_some());
        assert!(ceilings.get(one, &term("b")).is_some());
        // Over the limit: down to half of it (two), the two used last.
        ceilings.insert(other, &term("e"), ceiling(5), 5);
        assert_eq!(ceilings.count, 2);
        assert!(ceilings.get(one, &term("c")).is_none());
        assert!(ceilings.get(other, &term("a")).is_none());
        assert_eq!(
            ceilings.get(other, &term("e")).as_deref(),
            Some(&[(1u8, 5)][..])
        );
        assert!(ceilings.get(one, &term("b")).is_some());
        // Replacing a ceiling does not count it twice.
        ceilings.insert(one, &term("b"), ceiling(7), 5);
        assert_eq!(ceilings.count, 2);
        // Segments no longer searched take their ceilings with them.
        ceilings.retain_segments(&[other].into_iter().collect());
        assert_eq!(ceilings.count, 1);
        assert!(ceilings.get(one, &term("b")).is_none());
    }

    #[test]
    fn remembered_clause_sets_keep_to_their_budget_forgetting_the_least_used() {
        // Sets of 64 postings take 8 bytes: the budget holds four.
        let budget = 32;
        let (one, other) = (SegmentId::generate_random(), SegmentId::generate_random());
        let set = || Arc::new(Bits::empty(64));
        let mut sets = ClauseSets::default();
        for key in ["a", "b", "c"] {
            sets.insert(one, key, set(), budget);
        }
        sets.insert(other, "d", set(), budget);
        assert_eq!(sets.bytes, 32);
        assert!(sets.get(one, "a").is_some());
        // Over budget: down to three quarters of it, the oldest first ("b",
        // then "c"); "a" was just used.
        sets.insert(other, "e", set(), budget);
        assert_eq!(sets.bytes, 24);
        assert!(sets.get(one, "b").is_none() && sets.get(one, "c").is_none());
        for (id, key) in [(one, "a"), (other, "d"), (other, "e")] {
            assert!(sets.get(id, key).is_some(), "{key}");
        }
        // The same key again replaces, without counting twice.
        sets.insert(other, "e", set(), budget);
        assert_eq!(sets.bytes, 24);
        // Segments no longer searched take their sets with them.
        sets.retain_segments(&[other].into_iter().collect());
        assert_eq!(sets.bytes, 16);
        assert!(sets.get(one, "a").is_none());
    }

    #[test]
    fn the_open_filter_keeps_exactly_the_postings_not_past_their_deadline() {
        let index = crate::search::SearchIndex::in_ram().expect("index");
        let mut docs = corpus();
        let days = [
            None,
            Some(date!(2024 - 03 - 01)),
            Some(date!(2024 - 03 - 02)),
            Some(date!(2024 - 03 - 03)),
        ];
        for (i, doc) in docs.iter_mut().enumerate() {
            doc.deadline = days[i % days.len()];
        }
        // Two segments, so that the filter is asked per segment.
        let (first, second) = docs.split_at(docs.len() / 2);
        index.apply(first, &[], 1).expect("apply");
        index.apply(second, &[], 2).expect("apply");
        for today in [
            date!(2024 - 02 - 01),
            date!(2024 - 03 - 02),
            date!(2024 - 03 - 04),
            date!(2024 - 03 - 02),
        ] {
            let expected = docs
                .iter()
                .filter(|d| d.deadline.is_none_or(|deadline| deadline >= today))
                .count();
            let results = index
                .search(&SearchRequest {
                    today: Some(today),
                    per_page: 100,
                    ..request("")
                })
                .expect("search");
            assert_eq!(results.total as usize, expected, "open on {today}");
            assert!(
                results
                    .items
                    .iter()
                    .all(|hit| hit.deadline.is_none_or(|deadline| deadline >= today))
            );
        }
    }

    #[test]
    fn the_posted_since_filter_keeps_exactly_the_newer_postings() {
        let index = crate::search::SearchIndex::in_ram().expect("index");
        let mut docs = corpus();
        // Publication times out of order, with ties, over two segments.
        for (i, doc) in docs.iter_mut().enumerate() {
            doc.published_at = 1_700_000_000 + ((i * 7) % 11) as i64 * 86_400;
        }
        let (first, second) = docs.split_at(docs.len() / 3);
        index.apply(first, &[], 1).expect("apply");
        index.apply(second, &[], 2).expect("apply");
        for step in [-1, 0, 3, 5, 10, 11] {
            let since = 1_700_000_000 + step * 86_400;
            let expected = docs.iter().filter(|d| d.published_at >= since).count();
            let results = index
                .search(&SearchRequest {
                    posted_since: Some(since),
                    per_page: 100,
                    ..request("")
                })
                .expect("search");
            assert_eq!(results.total as usize, expected, "since step {step}");
            let with_text = index
                .search(&SearchRequest {
                    posted_since: Some(since),
                    per_page: 100,
                    ..request("công nhân")
                })
                .expect("search");
            let all_text = index
                .search(&SearchRequest {
                    per_page: 100,
                    ..request("công nhân")
                })
                .expect("search");
            assert!(all_text.total > 0 && all_text.total <= 100);
            let newer = all_text
                .items
                .iter()
                .filter(|hit| hit.published_at >= since)
                .count();
            assert_eq!(with_text.total as usize, newer, "text since step {step}");
        }
    }
}
