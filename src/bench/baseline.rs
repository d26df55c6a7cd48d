//! What the two baselines share: the flat row a posting becomes, the
//! filters they understand (rendered as SQL with placeholders, the values
//! bound separately), how query text becomes words, and facet counting
//! from grouped rows.
//!
//! Matching policy, the same for both: every word must match; when that
//! finds nothing and there are several words, any word may (the closest
//! a plain full-text engine gets to vieclam's "most words" retry). No
//! synonyms, no Telex guesses: this is what the engines give out of the
//! box, plus folding.

use std::collections::HashMap;

use crate::db::{date_text, parse_date_text};
use crate::domain::job::{EmploymentType, WorkLocation};
use crate::domain::text::{fold, nfc};
use crate::search::query::{MAX_QUERY_CHARS, MAX_QUERY_TOKENS};
use crate::search::schema::place_name;
use crate::search::{FacetCount, Facets, Hit, JobDoc, SearchRequest, Sort};
use anyhow::bail;

/// Largest page the baselines serve, as vieclam.
const MAX_PER_PAGE: u32 = 100;

/// A posting as the baselines store it: display columns, filter and facet
/// columns, and the five searchable texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaselineRow {
    pub id: i64,
    pub external_ref: Option<String>,
    pub title: String,
    pub occupation: String,
    pub employer_name: String,
    /// The place as shown ("Cốc Lếu, Thành phố Lào Cai").
    pub place_name: String,
    /// Every place name of the posting (commune, district, province,
    /// country), for matching.
    pub place_text: String,
    pub description: String,
    pub district_code: Option<String>,
    pub commune_code: Option<String>,
    pub work_location: String,
    pub country_code: Option<String>,
    pub occupation_code: Option<String>,
    pub occupation_group: Option<String>,
    pub salary_min: Option<i64>,
    pub salary_max: Option<i64>,
    pub employment_type: String,
    /// `YYYY-MM-DD`.
    pub deadline: Option<String>,
    pub published_at: i64,
}

impl BaselineRow {
    /// The row of a search document.
    pub fn of(job: &JobDoc) -> Self {
        let place_text = [
            &job.commune_name,
            &job.district_name,
            &job.province_name,
            &job.country_name,
        ]
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty())
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" ");
        let occupation_group = job.occupation_group.clone().or_else(|| {
            job.occupation_code
                .as_ref()
                .and_then(|c| c.get(..1))
                .map(str::to_string)
        });
        Self {
            id: job.id,
            external_ref: job.external_ref.clone(),
            title: job.title.clone(),
            occupation: job.occupation_name.clone().unwrap_or_default(),
            employer_name: job.employer_name.clone(),
            place_name: place_name(job),
            place_text,
            description: job.description.clone(),
            district_code: job.district_code.clone(),
            commune_code: job.commune_code.clone(),
            work_location: job.work_location.as_str().to_string(),
            country_code: job.country_code.clone(),
            occupation_code: job.occupation_code.clone(),
            occupation_group,
            salary_min: job.salary_min.and_then(|v| i64::try_from(v).ok()),
            salary_max: job.salary_max.and_then(|v| i64::try_from(v).ok()),
            employment_type: job.employment_type.as_str().to_string(),
            deadline: job.deadline.map(date_text),
            published_at: job.published_at,
        }
    }
}

/// The columns a hit is read from, in this order, in both baselines.
pub const HIT_COLUMNS: &str = "j.id, j.external_ref, j.title, j.employer_name, j.place_name, \
     j.district_code, j.commune_code, j.work_location, j.country_code, j.occupation_code, \
     j.salary_min, j.salary_max, j.employment_type, j.deadline, j.published_at";

/// A hit as read back from a baseline.
#[derive(Debug, Clone)]
pub struct HitRow {
    pub id: i64,
    pub external_ref: Option<String>,
    pub title: String,
    pub employer_name: String,
    pub place_name: String,
    pub district_code: Option<String>,
    pub commune_code: Option<String>,
    pub work_location: String,
    pub country_code: Option<String>,
    pub occupation_code: Option<String>,
    pub salary_min: Option<i64>,
    pub salary_max: Option<i64>,
    pub employment_type: String,
    pub deadline: Option<String>,
    pub published_at: i64,
    pub score: f64,
}

