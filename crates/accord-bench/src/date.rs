//! Calendar dates as days since 1970-01-01 (proleptic Gregorian), enough for the generator.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date(i64);

impl Date {
    /// The date `year-month-day` (the caller passes a valid date).
    pub fn ymd(year: i64, month: u32, day: u32) -> Date {
        // Howard Hinnant's days_from_civil.
        let y = if month <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(month);
        let mp = if m > 2 { m - 3 } else { m + 9 };
        let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Date(era * 146_097 + doe - 719_468)
    }

    /// (year, month, day).
    pub fn parts(self) -> (i64, u32, u32) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i64::from(month <= 2);
        (year, month, day)
    }

    pub fn year(self) -> i64 {
        self.parts().0
    }

    pub fn plus_days(self, days: i64) -> Date {
        Date(self.0 + days)
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        later.0 - self.0
    }

    /// The last day of the month `self` falls in.
    pub fn end_of_month(self) -> Date {
        let (y, m, _) = self.parts();
        let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        Date::ymd(ny, nm, 1).plus_days(-1)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.parts();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        assert_eq!(Date::ymd(1970, 1, 1), Date(0));
        assert_eq!(Date::ymd(2024, 2, 29).to_string(), "2024-02-29");
        assert_eq!(
            Date::ymd(2024, 2, 28).plus_days(1).to_string(),
            "2024-02-29"
        );
        assert_eq!(
            Date::ymd(2023, 2, 28).plus_days(1).to_string(),
            "2023-03-01"
        );
        assert_eq!(
            Date::ymd(2024, 2, 10).end_of_month().to_string(),
            "2024-02-29"
        );
        assert_eq!(
            Date::ymd(2023, 12, 10).end_of_month().to_string(),
            "2023-12-31"
        );
        for days in -1000..100_000 {
            let (y, m, d) = Date(days).parts();
            assert_eq!(Date::ymd(y, m, d), Date(days));
        }
    }
}
