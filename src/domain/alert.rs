//! Saved searches and their e-mail alerts: how often they are sent, when a
//! daily digest is due, and the one canonical form of a saved search.

use time::{OffsetDateTime, Time};

use super::text::clean_input;
use super::{FieldError, text_enum};
use crate::clock::VIETNAM;

text_enum! {
    /// How often a saved search mails new postings.
    pub enum Frequency {
        /// Once a day, after [`DIGEST_HOUR`] in Vietnam.
        Daily = "daily",
        /// Within about a minute of a posting being published.
        Immediate = "immediate",
    }
}

impl Frequency {
    /// The Vietnamese and English names.
    pub fn labels(self) -> (&'static str, &'static str) {
        match self {
            Self::Daily => ("Mỗi ngày một thư", "One e-mail a day"),
            Self::Immediate => ("Ngay khi có tin mới", "As soon as there is a new posting"),
        }
    }
}

/// The hour (Vietnam time) after which the daily digest goes out.
pub const DIGEST_HOUR: u8 = 7;

/// The latest digest time (07:00 in Vietnam) at or before `now`, in unix seconds.
pub fn latest_digest_time(now: i64) -> i64 {
    let Ok(instant) = OffsetDateTime::from_unix_timestamp(now) else {
        return now;
    };
    let local = instant.to_offset(VIETNAM);
    let at = Time::from_hms(DIGEST_HOUR, 0, 0).unwrap_or(Time::MIDNIGHT);
    let today = local.replace_time(at);
    let slot = if today <= local {
        today
    } else {
        today - time::Duration::days(1)
    };
    slot.unix_timestamp()
}

/// Whether a saved search last checked at `last_checked_at` is due at `now`.
/// Immediate searches are always due; a daily one once a 07:00 has passed
/// since it was last checked.
pub fn is_due(frequency: Frequency, last_checked_at: i64, now: i64) -> bool {
    match frequency {
        Frequency::Immediate => true,
        Frequency::Daily => last_checked_at < latest_digest_time(now),
    }
}

/// The query parameters of the search page a saved search keeps, in the
/// order they are written; paging and the language are left out.
pub const SAVED_KEYS: &[&str] = &[
    "q",
    "district_code",
    "commune_code",
    "work_location",
    "country",
    "occupation",
    "salary_min",
    "salary_max",
    "negotiable",
    "employment_type",
    "sort",
];

/// The canonical form of a search page's query string: the kept parameters
/// in a fixed order, values cleaned, empty ones dropped, and `district`
/// (the page form's short name) written as `district_code`. Two ways of
/// writing the same search give the same text.
pub fn canonical_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let pairs: Vec<(&str, String)> = pairs
        .into_iter()
        .map(|(k, v)| {
            (
                if k == "district" { "district_code" } else { k },
                clean_input(v),
            )
        })
        .filter(|(_, v)| !v.is_empty())
        .collect();
    let mut out = form_urlencoded::Serializer::new(String::new());
    for key in SAVED_KEYS {
        if let Some((_, value)) = pairs.iter().find(|(k, _)| k == key) {
            out.append_pair(key, value);
        }
    }
    out.finish()
}

/// Longest label of a saved search, in characters.
pub const MAX_LABEL_CHARS: usize = 100;

/// Cleans a saved search's label; an empty one becomes `fallback`.
pub fn clean_label(label: &str, fallback: &str) -> Result<String, FieldError> {
    let label = clean_input(label);
    let label = if label.is_empty() {
        clean_input(fallback)
    } else {
        label
    };
    if label.chars().count() > MAX_LABEL_CHARS {
        return Err(FieldError::new(
            "label",
            format!(
                "Tên dài quá {MAX_LABEL_CHARS} ký tự / The name is longer than {MAX_LABEL_CHARS} characters"
            ),
        ));
    }
    Ok(label)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn the_digest_slot_is_seven_in_the_morning_in_vietnam() {
        // 23:59 UTC on 15 June is 06:59 on 16 June in Lào Cai.
        let before = datetime!(2024-06-15 23:59 UTC).unix_timestamp();
        let after = datetime!(2024-06-16 00:00 UTC).unix_timestamp();
        assert_eq!(
            latest_digest_time(before),
            datetime!(2024-06-15 00:00 UTC).unix_timestamp()
        );
        assert_eq!(latest_digest_time(after), after);
    }

    #[test]
    fn a_daily_search_is_due_once_seven_has_passed_since_its_last_check() {
        let checked = datetime!(2024-06-15 03:00 UTC).unix_timestamp(); // 10:00 local
        let evening = datetime!(2024-06-15 13:00 UTC).unix_timestamp();
        let next_morning = datetime!(2024-06-16 00:01 UTC).unix_timestamp();
        assert!(!is_due(Frequency::Daily, checked, evening));
        assert!(is_due(Frequency::Daily, checked, next_morning));
        assert!(is_due(Frequency::Immediate, checked, evening));
    }

    #[test]
    fn the_same_search_has_one_canonical_form() {
        let a = canonical_query([
            ("page", "3"),
            ("work_location", "in_province"),
            ("q", "  công   nhân "),
            ("district", "085"),
            ("salary_max", ""),
        ]);
        let b = canonical_query([
            ("district_code", "085"),
            ("q", "công nhân"),
            ("lang", "en"),
            ("work_location", "in_province"),
        ]);
        assert_eq!(a, b);
        assert_eq!(
            a,
            "q=c%C3%B4ng+nh%C3%A2n&district_code=085&work_location=in_province"
        );
    }

    #[test]
    fn an_empty_label_takes_the_fallback() {
        assert_eq!(clean_label("  ", "Lái xe").ok().as_deref(), Some("Lái xe"));
        assert!(clean_label(&"x".repeat(101), "").is_err());
    }
}
