//! Job postings: their life cycle, where the work is, and what it pays.

use time::Date;

use super::ids::{EmployerId, JobId};
use super::text::clean_input;
use super::values::Vnd;
use super::{FieldError, text_enum};

text_enum! {
    /// Where a posting is in its life cycle. Only `Published` postings are public.
    pub enum JobStatus {
        Draft = "draft",
        Submitted = "submitted",
        Published = "published",
        Closed = "closed",
        Expired = "expired",
    }
}

impl JobStatus {
    /// Whether a posting may move from `self` to `next`.
    pub fn can_become(self, next: JobStatus) -> bool {
        use JobStatus::*;
        matches!(
            (self, next),
            (Draft, Submitted)
                | (Submitted, Published)
                | (Submitted, Draft)
                | (Published, Submitted)
                | (Published, Closed)
                | (Published, Expired)
                | (Expired, Submitted)
        )
    }

    /// The Vietnamese name of the status.
    pub fn label_vi(self) -> &'static str {
        match self {
            Self::Draft => "Bản nháp",
            Self::Submitted => "Chờ duyệt",
            Self::Published => "Đang tuyển",
            Self::Closed => "Đã đóng",
            Self::Expired => "Hết hạn",
        }
    }

    /// The English name of the status.
    pub fn label_en(self) -> &'static str {
        match self {
            Self::Draft => "Draft",
            Self::Submitted => "Waiting for review",
            Self::Published => "Published",
            Self::Closed => "Closed",
            Self::Expired => "Expired",
        }
    }
}

text_enum! {
    /// The kind of employment offered.
    pub enum EmploymentType {
        FullTime = "full_time",
        PartTime = "part_time",
        Seasonal = "seasonal",
        Contract = "contract",
        Apprenticeship = "apprenticeship",
    }
}

impl EmploymentType {
    /// The Vietnamese name.
    pub fn label_vi(self) -> &'static str {
        match self {
            Self::FullTime => "Toàn thời gian",
            Self::PartTime => "Bán thời gian",
            Self::Seasonal => "Thời vụ",
            Self::Contract => "Hợp đồng có thời hạn",
            Self::Apprenticeship => "Học nghề, thực tập",
        }
    }

    /// The English name.
    pub fn label_en(self) -> &'static str {
        match self {
            Self::FullTime => "Full time",
            Self::PartTime => "Part time",
            Self::Seasonal => "Seasonal",
            Self::Contract => "Fixed-term contract",
            Self::Apprenticeship => "Apprenticeship",
        }
    }
}

text_enum! {
    /// Where the work is, broadly: the filter job seekers use first.
    pub enum WorkLocation {
        InProvince = "in_province",
        InVietnam = "in_vietnam",
        Abroad = "abroad",
    }
}

impl WorkLocation {
    /// The Vietnamese name.
    pub fn label_vi(self) -> &'static str {
        match self {
            Self::InProvince => "Trong tỉnh",
            Self::InVietnam => "Tỉnh khác",
            Self::Abroad => "Nước ngoài",
        }
    }

    /// The English name.
    pub fn label_en(self) -> &'static str {
        match self {
            Self::InProvince => "In the province",
            Self::InVietnam => "Elsewhere in Vietnam",
            Self::Abroad => "Abroad",
        }
    }
}

/// The place of work, precise enough to file and filter by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Workplace {
    /// A commune of the province, by official code.
    Commune(String),
    /// Another province of Vietnam, by official code.
    Province(String),
    /// A country abroad, by ISO 3166 alpha-2 code.
    Country(String),
}

impl Workplace {
    /// The broad location of this workplace.
    pub fn location(&self) -> WorkLocation {
        match self {
            Self::Commune(_) => WorkLocation::InProvince,
            Self::Province(_) => WorkLocation::InVietnam,
            Self::Country(_) => WorkLocation::Abroad,
        }
    }
}

/// A monthly pay range. Both ends absent means "thỏa thuận" (negotiable).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SalaryRange {
    min: Option<Vnd>,
    max: Option<Vnd>,
}

impl SalaryRange {
    /// Negotiable pay.
    pub const NEGOTIABLE: SalaryRange = SalaryRange {
        min: None,
        max: None,
    };

    /// A range; `min` must not exceed `max`.
    pub fn new(min: Option<Vnd>, max: Option<Vnd>) -> Result<Self, FieldError> {
        if let (Some(lo), Some(hi)) = (min, max)
            && lo.value() > hi.value()
        {
            return Err(FieldError::new(
                "salary_max",
                "Mức lương tối đa phải không nhỏ hơn mức tối thiểu / The maximum pay must not be below the minimum",
            ));
        }
        Ok(Self { min, max })
    }

    /// The lower end, if stated.
    pub fn min(&self) -> Option<Vnd> {
        self.min
    }

    /// The upper end, if stated.
    pub fn max(&self) -> Option<Vnd> {
        self.max
    }

    /// Whether the pay is left to negotiation.
    pub fn is_negotiable(&self) -> bool {
        self.min.is_none() && self.max.is_none()
    }
}

