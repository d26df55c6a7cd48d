//! Why a posting may need a closer look before it is published. Each reason
//! is shown to staff in plain words; none decides anything by itself.

use super::job::WorkLocation;
use super::text::fold;

/// A reason for a closer look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Risk {
    /// Work abroad offered by an employer with no licence for sending workers abroad.
    AbroadWithoutLicence,
    /// Work abroad under a licence: check the licence and the contract terms.
    AbroadCheckLicence,
    /// The text asks workers for money (fees, deposits).
    FeesAsked,
    /// The pay is far above what such work pays.
    UnrealisticPay,
    /// The only contact is a private mobile number.
    PrivateContactOnly,
}

impl Risk {
    /// The Vietnamese explanation.
    pub fn label_vi(self) -> &'static str {
        match self {
            Self::AbroadWithoutLicence => {
                "Tuyển đi làm việc ở nước ngoài nhưng doanh nghiệp chưa có giấy phép"
            }
            Self::AbroadCheckLicence => {
                "Tuyển đi làm việc ở nước ngoài: kiểm tra giấy phép và điều kiện hợp đồng"
            }
            Self::FeesAsked => "Nội dung có đòi người lao động nộp tiền (phí, đặt cọc)",
            Self::UnrealisticPay => "Mức lương cao bất thường",
            Self::PrivateContactOnly => "Chỉ có số điện thoại di động cá nhân để liên hệ",
        }
    }

    /// The English explanation.
    pub fn label_en(self) -> &'static str {
        match self {
            Self::AbroadWithoutLicence => {
                "Work abroad offered without a licence for sending workers abroad"
            }
            Self::AbroadCheckLicence => "Work abroad: check the licence and the contract terms",
            Self::FeesAsked => "The text asks workers to pay (fees, deposits)",
            Self::UnrealisticPay => "Unusually high pay",
            Self::PrivateContactOnly => "The only contact is a private mobile number",
        }
    }
}

/// What moderation looks at.
#[derive(Debug, Clone)]
pub struct ModerationInput<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub work_location: WorkLocation,
    pub salary_max: Option<u64>,
    pub employer_has_overseas_licence: bool,
    pub employer_phone: Option<&'a str>,
    pub employer_email: Option<&'a str>,
    pub employer_address: &'a str,
}

/// Monthly pay above this in Vietnam is unusual for the work posted here.
const UNUSUAL_PAY_IN_VIETNAM: u64 = 40_000_000;
/// Monthly pay above this abroad is unusual for contract work.
const UNUSUAL_PAY_ABROAD: u64 = 80_000_000;

/// Folded phrases that ask workers for money.
const FEE_PHRASES: &[&str] = &[
    "phi",
    "dat coc",
    "nop tien",
    "chuyen khoan",
    "le phi",
    "tien coc",
    "phi moi gioi",
];

/// The reasons that apply to a posting.
pub fn risks(input: &ModerationInput<'_>) -> Vec<Risk> {
    let mut found = Vec::new();
    if input.work_location == WorkLocation::Abroad {
        found.push(if input.employer_has_overseas_licence {
            Risk::AbroadCheckLicence
        } else {
            Risk::AbroadWithoutLicence
        });
    }
    let text = format!(" {} {} ", fold(input.title), fold(input.description));
    let words: String = text
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let padded = format!(
        " {} ",
        words.split_whitespace().collect::<Vec<_>>().join(" ")
    );
    if FEE_PHRASES
        .iter()
        .any(|p| padded.contains(&format!(" {p} ")))
    {
        found.push(Risk::FeesAsked);
    }
    let ceiling = match input.work_location {
        WorkLocation::Abroad => UNUSUAL_PAY_ABROAD,
        _ => UNUSUAL_PAY_IN_VIETNAM,
    };
    if input.salary_max.is_some_and(|pay| pay > ceiling) {
        found.push(Risk::UnrealisticPay);
    }
    let mobile_only = input
        .employer_phone
        .is_some_and(|p| crate::domain::values::PhoneNumber::parse(p).is_ok_and(|p| p.is_mobile()))
        && input.employer_email.is_none_or(str::is_empty)
        && input.employer_address.trim().is_empty();
    if mobile_only {
        found.push(Risk::PrivateContactOnly);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input<'a>() -> ModerationInput<'a> {
        ModerationInput {
            title: "Tuyển công nhân may",
            description: "Làm việc tại KCN Tằng Loỏng.",
            work_location: WorkLocation::InProvince,
            salary_max: Some(9_000_000),
            employer_has_overseas_licence: false,
            employer_phone: Some("0214 3800 000"),
            employer_email: Some("tuyendung@example.com"),
            employer_address: "Phường Duyên Hải",
        }
    }

    #[test]
    fn an_ordinary_posting_raises_nothing() {
        assert!(risks(&input()).is_empty());
    }

    #[test]
    fn work_abroad_without_a_licence_and_fees_are_flagged() {
        let posting = ModerationInput {
            title: "Đi Nhật lương cao",
            description: "Nộp tiền đặt cọc 50 triệu trước khi xuất cảnh.",
            work_location: WorkLocation::Abroad,
            salary_max: Some(120_000_000),
            ..input()
        };
        assert_eq!(
            risks(&posting),
            vec![
                Risk::AbroadWithoutLicence,
                Risk::FeesAsked,
                Risk::UnrealisticPay
            ]
        );
    }

    #[test]
    fn work_abroad_under_a_licence_is_still_looked_at_closely() {
        let posting = ModerationInput {
            work_location: WorkLocation::Abroad,
            employer_has_overseas_licence: true,
            ..input()
        };
        assert_eq!(risks(&posting), vec![Risk::AbroadCheckLicence]);
    }

    #[test]
    fn a_private_mobile_as_the_only_contact_is_flagged() {
        let posting = ModerationInput {
            employer_phone: Some("0912 345 678"),
            employer_email: None,
            employer_address: "",
            ..input()
        };
        assert_eq!(risks(&posting), vec![Risk::PrivateContactOnly]);
    }

    #[test]
    fn words_that_merely_contain_phi_are_not_fees() {
        let posting = ModerationInput {
            description: "Làm việc tại Tả Phời, phía bắc thành phố.",
            ..input()
        };
        assert!(risks(&posting).is_empty());
    }
}
