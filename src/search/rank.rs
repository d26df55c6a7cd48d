//! The second pass of a search: putting the matches of the first pass in
//! order and keeping the top `k`.
//!
//! By relevance, the score query runs through tantivy's block-max WAND
//! (`Weight::for_each_pruning`), which skips postings whose best possible
//! score cannot reach the current top `k`; postings that the first pass
//! did not match are ignored. Equal scores go to the newest posting: the
//! threshold handed back to WAND sits just under the lowest kept score, so
//! ties still come through and are decided by publication time.
//!
//! By newest or by pay, the matches are walked once, reading the columns
//! in blocks.

use std::cmp::{Ordering, Reverse};
use std::collections::{BinaryHeap, HashSet};

use tantivy::columnar::ColumnValues;
use tantivy::query::{EnableScoring, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, DocId, DocSet, Score, Searcher, TERMINATED};

use super::facets::{Matches, SegmentMatches, dense_column};
use super::query::ScoreQuery;
use super::schema::names;
use super::types::Sort;

/// A ranked posting: its score (0 when not ranked by relevance) and where
/// it is.
pub type Ranked = (Score, DocAddress);

/// One candidate for the top `k`, ordered from worst to best.
#[derive(Debug, Clone, Copy)]
struct Entry {
    primary: i128,
    secondary: i64,
    score: Score,
    address: DocAddress,
}

/// Orders scores like numbers, ignoring differences in the last bits: the
/// same posting scored twice can differ in rounding depending on the order
/// the terms were added (WAND adds them in document order), and such
/// differences must not beat the tie-break by date. Scores are never
/// negative; anything odd sorts as 0.
fn score_key(score: Score) -> i128 {
    if score.is_finite() && score > 0.0 {
        i128::from(score.to_bits() >> SCORE_BITS_IGNORED)
    } else {
        0
    }
}

/// Low mantissa bits of a score that [`score_key`] ignores: scores within
/// about 3 in 100,000 of each other tie.
const SCORE_BITS_IGNORED: u32 = 8;

/// How far under the lowest kept score WAND must still deliver postings:
/// anything closer may tie with it once rounded by [`score_key`].
const TIE_MARGIN: f32 = 1e-4;

impl Entry {
    fn cmp_rank(&self, other: &Self) -> Ordering {
        self.primary
            .cmp(&other.primary)
            .then(self.secondary.cmp(&other.secondary))
            // On a complete tie the earlier document wins, for a stable
            // order between identical postings.
            .then(other.address.cmp(&self.address))
    }
}

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.cmp_rank(other) == Ordering::Equal
    }
}

impl Eq for Entry {}

impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Entry {
    fn cmp(&self, other: &Self) -> Ordering {
        self.cmp_rank(other)
    }
}

/// The best `k` entries seen.
struct TopK {
    k: usize,
    heap: BinaryHeap<Reverse<Entry>>,
}

impl TopK {
    fn new(k: usize) -> Self {
        Self {
            k,
            heap: BinaryHeap::with_capacity(k.saturating_add(1).min(1 << 16)),
        }
    }

    fn is_full(&self) -> bool {
        self.heap.len() >= self.k
    }

    fn worst(&self) -> Option<&Entry> {
        self.heap.peek().map(|Reverse(e)| e)
    }

    fn offer(&mut self, entry: Entry) {
        if self.k == 0 {
            return;
        }
        if self.is_full() {
            match self.worst() {
                Some(worst) if entry.cmp_rank(worst) == Ordering::Greater => {
                    self.heap.pop();
                }
                _ => return,
            }
        }
        self.heap.push(Reverse(entry));
    }

    fn into_sorted(self) -> Vec<Entry> {
        let mut entries: Vec<Entry> = self.heap.into_iter().map(|Reverse(e)| e).collect();
        entries.sort_by(|a, b| b.cmp_rank(a));
        entries
    }

    fn into_ranked(self) -> Vec<Ranked> {
        self.into_sorted()
            .into_iter()
            .map(|e| (e.score, e.address))
            .collect()
    }
}

/// Match sets up to this share of the segment are scored posting by
/// posting (each term seeks to each match); larger ones go through
/// block-max WAND, which skips what cannot make the page.
const EXHAUSTIVE_SHARE: usize = 10;

/// The best `k` matches by score (then newest), scored by the score query.
/// Matches that the score query does not reach come last, newest first,
/// with score 0.
pub fn by_score(
    searcher: &Searcher,
    query: &ScoreQuery,
    matches: &Matches,
    k: usize,
) -> tantivy::Result<Vec<Ranked>> {
    by_score_with(searcher, query, matches, k, Strategy::Auto)
}

