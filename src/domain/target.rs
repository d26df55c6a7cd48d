//! The province's yearly targets and the arithmetic of progress toward them.

use super::text_enum;

text_enum! {
    /// What a target counts.
    pub enum Metric {
        /// Workers placed in jobs (giải quyết việc làm).
        Placements = "placements",
        /// Of which, contract workers abroad.
        PlacementsAbroad = "placements_abroad",
        /// Job fairs and counselling conferences held.
        Fairs = "fairs",
        /// Of which, in the poor communes of Resolution 20-NQ/TU.
        FairsInPoorCommunes = "fairs_in_poor_communes",
        /// Employers taking part in recruiting.
        Employers = "employers",
        /// Attendances at counselling.
        CounsellingAttendances = "counselling_attendances",
        /// People trained or retrained by vocational schools.
        VocationalTrainees = "vocational_trainees",
    }
}

impl Metric {
    /// The Vietnamese name.
    pub fn label_vi(self) -> &'static str {
        match self {
            Self::Placements => "Lao động được giải quyết việc làm",
            Self::PlacementsAbroad => "Lao động đi làm việc ở nước ngoài",
            Self::Fairs => "Phiên giao dịch việc làm, hội nghị tư vấn",
            Self::FairsInPoorCommunes => "Phiên giao dịch tại xã nghèo",
            Self::Employers => "Doanh nghiệp tham gia tuyển dụng",
            Self::CounsellingAttendances => "Lượt lao động được tư vấn",
            Self::VocationalTrainees => "Người được đào tạo nghề",
        }
    }
}

/// A target for one metric in one year: at least `min`, at most `max` where a range is given.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Target {
    pub year: i32,
    pub metric: Metric,
    pub min: i64,
    pub max: Option<i64>,
}

impl Target {
    /// Progress toward the lower bound in whole per mille (0..), so reports avoid floats.
    pub fn progress_per_mille(&self, achieved: i64) -> i64 {
        if self.min <= 0 {
            return 1000;
        }
        achieved.max(0).saturating_mul(1000) / self.min
    }

    /// Whether `achieved` meets the target.
    pub fn is_met(&self, achieved: i64) -> bool {
        achieved >= self.min
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn placements(min: i64) -> Target {
        Target {
            year: 2024,
            metric: Metric::Placements,
            min,
            max: None,
        }
    }

    #[test]
    fn progress_is_counted_against_the_lower_bound() {
        assert_eq!(placements(14_495).progress_per_mille(7_248), 500);
        assert!(placements(200).is_met(200));
        assert!(!placements(200).is_met(199));
    }

    proptest! {
        #[test]
        fn progress_grows_with_achievement(min in 1i64..1_000_000, a in 0i64..2_000_000, b in 0i64..2_000_000) {
            let t = placements(min);
            let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
            prop_assert!(t.progress_per_mille(lo) <= t.progress_per_mille(hi));
            prop_assert_eq!(t.is_met(hi), t.progress_per_mille(hi) >= 1000);
        }
    }
}
