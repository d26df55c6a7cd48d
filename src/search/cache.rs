//! A small memory of whole search results, for the searches a public
//! portal sees over and over (the front page's links, the newest postings
//! of a district, the same popular words typed by many people).
//!
//! Every entry is tagged with the state of the index and of the query
//! settings it was computed on ([`Stamp`]); the first look-up with a newer
//! stamp empties the cache, so an answer never outlives a change of the
//! index. Each index generation has a cache of its own.
//!
//! The size is bounded by keeping two maps: new entries go to the recent
//! one; when it is full (in entries, or in hits: pages may hold up to a
//! hundred) it becomes the older one and the previous older one is
//! dropped. A hit in the older map is copied to the recent one, so
//! searches that keep coming back stay.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::types::{SearchRequest, SearchResults};

/// Entries per map; the cache holds at most twice this many.
const ENTRIES_PER_MAP: usize = 512;
/// Hits per map (an average page of 20 per entry); the cache holds at
/// most twice this many, plus one page.
const HITS_PER_MAP: usize = ENTRIES_PER_MAP * 20;
/// Requests with longer text are not remembered: nobody repeats them, and
/// they would make the cache's memory depend on what people type.
const MAX_CACHED_TEXT: usize = 200;

/// What a result depends on besides the request: the searcher generation
/// of the index (it changes with every commit) and the version of the
/// query settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Stamp {
    pub searcher: u64,
    pub settings: u64,
}

#[derive(Default)]
struct State {
    stamp: Option<Stamp>,
    recent: HashMap<SearchRequest, Arc<SearchResults>>,
    /// Hits held by `recent`.
    recent_hits: usize,
    older: HashMap<SearchRequest, Arc<SearchResults>>,
}

impl State {
    /// Moves to `stamp` if it is newer, forgetting everything; returns
    /// whether the cache is now at `stamp`.
    fn at(&mut self, stamp: Stamp) -> bool {
        match self.stamp {
            Some(current) if current == stamp => true,
            Some(current) if current > stamp => false,
            _ => {
                self.stamp = Some(stamp);
                self.recent.clear();
                self.recent_hits = 0;
                self.older.clear();
                true
            }
        }
    }

    fn insert(&mut self, request: SearchRequest, results: Arc<SearchResults>) {
        let hits = results.items.len();
        if self.recent.len() >= ENTRIES_PER_MAP || self.recent_hits + hits > HITS_PER_MAP {
            self.older = std::mem::take(&mut self.recent);
            self.recent_hits = 0;
        }
        self.recent_hits += hits;
        if let Some(replaced) = self.recent.insert(request, results) {
            self.recent_hits = self.recent_hits.saturating_sub(replaced.items.len());
        }
    }
}

/// Results of recent searches, valid for one [`Stamp`].
#[derive(Default)]
pub struct ResultCache {
    state: Mutex<State>,
}

impl ResultCache {
    /// The remembered results of `request` at `stamp`, if any.
    pub fn get(&self, stamp: Stamp, request: &SearchRequest) -> Option<Arc<SearchResults>> {
        let mut state = self.state.lock().ok()?;
        if !state.at(stamp) {
            return None;
        }
        if let Some(found) = state.recent.get(request) {
            return Some(Arc::clone(found));
        }
        let found = state.older.remove(request)?;
        state.insert(request.clone(), Arc::clone(&found));
        Some(found)
    }

    /// Remembers the results of `request` computed at `stamp` (unless the
    /// cache has moved on to a newer stamp meanwhile).
    pub fn put(&self, stamp: Stamp, request: &SearchRequest, results: Arc<SearchResults>) {
        if request.text.len() > MAX_CACHED_TEXT {
            return;
        }
        let Ok(mut state) = self.state.lock() else {
            return;
        };
        if state.at(stamp) {
            state.insert(request.clone(), results);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::job::{EmploymentType, WorkLocation};
    use crate::search::types::Hit;

    fn request(text: &str) -> SearchRequest {
        SearchRequest {
            text: text.to_string(),
            ..SearchRequest::default()
        }
    }

    fn results(total: u64) -> Arc<SearchResults> {
        Arc::new(SearchResults {
            total,
            ..SearchResults::default()
        })
    }

    fn hit() -> Hit {
        Hit {
            id: 1,
            external_ref: None,
            title: "Tuyển công nhân may".to_string(),
            employer_name: String::new(),
            district_code: None,
            commune_code: None,
            work_location: WorkLocation::InProvince,
            country: None,
            place_name: String::new(),
            occupation_code: None,
            salary_min: None,
            salary_max: None,
            employment_type: EmploymentType::ALL[0],
            deadline: None,
            published_at: 0,
            score: 0.0,
            snippet: Vec::new(),
        }
    }

    const FIRST: Stamp = Stamp {
        searcher: 1,
        settings: 0,
    };
    const SECOND: Stamp = Stamp {
        searcher: 2,
        settings: 0,
    };

    #[test]
    fn a_result_is_served_until_the_stamp_changes() {
        let cache = ResultCache::default();
        assert!(cache.get(FIRST, &request("may")).is_none());
        cache.put(FIRST, &request("may"), results(7));
        assert_eq!(cache.get(FIRST, &request("may")).map(|r| r.total), Some(7));
        assert!(cache.get(FIRST, &request("máy")).is_none());
        assert!(cache.get(SECOND, &request("may")).is_none());
        // A search that started before the change cannot put its answer back.
        cache.put(FIRST, &request("may"), results(7));
        assert!(cache.get(SECOND, &request("may")).is_none());
        assert!(cache.get(FIRST, &request("may")).is_none());
    }

    #[test]
    fn the_cache_stays_bounded_and_keeps_what_comes_back() {
        let cache = ResultCache::default();
        cache.put(FIRST, &request("popular"), results(1));
        for i in 0..(3 * ENTRIES_PER_MAP) {
            cache.put(FIRST, &request(&format!("q{i}")), results(0));
            if i % 100 == 0 {
                assert!(cache.get(FIRST, &request("popular")).is_some(), "{i}");
            }
        }
        let state = cache.state.lock().expect("lock");
        assert!(state.recent.len() + state.older.len() <= 2 * ENTRIES_PER_MAP);
    }

    #[test]
    fn large_pages_count_against_the_bound() {
        let cache = ResultCache::default();
        let page = |n: usize| {
            Arc::new(SearchResults {
                items: vec![hit(); n],
                ..SearchResults::default()
            })
        };
        for i in 0..ENTRIES_PER_MAP {
            cache.put(FIRST, &request(&format!("q{i}")), page(100));
        }
        let state = cache.state.lock().expect("lock");
        let hits: usize = state
            .recent
            .values()
            .chain(state.older.values())
            .map(|r| r.items.len())
            .sum();
        assert!(hits <= 2 * HITS_PER_MAP + 100, "{hits}");
        assert_eq!(
            state.recent_hits,
            state.recent.values().map(|r| r.items.len()).sum::<usize>()
        );
    }

    #[test]
    fn long_texts_are_not_remembered() {
        let cache = ResultCache::default();
        let long = request(&"a ".repeat(MAX_CACHED_TEXT));
        cache.put(FIRST, &long, results(1));
        assert!(cache.get(FIRST, &long).is_none());
    }
}
