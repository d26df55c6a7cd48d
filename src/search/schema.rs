//! The tantivy schema of the job index and the conversion of a [`JobDoc`]
//! into a tantivy document.
//!
//! Text is indexed in views made for the two passes of a search:
//!
//! - `all_folded` (tokenizer `vi_folded`, with positions) holds every text
//!   of the posting folded: title, occupation, employer, places and
//!   description. Matching ("does the posting have every word?") runs on
//!   this one field, phrases of multi-word synonyms included, so it is a
//!   plain intersection of a few posting lists. It also scores the
//!   description (and, with a low weight, everything else).
//! - `*_folded` views of the title, occupation, employer and place add
//!   their extra weight on top.
//! - `*_exact` views (tokenizer `vi_exact`) of the title and occupation
//!   reward the marks the person typed: "máy" above "may".
//! - `*_pairs` views (tokenizer `vi_pairs`) of the title, occupation and
//!   place hold each two neighbouring syllables as one term, so syllables
//!   standing together ("công nhân", "Bắc Hà") score with a term lookup.
//!
//! - `synonym_groups_<checksum>` holds the number of every synonym group
//!   (`synonyms`) with a member in one of the texts, so that a search for
//!   "XKLĐ" finds "xuất khẩu lao động" with one term lookup instead of a
//!   phrase query per member. The checksum of the groups is part of the
//!   field's name: an index built with other groups has another schema,
//!   and is rebuilt.
//! - `format_<n>` holds nothing: its name says what the other fields hold
//!   ([`FORMAT`]), so that an index written when they held other terms
//!   has another schema, and is rebuilt.
//!
//! Only `all_folded` has positions; the scoring views have frequencies,
//! which is what block-max WAND needs. Exact views of the employer, place
//! and description were left out: they cost a good part of the indexing
//! time and of the postings a query walks, for a ranking signal the title
//! and occupation already give.
//!
//! Filter and facet fields are u64 columns with compact codes, so filters
//! are term lookups and facet counting is a loop over integer columns:
//!
//! - numeric codes ("084", "02635", "7531", "7") keep their width:
//!   `10^len + value`, so "084" is 1084 and "7" is 17;
//! - letter codes (countries, "JP") are their ASCII bytes packed;
//! - enums are their position in `ALL` plus one;
//! - 0 always means "none".
//!
//! Everything a result needs is stored in one JSON blob per posting, so a
//! search never touches the database.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use tantivy::TantivyDocument;
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, NumericOptions, STORED, STRING, Schema,
    TextFieldIndexing, TextOptions,
};
use time::Date;

use super::analyzer::{EXACT, FOLDED, PAIRS, folded_tokens};
use super::synonyms::Synonyms;
use super::types::JobDoc;
use crate::domain::job::{EmploymentType, WorkLocation};

/// Field names, shared by the schema and the fast-field readers.
pub mod names {
    pub const ID: &str = "id";
    pub const TITLE_EXACT: &str = "title_exact";
    pub const TITLE_FOLDED: &str = "title_folded";
    pub const TITLE_PAIRS: &str = "title_pairs";
    pub const OCCUPATION_EXACT: &str = "occupation_exact";
    pub const OCCUPATION_FOLDED: &str = "occupation_folded";
    pub const OCCUPATION_PAIRS: &str = "occupation_pairs";
    pub const EMPLOYER_FOLDED: &str = "employer_folded";
    pub const PLACE_FOLDED: &str = "place_folded";
    pub const PLACE_PAIRS: &str = "place_pairs";
    pub const ALL_FOLDED: &str = "all_folded";
    pub const SYNONYM_GROUPS: &str = "synonym_groups";
    pub const DISTRICT: &str = "district";
    pub const COMMUNE: &str = "commune";
    pub const WORK_LOCATION: &str = "work_location";
    pub const COUNTRY: &str = "country";
    pub const OCCUPATION_GROUP: &str = "occupation_group";
    pub const OCCUPATION_CODE: &str = "occupation_code";
    pub const EMPLOYMENT_TYPE: &str = "employment_type";
    pub const NEGOTIABLE: &str = "negotiable";
    pub const SALARY_LO: &str = "salary_lo";
    pub const SALARY_HI: &str = "salary_hi";
    pub const SALARY_TOP: &str = "salary_top";
    pub const PUBLISHED_AT: &str = "published_at";
    pub const DEADLINE_DAY: &str = "deadline_day";
    pub const STORED_BLOB: &str = "stored";
    pub const FORMAT_FIELD: &str = "format";
}

