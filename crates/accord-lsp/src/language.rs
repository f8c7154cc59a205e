//! The language the server writes in: `accord lsp --lang TAG`; else, for a workspace folder,
//! its `accord.toml`'s `lang` (as `accord audit` run there would); else the editor's own
//! language (`initialize.locale`, which VS Code sends); else the locale the editor started the
//! server in (`LC_ALL`, `LC_MESSAGES`, `LANG`); else English.
//!
//! Each folder's engine is built in its language, and everything said about a document (its
//! diagnostics, hovers, completions, code actions) is in its engine's; what is said about no
//! folder in particular is in the session's.

use accord_core::lang::Lang;

/// What the session knows of the languages asked for.
#[derive(Debug, Clone, Copy, Default)]
pub struct Languages {
    /// `--lang`.
    pub flag: Option<Lang>,
    /// The editor's `initialize.locale`, when Accord speaks it.
    pub editor: Option<Lang>,
    /// The locale variables the server was started with.
    pub environment: Option<Lang>,
}

impl Languages {
    /// The languages of a session, and the editor's locale when Accord does not speak it.
    pub fn new(options: &crate::Options, locale: Option<&str>) -> (Languages, Option<String>) {
        let editor = locale.and_then(Lang::from_tag);
        let unsupported = locale
            .filter(|tag| editor.is_none() && !tag.trim().is_empty())
            .map(str::to_owned);
        let languages = Languages {
            flag: options.lang,
            editor,
            environment: options.locale_lang,
        };
        (languages, unsupported)
    }

    /// The language of what concerns no folder in particular (and of files outside every one).
    pub fn session(&self) -> Lang {
        self.flag
            .or(self.editor)
            .or(self.environment)
            .unwrap_or(Lang::EN)
    }

    /// The language of a folder whose configuration asks for `configured` (its `lang`).
    pub fn folder(&self, configured: Option<&str>) -> Lang {
        self.flag
            .or_else(|| configured.and_then(Lang::from_tag))
            .unwrap_or_else(|| self.session())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(tag: &str) -> Option<Lang> {
        Lang::from_tag(tag)
    }

    #[test]
    fn the_flag_then_the_folder_then_the_editor_then_the_environment() {
        let options = crate::Options {
            locale_lang: lang("es"),
            ..crate::Options::default()
        };
        let (editor, unsupported) = Languages::new(&options, Some("fr-CA"));
        assert_eq!(unsupported, None);
        assert_eq!(editor.session().tag(), "fr");
        assert_eq!(editor.folder(Some("es")).tag(), "es");
        assert_eq!(editor.folder(None).tag(), "fr");
        let (quiet, _) = Languages::new(&options, None);
        assert_eq!(quiet.session().tag(), "es");
        let flagged = crate::Options {
            lang: lang("en"),
            ..options.clone()
        };
        let (flag, _) = Languages::new(&flagged, Some("fr"));
        assert_eq!(flag.folder(Some("es")), Lang::EN);
        let (german, unsupported) = Languages::new(&crate::Options::default(), Some("de-DE"));
        assert_eq!(unsupported.as_deref(), Some("de-DE"));
        assert_eq!(german.session(), Lang::EN);
        // A folder's `lang` that Accord does not speak is passed over.
        assert_eq!(german.folder(Some("de")), Lang::EN);
    }
}
