//! Parsed value types for the things people type into forms: citizen IDs,
//! phone numbers, tax codes, amounts of money and e-mail addresses.
//!
//! Each type can only be built through `parse` (or serde, which calls
//! `parse`), so a value that exists is always valid and always in one
//! normalised form. Parsers are lenient about what people really type
//! (spaces, dots, dashes, full-width digits) and strict about what the
//! value means. Errors carry a message in Vietnamese and English that can
//! be shown next to the form field as it is.
//!
//! Citizen IDs, phone numbers and e-mail addresses are personal data: their
//! `Debug` output is masked so that they cannot leak into logs by accident.
//! `Display`, `as_str` and serde give the full value on purpose.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::text;

/// Why a typed value was refused. Every message is Vietnamese first, then
/// English after `" / "`, written for the person filling in the form.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValueError {
    /// Nothing was typed (or only spaces).
    #[error("Vui lòng nhập thông tin vào ô này / Please fill in this field")]
    Empty,

    /// A citizen ID contained something other than digits and separators.
    #[error(
        "Số CCCD chỉ được gồm chữ số (có thể có dấu cách) / A citizen ID may only contain digits (spaces are allowed)"
    )]
    CccdNotDigits,
    /// A citizen ID had the wrong number of digits.
    #[error(
        "Số CCCD phải gồm đúng 12 chữ số (nhận được {found}) / A citizen ID must have exactly 12 digits (got {found})"
    )]
    CccdLength {
        /// How many digits were typed.
        found: usize,
    },
    /// Nine digits: an old identity card (CMND) number instead of a CCCD.
    #[error(
        "Đây là số CMND 9 chữ số cũ; vui lòng nhập số căn cước công dân 12 chữ số / This is an old 9-digit identity card number; please enter the 12-digit citizen ID"
    )]
    CccdOldCmnd,
    /// The first three digits are not one of the 63 province codes.
    #[error(
        "Ba chữ số đầu của số CCCD ({0}) không phải mã tỉnh, thành phố nào; vui lòng kiểm tra lại / The first 3 digits of the citizen ID ({0}) are not a province code; please check the number"
    )]
    CccdProvince(String),

    /// A phone number contained characters that cannot be part of one.
    #[error(
        "Số điện thoại chỉ gồm chữ số, có thể có dấu cách, dấu chấm, dấu gạch ngang, dấu ngoặc và dấu + ở đầu / A phone number may only contain digits, spaces, dots, dashes, brackets and a leading +"
    )]
    PhoneCharacters,
    /// A phone number with a country code other than Vietnam's +84.
    #[error(
        "Chỉ nhận số điện thoại Việt Nam (mã quốc gia +84) / Only Vietnamese phone numbers (country code +84) are accepted"
    )]
    PhoneCountry,
    /// An 11-digit mobile number from before the 2018 change to 10 digits.
    #[error(
        "Số di động 11 số (đầu 01…) đã được chuyển sang 10 số từ năm 2018; vui lòng nhập số mới / 11-digit mobile numbers (starting 01…) were changed to 10 digits in 2018; please enter the new number"
    )]
    PhoneOldMobile,
    /// The digits do not form a Vietnamese mobile or landline number.
    #[error(
        "Số điện thoại không hợp lệ: số di động có 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09; số cố định có 11 chữ số, bắt đầu bằng 02 / Invalid phone number: a mobile number has 10 digits starting with 03, 05, 07, 08 or 09; a landline has 11 digits starting with 02"
    )]
    PhoneFormat,

    /// A tax code of the wrong shape.
    #[error(
        "Mã số thuế gồm 10 chữ số, hoặc 13 chữ số với đơn vị phụ thuộc (ví dụ 0100109106 hoặc 0100109106-001) / A tax code has 10 digits, or 13 digits for a dependent unit (e.g. 0100109106 or 0100109106-001)"
    )]
    TaxCodeFormat,
    /// The 10th digit of a tax code does not match the first nine.
    #[error(
        "Mã số thuế không đúng: chữ số thứ 10 (chữ số kiểm tra) không khớp; vui lòng kiểm tra lại từng chữ số / This tax code is not valid: the 10th digit (the check digit) does not match; please check each digit"
    )]
    TaxCodeCheckDigit,
    /// A dependent unit's suffix was `000`.
    #[error(
        "Ba chữ số cuối của mã số thuế đơn vị phụ thuộc phải từ 001 đến 999 / The last 3 digits of a dependent unit's tax code must be between 001 and 999"
    )]
    TaxCodeBranch,

    /// An amount of money that could not be read.
    #[error(
        "Số tiền không hợp lệ; hãy nhập ví dụ 5.000.000, 5 triệu, 5tr5 hoặc 500k / Invalid amount; try e.g. 5.000.000, 5 triệu, 5tr5 or 500k"
    )]
    VndFormat,
    /// An amount with a fraction of a đồng.
    #[error(
        "Số tiền phải là một số đồng chẵn (không có phần lẻ dưới 1 đồng) / The amount must be a whole number of đồng"
    )]
    VndFraction,
    /// A negative amount.
    #[error("Số tiền không được là số âm / The amount cannot be negative")]
    VndNegative,
    /// An amount above [`Vnd::MAX`].
    #[error(
        "Số tiền quá lớn (tối đa 10.000 tỷ đồng) / The amount is too large (at most 10,000 billion đồng)"
    )]
    VndTooLarge,

    /// An e-mail address without exactly one `@`.
    #[error(
        "Địa chỉ email phải có dạng ten@tenmien.vn, với đúng một ký tự @ / An e-mail address must look like name@domain.vn, with exactly one @"
    )]
    EmailFormat,
    /// The part before the `@` is empty, too long or has odd characters.
    #[error(
        "Phần trước @ của email phải có từ 1 đến 64 ký tự, viết không dấu và không có dấu cách / The part before the @ must have 1 to 64 characters, with no accents or spaces"
    )]
    EmailLocalPart,
    /// The part after the `@` is not a domain name.
    #[error(
        "Tên miền sau @ không hợp lệ (ví dụ đúng: gmail.com, congty.com.vn) / The domain after the @ is not valid (e.g. gmail.com, congty.com.vn)"
    )]
    EmailDomain,
    /// The whole address is longer than 254 characters.
    #[error(
        "Địa chỉ email quá dài (tối đa 254 ký tự) / The e-mail address is too long (at most 254 characters)"
    )]
    EmailTooLong,
}

/// Maps an ASCII or full-width digit to its ASCII form.
fn ascii_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '\u{FF10}'..='\u{FF19}' => char::from_u32(u32::from(c) - 0xFF10 + u32::from('0')),
        _ => None,
    }
}

/// Dots and dashes people put between digit groups, in ASCII and
/// full-width forms (plus the en dash that word processors substitute).
const DIGIT_SEPARATORS: [char; 5] = ['.', '-', '\u{2013}', '\u{FF0D}', '\u{FF0E}'];

/// What may appear around the digits of a phone number besides
/// [`DIGIT_SEPARATORS`] and whitespace.
const PHONE_BRACKETS: [char; 4] = ['(', ')', '\u{FF08}', '\u{FF09}'];

/// Collects the digits of `input` as ASCII, skipping whitespace,
/// [`DIGIT_SEPARATORS`] and the `extra` characters. Returns `None` when any
/// other character is present.
fn digits_of(input: &str, extra: &[char]) -> Option<String> {
    let mut out = String::with_capacity(input.len());
    for c in input.chars() {
        if let Some(d) = ascii_digit(c) {
            out.push(d);
        } else if !(c.is_whitespace() || DIGIT_SEPARATORS.contains(&c) || extra.contains(&c)) {
            return None;
        }
    }
    Some(out)
}

/// The numeric value of an ASCII digit character (0 for anything else).
fn digit_value(c: u8) -> u32 {
    u32::from(c.wrapping_sub(b'0')).min(9)
}

/// Replaces every character but the first `keep_start` and last `keep_end`
/// with `*`.
fn mask(s: &str, keep_start: usize, keep_end: usize) -> String {
    let n = s.chars().count();
    s.chars()
        .enumerate()
        .map(|(i, c)| {
            if i < keep_start || i + keep_end >= n {
                c
            } else {
                '*'
            }
        })
        .collect()
}

