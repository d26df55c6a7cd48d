//! An employer's posting form: turning what was typed into a [`NewJob`],
//! which edits of a published posting need a new review, and how a posting ends.

use time::Date;

use super::ids::EmployerId;
use super::job::{EmploymentType, NewJob, SalaryRange, Workplace};
use super::text::{clean_input, clean_multiline};
use super::values::Vnd;
use super::{FieldError, text_enum};

/// Longest "how to apply" text accepted, in characters.
pub const HOW_TO_APPLY_MAX_CHARS: usize = 2_000;

/// The posting form as typed, every field a string.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PostingInput {
    pub title: String,
    pub description: String,
    pub occupation_code: String,
    pub quantity: String,
    pub salary_min: String,
    pub salary_max: String,
    /// The "thỏa thuận" (negotiable) box was ticked.
    pub negotiable: bool,
    pub employment_type: String,
    /// `commune`, `province` or `country`.
    pub location: String,
    pub commune_code: String,
    pub province_code: String,
    pub country_code: String,
    /// dd/mm/yyyy, or empty for no deadline.
    pub deadline: String,
    pub how_to_apply: String,
    /// The enterprise's licence for sending workers abroad; asked for overseas work.
    pub overseas_licence_no: String,
}

/// A checked posting, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostingDraft {
    pub job: NewJob,
    pub how_to_apply: String,
    /// Set when the work is abroad: the licence to record on the employer.
    pub overseas_licence_no: Option<String>,
}

/// Reads a date typed as dd/mm/yyyy (also d/m/yyyy, with `-` or `.`), or
/// yyyy-mm-dd as date pickers send it.
pub fn parse_day_month_year(text: &str) -> Option<Date> {
    let text = text.trim();
    let parts: Vec<&str> = text.split(['/', '-', '.']).map(str::trim).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let (day, month, year) = if a.len() == 4 { (c, b, a) } else { (a, b, c) };
    if year.len() != 4 {
        return None;
    }
    let year: i32 = year.parse().ok()?;
    let month: u8 = month.parse().ok()?;
    let day: u8 = day.parse().ok()?;
    Date::from_calendar_date(year, time::Month::try_from(month).ok()?, day).ok()
}

/// Reads an optional amount of money; empty is `None`.
fn money(field: &'static str, text: &str, errors: &mut Vec<FieldError>) -> Option<Vnd> {
    if text.trim().is_empty() {
        return None;
    }
    match Vnd::parse(text) {
        Ok(v) => Some(v),
        Err(err) => {
            errors.push(FieldError::new(field, err.to_string()));
            None
        }
    }
}

/// Whether a code is `len` ASCII digits.
fn is_digits(code: &str, len: usize) -> bool {
    code.len() == len && code.bytes().all(|b| b.is_ascii_digit())
}

