//! Turning what people type, and the filters they pick, into tantivy
//! queries, built programmatically: the user's text never goes through
//! tantivy's query parser, so no input can become query syntax or an error.
//!
//! A search runs in two passes (see `index`), and this module builds the
//! query of each:
//!
//! 1. the **match query** decides which postings are results (and so the
//!    total and the facet counts). It runs unscored on the one field
//!    holding all text folded, so it is a plain intersection of a few
//!    posting lists;
//! 2. the **score query** ranks them: a flat sum of weighted term lookups
//!    in the views of each field (how many matches it scores, and how, is
//!    up to `rank`), with a **seed** query naming the postings likely to
//!    make the page (every word in the title).
//!
//! # Text
//!
//! The text is cut into tokens exactly as the index is (NFC, lower case,
//! split on anything that is not a letter or digit; at most
//! [`MAX_QUERY_TOKENS`] tokens of the first [`MAX_QUERY_CHARS`] characters).
//! A token matches its folded form anywhere, so "máy" finds "máy" and
//! "may"; the exact form scores more ([`Weights::exact_factor`]) in the
//! title and occupation, so the one typed comes first. A token that looks
//! like a Telex or VNI leftover ("coong", "toans", "co6ng") also matches
//! the syllable it stands for. A run of tokens that is a member of a
//! synonym group ("xkld", "xuất khẩu lao động") also matches the other
//! members: through the groups the index recorded for each posting (one
//! term, see `schema`), or, when the query's synonym groups are not the
//! ones the index recorded, as phrases.
//!
//! # Matching policy
//!
//! Every token (or one of its alternatives) must match somewhere in the
//! posting. When that finds nothing and the query has at least two units,
//! the search is repeated requiring only "most" of them: two thirds,
//! rounded down, and at least one ([`relaxed_minimum`]). This keeps
//! results precise when they exist and still answers a query with one
//! wrong or misspelt word.
//!
//! # Ranking
//!
//! BM25 per view, scaled by the weights of [`Weights`]: title 4,
//! occupation 2.5, employer 1.5, place 1.5, description 1 (the description
//! is scored through the all-text view, so each field's own view carries
//! its weight minus the description's), summed over tokens. Two query
//! tokens that stand side by side in the title, occupation or place score
//! again through the pairs views, so "công nhân may" ranks "Tuyển công
//! nhân may" above a posting with the three syllables apart. Synonym
//! members score with [`Weights::synonym`], scaled by the ratio of words
//! typed to words of the member. Postings with equal scores come newest
//! first.
//!
//! Fuzzy matching (edit distance 1 on folded tokens of five letters or
//! more, low weight) exists but is off by default: on the test corpus it
//! turned "truong" into "trung" and "thuong" and brought unrelated
//! postings into short queries, and it disables the WAND shortcut. Turn
//! it on with [`QuerySettings::fuzzy`].

use std::collections::{HashMap, HashSet};
use std::ops::Bound;
use std::sync::Arc;

use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, EmptyQuery, FuzzyTermQuery, Occur, PhraseQuery, Query,
    RangeQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{Searcher, Term};

use super::analyzer::{analyze, has_overlong_word, pair_key};
use super::matching::Clause;
use super::schema::{
    Fields, TextField, digit_prefix_range, encode_digits, encode_employment_type, encode_letters,
    encode_work_location,
};
use super::synonyms::Synonyms;
use super::types::{Negotiable, SearchRequest};
use super::typing::intended_syllable;

/// Only this many characters of the query text are read.
pub const MAX_QUERY_CHARS: usize = 1_000;
/// Only this many tokens of the query are used.
pub const MAX_QUERY_TOKENS: usize = 16;
/// Synonym-derived alternatives (`others`) kept per unit.
const MAX_ALTERNATIVES_PER_UNIT: usize = 8;
/// Scoring terms found in more than this share of the postings are left
/// out of the score query: they say next to nothing (BM25 gives them a
/// tiny weight) and would only slow it down. They still have to match.
const MAX_SCORING_DOC_SHARE: f64 = 0.9;

/// The weights of the ranking. The defaults are tuned on the relevance
/// tests of this module.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    pub title: f32,
    pub occupation: f32,
    pub employer: f32,
    pub place: f32,
    pub description: f32,
    /// How much more an exact (marked) match in the title or occupation
    /// counts than a folded one.
    pub exact_factor: f32,
    /// Factor for the syllable guessed from a Telex or VNI leftover.
    pub typed_as: f32,
    /// Factor for the other members of a synonym group.
    pub synonym: f32,
    /// Factor for the words of a multi-word synonym member typed in full
    /// ("xuất khẩu lao động"), which count mostly when they stand together.
    pub scattered: f32,
    /// Weight of two consecutive query tokens found side by side in the
    /// title.
    pub pair_title: f32,
    /// The same, in the occupation name.
    pub pair_occupation: f32,
    /// The same, in the place names.
    pub pair_place: f32,
    /// Factor for fuzzy alternatives, when fuzzy matching is on.
    pub fuzzy: f32,
}

impl Default for Weights {
    fn default() -> Self {
        Self {
            title: 4.0,
            occupation: 2.5,
            employer: 1.5,
            place: 1.5,
            description: 1.0,
            exact_factor: 1.5,
            typed_as: 0.9,
            synonym: 0.8,
            scattered: 0.6,
            pair_title: 3.0,
            pair_occupation: 2.0,
            pair_place: 1.5,
            fuzzy: 0.3,
        }
    }
}

impl Weights {
    fn of(&self, field: TextField) -> f32 {
        match field {
            TextField::Title => self.title,
            TextField::Occupation => self.occupation,
            TextField::Employer => self.employer,
            TextField::Place => self.place,
        }
    }

    fn pair(&self, field: TextField) -> f32 {
        match field {
            TextField::Title => self.pair_title,
            TextField::Occupation => self.pair_occupation,
            TextField::Place => self.pair_place,
            TextField::Employer => 0.0,
        }
    }
}

/// How queries are built: synonyms, weights and whether typos are
/// tolerated.
#[derive(Debug, Clone)]
pub struct QuerySettings {
    pub synonyms: Arc<Synonyms>,
    pub weights: Weights,
    /// Fuzzy alternatives (edit distance 1) for long folded tokens.
    pub fuzzy: bool,
}

impl Default for QuerySettings {
    fn default() -> Self {
        Self {
            synonyms: Arc::new(Synonyms::builtin()),
            weights: Weights::default(),
            fuzzy: false,
        }
    }
}

/// One token of the query in both views.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryToken {
    pub exact: String,
    pub folded: String,
    /// The folded syllable a Telex/VNI leftover stands for.
    pub typed_as: Option<String>,
}

