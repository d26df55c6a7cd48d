//! Registering accounts that are not plain job-seeker sign-ups: an employer
//! signing up, a worker registered on their behalf by staff or a commune
//! officer, and the one-time code with which that worker claims the account.

use time::Date;

use super::FieldError;
use super::employer::NewEmployer;
use super::household::PovertyStatus;
use super::password::check_new_password;
use super::posting::parse_day_month_year;
use super::text::{clean_input, clean_multiline};
use super::values::{Cccd, Email, PhoneNumber, TaxCode};
use super::worker::{EducationLevel, Gender, VocationalTraining};

/// Lào Cai's province code: communes are asked for only there.
pub const HOME_PROVINCE: &str = "10";

fn is_digits(code: &str, len: usize) -> bool {
    code.len() == len && code.bytes().all(|b| b.is_ascii_digit())
}

/// Reads an optional e-mail and phone number, at least one of them required.
fn contacts(
    email: &str,
    phone: &str,
    missing: &str,
    errors: &mut Vec<FieldError>,
) -> (Option<Email>, Option<PhoneNumber>) {
    let email = (!email.trim().is_empty())
        .then(|| Email::parse(email))
        .and_then(|r| {
            r.map_err(|err| errors.push(FieldError::new("email", err.to_string())))
                .ok()
        });
    let phone = (!phone.trim().is_empty())
        .then(|| PhoneNumber::parse(phone))
        .and_then(|r| {
            r.map_err(|err| errors.push(FieldError::new("phone", err.to_string())))
                .ok()
        });
    if email.is_none()
        && phone.is_none()
        && !errors
            .iter()
            .any(|e| e.field == "email" || e.field == "phone")
    {
        errors.push(FieldError::new("email", missing));
    }
    (email, phone)
}

fn result<T>(value: T, errors: Vec<FieldError>) -> Result<T, Vec<FieldError>> {
    if errors.is_empty() {
        Ok(value)
    } else {
        Err(errors)
    }
}

/// An enterprise's name, cleaned; refused when too short to be one.
fn enterprise_name(input: &str, errors: &mut Vec<FieldError>) -> String {
    let name = clean_input(input);
    if name.chars().count() < 3 {
        errors.push(FieldError::new(
            "name",
            "Nhập tên doanh nghiệp như trong giấy chứng nhận đăng ký / Enter the enterprise's name as registered",
        ));
    }
    name
}

/// The head office: the address, the province, and the commune (asked for
/// only in Lào Cai). Whether the commune lies in the province is for the
/// database.
fn head_office(
    address: &str,
    province: &str,
    commune: &str,
    errors: &mut Vec<FieldError>,
) -> (String, String, Option<String>) {
    let address = clean_input(address);
    if address.chars().count() < 5 {
        errors.push(FieldError::new(
            "address",
            "Nhập địa chỉ trụ sở / Enter the address of the head office",
        ));
    }
    let province = province.trim().to_owned();
    let commune = commune.trim().to_owned();
    if !is_digits(&province, 2) {
        errors.push(FieldError::new(
            "province_code",
            "Chọn tỉnh, thành phố / Choose the province",
        ));
    }
    let commune_code = if province == HOME_PROVINCE {
        if !is_digits(&commune, 5) {
            errors.push(FieldError::new(
                "commune_code",
                "Chọn xã, phường trong tỉnh Lào Cai / Choose the commune in Lào Cai",
            ));
        }
        Some(commune)
    } else {
        None
    };
    (address, province, commune_code)
}

/// The employer sign-up form as typed.
#[derive(Debug, Clone, Default)]
pub struct EmployerSignUpInput {
    pub name: String,
    pub tax_code: String,
    pub address: String,
    pub province_code: String,
    pub commune_code: String,
    pub contact_name: String,
    pub email: String,
    pub phone: String,
    pub password: String,
    pub consent: bool,
}