/// Implements `as_str`-based plumbing shared by the string-backed types:
/// `Display`, `FromStr`, `AsRef<str>`, and the `String` conversions serde
/// uses.
macro_rules! string_value {
    ($ty:ident) => {
        impl $ty {
            /// The normalised value.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl FromStr for $ty {
            type Err = ValueError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::parse(s)
            }
        }

        impl AsRef<str> for $ty {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $ty {
            type Error = ValueError;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                Self::parse(&s)
            }
        }

        impl From<$ty> for String {
            fn from(v: $ty) -> String {
                v.0
            }
        }
    };
}

// ---------------------------------------------------------------------------
// Cccd
// ---------------------------------------------------------------------------

/// The 63 province codes that open a citizen ID: the province or city where
/// the birth was registered.
const PROVINCE_CODES: [&str; 63] = [
    "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020",
    "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038",
    "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060",
    "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082",
    "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096",
];

/// A Vietnamese citizen ID number (số căn cước công dân, CCCD): 12 digits.
///
/// Digits 1–3 are the province where the birth was registered, digit 4
/// encodes the century of birth and sex (0/1 = 1900s male/female, 2/3 =
/// 2000s, 4/5 = 2100s, …), digits 5–6 are the last two digits of the year of
/// birth. `Debug` shows only the last three digits.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Cccd(String);

string_value!(Cccd);

impl Cccd {
    /// Parses a citizen ID typed with or without spaces, dots or dashes, in
    /// ASCII or full-width digits.
    pub fn parse(input: &str) -> Result<Self, ValueError> {
        if input.trim().is_empty() {
            return Err(ValueError::Empty);
        }
        let digits = digits_of(input, &[]).ok_or(ValueError::CccdNotDigits)?;
        match digits.len() {
            12 => {}
            9 => return Err(ValueError::CccdOldCmnd),
            found => return Err(ValueError::CccdLength { found }),
        }
        let province = &digits[..3];
        if !PROVINCE_CODES.contains(&province) {
            return Err(ValueError::CccdProvince(province.to_owned()));
        }
        Ok(Self(digits))
    }

    /// The digit at `index` (0-based) as a number.
    fn digit(&self, index: usize) -> i32 {
        self.0
            .as_bytes()
            .get(index)
            .map_or(0, |&b| i32::from(b) - i32::from(b'0'))
    }

    /// The three-digit province code of birth registration, e.g. `"079"`
    /// for Hồ Chí Minh City.
    pub fn province_code(&self) -> &str {
        self.0.get(..3).unwrap_or_default()
    }

    /// The first year of the century of birth: 1900, 2000, 2100, …
    pub fn birth_century_start(&self) -> i32 {
        1900 + 100 * (self.digit(3) / 2)
    }

    /// Whether the fourth digit marks the holder as female (odd digit).
    pub fn is_female(&self) -> bool {
        self.digit(3) % 2 == 1
    }

    /// The year of birth encoded in the number.
    pub fn birth_year(&self) -> i32 {
        self.birth_century_start() + self.digit(4) * 10 + self.digit(5)
    }

    /// The number with all but its last three digits hidden:
    /// `"*********123"`. Safe to show or log.
    pub fn masked(&self) -> String {
        mask(&self.0, 0, 3)
    }
}

impl fmt::Debug for Cccd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Cccd({})", self.masked())
    }
}

// ---------------------------------------------------------------------------
// PhoneNumber
// ---------------------------------------------------------------------------

/// A Vietnamese phone number, kept in the national form that starts with 0.
///
/// Mobile numbers have 10 digits and start with 03, 05, 07, 08 or 09;
/// landlines have 11 digits and start with 02 (a 02x area code and the
/// subscriber number). `Debug` shows only the first 3 and last 2 digits.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct PhoneNumber(String);

string_value!(PhoneNumber);

impl PhoneNumber {
    /// Parses a phone number as people type it: `"0912 345 678"`,
    /// `"0912.345.678"`, `"+84 912 345 678"`, `"84912345678"`,
    /// `"(024) 3825 1234"`. A leading 0 lost to a spreadsheet
    /// (`"912345678"`) is put back.
    pub fn parse(input: &str) -> Result<Self, ValueError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(ValueError::Empty);
        }
        // A leading plus may sit inside a bracket: "(+84) 912 345 678".
        let lead =
            trimmed.trim_start_matches(|c: char| c.is_whitespace() || PHONE_BRACKETS.contains(&c));
        let (plus, rest) = match lead.strip_prefix(['+', '\u{FF0B}']) {
            Some(rest) => (true, rest),
            None => (false, trimmed),
        };
        let digits = digits_of(rest, &PHONE_BRACKETS).ok_or(ValueError::PhoneCharacters)?;

        let national_part: &str = if plus {
            digits.strip_prefix("84").ok_or(ValueError::PhoneCountry)?
        } else if let Some(rest) = digits.strip_prefix("0084") {
            rest
        } else if digits.starts_with("00") {
            return Err(ValueError::PhoneCountry);
        } else if digits.starts_with("84") && (digits.len() == 11 || digits.len() == 12) {
            // A national number starts with 0, or is at most 10 digits when
            // the 0 is missing, so 11 or 12 digits starting 84 can only carry
            // the country code.
            &digits[2..]
        } else {
            &digits
        };

        let national = if national_part.starts_with('0') {
            national_part.to_owned()
        } else {
            format!("0{national_part}")
        };

        let bytes = national.as_bytes();
        let valid = match (bytes.len(), bytes.get(1)) {
            (10, Some(b'3' | b'5' | b'7' | b'8' | b'9')) => true,
            (11, Some(b'2')) => true,
            (11, Some(b'1')) => return Err(ValueError::PhoneOldMobile),
            _ => false,
        };
        if valid {
            Ok(Self(national))
        } else {
            Err(ValueError::PhoneFormat)
        }
    }

    /// Whether this is a mobile number (10 digits, not starting with 02).
    pub fn is_mobile(&self) -> bool {
        self.0.len() == 10
    }

    /// The international E.164 form, e.g. `"+84912345678"`.
    pub fn e164(&self) -> String {
        format!("+84{}", self.0.get(1..).unwrap_or_default())
    }

    /// The number grouped for people to read: `"0912 345 678"`,
    /// `"024 3825 1234"`, `"0236 382 2123"`. Parses back to the same value.
    pub fn formatted(&self) -> String {
        let s = self.0.as_str();
        let groups: &[usize] = if self.is_mobile() {
            &[4, 3, 3]
        } else if s.starts_with("024") || s.starts_with("028") {
            &[3, 4, 4]
        } else {
            &[4, 3, 4]
        };
        let mut out = String::with_capacity(s.len() + 2);
        let mut start = 0;
        for &len in groups {
            if let Some(part) = s.get(start..start + len) {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(part);
            }
            start += len;
        }
        out
    }

    /// The number with all but the first 3 and last 2 digits hidden:
    /// `"091*****78"`. Safe to show or log.
    pub fn masked(&self) -> String {
        mask(&self.0, 3, 2)
    }
}

impl fmt::Debug for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PhoneNumber({})", self.masked())
    }
}

// ---------------------------------------------------------------------------
// TaxCode
// ---------------------------------------------------------------------------

/// Weights of the first nine digits in a tax code's check digit.
const TAX_WEIGHTS: [u32; 9] = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/// A Vietnamese enterprise tax code (mã số thuế): 10 digits, or 10 digits,
/// a dash and 3 digits for a dependent unit such as a branch
/// (`"0100109106"`, `"0100109106-001"`).
///
/// The 10th digit is a check digit: with the weights 31, 29, 23, 19, 17, 13,
/// 7, 5, 3 on the first nine digits, it equals 10 minus the weighted sum
/// modulo 11. When the sum is divisible by 11 that would be 10, which is not
/// a digit, so such a nine-digit prefix is never issued.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct TaxCode(String);

string_value!(TaxCode);