/// How [`by_score_with`] walks the matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strategy {
    /// By the size of the match set.
    Auto,
    /// Every term seeks to every match.
    Exhaustive,
    /// Block-max WAND.
    Wand,
}

/// [`by_score`] with a chosen strategy; both give the same ranking (the
/// tests check it), only the speed differs.
pub fn by_score_with(
    searcher: &Searcher,
    query: &ScoreQuery,
    matches: &Matches,
    k: usize,
    strategy: Strategy,
) -> tantivy::Result<Vec<Ranked>> {
    let mut top = TopK::new(k);
    let scoring = EnableScoring::enabled_from_searcher(searcher);
    let small = matches.segments.iter().all(|segment| {
        let max_doc = searcher.segment_reader(segment.segment_ord).max_doc() as usize;
        segment.len().saturating_mul(EXHAUSTIVE_SHARE) <= max_doc
    });
    let exhaustive = match strategy {
        Strategy::Auto => small,
        Strategy::Exhaustive => true,
        Strategy::Wand => false,
    };
    if exhaustive && query.fuzzy.is_empty() {
        let weights = query
            .terms
            .iter()
            .map(|(term, boost)| {
                TermQuery::new(term.clone(), IndexRecordOption::WithFreqs)
                    .weight(scoring)
                    .map(|w| (w, *boost))
            })
            .collect::<tantivy::Result<Vec<_>>>()?;
        for segment in &matches.segments {
            let reader = searcher.segment_reader(segment.segment_ord);
            let published = dense_column::<i64>(reader, names::PUBLISHED_AT)?;
            let docs: Vec<DocId> = segment.iter().collect();
            let mut scores = vec![0.0f32; docs.len()];
            for (weight, boost) in &weights {
                let mut scorer = weight.scorer(reader, *boost)?;
                for (slot, &doc) in scores.iter_mut().zip(&docs) {
                    let mut at = scorer.doc();
                    if at < doc {
                        at = scorer.seek(doc);
                    }
                    if at == TERMINATED {
                        break;
                    }
                    if at == doc {
                        *slot += scorer.score();
                    }
                }
            }
            for (&score, &doc) in scores.iter().zip(&docs) {
                top.offer(Entry {
                    primary: score_key(score),
                    secondary: published.get_val(doc),
                    score,
                    address: DocAddress::new(segment.segment_ord, doc),
                });
            }
        }
        return Ok(top.into_ranked());
    }

    let weight = query.to_query().weight(scoring)?;
    let mut threshold: Score = 0.0;
    for segment in &matches.segments {
        let reader = searcher.segment_reader(segment.segment_ord);
        let published = dense_column::<i64>(reader, names::PUBLISHED_AT)?;
        weight.for_each_pruning(threshold, reader, &mut |doc, score| {
            if segment.contains(doc) {
                top.offer(Entry {
                    primary: score_key(score),
                    secondary: published.get_val(doc),
                    score,
                    address: DocAddress::new(segment.segment_ord, doc),
                });
                if top.is_full()
                    && let Some(worst) = top.worst()
                {
                    // Just under the lowest kept score, so that ties still
                    // reach the heap and are settled by date.
                    threshold = worst.score * (1.0 - TIE_MARGIN);
                }
            }
            threshold
        })?;
    }
    if !top.is_full() {
        // Every posting the score query reached is kept; the rest of the
        // matches scored nothing and follow, newest first.
        let seen: HashSet<DocAddress> = top.heap.iter().map(|Reverse(e)| e.address).collect();
        for segment in &matches.segments {
            let reader = searcher.segment_reader(segment.segment_ord);
            let published = dense_column::<i64>(reader, names::PUBLISHED_AT)?;
            for doc in segment.iter() {
                let address = DocAddress::new(segment.segment_ord, doc);
                if !seen.contains(&address) {
                    top.offer(Entry {
                        primary: 0,
                        secondary: published.get_val(doc),
                        score: 0.0,
                        address,
                    });
                }
            }
        }
    }
    Ok(top.into_ranked())
}