/// What the fields hold for a posting, as a number raised whenever the
/// same fields come to hold other terms (2: postings abroad are indexed
/// with the words of [`ABROAD_WORDS`] in their place).
pub const FORMAT: u32 = 2;

/// The texts of a posting that have views of their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    Title,
    Occupation,
    Employer,
    Place,
}

impl TextField {
    /// Every such text, most important first.
    pub const ALL: [TextField; 4] = [
        TextField::Title,
        TextField::Occupation,
        TextField::Employer,
        TextField::Place,
    ];
}

/// Handles on every field of the schema.
#[derive(Debug, Clone)]
pub struct Fields {
    pub schema: Schema,
    pub id: Field,
    pub title_exact: Field,
    pub title_folded: Field,
    pub title_pairs: Field,
    pub occupation_exact: Field,
    pub occupation_folded: Field,
    pub occupation_pairs: Field,
    pub employer_folded: Field,
    pub place_folded: Field,
    pub place_pairs: Field,
    pub all_folded: Field,
    /// Synonym groups present (see the module documentation).
    pub synonym_groups: Field,
    /// The groups recorded in `synonym_groups`.
    pub synonyms: Arc<Synonyms>,
    pub district: Field,
    pub commune: Field,
    pub work_location: Field,
    pub country: Field,
    pub occupation_group: Field,
    pub occupation_code: Field,
    pub employment_type: Field,
    pub negotiable: Field,
    pub salary_lo: Field,
    pub salary_hi: Field,
    pub salary_top: Field,
    pub published_at: Field,
    pub deadline_day: Field,
    pub stored: Field,
}

fn text_options(tokenizer: &str, positions: bool) -> TextOptions {
    let record = if positions {
        IndexRecordOption::WithFreqsAndPositions
    } else {
        IndexRecordOption::WithFreqs
    };
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(record),
    )
}

impl Fields {
    /// Builds the schema, recording the built-in synonym groups.
    pub fn new() -> Self {
        Self::with_synonyms(Arc::new(Synonyms::builtin()))
    }

    /// Builds the schema, recording the given synonym groups.
    pub fn with_synonyms(synonyms: Arc<Synonyms>) -> Self {
        use names::*;
        let mut b = Schema::builder();
        let id = b.add_i64_field(ID, INDEXED | FAST);
        let title_exact = b.add_text_field(TITLE_EXACT, text_options(EXACT, false));
        let title_folded = b.add_text_field(TITLE_FOLDED, text_options(FOLDED, false));
        let title_pairs = b.add_text_field(TITLE_PAIRS, text_options(PAIRS, false));
        let occupation_exact = b.add_text_field(OCCUPATION_EXACT, text_options(EXACT, false));
        let occupation_folded = b.add_text_field(OCCUPATION_FOLDED, text_options(FOLDED, false));
        let occupation_pairs = b.add_text_field(OCCUPATION_PAIRS, text_options(PAIRS, false));
        let employer_folded = b.add_text_field(EMPLOYER_FOLDED, text_options(FOLDED, false));
        let place_folded = b.add_text_field(PLACE_FOLDED, text_options(FOLDED, false));
        let place_pairs = b.add_text_field(PLACE_PAIRS, text_options(PAIRS, false));
        let all_folded = b.add_text_field(ALL_FOLDED, text_options(FOLDED, true));
        let synonym_groups = b.add_text_field(
            &format!("{SYNONYM_GROUPS}_{:016x}", synonyms.fingerprint()),
            STRING,
        );
        let district = b.add_u64_field(DISTRICT, INDEXED | FAST);
        let commune = b.add_u64_field(COMMUNE, INDEXED | FAST);
        let work_location = b.add_u64_field(WORK_LOCATION, INDEXED | FAST);
        let country = b.add_u64_field(COUNTRY, INDEXED | FAST);
        let occupation_group = b.add_u64_field(OCCUPATION_GROUP, INDEXED | FAST);
        let occupation_code = b.add_u64_field(OCCUPATION_CODE, INDEXED | FAST);
        let employment_type = b.add_u64_field(EMPLOYMENT_TYPE, INDEXED | FAST);
        let negotiable = b.add_u64_field(NEGOTIABLE, INDEXED | FAST);
        let salary_lo = b.add_u64_field(SALARY_LO, FAST);
        let salary_hi = b.add_u64_field(SALARY_HI, FAST);
        let salary_top = b.add_u64_field(SALARY_TOP, FAST);
        let published_at = b.add_i64_field(PUBLISHED_AT, FAST);
        let deadline_day = b.add_i64_field(DEADLINE_DAY, FAST);
        let stored = b.add_bytes_field(STORED_BLOB, STORED);
        // Holds nothing: its name carries the format (see `FORMAT`).
        b.add_u64_field(
            &format!("{FORMAT_FIELD}_{FORMAT}"),
            NumericOptions::default(),
        );
        Self {
            schema: b.build(),
            id,
            title_exact,
            title_folded,
            title_pairs,
            occupation_exact,
            occupation_folded,
            occupation_pairs,
            employer_folded,
            place_folded,
            place_pairs,
            all_folded,
            synonym_groups,
            synonyms,
            district,
            commune,
            work_location,
            country,
            occupation_group,
            occupation_code,
            employment_type,
            negotiable,
            salary_lo,
            salary_hi,
            salary_top,
            published_at,
            deadline_day,
            stored,
        }
    }

