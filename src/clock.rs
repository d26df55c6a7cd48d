//! Time, injected: every service reads the clock it is given, so deadlines,
//! reports and tests are deterministic.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use time::{Date, OffsetDateTime, UtcOffset};

/// Vietnam's time zone (ICT, UTC+7, no daylight saving).
pub const VIETNAM: UtcOffset = match UtcOffset::from_hms(7, 0, 0) {
    Ok(offset) => offset,
    Err(_) => UtcOffset::UTC,
};

/// A source of the current time.
pub trait Clock: Send + Sync + std::fmt::Debug {
    /// The current instant.
    fn now(&self) -> OffsetDateTime;

    /// The current instant as unix seconds, the form stored in `*_at` columns.
    fn unix(&self) -> i64 {
        self.now().unix_timestamp()
    }

    /// Today's date in Vietnam.
    fn today(&self) -> Date {
        self.now().to_offset(VIETNAM).date()
    }
}

/// A shared clock handle.
pub type SharedClock = Arc<dyn Clock>;

/// The real wall clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc()
    }
}

/// A clock that stands still until told to move; for tests and reports.
#[derive(Debug)]
pub struct FixedClock {
    unix: AtomicI64,
}

impl FixedClock {
    /// A clock fixed at the given instant.
    pub fn at(instant: OffsetDateTime) -> Self {
        Self {
            unix: AtomicI64::new(instant.unix_timestamp()),
        }
    }

    /// Moves the clock forward by `seconds`.
    pub fn advance(&self, seconds: i64) {
        self.unix.fetch_add(seconds, Ordering::SeqCst);
    }
}

impl Clock for FixedClock {
    fn now(&self) -> OffsetDateTime {
        OffsetDateTime::from_unix_timestamp(self.unix.load(Ordering::SeqCst))
            .unwrap_or(OffsetDateTime::UNIX_EPOCH)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::datetime;

    #[test]
    fn today_is_reckoned_in_vietnam_time() {
        // 20:00 UTC on 31 Dec is already 1 Jan in Lào Cai.
        let clock = FixedClock::at(datetime!(2024-12-31 20:00 UTC));
        assert_eq!(clock.today(), time::macros::date!(2025 - 01 - 01));
    }

    #[test]
    fn a_fixed_clock_moves_only_when_advanced() {
        let clock = FixedClock::at(datetime!(2024-06-01 00:00 UTC));
        let before = clock.unix();
        clock.advance(90);
        assert_eq!(clock.unix() - before, 90);
    }
}
