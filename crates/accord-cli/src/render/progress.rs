//! The progress bar of long batches: count, rate and ETA, on a terminal's stderr only.

use std::io::IsTerminal;

use accord_core::lang::{Lang, t};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};

/// A bar for `total` charters; hidden with `--quiet`, when stderr is not a terminal, or for a
/// single charter (nothing to wait for).
pub fn bar(total: usize, quiet: bool, lang: Lang) -> ProgressBar {
    if quiet || total < 2 || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
    // The words hold no braces, so they cannot break the template.
    let template = format!(
        "{{bar:40}} {{pos}}/{{len}} {}  {{rate}}  {} {{eta}}",
        t!(lang, "cli-progress-charters"),
        t!(lang, "cli-progress-eta")
    );
    let style = ProgressStyle::with_template(&template)
        .map(|s| s.with_key("rate", rate))
        .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    bar
}

/// "786/s": charters per second as a whole number (indicatif's `{per_sec}` prints
/// `786.1238/s`).
fn rate(state: &ProgressState, out: &mut dyn std::fmt::Write) {
    let _ = write!(out, "{}", whole_rate(state.per_sec()));
}

fn whole_rate(per_sec: f64) -> String {
    if per_sec.is_finite() {
        format!("{:.0}/s", per_sec.max(0.0))
    } else {
        "–/s".to_owned()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_rate_is_a_whole_number() {
        assert_eq!(super::whole_rate(786.1238), "786/s");
        assert_eq!(super::whole_rate(0.4), "0/s");
        assert_eq!(super::whole_rate(f64::NAN), "–/s");
    }
}