/// The best `k` matches by date (newest first, then highest id) or by pay
/// (top of the range, negotiable last, then newest). Scores are 0.
pub fn by_key(
    searcher: &Searcher,
    matches: &Matches,
    sort: Sort,
    k: usize,
) -> tantivy::Result<Vec<Ranked>> {
    let mut top = TopK::new(k);
    for segment in &matches.segments {
        let reader = searcher.segment_reader(segment.segment_ord);
        let published = dense_column::<i64>(reader, names::PUBLISHED_AT)?;
        match sort {
            Sort::Salary => {
                let pay = dense_column::<u64>(reader, names::SALARY_TOP)?;
                walk(&mut top, segment, pay.as_ref(), published.as_ref());
            }
            Sort::Newest | Sort::Relevance => {
                let id = dense_column::<i64>(reader, names::ID)?;
                walk(&mut top, segment, published.as_ref(), id.as_ref());
            }
        }
    }
    Ok(top.into_ranked())
}

/// Offers every match of a segment to `top`, reading the two sort columns
/// in blocks.
fn walk<P>(
    top: &mut TopK,
    segment: &SegmentMatches,
    primary: &dyn ColumnValues<P>,
    secondary: &dyn ColumnValues<i64>,
) where
    P: Copy + Default + Into<i128> + PartialOrd + std::fmt::Debug + Send + Sync + 'static,
{
    const BLOCK: usize = 64;
    let mut firsts = [P::default(); BLOCK];
    let mut seconds = [0i64; BLOCK];
    let mut block = [0 as DocId; BLOCK];
    let mut docs = segment.iter().peekable();
    while docs.peek().is_some() {
        let mut n = 0;
        for doc in docs.by_ref().take(BLOCK) {
            block[n] = doc;
            n += 1;
        }
        let chunk = &block[..n];
        primary.get_vals(chunk, &mut firsts[..n]);
        secondary.get_vals(chunk, &mut seconds[..n]);
        for (i, &doc) in chunk.iter().enumerate() {
            let primary: i128 = firsts[i].into();
            if top.is_full()
                && let Some(worst) = top.worst()
                && primary < worst.primary
            {
                continue;
            }
            top.offer(Entry {
                primary,
                secondary: seconds[i],
                score: 0.0,
                address: DocAddress::new(segment.segment_ord, doc),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(primary: i128, secondary: i64, doc: u32) -> Entry {
        Entry {
            primary,
            secondary,
            score: 0.0,
            address: DocAddress::new(0, doc),
        }
    }

    #[test]
    fn score_keys_order_like_scores() {
        assert!(score_key(0.5) < score_key(1.5));
        assert!(score_key(1.5) < score_key(1.501));
        assert_eq!(score_key(1.5), score_key(1.500_001));
        assert_eq!(score_key(f32::NAN), 0);
        assert_eq!(score_key(-1.0), 0);
        assert_eq!(score_key(f32::INFINITY), 0);
    }

    #[test]
    fn top_k_keeps_the_best_and_breaks_ties_by_date_then_document() {
        let mut top = TopK::new(3);
        for e in [
            entry(5, 100, 1),
            entry(9, 100, 2),
            entry(5, 300, 3),
            entry(1, 900, 4),
            entry(5, 300, 0),
            entry(7, 0, 5),
        ] {
            top.offer(e);
        }
        let docs: Vec<u32> = top.into_sorted().iter().map(|e| e.address.doc_id).collect();
        assert_eq!(docs, [2, 5, 0]);
        let mut none = TopK::new(0);
        none.offer(entry(1, 1, 1));
        assert!(none.into_sorted().is_empty());
    }

    #[test]
    fn wand_and_exhaustive_scoring_rank_alike() {
        use crate::search::testkit::*;
        // Several segments, and identical postings so that ties happen.
        let index = crate::search::SearchIndex::in_ram().expect("index");
        let mut docs = corpus();
        for copy in 1..=3 {
            for d in corpus().into_iter().take(20) {
                let mut d = d;
                d.id += 1000 * copy;
                d.published_at -= copy * 60;
                docs.push(d);
            }
        }
        for (seq, chunk) in docs.chunks(25).enumerate() {
            index.apply(chunk, &[], seq as i64).expect("apply");
        }
        for text in [
            "cong nhan may",
            "máy",
            "xkld nhat",
            "ke toans",
            "bac ha",
            "tai xe",
            "lao động",
            "nhân viên",
        ] {
            for k in [1, 3, 10, 40] {
                let exhaustive = index.ranked_ids(text, k, Strategy::Exhaustive);
                let wand = index.ranked_ids(text, k, Strategy::Wand);
                assert_eq!(exhaustive, wand, "{text} top {k}");
                assert!(!wand.is_empty(), "{text}");
            }
        }
    }
}