impl QueryToken {
    /// The folded form most likely meant.
    fn best_folded(&self) -> &str {
        self.typed_as.as_deref().unwrap_or(&self.folded)
    }

    fn fuzzy_candidate(&self) -> bool {
        self.folded.len() >= 5 && self.folded.bytes().all(|b| b.is_ascii_lowercase())
    }
}

/// A group of consecutive tokens that must match together: one token, or
/// a run that is a synonym member.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Unit {
    start: usize,
    len: usize,
    /// Other members of the synonym groups of this run (folded tokens).
    others: Vec<Vec<String>>,
    /// Those groups, by number.
    groups: Vec<usize>,
}

impl Unit {
    /// Whether token `i` and `i + 1` both lie inside this run.
    fn holds_pair(&self, i: usize) -> bool {
        self.len > 1 && i >= self.start && i + 1 < self.start + self.len
    }
}

/// Whether all units must match, or most of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchMode {
    All,
    Most,
}

/// The query text, analysed.
#[derive(Debug, Clone, Default)]
pub struct ParsedQuery {
    tokens: Vec<QueryToken>,
    units: Vec<Unit>,
    /// The text had words, all of them longer than any word the index
    /// keeps: it matches nothing (rather than, with no words left, every
    /// posting).
    unmatchable: bool,
}

/// Units required in [`MatchMode::Most`] out of `units`: two thirds,
/// rounded down, at least one.
pub fn relaxed_minimum(units: usize) -> usize {
    (units * 2 / 3).max(1)
}

/// Scoring terms being gathered: the same term from several sources is
/// one lookup with the boosts added up.
#[derive(Default)]
struct ScoreTerms {
    boosts: HashMap<(Field, String), f32>,
    order: Vec<(Field, String)>,
}

impl ScoreTerms {
    fn add(&mut self, field: Field, text: &str, boost: f32) {
        if boost <= 0.0 || text.is_empty() {
            return;
        }
        let key = (field, text.to_string());
        match self.boosts.get_mut(&key) {
            Some(b) => *b += boost,
            None => {
                self.boosts.insert(key.clone(), boost);
                self.order.push(key);
            }
        }
    }
}

