//! The first pass of a search (which postings match the text and every
//! filter): set operations on [`Bits`], one per clause and segment, then
//! the facets counted over what is left.
//!
//! The words people search for and the filters they pick are few, and a
//! segment never changes, so the set of each word's or filter's postings
//! is remembered per segment (`SegmentCache::clause_bits`, within a memory
//! budget) and the next search that asks for it only ANDs it in: one
//! instruction per 64 postings instead of walking posting lists. The
//! clause sets leave deleted postings in; each search takes them out of
//! its result.
//!
//! The relaxed pass ("most of the words", see `query`) counts, per
//! posting, the units whose sets hold it (`bits::at_least`).

use std::sync::Arc;

use tantivy::query::{ConstScoreQuery, EnableScoring, Query, Weight};
use tantivy::{Searcher, SegmentOrdinal, SegmentReader};

use super::bits::{self, Bits};
use super::facets::{FacetTally, Matches, SegmentMatches};
use super::segments::{self, Open, SegmentCache};

/// One condition of the first pass.
#[derive(Debug)]
pub enum Clause {
    /// The postings a query matches, remembered per segment under the
    /// query's description: a word of the text with its alternatives, a
    /// district, a work location.
    Remembered(Box<dyn Query>),
    /// The postings a query matches, worked out for every search: ranges
    /// (pay, occupation codes), which seldom repeat.
    Computed(Box<dyn Query>),
    /// Postings whose application deadline is this day (a Julian day
    /// number) or later, from the segment cache.
    OpenOn(i64),
    /// Postings published at this time or later: a prefix of every
    /// segment, in an index whose segments keep their postings newest
    /// first (the caller checks).
    PublishedSince(i64),
}

impl Clause {
    /// The clause as a tantivy query (scoring 0): what tantivy would run
    /// for it, for checking this module's answers against tantivy's and
    /// for tuning.
    pub fn to_query(&self, cache: &Arc<SegmentCache>) -> Box<dyn Query> {
        match self {
            Clause::Remembered(query) | Clause::Computed(query) => {
                Box::new(ConstScoreQuery::new(query.box_clone(), 0.0))
            }
            Clause::OpenOn(day) => cache.open_on_query(*day),
            Clause::PublishedSince(since) => segments::published_since_query(*since),
        }
    }
}

/// A query whose postings are remembered per segment, ready to run: its
/// description (its `Debug` text, the key of its sets; a test checks that
/// it tells apart every kind of query remembered) and its weight.
pub struct RememberedSet {
    key: String,
    weight: Box<dyn Weight>,
}

impl RememberedSet {
    pub fn new(query: &dyn Query, searcher: &Searcher) -> tantivy::Result<Self> {
        Ok(Self {
            key: format!("{query:?}"),
            weight: query.weight(EnableScoring::disabled_from_searcher(searcher))?,
        })
    }

    /// The query's postings in a segment, deleted ones included.
    pub fn bits(&self, cache: &SegmentCache, reader: &SegmentReader) -> tantivy::Result<Arc<Bits>> {
        cache.clause_bits(reader, &self.key, || {
            Bits::matched_by(self.weight.as_ref(), reader)
        })
    }
}

/// A clause ready to run on the segments.
enum Prepared {
    Remembered(RememberedSet),
    Computed(Box<dyn Weight>),
    OpenOn(i64),
    PublishedSince(i64),
}

/// Every posting that matches at least `minimum` of the text's `units`
/// (each a query remembered per segment; all of them when `minimum` is
/// their number or more; any posting when there are none) and every
/// filter, with the facet counts: segments side by side on the index's
/// search threads.
pub fn find(
    searcher: &Searcher,
    cache: &SegmentCache,
    units: &[Box<dyn Query>],
    minimum: usize,
    filters: &[Clause],
) -> tantivy::Result<Matches> {
    let scoring = EnableScoring::disabled_from_searcher(searcher);
    let units = units
        .iter()
        .map(|unit| RememberedSet::new(unit.as_ref(), searcher))
        .collect::<tantivy::Result<Vec<_>>>()?;
    let filters = filters
        .iter()
        .map(|clause| {
            Ok(match clause {
                Clause::Remembered(query) => {
                    Prepared::Remembered(RememberedSet::new(query.as_ref(), searcher)?)
                }
                Clause::Computed(query) => Prepared::Computed(query.weight(scoring)?),
                Clause::OpenOn(day) => Prepared::OpenOn(*day),
                Clause::PublishedSince(since) => Prepared::PublishedSince(*since),
            })
        })
        .collect::<tantivy::Result<Vec<_>>>()?;
    let parts = searcher.index().search_executor().map(
        |(ord, reader)| {
            let text = text_matches(reader, cache, &units, minimum)?;
            segment_matches(ord as SegmentOrdinal, reader, cache, text, &filters)
        },
        searcher.segment_readers().iter().enumerate(),
    )?;
    let mut all = Matches::default();
    for (tally, segment) in parts {
        all.tally.merge(tally);
        if !segment.is_empty() {
            all.segments.push(segment);
        }
    }
    Ok(all)
}

