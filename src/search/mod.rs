//! Full-text search of published postings on tantivy: a Vietnamese analyzer
//! (NFC, exact and folded views), queries as people type them, filters,
//! facets and sorting. The index is derived from the database through the
//! search outbox and can always be rebuilt.

pub mod analyzer;
pub mod bits;
pub mod cache;
pub mod error;
pub mod facets;
mod in_flight;
pub mod index;
pub mod matching;
pub mod query;
pub mod rank;
pub mod schema;
pub mod segments;
pub mod snippet;
pub mod synonyms;
pub mod types;
pub mod typing;

#[cfg(test)]
mod testkit;

pub use error::SearchError;
pub use index::{FeedOrder, SearchIndex};
pub use query::{QuerySettings, Weights};
pub use synonyms::Synonyms;
pub use types::*;