impl ParsedQuery {
    /// Analyses query text.
    pub fn parse(text: &str, synonyms: &Synonyms) -> Self {
        let cut = match text.char_indices().nth(MAX_QUERY_CHARS) {
            Some((at, _)) => &text[..at],
            None => text,
        };
        let tokens: Vec<QueryToken> = analyze(cut)
            .into_iter()
            .take(MAX_QUERY_TOKENS)
            .map(|t| {
                let typed_as = intended_syllable(&t.folded);
                QueryToken {
                    exact: t.exact,
                    folded: t.folded,
                    typed_as,
                }
            })
            .collect();
        let folded: Vec<String> = tokens.iter().map(|t| t.folded.clone()).collect();
        let mut units = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            match synonyms.longest_match(&folded, i) {
                Some(found) => {
                    units.push(Unit {
                        start: i,
                        len: found.len.max(1),
                        others: found
                            .others
                            .iter()
                            .take(MAX_ALTERNATIVES_PER_UNIT)
                            .map(|m| m.to_vec())
                            .collect(),
                        groups: found.groups,
                    });
                    i += found.len.max(1);
                }
                None => {
                    units.push(Unit {
                        start: i,
                        len: 1,
                        others: Vec::new(),
                        groups: Vec::new(),
                    });
                    i += 1;
                }
            }
        }
        let unmatchable = tokens.is_empty() && has_overlong_word(cut);
        Self {
            tokens,
            units,
            unmatchable,
        }
    }

    /// Whether the text had no token at all.
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    /// The tokens.
    pub fn tokens(&self) -> &[QueryToken] {
        &self.tokens
    }

    /// Number of units (tokens, or synonym runs counted once).
    pub fn unit_count(&self) -> usize {
        self.units.len()
    }

    /// Folded words to highlight in snippets: the tokens, their Telex
    /// guesses and the words of synonym members.
    pub fn highlight_terms(&self) -> HashSet<String> {
        let mut terms = HashSet::new();
        for token in &self.tokens {
            terms.insert(token.folded.clone());
            if let Some(guess) = &token.typed_as {
                terms.insert(guess.clone());
            }
        }
        for unit in &self.units {
            for member in &unit.others {
                terms.extend(member.iter().cloned());
            }
        }
        terms
    }

    /// What each unit of the text matches (unscored): the match query in
    /// [`MatchMode::All`] is their intersection. Empty for empty text; one
    /// query that matches nothing for text whose words are all too long
    /// for the index.
    pub fn unit_queries(&self, fields: &Fields, settings: &QuerySettings) -> Vec<Box<dyn Query>> {
        if self.unmatchable {
            return vec![Box::new(EmptyQuery)];
        }
        self.units
            .iter()
            .map(|unit| self.unit_match(unit, fields, settings))
            .collect()
    }

    /// The match query of the text (unscored), or `None` for empty text.
    pub fn match_query(
        &self,
        fields: &Fields,
        settings: &QuerySettings,
        mode: MatchMode,
    ) -> Option<Box<dyn Query>> {
        if self.units.is_empty() && !self.unmatchable {
            return None;
        }
        let units = self.unit_queries(fields, settings);
        Some(match mode {
            MatchMode::All => Box::new(BooleanQuery::intersection(units)),
            MatchMode::Most => {
                let minimum = relaxed_minimum(units.len());
                Box::new(BooleanQuery::union_with_minimum_required_clauses(
                    units, minimum,
                ))
            }
        })
    }

    /// What one token matches in the all-text view.
    fn token_match(&self, token: &QueryToken, fields: &Fields, fuzzy: bool) -> Box<dyn Query> {
        let all = fields.all_folded;
        let mut alternatives = vec![term_query(all, &token.folded)];
        if let Some(guess) = &token.typed_as {
            alternatives.push(term_query(all, guess));
        }
        if fuzzy && token.fuzzy_candidate() {
            alternatives.push(Box::new(FuzzyTermQuery::new(
                Term::from_field_text(all, &token.folded),
                1,
                true,
            )));
        }
        one_or_union(alternatives)
    }

    fn unit_match(&self, unit: &Unit, fields: &Fields, settings: &QuerySettings) -> Box<dyn Query> {
        let tokens = &self.tokens[unit.start..unit.start + unit.len];
        let mut alternatives: Vec<Box<dyn Query>> = Vec::new();
        match tokens {
            [one] => alternatives.push(self.token_match(one, fields, settings.fuzzy)),
            many => alternatives.push(Box::new(BooleanQuery::intersection(
                many.iter()
                    .map(|t| self.token_match(t, fields, settings.fuzzy))
                    .collect(),
            ))),
        }
        // The other members: one term when the index recorded the groups
        // these settings know, else a phrase each.
        if fields.synonyms.fingerprint() == settings.synonyms.fingerprint() {
            for group in &unit.groups {
                alternatives.push(term_query(fields.synonym_groups, &group.to_string()));
            }
        } else {
            for member in &unit.others {
                let words: Vec<&str> = member.iter().map(String::as_str).collect();
                alternatives.push(phrase_or_term(fields.all_folded, &words));
            }
        }
        one_or_union(alternatives)
    }

    /// The score query of the text: a flat sum of weighted term lookups
    /// (see the module documentation), without terms the index does not
    /// have or that nearly every posting has. `None` for empty text.
    pub fn score_query(
        &self,
        fields: &Fields,
        settings: &QuerySettings,
        searcher: &Searcher,
    ) -> Option<ScoreQuery> {
        if self.units.is_empty() {
            return None;
        }
        let w = &settings.weights;
        let mut terms = ScoreTerms::default();
        for unit in &self.units {
            let tokens = &self.tokens[unit.start..unit.start + unit.len];
            // The words of a multi-word synonym typed in full count mostly
            // through their pairs (below), so that "xuất khẩu ... lao động"
            // scattered ranks under "XKLĐ".
            let factor = if tokens.len() > 1 && !unit.others.is_empty() {
                w.scattered
            } else {
                1.0
            };
            for token in tokens {
                self.token_terms(token, factor, fields, w, &mut terms);
            }
            // Other members of the synonym groups. A one-word member
            // ("xkld") scores like a typed word, worth up to two of the
            // words typed; the words of a longer member ("đi làm việc ở
            // nước ngoài") score only in the all-text view, together worth
            // about the words typed, and its pairs share one pair bonus in
            // the title, occupation and place, so a posting must have the
            // member's words side by side there to gain much. Words and
            // pairs already typed, or shared by several members, count
            // once.
            let typed_words: HashSet<&str> = tokens
                .iter()
                .flat_map(|t| [Some(t.folded.as_str()), t.typed_as.as_deref()])
                .flatten()
                .collect();
            let typed = unit.len as f32;
            let mut single: HashMap<&str, f32> = HashMap::new();
            let mut words: HashMap<&str, f32> = HashMap::new();
            let mut pairs: HashMap<(&str, &str), f32> = HashMap::new();

            for member in &unit.others {
                let length = member.len().max(1) as f32;
                match member.as_slice() {
                    [word] => {
                        if !typed_words.contains(word.as_str()) {
                            keep_max(
                                &mut single,
                                word.as_str(),
                                w.synonym * typed.clamp(0.25, 3.0),
                            );
                        }
                    }
                    many => {
                        let factor = 0.5 * w.synonym * (typed / length).min(1.0);
                        for word in many.iter().filter(|x| !typed_words.contains(x.as_str())) {
                            keep_max(&mut words, word.as_str(), factor);
                        }
                        for pair in many.windows(2) {
                            if let [a, b] = pair
                                && !(typed_words.contains(a.as_str())
                                    && typed_words.contains(b.as_str()))
                            {
                                keep_max(
                                    &mut pairs,
                                    (a.as_str(), b.as_str()),
                                    w.synonym * 2.0 / length,
                                );
                            }
                        }
                    }
                }
            }
            for (word, factor) in single {
                let token = QueryToken {
                    exact: word.to_string(),
                    folded: word.to_string(),
                    typed_as: None,
                };
                self.token_terms(&token, factor, fields, w, &mut terms);
            }
            for (word, factor) in words {
                terms.add(fields.all_folded, word, w.description * factor);
            }
            for ((a, b), factor) in pairs {
                self.pair_terms(a, b, factor, fields, w, &mut terms);
            }
        }
        // Neighbouring tokens standing together. Pairs inside a synonym
        // run share one bonus, so the run counts about as much as one pair.
        for (i, pair) in self.tokens.windows(2).enumerate() {
            let [a, b] = pair else { continue };
            let factor = match self.units.iter().find(|u| u.holds_pair(i)) {
                Some(run) if !run.others.is_empty() => 1.0,
                _ => 1.0,
            };
            self.pair_terms(&a.folded, &b.folded, factor, fields, w, &mut terms);
            if a.typed_as.is_some() || b.typed_as.is_some() {
                self.pair_terms(
                    a.best_folded(),
                    b.best_folded(),
                    factor,
                    fields,
                    w,
                    &mut terms,
                );
            }
        }

        let total = searcher.num_docs().max(1) as f64;
        let mut scored = ScoreQuery::default();
        for key in &terms.order {
            let Some(&boost) = terms.boosts.get(key) else {
                continue;
            };
            let term = Term::from_field_text(key.0, &key.1);
            let df = searcher.doc_freq(&term).unwrap_or(0) as f64;
            if df == 0.0 || df / total > MAX_SCORING_DOC_SHARE {
                continue;
            }
            scored.terms.push((term, boost));
        }
        scored.seed = self.seed_units(fields);
        if settings.fuzzy {
            for token in self.tokens.iter().filter(|t| t.fuzzy_candidate()) {
                for field in [TextField::Title, TextField::Occupation] {
                    let fuzzy = FuzzyTermQuery::new(
                        Term::from_field_text(fields.folded(field), &token.folded),
                        1,
                        true,
                    );
                    scored
                        .fuzzy
                        .push(boosted(Box::new(fuzzy), w.of(field) * w.fuzzy));
                }
            }
        }
        Some(scored)
    }

    /// Postings likely to make the first page: those with every unit in
    /// the title (folded; a synonym member counts when its words are all
    /// there). A ranking window scores the newest of them besides the
    /// newest matches (see `rank`).
    /// The seed: for each unit, a query for the postings with all of its
    /// words (or of one of its synonyms' words) in the title; a posting
    /// in the seed has every unit there.
    fn seed_units(&self, fields: &Fields) -> Vec<Box<dyn Query>> {
        let title = fields.title_folded;
        let words = |words: Vec<&str>| -> Box<dyn Query> {
            let mut clauses: Vec<Box<dyn Query>> =
                words.into_iter().map(|w| term_query(title, w)).collect();
            if clauses.len() == 1 {
                clauses.pop().unwrap_or_else(|| Box::new(EmptyQuery))
            } else {
                Box::new(BooleanQuery::intersection(clauses))
            }
        };
        self.units
            .iter()
            .map(|unit| {
                let tokens = &self.tokens[unit.start..unit.start + unit.len];
                let mut alternatives =
                    vec![words(tokens.iter().map(|t| t.best_folded()).collect())];
                for member in &unit.others {
                    alternatives.push(words(member.iter().map(String::as_str).collect()));
                }
                one_or_union(alternatives)
            })
            .collect()
    }

    fn token_terms(
        &self,
        token: &QueryToken,
        factor: f32,
        fields: &Fields,
        w: &Weights,
        terms: &mut ScoreTerms,
    ) {
        let mut forms = vec![(token.folded.as_str(), factor)];
        if let Some(guess) = &token.typed_as {
            forms.push((guess.as_str(), factor * w.typed_as));
        }
        for (form, f) in forms {
            terms.add(fields.all_folded, form, w.description * f);
            for field in TextField::ALL {
                terms.add(
                    fields.folded(field),
                    form,
                    (w.of(field) - w.description) * f,
                );
            }
        }
        for field in TextField::ALL {
            if let Some(exact) = fields.exact(field) {
                terms.add(exact, &token.exact, w.of(field) * w.exact_factor * factor);
            }
        }
    }

    fn pair_terms(
        &self,
        a: &str,
        b: &str,
        factor: f32,
        fields: &Fields,
        w: &Weights,
        terms: &mut ScoreTerms,
    ) {
        let key = pair_key(a, b);
        for field in TextField::ALL {
            if let Some(pairs) = fields.pairs(field) {
                terms.add(pairs, &key, w.pair(field) * factor);
            }
        }
    }
}

