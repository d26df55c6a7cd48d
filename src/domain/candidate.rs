//! Candidates for a posting, as its employer sees them: job seekers who
//! applied and workers the Centre referred, and how the employer moves
//! each one through interview to a decision.

use super::text_enum;

text_enum! {
    /// Where a candidate came from.
    pub enum CandidateSource {
        /// The worker applied through the portal (`applications`).
        Application = "application",
        /// The Centre referred the worker (`referrals`).
        Referral = "referral",
    }
}

text_enum! {
    /// Where a candidate stands. Applications start `submitted`, referrals
    /// `referred`; both share the later steps.
    pub enum CandidateStatus {
        Submitted = "submitted",
        Referred = "referred",
        Interviewed = "interviewed",
        Hired = "hired",
        NotHired = "not_hired",
        Withdrawn = "withdrawn",
    }
}

impl CandidateStatus {
    /// The steps an employer may record.
    pub const EMPLOYER_STEPS: &'static [CandidateStatus] =
        &[Self::Interviewed, Self::Hired, Self::NotHired];

    /// Whether the employer may move a candidate from `self` to `next`. A
    /// hire is undone only by staff rejecting the placement; a withdrawn
    /// candidate is no longer in the running.
    pub fn employer_may_become(self, next: CandidateStatus) -> bool {
        use CandidateStatus::*;
        Self::EMPLOYER_STEPS.contains(&next)
            && self != next
            && matches!(self, Submitted | Referred | Interviewed | NotHired)
    }

    /// The Vietnamese name.
    pub fn label_vi(self) -> &'static str {
        match self {
            Self::Submitted => "Đã nộp hồ sơ",
            Self::Referred => "Được Trung tâm giới thiệu",
            Self::Interviewed => "Đã phỏng vấn",
            Self::Hired => "Đã tuyển",
            Self::NotHired => "Không tuyển",
            Self::Withdrawn => "Đã rút hồ sơ",
        }
    }

    /// The English name.
    pub fn label_en(self) -> &'static str {
        match self {
            Self::Submitted => "Applied",
            Self::Referred => "Referred by the Centre",
            Self::Interviewed => "Interviewed",
            Self::Hired => "Hired",
            Self::NotHired => "Not hired",
            Self::Withdrawn => "Withdrawn",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn employers_move_candidates_forward_but_never_undo_a_hire() {
        use CandidateStatus::*;
        assert!(Submitted.employer_may_become(Interviewed));
        assert!(Referred.employer_may_become(Hired));
        assert!(NotHired.employer_may_become(Hired));
        assert!(!Hired.employer_may_become(NotHired));
        assert!(!Withdrawn.employer_may_become(Interviewed));
        assert!(!Interviewed.employer_may_become(Submitted));
        assert!(!Interviewed.employer_may_become(Interviewed));
    }
}
