//! The second pass of a search: putting the matches of the first pass in
//! order and keeping the top `k`.
//!
//! By relevance there are three ways, all giving the best `k` by score
//! (equal scores to the newest posting) among the postings they score:
//!
//! - **exhaustive** (small match sets): the terms of the score query, one
//!   after the other, seek to every match that can still reach the top `k`
//!   (see `score_docs`);
//! - **window** (more than [`RANK_WINDOW`] matches, in an index whose
//!   segments keep their postings newest first, which is every index the
//!   program writes): only the newest [`RANK_WINDOW`] matches, plus the
//!   newest [`TITLE_WINDOW`] matches of each segment with every word of the
//!   query in the title, are scored, exhaustively. An older posting that
//!   has neither the freshness nor the words in its title does not reach
//!   the first pages of a search with that many results; in return, the
//!   cost of ranking no longer grows with the number of matches. (Search
//!   engines for timelines cut their ranking off by recency the same way.)
//!   The title matches are scored first: the `k`-th best of their scores
//!   is a bar that the rest of the window must be able to reach, and most
//!   of it drops out after the first few terms.
//! - **block-max WAND** (indexes without that order, or on request):
//!   tantivy's `Weight::for_each_pruning` skips postings whose best
//!   possible score cannot reach the current top `k`. The threshold
//!   handed back to WAND sits just under the lowest kept score, so ties
//!   still come through and are decided by publication time, until the
//!   postings still to come are known to be older; from then on only a
//!   higher score gets through.
//!
//! Postings that the first pass did not match are never ranked.
//!
//! By newest or by pay, the matches are walked once, reading the columns
//! in blocks; by newest in a segment kept newest first, the walk stops at
//! the first match older than a full page.
//!
//! Each segment is ranked on its own, on the index's search threads, and
//! the pages merged.

use std::cmp::{Ordering, Reverse};
use std::collections::{BinaryHeap, HashSet};
use std::sync::atomic::{AtomicU32, Ordering as AtomicOrdering};

use tantivy::columnar::ColumnValues;
use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::{Postings, SegmentPostings};
use tantivy::query::{Bm25Weight, EnableScoring, Query, Weight};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, DocId, DocSet, Order, Score, Searcher, SegmentReader, TERMINATED, Term};

use super::facets::{Matches, SegmentMatches};
use super::matching::RememberedSet;
use super::query::ScoreQuery;
use super::schema::names;
use super::segments::SegmentCache;
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

    /// Offers every entry of another top `k`.
    fn absorb(&mut self, other: TopK) {
        for Reverse(entry) in other.heap {
            self.offer(entry);
        }
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
    cache: &SegmentCache,
    query: &ScoreQuery,
    matches: &Matches,
    k: usize,
) -> tantivy::Result<Vec<Ranked>> {
    by_score_with(searcher, cache, query, matches, k, Strategy::Auto)
}

/// How [`by_score_with`] walks the matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strategy {
    /// By the size of the match set.
    Auto,
    /// Every term seeks to every match that can still reach the top `k`.
    Exhaustive,
    /// Block-max WAND.
    Wand,
    /// Every term seeks to the newest [`RANK_WINDOW`] matches and the
    /// newest [`TITLE_WINDOW`] title matches only.
    Window,
    /// The window with other sizes, for measuring what the sizes change.
    WindowOf { newest: usize, title: usize },
}

/// How many of the newest matches a [`Strategy::Window`] ranking scores.
pub const RANK_WINDOW: usize = 8_192;
/// How many of the newest matches with every word in the title a
/// [`Strategy::Window`] ranking scores besides (per segment).
pub const TITLE_WINDOW: usize = 1_024;