    /// The exact view of a text, where there is one.
    pub fn exact(&self, field: TextField) -> Option<Field> {
        match field {
            TextField::Title => Some(self.title_exact),
            TextField::Occupation => Some(self.occupation_exact),
            TextField::Employer | TextField::Place => None,
        }
    }

    /// The folded view of a text.
    pub fn folded(&self, field: TextField) -> Field {
        match field {
            TextField::Title => self.title_folded,
            TextField::Occupation => self.occupation_folded,
            TextField::Employer => self.employer_folded,
            TextField::Place => self.place_folded,
        }
    }

    /// The pairs view of a text, where there is one.
    pub fn pairs(&self, field: TextField) -> Option<Field> {
        match field {
            TextField::Title => Some(self.title_pairs),
            TextField::Occupation => Some(self.occupation_pairs),
            TextField::Place => Some(self.place_pairs),
            TextField::Employer => None,
        }
    }

    /// Converts a posting into a tantivy document.
    pub fn document(&self, job: &JobDoc) -> Result<TantivyDocument, serde_json::Error> {
        let mut doc = TantivyDocument::new();
        doc.add_i64(self.id, job.id);
        let mut groups = Vec::new();
        for (field, text) in [
            (Some(TextField::Title), Some(job.title.as_str())),
            (Some(TextField::Occupation), job.occupation_name.as_deref()),
            (Some(TextField::Employer), Some(job.employer_name.as_str())),
            (Some(TextField::Place), job.commune_name.as_deref()),
            (Some(TextField::Place), job.district_name.as_deref()),
            (Some(TextField::Place), job.province_name.as_deref()),
            (Some(TextField::Place), job.country_name.as_deref()),
            (Some(TextField::Place), abroad_words(job.work_location)),
            (None, Some(job.description.as_str())),
        ] {
            if let Some(text) = text.filter(|t| !t.is_empty()) {
                self.add_text(&mut doc, field, text);
                TOKENS.with_borrow_mut(|tokens| {
                    let count = folded_tokens(text, tokens);
                    self.synonyms.groups_in(&tokens[..count], &mut groups);
                });
            }
        }
        for group in groups {
            doc.add_text(self.synonym_groups, group.to_string());
        }

        doc.add_u64(self.district, code_or_zero(job.district_code.as_deref()));
        doc.add_u64(self.commune, code_or_zero(job.commune_code.as_deref()));
        doc.add_u64(self.work_location, encode_work_location(job.work_location));
        doc.add_u64(
            self.country,
            job.country_code
                .as_deref()
                .and_then(encode_letters)
                .unwrap_or(0),
        );
        let group = job.occupation_group.clone().or_else(|| {
            job.occupation_code
                .as_ref()
                .and_then(|c| c.get(..1))
                .map(str::to_string)
        });
        doc.add_u64(self.occupation_group, code_or_zero(group.as_deref()));
        doc.add_u64(
            self.occupation_code,
            code_or_zero(job.occupation_code.as_deref()),
        );
        doc.add_u64(
            self.employment_type,
            encode_employment_type(job.employment_type),
        );
        let salary = SalaryColumns::of(job.salary_min, job.salary_max);
        doc.add_u64(self.negotiable, u64::from(salary.negotiable));
        doc.add_u64(self.salary_lo, salary.lo);
        doc.add_u64(self.salary_hi, salary.hi);
        doc.add_u64(self.salary_top, salary.top);
        doc.add_i64(self.published_at, job.published_at);
        doc.add_i64(self.deadline_day, deadline_day(job.deadline));
        doc.add_bytes(self.stored, &serde_json::to_vec(&StoredJob::of(job))?);
        Ok(doc)
    }
}

