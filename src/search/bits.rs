//! Sets of a segment's postings, one bit per posting: what the first pass
//! of a search works in. Intersecting two of them is one AND per 64
//! postings, and a set can be kept and reused by every search that asks
//! for the same thing (see `segments::SegmentCache::clause_bits`).

use std::sync::Arc;

use tantivy::query::Weight;
use tantivy::{DocId, DocSet, SegmentReader, TERMINATED};

/// A set of postings of one segment: bit `doc % 64` of word `doc / 64`.
/// Bits at or past `max_doc` are always clear.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bits {
    words: Vec<u64>,
    max_doc: u32,
}

impl Bits {
    /// No posting.
    pub fn empty(max_doc: u32) -> Self {
        Self {
            words: vec![0; (max_doc as usize).div_ceil(64)],
            max_doc,
        }
    }

    /// Every posting.
    pub fn full(max_doc: u32) -> Self {
        let mut bits = Self {
            words: vec![u64::MAX; (max_doc as usize).div_ceil(64)],
            max_doc,
        };
        bits.clear_from(max_doc);
        bits
    }

    /// The postings a weight matches in a segment, deleted ones included.
    pub fn matched_by(weight: &dyn Weight, reader: &SegmentReader) -> tantivy::Result<Self> {
        let mut bits = Self::empty(reader.max_doc());
        weight.for_each_no_score(reader, &mut |docs| bits.insert_sorted(docs))?;
        Ok(bits)
    }

    /// The segment's size in postings.
    pub fn max_doc(&self) -> u32 {
        self.max_doc
    }

    /// Memory held, in bytes.
    pub fn bytes(&self) -> usize {
        self.words.len() * std::mem::size_of::<u64>()
    }

    /// Adds postings given in increasing order, one write per word.
    pub fn insert_sorted(&mut self, docs: &[DocId]) {
        let mut word_index = usize::MAX;
        let mut word = 0u64;
        for &doc in docs {
            let index = (doc / 64) as usize;
            if index != word_index {
                if let Some(slot) = self.words.get_mut(word_index) {
                    *slot |= word;
                }
                word_index = index;
                word = 0;
            }
            word |= 1 << (doc % 64);
        }
        if let Some(slot) = self.words.get_mut(word_index) {
            *slot |= word;
        }
    }

    /// Whether `doc` is in the set.
    #[inline]
    pub fn contains(&self, doc: DocId) -> bool {
        self.words
            .get((doc / 64) as usize)
            .is_some_and(|word| word & (1 << (doc % 64)) != 0)
    }