/// [`by_score`] with a chosen strategy. Exhaustive scoring and WAND give
/// the same ranking, and so does the window when there are no more
/// matches than it holds (the tests check both); past that, the window
/// ranks only the postings it holds.
///
/// Segments are ranked on their own, on the index's search threads, and
/// their top `k` merged: every posting of the overall top `k` is in the
/// top `k` of its segment.
pub fn by_score_with(
    searcher: &Searcher,
    cache: &SegmentCache,
    query: &ScoreQuery,
    matches: &Matches,
    k: usize,
    strategy: Strategy,
) -> tantivy::Result<Vec<Ranked>> {
    let scoring = EnableScoring::enabled_from_searcher(searcher);
    let small = matches.segments.iter().all(|segment| {
        let max_doc = searcher.segment_reader(segment.segment_ord).max_doc() as usize;
        segment.len().saturating_mul(EXHAUSTIVE_SHARE) <= max_doc
    });
    let total: usize = matches.segments.iter().map(SegmentMatches::len).sum();
    let newest_first = segments_newest_first(searcher);
    let strategy = match strategy {
        Strategy::Auto if newest_first && total > RANK_WINDOW && query.fuzzy.is_empty() => {
            Strategy::Window
        }
        Strategy::Auto if small => Strategy::Exhaustive,
        Strategy::Auto => Strategy::Wand,
        chosen => chosen,
    };
    let exhaustive = strategy == Strategy::Exhaustive;
    let executor = searcher.index().search_executor();
    let term_weights = || -> tantivy::Result<Vec<TermWeight>> {
        query
            .terms
            .iter()
            .map(|(term, boost)| {
                Ok(TermWeight {
                    bm25: Bm25Weight::for_terms(searcher, std::slice::from_ref(term))?
                        .boost_by(*boost),
                    term: term.clone(),
                })
            })
            .collect()
    };
    let window = match strategy {
        Strategy::Window => Some((RANK_WINDOW, TITLE_WINDOW)),
        Strategy::WindowOf { newest, title } => Some((newest, title)),
        _ => None,
    };
    // The highest score that the overall top `k` is known to reach,
    // shared by the segments (see `score_docs`).
    let bar = Bar::default();
    let tops = if let Some((newest, title)) = window {
        let weights = term_weights()?;
        let seed = query
            .seed
            .iter()
            .map(|unit| RememberedSet::new(unit.as_ref(), searcher))
            .collect::<tantivy::Result<Vec<_>>>()?;
        executor.map(
            |segment| {
                let reader = searcher.segment_reader(segment.segment_ord);
                let (titled, rest) =
                    window_candidates(&seed, cache, reader, segment, total, newest, title)?;
                let candidates = Candidates {
                    first: &titled,
                    rest: &rest,
                };
                score_docs(&weights, cache, reader, segment, candidates, k, &bar)
            },
            matches.segments.iter(),
        )?
    } else if exhaustive && query.fuzzy.is_empty() {
        let weights = term_weights()?;
        executor.map(
            |segment| {
                let reader = searcher.segment_reader(segment.segment_ord);
                let docs: Vec<DocId> = segment.iter().collect();
                let candidates = Candidates {
                    first: &[],
                    rest: &docs,
                };
                score_docs(&weights, cache, reader, segment, candidates, k, &bar)
            },
            matches.segments.iter(),
        )?
    } else {
        let weight = query.to_query().weight(scoring)?;
        executor.map(
            |segment| {
                let reader = searcher.segment_reader(segment.segment_ord);
                segment_wand(weight.as_ref(), cache, reader, segment, k, newest_first)
            },
            matches.segments.iter(),
        )?
    };
    let mut top = TopK::new(k);
    for segment_top in tops {
        top.absorb(segment_top);
    }
    if !top.is_full() {
        fill_unscored(searcher, cache, matches, &mut top)?;
    }
    Ok(top.into_ranked())
}

/// What a window of `newest` and `title` postings ranks in a segment with
/// some of the `total` matches: the segment's first `title` matches with
/// every unit of the query in the title (`seed`), then its share of the
/// `newest` first matches, without those.
fn window_candidates(
    seed: &[RememberedSet],
    cache: &SegmentCache,
    reader: &SegmentReader,
    segment: &SegmentMatches,
    total: usize,
    newest: usize,
    title: usize,
) -> tantivy::Result<(Vec<DocId>, Vec<DocId>)> {
    let share = (newest * segment.len()).div_ceil(total.max(1));
    let newest: Vec<DocId> = segment.iter().take(share).collect();
    let titled = if seed.is_empty() {
        Vec::new()
    } else {
        seed_docs(seed, cache, reader, segment, title)?
    };
    let rest = without(&newest, &titled);
    Ok((titled, rest))
}

