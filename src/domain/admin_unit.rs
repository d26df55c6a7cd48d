//! Administrative units: province, district, commune, with official codes.

use super::text_enum;

text_enum! {
    /// The level of an administrative unit.
    pub enum Level {
        Province = "province",
        District = "district",
        Commune = "commune",
    }
}

/// An administrative unit as read for display.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AdminUnit {
    /// Official code (GSO): 2 digits for a province, 3 for a district, 5 for a commune.
    pub code: String,
    pub parent_code: Option<String>,
    pub level: Level,
    /// The unit's kind as in the official list (`huyen`, `xa`, `phuong`...).
    pub kind: String,
    pub name: String,
    pub name_with_type: String,
    pub is_poor_commune: bool,
}

/// A district with what the home page shows about it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DistrictSummary {
    pub code: String,
    pub name_with_type: String,
    pub commune_count: i64,
    pub open_jobs: i64,
}