/// A checked employer sign-up.
#[derive(Debug, Clone)]
pub struct EmployerSignUp {
    /// The enterprise, unverified.
    pub employer: NewEmployer,
    /// The person who signs in for it.
    pub contact_name: String,
    pub email: Option<Email>,
    pub phone: Option<PhoneNumber>,
    pub password: String,
}

impl EmployerSignUpInput {
    /// Checks the form, reporting every problem at once. Whether the
    /// commune lies in the province, and duplicates, are for the database.
    pub fn parse(self) -> Result<EmployerSignUp, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = enterprise_name(&self.name, &mut errors);
        let tax_code = TaxCode::parse(&self.tax_code)
            .map_err(|err| errors.push(FieldError::new("tax_code", err.to_string())))
            .ok();
        let (address, province, commune_code) = head_office(
            &self.address,
            &self.province_code,
            &self.commune_code,
            &mut errors,
        );
        let contact_name = clean_input(&self.contact_name);
        if contact_name.chars().count() < 2 {
            errors.push(FieldError::new(
                "contact_name",
                "Nhập họ tên người liên hệ / Enter the contact person's name",
            ));
        }
        let (email, phone) = contacts(
            &self.email,
            &self.phone,
            "Nhập e-mail hoặc số điện thoại di động để đăng nhập / Enter an e-mail address or a mobile number to sign in with",
            &mut errors,
        );
        if let Err(err) = check_new_password(&self.password) {
            errors.push(err);
        }
        if !self.consent {
            errors.push(FieldError::new(
                "consent",
                "Cần đồng ý với điều khoản sử dụng để đăng ký / You need to accept the terms of use to sign up",
            ));
        }
        let employer = NewEmployer {
            name,
            tax_code,
            sector: String::new(),
            overseas_licence_no: None,
            commune_code,
            province_code: Some(province),
            address,
            phone: phone.as_ref().map(|p| p.as_str().to_owned()),
            email: email.as_ref().map(|e| e.as_str().to_owned()),
            is_verified: false,
        };
        result(
            EmployerSignUp {
                employer,
                contact_name,
                email,
                phone,
                password: self.password,
            },
            errors,
        )
    }
}

/// Longest website address accepted, in characters.
pub const WEBSITE_MAX_CHARS: usize = 200;
/// Longest licence number accepted, in characters.
pub const LICENCE_MAX_CHARS: usize = 100;

/// The enterprise details form of the employer portal, as typed.
#[derive(Debug, Clone, Default)]
pub struct EmployerDetailsInput {
    pub name: String,
    /// Read only while the employer is unverified; fixed once verified.
    pub tax_code: String,
    pub address: String,
    pub province_code: String,
    pub commune_code: String,
    pub phone: String,
    pub email: String,
    pub website: String,
    pub overseas_licence_no: String,
}

/// Checked enterprise details, ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmployerDetails {
    pub name: String,
    /// `None` when the tax code is fixed (the employer is verified).
    pub tax_code: Option<TaxCode>,
    pub address: String,
    pub province_code: String,
    pub commune_code: Option<String>,
    pub phone: Option<PhoneNumber>,
    pub email: Option<Email>,
    pub website: Option<String>,
    pub overseas_licence_no: Option<String>,
}

/// A website as people type it (`congty.vn`, `https://congty.vn/tuyen-dung`),
/// with `https://` put in front when no scheme is given.
fn website(input: &str, errors: &mut Vec<FieldError>) -> Option<String> {
    let text = input.trim();
    if text.is_empty() {
        return None;
    }
    let url = if text.starts_with("http://") || text.starts_with("https://") {
        text.to_owned()
    } else {
        format!("https://{text}")
    };
    let host = url.split_once("://").map_or("", |(_, rest)| {
        rest.split(['/', '?', '#']).next().unwrap_or("")
    });
    let plausible = host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | ':'))
        && !url.chars().any(char::is_whitespace)
        && url.chars().count() <= WEBSITE_MAX_CHARS;
    if plausible {
        Some(url)
    } else {
        errors.push(FieldError::new(
            "website",
            "Địa chỉ trang web không hợp lệ, ví dụ https://congty.vn / Not a website address; for example https://congty.vn",
        ));
        None
    }
}