impl HitRow {
    /// The hit in vieclam's result shape (without a snippet).
    pub fn into_hit(self) -> Hit {
        Hit {
            id: self.id,
            external_ref: self.external_ref,
            title: self.title,
            employer_name: self.employer_name,
            district_code: self.district_code,
            commune_code: self.commune_code,
            work_location: WorkLocation::parse(&self.work_location)
                .unwrap_or(WorkLocation::InProvince),
            country: self.country_code,
            place_name: self.place_name,
            occupation_code: self.occupation_code,
            salary_min: self.salary_min.and_then(|v| u64::try_from(v).ok()),
            salary_max: self.salary_max.and_then(|v| u64::try_from(v).ok()),
            employment_type: EmploymentType::parse(&self.employment_type)
                .unwrap_or(EmploymentType::FullTime),
            deadline: self.deadline.as_deref().and_then(parse_date_text),
            published_at: self.published_at,
            score: self.score as f32,
            snippet: Vec::new(),
        }
    }
}

/// The words of a query, folded (no tone marks, `đ` → `d`, lower case)
/// and cut on anything that is not a letter or digit, with vieclam's
/// limits on length. Only letters and digits survive, so a word can be
/// quoted into a full-text expression without escaping.
pub fn query_words(text: &str) -> Vec<String> {
    let cut = match text.char_indices().nth(MAX_QUERY_CHARS) {
        Some((at, _)) => &text[..at],
        None => text,
    };
    fold(&nfc(cut))
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(MAX_QUERY_TOKENS)
        .map(str::to_string)
        .collect()
}

/// A filter value to bind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FilterValue {
    Text(String),
    Int(i64),
}

/// The filters of a request as a SQL condition over the jobs table
/// (alias `j`), with numbered placeholders starting after `first - 1`,
/// and the values to bind in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SqlFilters {
    /// `" AND j.district_code = $2 AND ..."`, or empty.
    pub condition: String,
    pub values: Vec<FilterValue>,
}

/// Renders the filters of `request`. The baselines support the filters
/// the harnesses use (district, commune, work location, country,
/// occupation, employment type, posted since, deadline); a salary range is
/// refused rather than silently ignored.
pub fn sql_filters(request: &SearchRequest, first: usize) -> anyhow::Result<SqlFilters> {
    if request.salary_min.is_some() || request.salary_max.is_some() {
        bail!("the baselines do not implement salary filters");
    }
    let mut filters = SqlFilters::default();
    let mut add = |column: &str, op: &str, value: FilterValue| {
        let n = first + filters.values.len();
        filters
            .condition
            .push_str(&format!(" AND j.{column} {op} ${n}"));
        filters.values.push(value);
    };
    if let Some(code) = &request.district_code {
        add("district_code", "=", FilterValue::Text(code.clone()));
    }
    if let Some(code) = &request.commune_code {
        add("commune_code", "=", FilterValue::Text(code.clone()));
    }
    if let Some(location) = request.work_location {
        add(
            "work_location",
            "=",
            FilterValue::Text(location.as_str().to_string()),
        );
    }
    if let Some(code) = &request.country_code {
        add(
            "country_code",
            "=",
            FilterValue::Text(code.to_ascii_uppercase()),
        );
    }
    if let Some(code) = &request.occupation {
        let column = if code.len() == 1 {
            "occupation_group"
        } else {
            "occupation_code"
        };
        add(column, "=", FilterValue::Text(code.clone()));
    }
    if let Some(kind) = request.employment_type {
        add(
            "employment_type",
            "=",
            FilterValue::Text(kind.as_str().to_string()),
        );
    }
    if let Some(since) = request.posted_since {
        add("published_at", ">=", FilterValue::Int(since));
    }
    if let Some(today) = request.today {
        let n = first + filters.values.len();
        filters
            .condition
            .push_str(&format!(" AND (j.deadline IS NULL OR j.deadline >= ${n})"));
        filters.values.push(FilterValue::Text(date_text(today)));
    }
    Ok(filters)
}