/// The postings of a segment with at least `minimum` of the units, `None`
/// for no units (no condition).
fn text_matches(
    reader: &SegmentReader,
    cache: &SegmentCache,
    units: &[RememberedSet],
    minimum: usize,
) -> tantivy::Result<Option<Bits>> {
    let sets = units
        .iter()
        .map(|unit| unit.bits(cache, reader))
        .collect::<tantivy::Result<Vec<_>>>()?;
    let Some((first, rest)) = sets.split_first() else {
        return Ok(None);
    };
    if minimum >= sets.len() {
        let mut found = Bits::clone(first);
        for set in rest {
            found.intersect_with(set);
        }
        return Ok(Some(found));
    }
    let refs: Vec<&Bits> = sets.iter().map(|set| &**set).collect();
    Ok(Some(bits::at_least(&refs, minimum, reader.max_doc())))
}

fn segment_matches(
    ord: SegmentOrdinal,
    reader: &SegmentReader,
    cache: &SegmentCache,
    text: Option<Bits>,
    filters: &[Prepared],
) -> tantivy::Result<(FacetTally, SegmentMatches)> {
    let max_doc = reader.max_doc();
    let mut found = text;
    let mut prefix = max_doc;
    for clause in filters {
        let set = match clause {
            Prepared::Remembered(set) => set.bits(cache, reader)?,
            Prepared::Computed(weight) => Arc::new(Bits::matched_by(weight.as_ref(), reader)?),
            Prepared::OpenOn(day) => match &*cache.open_on(reader, *day)? {
                Open::Every => continue,
                Open::Only(bits) => Arc::clone(bits),
                Open::Nothing => {
                    found = Some(Bits::empty(max_doc));
                    break;
                }
            },
            Prepared::PublishedSince(since) => {
                prefix = prefix.min(cache.published_since_prefix(reader, *since)?);
                continue;
            }
        };
        match &mut found {
            Some(found) => found.intersect_with(&set),
            None => found = Some(Bits::clone(&set)),
        }
    }
    let mut bits = found.unwrap_or_else(|| Bits::full(max_doc));
    bits.clear_from(prefix);
    if let Some(alive) = reader.alive_bitset() {
        bits.retain(|doc| alive.is_alive(doc));
    }
    let tally = cache.facet_keys(reader)?.count(&bits);
    Ok((tally, SegmentMatches::from_bits(ord, bits)))
}

#[cfg(test)]
mod tests {
    use tantivy::Term;
    use tantivy::query::{BooleanQuery, FuzzyTermQuery, PhraseQuery, TermQuery};
    use tantivy::schema::IndexRecordOption;

    use super::*;
    use crate::search::schema::Fields;
    use crate::search::testkit::corpus_index;

    /// Remembered sets are found again by the description of their query
    /// (its `Debug` text): every kind of query the first pass remembers
    /// must describe itself completely, so that two different queries
    /// never share a set, and the same query always finds its own.
    #[test]
    fn remembered_keys_tell_every_query_apart() {
        let fields = Fields::new();
        let term = |field, text: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(field, text),
                IndexRecordOption::Basic,
            ))
        };
        let number = |field, value: u64| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_u64(field, value),
                IndexRecordOption::Basic,
            ))
        };
        let fuzzy = |text: &str, distance| -> Box<dyn Query> {
            Box::new(FuzzyTermQuery::new(
                Term::from_field_text(fields.all_folded, text),
                distance,
                true,
            ))
        };
        let queries = || -> Vec<Box<dyn Query>> {
            vec![
                term(fields.all_folded, "may"),
                term(fields.all_folded, "nhan"),
                term(fields.title_folded, "may"),
                term(fields.synonym_groups, "3"),
                term(fields.synonym_groups, "13"),
                number(fields.district, 1084),
                number(fields.district, 1085),
                number(fields.commune, 1084),
                fuzzy("doang", 1),
                fuzzy("doang", 2),
                Box::new(BooleanQuery::union(vec![
                    term(fields.all_folded, "may"),
                    term(fields.all_folded, "may"),
                ])),
                Box::new(BooleanQuery::union(vec![
                    term(fields.all_folded, "may"),
                    term(fields.all_folded, "mat"),
                ])),
                Box::new(BooleanQuery::intersection(vec![
                    term(fields.all_folded, "may"),
                    term(fields.all_folded, "mat"),
                ])),
                Box::new(PhraseQuery::new(vec![
                    Term::from_field_text(fields.all_folded, "cong"),
                    Term::from_field_text(fields.all_folded, "nhan"),
                ])),
                Box::new(PhraseQuery::new(vec![
                    Term::from_field_text(fields.all_folded, "nhan"),
                    Term::from_field_text(fields.all_folded, "cong"),
                ])),
            ]
        };
        let index = corpus_index();
        let searcher = index.searcher_for_tests();
        let keys = |queries: Vec<Box<dyn Query>>| -> Vec<String> {
            queries
                .iter()
                .map(|q| {
                    RememberedSet::new(q.as_ref(), &searcher)
                        .expect("weight")
                        .key
                })
                .collect()
        };
        let first = keys(queries());
        let distinct: std::collections::HashSet<&String> = first.iter().collect();
        assert_eq!(distinct.len(), first.len(), "{first:#?}");
        assert_eq!(keys(queries()), first);
    }
}