impl TaxCode {
    /// Parses a tax code with or without the dash before the branch
    /// suffix, and with any spaces or dots people put in.
    pub fn parse(input: &str) -> Result<Self, ValueError> {
        if input.trim().is_empty() {
            return Err(ValueError::Empty);
        }
        let digits = digits_of(input, &[]).ok_or(ValueError::TaxCodeFormat)?;
        if digits.len() != 10 && digits.len() != 13 {
            return Err(ValueError::TaxCodeFormat);
        }
        let (base, branch) = digits.split_at(10);
        let (first_nine, check) = base.split_at(9);
        let expected = Self::check_digit(first_nine).ok_or(ValueError::TaxCodeCheckDigit)?;
        if check.as_bytes().first().copied().map(digit_value) != Some(u32::from(expected)) {
            return Err(ValueError::TaxCodeCheckDigit);
        }
        if branch.is_empty() {
            Ok(Self(base.to_owned()))
        } else if branch == "000" {
            Err(ValueError::TaxCodeBranch)
        } else {
            Ok(Self(format!("{base}-{branch}")))
        }
    }

    /// The check digit for nine ASCII digits, or `None` when the input is
    /// not nine digits or no check digit exists (weighted sum divisible by
    /// 11).
    pub fn check_digit(first_nine: &str) -> Option<u8> {
        if first_nine.len() != 9 || !first_nine.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let sum: u32 = first_nine
            .bytes()
            .zip(TAX_WEIGHTS)
            .map(|(b, w)| digit_value(b) * w)
            .sum();
        match sum % 11 {
            0 => None,
            rem => u8::try_from(10 - rem).ok(),
        }
    }

    /// The 10-digit code of the enterprise itself (without any branch
    /// suffix).
    pub fn base(&self) -> &str {
        self.0.get(..10).unwrap_or_default()
    }

    /// The 3-digit dependent-unit suffix, if this is a branch's code.
    pub fn branch(&self) -> Option<&str> {
        self.0.get(11..)
    }
}

// ---------------------------------------------------------------------------
// Vnd
// ---------------------------------------------------------------------------

/// An amount of Vietnamese đồng: a whole, non-negative number of at most
/// [`Vnd::MAX`].
///
/// Shown as `"5.000.000 đ"`; serialised as a JSON number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Vnd(u64);

/// Multipliers people write after a number, after [`text::fold`].
const VND_UNITS: [(&str, u64); 7] = [
    ("ty", 1_000_000_000),
    ("ti", 1_000_000_000),
    ("trieu", 1_000_000),
    ("tr", 1_000_000),
    ("nghin", 1_000),
    ("ngan", 1_000),
    ("k", 1_000),
];

/// A piece of a typed amount.
#[derive(Debug)]
enum VndToken {
    /// Digits with any `.` or `,` inside them.
    Number(String),
    /// A run of letters (a unit word).
    Word(String),
}

/// A number read from text: `mantissa / 10^scale`.
struct Decimal {
    mantissa: u128,
    scale: u32,
}

impl Vnd {
    /// The largest amount accepted: 10^13 đồng (10.000 tỷ).
    pub const MAX: u64 = 10_000_000_000_000;

    /// Zero đồng.
    pub const ZERO: Vnd = Vnd(0);

    /// Wraps a number of đồng, refusing anything above [`Vnd::MAX`].
    pub fn new(value: u64) -> Result<Self, ValueError> {
        if value > Self::MAX {
            Err(ValueError::VndTooLarge)
        } else {
            Ok(Self(value))
        }
    }

    /// The number of đồng.
    pub fn value(&self) -> u64 {
        self.0
    }

    /// The amount with `.` between groups of three digits and no unit:
    /// `"5.000.000"`.
    pub fn format_plain(&self) -> String {
        let digits = self.0.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        let first = match digits.len() % 3 {
            0 => 3,
            n => n,
        };
        for (i, c) in digits.chars().enumerate() {
            if i >= first && (i - first) % 3 == 0 {
                out.push('.');
            }
            out.push(c);
        }
        out
    }

    /// Parses an amount as people write it in Vietnamese:
    ///
    /// * plain or grouped numbers: `"5000000"`, `"5.000.000"`,
    ///   `"5,000,000"`, `"5 000 000"`;
    /// * units: `"5 triệu"`, `"5tr"`, `"5,5 triệu"`, `"5.5tr"`, `"500k"`,
    ///   `"500 nghìn"`, `"500 ngàn"`, `"1,2 tỷ"`;
    /// * combinations: `"5 triệu 500 nghìn"`, and the spoken short form
    ///   where the digits after a unit continue it as a decimal, `"5tr5"` =
    ///   `"5 triệu 5"` = 5.500.000, `"2k5"` = 2.500;
    /// * an optional `đ`, `đồng`, `₫`, `VND` or `vnđ` before or after.
    ///
    /// A single `.` or `,` followed by exactly three digits is a thousands
    /// separator (`"1.500"` = 1500); otherwise it is a decimal mark
    /// (`"5.5 triệu"`, `"0.500 triệu"`).
    pub fn parse(input: &str) -> Result<Self, ValueError> {
        let cleaned = text::clean_input(input);
        if cleaned.is_empty() {
            return Err(ValueError::Empty);
        }
        let folded: String = text::fold(&cleaned)
            .chars()
            .map(|c| match c {
                '₫' => 'd',
                '−' | '–' => '-',
                other => ascii_digit(other).unwrap_or(other),
            })
            .collect();
        let s = strip_currency(folded.trim());
        if s.starts_with('-') {
            return Err(ValueError::VndNegative);
        }
        let tokens = tokenize_vnd(s)?;
        let total = evaluate_vnd(&tokens)?;
        let value = u64::try_from(total).map_err(|_| ValueError::VndTooLarge)?;
        Self::new(value)
    }
}

/// Removes one currency word at the end and one at the start.
fn strip_currency(s: &str) -> &str {
    let mut s = s;
    for suffix in ["vnd", "dong", "d"] {
        if let Some(rest) = s.strip_suffix(suffix) {
            s = rest.trim_end();
            break;
        }
    }
    for prefix in ["vnd", "d"] {
        if let Some(rest) = s.strip_prefix(prefix) {
            s = rest.trim_start();
            break;
        }
    }
    s
}

/// Splits a folded amount into numbers and words. Space-separated groups of
/// three digits (`"5 000 000"`) are joined into one number.
fn tokenize_vnd(s: &str) -> Result<Vec<VndToken>, ValueError> {
    let mut tokens: Vec<VndToken> = Vec::new();
    // Whether the last number token ended at a space (so a following
    // number could be a digit group of it).
    let mut after_space = false;
    let mut chars = s.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c == ' ' {
            chars.next();
            after_space = true;
        } else if c.is_ascii_digit() {
            let mut num = String::new();
            while let Some(&d) = chars.peek() {
                if d.is_ascii_digit() || d == '.' || d == ',' {
                    num.push(d);
                    chars.next();
                } else {
                    break;
                }
            }
            match tokens.last_mut() {
                Some(VndToken::Number(prev)) if after_space => {
                    let groupable = num.len() == 3
                        && num.bytes().all(|b| b.is_ascii_digit())
                        && prev.bytes().all(|b| b.is_ascii_digit() || b == b' ');
                    let first_len = prev.split(' ').next().map_or(0, str::len);
                    if !groupable || first_len > 3 {
                        return Err(ValueError::VndFormat);
                    }
                    prev.push(' ');
                    prev.push_str(&num);
                }
                _ => tokens.push(VndToken::Number(num)),
            }
            after_space = false;
        } else if c.is_ascii_lowercase() {
            let mut word = String::new();
            while let Some(&l) = chars.peek() {
                if l.is_ascii_lowercase() {
                    word.push(l);
                    chars.next();
                } else {
                    break;
                }
            }
            tokens.push(VndToken::Word(word));
            after_space = false;
        } else {
            return Err(ValueError::VndFormat);
        }
    }
    Ok(tokens)
}

