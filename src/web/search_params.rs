//! The search query string, shared by the search page and the JSON API:
//! parsed at the edge into a `SearchRequest`, every problem named.

use serde::Deserialize;

use crate::domain::FieldError;
use crate::domain::job::{EmploymentType, WorkLocation};
use crate::domain::text::clean_input;
use crate::domain::values::Vnd;
use crate::search::{Negotiable, SearchRequest, Sort};

/// Longest query text kept, in characters; longer text is cut, not refused.
pub const MAX_QUERY_CHARS: usize = 200;
/// Results per page when not asked otherwise.
pub const DEFAULT_PER_PAGE: u32 = 20;
/// Most results per page.
pub const MAX_PER_PAGE: u32 = 100;
/// Deepest result reachable by paging.
pub const MAX_DEPTH: u32 = 10_000;

/// The query string as typed. Unknown parameters are ignored.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SearchParams {
    pub q: Option<String>,
    pub district_code: Option<String>,
    /// The page form's short name for `district_code`.
    pub district: Option<String>,
    pub commune_code: Option<String>,
    pub work_location: Option<String>,
    pub country: Option<String>,
    pub occupation: Option<String>,
    pub salary_min: Option<String>,
    pub salary_max: Option<String>,
    pub negotiable: Option<String>,
    pub employment_type: Option<String>,
    pub posted_since: Option<String>,
    pub sort: Option<String>,
    pub page: Option<String>,
    pub per_page: Option<String>,
}