impl EmployerDetailsInput {
    /// Checks the form as sign-up does, reporting every problem at once;
    /// the tax code is read only when `tax_code_fixed` is false.
    pub fn parse(self, tax_code_fixed: bool) -> Result<EmployerDetails, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = enterprise_name(&self.name, &mut errors);
        let tax_code = if tax_code_fixed {
            None
        } else {
            TaxCode::parse(&self.tax_code)
                .map_err(|err| errors.push(FieldError::new("tax_code", err.to_string())))
                .ok()
        };
        let (address, province_code, commune_code) = head_office(
            &self.address,
            &self.province_code,
            &self.commune_code,
            &mut errors,
        );
        let (email, phone) = contacts(
            &self.email,
            &self.phone,
            "Nhập e-mail hoặc số điện thoại để người lao động liên hệ / Enter an e-mail address or a phone number for job seekers to reach you",
            &mut errors,
        );
        let website = website(&self.website, &mut errors);
        let licence = clean_input(&self.overseas_licence_no);
        if licence.chars().count() > LICENCE_MAX_CHARS {
            errors.push(FieldError::new(
                "overseas_licence_no",
                format!("Số giấy phép dài quá {LICENCE_MAX_CHARS} ký tự / The licence number is longer than {LICENCE_MAX_CHARS} characters"),
            ));
        }
        result(
            EmployerDetails {
                name,
                tax_code,
                address,
                province_code,
                commune_code,
                phone,
                email,
                website,
                overseas_licence_no: (!licence.is_empty()).then_some(licence),
            },
            errors,
        )
    }
}

/// The form of a worker registered on their behalf, as typed.
#[derive(Debug, Clone, Default)]
pub struct WorkerRegistrationInput {
    pub full_name: String,
    pub birth_date: String,
    pub gender: String,
    pub commune_code: String,
    pub village: String,
    pub phone: String,
    pub email: String,
    pub ethnicity_code: String,
    pub citizen_id: String,
    /// Staff only.
    pub household_code: String,
    /// Staff only.
    pub poverty_status: String,
    pub education_level: String,
    pub vocational_training: String,
    pub occupations: Vec<String>,
    pub consent: bool,
    pub consent_note: String,
}

/// A household to link the worker to, with this year's status if known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HouseholdLink {
    pub code: String,
    pub poverty_status: Option<PovertyStatus>,
}

/// A checked registration.
#[derive(Debug, Clone)]
pub struct WorkerRegistration {
    pub full_name: String,
    pub birth_date: Date,
    pub gender: Gender,
    pub commune_code: String,
    pub village: String,
    pub phone: Option<PhoneNumber>,
    pub email: Option<Email>,
    pub ethnicity_code: Option<String>,
    pub citizen_id: Option<Cccd>,
    pub household: Option<HouseholdLink>,
    pub education_level: EducationLevel,
    pub vocational_training: VocationalTraining,
    pub occupations: Vec<String>,
    pub consent_note: String,
}

/// The youngest age at which a person may be registered for work.
pub const MIN_WORKING_AGE: i32 = 15;