/// The postings that [`Strategy::WindowOf`] ranks, as a match set of their
/// own: another strategy ranking these must give the window's ranking.
#[cfg(test)]
pub(crate) fn window_matches(
    searcher: &Searcher,
    cache: &SegmentCache,
    query: &ScoreQuery,
    matches: &Matches,
    newest: usize,
    title: usize,
) -> tantivy::Result<Matches> {
    let total: usize = matches.segments.iter().map(SegmentMatches::len).sum();
    let seed = query
        .seed
        .iter()
        .map(|unit| RememberedSet::new(unit.as_ref(), searcher))
        .collect::<tantivy::Result<Vec<_>>>()?;
    let mut segments = Vec::with_capacity(matches.segments.len());
    for segment in &matches.segments {
        let reader = searcher.segment_reader(segment.segment_ord);
        let (titled, rest) =
            window_candidates(&seed, cache, reader, segment, total, newest, title)?;
        let mut bits = crate::search::bits::Bits::empty(reader.max_doc());
        bits.insert_sorted(&titled);
        bits.insert_sorted(&rest);
        segments.push(SegmentMatches::from_bits(segment.segment_ord, bits));
    }
    Ok(Matches {
        tally: Default::default(),
        segments,
    })
}

/// The first `wanted` matches of a segment in the seed (every unit of the
/// query in the title), in document order.
fn seed_docs(
    seed: &[RememberedSet],
    cache: &SegmentCache,
    reader: &SegmentReader,
    segment: &SegmentMatches,
    wanted: usize,
) -> tantivy::Result<Vec<DocId>> {
    let mut found = segment.bits().clone();
    for unit in seed {
        found.intersect_with(&*unit.bits(cache, reader)?);
    }
    Ok(found.iter().take(wanted).collect())
}

/// The documents of an increasing list `a` that are not in another, `b`.
fn without(a: &[DocId], b: &[DocId]) -> Vec<DocId> {
    let mut out = Vec::with_capacity(a.len());
    let mut others = b.iter().peekable();
    for &doc in a {
        while others.next_if(|&&other| other < doc).is_some() {}
        if others.peek() != Some(&&doc) {
            out.push(doc);
        }
    }
    out
}

/// One term of the score query, ready to score a segment.
struct TermWeight {
    /// The term's BM25, boosted.
    bm25: Bm25Weight,
    term: Term,
}

/// A term's postings in a segment, with the field lengths its score
/// needs.
#[derive(Clone)]
struct TermPostings {
    postings: SegmentPostings,
    lengths: FieldNormReader,
}

impl TermWeight {
    /// The term's postings in a segment, `None` when it has none. Scores
    /// come out exactly as from tantivy's own term scorer: the same BM25
    /// on the same frequencies and lengths (a field without lengths
    /// counts as length 1), called directly instead of through a boxed
    /// scorer.
    fn postings(&self, reader: &SegmentReader) -> tantivy::Result<Option<TermPostings>> {
        let field = self.term.field();
        let Some(postings) = reader
            .inverted_index(field)?
            .read_postings(&self.term, IndexRecordOption::WithFreqs)?
        else {
            return Ok(None);
        };
        let lengths = reader
            .fieldnorms_readers()
            .get_field(field)?
            .unwrap_or_else(|| FieldNormReader::constant(reader.max_doc(), 1));
        Ok(Some(TermPostings { postings, lengths }))
    }

    #[inline]
    fn score(&self, postings: &TermPostings, doc: DocId) -> Score {
        self.bm25.score(
            postings.lengths.fieldnorm_id(doc),
            postings.postings.term_freq(),
        )
    }

    /// The most the term adds to the score of a posting of the segment.
    fn ceiling(&self, cache: &SegmentCache, reader: &SegmentReader) -> tantivy::Result<Score> {
        Ok(cache
            .term_ceiling(reader, &self.term)?
            .iter()
            .map(|&(length, freq)| self.bm25.score(length, freq))
            .fold(0.0, Score::max))
    }
}