/// What a posting abroad is called in Vietnam's law and by the people who
/// look for one: working abroad under contract, the "xuất khẩu lao động"
/// of everyday speech (one synonym group with it in the built-in file). A
/// posting abroad is searched as if its place said so.
const ABROAD_WORDS: &str = "đi làm việc ở nước ngoài";

fn abroad_words(location: WorkLocation) -> Option<&'static str> {
    (location == WorkLocation::Abroad).then_some(ABROAD_WORDS)
}

impl Fields {
    /// Adds a text to `all_folded` and to the views of `field`.
    fn add_text(&self, doc: &mut TantivyDocument, field: Option<TextField>, text: &str) {
        doc.add_text(self.all_folded, text);
        let Some(field) = field else {
            return;
        };
        for view in [
            self.exact(field),
            Some(self.folded(field)),
            self.pairs(field),
        ]
        .into_iter()
        .flatten()
        {
            doc.add_text(view, text);
        }
    }
}

impl Default for Fields {
    fn default() -> Self {
        Self::new()
    }
}

thread_local! {
    /// Token buffers of [`Fields::document`], reused from posting to posting.
    static TOKENS: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn code_or_zero(code: Option<&str>) -> u64 {
    code.and_then(encode_digits).unwrap_or(0)
}

/// Encodes a code of 1 to 18 ASCII digits as `10^len + value`, keeping its
/// leading zeros: "084" is 1084.
pub fn encode_digits(code: &str) -> Option<u64> {
    let len = code.len();
    if !(1..=18).contains(&len) || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value: u64 = code.parse().ok()?;
    Some(10u64.pow(len as u32) + value)
}

/// The inverse of [`encode_digits`].
pub fn decode_digits(encoded: u64) -> Option<String> {
    if encoded < 10 {
        return None;
    }
    let len = encoded.ilog10();
    let value = encoded - 10u64.pow(len);
    Some(format!("{value:0width$}", width = len as usize))
}

/// The range of encoded values of the codes of length `len` that start
/// with the digits `prefix` (inclusive bounds).
pub fn digit_prefix_range(prefix: &str, len: usize) -> Option<(u64, u64)> {
    let plen = prefix.len();
    if plen == 0 || plen > len || len > 18 || !prefix.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let p: u64 = prefix.parse().ok()?;
    let scale = 10u64.pow((len - plen) as u32);
    let base = 10u64.pow(len as u32);
    Some((base + p * scale, base + (p + 1) * scale - 1))
}

/// Encodes a letter code ("JP", "vn") as its upper-case ASCII bytes packed
/// into a number; 1 to 8 letters or digits.
pub fn encode_letters(code: &str) -> Option<u64> {
    let len = code.len();
    if !(1..=8).contains(&len) || !code.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    Some(code.bytes().fold(0u64, |acc, b| {
        (acc << 8) | u64::from(b.to_ascii_uppercase())
    }))
}

/// The inverse of [`encode_letters`].
pub fn decode_letters(encoded: u64) -> Option<String> {
    if encoded == 0 {
        return None;
    }
    let bytes: Vec<u8> = encoded
        .to_be_bytes()
        .into_iter()
        .skip_while(|&b| b == 0)
        .collect();
    String::from_utf8(bytes).ok()
}

/// 1-based position of a work location in [`WorkLocation::ALL`].
pub fn encode_work_location(location: WorkLocation) -> u64 {
    WorkLocation::ALL
        .iter()
        .position(|&l| l == location)
        .map_or(0, |i| i as u64 + 1)
}

/// The inverse of [`encode_work_location`].
pub fn decode_work_location(encoded: u64) -> Option<WorkLocation> {
    let index = usize::try_from(encoded.checked_sub(1)?).ok()?;
    WorkLocation::ALL.get(index).copied()
}

/// 1-based position of an employment type in [`EmploymentType::ALL`].
pub fn encode_employment_type(kind: EmploymentType) -> u64 {
    EmploymentType::ALL
        .iter()
        .position(|&k| k == kind)
        .map_or(0, |i| i as u64 + 1)
}

/// Day number used for deadlines: the Julian day, or `i64::MAX` for "no
/// deadline" so that it never passes.
pub fn deadline_day(deadline: Option<Date>) -> i64 {
    deadline.map_or(i64::MAX, |d| i64::from(d.to_julian_day()))
}

/// How a pay range is laid out in the salary columns.
///
/// A negotiable posting ("thỏa thuận", both ends absent) is flagged and its
/// range is empty (`lo = u64::MAX`, `hi = 0`) so it never overlaps a range
/// by accident; the query decides explicitly what to do with it. An open
/// end counts as 0 below or unlimited above. `top` orders by pay: the top
/// of the range (or the bottom when only that is known) plus one, and 0
/// for negotiable postings so they sort last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SalaryColumns {
    pub negotiable: bool,
    pub lo: u64,
    pub hi: u64,
    pub top: u64,
}

