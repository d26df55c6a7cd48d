//! A job seeker's own application to a posting and where it stands.

use super::text::clean_multiline;
use super::{FieldError, text_enum};

/// An application's id.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(transparent)]
pub struct ApplicationId(pub i64);

impl ApplicationId {
    /// The raw database value.
    pub fn get(self) -> i64 {
        self.0
    }
}

impl std::fmt::Display for ApplicationId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::str::FromStr for ApplicationId {
    type Err = std::num::ParseIntError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.parse::<i64>().map(ApplicationId)
    }
}

text_enum! {
    /// Where an application stands. The seeker submits and may withdraw;
    /// the employer records an interview, a hire or a refusal.
    pub enum ApplicationStatus {
        Submitted = "submitted",
        Interviewed = "interviewed",
        Hired = "hired",
        NotHired = "not_hired",
        Withdrawn = "withdrawn",
    }
}

impl ApplicationStatus {
    /// The Vietnamese and English names.
    pub fn labels(self) -> (&'static str, &'static str) {
        match self {
            Self::Submitted => ("Đã nộp", "Submitted"),
            Self::Interviewed => ("Đã phỏng vấn", "Interviewed"),
            Self::Hired => ("Được tuyển", "Hired"),
            Self::NotHired => ("Không được tuyển", "Not hired"),
            Self::Withdrawn => ("Đã rút", "Withdrawn"),
        }
    }

    /// Whether the seeker may still withdraw: not once it is decided.
    pub fn can_withdraw(self) -> bool {
        matches!(self, Self::Submitted | Self::Interviewed)
    }

    /// Whether the application has reached an end.
    pub fn is_final(self) -> bool {
        matches!(self, Self::Hired | Self::NotHired | Self::Withdrawn)
    }
}

/// Longest message to the employer, in characters.
pub const MAX_MESSAGE_CHARS: usize = 2_000;

/// Cleans the optional message sent with an application.
pub fn clean_message(message: &str) -> Result<String, FieldError> {
    let message = clean_multiline(message);
    if message.chars().count() > MAX_MESSAGE_CHARS {
        return Err(FieldError::new(
            "message",
            format!(
                "Lời nhắn dài quá {MAX_MESSAGE_CHARS} ký tự / The message is longer than {MAX_MESSAGE_CHARS} characters"
            ),
        ));
    }
    Ok(message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_open_applications_can_be_withdrawn() {
        let open: Vec<_> = ApplicationStatus::ALL
            .iter()
            .copied()
            .filter(|s| s.can_withdraw())
            .collect();
        assert_eq!(
            open,
            vec![ApplicationStatus::Submitted, ApplicationStatus::Interviewed]
        );
    }

    #[test]
    fn a_long_message_is_refused() {
        assert!(clean_message(&"a".repeat(MAX_MESSAGE_CHARS + 1)).is_err());
        assert_eq!(
            clean_message("Xin chào \n\n").ok().as_deref(),
            Some("Xin chào")
        );
    }
}