/// What ranks the matches: weighted terms, summed, and (when fuzzy
/// matching is on) fuzzy alternatives.
#[derive(Default)]
pub struct ScoreQuery {
    /// Each term with its boost.
    pub terms: Vec<(Term, f32)>,
    /// Fuzzy alternatives; their presence rules out the WAND shortcut.
    pub fuzzy: Vec<Box<dyn Query>>,
    /// Where to look first for the page (see `rank`).
    pub seed: Vec<Box<dyn Query>>,
}

impl ScoreQuery {
    /// The whole sum as one tantivy query.
    pub fn to_query(&self) -> Box<dyn Query> {
        let mut clauses: Vec<Box<dyn Query>> = self
            .terms
            .iter()
            .map(|(term, boost)| {
                boosted(
                    Box::new(TermQuery::new(term.clone(), IndexRecordOption::WithFreqs)),
                    *boost,
                )
            })
            .collect();
        clauses.extend(self.fuzzy.iter().map(|q| q.box_clone()));
        if clauses.is_empty() {
            Box::new(EmptyQuery)
        } else {
            Box::new(BooleanQuery::union(clauses))
        }
    }
}

/// Keeps the larger factor for a key.
fn keep_max<K: std::hash::Hash + Eq>(map: &mut HashMap<K, f32>, key: K, factor: f32) {
    let slot = map.entry(key).or_insert(0.0);
    *slot = slot.max(factor);
}

fn term_query(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::Basic,
    ))
}

/// A phrase query for two or more words, a term query for one.
fn phrase_or_term(field: Field, words: &[&str]) -> Box<dyn Query> {
    match words {
        [] => Box::new(EmptyQuery),
        [one] => term_query(field, one),
        many => Box::new(PhraseQuery::new(
            many.iter()
                .map(|w| Term::from_field_text(field, w))
                .collect(),
        )),
    }
}

fn one_or_union(mut queries: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    match queries.len() {
        0 => Box::new(EmptyQuery),
        1 => match queries.pop() {
            Some(q) => q,
            None => Box::new(EmptyQuery),
        },
        _ => Box::new(BooleanQuery::union(queries)),
    }
}

fn boosted(query: Box<dyn Query>, boost: f32) -> Box<dyn Query> {
    if (boost - 1.0).abs() < f32::EPSILON {
        query
    } else {
        Box::new(BoostQuery::new(query, boost))
    }
}

fn u64_term(field: Field, value: Option<u64>) -> Box<dyn Query> {
    match value {
        Some(v) => Box::new(TermQuery::new(
            Term::from_field_u64(field, v),
            IndexRecordOption::Basic,
        )),
        None => Box::new(EmptyQuery),
    }
}

fn u64_range(field: Field, lo: Bound<u64>, hi: Bound<u64>) -> Box<dyn Query> {
    let term = |v: u64| Term::from_field_u64(field, v);
    Box::new(RangeQuery::new(lo.map(term), hi.map(term)))
}

/// A filter: postings whose i64 column `field` is `lo` or more.
pub fn at_least(field: Field, lo: i64) -> Box<dyn Query> {
    Box::new(RangeQuery::new(
        Bound::Included(Term::from_field_i64(field, lo)),
        Bound::Unbounded,
    ))
}