impl SalaryColumns {
    /// The columns of a posting's pay range.
    pub fn of(min: Option<u64>, max: Option<u64>) -> Self {
        match (min, max) {
            (None, None) => Self {
                negotiable: true,
                lo: u64::MAX,
                hi: 0,
                top: 0,
            },
            (min, max) => {
                let lo = min.unwrap_or(0);
                let hi = max.unwrap_or(u64::MAX);
                let top = max.or(min).unwrap_or(0).saturating_add(1);
                Self {
                    negotiable: false,
                    lo: lo.min(hi),
                    hi: hi.max(lo),
                    top,
                }
            }
        }
    }
}

/// What is stored per posting: everything a result shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredJob {
    pub id: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_ref: Option<String>,
    pub title: String,
    pub employer_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commune_code: Option<String>,
    pub work_location: WorkLocation,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    pub place_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occupation_code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salary_min: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub salary_max: Option<u64>,
    pub employment_type: EmploymentType,
    /// Julian day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<i32>,
    pub published_at: i64,
    pub description: String,
}

impl StoredJob {
    /// The stored part of a posting.
    pub fn of(job: &JobDoc) -> Self {
        Self {
            id: job.id,
            external_ref: job.external_ref.clone(),
            title: job.title.clone(),
            employer_name: job.employer_name.clone(),
            district_code: job.district_code.clone(),
            commune_code: job.commune_code.clone(),
            work_location: job.work_location,
            country: job.country_code.clone(),
            place_name: place_name(job),
            occupation_code: job.occupation_code.clone(),
            salary_min: job.salary_min,
            salary_max: job.salary_max,
            employment_type: job.employment_type,
            deadline: job.deadline.map(Date::to_julian_day),
            published_at: job.published_at,
            description: job.description.clone(),
        }
    }

    /// The deadline as a date.
    pub fn deadline_date(&self) -> Option<Date> {
        self.deadline.and_then(|d| Date::from_julian_day(d).ok())
    }
}

