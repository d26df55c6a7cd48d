//! A job seeker's own account and profile: what sign-up asks for, what the
//! profile records (occupations wanted, languages, driving licences, where
//! and when they can work), and the rules each field must meet.

use super::text::{clean_input, clean_multiline, fold};
use super::values::{Email, PhoneNumber, Vnd};
use super::worker::{EducationLevel, Gender, VocationalTraining};
use super::{FieldError, text_enum};

text_enum! {
    /// How far from home the worker will work.
    pub enum WorkArea {
        Commune = "commune",
        District = "district",
        Province = "province",
        Vietnam = "vietnam",
        Abroad = "abroad",
    }
}

impl WorkArea {
    /// The Vietnamese and English names.
    pub fn labels(self) -> (&'static str, &'static str) {
        match self {
            Self::Commune => ("Trong xã, phường nơi ở", "In my own commune"),
            Self::District => ("Trong huyện nơi ở", "In my own district"),
            Self::Province => ("Trong tỉnh Lào Cai", "Anywhere in Lào Cai"),
            Self::Vietnam => ("Cả tỉnh khác trong nước", "Elsewhere in Vietnam too"),
            Self::Abroad => ("Cả nước ngoài", "Abroad too"),
        }
    }

    /// Whether this area reaches past the province, and past the border.
    pub fn reach(self) -> (bool, bool) {
        match self {
            Self::Commune | Self::District | Self::Province => (false, false),
            Self::Vietnam => (true, false),
            Self::Abroad => (true, true),
        }
    }
}

text_enum! {
    /// When the worker can start.
    pub enum Availability {
        Now = "now",
        WithinMonth = "within_month",
        Later = "later",
    }
}

impl Availability {
    /// The Vietnamese and English names.
    pub fn labels(self) -> (&'static str, &'static str) {
        match self {
            Self::Now => ("Đi làm được ngay", "Can start now"),
            Self::WithinMonth => ("Trong vòng một tháng", "Within a month"),
            Self::Later => ("Sau một tháng", "In more than a month"),
        }
    }
}

text_enum! {
    /// How well a language is spoken.
    pub enum LanguageLevel {
        Native = "native",
        Fluent = "fluent",
        Basic = "basic",
    }
}

impl LanguageLevel {
    /// The Vietnamese and English names.
    pub fn labels(self) -> (&'static str, &'static str) {
        match self {
            Self::Native => ("Tiếng mẹ đẻ", "Native"),
            Self::Fluent => ("Thành thạo", "Fluent"),
            Self::Basic => ("Cơ bản", "Basic"),
        }
    }
}

/// A language a profile can list: its stored code and its names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// `vi`, `ethnic:<GSO ethnicity code>` for a minority language, or an
    /// ISO 639-1 code for a foreign one (the form the registry already uses).
    pub code: &'static str,
    pub name_vi: &'static str,
    pub name_en: &'static str,
}

/// The languages a profile can list: Vietnamese, the minority languages
/// spoken in Lào Cai, and the foreign languages overseas work asks for.
pub const LANGUAGES: &[Language] = &[
    Language {
        code: "vi",
        name_vi: "Tiếng Việt",
        name_en: "Vietnamese",
    },
    Language {
        code: "ethnic:08",
        name_vi: "Tiếng H'Mông",
        name_en: "Hmong",
    },
    Language {
        code: "ethnic:09",
        name_vi: "Tiếng Dao",
        name_en: "Dao (Yao)",
    },
    Language {
        code: "ethnic:02",
        name_vi: "Tiếng Tày",
        name_en: "Tay",
    },
    Language {
        code: "ethnic:25",
        name_vi: "Tiếng Giáy",
        name_en: "Giay",
    },
    Language {
        code: "ethnic:07",
        name_vi: "Tiếng Nùng",
        name_en: "Nung",
    },
    Language {
        code: "ethnic:35",
        name_vi: "Tiếng Hà Nhì",
        name_en: "Ha Nhi",
    },
    Language {
        code: "ethnic:40",
        name_vi: "Tiếng Phù Lá",
        name_en: "Phu La",
    },
    Language {
        code: "ethnic:49",
        name_vi: "Tiếng Bố Y",
        name_en: "Bo Y",
    },
    Language {
        code: "en",
        name_vi: "Tiếng Anh",
        name_en: "English",
    },
    Language {
        code: "zh",
        name_vi: "Tiếng Trung",
        name_en: "Chinese",
    },
    Language {
        code: "ja",
        name_vi: "Tiếng Nhật",
        name_en: "Japanese",
    },
    Language {
        code: "ko",
        name_vi: "Tiếng Hàn",
        name_en: "Korean",
    },
    Language {
        code: "de",
        name_vi: "Tiếng Đức",
        name_en: "German",
    },
];