/// The filter clauses of a request, except the dates (`posted_since`,
/// `today`), which the index answers with what it knows of its segments
/// (`segments`), or with [`at_least`]. Single values (a district, a
/// country) are remembered per segment; ranges are worked out each time.
pub fn filter_clauses(fields: &Fields, request: &SearchRequest) -> Vec<Clause> {
    let mut out = Vec::new();
    let non_empty = |s: &Option<String>| {
        s.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    if let Some(code) = non_empty(&request.district_code) {
        out.push(Clause::Remembered(u64_term(
            fields.district,
            encode_digits(&code),
        )));
    }
    if let Some(code) = non_empty(&request.commune_code) {
        out.push(Clause::Remembered(u64_term(
            fields.commune,
            encode_digits(&code),
        )));
    }
    if let Some(location) = request.work_location {
        out.push(Clause::Remembered(u64_term(
            fields.work_location,
            Some(encode_work_location(location)),
        )));
    }
    if let Some(code) = non_empty(&request.country_code) {
        out.push(Clause::Remembered(u64_term(
            fields.country,
            encode_letters(&code),
        )));
    }
    if let Some(code) = non_empty(&request.occupation) {
        out.push(if code.len() == 1 {
            Clause::Remembered(occupation_filter(fields, &code))
        } else {
            Clause::Computed(occupation_filter(fields, &code))
        });
    }
    if let Some(kind) = request.employment_type {
        out.push(Clause::Remembered(u64_term(
            fields.employment_type,
            Some(encode_employment_type(kind)),
        )));
    }
    if let Some(q) = salary_filter(fields, request) {
        out.push(Clause::Computed(q));
    }
    out
}

/// A group ("7") matches the group column; longer digit strings match the
/// occupation codes starting with them ("75" → 75xx, "7531" → 7531).
fn occupation_filter(fields: &Fields, code: &str) -> Box<dyn Query> {
    if code.len() == 1 {
        return u64_term(fields.occupation_group, encode_digits(code));
    }
    let ranges: Vec<Box<dyn Query>> = (code.len()..=6)
        .filter_map(|len| digit_prefix_range(code, len))
        .map(|(lo, hi)| {
            u64_range(
                fields.occupation_code,
                Bound::Included(lo),
                Bound::Included(hi),
            )
        })
        .collect();
    if ranges.is_empty() {
        Box::new(EmptyQuery)
    } else {
        Box::new(BooleanQuery::union(ranges))
    }
}

/// Overlap of the posting's range with the requested one, with negotiable
/// postings kept, dropped or alone as [`Negotiable`] says. With no bounds
/// requested, `Include` filters nothing, `Exclude` keeps postings with a
/// stated pay, `Only` keeps negotiable ones.
fn salary_filter(fields: &Fields, request: &SearchRequest) -> Option<Box<dyn Query>> {
    let negotiable = |yes: bool| u64_term(fields.negotiable, Some(u64::from(yes)));
    let mut overlap: Vec<Box<dyn Query>> = Vec::new();
    if let Some(max) = request.salary_max {
        overlap.push(u64_range(
            fields.salary_lo,
            Bound::Unbounded,
            Bound::Included(max),
        ));
    }
    if let Some(min) = request.salary_min {
        overlap.push(u64_range(
            fields.salary_hi,
            Bound::Included(min),
            Bound::Unbounded,
        ));
    }
    match request.negotiable {
        Negotiable::Only => Some(negotiable(true)),
        Negotiable::Exclude => {
            overlap.push(negotiable(false));
            Some(Box::new(BooleanQuery::intersection(overlap)))
        }
        Negotiable::Include if overlap.is_empty() => None,
        Negotiable::Include => {
            overlap.push(negotiable(false));
            Some(Box::new(BooleanQuery::union(vec![
                negotiable(true),
                Box::new(BooleanQuery::intersection(overlap)),
            ])))
        }
    }
}

/// Combines the text query and the filters into one query.
pub fn combine(text: Option<Box<dyn Query>>, filters: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    if text.is_none() && filters.is_empty() {
        return Box::new(AllQuery);
    }
    let clauses: Vec<(Occur, Box<dyn Query>)> = text
        .into_iter()
        .chain(filters)
        .map(|q| (Occur::Must, q))
        .collect();
    Box::new(BooleanQuery::new(clauses))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> ParsedQuery {
        ParsedQuery::parse(text, &Synonyms::builtin())
    }

    #[test]
    fn punctuation_only_is_empty() {
        assert!(parse("!!! ?? ... — :) ").is_empty());
        assert!(parse("").is_empty());
        let fields = Fields::new();
        assert!(
            parse("*:()[]{}\"^~")
                .match_query(&fields, &QuerySettings::default(), MatchMode::All)
                .is_none()
        );
    }

    #[test]
    fn query_syntax_is_just_text() {
        let q = parse("title:may AND (\"công nhân\" OR -kế~2) ^3");
        let words: Vec<&str> = q.tokens().iter().map(|t| t.folded.as_str()).collect();
        assert_eq!(
            words,
            ["title", "may", "and", "cong", "nhan", "or", "ke", "2", "3"]
        );
    }

    #[test]
    fn very_long_queries_are_cut() {
        let q = parse(&"công nhân may ".repeat(800));
        assert_eq!(q.tokens().len(), MAX_QUERY_TOKENS);
        let q = parse(&"x".repeat(10_000));
        assert!(q.is_empty(), "a single overlong token is dropped");
    }

    #[test]
    fn nfd_input_parses_like_nfc() {
        use unicode_normalization::UnicodeNormalization;
        let text = "Công nhân may Đà Nẵng";
        let nfd: String = text.nfd().collect();
        assert_eq!(parse(&nfd).tokens(), parse(text).tokens());
    }

    #[test]
    fn telex_guesses_are_added() {
        let q = parse("coong nhaan may");
        let guesses: Vec<Option<&str>> = q.tokens().iter().map(|t| t.typed_as.as_deref()).collect();
        assert_eq!(guesses, [Some("cong"), Some("nhan"), None]);
        assert!(q.highlight_terms().contains("cong"));
    }

    #[test]
    fn synonym_runs_become_one_unit() {
        let q = parse("xuất khẩu lao động Nhật Bản");
        assert_eq!(q.unit_count(), 2);
        let q = parse("xkld nhat");
        assert_eq!(q.unit_count(), 2);
        assert!(q.highlight_terms().contains("khau"));
    }

    #[test]
    fn relaxed_minimum_is_most() {
        assert_eq!(relaxed_minimum(1), 1);
        assert_eq!(relaxed_minimum(2), 1);
        assert_eq!(relaxed_minimum(3), 2);
        assert_eq!(relaxed_minimum(4), 2);
        assert_eq!(relaxed_minimum(6), 4);
    }
}

#[cfg(test)]
mod ranking_tests {
    use super::*;
    use crate::domain::text::lower_nfc;
    use crate::search::testkit::*;
    use crate::search::types::SearchRequest;

    fn today(text: &str) -> SearchRequest {
        SearchRequest {
            today: Some(TODAY),
            ..request(text)
        }
    }

    fn position(ids: &[i64], id: i64) -> usize {
        ids.iter()
            .position(|&x| x == id)
            .unwrap_or_else(|| panic!("#{id} {} not in {ids:?}", title(id)))
    }

    #[test]
    fn cong_nhan_may_ranks_the_sewing_posting_above_decoys() {
        let index = corpus_index();
        for text in [
            "cong nhan may",
            "công nhân may",
            "CÔNG NHÂN MAY",
            "cong nhan  may!",
        ] {
            let ids = ids(&index, &today(text));
            assert_eq!(ids[0], 1, "{text}: {ids:?}");
            let decoy = position(&ids, 2);
            for sewing in [1, 35, 46] {
                assert!(position(&ids, sewing) < decoy, "{text}: {ids:?}");
            }
            assert!(!ids.contains(&47), "expired posting shown: {ids:?}");
        }
    }

    #[test]
    fn may_and_may_with_marks_find_both_and_rank_the_typed_one_first() {
        let index = corpus_index();
        let machine = ids(&index, &today("máy"));
        let sewing = ids(&index, &today("may"));
        assert!(machine.contains(&4) && machine.contains(&40), "{machine:?}");
        assert!(sewing.contains(&4) && sewing.contains(&40), "{sewing:?}");
        let words_of = |text: &str, word: &str| {
            lower_nfc(text)
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == word)
        };
        let in_title = |id: i64, word: &str| words_of(title(id), word);
        let anywhere_up_top = |id: i64, word: &str| {
            let p = POSTINGS.iter().find(|p| p.id == id).expect("posting");
            words_of(p.title, word) || p.occupation.is_some_and(|(_, name)| words_of(name, word))
        };
        for (results, typed, other) in [(&machine, "máy", "may"), (&sewing, "may", "máy")] {
            for id in &results[..5] {
                assert!(in_title(*id, typed), "{typed}: {}", title(*id));
            }
            // Every posting with the typed word in its title comes before
            // every posting that has only the other word.
            let last_typed = results.iter().rposition(|&id| in_title(id, typed));
            let first_other_only = results
                .iter()
                .position(|&id| anywhere_up_top(id, other) && !anywhere_up_top(id, typed));
            assert!(first_other_only.is_some(), "{typed}: {results:?}");
            assert!(last_typed < first_other_only, "{typed}: {results:?}");
        }
    }

    #[test]
    fn abbreviations_find_the_long_form() {
        let index = corpus_index();
        assert_eq!(ids(&index, &today("xkld nhat"))[0], 7);
        assert_eq!(ids(&index, &today("XKLĐ Nhật"))[0], 7);
        // The long form finds every overseas posting (whichever form it
        // uses) above the garment posting that merely has "xuất khẩu" and
        // "lao động" apart; the one with the phrase in its title is near
        // the top.
        let long = ids(&index, &today("xuat khau lao dong"));
        let mut overseas = long[..4].to_vec();
        overseas.sort_unstable();
        assert_eq!(overseas, [7, 9, 10, 45], "{long:?}");
        assert_eq!(long.get(4), Some(&46), "{long:?}");
        assert!(position(&long, 7) < 2, "{long:?}");
        assert_eq!(ids(&index, &today("tts")), [8]);
        assert_eq!(ids(&index, &today("kcn"))[0], 18);
        assert_eq!(ids(&index, &today("lđpt"))[0], 19);
        let drivers = ids(&index, &today("tai xe"));
        assert_eq!(&drivers[..2], &[14, 15], "{drivers:?}");
        assert_eq!(ids(&index, &today("osin")), [17, 16]);
        assert_eq!(ids(&index, &today("giúp việc"))[0], 16);
    }

    #[test]
    fn telex_and_vni_leftovers_find_the_intended_words() {
        let index = corpus_index();
        let accounting = ids(&index, &today("ke toans"));
        assert_eq!(accounting[0], 11, "{accounting:?}");
        assert!(!accounting.contains(&13), "maths teacher: {accounting:?}");
        let workers = ids(&index, &today("coong nhaan"));
        assert!(workers.len() >= 8, "{workers:?}");
        for id in &workers[..5] {
            let p = POSTINGS.iter().find(|p| p.id == *id).expect("posting");
            let shown = format!("{} {}", p.title, p.occupation.map_or("", |o| o.1));
            assert!(lower_nfc(&shown).contains("công nhân"), "{shown}");
        }
        assert_eq!(ids(&index, &today("dduowngf"))[0], 32);
        assert_eq!(ids(&index, &today("co6ng nha6n may"))[0], 1);
    }

    #[test]
    fn place_names_with_or_without_marks() {
        let index = corpus_index();
        for text in ["bac ha", "Bắc Hà", "BAC HA"] {
            let ids = ids(&index, &today(text));
            assert_eq!(ids[0], 22, "{text}: {ids:?}");
            assert!(position(&ids, 6) < ids.iter().position(|&x| x == 23).unwrap_or(usize::MAX));
        }
        for text in ["Sapa", "sa pa", "Sa Pa"] {
            let ids = ids(&index, &today(text));
            for id in [4, 20, 21, 26, 44] {
                assert!(ids.contains(&id), "{text}: {ids:?}");
            }
        }
    }

    #[test]
    fn decomposed_queries_search_like_composed_ones() {
        use unicode_normalization::UnicodeNormalization;
        let index = corpus_index();
        for text in ["Kế toán tổng hợp", "Thợ hàn điện", "Đơn hàng Nhật Bản"] {
            let nfd: String = text.nfd().collect();
            let a = index.search(&today(text)).expect("nfc");
            let b = index.search(&today(&nfd)).expect("nfd");
            assert_eq!(a, b, "{text}");
            assert!(a.total > 0);
        }
    }

    #[test]
    fn punctuation_only_is_the_empty_query() {
        let index = corpus_index();
        let empty = index.search(&today("")).expect("empty");
        let punctuation = index
            .search(&today("!!! ... ?? — :) *"))
            .expect("punctuation");
        assert_eq!(empty, punctuation);
        assert_eq!(empty.total as usize, POSTINGS.len() - 1);
        let newest: Vec<i64> = empty.items.iter().map(|h| h.published_at).collect();
        assert!(newest.windows(2).all(|w| w[0] >= w[1]), "{newest:?}");
    }

    #[test]
    fn huge_and_hostile_queries_are_harmless() {
        let index = corpus_index();
        let long = "công nhân may ".repeat(800);
        assert!(long.chars().count() > 10_000);
        assert_eq!(ids(&index, &today(&long))[0], 1);
        for text in [
            "x".repeat(10_000),
            "(((*:\\\"".repeat(2_000),
            "title:may AND (\"công nhân\" OR -kế~2) ^3 [a TO z]".to_string(),
            "\u{0}\u{FEFF}\u{200B}\u{0301}\u{0301}".to_string(),
            "💼🇻🇳 ".repeat(3_000),
        ] {
            assert!(index.search(&today(&text)).is_ok());
        }
    }

    #[test]
    fn a_query_with_a_word_nobody_uses_falls_back_to_most_words() {
        let index = corpus_index();
        let ids = ids(&index, &today("cong nhan may xyzabc"));
        assert_eq!(ids[0], 1, "{ids:?}");
        assert!(
            index
                .search(&today("xyzabc"))
                .expect("search")
                .items
                .is_empty()
        );
    }

    #[test]
    fn relevance_ties_go_to_the_newest() {
        let index = crate::search::SearchIndex::in_ram().expect("index");
        let mut older = job_doc(&POSTINGS[0]);
        older.id = 100;
        older.published_at = NOW - 1_000;
        let mut newer = older.clone();
        newer.id = 101;
        newer.published_at = NOW - 10;
        let mut middle = older.clone();
        middle.id = 102;
        middle.published_at = NOW - 500;
        index.apply(&[older, newer, middle], &[], 1).expect("apply");
        assert_eq!(ids(&index, &request("công nhân may")), [101, 102, 100]);
    }

    #[test]
    fn fuzzy_matching_is_off_by_default_and_switchable() {
        assert!(!QuerySettings::default().fuzzy);
        let index = corpus_index();
        let strict = ids(&index, &today("kinh doang"));
        let settings = QuerySettings {
            fuzzy: true,
            ..QuerySettings::default()
        };
        index.set_query_settings(settings).expect("settings");
        let fuzzy = ids(&index, &today("kinh doang"));
        // Without fuzziness "doang" matches nothing and the search falls
        // back to postings with "kinh"; with it, "doanh" matches.
        assert!(strict.contains(&48), "{strict:?}");
        assert_eq!(fuzzy, [48]);
    }
}

