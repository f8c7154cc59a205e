//! Calendar dates with the arithmetic the rules use ("N months after D" clamps to the month's
//! end). Small enough to own: the clamping rule is part of the contract.

use std::fmt;

use serde::{Deserialize, Deserializer};

/// A proleptic Gregorian calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// A date from its parts, or `None` when the day does not exist.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month as u8) as u32 {
            return None;
        }
        Some(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// Parses `YYYY-MM-DD` (RFC 3339 full-date).
    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            text.get(r)
                .filter(|s| s.bytes().all(|c| c.is_ascii_digit()))?
                .parse()
                .ok()
        };
        Date::new(digits(0..4)? as i32, digits(5..7)?, digits(8..10)?)
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u32 {
        self.month as u32
    }
    pub fn day(self) -> u32 {
        self.day as u32
    }

    /// Days since 1970-01-01 (negative before). Howard Hinnant's `days_from_civil`.
    pub fn days_since_epoch(self) -> i64 {
        let (m, d) = (self.month as i64, self.day as i64);
        let y = self.year as i64 - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// `other − self` in days.
    pub fn days_until(self, other: Date) -> i64 {
        other.days_since_epoch() - self.days_since_epoch()
    }

    /// The same day `n` calendar months later, clamped to the end of the month.
    pub fn add_months(self, n: u32) -> Date {
        let total = self.year as i64 * 12 + (self.month as i64 - 1) + n as i64;
        let year = total.div_euclid(12) as i32;
        let month = (total.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }

    /// The same day `n` years later, clamped (29 February becomes 28 February).
    pub fn add_years(self, n: u32) -> Date {
        self.add_months(n.saturating_mul(12))
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if is_leap(year) => 29,
        _ => 28,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        // Borrowed from the input where it can be: no allocation per date.
        let text = crate::Text::deserialize(deserializer)?;
        Date::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("`{text}` is not a date like 2011-06-30"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Date;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn parses_only_real_dates() {
        assert_eq!(d("2011-06-30").to_string(), "2011-06-30");
        assert!(Date::parse("2011-02-30").is_none());
        assert!(Date::parse("2012-02-29").is_some());
        assert!(Date::parse("2011-02-29").is_none());
        assert!(Date::parse("2011-6-30").is_none());
        assert!(Date::parse("2011-06-30T00:00:00").is_none());
        assert!(Date::parse("+011-06-30").is_none());
    }

    #[test]
    fn day_counts() {
        assert_eq!(d("1970-01-01").days_since_epoch(), 0);
        assert_eq!(
            d("2000-03-01").days_since_epoch() - d("2000-02-28").days_since_epoch(),
            2
        );
        assert_eq!(d("2011-01-01").days_until(d("2016-12-31")), 2191);
        assert_eq!(d("1969-12-31").days_since_epoch(), -1);
    }

    #[test]
    fn days_round_trip() {
        for s in [
            "1970-01-01",
            "2000-02-29",
            "1969-12-31",
            "2026-11-27",
            "1600-03-01",
        ] {
            assert_eq!(Date::from_days_since_epoch(d(s).days_since_epoch()), d(s));
        }
    }

    #[test]
    fn month_arithmetic_clamps_to_month_end() {
        assert_eq!(d("2011-01-31").add_months(1), d("2011-02-28"));
        assert_eq!(d("2012-01-31").add_months(1), d("2012-02-29"));
        assert_eq!(d("2011-11-15").add_months(12), d("2012-11-15"));
        assert_eq!(d("2011-12-31").add_months(2), d("2012-02-29"));
        assert_eq!(d("2012-02-29").add_years(1), d("2013-02-28"));
        assert_eq!(d("2011-01-01").add_years(3), d("2014-01-01"));
    }
}
