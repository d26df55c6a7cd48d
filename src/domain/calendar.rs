//! Vietnamese public holidays and the Vietnamese lunar calendar, for counting working days.
//!
//! Deadlines at employment service centres are counted in working days, so the service needs
//! to know which dates are public holidays. Most holidays follow the solar calendar, but
//! Tết Nguyên đán and Giỗ Tổ Hùng Vương follow the Vietnamese lunar calendar.
//!
//! The holiday list itself is data (`reference/holidays.toml`, parsed into
//! [`HolidayFile`]); this module provides:
//!
//! * the types that file deserialises into ([`Holiday`], [`HolidayKind`], [`HolidayFile`]);
//! * [`HolidayCalendar`], which answers "is this a working day?" and counts working days;
//! * an implementation of the Vietnamese lunar calendar ([`solar_to_lunar`],
//!   [`lunar_to_solar`], [`lunar_new_year`], [`hung_kings_day`]) used to check the lunar
//!   holidays in the data file.
//!
//! # The lunar calendar
//!
//! The conversion follows the astronomical method published by Hồ Ngọc Đức: new moons and
//! the sun's longitude come from truncated series (after Jean Meeus), and every instant is
//! reduced to a civil date in UTC+7, the time zone Vietnam has used for its calendar since
//! 1968. A lunar month starts on the local date of a new moon; month 11 is the month that
//! contains the winter solstice; when 13 new moons fall between two such months, the first
//! month in which the sun enters no new 30° sign of longitude (no major solar term) is the
//! leap month and repeats the number of the month before it.
//!
//! Because the time zone is UTC+7 rather than China's UTC+8, the result occasionally differs
//! from the Chinese calendar (Tết 1985, 2007 and 2030, for example). The implementation is
//! checked against known dates from 1968 to 2033 and should be trusted for 1900–2100; outside
//! that range it still returns a value (and never panics), but the series lose accuracy.
//! Compared with an exact ephemeris over 1900–2100, every month number and leap month agrees;
//! only three month starts differ by one day (June 1944, December 2072, November 2077), each
//! time because the new moon falls within two minutes of local midnight, closer than the
//! series can resolve.
//!
//! Everything here is pure computation: no I/O, no clock.

use std::collections::BTreeMap;
use std::collections::btree_map::Entry;
use std::fmt;

use serde::{Deserialize, Serialize};
use time::{Date, Duration, Weekday};

/// What kind of day off a [`Holiday`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HolidayKind {
    /// A single public holiday (New Year's Day, 30 April, National Day, ...).
    Public,
    /// One day of the Lunar New Year (Tết Nguyên đán) break.
    Tet,
}

/// One public holiday on one date, as listed in `reference/holidays.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holiday {
    /// The (solar, Gregorian) date of the day off; written `"YYYY-MM-DD"` in the data file.
    #[serde(with = "iso_date")]
    pub date: Date,
    /// Vietnamese name, shown to users first.
    pub name_vi: String,
    /// English name.
    pub name_en: String,
    /// Whether the day belongs to the Tết break or is a single public holiday.
    pub kind: HolidayKind,
}

/// The whole holiday data file: `[[holiday]]` tables, parsed with `toml::from_str`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HolidayFile {
    /// Every `[[holiday]]` entry, in file order.
    #[serde(default)]
    pub holiday: Vec<Holiday>,
}

/// Errors raised while building a [`HolidayCalendar`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    /// Two entries share a date, which would make the holiday for that day ambiguous.
    #[error("Ngày nghỉ lễ bị trùng: {date} / Duplicate holiday date: {date}")]
    DuplicateDate {
        /// The date listed more than once.
        date: Date,
    },
}

/// A date in the Vietnamese lunar calendar (âm lịch).
///
/// `year` is the Gregorian year in which the lunar year begins (the year of its Tết), so the
/// last days of the twelfth month usually fall in January or February of `year + 1`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LunarDate {
    /// Lunar year, numbered by the Gregorian year of its first day.
    pub year: i32,
    /// Month, 1–12 (month 12 is tháng Chạp).
    pub month: u8,
    /// Day of the month, 1–30.
    pub day: u8,
    /// True for the days of a leap month (tháng nhuận), which repeats `month`.
    pub is_leap_month: bool,
}

impl fmt::Display for LunarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.day, self.month)?;
        if self.is_leap_month {
            f.write_str(" nhuận")?;
        }
        write!(f, "/{} âm lịch", self.year)
    }
}

/// Holidays indexed by date, answering working-day questions.
///
/// A working day is Monday to Friday and not a listed holiday; Saturdays and Sundays are never
/// working days. Compensatory days off (when a holiday falls on a weekend) and days swapped by
/// government decision count only if they are listed as holidays.
#[derive(Debug, Clone, Default)]
pub struct HolidayCalendar {
    by_date: BTreeMap<Date, Holiday>,
}

impl HolidayCalendar {
    /// Builds the calendar, refusing a list in which two holidays share a date.
    pub fn new(holidays: Vec<Holiday>) -> Result<Self, CalendarError> {
        let mut by_date = BTreeMap::new();
        for holiday in holidays {
            match by_date.entry(holiday.date) {
                Entry::Occupied(_) => {
                    return Err(CalendarError::DuplicateDate { date: holiday.date });
                }
                Entry::Vacant(slot) => {
                    slot.insert(holiday);
                }
            }
        }
        Ok(Self { by_date })
    }

    /// The holiday falling on `date`, if any.
    pub fn holiday_on(&self, date: Date) -> Option<&Holiday> {
        self.by_date.get(&date)
    }