impl PostingInput {
    /// Checks the form and builds the posting, reporting every problem at
    /// once. Whether the codes exist is the caller's to check with the database.
    pub fn parse(
        &self,
        employer_id: EmployerId,
        today: Date,
    ) -> Result<PostingDraft, Vec<FieldError>> {
        let mut errors = Vec::new();
        let quantity = match self.quantity.trim().replace('.', "").parse::<u32>() {
            Ok(n) => n,
            Err(_) => {
                errors.push(FieldError::new(
                    "quantity",
                    "Nhập số người cần tuyển, ví dụ 10 / Enter the number of openings, e.g. 10",
                ));
                1
            }
        };
        let salary = if self.negotiable {
            SalaryRange::NEGOTIABLE
        } else {
            let min = money("salary_min", &self.salary_min, &mut errors);
            let max = money("salary_max", &self.salary_max, &mut errors);
            if self.salary_min.trim().is_empty() && self.salary_max.trim().is_empty() {
                errors.push(FieldError::new(
                    "salary_min",
                    "Nhập mức lương, hoặc chọn «Thỏa thuận» / Enter the pay, or tick \"Negotiable\"",
                ));
            }
            SalaryRange::new(min, max).unwrap_or_else(|err| {
                errors.push(err);
                SalaryRange::NEGOTIABLE
            })
        };
        let employment_type =
            EmploymentType::parse(self.employment_type.trim()).unwrap_or_else(|| {
                errors.push(FieldError::new(
                    "employment_type",
                    "Chọn hình thức làm việc / Choose the kind of employment",
                ));
                EmploymentType::FullTime
            });
        let commune = self.commune_code.trim();
        let province = self.province_code.trim();
        let country = self.country_code.trim().to_ascii_uppercase();
        let workplace = match self.location.trim() {
            "commune" if is_digits(commune, 5) => Some(Workplace::Commune(commune.to_owned())),
            "commune" => {
                errors.push(FieldError::new(
                    "commune_code",
                    "Chọn xã, phường nơi làm việc trong tỉnh / Choose the commune of the workplace in the province",
                ));
                None
            }
            "province" if is_digits(province, 2) => Some(Workplace::Province(province.to_owned())),
            "province" => {
                errors.push(FieldError::new(
                    "province_code",
                    "Chọn tỉnh, thành phố nơi làm việc / Choose the province of the workplace",
                ));
                None
            }
            "country" if country.len() == 2 && country.bytes().all(|b| b.is_ascii_uppercase()) => {
                Some(Workplace::Country(country))
            }
            "country" => {
                errors.push(FieldError::new(
                    "country_code",
                    "Chọn nước nơi làm việc / Choose the country of the workplace",
                ));
                None
            }
            _ => {
                errors.push(FieldError::new(
                    "location",
                    "Chọn nơi làm việc: trong tỉnh, tỉnh khác hoặc nước ngoài / Choose where the work is: in the province, elsewhere in Vietnam or abroad",
                ));
                None
            }
        };
        let is_abroad = matches!(workplace, Some(Workplace::Country(_)));
        let licence = clean_input(&self.overseas_licence_no);
        if is_abroad && licence.is_empty() {
            errors.push(FieldError::new(
                "overseas_licence_no",
                "Tuyển người đi làm việc ở nước ngoài cần số giấy phép hoạt động dịch vụ đưa người lao động đi làm việc ở nước ngoài / Work abroad needs the enterprise's licence number for sending workers abroad",
            ));
        }
        let deadline = if self.deadline.trim().is_empty() {
            None
        } else {
            let parsed = parse_day_month_year(&self.deadline);
            if parsed.is_none() {
                errors.push(FieldError::new(
                    "deadline",
                    "Ngày không hợp lệ; nhập theo dạng ngày/tháng/năm, ví dụ 31/07/2024 / Invalid date; write it as day/month/year, e.g. 31/07/2024",
                ));
            }
            parsed
        };
        let how_to_apply = clean_multiline(&self.how_to_apply);
        if how_to_apply.chars().count() > HOW_TO_APPLY_MAX_CHARS {
            errors.push(FieldError::new(
                "how_to_apply",
                format!("Cách ứng tuyển dài quá {HOW_TO_APPLY_MAX_CHARS} ký tự / How to apply is longer than {HOW_TO_APPLY_MAX_CHARS} characters"),
            ));
        }
        let occupation = clean_input(&self.occupation_code);
        let job = NewJob {
            employer_id,
            external_ref: None,
            title: self.title.clone(),
            description: self.description.clone(),
            occupation_code: (!occupation.is_empty()).then_some(occupation),
            salary,
            quantity: quantity.max(1),
            workplace: workplace.unwrap_or_else(|| Workplace::Commune(String::new())),
            employment_type,
            deadline,
        };
        if quantity == 0 {
            errors.push(FieldError::new(
                "quantity",
                "Số lượng cần tuyển phải từ 1 đến 100.000 / The number of openings must be between 1 and 100,000",
            ));
        }
        let job = match job.validated(today) {
            Ok(job) => Some(job),
            Err(found) => {
                errors.extend(found);
                None
            }
        };
        match job {
            Some(job) if errors.is_empty() => Ok(PostingDraft {
                job,
                how_to_apply,
                overseas_licence_no: is_abroad.then_some(licence),
            }),
            _ => Err(first_per_field(errors)),
        }
    }
}

/// Keeps the first problem reported for each field.
fn first_per_field(errors: Vec<FieldError>) -> Vec<FieldError> {
    let mut seen = Vec::new();
    errors
        .into_iter()
        .filter(|e| {
            if seen.contains(&e.field) {
                false
            } else {
                seen.push(e.field);
                true
            }
        })
        .collect()
}

/// Whether changing a published posting from `before` to `after` changes
/// what staff reviewed (title, description, pay, place, occupation or kind
/// of employment), so that it must be reviewed again. The deadline, the
/// number of openings and how to apply may change without a new review.
pub fn needs_new_review(before: &NewJob, after: &NewJob) -> bool {
    before.title != after.title
        || before.description != after.description
        || before.salary != after.salary
        || before.workplace != after.workplace
        || before.occupation_code != after.occupation_code
        || before.employment_type != after.employment_type
}