/// Scores matches of a segment by seeking each term to them, and keeps the
/// best `k`: first the likeliest ones, then the rest (see [`Candidates`]).
///
/// Terms come in decreasing order of what they can add to a posting of
/// this segment (their ceiling: BM25 at the highest frequency the term
/// reaches in fields of each length, see `SegmentCache::term_ceiling`);
/// terms the segment does not have are skipped. Before each term, a
/// posting whose score so far, plus everything this term and the ones
/// after it could still add, stays under a bar can no longer reach the
/// top `k`, and the remaining terms skip it. The bar is the `k`-th best
/// full score of the likeliest ones (a score that the top `k` is sure to
/// reach), or the `k`-th best score so far, whichever is higher, less
/// [`TIE_MARGIN`], so that rounding cannot turn a skipped posting into a
/// tie. The bar is shared with the other segments of the search
/// ([`Bar`]). The result is the same as scoring every term on every
/// posting; with postings that have every word in their title first, the
/// bar is high from the start, and most of the rest drop out after the
/// title terms, which weigh most.
fn score_docs(
    weights: &[TermWeight],
    cache: &SegmentCache,
    reader: &SegmentReader,
    segment: &SegmentMatches,
    candidates: Candidates<'_>,
    k: usize,
    bar: &Bar,
) -> tantivy::Result<TopK> {
    let Candidates { first, rest } = candidates;
    let mut top = TopK::new(k);
    if k == 0 {
        return Ok(top);
    }
    let published = cache.published(reader)?;
    let mut ordered: Vec<(&TermWeight, Score)> = Vec::with_capacity(weights.len());
    for term in weights {
        let ceiling = term.ceiling(cache, reader)?;
        if ceiling > 0.0 {
            ordered.push((term, ceiling));
        }
    }
    ordered.sort_by(|a, b| b.1.total_cmp(&a.1));
    // Each term's postings, opened once for both lists.
    let ordered = ordered
        .into_iter()
        .map(|(term, ceiling)| Ok((term, ceiling, term.postings(reader)?)))
        .collect::<tantivy::Result<Vec<_>>>()?;
    let mut offer = |docs: &[DocId], scored: Scored| {
        for &i in &scored.alive {
            let (Some(&score), Some(&doc)) = (scored.scores.get(i as usize), docs.get(i as usize))
            else {
                continue;
            };
            if score > 0.0 {
                top.offer(Entry {
                    primary: score_key(score),
                    secondary: published.get(doc),
                    score,
                    address: DocAddress::new(segment.segment_ord, doc),
                });
            }
        }
    };
    let firsts = accumulate(&ordered, first, k, bar.get());
    if first.len() >= k {
        // A score so far is at most the full score, so the k-th best
        // scores so far, those dropped included, are a bar too.
        let mut full = firsts.scores.clone();
        let (_, &mut kth, _) = full.select_nth_unstable_by(k - 1, |a, b| b.total_cmp(a));
        bar.raise(kth);
    }
    offer(first, firsts);
    offer(rest, accumulate(&ordered, rest, k, bar.get()));
    Ok(top)
}

/// The matches of a segment to score: the likeliest ones and the rest,
/// each in document order, the two apart.
#[derive(Debug, Clone, Copy)]
struct Candidates<'a> {
    first: &'a [DocId],
    rest: &'a [DocId],
}

/// A score that the overall top `k` is known to reach: the `k`-th best
/// full score of some postings, the highest found so far by the segments
/// ranked side by side.
#[derive(Debug, Default)]
struct Bar(AtomicU32);

impl Bar {
    fn get(&self) -> Score {
        Score::from_bits(self.0.load(AtomicOrdering::Relaxed))
    }

    /// Raises the bar to `score` if that is higher. Scores are not
    /// negative, and such floats order like their bits.
    fn raise(&self, score: Score) {
        if score.is_finite() && score > 0.0 {
            self.0.fetch_max(score.to_bits(), AtomicOrdering::Relaxed);
        }
    }
}

/// The scores of some postings, by their place in a list of documents,
/// and the places of those still in the running.
struct Scored {
    scores: Vec<Score>,
    alive: Vec<u32>,
}

