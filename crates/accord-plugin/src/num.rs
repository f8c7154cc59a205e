//! Numbers as checks add them up and finding messages show them.
//!
//! Messages read plainly: at most two decimals, no trailing zeros, no thousands separators, and
//! never `-0`.
//!
//! ```
//! use accord_plugin::num::{amount, percent, sum};
//!
//! let allocations = [300_000.0, 100_000.5];
//! assert_eq!(amount(sum(allocations)), "400000.5");
//! assert_eq!(percent(0.25), "25%");
//! assert_eq!(percent(731.0 / 2191.0), "33.36%");
//! ```

/// Adds up `values`, starting from `+0.0`.
///
/// `Iterator::sum` of floats starts from `-0.0` (the identity of IEEE addition), so a sum of
/// nothing is `-0.0`, which `format!` prints as `-0` (`-0.0%` in a message).
pub fn sum(values: impl IntoIterator<Item = f64>) -> f64 {
    values.into_iter().fold(0.0, |total, value| total + value)
}

/// A money amount (or any plain number) for a message: `48000`, `1250.5`, `0.3` for
/// `0.1 + 0.2`. English as [`Messages`](crate::l10n::Messages) writes it.
pub fn amount(value: f64) -> String {
    crate::l10n::source().numbers.decimal(value, 0, 2)
}

/// A share (`0.25`) as a percentage for a message (`25%`), rounded to two decimals: `33.36%` for
/// `731.0 / 2191.0`. English as [`Messages`](crate::l10n::Messages) writes it.
pub fn percent(share: f64) -> String {
    crate::l10n::source().numbers.percent(share, 0, 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_start_from_positive_zero() {
        assert_eq!(sum([]).to_string(), "0");
        assert_eq!(sum([1.5, 2.25]), 3.75);
        assert_eq!(format!("{:.1}", sum(Vec::new()) * 100.0), "0.0");
    }

    #[test]
    fn amounts_read_plainly() {
        assert_eq!(amount(48000.0), "48000");
        assert_eq!(amount(1250.5), "1250.5");
        assert_eq!(amount(0.1 + 0.2), "0.3");
        assert_eq!(amount(0.0), "0");
        assert_eq!(amount(-0.0), "0");
        assert_eq!(amount(-0.001), "0");
        assert_eq!(amount(1234.567), "1234.57");
    }

    #[test]
    fn percentages_read_plainly() {
        assert_eq!(percent(0.25), "25%");
        assert_eq!(percent(0.3), "30%");
        assert_eq!(percent(0.7), "70%");
        assert_eq!(percent(0.75), "75%");
        assert_eq!(percent(0.125), "12.5%");
        assert_eq!(percent(731.0 / 2191.0), "33.36%");
        assert_eq!(percent(1.0), "100%");
        assert_eq!(percent(0.0), "0%");
        assert_eq!(percent(-0.0), "0%");
    }

    #[test]
    fn percentages_round_the_scaled_share_once() {
        // 23/160 is a hair under 0.14375 as a float, but its product by 10,000 is 1437.5
        // exactly: 14.38%, where scaling by 100 twice would give 14.37%.
        assert_eq!(percent(23.0 / 160.0), "14.38%");
    }
}
