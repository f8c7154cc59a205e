//! The pseudo-language `qps-ploc`: English with accented letters and doubled vowels, so a test
//! can see at a glance which sentences went through the translations (no plain ASCII letter
//! survives outside code) and which layouts break on longer text.

use std::borrow::Cow;

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
    let mut out = String::with_capacity(text.len() * 2);
    let mut in_code = false;
    for c in text.chars() {
        if c == '`' {
            in_code = !in_code;
            out.push(c);
            continue;
        }
        if in_code || !c.is_ascii_alphabetic() {
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

/// [`pseudo`] as a Fluent transform (applied to the text between placeables).
pub(crate) fn transform(text: &str) -> Cow<'_, str> {
    Cow::Owned(pseudo(text))
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
}
