//! [`Text`]: charter text borrowed from the host's input where possible.

use std::borrow::{Borrow, Cow};
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;

use serde::de::{self, Deserialize, Deserializer, Visitor};
use serde::{Serialize, Serializer};

/// A string of a [`Charter`](crate::Charter): borrowed from the host's input JSON when it can be,
/// owned when it cannot.
///
/// **Use it like a `&str`; call `.to_string()` or [`into_owned()`](Text::into_owned) to keep
/// it.** It derefs to `str` (so every `str` method works: `text.trim()`,
/// `text.eq_ignore_ascii_case("usd")`, `&*text` or [`as_str()`](Text::as_str) where a `&str` is
/// wanted), compares with `str`, `&str` and `String` in both directions (`partner.id == "konbit"`),
/// hashes and orders like a `str` (so a `HashSet<&str>` or a map keyed by `Text` can be looked up
/// with a `&str`), and prints like one, with `Display` and `Debug`.
///
/// Why it exists: a plugin's `check` receives a charter of some 6 KB of JSON, and the host's input
/// buffer lives for the whole call. Deserializing every text field into its own `String` was most
/// of a plugin's time (allocation and copying), so a charter parsed by the SDK borrows its strings
/// from that buffer instead, as `Text<'a>`, and copies only those with JSON escapes (`\"`, `\n`,
/// `\u00e9`…), which cannot be borrowed because their text differs from their bytes. A charter
/// from [`Charter::from_json`](crate::Charter::from_json) owns its text (`Charter<'static>`).
///
/// serde's own `Cow<str>` always copies, and `#[serde(borrow)]` does not reach inside `Option` or
/// `Vec`; this type's `Deserialize` borrows wherever it sits.
///
/// ```
/// use accord_plugin::Text;
///
/// let json = r#"["konbit", "Konbit \"Dlo\""]"#;
/// let texts: Vec<Text<'_>> = serde_json::from_str(json).unwrap();
/// let (id, name) = (&texts[0], &texts[1]);
/// assert!(id.is_borrowed() && !name.is_borrowed()); // the escaped one had to be copied
/// assert!(*id == "konbit" && id.starts_with("kon"));
/// let label = format!("{name} ({id})");
/// assert_eq!(label, r#"Konbit "Dlo" (konbit)"#);
/// let s: &str = id; // or id.as_str(), &**id
/// let kept: String = name.to_string();
/// # let _ = (s, kept);
/// ```
#[derive(Clone, Default)]
pub struct Text<'a>(pub(crate) Cow<'a, str>);

impl<'a> Text<'a> {
    /// Borrowed text.
    pub const fn borrowed(text: &'a str) -> Text<'a> {
        Text(Cow::Borrowed(text))
    }

    /// The text as a `&str` (also `&*text`).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The text as an owned `String` (copied only when it is borrowed).
    pub fn into_owned(self) -> String {
        self.0.into_owned()
    }

    /// The text, owned, for any lifetime: `Text<'static>`.
    pub fn into_static(self) -> Text<'static> {
        Text(Cow::Owned(self.0.into_owned()))
    }

    /// Whether the text borrows from the input (false when it had to be unescaped, or was built
    /// from a `String`).
    pub fn is_borrowed(&self) -> bool {
        matches!(self.0, Cow::Borrowed(_))
    }

    /// The underlying `Cow`.
    pub fn into_cow(self) -> Cow<'a, str> {
        self.0
    }
}

impl Deref for Text<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Text<'_> {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Text<'_> {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Text<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self.as_str(), f)
    }
}

impl fmt::Debug for Text<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

// Equality, hashing and order are those of the `str`, as `Borrow<str>` requires.

impl<'b> PartialEq<Text<'b>> for Text<'_> {
    fn eq(&self, other: &Text<'b>) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text<'_> {}

impl Hash for Text<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl<'b> PartialOrd<Text<'b>> for Text<'_> {
    fn partial_cmp(&self, other: &Text<'b>) -> Option<std::cmp::Ordering> {
        Some(self.as_str().cmp(other.as_str()))
    }
}

impl Ord for Text<'_> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

/// `Text == str`, `str == Text` and the same for `&str`, `String` and `Cow<str>`.
macro_rules! eq_str {
    ($($other:ty),*) => {$(
        impl PartialEq<$other> for Text<'_> {
            fn eq(&self, other: &$other) -> bool {
                self.as_str() == &other[..]
            }
        }
        impl PartialEq<Text<'_>> for $other {
            fn eq(&self, other: &Text<'_>) -> bool {
                &self[..] == other.as_str()
            }
        }
    )*};
}

eq_str!(str, &str, String, Cow<'_, str>);

impl<'a> From<&'a str> for Text<'a> {
    fn from(text: &'a str) -> Text<'a> {
        Text(Cow::Borrowed(text))
    }
}

impl From<String> for Text<'_> {
    fn from(text: String) -> Self {
        Text(Cow::Owned(text))
    }
}

impl<'a> From<Cow<'a, str>> for Text<'a> {
    fn from(text: Cow<'a, str>) -> Text<'a> {
        Text(text)
    }
}

impl From<Text<'_>> for String {
    fn from(text: Text<'_>) -> String {
        text.into_owned()
    }
}

