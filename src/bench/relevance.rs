//! Relevance you can measure: a fixed corpus of postings and a judged
//! query set (in `benches/relevance/`), run against each engine and scored
//! with nDCG@10 and recall@10, overall and per kind of query.
//!
//! # The fixtures
//!
//! `corpus.jsonl` holds one posting per line: `external_ref`, `title`,
//! `description`, `occupation` and `occupation_code`, `employer`,
//! `work_location` (`in_province`, `in_vietnam`, `abroad`), `place` (any
//! of `commune_code`, `commune`, `district_code`, `district`,
//! `province_code`, `province`, `country_code`, `country`), `salary_min`
//! and `salary_max` in VND (absent: negotiable), `deadline` and
//! `published` (`YYYY-MM-DD`), and optionally `employment_type`.
//!
//! `queries.toml` holds `[[query]]` tables: `id`, `kind` (see
//! [`QueryKind`]), `text`, optionally `nfd = true` (the text is decomposed
//! before searching, as some keyboards send it), `district_code`,
//! `work_location`, an `intent` note, and `[query.judgments]` mapping
//! `external_ref` to a grade: 3 is exactly what was asked for, 2 relevant,
//! 1 marginal; postings not listed are not relevant (0).
//!
//! # The measures
//!
//! nDCG@10 uses the gain `2^grade - 1` and the usual `log2(rank + 1)`
//! discount, normalised by the best possible order of the judged
//! postings. Recall@10 counts the postings graded 2 or 3 found in the top
//! ten, out of all of them, or out of ten when there are more than ten
//! (so a perfect engine scores 1 on every query). Both are averaged over
//! queries, each query weighing the same.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

use super::{Engine, Fts5Search, PostgresSearch};
use crate::clock::VIETNAM;
use crate::db::parse_date_text;
use crate::domain::job::{EmploymentType, WorkLocation};
use crate::domain::text::nfc;
use crate::search::{JobDoc, SearchIndex, SearchRequest};

/// Results scored per query.
pub const CUTOFF: usize = 10;

/// Where the fixtures live in the source tree.
pub fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/relevance")
}

/// The kinds of query of the judged set, after the list of how
/// people type.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QueryKind {
    /// Full Vietnamese with tone marks.
    Marked,
    /// No tone marks at all ("cong nhan may").
    Unmarked,
    /// Some marks, some not ("công nhan may").
    Partial,
    /// Decomposed Unicode (NFD), as some keyboards send it.
    Nfd,
    /// Leftovers of a Telex or VNI input method ("coong nhaan").
    Telex,
    /// Abbreviations (XKLĐ, TTS, KCN, LĐPT).
    Abbreviation,
    /// Another word for the same thing (tài xế / lái xe, osin / giúp việc).
    Synonym,
    /// Place names with or without marks ("bac ha", "Sapa").
    Place,
    /// Slips of the finger.
    Typo,
}

impl QueryKind {
    /// Every kind, in table order.
    pub const ALL: [QueryKind; 9] = [
        QueryKind::Marked,
        QueryKind::Unmarked,
        QueryKind::Partial,
        QueryKind::Nfd,
        QueryKind::Telex,
        QueryKind::Abbreviation,
        QueryKind::Synonym,
        QueryKind::Place,
        QueryKind::Typo,
    ];

    /// The name used in tables.
    pub fn label(self) -> &'static str {
        match self {
            Self::Marked => "with tone marks",
            Self::Unmarked => "without marks",
            Self::Partial => "partial marks",
            Self::Nfd => "decomposed (NFD)",
            Self::Telex => "Telex/VNI leftovers",
            Self::Abbreviation => "abbreviations",
            Self::Synonym => "synonyms",
            Self::Place => "place names",
            Self::Typo => "typos",
        }
    }
}

/// A query with its judgments.
#[derive(Debug, Clone)]
pub struct JudgedQuery {
    pub id: String,
    pub kind: QueryKind,
    /// The text as searched (decomposed when the fixture says `nfd`).
    pub text: String,
    pub district_code: Option<String>,
    pub work_location: Option<WorkLocation>,
    /// What the person wants, as the judge read it.
    pub intent: Option<String>,
    /// `external_ref` to grade (1..=3).
    pub judgments: BTreeMap<String, u8>,
}