/// The language with this stored code, if the list has it.
pub fn language(code: &str) -> Option<&'static Language> {
    LANGUAGES.iter().find(|l| l.code == code)
}

/// Driving licence classes: those of the Law on Road Traffic Order and
/// Safety (2024, in force since 2025) and the older classes still held
/// (A2-A4, B2, E, F...), which stay valid until they expire.
pub const LICENCE_CLASSES: &[&str] = &[
    "A1", "A", "B1", "B", "C1", "C", "D1", "D2", "D", "BE", "C1E", "CE", "D1E", "D2E", "DE", "A2",
    "A3", "A4", "B2", "E", "FB2", "FC", "FD", "FE",
];

/// The Vietnamese and English names of a gender.
pub fn gender_labels(gender: Gender) -> (&'static str, &'static str) {
    match gender {
        Gender::Female => ("Nữ", "Female"),
        Gender::Male => ("Nam", "Male"),
        Gender::Other => ("Khác", "Other"),
    }
}

/// The Vietnamese and English names of an education level.
pub fn education_labels(level: EducationLevel) -> (&'static str, &'static str) {
    match level {
        EducationLevel::None => ("Chưa đi học", "No schooling"),
        EducationLevel::Primary => ("Tiểu học", "Primary school"),
        EducationLevel::LowerSecondary => ("Trung học cơ sở", "Lower secondary school"),
        EducationLevel::UpperSecondary => ("Trung học phổ thông", "Upper secondary school"),
        EducationLevel::College => ("Cao đẳng", "College"),
        EducationLevel::University => ("Đại học", "University"),
        EducationLevel::Postgraduate => ("Sau đại học", "Postgraduate"),
    }
}

/// The Vietnamese and English names of a vocational training level.
pub fn training_labels(level: VocationalTraining) -> (&'static str, &'static str) {
    match level {
        VocationalTraining::None => ("Chưa qua đào tạo nghề", "No vocational training"),
        VocationalTraining::UnderThreeMonths => ("Dưới 3 tháng", "Under three months"),
        VocationalTraining::Elementary => ("Sơ cấp", "Elementary"),
        VocationalTraining::Intermediate => ("Trung cấp", "Intermediate"),
        VocationalTraining::College => ("Cao đẳng nghề", "Vocational college"),
    }
}

/// Fewest and most characters of a full name.
pub const NAME_CHARS: (usize, usize) = (2, 100);
/// Most occupations a profile lists.
pub const MAX_OCCUPATIONS: usize = 3;
/// Longest skills text, in characters.
pub const MAX_SKILLS_CHARS: usize = 1_000;
/// Longest certificates text, in characters.
pub const MAX_CERTIFICATES_CHARS: usize = 2_000;

fn choice<T>(
    field: &'static str,
    value: &str,
    parse: impl Fn(&str) -> Option<T>,
    errors: &mut Vec<FieldError>,
) -> Option<T> {
    let parsed = parse(value.trim());
    if parsed.is_none() {
        errors.push(FieldError::new(
            field,
            "Hãy chọn một giá trị trong danh sách / Choose one of the listed values",
        ));
    }
    parsed
}

fn full_name(value: &str, errors: &mut Vec<FieldError>) -> String {
    let name = clean_input(value);
    let chars = name.chars().count();
    if chars < NAME_CHARS.0 || chars > NAME_CHARS.1 {
        errors.push(FieldError::new(
            "full_name",
            format!(
                "Họ tên cần từ {} đến {} ký tự / The full name needs {} to {} characters",
                NAME_CHARS.0, NAME_CHARS.1, NAME_CHARS.0, NAME_CHARS.1
            ),
        ));
    }
    name
}