fn present(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

fn digits(
    field: &'static str,
    value: Option<&str>,
    lengths: &[usize],
    errors: &mut Vec<FieldError>,
) -> Option<String> {
    let value = value?;
    if lengths.contains(&value.len()) && value.bytes().all(|b| b.is_ascii_digit()) {
        Some(value.to_owned())
    } else {
        let wanted = lengths
            .iter()
            .map(usize::to_string)
            .collect::<Vec<_>>()
            .join(" hoặc/or ");
        errors.push(FieldError::new(
            field,
            format!("Mã phải gồm {wanted} chữ số / The code must have {wanted} digits"),
        ));
        None
    }
}

fn money(field: &'static str, value: Option<&str>, errors: &mut Vec<FieldError>) -> Option<u64> {
    match Vnd::parse(value?) {
        Ok(v) => Some(v.value()),
        Err(err) => {
            errors.push(FieldError::new(field, err.to_string()));
            None
        }
    }
}

fn choice<T>(
    field: &'static str,
    value: Option<&str>,
    parse: impl Fn(&str) -> Option<T>,
    allowed: &str,
    errors: &mut Vec<FieldError>,
) -> Option<T> {
    let value = value?;
    let parsed = parse(value);
    if parsed.is_none() {
        errors.push(FieldError::new(
            field,
            format!(
                "Giá trị không hợp lệ; chỉ nhận: {allowed} / Not a valid value; accepted: {allowed}"
            ),
        ));
    }
    parsed
}

fn names<T: Copy>(all: &[T], name: impl Fn(T) -> &'static str) -> String {
    all.iter().map(|v| name(*v)).collect::<Vec<_>>().join(", ")
}

impl SearchParams {
    /// The value of the query-string parameter `name`, to set or clear;
    /// `None` for a name that is not a search parameter.
    pub fn slot(&mut self, name: &str) -> Option<&mut Option<String>> {
        Some(match name {
            "q" => &mut self.q,
            "district_code" => &mut self.district_code,
            "district" => &mut self.district,
            "commune_code" => &mut self.commune_code,
            "work_location" => &mut self.work_location,
            "country" => &mut self.country,
            "occupation" => &mut self.occupation,
            "salary_min" => &mut self.salary_min,
            "salary_max" => &mut self.salary_max,
            "negotiable" => &mut self.negotiable,
            "employment_type" => &mut self.employment_type,
            "posted_since" => &mut self.posted_since,
            "sort" => &mut self.sort,
            "page" => &mut self.page,
            "per_page" => &mut self.per_page,
            _ => return None,
        })
    }

    /// These parameters without the named fields (as named in the errors
    /// of [`to_request`](Self::to_request)): what is left of a search once
    /// its invalid conditions are set aside.
    pub fn without<'a>(&self, fields: impl IntoIterator<Item = &'a str>) -> Self {
        let mut kept = self.clone();
        for field in fields {
            if let Some(value) = kept.slot(field) {
                *value = None;
            }
            // The page form's short name stands for the same field.
            if field == "district_code" {
                kept.district = None;
            }
        }
        kept
    }

    /// The search these parameters ask for, on `today`.
    pub fn to_request(&self, today: time::Date) -> Result<SearchRequest, Vec<FieldError>> {
        let mut errors = Vec::new();
        // The query string is decoded leniently: bytes that are not UTF-8
        // arrive as U+FFFD. Searching the rest would answer another
        // question than the one asked, so the text is refused instead.
        let text: String = match present(&self.q) {
            Some(q) if q.contains(char::REPLACEMENT_CHARACTER) => {
                errors.push(FieldError::new(
                    "q",
                    "Nội dung tìm kiếm có byte không phải UTF-8 (thường do trang hay ứng dụng gửi sai bảng mã); hãy gõ lại / The search text has bytes that are not UTF-8 (usually a page or app sending another encoding); please type it again",
                ));
                String::new()
            }
            Some(q) => clean_input(q).chars().take(MAX_QUERY_CHARS).collect(),
            None => String::new(),
        };
        let district_code = digits(
            "district_code",
            present(&self.district_code).or(present(&self.district)),
            &[3],
            &mut errors,
        );
        let commune_code = digits(
            "commune_code",
            present(&self.commune_code),
            &[5],
            &mut errors,
        );
        let occupation = digits(
            "occupation",
            present(&self.occupation),
            &[1, 2, 3, 4],
            &mut errors,
        );
        let country_code = present(&self.country).and_then(|c| {
            if c.len() == 2 && c.bytes().all(|b| b.is_ascii_alphabetic()) {
                Some(c.to_ascii_uppercase())
            } else {
                errors.push(FieldError::new(
                    "country",
                    "Mã nước gồm 2 chữ cái (ISO 3166), ví dụ JP / A country code has 2 letters (ISO 3166), e.g. JP",
                ));
                None
            }
        });
        let work_location = choice(
            "work_location",
            present(&self.work_location),
            WorkLocation::parse,
            &names(WorkLocation::ALL, WorkLocation::as_str),
            &mut errors,
        );
        let employment_type = choice(
            "employment_type",
            present(&self.employment_type),
            EmploymentType::parse,
            &names(EmploymentType::ALL, EmploymentType::as_str),
            &mut errors,
        );
        let negotiable = choice(
            "negotiable",
            present(&self.negotiable),
            |v| match v {
                "include" => Some(Negotiable::Include),
                "exclude" => Some(Negotiable::Exclude),
                "only" => Some(Negotiable::Only),
                _ => None,
            },
            "include, exclude, only",
            &mut errors,
        )
        .unwrap_or_default();
        let sort = choice(
            "sort",
            present(&self.sort),
            |v| match v {
                "relevance" => Some(Sort::Relevance),
                "newest" => Some(Sort::Newest),
                "salary" => Some(Sort::Salary),
                _ => None,
            },
            "relevance, newest, salary",
            &mut errors,
        )
        .unwrap_or_default();
        let salary_min = money("salary_min", present(&self.salary_min), &mut errors);
        let salary_max = money("salary_max", present(&self.salary_max), &mut errors);
        if let (Some(lo), Some(hi)) = (salary_min, salary_max)
            && lo > hi
        {
            errors.push(FieldError::new(
                "salary_max",
                "Mức lương tối đa phải không nhỏ hơn mức tối thiểu / The maximum pay must not be below the minimum",
            ));
        }
        let posted_since =
            present(&self.posted_since).and_then(|d| match crate::db::parse_date_text(d) {
                Some(day) => Some(
                    day.midnight()
                        .assume_offset(crate::clock::VIETNAM)
                        .unix_timestamp(),
                ),
                None => {
                    errors.push(FieldError::new(
                        "posted_since",
                        "Ngày phải có dạng YYYY-MM-DD / The date must look like YYYY-MM-DD",
                    ));
                    None
                }
            });
        // Paging is clamped, never refused: a page past the end is just empty.
        let per_page = present(&self.per_page)
            .and_then(|p| p.parse::<u64>().ok())
            .map_or(DEFAULT_PER_PAGE, |p| {
                p.clamp(1, u64::from(MAX_PER_PAGE)) as u32
            });
        let page = present(&self.page)
            .and_then(|p| p.parse::<u64>().ok())
            .map_or(1, |p| p.clamp(1, u64::from(MAX_DEPTH / per_page)) as u32);
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(SearchRequest {
            text,
            district_code,
            commune_code,
            work_location,
            country_code,
            occupation,
            salary_min,
            salary_max,
            negotiable,
            employment_type,
            posted_since,
            today: Some(today),
            sort,
            page,
            per_page,
        })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> SearchParams {
        let query: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        serde_urlencoded_like(&query)
    }

    fn serde_urlencoded_like(query: &str) -> SearchParams {
        let uri: axum::http::Uri = format!("/?{query}").parse().unwrap();
        axum::extract::Query::<SearchParams>::try_from_uri(&uri)
            .unwrap()
            .0
    }

    const TODAY: time::Date = time::macros::date!(2024 - 06 - 15);

    #[test]
    fn an_empty_query_is_valid() {
        let request = params(&[]).to_request(TODAY).unwrap();
        assert_eq!(request.text, "");
        assert_eq!((request.page, request.per_page), (1, DEFAULT_PER_PAGE));
    }

    #[test]
    fn paging_is_clamped() {
        let request = params(&[("per_page", "0"), ("page", "0")])
            .to_request(TODAY)
            .unwrap();
        assert_eq!((request.page, request.per_page), (1, 1));
        let request = params(&[("per_page", "1000000000"), ("page", "99999999999")])
            .to_request(TODAY)
            .unwrap();
        assert_eq!(request.per_page, MAX_PER_PAGE);
        assert_eq!(request.page, MAX_DEPTH / MAX_PER_PAGE);
    }

    #[test]
    fn a_long_query_is_cut() {
        let long = "công nhân ".repeat(1_000);
        let request = params(&[("q", &long)]).to_request(TODAY).unwrap();
        assert_eq!(request.text.chars().count(), MAX_QUERY_CHARS);
    }

    #[test]
    fn text_that_is_not_utf8_is_refused_and_named() {
        // "c%F4ng" is "công" sent in Latin-1 / Windows-1258 instead of UTF-8.
        let errors = serde_urlencoded_like("q=c%F4ng+nh%E2n&sort=newest")
            .to_request(TODAY)
            .unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, "q");
        assert!(errors[0].message.contains("UTF-8"), "{}", errors[0].message);
        // The same words in UTF-8 are a search like any other.
        let request = serde_urlencoded_like("q=c%C3%B4ng+nh%C3%A2n")
            .to_request(TODAY)
            .unwrap();
        assert_eq!(request.text, "công nhân");
    }

    #[test]
    fn unknown_filter_values_are_named() {
        let errors = params(&[
            ("work_location", "moon"),
            ("district_code", "84"),
            ("salary_min", "nhiều"),
        ])
        .to_request(TODAY)
        .unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, vec!["district_code", "work_location", "salary_min"]);
    }

    #[test]
    fn salaries_are_read_as_people_write_them() {
        let request = params(&[("salary_min", "7 triệu"), ("salary_max", "9.000.000")])
            .to_request(TODAY)
            .unwrap();
        assert_eq!(
            (request.salary_min, request.salary_max),
            (Some(7_000_000), Some(9_000_000))
        );
    }
}