impl JudgedQuery {
    /// The search the query stands for: first page of ten, by relevance.
    pub fn request(&self) -> SearchRequest {
        SearchRequest {
            text: self.text.clone(),
            district_code: self.district_code.clone(),
            work_location: self.work_location,
            page: 1,
            per_page: CUTOFF as u32,
            ..SearchRequest::default()
        }
    }
}

/// The corpus and the judged queries.
#[derive(Debug, Clone)]
pub struct Fixture {
    pub corpus: Vec<JobDoc>,
    pub queries: Vec<JudgedQuery>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CorpusLine {
    external_ref: String,
    title: String,
    description: String,
    occupation: Option<String>,
    occupation_code: Option<String>,
    employer: String,
    work_location: WorkLocation,
    #[serde(default)]
    place: CorpusPlace,
    salary_min: Option<u64>,
    salary_max: Option<u64>,
    deadline: Option<String>,
    published: String,
    employment_type: Option<EmploymentType>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct CorpusPlace {
    commune_code: Option<String>,
    commune: Option<String>,
    district_code: Option<String>,
    district: Option<String>,
    province_code: Option<String>,
    province: Option<String>,
    country_code: Option<String>,
    country: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct QueryFile {
    query: Vec<QueryEntry>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct QueryEntry {
    id: String,
    kind: QueryKind,
    text: String,
    #[serde(default)]
    nfd: bool,
    district_code: Option<String>,
    work_location: Option<WorkLocation>,
    intent: Option<String>,
    judgments: BTreeMap<String, u8>,
}

/// Reads and checks `corpus.jsonl` and `queries.toml` from `dir`: every
/// line parses, references are unique, every judgment names a posting of
/// the corpus with a grade from 1 to 3, and every query has at least one
/// posting graded 2 or more.
pub fn load_fixture(dir: &Path) -> anyhow::Result<Fixture> {
    let corpus_path = dir.join("corpus.jsonl");
    let text = std::fs::read_to_string(&corpus_path)
        .with_context(|| format!("reading {}", corpus_path.display()))?;
    let corpus = parse_corpus(&text).with_context(|| corpus_path.display().to_string())?;
    let queries_path = dir.join("queries.toml");
    let text = std::fs::read_to_string(&queries_path)
        .with_context(|| format!("reading {}", queries_path.display()))?;
    let queries =
        parse_queries(&text, &corpus).with_context(|| queries_path.display().to_string())?;
    Ok(Fixture { corpus, queries })
}

fn parse_corpus(text: &str) -> anyhow::Result<Vec<JobDoc>> {
    let mut docs = Vec::new();
    let mut seen = HashSet::new();
    let mut employers: HashMap<String, i64> = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        let line_no = n + 1;
        if line.trim().is_empty() {
            continue;
        }
        let entry: CorpusLine =
            serde_json::from_str(line).with_context(|| format!("line {line_no}"))?;
        if !seen.insert(entry.external_ref.clone()) {
            bail!(
                "line {line_no}: external_ref {} repeats",
                entry.external_ref
            );
        }
        let published = parse_date_text(&entry.published)
            .with_context(|| format!("line {line_no}: published is not YYYY-MM-DD"))?;
        let deadline = match &entry.deadline {
            Some(text) => Some(
                parse_date_text(text)
                    .with_context(|| format!("line {line_no}: deadline is not YYYY-MM-DD"))?,
            ),
            None => None,
        };
        let next_employer = employers.len() as i64 + 1;
        let employer_id = *employers
            .entry(nfc(&entry.employer))
            .or_insert(next_employer);
        let occupation_group = entry
            .occupation_code
            .as_ref()
            .and_then(|c| c.get(..1))
            .map(str::to_string);
        let place = entry.place;
        docs.push(JobDoc {
            id: docs.len() as i64 + 1,
            external_ref: Some(entry.external_ref),
            title: nfc(&entry.title),
            description: nfc(&entry.description),
            occupation_code: entry.occupation_code,
            occupation_name: entry.occupation.map(|s| nfc(&s)),
            occupation_group,
            employer_id,
            employer_name: nfc(&entry.employer),
            work_location: entry.work_location,
            commune_code: place.commune_code,
            commune_name: place.commune.map(|s| nfc(&s)),
            district_code: place.district_code,
            district_name: place.district.map(|s| nfc(&s)),
            province_code: place.province_code,
            province_name: place.province.map(|s| nfc(&s)),
            country_code: place.country_code,
            country_name: place.country.map(|s| nfc(&s)),
            salary_min: entry.salary_min,
            salary_max: entry.salary_max,
            quantity: 1,
            employment_type: entry.employment_type.unwrap_or(EmploymentType::FullTime),
            deadline,
            published_at: published
                .with_hms(8, 0, 0)
                .map(|t| t.assume_offset(VIETNAM).unix_timestamp())
                .unwrap_or_default(),
        });
    }
    Ok(docs)
}

fn parse_queries(text: &str, corpus: &[JobDoc]) -> anyhow::Result<Vec<JudgedQuery>> {
    let file: QueryFile = toml::from_str(text)?;
    let refs: HashSet<&str> = corpus
        .iter()
        .filter_map(|d| d.external_ref.as_deref())
        .collect();
    let mut ids = HashSet::new();
    let mut queries = Vec::new();
    for entry in file.query {
        let id = entry.id.clone();
        if !ids.insert(id.clone()) {
            bail!("query {id} repeats");
        }
        for (reference, &grade) in &entry.judgments {
            if !refs.contains(reference.as_str()) {
                bail!("query {id}: {reference} is not in the corpus");
            }
            if !(1..=3).contains(&grade) {
                bail!("query {id}: grade {grade} of {reference} is not 1, 2 or 3");
            }
        }
        if !entry.judgments.values().any(|&g| g >= 2) {
            bail!("query {id}: no posting is graded 2 or 3");
        }
        let text = if entry.nfd {
            let decomposed: String = entry.text.nfd().collect();
            if decomposed == entry.text {
                bail!("query {id}: nfd = true but the text has nothing to decompose");
            }
            decomposed
        } else {
            entry.text
        };
        queries.push(JudgedQuery {
            id,
            kind: entry.kind,
            text,
            district_code: entry.district_code,
            work_location: entry.work_location,
            intent: entry.intent,
            judgments: entry.judgments,
        });
    }
    Ok(queries)
}

/// nDCG at `k` of a ranked list of references.
pub fn ndcg_at(ranked: &[String], judgments: &BTreeMap<String, u8>, k: usize) -> f64 {
    let gain = |grade: u8| f64::from((1u32 << grade) - 1);
    let discount = |rank: usize| 1.0 / ((rank + 2) as f64).log2();
    let dcg: f64 = ranked
        .iter()
        .take(k)
        .enumerate()
        .map(|(i, r)| gain(judgments.get(r).copied().unwrap_or(0)) * discount(i))
        .fold(0.0, |a, b| a + b);
    let mut ideal: Vec<u8> = judgments.values().copied().collect();
    ideal.sort_unstable_by(|a, b| b.cmp(a));
    let idcg: f64 = ideal
        .iter()
        .take(k)
        .enumerate()
        .map(|(i, &g)| gain(g) * discount(i))
        .fold(0.0, |a, b| a + b);
    if idcg == 0.0 { 0.0 } else { dcg / idcg }
}

/// Recall at `k` over postings graded 2 or more, out of at most `k`.
pub fn recall_at(ranked: &[String], judgments: &BTreeMap<String, u8>, k: usize) -> f64 {
    let relevant: HashSet<&str> = judgments
        .iter()
        .filter(|(_, g)| **g >= 2)
        .map(|(r, _)| r.as_str())
        .collect();
    if relevant.is_empty() {
        return 0.0;
    }
    let found = ranked
        .iter()
        .take(k)
        .filter(|r| relevant.contains(r.as_str()))
        .count();
    found as f64 / relevant.len().min(k) as f64
}

/// Averages over a set of queries.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Scores {
    pub queries: usize,
    pub ndcg: f64,
    pub recall: f64,
}

impl Scores {
    fn of<'a>(outcomes: impl Iterator<Item = &'a QueryOutcome>) -> Self {
        let (mut n, mut ndcg, mut recall) = (0, 0.0, 0.0);
        for o in outcomes {
            n += 1;
            ndcg += o.ndcg;
            recall += o.recall;
        }
        if n == 0 {
            return Self::default();
        }
        Self {
            queries: n,
            ndcg: ndcg / n as f64,
            recall: recall / n as f64,
        }
    }
}

/// How one engine did on one query.
#[derive(Debug, Clone)]
pub struct QueryOutcome {
    pub id: String,
    pub kind: QueryKind,
    pub ndcg: f64,
    pub recall: f64,
    /// The references returned, best first (at most ten).
    pub top: Vec<String>,
}

/// How one engine did on the whole set.
#[derive(Debug, Clone)]
pub struct RelevanceReport {
    pub engine: &'static str,
    pub overall: Scores,
    pub by_kind: Vec<(QueryKind, Scores)>,
    pub queries: Vec<QueryOutcome>,
}

/// vieclam's index in memory, holding the corpus.
pub fn vieclam_engine(corpus: &[JobDoc]) -> anyhow::Result<Engine> {
    let index = SearchIndex::in_ram()?;
    index.apply(corpus, &[], 1)?;
    Ok(Engine::Vieclam(index))
}

/// The FTS5 baseline in memory, holding the corpus.
pub async fn fts5_engine(corpus: &[JobDoc]) -> anyhow::Result<Engine> {
    let mut engine = Fts5Search::in_memory().await?;
    engine.load(corpus).await?;
    engine.finish_load().await?;
    Ok(Engine::Fts5(engine))
}

/// The PostgreSQL baseline in a fresh database on the server at
/// `admin_url`, holding the corpus. Close the engine to drop the database.
pub async fn postgres_engine(corpus: &[JobDoc], admin_url: &str) -> anyhow::Result<Engine> {
    let mut engine = PostgresSearch::create(admin_url).await?;
    let loaded = async {
        engine.load(corpus).await?;
        engine.finish_load().await
    }
    .await;
    match loaded {
        Ok(()) => Ok(Engine::Postgres(Box::new(engine))),
        Err(err) => {
            engine.drop_database().await.ok();
            Err(err)
        }
    }
}

/// Runs every query against `engine` and scores the answers.
pub async fn evaluate(
    engine: &mut Engine,
    queries: &[JudgedQuery],
) -> anyhow::Result<RelevanceReport> {
    let mut outcomes = Vec::with_capacity(queries.len());
    for query in queries {
        let results = engine
            .search(&query.request())
            .await
            .with_context(|| format!("{}: query {}", engine.name(), query.id))?;
        let top: Vec<String> = results
            .items
            .into_iter()
            .take(CUTOFF)
            .map(|hit| hit.external_ref.unwrap_or_default())
            .collect();
        outcomes.push(QueryOutcome {
            id: query.id.clone(),
            kind: query.kind,
            ndcg: ndcg_at(&top, &query.judgments, CUTOFF),
            recall: recall_at(&top, &query.judgments, CUTOFF),
            top,
        });
    }
    let by_kind = QueryKind::ALL
        .iter()
        .map(|&kind| (kind, Scores::of(outcomes.iter().filter(|o| o.kind == kind))))
        .filter(|(_, s)| s.queries > 0)
        .collect();
    Ok(RelevanceReport {
        engine: engine.name(),
        overall: Scores::of(outcomes.iter()),
        by_kind,
        queries: outcomes,
    })
}

/// Loads the corpus into each engine in turn (PostgreSQL only with a
/// server URL), evaluates it and closes it.
pub async fn run(
    fixture: &Fixture,
    postgres_url: Option<&str>,
) -> anyhow::Result<Vec<RelevanceReport>> {
    let mut reports = Vec::new();
    let mut engines = vec![
        vieclam_engine(&fixture.corpus)?,
        fts5_engine(&fixture.corpus).await?,
    ];
    if let Some(url) = postgres_url {
        engines.push(postgres_engine(&fixture.corpus, url).await?);
    }
    for mut engine in engines {
        let report = evaluate(&mut engine, &fixture.queries).await;
        engine.close().await?;
        reports.push(report?);
    }
    Ok(reports)
}

/// The table of nDCG@10 and recall@10, one pair of columns per engine,
/// one row for all queries and one per kind.
pub fn table(reports: &[RelevanceReport]) -> String {
    let mut out = String::new();
    let label_width = 28;
    let _ = write!(out, "{:<label_width$}", "queries");
    for r in reports {
        let _ = write!(out, " | {:^19}", r.engine);
    }
    out.push('\n');
    let _ = write!(out, "{:<label_width$}", "");
    for _ in reports {
        let _ = write!(out, " | {:>8} {:>10}", "nDCG@10", "recall@10");
    }
    out.push('\n');
    let mut row = |label: String, pick: &dyn Fn(&RelevanceReport) -> Scores| {
        let _ = write!(out, "{label:<label_width$}");
        for r in reports {
            let s = pick(r);
            let _ = write!(out, " | {:>8.3} {:>10.3}", s.ndcg, s.recall);
        }
        out.push('\n');
    };
    if let Some(first) = reports.first() {
        row(format!("all ({})", first.overall.queries), &|r| r.overall);
        for (kind, scores) in &first.by_kind {
            let kind = *kind;
            row(
                format!("{} ({})", kind.label(), scores.queries),
                &move |r| {
                    r.by_kind
                        .iter()
                        .find(|(k, _)| *k == kind)
                        .map(|(_, s)| *s)
                        .unwrap_or_default()
                },
            );
        }
    }
    out
}

/// The queries where an engine did worst, with what it returned, for
/// looking into a regression.
pub fn worst_queries(report: &RelevanceReport, fixture: &Fixture, n: usize) -> String {
    let mut outcomes: Vec<&QueryOutcome> = report.queries.iter().collect();
    outcomes.sort_by(|a, b| a.ndcg.total_cmp(&b.ndcg));
    let mut out = String::new();
    for o in outcomes.into_iter().take(n) {
        let query = fixture.queries.iter().find(|q| q.id == o.id);
        let text = query.map(|q| nfc(&q.text)).unwrap_or_default();
        let _ = writeln!(
            out,
            "{} [{}] {:?}: nDCG {:.3}, recall {:.3}",
            o.id,
            o.kind.label(),
            text,
            o.ndcg,
            o.recall
        );
        if let Some(intent) = query.and_then(|q| q.intent.as_deref()) {
            let _ = writeln!(out, "    intent: {intent}");
        }
        for (rank, reference) in o.top.iter().enumerate() {
            let grade = query
                .and_then(|q| q.judgments.get(reference))
                .copied()
                .unwrap_or(0);
            let title = fixture
                .corpus
                .iter()
                .find(|d| d.external_ref.as_deref() == Some(reference.as_str()))
                .map(|d| d.title.as_str())
                .unwrap_or("?");
            let _ = writeln!(out, "    {:>2}. [{grade}] {reference} {title}", rank + 1);
        }
        if let Some(q) = query {
            let missed: Vec<&str> = q
                .judgments
                .iter()
                .filter(|(r, g)| **g >= 2 && !o.top.contains(r))
                .map(|(r, _)| r.as_str())
                .collect();
            if !missed.is_empty() {
                let _ = writeln!(out, "    missed: {}", missed.join(", "));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judged(pairs: &[(&str, u8)]) -> BTreeMap<String, u8> {
        pairs.iter().map(|(r, g)| (r.to_string(), *g)).collect()
    }

    fn ranked(refs: &[&str]) -> Vec<String> {
        refs.iter().map(|r| r.to_string()).collect()
    }

    #[test]
    fn the_ideal_order_scores_one() {
        let j = judged(&[("a", 3), ("b", 2), ("c", 1)]);
        assert!((ndcg_at(&ranked(&["a", "b", "c"]), &j, 10) - 1.0).abs() < 1e-12);
        assert!((recall_at(&ranked(&["a", "b", "x"]), &j, 10) - 1.0).abs() < 1e-12);
    }

    #[test]
    fn a_swap_costs_and_nothing_found_scores_zero() {
        let j = judged(&[("a", 3), ("b", 1)]);
        let swapped = ndcg_at(&ranked(&["b", "a"]), &j, 10);
        assert!(swapped < 1.0 && swapped > 0.0);
        assert_eq!(ndcg_at(&ranked(&["x", "y"]), &j, 10), 0.0);
        assert_eq!(recall_at(&ranked(&["b"]), &j, 10), 0.0);
    }

    #[test]
    fn recall_is_out_of_ten_when_more_are_relevant() {
        let many: Vec<(String, u8)> = (0..15).map(|i| (format!("r{i}"), 2)).collect();
        let j: BTreeMap<String, u8> = many.into_iter().collect();
        let top: Vec<String> = (0..10).map(|i| format!("r{i}")).collect();
        assert!((recall_at(&top, &j, 10) - 1.0).abs() < 1e-12);
    }

    #[test]
    fn the_fixture_in_the_repository_loads() {
        let fixture = load_fixture(&fixture_dir()).unwrap();
        assert!((250..=400).contains(&fixture.corpus.len()));
        assert!(fixture.queries.len() >= 60);
        for kind in QueryKind::ALL {
            assert!(
                fixture.queries.iter().any(|q| q.kind == kind),
                "no {kind:?} query"
            );
        }
    }
}