/// Scores `docs` (in document order) with the terms, each with its
/// ceiling, in decreasing order of ceilings, dropping the postings that
/// cannot reach the best `k`, given `bar`, a score that the best `k` are
/// known to reach (0 when none is known); see [`score_docs`].
fn accumulate(
    ordered: &[(&TermWeight, Score, Option<TermPostings>)],
    docs: &[DocId],
    k: usize,
    bar: Score,
) -> Scored {
    let mut scores = vec![0.0 as Score; docs.len()];
    let mut alive: Vec<u32> = (0..docs.len() as u32).collect();
    let mut partial: Vec<Score> = Vec::new();
    // What each term and those after it can add at most.
    let mut reach_from = vec![0.0 as Score; ordered.len()];
    let mut sum: Score = 0.0;
    for (slot, (_, ceiling, _)) in reach_from.iter_mut().zip(ordered).rev() {
        sum += ceiling;
        *slot = sum;
    }
    // The best score so far, of postings dropped too: it only decides
    // whether a selection of the k-th best is worth making.
    let mut best: Score = 0.0;
    for ((term, _, opened), &reach) in ordered.iter().zip(&reach_from) {
        let mut kth = bar;
        if alive.len() > k && k > 0 {
            // The k-th best so far can only drop a posting when what is
            // still to come could not lift one without any score yet to
            // the best so far: otherwise spare its selection.
            if reach * (1.0 + TIE_MARGIN) < best {
                partial.clear();
                partial.extend(alive.iter().filter_map(|&i| scores.get(i as usize)));
                let (_, &mut nth, _) = partial.select_nth_unstable_by(k - 1, |a, b| b.total_cmp(a));
                kth = kth.max(nth);
            }
        }
        if kth > 0.0 {
            alive.retain(|&i| {
                scores
                    .get(i as usize)
                    .is_some_and(|&score| (score + reach) * (1.0 + TIE_MARGIN) >= kth)
            });
        }
        if alive.is_empty() {
            break;
        }
        // A copy: postings only move forward, and the other list needs
        // them from the start.
        let Some(mut postings) = opened.clone() else {
            continue;
        };
        for &at_index in &alive {
            let (Some(&doc), Some(slot)) = (
                docs.get(at_index as usize),
                scores.get_mut(at_index as usize),
            ) else {
                continue;
            };
            let mut at = postings.postings.doc();
            if at < doc {
                at = postings.postings.seek(doc);
            }
            if at == TERMINATED {
                break;
            }
            if at == doc {
                *slot += term.score(&postings, doc);
                best = best.max(*slot);
            }
        }
    }
    Scored { scores, alive }
}

/// Ranks the matches of a segment with block-max WAND.
///
/// When the segment keeps its postings newest first, every posting still
/// to come is at most as new as the last one delivered; once that is no
/// newer than the worst posting kept, a posting can only get in with a
/// strictly higher score, so ties are skipped instead of delivered. (The
/// newest of the segment bounds the rest in any case.)
fn segment_wand(
    weight: &dyn Weight,
    cache: &SegmentCache,
    reader: &SegmentReader,
    segment: &SegmentMatches,
    k: usize,
    newest_first: bool,
) -> tantivy::Result<TopK> {
    let mut top = TopK::new(k);
    let published = cache.published(reader)?;
    let mut newest_to_come = published.newest();
    let mut threshold: Score = 0.0;
    weight.for_each_pruning(threshold, reader, &mut |doc, score| {
        if segment.contains(doc) {
            let published_at = published.get(doc);
            top.offer(Entry {
                primary: score_key(score),
                secondary: published_at,
                score,
                address: DocAddress::new(segment.segment_ord, doc),
            });
            if newest_first {
                newest_to_come = published_at;
            }
            if top.is_full()
                && let Some(worst) = top.worst()
            {
                threshold = threshold.max(pruning_threshold(worst, newest_to_come));
            }
        }
        threshold
    })?;
    Ok(top)
}