#[cfg(test)]
mod filter_tests {
    use time::macros::date;

    use super::*;
    use crate::domain::job::{EmploymentType, WorkLocation};
    use crate::search::testkit::*;
    use crate::search::types::{JobDoc, SearchRequest, Sort};

    fn all(request: SearchRequest) -> SearchRequest {
        SearchRequest {
            per_page: 100,
            ..request
        }
    }

    fn sorted_ids(request: &SearchRequest) -> Vec<i64> {
        let index = corpus_index();
        let mut found = ids(&index, request);
        found.sort_unstable();
        found
    }

    fn expected(keep: impl Fn(&JobDoc) -> bool) -> Vec<i64> {
        let mut out: Vec<i64> = corpus().iter().filter(|d| keep(d)).map(|d| d.id).collect();
        out.sort_unstable();
        out
    }

    #[test]
    fn place_filters() {
        let by_district = SearchRequest {
            district_code: Some("086".to_string()),
            ..all(request(""))
        };
        assert_eq!(
            sorted_ids(&by_district),
            expected(|d| d.district_code.as_deref() == Some("086"))
        );
        let by_commune = SearchRequest {
            commune_code: Some("03001".to_string()),
            ..all(request(""))
        };
        assert_eq!(sorted_ids(&by_commune), [4, 20, 21, 26]);
        let abroad = SearchRequest {
            work_location: Some(WorkLocation::Abroad),
            ..all(request(""))
        };
        assert_eq!(sorted_ids(&abroad), [7, 8, 9, 10, 45]);
        for code in ["KR", "kr", " KR "] {
            let korea = SearchRequest {
                country_code: Some(code.to_string()),
                ..all(request(""))
            };
            assert_eq!(sorted_ids(&korea), [9, 45], "{code:?}");
        }
        let korea_welding = SearchRequest {
            country_code: Some("KR".to_string()),
            ..all(request("thợ hàn"))
        };
        assert_eq!(sorted_ids(&korea_welding), [45]);
    }