/// Reads an optional e-mail and phone number; at least one is needed to sign in.
fn contacts(
    email: &str,
    phone: &str,
    errors: &mut Vec<FieldError>,
) -> (Option<Email>, Option<PhoneNumber>) {
    let email = if email.trim().is_empty() {
        None
    } else {
        Email::parse(email)
            .map_err(|err| errors.push(FieldError::new("email", err.to_string())))
            .ok()
    };
    let phone = if phone.trim().is_empty() {
        None
    } else {
        match PhoneNumber::parse(phone) {
            Ok(number) if number.is_mobile() => Some(number),
            Ok(_) => {
                errors.push(FieldError::new(
                    "phone",
                    "Hãy nhập số di động (10 chữ số, ví dụ 0912 345 678) / Enter a mobile number (10 digits, e.g. 0912 345 678)",
                ));
                None
            }
            Err(err) => {
                errors.push(FieldError::new("phone", err.to_string()));
                None
            }
        }
    };
    if email.is_none()
        && phone.is_none()
        && !errors
            .iter()
            .any(|e| e.field == "phone" || e.field == "email")
    {
        errors.push(FieldError::new(
            "email",
            "Cần có e-mail hoặc số điện thoại di động để đăng nhập / An e-mail address or a mobile number is needed to sign in",
        ));
    }
    (email, phone)
}

fn commune(value: &str, errors: &mut Vec<FieldError>) -> String {
    let code = value.trim().to_owned();
    if code.len() != 5 || !code.bytes().all(|b| b.is_ascii_digit()) {
        errors.push(FieldError::new(
            "commune_code",
            "Hãy chọn xã, phường nơi đang ở / Choose the commune you live in",
        ));
    }
    code
}

/// The sign-up form as typed.
#[derive(Debug, Clone, Default)]
pub struct SignUpInput {
    pub email: String,
    pub phone: String,
    pub password: String,
    pub full_name: String,
    pub gender: String,
    pub commune_code: String,
    pub education_level: String,
    pub vocational_training: String,
    pub consent: bool,
}

/// A sign-up that passed every check that needs no database.
#[derive(Debug, Clone)]
pub struct SignUp {
    pub email: Option<Email>,
    pub phone: Option<PhoneNumber>,
    pub password: String,
    pub full_name: String,
    pub full_name_folded: String,
    pub gender: Gender,
    /// A five-digit commune code; the service checks it is one of the province's.
    pub commune_code: String,
    pub education_level: EducationLevel,
    pub vocational_training: VocationalTraining,
}

impl SignUpInput {
    /// Checks every field, reporting every problem at once.
    pub fn parse(self) -> Result<SignUp, Vec<FieldError>> {
        let mut errors = Vec::new();
        let (email, phone) = contacts(&self.email, &self.phone, &mut errors);
        if let Err(err) = super::password::check_new_password(&self.password) {
            errors.push(err);
        }
        let full_name = full_name(&self.full_name, &mut errors);
        let gender = choice("gender", &self.gender, Gender::parse, &mut errors);
        let commune_code = commune(&self.commune_code, &mut errors);
        let education_level = choice(
            "education_level",
            &self.education_level,
            EducationLevel::parse,
            &mut errors,
        );
        let vocational_training = choice(
            "vocational_training",
            &self.vocational_training,
            VocationalTraining::parse,
            &mut errors,
        );
        if !self.consent {
            errors.push(FieldError::new(
                "consent",
                "Cần đồng ý cho Trung tâm xử lý dữ liệu cá nhân để đăng ký / Consent to the processing of personal data is needed to sign up",
            ));
        }
        match (gender, education_level, vocational_training) {
            (Some(gender), Some(education_level), Some(vocational_training))
                if errors.is_empty() =>
            {
                Ok(SignUp {
                    email,
                    phone,
                    password: self.password,
                    full_name_folded: fold(&full_name),
                    full_name,
                    gender,
                    commune_code,
                    education_level,
                    vocational_training,
                })
            }
            _ => Err(errors),
        }
    }
}

/// The profile form as typed.
#[derive(Debug, Clone, Default)]
pub struct ProfileInput {
    pub full_name: String,
    pub gender: String,
    pub commune_code: String,
    pub email: String,
    pub phone: String,
    pub occupations: Vec<String>,
    pub skills: String,
    pub education_level: String,
    pub vocational_training: String,
    pub certificates: String,
    /// (language code, level or empty for "does not speak").
    pub languages: Vec<(String, String)>,
    pub work_area: String,
    pub expected_salary: String,
    pub availability: String,
    pub driving_licences: Vec<String>,
}