impl WorkerRegistrationInput {
    /// Checks the form. `records_household` is whether the registrar may
    /// record household and poverty status (staff); a commune officer's
    /// form has no such fields and anything sent in them is ignored.
    pub fn parse(
        self,
        today: Date,
        records_household: bool,
    ) -> Result<WorkerRegistration, Vec<FieldError>> {
        let mut errors = Vec::new();
        let full_name = clean_input(&self.full_name);
        if full_name.chars().count() < 2 {
            errors.push(FieldError::new(
                "full_name",
                "Nhập họ và tên / Enter the full name",
            ));
        }
        let birth_date = match parse_day_month_year(&self.birth_date) {
            Some(date) if date > today => {
                errors.push(FieldError::new(
                    "birth_date",
                    "Ngày sinh không thể ở tương lai / The birth date cannot be in the future",
                ));
                date
            }
            Some(date) => {
                let mut age = today.year() - date.year();
                if (u8::from(today.month()), today.day()) < (u8::from(date.month()), date.day()) {
                    age -= 1;
                }
                if age < MIN_WORKING_AGE {
                    errors.push(FieldError::new(
                        "birth_date",
                        format!("Người lao động phải từ đủ {MIN_WORKING_AGE} tuổi / The worker must be at least {MIN_WORKING_AGE} years old"),
                    ));
                }
                date
            }
            None => {
                errors.push(FieldError::new(
                    "birth_date",
                    "Nhập ngày sinh theo dạng ngày/tháng/năm, ví dụ 05/09/1998 / Enter the birth date as day/month/year, e.g. 05/09/1998",
                ));
                today
            }
        };
        let gender = Gender::parse(self.gender.trim()).unwrap_or_else(|| {
            errors.push(FieldError::new(
                "gender",
                "Chọn giới tính / Choose the gender",
            ));
            Gender::Other
        });
        let commune_code = self.commune_code.trim().to_owned();
        if !is_digits(&commune_code, 5) {
            errors.push(FieldError::new(
                "commune_code",
                "Chọn xã, phường nơi cư trú / Choose the commune of residence",
            ));
        }
        let (email, phone) = contacts(
            &self.email,
            &self.phone,
            "Nhập số điện thoại hoặc e-mail để người lao động nhận tài khoản / Enter a phone number or e-mail so the worker can claim the account",
            &mut errors,
        );
        let ethnicity_code = Some(self.ethnicity_code.trim().to_owned()).filter(|c| !c.is_empty());
        if ethnicity_code.as_deref().is_some_and(|c| !is_digits(c, 2)) {
            errors.push(FieldError::new(
                "ethnicity_code",
                "Chọn dân tộc / Choose the ethnic group",
            ));
        }
        let citizen_id = (!self.citizen_id.trim().is_empty())
            .then(|| Cccd::parse(&self.citizen_id))
            .and_then(|r| {
                r.map_err(|err| errors.push(FieldError::new("citizen_id", err.to_string())))
                    .ok()
            });
        let household = if records_household {
            let code = clean_input(&self.household_code);
            let status = match self.poverty_status.trim() {
                "" => None,
                text => {
                    let parsed = PovertyStatus::parse(text);
                    if parsed.is_none() {
                        errors.push(FieldError::new(
                            "poverty_status",
                            "Chọn diện hộ gia đình / Choose the household's status",
                        ));
                    }
                    parsed
                }
            };
            if code.is_empty() {
                if status.is_some() {
                    errors.push(FieldError::new(
                        "household_code",
                        "Nhập mã hộ gia đình để ghi diện nghèo, cận nghèo / Enter the household code to record its poverty status",
                    ));
                }
                None
            } else if code.chars().count() > 40 {
                errors.push(FieldError::new(
                    "household_code",
                    "Mã hộ gia đình dài quá 40 ký tự / The household code is longer than 40 characters",
                ));
                None
            } else {
                Some(HouseholdLink {
                    code,
                    poverty_status: status,
                })
            }
        } else {
            None
        };
        let education_level =
            EducationLevel::parse(self.education_level.trim()).unwrap_or_else(|| {
                errors.push(FieldError::new(
                    "education_level",
                    "Chọn trình độ học vấn / Choose the level of education",
                ));
                EducationLevel::None
            });
        let vocational_training = VocationalTraining::parse(self.vocational_training.trim())
            .unwrap_or_else(|| {
                errors.push(FieldError::new(
                    "vocational_training",
                    "Chọn trình độ chuyên môn kỹ thuật / Choose the vocational training",
                ));
                VocationalTraining::None
            });
        let mut occupations: Vec<String> = Vec::new();
        for code in self
            .occupations
            .iter()
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
        {
            if !occupations.iter().any(|o| o == code) {
                occupations.push(code.to_owned());
            }
        }
        let consent_note = clean_multiline(&self.consent_note);
        if !self.consent {
            errors.push(FieldError::new(
                "consent",
                "Chỉ đăng ký khi người lao động đã đồng ý / Register the worker only with their agreement",
            ));
        }
        if consent_note.chars().count() < 5 {
            errors.push(FieldError::new(
                "consent_note",
                "Ghi rõ người lao động đồng ý bằng cách nào (ví dụ: ký phiếu đăng ký ngày 12/06/2024) / Say how the worker agreed (e.g. signed the registration form on 12/06/2024)",
            ));
        }
        result(
            WorkerRegistration {
                full_name,
                birth_date,
                gender,
                commune_code,
                village: clean_input(&self.village),
                phone,
                email,
                ethnicity_code,
                citizen_id,
                household,
                education_level,
                vocational_training,
                occupations,
                consent_note,
            },
            errors,
        )
    }
}