/// `ORDER BY` keys for a sort, `relevance` being the engine's own
/// ranking expression (ascending = best first).
pub fn order_by(sort: Sort, relevance: &str, has_text: bool) -> String {
    match sort {
        Sort::Relevance if has_text => format!("{relevance}, j.published_at DESC, j.id DESC"),
        Sort::Relevance | Sort::Newest => "j.published_at DESC, j.id DESC".to_string(),
        Sort::Salary => {
            "COALESCE(j.salary_max, j.salary_min) DESC NULLS LAST, j.published_at DESC, j.id DESC"
                .to_string()
        }
    }
}

/// `(limit, offset)` of the page a request asks for.
pub fn page_window(request: &SearchRequest) -> (i64, i64) {
    let per_page = i64::from(request.per_page.clamp(1, MAX_PER_PAGE));
    let page = i64::from(request.page.max(1));
    (per_page, (page - 1).saturating_mul(per_page))
}

/// Adds up `GROUP BY district, work_location, occupation_group` rows into
/// the total and the three facets.
#[derive(Debug, Default)]
pub struct FacetSums {
    total: u64,
    district: HashMap<String, u64>,
    work_location: HashMap<String, u64>,
    occupation_group: HashMap<String, u64>,
}

impl FacetSums {
    /// One grouped row.
    pub fn add(
        &mut self,
        district: Option<String>,
        work_location: String,
        occupation_group: Option<String>,
        count: i64,
    ) {
        let count = u64::try_from(count).unwrap_or(0);
        self.total += count;
        if let Some(d) = district {
            *self.district.entry(d).or_default() += count;
        }
        *self.work_location.entry(work_location).or_default() += count;
        if let Some(g) = occupation_group {
            *self.occupation_group.entry(g).or_default() += count;
        }
    }

    /// The total and the facets, each sorted by count, then value, as
    /// vieclam sorts them.
    pub fn finish(self) -> (u64, Facets) {
        fn sorted(map: HashMap<String, u64>) -> Vec<FacetCount> {
            let mut counts: Vec<FacetCount> = map
                .into_iter()
                .filter(|(_, count)| *count > 0)
                .map(|(value, count)| FacetCount { value, count })
                .collect();
            counts.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
            counts
        }
        (
            self.total,
            Facets {
                district: sorted(self.district),
                work_location: sorted(self.work_location),
                occupation_group: sorted(self.occupation_group),
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_words_are_folded_letters_and_digits() {
        assert_eq!(
            query_words("Tuyển  \"công nhân\" MAY* (XKLĐ) -- b2"),
            vec!["tuyen", "cong", "nhan", "may", "xkld", "b2"]
        );
        assert_eq!(
            query_words("co\u{0302}ng nha\u{0302}n"),
            vec!["cong", "nhan"]
        );
        assert!(query_words("  ?!  ").is_empty());
        assert_eq!(query_words(&"a ".repeat(100)).len(), MAX_QUERY_TOKENS);
    }

    #[test]
    fn filters_become_placeholders_never_text() {
        let request = SearchRequest {
            district_code: Some("085' OR 1=1 --".to_string()),
            work_location: Some(WorkLocation::InProvince),
            ..SearchRequest::default()
        };
        let filters = sql_filters(&request, 2).unwrap();
        assert_eq!(
            filters.condition,
            " AND j.district_code = $2 AND j.work_location = $3"
        );
        assert_eq!(
            filters.values,
            vec![
                FilterValue::Text("085' OR 1=1 --".to_string()),
                FilterValue::Text("in_province".to_string())
            ]
        );
    }

    #[test]
    fn salary_filters_are_refused() {
        let request = SearchRequest {
            salary_min: Some(5_000_000),
            ..SearchRequest::default()
        };
        assert!(sql_filters(&request, 1).is_err());
    }

    #[test]
    fn facet_sums_sort_like_vieclam() {
        let mut sums = FacetSums::default();
        sums.add(
            Some("085".into()),
            "in_province".into(),
            Some("7".into()),
            2,
        );
        sums.add(
            Some("080".into()),
            "in_province".into(),
            Some("9".into()),
            2,
        );
        sums.add(None, "abroad".into(), Some("7".into()), 5);
        let (total, facets) = sums.finish();
        assert_eq!(total, 9);
        assert_eq!(facets.district[0].value, "080");
        assert_eq!(facets.work_location[0].value, "abroad");
        assert_eq!(facets.occupation_group[0].count, 7);
    }
}