/// Reads one number token. See [`Vnd::parse`] for the separator rules.
fn parse_decimal(token: &str) -> Result<Decimal, ValueError> {
    // Space-joined digit groups were checked in `tokenize_vnd`.
    if token.contains(' ') {
        let digits: String = token.chars().filter(|c| *c != ' ').collect();
        return integer_decimal(&digits);
    }
    let bytes = token.as_bytes();
    let ends_ok = bytes.first().is_some_and(u8::is_ascii_digit)
        && bytes.last().is_some_and(u8::is_ascii_digit);
    if !ends_ok {
        return Err(ValueError::VndFormat);
    }
    let seps: Vec<(usize, char)> = token
        .char_indices()
        .filter(|(_, c)| *c == '.' || *c == ',')
        .collect();
    let Some(&(last_pos, last_sep)) = seps.last() else {
        return integer_decimal(token);
    };
    let same_kind = seps.iter().filter(|(_, c)| *c == last_sep).count();
    let mixed = seps.iter().any(|(_, c)| *c != last_sep);

    // Decide whether the last separator is a decimal mark.
    let decimal_at = if mixed {
        if same_kind != 1 {
            return Err(ValueError::VndFormat);
        }
        Some(last_pos)
    } else if seps.len() == 1 {
        let (head, tail) = (&token[..last_pos], &token[last_pos + 1..]);
        if tail.len() == 3 && head != "0" && head.len() <= 3 {
            None
        } else {
            Some(last_pos)
        }
    } else {
        None
    };

    let (int_part, frac_part) = match decimal_at {
        Some(pos) => (&token[..pos], &token[pos + 1..]),
        None => (token, ""),
    };
    // The integer part may only contain thousands separators, in correct
    // groups of three.
    let groups: Vec<&str> = int_part.split(['.', ',']).collect();
    if groups.len() > 1 {
        let first_ok = groups.first().is_some_and(|g| (1..=3).contains(&g.len()));
        let rest_ok = groups.iter().skip(1).all(|g| g.len() == 3);
        if !first_ok || !rest_ok {
            return Err(ValueError::VndFormat);
        }
    }
    if frac_part.contains(['.', ',']) {
        return Err(ValueError::VndFormat);
    }
    // "5,000 triệu" with any number of trailing zeros is still whole.
    let frac_part = frac_part.trim_end_matches('0');
    let digits: String = groups.concat() + frac_part;
    let mut dec = integer_decimal(&digits)?;
    dec.scale = u32::try_from(frac_part.len()).map_err(|_| ValueError::VndFormat)?;
    Ok(dec)
}

/// Reads a run of ASCII digits as a whole number.
fn integer_decimal(digits: &str) -> Result<Decimal, ValueError> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ValueError::VndFormat);
    }
    let mut mantissa: u128 = 0;
    for b in digits.bytes() {
        mantissa = mantissa
            .checked_mul(10)
            .and_then(|m| m.checked_add(u128::from(digit_value(b))))
            .ok_or(ValueError::VndTooLarge)?;
    }
    Ok(Decimal { mantissa, scale: 0 })
}

/// `mantissa × unit / 10^scale`, which must be a whole number.
fn scaled(dec: &Decimal, unit: u64) -> Result<u128, ValueError> {
    let divisor = 10u128
        .checked_pow(dec.scale)
        .ok_or(ValueError::VndFraction)?;
    let product = dec
        .mantissa
        .checked_mul(u128::from(unit))
        .ok_or(ValueError::VndTooLarge)?;
    if product % divisor != 0 {
        return Err(ValueError::VndFraction);
    }
    Ok(product / divisor)
}

fn unit_value(word: &str) -> Option<u64> {
    VND_UNITS
        .iter()
        .find(|(name, _)| *name == word)
        .map(|&(_, v)| v)
}

/// Adds up `number unit number unit … [digits]`, or reads a lone number.
fn evaluate_vnd(tokens: &[VndToken]) -> Result<u128, ValueError> {
    match tokens {
        [] => Err(ValueError::VndFormat),
        [VndToken::Number(n)] => scaled(&parse_decimal(n)?, 1),
        _ => {
            let mut total: u128 = 0;
            let mut last_unit: Option<u64> = None;
            let mut rest = tokens;
            loop {
                match rest {
                    [] => break,
                    [VndToken::Number(n), VndToken::Word(w), tail @ ..] => {
                        let unit = unit_value(w).ok_or(ValueError::VndFormat)?;
                        if last_unit.is_some_and(|prev| unit >= prev) {
                            return Err(ValueError::VndFormat);
                        }
                        total = total
                            .checked_add(scaled(&parse_decimal(n)?, unit)?)
                            .ok_or(ValueError::VndTooLarge)?;
                        last_unit = Some(unit);
                        rest = tail;
                    }
                    // "5tr5", "5 triệu 500": trailing digits continue the
                    // last unit as if after a decimal mark.
                    [VndToken::Number(n)] => {
                        let unit = last_unit.ok_or(ValueError::VndFormat)?;
                        let digits = n.as_str();
                        if !(1..=3).contains(&digits.len())
                            || !digits.bytes().all(|b| b.is_ascii_digit())
                        {
                            return Err(ValueError::VndFormat);
                        }
                        let mut dec = integer_decimal(digits)?;
                        dec.scale =
                            u32::try_from(digits.len()).map_err(|_| ValueError::VndFormat)?;
                        total = total
                            .checked_add(scaled(&dec, unit)?)
                            .ok_or(ValueError::VndTooLarge)?;
                        rest = &[];
                    }
                    _ => return Err(ValueError::VndFormat),
                }
            }
            Ok(total)
        }
    }
}

impl fmt::Display for Vnd {
    /// `"5.000.000 đ"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} đ", self.format_plain())
    }
}

impl FromStr for Vnd {
    type Err = ValueError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl TryFrom<u64> for Vnd {
    type Error = ValueError;
    fn try_from(value: u64) -> Result<Self, Self::Error> {
        Self::new(value)
    }
}

impl From<Vnd> for u64 {
    fn from(v: Vnd) -> u64 {
        v.0
    }
}

impl Serialize for Vnd {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u64(self.0)
    }
}

impl<'de> Deserialize<'de> for Vnd {
    /// Accepts a whole JSON number or any string [`Vnd::parse`] accepts.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(VndVisitor)
    }
}

struct VndVisitor;

impl serde::de::Visitor<'_> for VndVisitor {
    type Value = Vnd;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an amount of đồng, as a whole number or a string such as \"5.000.000\"")
    }

    fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Vnd, E> {
        Vnd::new(v).map_err(E::custom)
    }

    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Vnd, E> {
        let v = u64::try_from(v).map_err(|_| E::custom(ValueError::VndNegative))?;
        Vnd::new(v).map_err(E::custom)
    }

    fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Vnd, E> {
        if v.is_nan() {
            Err(E::custom(ValueError::VndFormat))
        } else if v < 0.0 {
            Err(E::custom(ValueError::VndNegative))
        } else if v.fract() != 0.0 {
            Err(E::custom(ValueError::VndFraction))
        } else if v > Vnd::MAX as f64 {
            Err(E::custom(ValueError::VndTooLarge))
        } else {
            // Whole, in range and below 2^53, so the conversion is exact.
            Vnd::new(v as u64).map_err(E::custom)
        }
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Vnd, E> {
        Vnd::parse(v).map_err(E::custom)
    }
}

// ---------------------------------------------------------------------------
// Email
// ---------------------------------------------------------------------------

/// A plausible e-mail address: one `@`, a local part of 1–64 characters
/// kept as typed, a lower-cased domain with at least one dot, and at most
/// 254 characters in all. `Debug` shows only the first character of the
/// local part and the domain.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Email(String);

string_value!(Email);

/// Characters allowed in the local part besides ASCII letters and digits
/// (the unquoted "atom" characters of RFC 5322, plus the dot).
const EMAIL_LOCAL_SPECIALS: &str = "!#$%&'*+-/=?^_`{|}~.";

