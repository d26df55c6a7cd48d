//! Workers (job seekers) and what their profile records.

use super::text_enum;

text_enum! {
    /// Gender as recorded on the worker's papers.
    pub enum Gender {
        Female = "female",
        Male = "male",
        Other = "other",
    }
}

text_enum! {
    /// Highest general education completed.
    pub enum EducationLevel {
        None = "none",
        Primary = "primary",
        LowerSecondary = "lower_secondary",
        UpperSecondary = "upper_secondary",
        College = "college",
        University = "university",
        Postgraduate = "postgraduate",
    }
}

text_enum! {
    /// Highest vocational training completed (Law on Vocational Education).
    pub enum VocationalTraining {
        None = "none",
        /// Under three months.
        UnderThreeMonths = "under_3_months",
        /// Sơ cấp.
        Elementary = "elementary",
        /// Trung cấp.
        Intermediate = "intermediate",
        /// Cao đẳng.
        College = "college",
    }
}