/// Letters and digits of claim codes: no 0/O or 1/I, so a printed slip
/// reads back without doubt.
const CLAIM_ALPHABET: &[u8; 32] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// How many days a claim code is valid.
pub const CLAIM_VALID_DAYS: i64 = 30;

/// A claim code from 12 random bytes: 12 characters of 5 bits each
/// (60 bits), shown in groups of four, e.g. `K7QM-4XPR-2DHA`.
pub fn claim_code(random: &[u8; 12]) -> String {
    let mut code = String::with_capacity(14);
    for (i, byte) in random.iter().enumerate() {
        if i > 0 && i % 4 == 0 {
            code.push('-');
        }
        code.push(char::from(CLAIM_ALPHABET[usize::from(byte & 31)]));
    }
    code
}

/// A claim code as typed, reduced to the form that is hashed: capitals
/// only, spaces and dashes dropped.
pub fn normalize_claim_code(typed: &str) -> String {
    typed
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use time::macros::date;

    const TODAY: Date = date!(2024 - 06 - 15);

    fn employer() -> EmployerSignUpInput {
        EmployerSignUpInput {
            name: "Công ty TNHH Chè Bát Xát".into(),
            tax_code: "0100109106".into(),
            address: "Thôn Phìn Ngan, Bát Xát".into(),
            province_code: "10".into(),
            commune_code: "02635".into(),
            contact_name: "Lò Thị Mai".into(),
            email: "tuyendung@chebatxat.vn".into(),
            phone: String::new(),
            password: "che ngon bat xat moi mua".into(),
            consent: true,
        }
    }

    fn details() -> EmployerDetailsInput {
        EmployerDetailsInput {
            name: " Công ty TNHH  Chè Bát Xát ".into(),
            tax_code: "0100109106".into(),
            address: "Thôn Phìn Ngan, Bát Xát".into(),
            province_code: "10".into(),
            commune_code: "02635".into(),
            phone: "0214 3800 222".into(),
            email: String::new(),
            website: "chebatxat.vn".into(),
            overseas_licence_no: String::new(),
        }
    }

    #[test]
    fn enterprise_details_are_checked_like_sign_up() {
        let parsed = details().parse(false).unwrap();
        assert_eq!(parsed.name, "Công ty TNHH Chè Bát Xát");
        assert_eq!(parsed.website.as_deref(), Some("https://chebatxat.vn"));
        assert_eq!(parsed.overseas_licence_no, None);
        assert!(parsed.tax_code.is_some());
        let bad = EmployerDetailsInput {
            name: "ab".into(),
            tax_code: "0100109107".into(),
            commune_code: String::new(),
            phone: String::new(),
            website: "http://not a site".into(),
            ..details()
        };
        let fields: Vec<_> = bad
            .parse(false)
            .unwrap_err()
            .iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            vec!["name", "tax_code", "commune_code", "email", "website"]
        );
    }

    #[test]
    fn a_fixed_tax_code_is_not_read() {
        let input = EmployerDetailsInput {
            tax_code: "not a tax code".into(),
            ..details()
        };
        assert_eq!(input.parse(true).unwrap().tax_code, None);
    }

    #[test]
    fn an_employer_sign_up_is_checked_field_by_field() {
        let signed = employer().parse().unwrap();
        assert_eq!(
            signed
                .employer
                .tax_code
                .map(|t| t.as_str().to_owned())
                .as_deref(),
            Some("0100109106")
        );
        assert!(!signed.employer.is_verified);
        let bad = EmployerSignUpInput {
            tax_code: "0100109107".into(),
            email: String::new(),
            consent: false,
            ..employer()
        };
        let fields: Vec<_> = bad.parse().unwrap_err().iter().map(|e| e.field).collect();
        assert_eq!(fields, vec!["tax_code", "email", "consent"]);
    }

    #[test]
    fn communes_are_asked_only_in_the_home_province() {
        let elsewhere = EmployerSignUpInput {
            province_code: "01".into(),
            commune_code: "junk".into(),
            ..employer()
        };
        assert_eq!(elsewhere.parse().unwrap().employer.commune_code, None);
        let missing = EmployerSignUpInput {
            commune_code: String::new(),
            ..employer()
        };
        assert_eq!(missing.parse().unwrap_err()[0].field, "commune_code");
    }

    fn worker() -> WorkerRegistrationInput {
        WorkerRegistrationInput {
            full_name: "Giàng A Páo".into(),
            birth_date: "05/09/1998".into(),
            gender: "male".into(),
            commune_code: "02635".into(),
            phone: "0912 345 678".into(),
            citizen_id: "010098001234".into(),
            household_code: "HGD-0042".into(),
            poverty_status: "poor".into(),
            education_level: "lower_secondary".into(),
            vocational_training: "none".into(),
            occupations: vec!["8153".into(), String::new(), "8153".into()],
            consent: true,
            consent_note: "Ký phiếu đăng ký tại UBND xã".into(),
            ..WorkerRegistrationInput::default()
        }
    }

    #[test]
    fn a_registration_on_behalf_needs_consent_and_a_clear_citizen_id() {
        let ok = worker().parse(TODAY, true).unwrap();
        assert_eq!(ok.occupations, vec!["8153"]);
        assert_eq!(
            ok.household.unwrap().poverty_status,
            Some(PovertyStatus::Poor)
        );
        let bad = WorkerRegistrationInput {
            citizen_id: "01009800123".into(),
            consent: false,
            ..worker()
        };
        let errors = bad.parse(TODAY, true).unwrap_err();
        assert_eq!(
            errors.iter().map(|e| e.field).collect::<Vec<_>>(),
            vec!["citizen_id", "consent"]
        );
        assert!(errors[0].message.contains("12"), "{}", errors[0].message);
    }

    #[test]
    fn commune_officers_do_not_record_households() {
        assert_eq!(worker().parse(TODAY, false).unwrap().household, None);
    }

    #[test]
    fn claim_codes_read_back_however_they_are_typed() {
        let code = claim_code(&[0, 1, 2, 3, 31, 30, 29, 28, 8, 9, 10, 11]);
        assert_eq!(code, "ABCD-9876-JKLM");
        assert_eq!(normalize_claim_code(" abcd 9876-jklm "), "ABCD9876JKLM");
        assert_eq!(
            normalize_claim_code(&code),
            normalize_claim_code("abcd9876jklm")
        );
    }
}
