//! The pseudo-language `qps-ploc`: English with accented letters and doubled vowels, so a test
//! can see at a glance which sentences went through the translations (no plain ASCII letter
//! survives outside code) and which layouts break on longer text.

use std::borrow::Cow;
use std::cell::Cell;

const UPPER: [char; 26] = [
    'Ȧ', 'Ɓ', 'Ƈ', 'Ḓ', 'Ḗ', 'Ƒ', 'Ɠ', 'Ħ', 'Ī', 'Ĵ', 'Ķ', 'Ŀ', 'Ḿ', 'Ƞ', 'Ǿ', 'Ƥ', 'Ɋ', 'Ř', 'Ş',
    'Ŧ', 'Ŭ', 'Ṽ', 'Ẇ', 'Ẋ', 'Ẏ', 'Ẑ',
];
const LOWER: [char; 26] = [
    'ȧ', 'ƀ', 'ƈ', 'ḓ', 'ḗ', 'ƒ', 'ɠ', 'ħ', 'ī', 'ĵ', 'ķ', 'ŀ', 'ḿ', 'ƞ', 'ǿ', 'ƥ', 'ɋ', 'ř', 'ş',
    'ŧ', 'ŭ', 'ṽ', 'ẇ', 'ẋ', 'ẏ', 'ẑ',
];

/// `text` in the pseudo-language. Code spans (between backticks) are kept as they are, as a
/// translator keeps them.
pub fn pseudo(text: &str) -> String {
    let mut in_code = false;
    pseudo_from(text, &mut in_code)
}

/// [`pseudo`], starting inside a code span when `in_code`, which is left as the text ends.
fn pseudo_from(text: &str, in_code: &mut bool) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        if c == '`' {
            *in_code = !*in_code;
            out.push(c);
            continue;
        }
        if *in_code || !c.is_ascii_alphabetic() {
            out.push(c);
            continue;
        }
        let index = usize::from(c.to_ascii_lowercase() as u8 - b'a');
        let accented = if c.is_ascii_uppercase() {
            UPPER[index]
        } else {
            LOWER[index]
        };
        out.push(accented);
        if matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u') {
            out.push(accented);
        }
    }
    out
}

thread_local! {
    /// Whether the text formatted so far on this thread ended inside a code span. Fluent
    /// transforms a pattern's text elements one by one, in order, so a span that a placeable
    /// interrupts (`` `{ $id }` ``) closes in the next element.
    static IN_CODE: Cell<bool> = const { Cell::new(false) };
}

/// Starts a pattern: outside any code span (call before formatting one).
pub(crate) fn reset() {
    IN_CODE.with(|c| c.set(false));
}

/// [`pseudo`] as a Fluent transform (applied to the text between placeables, in order).
pub(crate) fn transform(text: &str) -> Cow<'_, str> {
    IN_CODE.with(|cell| {
        let mut in_code = cell.get();
        let out = pseudo_from(text, &mut in_code);
        cell.set(in_code);
        Cow::Owned(out)
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn letters_are_accented_and_vowels_doubled_outside_code() {
        assert_eq!(
            super::pseudo("Set `published = true`."),
            "Şḗḗŧ `published = true`."
        );
        assert_eq!(super::pseudo("A 25% share"), "ȦȦ 25% şħȧȧřḗḗ");
    }

    #[test]
    fn a_code_span_around_a_placeable_ends_in_the_next_text() {
        // "Benchmark `{ $id }` of goal" as Fluent hands it over: two text elements.
        super::reset();
        let first = super::transform("Benchmark `");
        let second = super::transform("` of goal");
        assert_eq!(first, "Ɓḗḗƞƈħḿȧȧřķ `");
        assert_eq!(second, "` ǿǿƒ ɠǿǿȧȧŀ");
        super::reset();
        assert_eq!(super::transform("`code` and"), "`code` ȧȧƞḓ");
    }
}
