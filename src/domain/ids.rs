//! Typed ids, so a worker's id can never be passed where a job's is wanted.

macro_rules! typed_id {
    ($($(#[$meta:meta])* $name:ident),+ $(,)?) => {$(
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl $name {
            /// The raw database value.
            pub fn get(self) -> i64 {
                self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::num::ParseIntError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.parse::<i64>().map($name)
            }
        }
    )+};
}

typed_id!(
    /// A job posting.
    JobId,
    /// An employer.
    EmployerId,
    /// A worker (job seeker).
    WorkerId,
    /// A household.
    HouseholdId,
    /// A user account.
    UserId,
    /// A job fair.
    FairId,
    /// A referral of a worker to a job.
    ReferralId,
    /// A recorded placement.
    PlacementId,
    /// A counselling session.
    CounsellingSessionId,
);