impl Email {
    /// Parses an e-mail address, trimming spaces around it and lower-casing
    /// the domain.
    pub fn parse(input: &str) -> Result<Self, ValueError> {
        let trimmed = text::clean_input(input);
        if trimmed.is_empty() {
            return Err(ValueError::Empty);
        }
        let mut parts = trimmed.split('@');
        let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
            return Err(ValueError::EmailFormat);
        };
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && local
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || EMAIL_LOCAL_SPECIALS.contains(c))
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..");
        if !local_ok {
            return Err(ValueError::EmailLocalPart);
        }
        let domain = domain.to_ascii_lowercase();
        if !is_plausible_domain(&domain) {
            return Err(ValueError::EmailDomain);
        }
        let address = format!("{local}@{domain}");
        if address.len() > 254 {
            return Err(ValueError::EmailTooLong);
        }
        Ok(Self(address))
    }

    /// The part before the `@`, as typed.
    pub fn local_part(&self) -> &str {
        self.0.rsplit_once('@').map_or("", |(local, _)| local)
    }

    /// The part after the `@`, in lower case.
    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').map_or("", |(_, domain)| domain)
    }

    /// The address with the local part hidden after its first character:
    /// `"n***@gmail.com"`. Safe to show or log.
    pub fn masked(&self) -> String {
        let first: String = self.local_part().chars().take(1).collect();
        format!("{first}***@{}", self.domain())
    }
}

/// Labels of ASCII letters, digits and inner hyphens, at least two of them,
/// each 1–63 long, and a last label that is not all digits.
fn is_plausible_domain(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    let labels_ok = labels.iter().all(|label| {
        !label.is_empty()
            && label.len() <= 63
            && !label.starts_with('-')
            && !label.ends_with('-')
            && label
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    });
    let tld_ok = labels
        .last()
        .is_some_and(|tld| tld.bytes().any(|b| b.is_ascii_lowercase()));
    labels.len() >= 2 && labels_ok && tld_ok
}