    /// True when `date` is Monday–Friday and not a holiday.
    pub fn is_working_day(&self, date: Date) -> bool {
        is_weekday(date) && !self.by_date.contains_key(&date)
    }

    /// Number of working days from `from` to `to`, counting both ends; 0 when `from > to`.
    pub fn working_days_between(&self, from: Date, to: Date) -> u32 {
        if from > to {
            return 0;
        }
        let total_days = (to - from).whole_days() + 1;
        // Every run of seven consecutive days holds exactly five weekdays; only the
        // leftover days (taken from the end of the range) need looking at.
        let mut weekdays = total_days / 7 * 5;
        for back in 0..total_days % 7 {
            if let Some(day) = to.checked_sub(Duration::days(back))
                && is_weekday(day)
            {
                weekdays += 1;
            }
        }
        let holidays_on_weekdays = self
            .by_date
            .range(from..=to)
            .filter(|(date, _)| is_weekday(**date))
            .count();
        let holidays_on_weekdays = i64::try_from(holidays_on_weekdays).unwrap_or(i64::MAX);
        u32::try_from(weekdays.saturating_sub(holidays_on_weekdays).max(0)).unwrap_or(u32::MAX)
    }

    /// The holidays of one Gregorian year, in date order.
    pub fn holidays_in_year(&self, year: i32) -> impl Iterator<Item = &Holiday> {
        let first_day = Date::from_calendar_date(year, time::Month::January, 1).ok();
        first_day
            .into_iter()
            .flat_map(move |start| self.by_date.range(start..))
            .map(|(_, holiday)| holiday)
            .take_while(move |holiday| holiday.date.year() == year)
    }

    /// Every holiday, in date order.
    pub fn holidays(&self) -> impl Iterator<Item = &Holiday> {
        self.by_date.values()
    }

    /// Number of holidays in the calendar.
    pub fn len(&self) -> usize {
        self.by_date.len()
    }

    /// True when the calendar holds no holiday at all.
    pub fn is_empty(&self) -> bool {
        self.by_date.is_empty()
    }
}

fn is_weekday(date: Date) -> bool {
    !matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday)
}

/// Serde helper: a [`Date`] written as `"YYYY-MM-DD"`.
///
/// A TOML local date written without quotes (`date = 2024-01-01`) is accepted as well.
mod iso_date {
    use std::fmt;

    use serde::de::{self, MapAccess, Visitor};
    use serde::{Deserializer, Serializer};
    use time::Date;
    use time::format_description::BorrowedFormatItem;
    use time::macros::format_description;

