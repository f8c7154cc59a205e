//! Untrusted text made harmless to show: control characters as visible escapes.
//!
//! A charter's name, a partner's name, a waiver's reason, a file name or a plugin's message may
//! hold ESC (the start of CSI and OSC sequences that clear a screen, set a window title or
//! forge a link), BEL, CR and BS (which overwrite what was printed), other C0 and C1 controls,
//! or bidi overrides and isolates (which reorder what a reader sees). Every renderer that
//! writes for a person (a terminal, a text report, Markdown, HTML, CSV) passes such text
//! through [`visible`] or [`visible_line`], which write each of these characters as its Rust
//! escape (`\u{1b}`, `\r`, `\u{202e}`): the text stays readable and nothing is lost. JSON,
//! SARIF and JUnit keep the text as written, escaped by their own format.
//!
//! Each character becomes one whole escape, so cutting the escaped text (see
//! [`visible_cut`]) never leaves half an escape and never lets a sequence through.

use std::borrow::Cow;

/// Whether `c` is shown as an escape: C0 controls but tab and line feed, DEL, C1 controls,
/// and the bidi controls (embeddings, overrides, isolates and marks).
pub fn is_hidden(c: char) -> bool {
    matches!(c,
        '\0'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Whether `c` breaks a line: line feed, tab (which moves the cursor) and the Unicode line and
/// paragraph separators. Shown as escapes where text must stay on one line.
fn breaks_line(c: char) -> bool {
    matches!(c, '\n' | '\t' | '\u{2028}' | '\u{2029}')
}

/// `text` with every control character (see [`is_hidden`]) as its escape; tabs and line ends
/// kept. Borrows when there is nothing to show.
pub fn visible(text: &str) -> Cow<'_, str> {
    escape_where(text, is_hidden)
}

/// [`visible`] for text that must stay on one line (a name, a path, a table cell, a heading):
/// line ends and tabs are shown as escapes too.
pub fn visible_line(text: &str) -> Cow<'_, str> {
    escape_where(text, |c| is_hidden(c) || breaks_line(c))
}

/// [`visible_line`] cut to at most `max` characters, with `…` at the end when cut, and never
/// inside an escape: an escape that would not fit is left out whole.
pub fn visible_cut(text: &str, max: usize) -> Cow<'_, str> {
    let shown = visible_line(text);
    if shown.chars().count() <= max {
        return shown;
    }
    let mut out = String::with_capacity(max * 2);
    let mut used = 0;
    let budget = max.saturating_sub(1);
    for c in text.chars() {
        if is_hidden(c) || breaks_line(c) {
            let escape = c.escape_debug();
            if used + escape.len() > budget {
                break;
            }
            used += escape.len();
            out.extend(escape);
        } else {
            if used + 1 > budget {
                break;
            }
            used += 1;
            out.push(c);
        }
    }
    out.push('…');
    Cow::Owned(out)
}

fn escape_where(text: &str, shown: impl Fn(char) -> bool) -> Cow<'_, str> {
    let Some(first) = text.find(&shown) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len() + 16);
    out.push_str(&text[..first]);
    for c in text[first..].chars() {
        if shown(c) {
            // `\r`, `\n`, `\t`, `\0`, else `\u{…}`: every character of the class is one escape.
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::HOSTILE;

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(visible("Lakou Dlo, ñ, 水"), Cow::Borrowed(_)));
        assert!(matches!(visible("two\nlines\tand a tab"), Cow::Borrowed(_)));
    }

    #[test]
    fn every_control_is_shown() {
        let shown = visible(HOSTILE);
        assert_eq!(
            shown,
            "A\\u{1b}[2J\\u{1b}]0;owned\\u{7}\\u{1b}]8;;https://evil.example/\\u{1b}\\link\\u{1b}]8;;\\u{1b}\\\\rB\\u{8}C\\u{202e}D"
        );
        assert!(!shown.chars().any(is_hidden));
        // C1 controls (the 8-bit CSI), DEL, NUL and the other bidi controls.
        assert_eq!(
            visible("\u{9b}31m\u{7f}\0\u{2066}x\u{2069}\u{200f}\u{61c}"),
            "\\u{9b}31m\\u{7f}\\0\\u{2066}x\\u{2069}\\u{200f}\\u{61c}"
        );
    }

    #[test]
    fn one_line_text_shows_line_ends() {
        assert_eq!(visible("a\nb\tc"), "a\nb\tc");
        assert_eq!(visible_line("a\nb\tc\u{2028}d"), "a\\nb\\tc\\u{2028}d");
    }

    #[test]
    fn cutting_never_splits_an_escape() {
        assert_eq!(visible_cut("short", 10), "short");
        assert_eq!(visible_cut("abcdefghijkl", 5), "abcd…");
        // `ab\u{1b}` needs 8 characters: the escape is left out whole.
        assert_eq!(visible_cut("ab\u{1b}[2Jcdef", 6), "ab…");
        assert_eq!(visible_cut("ab\u{1b}[2Jcdef", 12), "ab\\u{1b}[2J…");
        for max in 1..40 {
            let cut = visible_cut(HOSTILE, max);
            assert!(cut.chars().count() <= max, "{cut}");
            assert!(!cut.chars().any(is_hidden), "{cut}");
            // Whatever is kept is a prefix of the whole escaped text.
            let kept = cut.trim_end_matches('…');
            assert!(visible_line(HOSTILE).starts_with(kept), "{cut}");
        }
    }
}