    #[test]
    fn unknown_or_malformed_filter_values_match_nothing() {
        for request in [
            SearchRequest {
                district_code: Some("999".to_string()),
                ..all(request(""))
            },
            SearchRequest {
                district_code: Some("08x".to_string()),
                ..all(request(""))
            },
            SearchRequest {
                country_code: Some("J P".to_string()),
                ..all(request(""))
            },
            SearchRequest {
                country_code: Some("ZZZZZZZZZZZZ".to_string()),
                ..all(request(""))
            },
            SearchRequest {
                occupation: Some("abc".to_string()),
                ..all(request(""))
            },
            SearchRequest {
                commune_code: Some("1".repeat(40)),
                ..all(request(""))
            },
        ] {
            assert!(sorted_ids(&request).is_empty(), "{request:?}");
        }
        // Blank values are no filter at all.
        let blank = SearchRequest {
            district_code: Some("  ".to_string()),
            ..all(request(""))
        };
        assert_eq!(sorted_ids(&blank).len(), POSTINGS.len());
    }

    #[test]
    fn occupation_group_code_and_prefix() {
        let group = SearchRequest {
            occupation: Some("8".to_string()),
            ..all(request(""))
        };
        assert_eq!(
            sorted_ids(&group),
            expected(|d| d.occupation_group.as_deref() == Some("8"))
        );
        let code = SearchRequest {
            occupation: Some("8153".to_string()),
            ..all(request(""))
        };
        assert_eq!(sorted_ids(&code), [1, 35, 36, 46, 47]);
        let prefix = SearchRequest {
            occupation: Some("81".to_string()),
            ..all(request(""))
        };
        assert_eq!(
            sorted_ids(&prefix),
            expected(|d| d
                .occupation_code
                .as_deref()
                .is_some_and(|c| c.starts_with("81")))
        );
    }

    #[test]
    fn employment_type_posted_since_and_deadline() {
        let part_time = SearchRequest {
            employment_type: Some(EmploymentType::PartTime),
            ..all(request(""))
        };
        assert_eq!(
            sorted_ids(&part_time),
            expected(|d| d.employment_type == EmploymentType::PartTime)
        );
        let last_day = SearchRequest {
            posted_since: Some(NOW - 24 * 3600),
            ..all(request(""))
        };
        assert_eq!(sorted_ids(&last_day), [2, 7, 11, 13, 23]);

        let today = SearchRequest {
            today: Some(TODAY),
            ..all(request(""))
        };
        assert_eq!(sorted_ids(&today), expected(|d| d.id != 47));
        // Posting 19 closes on 20 May: still open that day, gone the next;
        // postings without a deadline never close.
        let on_the_day = SearchRequest {
            today: Some(date!(2024 - 05 - 20)),
            ..all(request(""))
        };
        assert!(sorted_ids(&on_the_day).contains(&19));
        let day_after = SearchRequest {
            today: Some(date!(2024 - 05 - 21)),
            ..all(request(""))
        };
        let open = sorted_ids(&day_after);
        assert!(!open.contains(&19));
        let far_future = SearchRequest {
            today: Some(date!(2030 - 01 - 01)),
            ..all(request(""))
        };
        assert_eq!(sorted_ids(&far_future), expected(|d| d.deadline.is_none()));
    }

    fn overlaps(d: &JobDoc, min: Option<u64>, max: Option<u64>) -> bool {
        let lo = d.salary_min.unwrap_or(0);
        let hi = d.salary_max.unwrap_or(u64::MAX);
        min.is_none_or(|m| hi >= m) && max.is_none_or(|m| lo <= m)
    }