/// A profile that passed every check that needs no database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub full_name: String,
    pub full_name_folded: String,
    pub gender: Gender,
    pub commune_code: String,
    pub email: Option<Email>,
    pub phone: Option<PhoneNumber>,
    /// Occupation codes, without repeats; the service checks they exist.
    pub occupations: Vec<String>,
    pub skills: String,
    pub education_level: EducationLevel,
    pub vocational_training: VocationalTraining,
    pub certificates: String,
    pub languages: Vec<(String, LanguageLevel)>,
    pub work_area: WorkArea,
    pub expected_salary: Option<Vnd>,
    pub availability: Availability,
    /// Classes from [`LICENCE_CLASSES`], in that list's order.
    pub driving_licences: Vec<String>,
}

fn bounded_text(
    field: &'static str,
    value: &str,
    max: usize,
    errors: &mut Vec<FieldError>,
) -> String {
    let text = clean_multiline(value);
    if text.chars().count() > max {
        errors.push(FieldError::new(
            field,
            format!("Nội dung dài quá {max} ký tự / The text is longer than {max} characters"),
        ));
    }
    text
}

impl ProfileInput {
    /// Checks every field, reporting every problem at once.
    pub fn parse(self) -> Result<Profile, Vec<FieldError>> {
        let mut errors = Vec::new();
        let full_name = full_name(&self.full_name, &mut errors);
        let gender = choice("gender", &self.gender, Gender::parse, &mut errors);
        let commune_code = commune(&self.commune_code, &mut errors);
        let (email, phone) = contacts(&self.email, &self.phone, &mut errors);
        let mut occupations: Vec<String> = Vec::new();
        for code in self.occupations.iter().map(|c| c.trim()) {
            if code.is_empty() || occupations.iter().any(|c| c == code) {
                continue;
            }
            if code.len() != 4 || !code.bytes().all(|b| b.is_ascii_digit()) {
                errors.push(FieldError::new(
                    "occupations",
                    "Hãy chọn nghề trong danh sách / Choose occupations from the list",
                ));
                break;
            }
            occupations.push(code.to_owned());
        }
        if occupations.len() > MAX_OCCUPATIONS {
            errors.push(FieldError::new(
                "occupations",
                format!(
                    "Chọn tối đa {MAX_OCCUPATIONS} nghề / Choose at most {MAX_OCCUPATIONS} occupations"
                ),
            ));
        }
        let skills = bounded_text("skills", &self.skills, MAX_SKILLS_CHARS, &mut errors);
        let certificates = bounded_text(
            "certificates",
            &self.certificates,
            MAX_CERTIFICATES_CHARS,
            &mut errors,
        );
        let education_level = choice(
            "education_level",
            &self.education_level,
            EducationLevel::parse,
            &mut errors,
        );
        let vocational_training = choice(
            "vocational_training",
            &self.vocational_training,
            VocationalTraining::parse,
            &mut errors,
        );
        let mut languages = Vec::new();
        for (code, level) in &self.languages {
            let level = level.trim();
            if level.is_empty() {
                continue;
            }
            match (language(code.trim()), LanguageLevel::parse(level)) {
                (Some(lang), Some(level)) => {
                    if !languages.iter().any(|(c, _)| c == lang.code) {
                        languages.push((lang.code.to_owned(), level));
                    }
                }
                _ => {
                    errors.push(FieldError::new(
                        "languages",
                        "Ngôn ngữ hoặc mức độ không có trong danh sách / A language or level is not in the list",
                    ));
                    break;
                }
            }
        }
        let work_area = choice("work_area", &self.work_area, WorkArea::parse, &mut errors);
        let expected_salary = if self.expected_salary.trim().is_empty() {
            None
        } else {
            Vnd::parse(&self.expected_salary)
                .map_err(|err| errors.push(FieldError::new("expected_salary", err.to_string())))
                .ok()
        };
        let availability = choice(
            "availability",
            &self.availability,
            Availability::parse,
            &mut errors,
        );
        let mut unknown_licence = None;
        let held: Vec<String> = self
            .driving_licences
            .iter()
            .map(|c| c.trim().to_ascii_uppercase())
            .filter(|c| !c.is_empty())
            .inspect(|c| {
                if !LICENCE_CLASSES.contains(&c.as_str()) {
                    unknown_licence = Some(c.clone());
                }
            })
            .collect();
        if let Some(class) = unknown_licence {
            errors.push(FieldError::new(
                "driving_licences",
                format!(
                    "Không có hạng giấy phép lái xe «{class}»; chỉ nhận: {} / There is no driving licence class «{class}»; accepted: {}",
                    LICENCE_CLASSES.join(", "),
                    LICENCE_CLASSES.join(", ")
                ),
            ));
        }
        let driving_licences: Vec<String> = LICENCE_CLASSES
            .iter()
            .filter(|class| held.iter().any(|h| h == *class))
            .map(|class| (*class).to_owned())
            .collect();
        match (
            gender,
            education_level,
            vocational_training,
            work_area,
            availability,
        ) {
            (
                Some(gender),
                Some(education_level),
                Some(vocational_training),
                Some(work_area),
                Some(availability),
            ) if errors.is_empty() => Ok(Profile {
                full_name_folded: fold(&full_name),
                full_name,
                gender,
                commune_code,
                email,
                phone,
                occupations,
                skills,
                education_level,
                vocational_training,
                certificates,
                languages,
                work_area,
                expected_salary,
                availability,
                driving_licences,
            }),
            _ => Err(errors),
        }
    }
}

