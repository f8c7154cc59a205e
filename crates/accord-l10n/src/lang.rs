//! [`Lang`]: one of the languages Accord speaks.

use std::fmt;

use accord_plugin::l10n::{LANGUAGES, Language, language};

/// A language Accord speaks: English (the source), French, Spanish, or the pseudo-language
/// `qps-ploc` for tests. The table is `accord_plugin::l10n::LANGUAGES`, shared with the plugins.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Lang(u8);

impl Lang {
    /// English, the source language.
    pub const EN: Lang = Lang(0);

    /// The language a BCP 47 tag asks for (`fr`, `fr-HT`, `ES-pe`, `qps-ploc`), if Accord
    /// speaks it.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let wanted = language(tag)?;
        Lang::all().find(|l| l.language() == wanted)
    }

    /// Every language, the pseudo-language included.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..LANGUAGES.len()).map(|i| Lang(i as u8))
    }

    /// The languages offered to users (not the pseudo-language), English first.
    pub fn offered() -> impl Iterator<Item = Lang> {
        Lang::all().filter(|l| !l.is_pseudo())
    }

    pub fn language(self) -> &'static Language {
        &LANGUAGES[usize::from(self.0)]
    }

    /// Its BCP 47 tag: `en`, `fr`, `es`, `qps-ploc`.
    pub fn tag(self) -> &'static str {
        self.language().tag
    }

    /// Its name in itself: `français`.
    pub fn name(self) -> &'static str {
        self.language().name
    }

    pub fn is_source(self) -> bool {
        self == Lang::EN
    }

    pub fn is_pseudo(self) -> bool {
        self.language().pseudo
    }
}

impl Default for Lang {
    fn default() -> Lang {
        Lang::EN
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl fmt::Debug for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Lang({})", self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn tags_name_languages() {
        let tags: Vec<&str> = Lang::all().map(Lang::tag).collect();
        assert_eq!(tags, ["en", "fr", "es", "qps-ploc"]);
        let offered: Vec<&str> = Lang::offered().map(Lang::tag).collect();
        assert_eq!(offered, ["en", "fr", "es"]);
        assert_eq!(Lang::from_tag("fr-HT").map(Lang::tag), Some("fr"));
        assert_eq!(Lang::from_tag("de"), None);
        assert!(Lang::from_tag("qps-ploc").is_some_and(Lang::is_pseudo));
        assert_eq!(Lang::default(), Lang::EN);
    }
}