    const FORMAT: &[BorrowedFormatItem<'static>] = format_description!("[year]-[month]-[day]");

    pub(super) fn serialize<S: Serializer>(date: &Date, serializer: S) -> Result<S::Ok, S::Error> {
        let text = date.format(FORMAT).map_err(serde::ser::Error::custom)?;
        serializer.serialize_str(&text)
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Date, D::Error> {
        deserializer.deserialize_any(DateVisitor)
    }

    fn parse<E: de::Error>(text: &str) -> Result<Date, E> {
        Date::parse(text, FORMAT).map_err(|err| {
            E::custom(format!(
                "ngày không hợp lệ {text:?}, cần dạng YYYY-MM-DD / \
                 invalid date {text:?}, expected YYYY-MM-DD ({err})"
            ))
        })
    }

    struct DateVisitor;

    impl<'de> Visitor<'de> for DateVisitor {
        type Value = Date;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a date written \"YYYY-MM-DD\"")
        }

        fn visit_str<E: de::Error>(self, text: &str) -> Result<Date, E> {
            parse(text)
        }

        // The `toml` crate hands an unquoted TOML date over as a one-entry map whose value is
        // the date's text.
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Date, A::Error> {
            let Some((_, text)) = map.next_entry::<de::IgnoredAny, String>()? else {
                return Err(de::Error::invalid_length(0, &self));
            };
            if map
                .next_entry::<de::IgnoredAny, de::IgnoredAny>()?
                .is_some()
            {
                return Err(de::Error::invalid_length(2, &self));
            }
            parse(&text)
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Lunar calendar
// ---------------------------------------------------------------------------------------------

/// Hours east of UTC of the meridian the calendar is computed for.
const TIME_ZONE_HOURS: f64 = 7.0;
/// Julian date of the mean new moon of 1900-01-01, the origin of the lunation count `k`.
const LUNATION_ZERO: f64 = 2_415_021.076_998_695;
/// Mean length of a synodic month, in days.
const SYNODIC_MONTH: f64 = 29.530_588_853;

/// Converts a Gregorian date to the Vietnamese lunar calendar.
///
/// Accurate for 1900–2100; outside that range the answer is approximate.
pub fn solar_to_lunar(date: Date) -> LunarDate {
    let day_number = i64::from(date.to_julian_day());
    let year = i64::from(date.year());

    let month_start = new_moon_on_or_before(day_number);
    let (lunar_year, month11_before, month11_after) = {
        let this_month11 = month11(year);
        if this_month11 >= month_start {
            (year, month11(year - 1), this_month11)
        } else {
            (year + 1, this_month11, month11(year + 1))
        }
    };

    // Months elapsed since month 11; every month has 29 or 30 days, so dividing by 29 is exact.
    let months_after_11 = (month_start - month11_before).div_euclid(29);
    let mut month = months_after_11 + 11;
    let mut is_leap_month = false;
    if month11_after - month11_before > 365 {
        let leap_offset = leap_month_offset(month11_before);
        if months_after_11 >= leap_offset {
            month = months_after_11 + 10;
            is_leap_month = months_after_11 == leap_offset;
        }
    }
    if month > 12 {
        month -= 12;
    }
    // Months 11 and 12 right after the solstice still belong to the previous lunar year.
    let lunar_year = if month >= 11 && months_after_11 < 4 {
        lunar_year - 1
    } else {
        lunar_year
    };

    LunarDate {
        year: i32::try_from(lunar_year).unwrap_or(date.year()),
        month: u8::try_from(month).unwrap_or(1),
        day: u8::try_from(day_number - month_start + 1).unwrap_or(1),
        is_leap_month,
    }
}

/// Converts a lunar date to the Gregorian calendar.
///
/// Returns `None` when the lunar date does not exist: a month outside 1–12, a day outside the
/// month (day 30 of a 29-day month), or `leap = true` for a month that is not the year's leap
/// month. Accurate for 1900–2100.
pub fn lunar_to_solar(year: i32, month: u8, day: u8, leap: bool) -> Option<Date> {
    if day == 0 || !(Date::MIN.year()..=Date::MAX.year()).contains(&year) {
        return None;
    }
    let (start, next_start) = lunar_month_bounds(i64::from(year), month, leap)?;
    let julian_day = start + i64::from(day) - 1;
    if julian_day >= next_start {
        return None;
    }
    Date::from_julian_day(i32::try_from(julian_day).ok()?).ok()
}

/// The Gregorian date of Tết Nguyên đán (1st day of the 1st lunar month) of `year`.
pub fn lunar_new_year(year: i32) -> Date {
    regular_month_day(year, 1, 1)
}

/// The Gregorian date of Giỗ Tổ Hùng Vương (10th day of the 3rd lunar month) of `year`.
pub fn hung_kings_day(year: i32) -> Date {
    regular_month_day(year, 3, 10)
}

/// Day `day` of the non-leap month `month` of lunar `year`, saturating at the limits of
/// [`Date`] for years far outside the supported range.
fn regular_month_day(year: i32, month: u8, day: u8) -> Date {
    if year < Date::MIN.year() {
        return Date::MIN;
    }
    if year > Date::MAX.year() {
        return Date::MAX;
    }
    let start = lunar_month_bounds(i64::from(year), month, false)
        .map_or(i64::from(Date::MIN.to_julian_day()), |(start, _)| start);
    date_from_julian_day_saturating(start + i64::from(day) - 1)
}

fn date_from_julian_day_saturating(julian_day: i64) -> Date {
    let min = i64::from(Date::MIN.to_julian_day());
    let max = i64::from(Date::MAX.to_julian_day());
    i32::try_from(julian_day.clamp(min, max))
        .ok()
        .and_then(|day| Date::from_julian_day(day).ok())
        .unwrap_or(if julian_day < min {
            Date::MIN
        } else {
            Date::MAX
        })
}

/// Julian day numbers of the first day of the given lunar month and of the month after it.
fn lunar_month_bounds(year: i64, month: u8, leap: bool) -> Option<(i64, i64)> {
    if !(1..=12).contains(&month) {
        return None;
    }
    let month = i64::from(month);
    // The lunar year runs inside the span from one month 11 to the next; months 11 and 12 of
    // `year` come after the solstice of Gregorian `year`.
    let (month11_before, month11_after) = if month < 11 {
        (month11(year - 1), month11(year))
    } else {
        (month11(year), month11(year + 1))
    };
    let mut offset = (month - 11).rem_euclid(12);
    if month11_after - month11_before > 365 {
        let leap_offset = leap_month_offset(month11_before);
        let leap_month = (leap_offset - 2).rem_euclid(12);
        let leap_month = if leap_month == 0 { 12 } else { leap_month };
        if leap && month != leap_month {
            return None;
        }
        if leap || offset >= leap_offset {
            offset += 1;
        }
    } else if leap {
        return None;
    }
    let k = lunation_of(month11_before) + offset;
    Some((new_moon_day(k), new_moon_day(k + 1)))
}

/// Lunation number `k` of a day that is known to be a new-moon day.
fn lunation_of(new_moon_julian_day: i64) -> i64 {
    ((new_moon_julian_day as f64 - LUNATION_ZERO) / SYNODIC_MONTH + 0.5).floor() as i64
}

/// Julian day number of the first day of the lunar month containing `day_number`.
fn new_moon_on_or_before(day_number: i64) -> i64 {
    let mut k = ((day_number as f64 - LUNATION_ZERO) / SYNODIC_MONTH).floor() as i64;
    // The estimate from the mean month can be one lunation off either way, because a true
    // new moon can be over half a day from the mean one; a few steps always settle it.
    for _ in 0..4 {
        if new_moon_day(k) > day_number {
            k -= 1;
        } else if new_moon_day(k + 1) <= day_number {
            k += 1;
        } else {
            break;
        }
    }
    new_moon_day(k)
}

/// Julian day number of the local (UTC+7) date of the `k`-th new moon after 1900-01-01.
fn new_moon_day(k: i64) -> i64 {
    let k = k as f64;
    let t = k / 1236.85; // Julian centuries since 1900-01-01
    let t2 = t * t;
    let t3 = t2 * t;
    let rad = std::f64::consts::PI / 180.0;

    // Mean new moon.
    let mut jd = 2_415_020.759_33 + 29.530_588_68 * k + 0.000_117_8 * t2 - 0.000_000_155 * t3;
    jd += 0.000_33 * ((166.56 + 132.87 * t - 0.009_173 * t2) * rad).sin();

    // Sun's and Moon's mean anomalies and the Moon's argument of latitude, in degrees.
    let sun_anomaly = 359.224_2 + 29.105_356_08 * k - 0.000_033_3 * t2 - 0.000_003_47 * t3;
    let moon_anomaly = 306.025_3 + 385.816_918_06 * k + 0.010_730_6 * t2 + 0.000_012_36 * t3;
    let latitude = 21.296_4 + 390.670_506_46 * k - 0.001_652_8 * t2 - 0.000_002_39 * t3;
    let sin = |degrees: f64| (degrees * rad).sin();

    let correction = (0.173_4 - 0.000_393 * t) * sin(sun_anomaly)
        + 0.002_1 * sin(2.0 * sun_anomaly)
        - 0.406_8 * sin(moon_anomaly)
        + 0.016_1 * sin(2.0 * moon_anomaly)
        - 0.000_4 * sin(3.0 * moon_anomaly)
        + 0.010_4 * sin(2.0 * latitude)
        - 0.005_1 * sin(sun_anomaly + moon_anomaly)
        - 0.007_4 * sin(sun_anomaly - moon_anomaly)
        + 0.000_4 * sin(2.0 * latitude + sun_anomaly)
        - 0.000_4 * sin(2.0 * latitude - sun_anomaly)
        - 0.000_6 * sin(2.0 * latitude + moon_anomaly)
        + 0.001_0 * sin(2.0 * latitude - moon_anomaly)
        + 0.000_5 * sin(2.0 * moon_anomaly + sun_anomaly);

    // Difference between terrestrial and universal time, in days.
    let delta_t = if t < -11.0 {
        0.001 + 0.000_839 * t + 0.000_226_1 * t2 - 0.000_008_45 * t3 - 0.000_000_081 * t * t3
    } else {
        -0.000_278 + 0.000_265 * t + 0.000_262 * t2
    };

    let new_moon = jd + correction - delta_t;
    (new_moon + 0.5 + TIME_ZONE_HOURS / 24.0).floor() as i64
}

/// Which 30° sign of ecliptic longitude (0 = 0°–30°, ..., 9 = 270°–300°) the Sun is in at the
/// local (UTC+7) midnight that starts the day with Julian day number `day_number`.
///
/// Two consecutive lunar months starting in the same sign mean the first of them contains no
/// major solar term.
fn sun_sign(day_number: i64) -> i64 {
    let t = (day_number as f64 - 2_451_545.5 - TIME_ZONE_HOURS / 24.0) / 36_525.0; // since J2000
    let t2 = t * t;
    let rad = std::f64::consts::PI / 180.0;
    let mean_anomaly = 357.529_10 + 35_999.050_30 * t - 0.000_155_9 * t2 - 0.000_000_48 * t * t2;
    let mean_longitude = 280.466_45 + 36_000.769_83 * t + 0.000_303_2 * t2;
    let centre = (1.914_600 - 0.004_817 * t - 0.000_014 * t2) * (mean_anomaly * rad).sin()
        + (0.019_993 - 0.000_101 * t) * (2.0 * mean_anomaly * rad).sin()
        + 0.000_290 * (3.0 * mean_anomaly * rad).sin();
    let longitude = (mean_longitude + centre).rem_euclid(360.0);
    ((longitude / 30.0).floor() as i64).rem_euclid(12)
}

/// Julian day number of the first day of lunar month 11 of Gregorian `year`, the month that
/// contains that year's December solstice.
fn month11(year: i64) -> i64 {
    let offset = gregorian_to_julian_day(year, 12, 31) - 2_415_021;
    let k = (offset as f64 / SYNODIC_MONTH).floor() as i64;
    let new_moon = new_moon_day(k);
    // A month starting with the Sun already past 270° began after the solstice.
    if sun_sign(new_moon) >= 9 {
        new_moon_day(k - 1)
    } else {
        new_moon
    }
}

/// For a 13-month lunar year starting at month 11 (`month11_start`), how many months after
/// month 11 the leap month comes: the first month with no major solar term.
fn leap_month_offset(month11_start: i64) -> i64 {
    let k = lunation_of(month11_start);
    let mut offset = 1;
    let mut sign = sun_sign(new_moon_day(k + 1));
    while offset < 13 {
        let next_sign = sun_sign(new_moon_day(k + offset + 1));
        if next_sign == sign {
            break;
        }
        sign = next_sign;
        offset += 1;
    }
    offset
}

/// Julian day number of a proleptic Gregorian date (same numbering as [`Date::to_julian_day`]).
fn gregorian_to_julian_day(year: i64, month: i64, day: i64) -> i64 {
    let a = (14 - month) / 12;
    let y = year + 4800 - a;
    let m = month + 12 * a - 3;
    day + (153 * m + 2) / 5 + 365 * y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400)
        - 32_045
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use std::collections::HashSet;

    use proptest::prelude::*;
    use time::macros::date;

    use super::*;

    const REFERENCE_TOML: &str = include_str!("../../reference/holidays.toml");
    const FIRST_YEAR: i32 = 2024;
    const LAST_YEAR: i32 = 2030;

    fn reference_holidays() -> Vec<Holiday> {
        toml::from_str::<HolidayFile>(REFERENCE_TOML)
            .expect("reference/holidays.toml parses")
            .holiday
    }

    fn reference_calendar() -> HolidayCalendar {
        HolidayCalendar::new(reference_holidays()).expect("no duplicate dates")
    }

    fn lunar(year: i32, month: u8, day: u8, is_leap_month: bool) -> LunarDate {
        LunarDate {
            year,
            month,
            day,
            is_leap_month,
        }
    }

    fn holiday(date: Date, name: &str) -> Holiday {
        Holiday {
            date,
            name_vi: name.to_owned(),
            name_en: name.to_owned(),
            kind: HolidayKind::Public,
        }
    }

    // ----- lunar calendar ---------------------------------------------------------------------

    #[test]
    fn tet_matches_known_dates_2023_to_2030() {
        let known = [
            (2023, date!(2023 - 01 - 22)),
            (2024, date!(2024 - 02 - 10)),
            (2025, date!(2025 - 01 - 29)),
            (2026, date!(2026 - 02 - 17)),
            (2027, date!(2027 - 02 - 06)),
            (2028, date!(2028 - 01 - 26)),
            (2029, date!(2029 - 02 - 13)),
            // Not 3 February as in China: the new moon is at 23:07 in UTC+7 on 2 February.
            (2030, date!(2030 - 02 - 02)),
        ];
        for (year, tet) in known {
            assert_eq!(lunar_new_year(year), tet, "Tết {year}");
            assert_eq!(solar_to_lunar(tet), lunar(year, 1, 1, false));
            assert_eq!(lunar_to_solar(year, 1, 1, false), Some(tet));
        }
    }

    #[test]
    fn tet_uses_vietnamese_time_zone_where_it_differs_from_china() {
        // Chinese New Year fell on 1968-01-30, 1985-02-20 and 2007-02-18.
        assert_eq!(lunar_new_year(1968), date!(1968 - 01 - 29));
        assert_eq!(lunar_new_year(1985), date!(1985 - 01 - 21));
        assert_eq!(lunar_new_year(2007), date!(2007 - 02 - 17));
    }

    #[test]
    fn hung_kings_day_matches_known_dates() {
        let known = [
            (2023, date!(2023 - 04 - 29)), // late, after the leap 2nd month
            (2024, date!(2024 - 04 - 18)),
            (2025, date!(2025 - 04 - 07)),
            (2026, date!(2026 - 04 - 26)),
            (2027, date!(2027 - 04 - 16)),
            (2028, date!(2028 - 04 - 04)),
            (2029, date!(2029 - 04 - 23)),
            (2030, date!(2030 - 04 - 12)),
        ];
        for (year, day) in known {
            assert_eq!(hung_kings_day(year), day, "Giỗ Tổ Hùng Vương {year}");
            assert_eq!(solar_to_lunar(day), lunar(year, 3, 10, false));
        }
    }

    #[test]
    fn year_2023_has_leap_second_month() {
        assert_eq!(
            lunar_to_solar(2023, 2, 1, false),
            Some(date!(2023 - 02 - 20))
        );
        assert_eq!(
            lunar_to_solar(2023, 2, 1, true),
            Some(date!(2023 - 03 - 22))
        );
        assert_eq!(
            lunar_to_solar(2023, 3, 1, false),
            Some(date!(2023 - 04 - 20))
        );
        assert_eq!(
            solar_to_lunar(date!(2023 - 03 - 21)),
            lunar(2023, 2, 30, false)
        );
        assert_eq!(
            solar_to_lunar(date!(2023 - 03 - 22)),
            lunar(2023, 2, 1, true)
        );
        assert_eq!(
            solar_to_lunar(date!(2023 - 04 - 19)),
            lunar(2023, 2, 29, true)
        );
        assert_eq!(
            lunar_to_solar(2023, 2, 30, true),
            None,
            "leap month has 29 days"
        );
        assert_eq!(
            lunar_to_solar(2023, 3, 1, true),
            None,
            "3rd month is not leap"
        );
    }

    #[test]
    fn year_2025_has_leap_sixth_month() {
        assert_eq!(
            lunar_to_solar(2025, 6, 1, true),
            Some(date!(2025 - 07 - 25))
        );
        assert_eq!(
            solar_to_lunar(date!(2025 - 07 - 25)),
            lunar(2025, 6, 1, true)
        );
        assert_eq!(
            solar_to_lunar(date!(2025 - 08 - 23)),
            lunar(2025, 7, 1, false)
        );
    }

    #[test]
    fn leap_months_2024_to_2030() {
        let mut found = Vec::new();
        for year in 2024..=2030 {
            for month in 1..=12 {
                if let Some(start) = lunar_to_solar(year, month, 1, true) {
                    found.push((year, month, start));
                }
            }
        }
        assert_eq!(
            found,
            [
                (2025, 6, date!(2025 - 07 - 25)),
                (2028, 5, date!(2028 - 06 - 23))
            ]
        );
    }

    #[test]
    fn leap_eleventh_month_of_2033() {
        // The "2033 problem": a leap month after the winter solstice.
        assert_eq!(
            lunar_to_solar(2033, 11, 1, true),
            Some(date!(2033 - 12 - 22))
        );
        assert_eq!(
            solar_to_lunar(date!(2034 - 01 - 20)),
            lunar(2033, 12, 1, false)
        );
    }

    #[test]
    fn months_11_and_12_belong_to_the_previous_lunar_year() {
        assert_eq!(
            solar_to_lunar(date!(2023 - 12 - 13)),
            lunar(2023, 11, 1, false)
        );
        assert_eq!(
            solar_to_lunar(date!(2024 - 01 - 01)),
            lunar(2023, 11, 20, false)
        );
        assert_eq!(
            solar_to_lunar(date!(2024 - 01 - 11)),
            lunar(2023, 12, 1, false)
        );
        assert_eq!(
            solar_to_lunar(date!(2024 - 02 - 09)),
            lunar(2023, 12, 30, false)
        );
        assert_eq!(
            lunar_to_solar(2023, 12, 30, false),
            Some(date!(2024 - 02 - 09))
        );
    }

    #[test]
    fn impossible_lunar_dates_are_none() {
        // Tháng Chạp of lunar year 2024 has 29 days: 2025 has no "30 Tết".
        assert_eq!(
            lunar_to_solar(2024, 12, 29, false),
            Some(date!(2025 - 01 - 28))
        );
        assert_eq!(lunar_to_solar(2024, 12, 30, false), None);
        assert_eq!(lunar_to_solar(2024, 1, 0, false), None);
        assert_eq!(lunar_to_solar(2024, 1, 31, false), None);
        assert_eq!(lunar_to_solar(2024, 0, 1, false), None);
        assert_eq!(lunar_to_solar(2024, 13, 1, false), None);
        assert_eq!(
            lunar_to_solar(2024, 4, 1, true),
            None,
            "2024 has no leap month"
        );
    }

    #[test]
    fn julian_day_formula_agrees_with_time() {
        let mut day = date!(1890 - 01 - 01);
        while day < date!(2110 - 01 - 01) {
            let expected = i64::from(day.to_julian_day());
            let got = gregorian_to_julian_day(
                i64::from(day.year()),
                i64::from(u8::from(day.month())),
                i64::from(day.day()),
            );
            assert_eq!(got, expected, "{day}");
            day += Duration::days(13);
        }
        for day in [
            Date::MIN,
            Date::MAX,
            date!(-0001 - 03 - 01),
            date!(0000 - 02 - 29),
        ] {
            let got = gregorian_to_julian_day(
                i64::from(day.year()),
                i64::from(u8::from(day.month())),
                i64::from(day.day()),
            );
            assert_eq!(got, i64::from(day.to_julian_day()), "{day}");
        }
    }

    #[test]
    fn extreme_inputs_do_not_panic() {
        for date in [
            Date::MIN,
            Date::MAX,
            date!(1000 - 06 - 15),
            date!(3000 - 06 - 15),
        ] {
            let lunar = solar_to_lunar(date);
            assert!((1..=12).contains(&lunar.month), "{date}: {lunar:?}");
            assert!((1..=30).contains(&lunar.day), "{date}: {lunar:?}");
        }
        for year in [i32::MIN, -10_000, 10_000, i32::MAX] {
            let _ = lunar_new_year(year);
            let _ = hung_kings_day(year);
            let _ = lunar_to_solar(year, 12, 30, false);
            let _ = lunar_to_solar(year, 5, 1, true);
        }
    }

    #[test]
    fn every_day_from_1900_to_2100_round_trips() {
        let mut date = date!(1900 - 01 - 01);
        let mut month_length = 0;
        while date <= date!(2100 - 12 - 31) {
            let lunar = solar_to_lunar(date);
            let back = lunar_to_solar(lunar.year, lunar.month, lunar.day, lunar.is_leap_month);
            assert_eq!(back, Some(date), "{date} -> {lunar}");
            if lunar.day == 1 {
                assert!(
                    month_length == 0 || (29..=30).contains(&month_length),
                    "{date}"
                );
                month_length = 0;
            }
            month_length += 1;
            date += Duration::days(1);
        }
    }

    #[test]
    fn lunar_date_display() {
        assert_eq!(
            solar_to_lunar(date!(2023 - 03 - 22)).to_string(),
            "1/2 nhuận/2023 âm lịch"
        );
        assert_eq!(
            solar_to_lunar(date!(2024 - 04 - 18)).to_string(),
            "10/3/2024 âm lịch"
        );
    }

    proptest! {
        #[test]
        fn lunar_round_trip_1950_to_2099(
            julian_day in date!(1950 - 01 - 01).to_julian_day()..=date!(2099 - 12 - 31).to_julian_day()
        ) {
            let date = Date::from_julian_day(julian_day).unwrap();
            let lunar = solar_to_lunar(date);
            prop_assert!((1..=12).contains(&lunar.month), "{:?}", lunar);
            prop_assert!((1..=30).contains(&lunar.day), "{:?}", lunar);
            prop_assert_eq!(
                lunar_to_solar(lunar.year, lunar.month, lunar.day, lunar.is_leap_month),
                Some(date)
            );
        }

        #[test]
        fn consecutive_days_advance_the_lunar_date(
            julian_day in date!(1950 - 01 - 01).to_julian_day()..=date!(2099 - 12 - 30).to_julian_day()
        ) {
            let today = solar_to_lunar(Date::from_julian_day(julian_day).unwrap());
            let tomorrow = solar_to_lunar(Date::from_julian_day(julian_day + 1).unwrap());
            if tomorrow.day == 1 {
                prop_assert!(today.day == 29 || today.day == 30, "{:?}", today);
            } else {
                prop_assert_eq!(tomorrow, LunarDate { day: today.day + 1, ..today });
            }
        }

        #[test]
        fn working_days_between_matches_day_by_day_count(
            start in date!(2023 - 12 - 01).to_julian_day()..=date!(2031 - 01 - 31).to_julian_day(),
            length in -3i32..800,
        ) {
            let calendar = reference_calendar();
            let from = Date::from_julian_day(start).unwrap();
            let to = Date::from_julian_day(start + length).unwrap();
            let mut expected = 0;
            let mut day = from;
            while day <= to {
                if calendar.is_working_day(day) {
                    expected += 1;
                }
                day += Duration::days(1);
            }
            prop_assert_eq!(calendar.working_days_between(from, to), expected);
        }
    }

    // ----- holiday calendar -------------------------------------------------------------------

    #[test]
    fn duplicate_dates_are_rejected_and_named() {
        let err = HolidayCalendar::new(vec![
            holiday(date!(2024 - 02 - 10), "a"),
            holiday(date!(2024 - 02 - 11), "b"),
            holiday(date!(2024 - 02 - 10), "c"),
        ])
        .unwrap_err();
        assert_eq!(
            err,
            CalendarError::DuplicateDate {
                date: date!(2024 - 02 - 10)
            }
        );
        assert_eq!(
            err.to_string(),
            "Ngày nghỉ lễ bị trùng: 2024-02-10 / Duplicate holiday date: 2024-02-10"
        );
    }

    #[test]
    fn working_days_exclude_weekends_and_holidays() {
        let calendar = reference_calendar();
        assert!(
            !calendar.is_working_day(date!(2024 - 02 - 09)),
            "30 Tết, a Friday"
        );
        assert!(
            !calendar.is_working_day(date!(2024 - 02 - 10)),
            "mùng 1, a Saturday"
        );
        assert!(
            calendar.is_working_day(date!(2024 - 02 - 15)),
            "an ordinary Thursday"
        );
        assert!(!calendar.is_working_day(date!(2024 - 02 - 17)), "Saturday");
        assert!(!calendar.is_working_day(date!(2024 - 02 - 18)), "Sunday");
        assert_eq!(
            calendar
                .holiday_on(date!(2024 - 04 - 18))
                .map(|h| h.name_en.as_str()),
            Some("Hung Kings' Commemoration Day (10th day of the 3rd lunar month)")
        );
        assert_eq!(calendar.holiday_on(date!(2024 - 04 - 19)), None);
    }

    #[test]
    fn working_days_between_counts_both_ends() {
        let calendar = reference_calendar();
        // Two weeks holding Tết 2024: ten weekdays, of which 9, 12 and 13 February are off.
        assert_eq!(
            calendar.working_days_between(date!(2024 - 02 - 05), date!(2024 - 02 - 18)),
            7
        );
        assert_eq!(
            calendar.working_days_between(date!(2024 - 02 - 15), date!(2024 - 02 - 15)),
            1
        );
        assert_eq!(
            calendar.working_days_between(date!(2024 - 02 - 17), date!(2024 - 02 - 17)),
            0
        );
        assert_eq!(
            calendar.working_days_between(date!(2024 - 02 - 09), date!(2024 - 02 - 09)),
            0
        );
        assert_eq!(
            calendar.working_days_between(date!(2024 - 02 - 16), date!(2024 - 02 - 15)),
            0
        );
        let empty = HolidayCalendar::default();
        assert!(empty.is_empty());
        assert_eq!(
            empty.working_days_between(date!(2024 - 01 - 01), date!(2024 - 12 - 31)),
            262
        );
        // A 400-year Gregorian cycle is exactly 20,871 weeks.
        assert_eq!(
            empty.working_days_between(date!(2000 - 01 - 01), date!(2399 - 12 - 31)),
            104_355
        );
        assert!(empty.working_days_between(Date::MIN, Date::MAX) > 5_000_000);
    }

    #[test]
    fn holidays_in_year_are_sorted_and_limited_to_the_year() {
        let calendar = reference_calendar();
        for year in FIRST_YEAR..=LAST_YEAR {
            let dates: Vec<Date> = calendar.holidays_in_year(year).map(|h| h.date).collect();
            assert_eq!(dates.len(), 11, "{year}");
            assert!(dates.windows(2).all(|pair| pair[0] < pair[1]), "{year}");
            assert!(dates.iter().all(|date| date.year() == year), "{year}");
        }
        assert_eq!(calendar.holidays_in_year(2023).count(), 0);
        assert_eq!(calendar.holidays_in_year(2031).count(), 0);
        assert_eq!(calendar.holidays_in_year(i32::MAX).count(), 0);
        assert_eq!(calendar.holidays_in_year(i32::MIN).count(), 0);
        assert_eq!(calendar.len(), calendar.holidays().count());
    }

    #[test]
    fn holiday_dates_deserialise_from_strings_and_toml_dates() {
        let quoted = "[[holiday]]\ndate = \"2026-02-17\"\nname_vi = \"x\"\nname_en = \"y\"\nkind = \"tet\"\n";
        let bare = quoted.replace("\"2026-02-17\"", "2026-02-17");
        for text in [quoted, bare.as_str()] {
            let file: HolidayFile = toml::from_str(text).unwrap();
            assert_eq!(file.holiday.len(), 1);
            assert_eq!(file.holiday[0].date, date!(2026 - 02 - 17));
            assert_eq!(file.holiday[0].kind, HolidayKind::Tet);
        }

        let bad_date = quoted.replace("2026-02-17", "2026-02-30");
        let err = toml::from_str::<HolidayFile>(&bad_date)
            .unwrap_err()
            .to_string();
        assert!(err.contains("YYYY-MM-DD"), "{err}");
        let bad_kind = quoted.replace("\"tet\"", "\"Tet\"");
        assert!(toml::from_str::<HolidayFile>(&bad_kind).is_err());
        let empty: HolidayFile = toml::from_str("").unwrap();
        assert!(empty.holiday.is_empty());
    }

    // ----- reference/holidays.toml ------------------------------------------------------------

    #[test]
    fn reference_file_has_no_repeated_date() {
        let holidays = reference_holidays();
        let mut seen = HashSet::new();
        for holiday in &holidays {
            assert!(seen.insert(holiday.date), "{} listed twice", holiday.date);
        }
        assert!(HolidayCalendar::new(holidays).is_ok());
    }

    #[test]
    fn reference_file_only_covers_2024_to_2030() {
        for holiday in reference_holidays() {
            assert!(
                (FIRST_YEAR..=LAST_YEAR).contains(&holiday.date.year()),
                "{} is outside the table's years",
                holiday.date
            );
        }
    }

    #[test]
    fn reference_file_lists_every_statutory_holiday_each_year() {
        let calendar = reference_calendar();
        for year in FIRST_YEAR..=LAST_YEAR {
            let on = |month: time::Month, day: u8| {
                let date = Date::from_calendar_date(year, month, day).unwrap();
                calendar
                    .holiday_on(date)
                    .map(|h| (h.name_vi.as_str(), h.kind))
            };
            let public = |name: &'static str| Some((name, HolidayKind::Public));
            assert_eq!(
                on(time::Month::January, 1),
                public("Tết Dương lịch"),
                "{year}"
            );
            assert_eq!(
                on(time::Month::April, 30),
                public("Ngày Chiến thắng (30/4)"),
                "{year}"
            );
            assert_eq!(
                on(time::Month::May, 1),
                public("Ngày Quốc tế Lao động (1/5)"),
                "{year}"
            );
            assert_eq!(
                on(time::Month::September, 2),
                public("Quốc khánh (2/9)"),
                "{year}"
            );

            // One day next to 2 September: 3/9 in 2024, 1/9 in 2025 and by convention after.
            let (adjacent, other) = if year == 2024 { (3, 1) } else { (1, 3) };
            let adjacent_name = format!("Quốc khánh (ngày liền kề, {adjacent}/9)");
            assert_eq!(
                on(time::Month::September, adjacent),
                Some((adjacent_name.as_str(), HolidayKind::Public)),
                "{year}"
            );
            assert_eq!(on(time::Month::September, other), None, "{year}");

            let hung = calendar
                .holiday_on(hung_kings_day(year))
                .map(|h| (h.name_vi.as_str(), h.kind));
            assert_eq!(hung, public("Giỗ Tổ Hùng Vương (10/3 âm lịch)"), "{year}");

            // Five Tết days: the last day of the old lunar year and mùng 1 to mùng 4.
            let tet = lunar_new_year(year);
            for offset in -1..=3 {
                let date = tet + Duration::days(offset);
                let entry = calendar.holiday_on(date);
                assert_eq!(entry.map(|h| h.kind), Some(HolidayKind::Tet), "{date}");
            }
            for offset in [-2, 4] {
                let date = tet + Duration::days(offset);
                assert_eq!(
                    calendar.holiday_on(date),
                    None,
                    "{date} is not a statutory Tết day"
                );
            }

            let tet_days = calendar
                .holidays_in_year(year)
                .filter(|h| h.kind == HolidayKind::Tet)
                .count();
            assert_eq!(tet_days, 5, "{year}");
            assert_eq!(calendar.holidays_in_year(year).count(), 11, "{year}");
        }
    }

    #[test]
    fn reference_lunar_holidays_agree_with_the_algorithm() {
        let mut checked_hung = 0;
        let mut checked_tet = 0;
        for holiday in reference_holidays() {
            let date = holiday.date;
            let lunar = solar_to_lunar(date);
            let named_tet = holiday.name_vi.starts_with("Tết Nguyên đán");
            assert_eq!(
                named_tet,
                holiday.kind == HolidayKind::Tet,
                "{date}: kind and name disagree"
            );

            if holiday.kind == HolidayKind::Tet {
                checked_tet += 1;
                assert!(!lunar.is_leap_month, "{date}: {lunar}");
                if lunar.month == 12 {
                    // Last day of the old year: the next day is Tết.
                    assert_eq!(lunar.year, date.year() - 1, "{date}");
                    assert_eq!(
                        date + Duration::days(1),
                        lunar_new_year(date.year()),
                        "{date}"
                    );
                    let label = format!("({} tháng Chạp)", lunar.day);
                    assert!(
                        holiday.name_vi.contains(&label),
                        "{date} is {lunar}: {}",
                        holiday.name_vi
                    );
                    assert!(
                        holiday.name_en.contains(&format!("{}th day", lunar.day)),
                        "{date}"
                    );
                } else {
                    assert_eq!(lunar.year, date.year(), "{date}");
                    assert_eq!(lunar.month, 1, "{date} is {lunar}");
                    assert!((1..=4).contains(&lunar.day), "{date} is {lunar}");
                    let label = format!("(mùng {})", lunar.day);
                    assert!(
                        holiday.name_vi.contains(&label),
                        "{date} is {lunar}: {}",
                        holiday.name_vi
                    );
                    assert!(
                        holiday.name_en.contains(&format!("(day {})", lunar.day)),
                        "{date}"
                    );
                }
            }

            if holiday.name_vi.starts_with("Giỗ Tổ Hùng Vương") {
                checked_hung += 1;
                assert_eq!(
                    lunar,
                    LunarDate {
                        year: date.year(),
                        month: 3,
                        day: 10,
                        is_leap_month: false
                    }
                );
                assert_eq!(date, hung_kings_day(date.year()));
            }
        }
        let years = usize::try_from(LAST_YEAR - FIRST_YEAR + 1).unwrap();
        assert_eq!(checked_hung, years);
        assert_eq!(checked_tet, 5 * years);
    }
}