/// Splits a stored comma-separated list of licence classes.
pub fn licences_from_text(text: &str) -> Vec<String> {
    text.split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The name that replaces a worker's own when their account is deleted but
/// their placements must still be counted.
pub const ANONYMISED_NAME: &str = "Người lao động đã xoá tài khoản";

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    fn sign_up() -> SignUpInput {
        SignUpInput {
            email: "  lan@example.com ".into(),
            phone: String::new(),
            password: "leo nui fansipan mua xuan".into(),
            full_name: "  Giàng Thị   Lan ".into(),
            gender: "female".into(),
            commune_code: "02635".into(),
            education_level: "lower_secondary".into(),
            vocational_training: "none".into(),
            consent: true,
        }
    }

    #[test]
    fn a_good_sign_up_is_cleaned() {
        let parsed = sign_up().parse().unwrap();
        assert_eq!(parsed.full_name, "Giàng Thị Lan");
        assert_eq!(parsed.full_name_folded, "giang thi lan");
        assert_eq!(parsed.email.unwrap().as_str(), "lan@example.com");
    }

    #[test]
    fn sign_up_needs_a_contact_consent_and_a_fair_password() {
        let mut bad = sign_up();
        bad.email = String::new();
        bad.password = "12345678".into();
        bad.consent = false;
        let fields: Vec<_> = bad.parse().unwrap_err().iter().map(|e| e.field).collect();
        assert_eq!(fields, vec!["email", "password", "consent"]);
    }

    #[test]
    fn a_landline_is_not_a_sign_in_number() {
        let mut bad = sign_up();
        bad.phone = "0214 3840 123".into();
        let errors = bad.parse().unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, "phone");
    }

    fn profile() -> ProfileInput {
        ProfileInput {
            full_name: "Lù Văn Páo".into(),
            gender: "male".into(),
            commune_code: "02635".into(),
            email: String::new(),
            phone: "0912 345 678".into(),
            occupations: vec!["8153".into(), "".into(), "8153".into(), "8322".into()],
            skills: "Hàn điện".into(),
            education_level: "upper_secondary".into(),
            vocational_training: "elementary".into(),
            certificates: "Chứng chỉ hàn 3G\n\n".into(),
            languages: vec![
                ("vi".into(), "fluent".into()),
                ("ethnic:08".into(), "native".into()),
                ("ja".into(), String::new()),
            ],
            work_area: "abroad".into(),
            expected_salary: "8 triệu".into(),
            availability: "now".into(),
            driving_licences: vec!["c".into(), "A1".into()],
        }
    }

    #[test]
    fn a_profile_is_normalised() {
        let p = profile().parse().unwrap();
        assert_eq!(p.occupations, vec!["8153", "8322"]);
        assert_eq!(p.languages.len(), 2);
        assert_eq!(p.driving_licences, vec!["A1", "C"]);
        assert_eq!(p.expected_salary.map(|v| v.value()), Some(8_000_000));
        assert_eq!(p.phone.unwrap().as_str(), "0912345678");
    }

    #[test]
    fn bad_profile_values_are_named() {
        let mut bad = profile();
        bad.driving_licences = vec!["Z9".into()];
        bad.expected_salary = "nhiều tiền".into();
        bad.work_area = "moon".into();
        bad.languages = vec![("xx".into(), "native".into())];
        let fields: Vec<_> = bad.parse().unwrap_err().iter().map(|e| e.field).collect();
        assert_eq!(
            fields,
            vec![
                "languages",
                "work_area",
                "expected_salary",
                "driving_licences"
            ]
        );
    }
}