text_enum! {
    /// Why a posting stopped taking applications.
    pub enum ClosedReason {
        /// The employer withdrew it.
        Closed = "closed",
        /// Every opening was filled.
        Filled = "filled",
    }
}

impl ClosedReason {
    /// The Vietnamese name.
    pub fn label_vi(self) -> &'static str {
        match self {
            Self::Closed => "Đã đóng",
            Self::Filled => "Đã tuyển đủ",
        }
    }

    /// The English name.
    pub fn label_en(self) -> &'static str {
        match self {
            Self::Closed => "Closed",
            Self::Filled => "Filled",
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use time::macros::date;

    fn input() -> PostingInput {
        PostingInput {
            title: "Tuyển công nhân lắp ráp điện tử".into(),
            description: "Làm việc theo ca tại KCN Tằng Loỏng.".into(),
            occupation_code: "8212".into(),
            quantity: "20".into(),
            salary_min: "6.500.000".into(),
            salary_max: "8 triệu".into(),
            employment_type: "full_time".into(),
            location: "commune".into(),
            commune_code: "02635".into(),
            deadline: "31/07/2024".into(),
            ..PostingInput::default()
        }
    }

    const TODAY: Date = date!(2024 - 06 - 15);

    #[test]
    fn a_complete_form_becomes_a_posting() {
        let draft = input().parse(EmployerId(3), TODAY).unwrap();
        assert_eq!(draft.job.quantity, 20);
        assert_eq!(draft.job.deadline, Some(date!(2024 - 07 - 31)));
        assert_eq!(draft.job.salary.max().map(|v| v.value()), Some(8_000_000));
        assert_eq!(draft.overseas_licence_no, None);
    }

    #[test]
    fn work_abroad_needs_the_licence_number() {
        let mut form = input();
        form.location = "country".into();
        form.country_code = "jp".into();
        let errors = form.parse(EmployerId(3), TODAY).unwrap_err();
        assert_eq!(
            errors.iter().map(|e| e.field).collect::<Vec<_>>(),
            vec!["overseas_licence_no"]
        );
        form.overseas_licence_no = " 123/LĐTBXH-GP ".into();
        let draft = form.parse(EmployerId(3), TODAY).unwrap();
        assert_eq!(draft.job.workplace, Workplace::Country("JP".into()));
        assert_eq!(draft.overseas_licence_no.as_deref(), Some("123/LĐTBXH-GP"));
    }

    #[test]
    fn every_problem_is_reported_once_per_field() {
        let form = PostingInput {
            title: "ab".into(),
            quantity: "0".into(),
            salary_min: "9 triệu".into(),
            salary_max: "6 triệu".into(),
            deadline: "31/02/2024".into(),
            ..input()
        };
        let errors = form.parse(EmployerId(3), TODAY).unwrap_err();
        let fields: Vec<_> = errors.iter().map(|e| e.field).collect();
        assert_eq!(fields, vec!["salary_max", "deadline", "quantity", "title"]);
    }

    #[test]
    fn pay_is_either_stated_or_negotiable() {
        let form = PostingInput {
            salary_min: String::new(),
            salary_max: String::new(),
            ..input()
        };
        assert_eq!(
            form.parse(EmployerId(3), TODAY).unwrap_err()[0].field,
            "salary_min"
        );
        let negotiable = PostingInput {
            negotiable: true,
            ..form
        };
        assert!(
            negotiable
                .parse(EmployerId(3), TODAY)
                .unwrap()
                .job
                .salary
                .is_negotiable()
        );
    }

    #[test]
    fn dates_are_read_day_first() {
        assert_eq!(
            parse_day_month_year("1/7/2024"),
            Some(date!(2024 - 07 - 01))
        );
        assert_eq!(
            parse_day_month_year("2024-07-01"),
            Some(date!(2024 - 07 - 01))
        );
        assert_eq!(parse_day_month_year("07/2024"), None);
        assert_eq!(parse_day_month_year("31/04/2024"), None);
    }

    #[test]
    fn only_what_staff_reviewed_sends_a_posting_back() {
        let before = input().parse(EmployerId(3), TODAY).unwrap().job;
        let mut after = before.clone();
        after.quantity = 5;
        after.deadline = Some(date!(2024 - 08 - 31));
        assert!(!needs_new_review(&before, &after));
        after.title = "Tuyển công nhân lắp ráp điện thoại".into();
        assert!(needs_new_review(&before, &after));
    }
}