    /// Number of postings in the set.
    pub fn count(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// Keeps only the postings also in `other` (a set of the same segment).
    pub fn intersect_with(&mut self, other: &Bits) {
        for (word, &theirs) in self.words.iter_mut().zip(&other.words) {
            *word &= theirs;
        }
    }

    /// Removes every posting from `doc` on.
    pub fn clear_from(&mut self, doc: DocId) {
        let first_full = (doc as usize).div_ceil(64);
        if !doc.is_multiple_of(64)
            && let Some(word) = self.words.get_mut(doc as usize / 64)
        {
            *word &= (1u64 << (doc % 64)) - 1;
        }
        for word in self.words.iter_mut().skip(first_full) {
            *word = 0;
        }
    }

    /// Removes the postings `keep` says no to, looking only at members.
    pub fn retain(&mut self, mut keep: impl FnMut(DocId) -> bool) {
        for (index, word) in self.words.iter_mut().enumerate() {
            let mut rest = *word;
            while rest != 0 {
                let bit = rest.trailing_zeros();
                rest &= rest - 1;
                if !keep(index as DocId * 64 + bit) {
                    *word &= !(1 << bit);
                }
            }
        }
    }

    /// The members, in increasing order.
    pub fn iter(&self) -> impl Iterator<Item = DocId> + '_ {
        self.words.iter().enumerate().flat_map(|(index, &word)| {
            let base = index as DocId * 64;
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

    /// The first member at or after `doc`, or [`TERMINATED`].
    fn next_from(&self, doc: DocId) -> DocId {
        let mut index = (doc / 64) as usize;
        let Some(&first) = self.words.get(index) else {
            return TERMINATED;
        };
        let mut word = first & (u64::MAX << (doc % 64));
        loop {
            if word != 0 {
                return index as DocId * 64 + word.trailing_zeros();
            }
            index += 1;
            match self.words.get(index) {
                Some(&next) => word = next,
                None => return TERMINATED,
            }
        }
    }
}

/// The postings in at least `minimum` of `sets` (sets of one segment of
/// `max_doc` postings). Counts are kept bit-sliced, 64 postings at a time:
/// plane `p` holds bit `p` of each posting's count, each set is added with
/// a ripple carry, and the comparison with `minimum` runs plane by plane
/// from the highest.
pub fn at_least(sets: &[&Bits], minimum: usize, max_doc: u32) -> Bits {
    if minimum == 0 {
        return Bits::full(max_doc);
    }
    let mut out = Bits::empty(max_doc);
    if minimum > sets.len() {
        return out;
    }
    let planes_needed = (usize::BITS - sets.len().leading_zeros()) as usize;
    let mut planes = vec![0u64; planes_needed];
    for (index, slot) in out.words.iter_mut().enumerate() {
        planes.fill(0);
        for set in sets {
            let mut carry = set.words.get(index).copied().unwrap_or(0);
            for plane in planes.iter_mut() {
                if carry == 0 {
                    break;
                }
                let next = *plane & carry;
                *plane ^= carry;
                carry = next;
            }
        }
        // Postings whose count is above `minimum` in a higher plane
        // (`above`), or equal to it in every plane so far (`equal`).
        let (mut above, mut equal) = (0u64, u64::MAX);
        for (bit, &plane) in planes.iter().enumerate().rev() {
            if (minimum >> bit) & 1 == 1 {
                equal &= plane;
            } else {
                above |= equal & plane;
                equal &= !plane;
            }
        }
        *slot = above | equal;
    }
    out
}

/// A shared [`Bits`] walked as a tantivy [`DocSet`], for the queries that
/// tantivy runs itself.
pub struct BitsDocSet {
    bits: Arc<Bits>,
    doc: DocId,
    len: u32,
}

impl BitsDocSet {
    pub fn new(bits: Arc<Bits>) -> Self {
        let len = bits.count() as u32;
        let doc = bits.next_from(0);
        Self { bits, doc, len }
    }
}

impl DocSet for BitsDocSet {
    fn advance(&mut self) -> DocId {
        if self.doc != TERMINATED {
            self.doc = self.bits.next_from(self.doc + 1);
        }
        self.doc
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc != TERMINATED && target > self.doc {
            self.doc = self.bits.next_from(target);
        }
        self.doc
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.len
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn of(max_doc: u32, docs: &[DocId]) -> Bits {
        let mut bits = Bits::empty(max_doc);
        bits.insert_sorted(docs);
        bits
    }

    #[test]
    fn full_and_cleared_sets_stop_at_their_bounds() {
        let full = Bits::full(130);
        assert_eq!(full.count(), 130);
        assert!(full.contains(129) && !full.contains(130));
        let mut cut = full.clone();
        cut.clear_from(65);
        assert_eq!(cut.iter().collect::<Vec<_>>(), (0..65).collect::<Vec<_>>());
        cut.clear_from(64);
        assert_eq!(cut.count(), 64);
        cut.clear_from(0);
        assert_eq!(cut.count(), 0);
        assert_eq!(Bits::full(0).count(), 0);
    }

    #[test]
    fn the_doc_set_walks_and_seeks_the_members() {
        let bits = Arc::new(of(300, &[3, 64, 65, 200, 299]));
        let mut set = BitsDocSet::new(Arc::clone(&bits));
        assert_eq!(set.size_hint(), 5);
        assert_eq!(set.doc(), 3);
        assert_eq!(set.advance(), 64);
        assert_eq!(set.seek(66), 200);
        assert_eq!(set.seek(200), 200);
        assert_eq!(set.advance(), 299);
        assert_eq!(set.advance(), TERMINATED);
        assert_eq!(set.advance(), TERMINATED);
        let empty = BitsDocSet::new(Arc::new(Bits::empty(10)));
        assert_eq!(empty.doc(), TERMINATED);
    }

    proptest! {
        #[test]
        fn set_operations_agree_with_plain_sets(
            max_doc in 1u32..400,
            a in proptest::collection::btree_set(0u32..400, 0..120),
            b in proptest::collection::btree_set(0u32..400, 0..120),
            cut in 0u32..400,
        ) {
            let a: Vec<DocId> = a.into_iter().filter(|&d| d < max_doc).collect();
            let b: Vec<DocId> = b.into_iter().filter(|&d| d < max_doc).collect();
            let mut both = of(max_doc, &a);
            both.intersect_with(&of(max_doc, &b));
            let expected: Vec<DocId> = a.iter().copied().filter(|d| b.contains(d)).collect();
            prop_assert_eq!(both.iter().collect::<Vec<_>>(), expected.clone());
            prop_assert_eq!(both.count(), expected.len());

            let mut cleared = of(max_doc, &a);
            cleared.clear_from(cut);
            let below: Vec<DocId> = a.iter().copied().filter(|&d| d < cut).collect();
            prop_assert_eq!(cleared.iter().collect::<Vec<_>>(), below);

            let mut odd = of(max_doc, &a);
            odd.retain(|d| d % 2 == 1);
            let odds: Vec<DocId> = a.iter().copied().filter(|d| d % 2 == 1).collect();
            prop_assert_eq!(odd.iter().collect::<Vec<_>>(), odds);

            let c: Vec<DocId> = (0..max_doc).filter(|d| d % 3 == 0).collect();
            let sets = [of(max_doc, &a), of(max_doc, &b), of(max_doc, &c)];
            let refs: Vec<&Bits> = sets.iter().collect();
            for minimum in 0..=4 {
                let expected: Vec<DocId> = (0..max_doc)
                    .filter(|&d| sets.iter().filter(|s| s.contains(d)).count() >= minimum)
                    .collect();
                let got = at_least(&refs, minimum, max_doc);
                prop_assert_eq!(got.iter().collect::<Vec<_>>(), expected, "at least {}", minimum);
            }

            let mut set = BitsDocSet::new(Arc::new(of(max_doc, &a)));
            let mut walked = Vec::new();
            while set.doc() != TERMINATED {
                walked.push(set.doc());
                set.advance();
            }
            prop_assert_eq!(walked, a);
        }
    }
}