/// The place to show: commune and district in the province, the province
/// elsewhere in Vietnam, the country abroad (falling back to whatever name
/// is known).
pub fn place_name(job: &JobDoc) -> String {
    fn non_empty(s: &Option<String>) -> Option<&str> {
        s.as_deref().filter(|s| !s.is_empty())
    }
    let parts: Vec<&str> = match job.work_location {
        WorkLocation::InProvince => [non_empty(&job.commune_name), non_empty(&job.district_name)]
            .into_iter()
            .flatten()
            .collect(),
        WorkLocation::InVietnam => non_empty(&job.province_name).into_iter().collect(),
        WorkLocation::Abroad => non_empty(&job.country_name).into_iter().collect(),
    };
    if !parts.is_empty() {
        return parts.join(", ");
    }
    [
        &job.commune_name,
        &job.district_name,
        &job.province_name,
        &job.country_name,
    ]
    .into_iter()
    .find_map(non_empty)
    .unwrap_or_default()
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digit_codes_keep_their_width() {
        for code in ["084", "080", "7", "0", "7531", "02635", "10"] {
            let encoded = encode_digits(code).expect(code);
            assert_eq!(decode_digits(encoded).as_deref(), Some(code));
        }
        assert_eq!(encode_digits("084"), Some(1084));
        assert_eq!(encode_digits("7"), Some(17));
        assert_ne!(encode_digits("84"), encode_digits("084"));
        for bad in ["", "8a", "-1", "1234567890123456789", " 84"] {
            assert_eq!(encode_digits(bad), None, "{bad:?}");
        }
        assert_eq!(decode_digits(0), None);
    }

    #[test]
    fn digit_prefix_ranges_cover_exactly_the_codes() {
        let (lo, hi) = digit_prefix_range("75", 4).expect("range");
        assert!(encode_digits("7500").is_some_and(|v| (lo..=hi).contains(&v)));
        assert!(encode_digits("7599").is_some_and(|v| (lo..=hi).contains(&v)));
        assert!(encode_digits("7600").is_some_and(|v| !(lo..=hi).contains(&v)));
        assert!(encode_digits("7499").is_some_and(|v| !(lo..=hi).contains(&v)));
        assert_eq!(
            digit_prefix_range("7531", 4),
            encode_digits("7531").map(|v| (v, v))
        );
        assert_eq!(digit_prefix_range("12345", 4), None);
    }

    #[test]
    fn letter_codes_round_trip() {
        assert_eq!(encode_letters("jp"), encode_letters("JP"));
        assert_eq!(
            encode_letters("JP").and_then(decode_letters).as_deref(),
            Some("JP")
        );
        assert_eq!(encode_letters(""), None);
        assert_eq!(encode_letters("J P"), None);
        assert_eq!(encode_letters("ABCDEFGHI"), None);
    }

    #[test]
    fn enums_round_trip() {
        for &l in WorkLocation::ALL {
            assert_eq!(decode_work_location(encode_work_location(l)), Some(l));
        }
        assert_eq!(decode_work_location(0), None);
        assert_eq!(decode_work_location(99), None);
        assert!(
            EmploymentType::ALL
                .iter()
                .all(|&k| encode_employment_type(k) > 0)
        );
    }

    #[test]
    fn salary_columns() {
        let negotiable = SalaryColumns::of(None, None);
        assert!(negotiable.negotiable);
        assert_eq!(negotiable.top, 0);
        let range = SalaryColumns::of(Some(7_000_000), Some(10_000_000));
        assert_eq!(
            (range.lo, range.hi, range.top),
            (7_000_000, 10_000_000, 10_000_001)
        );
        let from = SalaryColumns::of(Some(8_000_000), None);
        assert_eq!(
            (from.lo, from.hi, from.top),
            (8_000_000, u64::MAX, 8_000_001)
        );
        let up_to = SalaryColumns::of(None, Some(6_000_000));
        assert_eq!((up_to.lo, up_to.hi), (0, 6_000_000));
    }

    #[test]
    fn deadline_days_order_and_none_is_far() {
        let a = time::macros::date!(2024 - 05 - 01);
        let b = time::macros::date!(2024 - 05 - 02);
        assert!(deadline_day(Some(a)) < deadline_day(Some(b)));
        assert_eq!(deadline_day(None), i64::MAX);
    }
}