impl From<&Text<'_>> for String {
    fn from(text: &Text<'_>) -> String {
        text.as_str().to_owned()
    }
}

impl<'a> From<Text<'a>> for Cow<'a, str> {
    fn from(text: Text<'a>) -> Cow<'a, str> {
        text.0
    }
}

impl Serialize for Text<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text<'a>, D::Error> {
        deserializer.deserialize_str(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    /// A string that lives as long as the input: no copy.
    fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Text<'de>, E> {
        Ok(Text(Cow::Borrowed(text)))
    }

    /// A transient string (one with JSON escapes, unescaped into a scratch buffer): copied.
    fn visit_str<E: de::Error>(self, text: &str) -> Result<Text<'de>, E> {
        Ok(Text(Cow::Owned(text.to_owned())))
    }

    /// An owned string (from a `serde_json::Value`): taken as it is.
    fn visit_string<E: de::Error>(self, text: String) -> Result<Text<'de>, E> {
        Ok(Text(Cow::Owned(text)))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, HashSet};
    use std::hash::BuildHasher;

    use super::*;

    #[test]
    fn plain_strings_borrow_and_escaped_ones_are_owned() {
        let json = r#"["plain", "a\"b\nc", "caf\u00e9", "café"]"#;
        let texts: Vec<Text<'_>> = serde_json::from_str(json).unwrap();
        assert!(texts[0].is_borrowed());
        assert_eq!(texts[0], "plain");
        assert!(matches!(texts[1].0, Cow::Owned(_)));
        assert_eq!(texts[1], "a\"b\nc");
        assert!(!texts[2].is_borrowed());
        assert_eq!(texts[2], "café");
        assert!(texts[3].is_borrowed());
        assert_eq!(texts[3], "café");
        // Borrowed means pointing into the input itself.
        let start = json.as_ptr() as usize;
        let at = texts[0].as_str().as_ptr() as usize;
        assert!((start..start + json.len()).contains(&at));
    }

    #[test]
    fn values_give_owned_text_and_non_strings_are_refused() {
        let text: Text<'static> = Text::deserialize(serde_json::json!("x")).unwrap();
        assert!(!text.is_borrowed());
        assert_eq!(text, "x");
        let err = serde_json::from_str::<Text<'_>>("3").unwrap_err();
        assert!(err.to_string().contains("expected a string"), "{err}");
        assert!(serde_json::from_str::<Text<'_>>("null").is_err());
    }

    #[test]
    fn compares_like_a_str() {
        let owned = Text::from(String::from("konbit"));
        let borrowed = Text::from("konbit");
        assert_eq!(owned, borrowed);
        assert_eq!(owned, "konbit");
        assert_eq!("konbit", owned);
        assert_eq!(*"konbit", owned);
        assert_eq!(owned, *"konbit");
        assert_eq!(owned, String::from("konbit"));
        assert_eq!(String::from("konbit"), owned);
        assert_eq!(Cow::Borrowed("konbit"), owned);
        assert_ne!(owned, "Konbit");
        let (a, b) = (Text::from("a"), Text::from(String::from("b")));
        assert!(a < b);
        assert_eq!(
            Text::from("b").cmp(&Text::from("a")),
            "b".cmp("a"),
            "orders like str"
        );
        let strings = [String::from("x")];
        assert!(strings.iter().any(|s| s == &Text::from("x")));
    }

    #[test]
    fn hashes_and_looks_up_like_a_str() {
        let state = std::collections::hash_map::RandomState::new();
        assert_eq!(
            state.hash_one(Text::from(String::from("aquafund"))),
            state.hash_one("aquafund")
        );
        let set: HashSet<Text<'_>> = [Text::from("konbit"), Text::from(String::from("aquafund"))]
            .into_iter()
            .collect();
        assert!(set.contains("aquafund"));
        assert!(!set.contains("other"));
        let map: BTreeMap<Text<'_>, u32> = [(Text::from("b"), 2), (Text::from("a"), 1)].into();
        assert_eq!(map.get("a"), Some(&1));
        assert_eq!(map.keys().next().map(Text::as_str), Some("a"));
    }

    #[test]
    fn prints_and_converts_like_a_str() {
        let text = Text::from("a\"b");
        assert_eq!(text.to_string(), "a\"b");
        assert_eq!(
            format!("{text}|{text:>5}|{text:?}"),
            "a\"b|  a\"b|\"a\\\"b\""
        );
        assert_eq!(format!("{:?}", Some(Text::from("x"))), "Some(\"x\")");
        assert_eq!(text.len(), 3);
        assert!(text.starts_with('a'));
        let s: &str = &text;
        assert_eq!(s, text.as_str());
        assert_eq!(AsRef::<str>::as_ref(&text), "a\"b");
        assert_eq!(text.clone().into_owned(), "a\"b");
        assert_eq!(String::from(text.clone()), "a\"b");
        assert_eq!(String::from(&text), "a\"b");
        let owned: Text<'static> = text.clone().into_static();
        assert!(!owned.is_borrowed());
        assert_eq!(owned, text);
        assert_eq!(serde_json::to_string(&text).unwrap(), r#""a\"b""#);
        assert_eq!(Text::default(), "");
    }
}