impl fmt::Debug for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Email({})", self.masked())
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    // ---- Cccd -------------------------------------------------------------

    #[test]
    fn province_list_has_63_distinct_codes() {
        let mut codes = PROVINCE_CODES.to_vec();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 63);
        assert!(codes.iter().all(|c| ("001"..="096").contains(c)));
    }

    #[test]
    fn cccd_accepts_typed_forms() {
        for input in [
            "079203001234",
            " 079 203 001 234 ",
            "079.203.001.234",
            "079-203-001234",
            "０７９２０３００１２３４",
        ] {
            let id = Cccd::parse(input).unwrap();
            assert_eq!(id.as_str(), "079203001234", "{input:?}");
        }
    }

    #[test]
    fn cccd_decodes_birth_and_sex() {
        let man_1985 = Cccd::parse("001085012345").unwrap();
        assert_eq!(man_1985.province_code(), "001");
        assert_eq!(man_1985.birth_century_start(), 1900);
        assert_eq!(man_1985.birth_year(), 1985);
        assert!(!man_1985.is_female());

        let woman_1999 = Cccd::parse("036199000001").unwrap();
        assert_eq!(woman_1999.birth_year(), 1999);
        assert!(woman_1999.is_female());

        let man_2004 = Cccd::parse("079204000123").unwrap();
        assert_eq!(man_2004.birth_century_start(), 2000);
        assert_eq!(man_2004.birth_year(), 2004);
        assert!(!man_2004.is_female());

        let woman_2001 = Cccd::parse("048301000999").unwrap();
        assert_eq!(woman_2001.birth_year(), 2001);
        assert!(woman_2001.is_female());

        let future = Cccd::parse("001500000000").unwrap();
        assert_eq!(future.birth_century_start(), 2100);
        assert!(future.is_female());
    }

    #[test]
    fn cccd_rejections() {
        assert_eq!(Cccd::parse(""), Err(ValueError::Empty));
        assert_eq!(Cccd::parse("   "), Err(ValueError::Empty));
        assert_eq!(
            Cccd::parse("07920300123"),
            Err(ValueError::CccdLength { found: 11 })
        );
        assert_eq!(
            Cccd::parse("0792030012345"),
            Err(ValueError::CccdLength { found: 13 })
        );
        assert_eq!(Cccd::parse("123456789"), Err(ValueError::CccdOldCmnd));
        assert_eq!(Cccd::parse("07920300123a"), Err(ValueError::CccdNotDigits));
        assert_eq!(
            Cccd::parse("003203001234"),
            Err(ValueError::CccdProvince("003".into()))
        );
        assert_eq!(
            Cccd::parse("097203001234"),
            Err(ValueError::CccdProvince("097".into()))
        );
        assert_eq!(
            Cccd::parse("000203001234"),
            Err(ValueError::CccdProvince("000".into()))
        );
    }

    #[test]
    fn cccd_error_message_is_bilingual() {
        let msg = Cccd::parse("07920300123").unwrap_err().to_string();
        assert_eq!(
            msg,
            "Số CCCD phải gồm đúng 12 chữ số (nhận được 11) / A citizen ID must have exactly 12 digits (got 11)"
        );
    }

    #[test]
    fn cccd_debug_is_masked() {
        let id = Cccd::parse("079203001123").unwrap();
        assert_eq!(format!("{id:?}"), "Cccd(*********123)");
        assert_eq!(id.masked(), "*********123");
        assert!(!format!("{:?}", Some(&id)).contains("079203"));
        assert_eq!(id.to_string(), "079203001123");
    }

    #[test]
    fn cccd_serde() {
        let id = Cccd::parse("079203001234").unwrap();
        assert_eq!(serde_json::to_string(&id).unwrap(), "\"079203001234\"");
        let back: Cccd = serde_json::from_str("\"079 203 001 234\"").unwrap();
        assert_eq!(back, id);
        let err = serde_json::from_str::<Cccd>("\"12345\"").unwrap_err();
        assert!(err.to_string().contains("12 chữ số"), "{err}");
    }

    // ---- PhoneNumber ------------------------------------------------------

    #[test]
    fn phone_accepts_typed_forms() {
        let cases = [
            ("0912 345 678", "0912345678"),
            ("0912.345.678", "0912345678"),
            ("0912-345-678", "0912345678"),
            ("+84 912 345 678", "0912345678"),
            ("+84912345678", "0912345678"),
            ("+84 (0) 912 345 678", "0912345678"),
            ("(+84) 912 345 678", "0912345678"),
            ("84912345678", "0912345678"),
            ("0084 912 345 678", "0912345678"),
            ("912345678", "0912345678"),
            ("０９１２３４５６７８", "0912345678"),
            ("0386 123 456", "0386123456"),
            ("0523 456 789", "0523456789"),
            ("0707 123 456", "0707123456"),
            ("0888 123 456", "0888123456"),
            ("(024) 3825 1234", "02438251234"),
            ("028 3829 5555", "02838295555"),
            ("0236.3822.123", "02363822123"),
            ("+84 24 3825 1234", "02438251234"),
            ("842438251234", "02438251234"),
        ];
        for (input, want) in cases {
            let p = PhoneNumber::parse(input);
            assert_eq!(p.as_ref().map(PhoneNumber::as_str), Ok(want), "{input:?}");
        }
    }

    #[test]
    fn phone_kinds_and_forms() {
        let mobile = PhoneNumber::parse("0912 345 678").unwrap();
        assert!(mobile.is_mobile());
        assert_eq!(mobile.e164(), "+84912345678");
        assert_eq!(mobile.formatted(), "0912 345 678");

        let hanoi = PhoneNumber::parse("(024) 3825 1234").unwrap();
        assert!(!hanoi.is_mobile());
        assert_eq!(hanoi.e164(), "+842438251234");
        assert_eq!(hanoi.formatted(), "024 3825 1234");

        let danang = PhoneNumber::parse("02363822123").unwrap();
        assert_eq!(danang.formatted(), "0236 382 2123");
        for p in [mobile, hanoi, danang] {
            assert_eq!(PhoneNumber::parse(&p.formatted()), Ok(p.clone()));
            assert_eq!(PhoneNumber::parse(&p.e164()), Ok(p));
        }
    }

    #[test]
    fn phone_rejections() {
        assert_eq!(PhoneNumber::parse(""), Err(ValueError::Empty));
        assert_eq!(
            PhoneNumber::parse("0912 345 67"),
            Err(ValueError::PhoneFormat)
        );
        assert_eq!(
            PhoneNumber::parse("0912 345 6789"),
            Err(ValueError::PhoneFormat)
        );
        assert_eq!(
            PhoneNumber::parse("0612 345 678"),
            Err(ValueError::PhoneFormat)
        );
        assert_eq!(
            PhoneNumber::parse("0412 345 678"),
            Err(ValueError::PhoneFormat)
        );
        assert_eq!(
            PhoneNumber::parse("0243 825 123"),
            Err(ValueError::PhoneFormat)
        );
        assert_eq!(
            PhoneNumber::parse("0168 123 4567"),
            Err(ValueError::PhoneOldMobile)
        );
        assert_eq!(
            PhoneNumber::parse("+1 202 555 0123"),
            Err(ValueError::PhoneCountry)
        );
        assert_eq!(
            PhoneNumber::parse("0044 20 7946 0958"),
            Err(ValueError::PhoneCountry)
        );
        assert_eq!(
            PhoneNumber::parse("0912 abc 678"),
            Err(ValueError::PhoneCharacters)
        );
        assert_eq!(
            PhoneNumber::parse("0912345678+"),
            Err(ValueError::PhoneCharacters)
        );
        assert_eq!(
            PhoneNumber::parse("0912345678 / 0987654321"),
            Err(ValueError::PhoneCharacters)
        );
    }

    #[test]
    fn phone_debug_is_masked() {
        let p = PhoneNumber::parse("0912345678").unwrap();
        assert_eq!(format!("{p:?}"), "PhoneNumber(091*****78)");
        let l = PhoneNumber::parse("02438251234").unwrap();
        assert_eq!(format!("{l:?}"), "PhoneNumber(024******34)");
    }

    #[test]
    fn phone_serde() {
        let p = PhoneNumber::parse("0912345678").unwrap();
        assert_eq!(serde_json::to_string(&p).unwrap(), "\"0912345678\"");
        let back: PhoneNumber = serde_json::from_str("\"+84 912 345 678\"").unwrap();
        assert_eq!(back, p);
        assert!(serde_json::from_str::<PhoneNumber>("\"12\"").is_err());
    }

    // ---- TaxCode ----------------------------------------------------------

    /// Published codes of well-known enterprises, all of which must pass.
    const REAL_TAX_CODES: [&str; 7] = [
        "0100109106", // Viettel
        "0100107518", // Vietnam Airlines
        "0100686174", // Agribank
        "0100112437", // Vietcombank
        "0100150619", // BIDV
        "0300588569", // Vinamilk
        "0101248141", // FPT
    ];

    #[test]
    fn tax_code_accepts_real_codes() {
        for code in REAL_TAX_CODES {
            let t = TaxCode::parse(code).unwrap();
            assert_eq!(t.as_str(), code);
            assert_eq!(t.base(), code);
            assert_eq!(t.branch(), None);
        }
    }

    #[test]
    fn tax_code_check_digit_formula() {
        // 0*31 + 1*29 + 0*23 + 0*19 + 1*17 + 0*13 + 9*7 + 1*5 + 0*3 = 114;
        // 114 mod 11 = 4; 10 - 4 = 6.
        assert_eq!(TaxCode::check_digit("010010910"), Some(6));
        assert_eq!(TaxCode::check_digit("010004751"), Some(6));
        // A sum divisible by 11 has no check digit.
        assert_eq!(TaxCode::check_digit("000000000"), None);
        // 1*29 + 5*3 = 44.
        assert_eq!(TaxCode::check_digit("010000005"), None);
        assert_eq!(TaxCode::check_digit("01001091"), None);
        assert_eq!(TaxCode::check_digit("01001091x"), None);
    }

    #[test]
    fn tax_code_branches_and_spellings() {
        for input in [
            "0100109106-001",
            "0100109106001",
            "0100109106 - 001",
            "01 00 109 106-001",
            "0100.109.106-001",
            "０１００１０９１０６－００１",
        ] {
            let t = TaxCode::parse(input);
            assert_eq!(
                t.as_ref().map(TaxCode::as_str),
                Ok("0100109106-001"),
                "{input:?}"
            );
        }
        let branch = TaxCode::parse("0100686174-634").unwrap();
        assert_eq!(branch.base(), "0100686174");
        assert_eq!(branch.branch(), Some("634"));
    }

    #[test]
    fn tax_code_rejections() {
        assert_eq!(TaxCode::parse(""), Err(ValueError::Empty));
        assert_eq!(
            TaxCode::parse("0100109105"),
            Err(ValueError::TaxCodeCheckDigit)
        );
        assert_eq!(
            TaxCode::parse("0100109107"),
            Err(ValueError::TaxCodeCheckDigit)
        );
        assert_eq!(
            TaxCode::parse("0000000000"),
            Err(ValueError::TaxCodeCheckDigit)
        );
        assert_eq!(TaxCode::parse("010010910"), Err(ValueError::TaxCodeFormat));
        assert_eq!(
            TaxCode::parse("01001091061"),
            Err(ValueError::TaxCodeFormat)
        );
        assert_eq!(
            TaxCode::parse("079203001234"),
            Err(ValueError::TaxCodeFormat)
        );
        assert_eq!(
            TaxCode::parse("0100109106-01"),
            Err(ValueError::TaxCodeFormat)
        );
        assert_eq!(
            TaxCode::parse("MST 0100109106"),
            Err(ValueError::TaxCodeFormat)
        );
        assert_eq!(
            TaxCode::parse("0100109106-000"),
            Err(ValueError::TaxCodeBranch)
        );
        assert_eq!(
            TaxCode::parse("0100109105-001"),
            Err(ValueError::TaxCodeCheckDigit)
        );
    }

    #[test]
    fn tax_code_serde() {
        let t = TaxCode::parse("0100109106001").unwrap();
        assert_eq!(serde_json::to_string(&t).unwrap(), "\"0100109106-001\"");
        let back: TaxCode = serde_json::from_str("\"0100109106-001\"").unwrap();
        assert_eq!(back, t);
        assert!(serde_json::from_str::<TaxCode>("\"0100109105\"").is_err());
    }

    // ---- Vnd --------------------------------------------------------------

    fn vnd(s: &str) -> Result<u64, ValueError> {
        Vnd::parse(s).map(|v| v.value())
    }

    #[test]
    fn vnd_accepts_numbers() {
        let cases = [
            ("5.000.000", 5_000_000),
            ("5,000,000", 5_000_000),
            ("5000000", 5_000_000),
            ("5 000 000", 5_000_000),
            ("５.０００.０００", 5_000_000),
            ("0", 0),
            ("1.500", 1_500),
            ("1,500", 1_500),
            ("999", 999),
            ("5.000.000,00", 5_000_000),
            ("5,000,000.00", 5_000_000),
            ("5000000.0", 5_000_000),
            ("10.000.000.000.000", 10_000_000_000_000),
        ];
        for (input, want) in cases {
            assert_eq!(vnd(input), Ok(want), "{input:?}");
        }
    }

    #[test]
    fn vnd_accepts_units_and_currency() {
        let cases = [
            ("5 triệu", 5_000_000),
            ("5 TRIỆU", 5_000_000),
            ("5 trie\u{0323}\u{0302}u", 5_000_000),
            ("5tr", 5_000_000),
            ("5 tr", 5_000_000),
            ("5.5 triệu", 5_500_000),
            ("5,5 triệu", 5_500_000),
            ("7,25tr", 7_250_000),
            ("0.5 triệu", 500_000),
            ("0.500 triệu", 500_000),
            ("1.500 triệu", 1_500_000_000),
            ("500k", 500_000),
            ("500K", 500_000),
            ("500 nghìn", 500_000),
            ("500 ngàn", 500_000),
            ("1,2 tỷ", 1_200_000_000),
            ("1 tỉ", 1_000_000_000),
            ("5 triệu 500 nghìn", 5_500_000),
            ("1 tỷ 200 triệu", 1_200_000_000),
            ("5tr5", 5_500_000),
            ("7tr500", 7_500_000),
            ("5 triệu 5", 5_500_000),
            ("5 triệu 05", 5_050_000),
            ("2k5", 2_500),
            ("5.000.000đ", 5_000_000),
            ("5.000.000 đ", 5_000_000),
            ("5.000.000 ₫", 5_000_000),
            ("5.000.000 đồng", 5_000_000),
            ("5.000.000 VND", 5_000_000),
            ("5.000.000 vnđ", 5_000_000),
            ("VND 5,000,000", 5_000_000),
            ("5 triệu đồng", 5_000_000),
            ("500 nghìn đồng", 500_000),
            ("  5tr  ", 5_000_000),
        ];
        for (input, want) in cases {
            assert_eq!(vnd(input), Ok(want), "{input:?}");
        }
    }

    #[test]
    fn vnd_rejections() {
        assert_eq!(vnd(""), Err(ValueError::Empty));
        assert_eq!(vnd(" đ "), Err(ValueError::VndFormat));
        assert_eq!(vnd("abc"), Err(ValueError::VndFormat));
        assert_eq!(vnd("5 đô"), Err(ValueError::VndFormat));
        assert_eq!(vnd("5 triệu/tháng"), Err(ValueError::VndFormat));
        assert_eq!(vnd("5..000"), Err(ValueError::VndFormat));
        assert_eq!(vnd("5.00.000"), Err(ValueError::VndFormat));
        assert_eq!(vnd("5.000,000.000"), Err(ValueError::VndFormat));
        assert_eq!(vnd(".5"), Err(ValueError::VndFormat));
        assert_eq!(vnd("5."), Err(ValueError::VndFormat));
        assert_eq!(vnd("5 000 00"), Err(ValueError::VndFormat));
        assert_eq!(vnd("5000 000"), Err(ValueError::VndFormat));
        assert_eq!(vnd("5 nghìn 3 triệu"), Err(ValueError::VndFormat));
        assert_eq!(vnd("triệu"), Err(ValueError::VndFormat));
        assert_eq!(vnd("5tr5000"), Err(ValueError::VndFormat));
        assert_eq!(vnd("7-10 triệu"), Err(ValueError::VndFormat));
        assert_eq!(vnd("5.5"), Err(ValueError::VndFraction));
        assert_eq!(vnd("1,2345k"), Err(ValueError::VndFraction));
        assert_eq!(vnd("-500000"), Err(ValueError::VndNegative));
        assert_eq!(vnd("−500k"), Err(ValueError::VndNegative));
        assert_eq!(vnd("10.000.000.000.001"), Err(ValueError::VndTooLarge));
        assert_eq!(vnd("10001 tỷ"), Err(ValueError::VndTooLarge));
        assert_eq!(
            vnd("99999999999999999999999999999999999999999999"),
            Err(ValueError::VndTooLarge)
        );
    }

    #[test]
    fn vnd_new_and_display() {
        assert_eq!(Vnd::new(Vnd::MAX).map(|v| v.value()), Ok(Vnd::MAX));
        assert_eq!(Vnd::new(Vnd::MAX + 1), Err(ValueError::VndTooLarge));
        let cases = [
            (0, "0"),
            (7, "7"),
            (999, "999"),
            (1_000, "1.000"),
            (12_345, "12.345"),
            (500_000, "500.000"),
            (5_000_000, "5.000.000"),
            (10_000_000_000_000, "10.000.000.000.000"),
        ];
        for (n, plain) in cases {
            let v = Vnd::new(n).unwrap();
            assert_eq!(v.format_plain(), plain);
            assert_eq!(v.to_string(), format!("{plain} đ"));
        }
        assert!(Vnd::new(1).unwrap() < Vnd::new(2).unwrap());
        assert_eq!(Vnd::ZERO.value(), 0);
    }

    #[test]
    fn vnd_serde() {
        let v = Vnd::new(5_000_000).unwrap();
        assert_eq!(serde_json::to_string(&v).unwrap(), "5000000");
        assert_eq!(serde_json::from_str::<Vnd>("5000000").unwrap(), v);
        assert_eq!(serde_json::from_str::<Vnd>("5000000.0").unwrap(), v);
        assert_eq!(serde_json::from_str::<Vnd>("\"5 triệu\"").unwrap(), v);
        assert_eq!(serde_json::from_str::<Vnd>("\"5.000.000 đ\"").unwrap(), v);
        for bad in [
            "-1",
            "1.5",
            "\"abc\"",
            "10000000000001",
            "null",
            "true",
            "[]",
        ] {
            assert!(serde_json::from_str::<Vnd>(bad).is_err(), "{bad}");
        }
        let err = serde_json::from_str::<Vnd>("-1").unwrap_err().to_string();
        assert!(err.contains("âm"), "{err}");
    }

    // ---- Email ------------------------------------------------------------

    #[test]
    fn email_accepts_and_normalises() {
        let cases = [
            ("nguyen.van.a@gmail.com", "nguyen.van.a@gmail.com"),
            ("  Tuyen.Dung@CongTy.COM.VN ", "Tuyen.Dung@congty.com.vn"),
            ("hr+vieclam@viec-lam.vn", "hr+vieclam@viec-lam.vn"),
            ("a@b.co", "a@b.co"),
            ("x_y@mail.xn--p1ai", "x_y@mail.xn--p1ai"),
        ];
        for (input, want) in cases {
            let e = Email::parse(input);
            assert_eq!(e.as_ref().map(Email::as_str), Ok(want), "{input:?}");
        }
        let e = Email::parse("Tuyen.Dung@CongTy.vn").unwrap();
        assert_eq!(e.local_part(), "Tuyen.Dung");
        assert_eq!(e.domain(), "congty.vn");
    }

    #[test]
    fn email_rejections() {
        let long_local = "a".repeat(65);
        let long_label = "b".repeat(64);
        let long_total = format!(
            "{}@{}.vn",
            "a".repeat(64),
            vec!["c".repeat(60); 4].join(".")
        );
        let cases: Vec<(&str, ValueError)> = vec![
            ("", ValueError::Empty),
            ("nguyenvana", ValueError::EmailFormat),
            ("a@b@c.vn", ValueError::EmailFormat),
            ("@gmail.com", ValueError::EmailLocalPart),
            ("nguyễn@gmail.com", ValueError::EmailLocalPart),
            ("nguyen van a@gmail.com", ValueError::EmailLocalPart),
            (".a@gmail.com", ValueError::EmailLocalPart),
            ("a..b@gmail.com", ValueError::EmailLocalPart),
            ("a.@gmail.com", ValueError::EmailLocalPart),
            ("a@gmail", ValueError::EmailDomain),
            ("a@", ValueError::EmailDomain),
            ("a@gmail..com", ValueError::EmailDomain),
            ("a@gmail.com.", ValueError::EmailDomain),
            ("a@-gmail.com", ValueError::EmailDomain),
            ("a@gmail-.com", ValueError::EmailDomain),
            ("a@gm_ail.com", ValueError::EmailDomain),
            ("a@công-ty.vn", ValueError::EmailDomain),
            ("a@192.168.1.1", ValueError::EmailDomain),
        ];
        for (input, want) in cases {
            assert_eq!(Email::parse(input), Err(want), "{input:?}");
        }
        assert_eq!(
            Email::parse(&format!("{long_local}@gmail.com")),
            Err(ValueError::EmailLocalPart)
        );
        assert_eq!(
            Email::parse(&format!("a@{long_label}.com")),
            Err(ValueError::EmailDomain)
        );
        assert_eq!(Email::parse(&long_total), Err(ValueError::EmailTooLong));
    }

    #[test]
    fn email_debug_is_masked() {
        let e = Email::parse("nguyen.van.a@gmail.com").unwrap();
        assert_eq!(format!("{e:?}"), "Email(n***@gmail.com)");
        assert_eq!(e.masked(), "n***@gmail.com");
    }

    #[test]
    fn email_serde() {
        let e = Email::parse("a@b.vn").unwrap();
        assert_eq!(serde_json::to_string(&e).unwrap(), "\"a@b.vn\"");
        let back: Email = serde_json::from_str("\" a@B.VN \"").unwrap();
        assert_eq!(back, e);
        assert!(serde_json::from_str::<Email>("\"a.vn\"").is_err());
    }

    #[test]
    fn every_error_message_is_vietnamese_then_english() {
        let all = [
            ValueError::Empty,
            ValueError::CccdNotDigits,
            ValueError::CccdLength { found: 3 },
            ValueError::CccdOldCmnd,
            ValueError::CccdProvince("003".into()),
            ValueError::PhoneCharacters,
            ValueError::PhoneCountry,
            ValueError::PhoneOldMobile,
            ValueError::PhoneFormat,
            ValueError::TaxCodeFormat,
            ValueError::TaxCodeCheckDigit,
            ValueError::TaxCodeBranch,
            ValueError::VndFormat,
            ValueError::VndFraction,
            ValueError::VndNegative,
            ValueError::VndTooLarge,
            ValueError::EmailFormat,
            ValueError::EmailLocalPart,
            ValueError::EmailDomain,
            ValueError::EmailTooLong,
        ];
        for e in all {
            let msg = e.to_string();
            let (vi, en) = msg.split_once(" / ").unwrap();
            assert!(
                !vi.is_ascii(),
                "Vietnamese part of {e:?} has no accents: {vi}"
            );
            let english_letters = en.chars().filter(char::is_ascii_alphabetic).count();
            assert!(english_letters > 10, "English part of {e:?}: {en}");
            assert!(!vi.is_empty() && !en.is_empty());
        }
    }

    // ---- property tests ---------------------------------------------------

    fn digit_string(len: usize) -> impl Strategy<Value = String> {
        proptest::collection::vec(0u8..10, len)
            .prop_map(|ds| ds.into_iter().map(|d| char::from(b'0' + d)).collect())
    }

    fn is_dotted_thousands(s: &str) -> bool {
        let groups: Vec<&str> = s.split('.').collect();
        let all_digits = groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()));
        let first_ok = groups.first().is_some_and(|g| (1..=3).contains(&g.len()));
        let rest_ok = groups.iter().skip(1).all(|g| g.len() == 3);
        all_digits && first_ok && rest_ok
    }

    proptest! {
        #[test]
        fn cccd_with_valid_province_parses(
            province in proptest::sample::select(PROVINCE_CODES.to_vec()),
            rest in digit_string(9),
        ) {
            let raw = format!("{province}{rest}");
            let id = Cccd::parse(&raw).unwrap();
            prop_assert_eq!(id.as_str(), raw.as_str());
            prop_assert_eq!(Cccd::parse(&format!("{id}")).unwrap(), id.clone());
            let spaced = format!("{} {} {} {}", &raw[..3], &raw[3..6], &raw[6..9], &raw[9..]);
            prop_assert_eq!(Cccd::parse(&spaced).unwrap(), id.clone());
            let year = id.birth_year();
            prop_assert!((1900..2400).contains(&year));
            prop_assert!(id.masked().ends_with(&raw[9..]));
            let debug = format!("{id:?}");
            prop_assert!(!debug.contains(&raw[..9]));
        }

        #[test]
        fn cccd_with_unknown_province_fails(
            province in proptest::sample::select(
                (0u32..1000)
                    .map(|n| format!("{n:03}"))
                    .filter(|code| !PROVINCE_CODES.contains(&code.as_str()))
                    .collect::<Vec<_>>()
            ),
            rest in digit_string(9),
        ) {
            let result = Cccd::parse(&format!("{province}{rest}"));
            prop_assert_eq!(result, Err(ValueError::CccdProvince(province)));
        }

        #[test]
        fn mobile_round_trips(
            second in proptest::sample::select(vec!['3', '5', '7', '8', '9']),
            rest in digit_string(8),
        ) {
            let national = format!("0{second}{rest}");
            let p = PhoneNumber::parse(&national).unwrap();
            prop_assert!(p.is_mobile());
            prop_assert_eq!(PhoneNumber::parse(&format!("{p}")).unwrap(), p.clone());
            prop_assert_eq!(PhoneNumber::parse(&p.e164()).unwrap(), p.clone());
            prop_assert_eq!(PhoneNumber::parse(&p.formatted()).unwrap(), p.clone());
            prop_assert_eq!(PhoneNumber::parse(&format!("84{second}{rest}")).unwrap(), p.clone());
            prop_assert_eq!(PhoneNumber::parse(&format!("{second}{rest}")).unwrap(), p);
        }

        #[test]
        fn landline_round_trips(rest in digit_string(9)) {
            let p = PhoneNumber::parse(&format!("02{rest}")).unwrap();
            prop_assert!(!p.is_mobile());
            prop_assert_eq!(PhoneNumber::parse(&format!("{p}")).unwrap(), p.clone());
            prop_assert_eq!(PhoneNumber::parse(&p.e164()).unwrap(), p.clone());
            prop_assert_eq!(PhoneNumber::parse(&p.formatted()).unwrap(), p);
        }

        #[test]
        fn tax_code_with_computed_check_digit_parses(
            nine in digit_string(9),
            branch in 1u32..1000,
        ) {
            match TaxCode::check_digit(&nine) {
                Some(check) => {
                    let code = format!("{nine}{check}");
                    let t = TaxCode::parse(&code).unwrap();
                    prop_assert_eq!(t.as_str(), code.as_str());
                    prop_assert_eq!(TaxCode::parse(&format!("{t}")).unwrap(), t.clone());
                    let with_branch = format!("{code}{branch:03}");
                    let b = TaxCode::parse(&with_branch).unwrap();
                    prop_assert_eq!(b.base(), code.as_str());
                    prop_assert_eq!(TaxCode::parse(&format!("{b}")).unwrap(), b.clone());
                    // Any other 10th digit is refused.
                    let wrong = (check + 1) % 10;
                    prop_assert_eq!(
                        TaxCode::parse(&format!("{nine}{wrong}")),
                        Err(ValueError::TaxCodeCheckDigit)
                    );
                }
                None => {
                    for d in 0..10 {
                        prop_assert_eq!(
                            TaxCode::parse(&format!("{nine}{d}")),
                            Err(ValueError::TaxCodeCheckDigit)
                        );
                    }
                }
            }
        }

        #[test]
        fn vnd_formatting_and_round_trip(n in 0u64..=Vnd::MAX) {
            let v = Vnd::new(n).unwrap();
            let plain = v.format_plain();
            prop_assert!(is_dotted_thousands(&plain), "{}", plain);
            prop_assert_eq!(Vnd::parse(&plain).unwrap(), v);
            prop_assert_eq!(Vnd::parse(&v.to_string()).unwrap(), v);
            prop_assert_eq!(Vnd::parse(&n.to_string()).unwrap(), v);
            prop_assert_eq!(Vnd::parse(&plain.replace('.', ",")).unwrap(), v);
            let json = serde_json::to_string(&v).unwrap();
            prop_assert_eq!(serde_json::from_str::<Vnd>(&json).unwrap(), v);
        }

        #[test]
        fn vnd_small_numbers_format(n in 0u64..100_000) {
            prop_assert!(is_dotted_thousands(&Vnd::new(n).unwrap().format_plain()));
        }

        #[test]
        fn vnd_millions_with_tenths(whole in 0u64..10_000, tenth in 0u64..10) {
            let want = whole * 1_000_000 + tenth * 100_000;
            prop_assert_eq!(vnd(&format!("{whole}.{tenth} triệu")), Ok(want));
            prop_assert_eq!(vnd(&format!("{whole},{tenth}tr")), Ok(want));
            prop_assert_eq!(vnd(&format!("{whole}tr{tenth}")), Ok(want));
        }

        #[test]
        fn vnd_parse_never_panics(s in any::<String>()) {
            let _ = Vnd::parse(&s);
        }

        #[test]
        fn email_round_trips(
            local in "[A-Za-z0-9]([A-Za-z0-9_+-]{1,8}\\.?){0,3}[A-Za-z0-9]",
            domain in "[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?\\.(vn|com|com\\.vn|org)",
        ) {
            let e = Email::parse(&format!("{local}@{domain}")).unwrap();
            prop_assert_eq!(Email::parse(&format!("{e}")).unwrap(), e.clone());
            prop_assert_eq!(e.local_part(), local.as_str());
            let first = &local[..1];
            prop_assert_eq!(format!("{e:?}"), format!("Email({first}***@{domain})"));
        }

        #[test]
        fn parsers_never_panic(s in any::<String>()) {
            let _ = Cccd::parse(&s);
            let _ = PhoneNumber::parse(&s);
            let _ = TaxCode::parse(&s);
            let _ = Email::parse(&s);
        }
    }
}
