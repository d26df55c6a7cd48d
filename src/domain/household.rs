//! Households and their poverty status, set each year by the commune's review.

use super::text_enum;

text_enum! {
    /// A household's status in a year's poverty review (Decree 07/2021/NĐ-CP).
    pub enum PovertyStatus {
        /// Hộ nghèo.
        Poor = "poor",
        /// Hộ cận nghèo.
        NearPoor = "near_poor",
        /// Hộ mới thoát nghèo.
        RecentlyOut = "recently_out",
        /// None of the above.
        None = "none",
    }
}

impl PovertyStatus {
    /// The Vietnamese name shown to staff.
    pub fn label_vi(self) -> &'static str {
        match self {
            Self::Poor => "Hộ nghèo",
            Self::NearPoor => "Hộ cận nghèo",
            Self::RecentlyOut => "Hộ mới thoát nghèo",
            Self::None => "Không thuộc diện",
        }
    }

    /// Whether the plan serves this household first.
    pub fn is_priority(self) -> bool {
        !matches!(self, Self::None)
    }
}