    #[test]
    fn salary_overlap_and_the_negotiable_policy() {
        const M: u64 = 1_000_000;
        let ranges = [
            (Some(10 * M), Some(12 * M)),
            (Some(30 * M), None),
            (None, Some(5 * M)),
            (Some(13 * M), Some(13 * M)),
            (None, None),
        ];
        for (min, max) in ranges {
            for policy in [Negotiable::Include, Negotiable::Exclude, Negotiable::Only] {
                let request = SearchRequest {
                    salary_min: min,
                    salary_max: max,
                    negotiable: policy,
                    ..all(request(""))
                };
                let want = expected(|d| {
                    let negotiable = d.salary_min.is_none() && d.salary_max.is_none();
                    match policy {
                        Negotiable::Include => negotiable || overlaps(d, min, max),
                        Negotiable::Exclude => !negotiable && overlaps(d, min, max),
                        Negotiable::Only => negotiable,
                    }
                });
                assert_eq!(sorted_ids(&request), want, "{min:?}..{max:?} {policy:?}");
            }
        }
        // Spot checks: open-ended ranges.
        let from_40 = SearchRequest {
            salary_min: Some(40 * M),
            negotiable: Negotiable::Exclude,
            ..all(request(""))
        };
        // 45 pays 40-50 and 9 pays 35-45; 15 ("from 14 million") and 35
        // ("from 7 million") have no stated top.
        assert_eq!(sorted_ids(&from_40), [9, 15, 35, 45]);
    }

    #[test]
    fn sorting_by_newest_and_by_salary() {
        let index = corpus_index();
        let newest = index
            .search(&SearchRequest {
                sort: Sort::Newest,
                ..all(request("công nhân"))
            })
            .expect("newest");
        let times: Vec<i64> = newest.items.iter().map(|h| h.published_at).collect();
        assert!(times.windows(2).all(|w| w[0] >= w[1]), "{times:?}");

        let by_pay = index
            .search(&SearchRequest {
                sort: Sort::Salary,
                ..all(request(""))
            })
            .expect("salary");
        let tops: Vec<Option<u64>> = by_pay
            .items
            .iter()
            .map(|h| h.salary_max.or(h.salary_min))
            .collect();
        let stated: Vec<u64> = tops.iter().map_while(|t| *t).collect();
        assert!(stated.windows(2).all(|w| w[0] >= w[1]), "{tops:?}");
        assert_eq!(by_pay.items[0].id, 45);
        // Negotiable postings come last.
        let negotiable = tops.iter().filter(|t| t.is_none()).count();
        assert_eq!(negotiable, 3);
        assert!(tops[tops.len() - negotiable..].iter().all(Option::is_none));
    }

    #[test]
    fn paging_clamps_and_past_the_end_keeps_the_total() {
        let index = corpus_index();
        let everything = ids(&index, &all(request("")));
        assert_eq!(everything.len(), POSTINGS.len());
        let mut paged = Vec::new();
        for page in 1..=10 {
            let results = index
                .search(&SearchRequest {
                    page,
                    per_page: 7,
                    ..request("")
                })
                .expect("page");
            assert_eq!(results.total as usize, POSTINGS.len());
            paged.extend(results.items.iter().map(|h| h.id));
        }
        assert_eq!(paged, everything);

        for (page, per_page, items) in [
            (0, 5, 5),
            (1, 0, 1),
            (1, 1_000_000_000, POSTINGS.len().min(100)),
            (8, 7, 0),
            (u32::MAX, 100, 0),
            (u32::MAX, u32::MAX, 0),
        ] {
            let results = index
                .search(&SearchRequest {
                    page,
                    per_page,
                    ..request("")
                })
                .expect("search");
            assert_eq!(
                results.items.len(),
                items,
                "page {page} per_page {per_page}"
            );
            assert_eq!(results.total as usize, POSTINGS.len());
        }
    }

    #[test]
    fn hits_carry_what_the_page_shows_and_snippets_mark_folded_matches() {
        let index = corpus_index();
        let results = index.search(&request("cong nhan may")).expect("search");
        let hit = &results.items[0];
        assert_eq!(hit.id, 1);
        assert_eq!(hit.external_ref.as_deref(), Some("TEST-001"));
        assert_eq!(hit.title, "Tuyển công nhân may");
        assert_eq!(hit.employer_name, "Công ty TNHH May mặc Phố Mới");
        assert_eq!(hit.district_code.as_deref(), Some("080"));
        assert_eq!(hit.commune_code.as_deref(), Some("02644"));
        assert_eq!(hit.place_name, "Cốc Lếu, Thành phố Lào Cai");
        assert_eq!(hit.occupation_code.as_deref(), Some("8153"));
        assert_eq!(
            (hit.salary_min, hit.salary_max),
            (Some(6_000_000), Some(9_000_000))
        );
        assert_eq!(hit.deadline, Some(date!(2024 - 06 - 30)));
        assert_eq!(hit.published_at, NOW - 30 * 3600);
        let marked: Vec<&str> = hit
            .snippet
            .iter()
            .filter(|p| p.highlighted)
            .map(|p| p.text.as_str())
            .collect();
        assert!(
            marked.iter().any(|m| m.contains("công nhân may")),
            "{marked:?}"
        );

        let abroad = index.search(&request("xkld nhat")).expect("search");
        let hit = &abroad.items[0];
        assert_eq!(hit.country.as_deref(), Some("JP"));
        assert_eq!(hit.place_name, "Nhật Bản");
        assert_eq!(hit.work_location, WorkLocation::Abroad);
        assert!(
            hit.snippet
                .iter()
                .any(|p| p.highlighted && p.text.contains("Nhật Bản"))
        );
    }
}

/// Prints rankings for tuning the weights:
/// `cargo test --lib search::query::explore -- --ignored --nocapture`.
#[cfg(test)]
mod explore {
    use crate::search::testkit::*;

    #[test]
    #[ignore]
    fn print_rankings() {
        let index = corpus_index();
        if std::env::var("VIECLAM_FUZZY").is_ok() {
            let settings = crate::search::QuerySettings {
                fuzzy: true,
                ..crate::search::QuerySettings::default()
            };
            index.set_query_settings(settings).expect("settings");
        }
        let queries = std::env::var("VIECLAM_QUERIES").unwrap_or_else(|_| {
            "cong nhan may|máy|may|xkld nhat|xuat khau lao dong|ke toans|coong nhaan|bac ha|Sapa|tai xe|osin|giúp việc|tts|kcn|lđpt".to_string()
        });
        if let Ok(what) = std::env::var("VIECLAM_EXPLAIN")
            && let Some((q, id)) = what.split_once('#')
        {
            println!("{}", index.explain(q, id.parse().expect("id")));
            return;
        }
        for q in queries.split('|') {
            let results = index.search(&request(q)).expect("search");
            println!("== {q:?} total {}", results.total);
            for h in results.items.iter().take(8) {
                println!("   {:>7.2} #{:<3} {}", h.score, h.id, h.title);
            }
        }
    }
}