/// The score a posting must exceed to be worth delivering, given the
/// worst posting kept and the newest publication time still to come in
/// the segment (postings come in document order, so a later one that
/// ties on score and date loses to the kept one).
fn pruning_threshold(worst: &Entry, newest_to_come: i64) -> Score {
    if worst.primary > 0 && newest_to_come <= worst.secondary {
        // Only a higher score key gets in: all bits that `score_key`
        // ignores set.
        f32::from_bits(worst.score.to_bits() | ((1 << SCORE_BITS_IGNORED) - 1))
    } else {
        // Just under the lowest kept score, so that ties still reach the
        // heap and are settled by date.
        worst.score * (1.0 - TIE_MARGIN)
    }
}

/// Adds the matches the score query did not reach (score 0), newest
/// first, to a top `k` that is not full: every posting the score query
/// reached is kept already.
fn fill_unscored(
    searcher: &Searcher,
    cache: &SegmentCache,
    matches: &Matches,
    top: &mut TopK,
) -> tantivy::Result<()> {
    let seen: HashSet<DocAddress> = top.heap.iter().map(|Reverse(e)| e.address).collect();
    for segment in &matches.segments {
        let reader = searcher.segment_reader(segment.segment_ord);
        let published = cache.published(reader)?;
        for doc in segment.iter() {
            let address = DocAddress::new(segment.segment_ord, doc);
            if !seen.contains(&address) {
                top.offer(Entry {
                    primary: 0,
                    secondary: published.get(doc),
                    score: 0.0,
                    address,
                });
            }
        }
    }
    Ok(())
}

/// Whether every segment of the index keeps its postings newest first
/// (an index setting of the generation).
pub fn segments_newest_first(searcher: &Searcher) -> bool {
    searcher
        .index()
        .settings()
        .sort_by_field
        .as_ref()
        .is_some_and(|sort| sort.field == names::PUBLISHED_AT && sort.order == Order::Desc)
}

/// The best `k` matches by date (newest first, then highest id) or by pay
/// (top of the range, negotiable last, then newest). Scores are 0.
pub fn by_key(
    searcher: &Searcher,
    cache: &SegmentCache,
    matches: &Matches,
    sort: Sort,
    k: usize,
) -> tantivy::Result<Vec<Ranked>> {
    let mut top = TopK::new(k);
    let newest_first = segments_newest_first(searcher);
    for segment in &matches.segments {
        let reader = searcher.segment_reader(segment.segment_ord);
        let published = cache.published(reader)?;
        let published = published.values();
        let columns = cache.sort_columns(reader)?;
        match sort {
            Sort::Salary => walk(&mut top, segment, &*columns.pay, published, false),
            Sort::Newest | Sort::Relevance => {
                walk(&mut top, segment, published, &*columns.id, newest_first);
            }
        }
    }
    Ok(top.into_ranked())
}