/// A posting as written by an employer, staff or an import, before it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewJob {
    pub employer_id: EmployerId,
    pub external_ref: Option<String>,
    pub title: String,
    pub description: String,
    pub occupation_code: Option<String>,
    pub salary: SalaryRange,
    pub quantity: u32,
    pub workplace: Workplace,
    pub employment_type: EmploymentType,
    pub deadline: Option<Date>,
}

/// Longest title accepted, in characters.
pub const TITLE_MAX_CHARS: usize = 200;
/// Longest description accepted, in characters.
pub const DESCRIPTION_MAX_CHARS: usize = 20_000;

impl NewJob {
    /// Normalises the text fields (NFC, whitespace) and checks the rules that
    /// do not need the database, returning every problem at once.
    pub fn validated(mut self, today: Date) -> Result<Self, Vec<FieldError>> {
        let mut errors = Vec::new();
        self.title = clean_input(&self.title);
        self.description = super::text::clean_multiline(&self.description);
        self.external_ref = self
            .external_ref
            .map(|r| clean_input(&r))
            .filter(|r| !r.is_empty());
        let title_len = self.title.chars().count();
        if title_len < 5 {
            errors.push(FieldError::new(
                "title",
                "Tiêu đề cần ít nhất 5 ký tự / The title needs at least 5 characters",
            ));
        } else if title_len > TITLE_MAX_CHARS {
            errors.push(FieldError::new(
                "title",
                format!("Tiêu đề dài quá {TITLE_MAX_CHARS} ký tự / The title is longer than {TITLE_MAX_CHARS} characters"),
            ));
        }
        if self.description.chars().count() > DESCRIPTION_MAX_CHARS {
            errors.push(FieldError::new(
                "description",
                format!("Mô tả dài quá {DESCRIPTION_MAX_CHARS} ký tự / The description is longer than {DESCRIPTION_MAX_CHARS} characters"),
            ));
        }
        if self.quantity == 0 || self.quantity > 100_000 {
            errors.push(FieldError::new(
                "quantity",
                "Số lượng cần tuyển phải từ 1 đến 100.000 / The number of openings must be between 1 and 100,000",
            ));
        }
        if let Some(deadline) = self.deadline
            && deadline < today
        {
            errors.push(FieldError::new(
                "deadline",
                "Hạn nộp hồ sơ đã qua / The application deadline has already passed",
            ));
        }
        if errors.is_empty() {
            Ok(self)
        } else {
            Err(errors)
        }
    }
}

/// A posting as listed: enough for a result card.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct JobCard {
    pub id: JobId,
    pub title: String,
    pub employer_name: String,
    pub work_location: WorkLocation,
    /// Commune, province or country name, as the place to show.
    pub place_name: String,
    pub district_name: Option<String>,
    pub salary_min: Option<Vnd>,
    pub salary_max: Option<Vnd>,
    pub quantity: u32,
    pub deadline: Option<Date>,
}

/// A posting with everything its page shows.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct JobDetail {
    pub card: JobCard,
    pub status: JobStatus,
    pub external_ref: Option<String>,
    pub description: String,
    pub occupation_name: Option<String>,
    pub employment_type: EmploymentType,
    pub employer_id: EmployerId,
    pub employer_address: String,
    pub employer_phone: Option<String>,
    pub employer_email: Option<String>,
    pub employer_verified: bool,
    pub published_at: Option<i64>,
    /// The employer's own words on how to apply (may be empty).
    pub how_to_apply: String,
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use time::macros::date;

    fn job() -> NewJob {
        NewJob {
            employer_id: EmployerId(1),
            external_ref: Some("  ext-1 ".into()),
            title: "  Tuyển   công nhân may ".into(),
            description: String::new(),
            occupation_code: None,
            salary: SalaryRange::NEGOTIABLE,
            quantity: 10,
            workplace: Workplace::Commune("02635".into()),
            employment_type: EmploymentType::FullTime,
            deadline: Some(date!(2024 - 06 - 30)),
        }
    }

    #[test]
    fn a_valid_job_is_normalised() {
        let job = job().validated(date!(2024 - 06 - 01)).unwrap();
        assert_eq!(job.title, "Tuyển công nhân may");
        assert_eq!(job.external_ref.as_deref(), Some("ext-1"));
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let mut bad = job();
        bad.title = "ab".into();
        bad.quantity = 0;
        let errors = bad.validated(date!(2024 - 07 - 01)).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, vec!["title", "quantity", "deadline"]);
    }

    #[test]
    fn a_salary_range_must_not_be_upside_down() {
        let lo = Vnd::new(9_000_000).unwrap();
        let hi = Vnd::new(6_000_000).unwrap();
        assert!(SalaryRange::new(Some(lo), Some(hi)).is_err());
        assert!(SalaryRange::new(Some(hi), Some(lo)).is_ok());
        assert!(SalaryRange::NEGOTIABLE.is_negotiable());
    }

    #[test]
    fn only_reviewed_postings_get_published() {
        assert!(!JobStatus::Draft.can_become(JobStatus::Published));
        assert!(JobStatus::Submitted.can_become(JobStatus::Published));
        assert!(!JobStatus::Closed.can_become(JobStatus::Published));
    }
}
