//! The search contract: what goes into the index and what a search returns.
//! Pure data; the engine lives in the sibling modules.

use serde::Serialize;
use time::Date;

use crate::domain::job::{EmploymentType, WorkLocation};

/// One published posting as the index sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobDoc {
    pub id: i64,
    pub external_ref: Option<String>,
    pub title: String,
    pub description: String,
    pub occupation_code: Option<String>,
    pub occupation_name: Option<String>,
    /// The occupation's level-1 group code ("0".."9").
    pub occupation_group: Option<String>,
    pub employer_id: i64,
    pub employer_name: String,
    pub work_location: WorkLocation,
    pub commune_code: Option<String>,
    pub commune_name: Option<String>,
    pub district_code: Option<String>,
    pub district_name: Option<String>,
    pub province_code: Option<String>,
    pub province_name: Option<String>,
    pub country_code: Option<String>,
    pub country_name: Option<String>,
    /// Monthly pay in VND; both `None` means negotiable.
    pub salary_min: Option<u64>,
    pub salary_max: Option<u64>,
    pub quantity: u32,
    pub employment_type: EmploymentType,
    pub deadline: Option<Date>,
    /// Unix seconds.
    pub published_at: i64,
}

/// How results are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sort {
    /// Best match first; newest first when there is no query text.
    #[default]
    Relevance,
    Newest,
    /// Highest pay first (by the top of the range); negotiable postings last.
    Salary,
}

/// What to do with postings whose pay is negotiable ("thỏa thuận") when a
/// salary filter is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Negotiable {
    /// Keep them: the pay may well be in range.
    #[default]
    Include,
    Exclude,
    /// Only them.
    Only,
}

/// A search, already parsed and validated at the edge. Equal requests
/// get equal results from the same index state (see `cache`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct SearchRequest {
    /// What the person typed; may be empty (then: newest postings).
    pub text: String,
    pub district_code: Option<String>,
    pub commune_code: Option<String>,
    pub work_location: Option<WorkLocation>,
    pub country_code: Option<String>,
    /// An occupation group ("7") or a full occupation code ("7531").
    pub occupation: Option<String>,
    /// Postings whose pay range overlaps `[salary_min, salary_max]`.
    pub salary_min: Option<u64>,
    pub salary_max: Option<u64>,
    pub negotiable: Negotiable,
    pub employment_type: Option<EmploymentType>,
    /// Only postings published at or after this instant (unix seconds).
    pub posted_since: Option<i64>,
    /// Postings whose deadline is before this day are left out.
    pub today: Option<Date>,
    pub sort: Sort,
    /// From 1.
    pub page: u32,
    /// At most 100.
    pub per_page: u32,
}

/// A piece of a snippet; `highlighted` pieces matched the query. The text is
/// raw: templates escape it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SnippetPart {
    pub text: String,
    pub highlighted: bool,
}

/// One result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    pub id: i64,
    pub external_ref: Option<String>,
    pub title: String,
    pub employer_name: String,
    pub district_code: Option<String>,
    pub commune_code: Option<String>,
    pub work_location: WorkLocation,
    pub country: Option<String>,
    /// Commune (and district), province, or country, ready to show.
    pub place_name: String,
    pub occupation_code: Option<String>,
    pub salary_min: Option<u64>,
    pub salary_max: Option<u64>,
    pub employment_type: EmploymentType,
    pub deadline: Option<Date>,
    pub published_at: i64,
    pub score: f32,
    pub snippet: Vec<SnippetPart>,
}

/// A facet value and how many results have it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FacetCount {
    pub value: String,
    pub count: u64,
}

/// Counts over all results (not just the page), for narrowing a search.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Facets {
    pub district: Vec<FacetCount>,
    pub work_location: Vec<FacetCount>,
    pub occupation_group: Vec<FacetCount>,
}

/// A page of results.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct SearchResults {
    pub total: u64,
    pub items: Vec<Hit>,
    pub facets: Facets,
}