/// Offers every match of a segment to `top`, reading the two sort columns
/// in blocks. When `primary_descends` (the segment is in decreasing order
/// of the primary key), the walk stops at the first match that ranks below
/// a full `top` on the primary key: none after it can do better.
fn walk<P>(
    top: &mut TopK,
    segment: &SegmentMatches,
    primary: &dyn ColumnValues<P>,
    secondary: &dyn ColumnValues<i64>,
    primary_descends: bool,
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
                if primary_descends {
                    return;
                }
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
    fn without_keeps_the_documents_the_other_list_lacks() {
        assert_eq!(without(&[1, 3, 5, 7, 9], &[0, 3, 4, 9, 12]), [1, 5, 7]);
        assert_eq!(without(&[1, 2], &[]), [1, 2]);
        assert!(without(&[], &[1]).is_empty());
        assert!(without(&[4, 8], &[4, 8]).is_empty());
    }

    #[test]
    fn a_bar_only_rises() {
        let bar = Bar::default();
        assert_eq!(bar.get(), 0.0);
        bar.raise(2.5);
        bar.raise(1.0);
        bar.raise(f32::NAN);
        assert_eq!(bar.get(), 2.5);
        bar.raise(7.25);
        assert_eq!(bar.get(), 7.25);
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
            "nhân viên bán hàng",
            "công nhân",
            "thợ",
            "lái xe",
            "giúp việc gia đình",
            "kế toán",
            "khách sạn sa pa",
            "xuất khẩu lao động nhật bản",
        ] {
            for k in [1, 2, 3, 5, 10, 40] {
                let exhaustive = index.ranked_ids(text, k, Strategy::Exhaustive);
                let wand = index.ranked_ids(text, k, Strategy::Wand);
                assert_eq!(exhaustive, wand, "{text} top {k}");
                assert!(!wand.is_empty(), "{text}");
                // Fewer matches than the window: the window is all of them.
                let window = index.ranked_ids(text, k, Strategy::Window);
                assert_eq!(exhaustive, window, "{text} top {k}, window");
            }
        }
    }

    #[test]
    fn a_window_smaller_than_the_matches_ranks_its_postings_as_wand_does() {
        use crate::search::testkit::*;
        // Many matches of varied strength over several segments, identical
        // copies among them for ties: windows of a few dozen postings hold
        // a part of them, with and without title matches put first.
        let index = crate::search::SearchIndex::in_ram().expect("index");
        let base = corpus();
        let mut docs = Vec::new();
        for copy in 0..12_i64 {
            for (i, d) in base.iter().enumerate() {
                let mut d = d.clone();
                d.id = copy * 10_000 + i as i64 + 1;
                d.published_at -= copy * 3_600 + i as i64;
                docs.push(d);
            }
        }
        docs.sort_by_key(|d| std::cmp::Reverse(d.published_at));
        for (seq, chunk) in docs.chunks(97).enumerate() {
            index.apply(chunk, &[], seq as i64).expect("apply");
        }
        let mut compared = 0;
        for text in [
            "cong nhan may",
            "may",
            "nhân viên",
            "công nhân",
            "lao động",
            "xkld nhat",
            "lái xe",
            "kế toán",
            "bac ha",
        ] {
            for (newest, title) in [(8, 2), (30, 5), (60, 0), (100, 40)] {
                for k in [1, 3, 10] {
                    let window = index.ranked_ids(text, k, Strategy::WindowOf { newest, title });
                    let wand = index.ranked_ids_by(text, |searcher, cache, query, matches| {
                        let held = window_matches(searcher, cache, query, matches, newest, title)?;
                        by_score_with(searcher, cache, query, &held, k, Strategy::Wand)
                    });
                    // A window holding fewer than `k` postings fills its
                    // page with other matches, unscored, after its own.
                    let what = format!("{text}: top {k} of a window of {newest} + {title}");
                    assert!(wand.len() == window.len() || wand.len() < k, "{what}");
                    assert_eq!(window.get(..wand.len()), Some(&wand[..]), "{what}");
                    compared += usize::from(wand.len() == k);
                }
            }
        }
        assert!(compared > 50, "too few rankings compared: {compared}");
    }

    #[test]
    fn a_window_still_ranks_an_older_title_match_first() {
        use crate::search::testkit::*;
        let index = crate::search::SearchIndex::in_ram().expect("index");
        let base = corpus().into_iter().next().expect("a posting");
        let newest = base.published_at;
        let mut docs: Vec<_> = (0..RANK_WINDOW as i64 + 300)
            .map(|i| {
                let mut d = base.clone();
                d.id = i + 1;
                d.title = "Nhân viên kho".into();
                d.occupation_name = None;
                d.employer_name = "Công ty Hòa Bình".into();
                d.description = "Làm việc trong xưởng may, ca ngày.".into();
                d.published_at = newest - i;
                d
            })
            .collect();
        let mut oldest = base.clone();
        oldest.id = 1_000_000;
        oldest.title = "Thợ may".into();
        oldest.description = "May áo sơ mi.".into();
        oldest.published_at = newest - 1_000_000;
        docs.push(oldest);
        for (seq, chunk) in docs.chunks(3_000).enumerate() {
            index.apply(chunk, &[], seq as i64).expect("apply");
        }
        // More matches than the window: the oldest posting is outside the
        // newest ones, but its title has the word.
        assert_eq!(index.ranked_ids("may", 3, Strategy::Window)[0], 1_000_000);
        assert_eq!(index.ranked_ids("may", 3, Strategy::Auto)[0], 1_000_000);
        assert_eq!(
            index.ranked_ids("may", 3, Strategy::Exhaustive)[0],
            1_000_000
        );
    }
}
