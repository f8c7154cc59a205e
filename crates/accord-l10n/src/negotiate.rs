//! Which language a run speaks: `--lang TAG`, else the configuration's `lang`, else the POSIX
//! locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first one set), else English. The server takes
//! [`from_accept_language`], the language server the client's `initialize.locale`
//! ([`Lang::from_tag`]).

use crate::Lang;

/// Where the language of a run came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// `--lang`.
    Flag,
    /// The configuration's `lang`.
    Config,
    /// A POSIX locale variable: its name and value (`LANG=fr_FR.UTF-8`).
    Env { name: &'static str, value: String },
    /// Nothing chose one: English.
    Default,
}

/// The outcome of [`negotiate`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub lang: Lang,
    pub origin: Origin,
    /// The tag asked for when Accord does not speak it (the run is then in English).
    pub unsupported: Option<String>,
}

impl Choice {
    /// The warning to print once when the language asked for is not one Accord speaks.
    pub fn warning(&self) -> Option<String> {
        let tag = self.unsupported.as_ref()?;
        let from = match &self.origin {
            Origin::Flag => "--lang".to_owned(),
            Origin::Config => "the configuration's `lang`".to_owned(),
            Origin::Env { name, value } => format!("{name}={value}"),
            Origin::Default => "the default".to_owned(),
        };
        let offered: Vec<String> = Lang::offered()
            .map(|l| format!("{} ({})", l.tag(), l.name()))
            .collect();
        Some(format!(
            "Accord does not speak the language `{tag}` (from {from}); it writes in English\n\
             help: the languages are {}; choose one with `--lang` or `lang` in accord.toml",
            offered.join(", ")
        ))
    }
}

/// The POSIX locale variables, in the order that decides.
const LOCALE_VARIABLES: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

/// The language of a run. `env` reads an environment variable (`|n| std::env::var(n).ok()`).
pub fn negotiate(
    flag: Option<&str>,
    config: Option<&str>,
    env: impl Fn(&str) -> Option<String>,
) -> Choice {
    let asked = flag
        .map(|tag| (tag.trim().to_owned(), Origin::Flag))
        .or_else(|| config.map(|tag| (tag.trim().to_owned(), Origin::Config)))
        .or_else(|| {
            LOCALE_VARIABLES.iter().find_map(|name| {
                let value = env(name).filter(|v| !v.trim().is_empty())?;
                Some((
                    posix_locale_tag(&value),
                    Origin::Env {
                        name,
                        value: value.clone(),
                    },
                ))
            })
        });
    match asked {
        None => Choice {
            lang: Lang::EN,
            origin: Origin::Default,
            unsupported: None,
        },
        Some((tag, origin)) => match Lang::from_tag(&tag) {
            Some(lang) => Choice {
                lang,
                origin,
                unsupported: None,
            },
            None => Choice {
                lang: Lang::EN,
                origin,
                unsupported: Some(tag),
            },
        },
    }
}

/// A POSIX locale (`fr_FR.UTF-8@euro`) as a BCP 47 tag (`fr-FR`); `C` and `POSIX` are English.
pub fn posix_locale_tag(locale: &str) -> String {
    let name = locale.trim();
    let name = name.split(['.', '@']).next().unwrap_or(name);
    if name.is_empty() || name == "C" || name == "POSIX" {
        return "en".to_owned();
    }
    name.replace('_', "-")
}

/// The language an HTTP `Accept-Language` header prefers among those Accord speaks (by
/// quality, then order), if any.
pub fn from_accept_language(header: &str) -> Option<Lang> {
    let mut ranked: Vec<(u32, usize, Lang)> = header
        .split(',')
        .enumerate()
        .filter_map(|(position, item)| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1000), |q| {
                    q.trim().parse::<f64>().ok().map(|q| (q * 1000.0) as u32)
                })?;
            let lang = Lang::from_tag(tag).filter(|l| !l.is_pseudo())?;
            (quality > 0).then_some((quality, position, lang))
        })
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked.first().map(|(_, _, lang)| *lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        move |name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
    }

    fn tag(choice: &Choice) -> &'static str {
        choice.lang.tag()
    }

    #[test]
    fn the_flag_wins_then_the_config_then_the_locale() {
        let locale = env(&[("LANG", "es_PE.UTF-8")]);
        assert_eq!(tag(&negotiate(Some("fr"), Some("es"), &locale)), "fr");
        assert_eq!(tag(&negotiate(None, Some("fr-HT"), &locale)), "fr");
        let from_env = negotiate(None, None, &locale);
        assert_eq!(tag(&from_env), "es");
        assert_eq!(
            from_env.origin,
            Origin::Env {
                name: "LANG",
                value: "es_PE.UTF-8".into()
            }
        );
        assert_eq!(negotiate(None, None, env(&[])).origin, Origin::Default);
    }

    #[test]
    fn posix_order_lc_all_then_lc_messages_then_lang() {
        let all = env(&[
            ("LANG", "es_ES.UTF-8"),
            ("LC_MESSAGES", "en_US.UTF-8"),
            ("LC_ALL", "fr_FR.UTF-8"),
        ]);
        assert_eq!(tag(&negotiate(None, None, all)), "fr");
        let messages = env(&[("LANG", "es_ES.UTF-8"), ("LC_MESSAGES", "fr_CA")]);
        assert_eq!(tag(&negotiate(None, None, messages)), "fr");
        // An empty variable counts as unset.
        let empty = env(&[("LC_ALL", ""), ("LANG", "es_ES.UTF-8")]);
        assert_eq!(tag(&negotiate(None, None, empty)), "es");
    }

    #[test]
    fn c_and_posix_are_english() {
        for locale in ["C", "POSIX", "C.UTF-8"] {
            let choice = negotiate(None, None, env(&[("LANG", locale)]));
            assert_eq!(tag(&choice), "en", "{locale}");
            assert_eq!(choice.unsupported, None, "{locale}");
        }
        assert_eq!(posix_locale_tag("fr_FR.UTF-8@euro"), "fr-FR");
    }

    #[test]
    fn an_unsupported_language_is_english_with_a_warning() {
        let choice = negotiate(Some("de"), None, env(&[]));
        assert_eq!(tag(&choice), "en");
        let warning = choice.warning().expect("a warning");
        assert!(warning.contains("`de` (from --lang)"), "{warning}");
        assert!(warning.contains("fr (français)"), "{warning}");
        let from_env = negotiate(None, None, env(&[("LANG", "de_DE.UTF-8")]));
        assert!(
            from_env
                .warning()
                .is_some_and(|w| w.contains("LANG=de_DE.UTF-8"))
        );
        assert_eq!(negotiate(Some("fr"), None, env(&[])).warning(), None);
    }

    #[test]
    fn accept_language_takes_the_best_language_accord_speaks() {
        let pick = |h| from_accept_language(h).map(Lang::tag);
        assert_eq!(pick("de-DE,fr;q=0.8,es;q=0.9"), Some("es"));
        assert_eq!(pick("fr-HT, es"), Some("fr"));
        assert_eq!(pick("de, ja;q=0.5"), None);
        assert_eq!(pick("es;q=0, fr;q=0.1"), Some("fr"));
        assert_eq!(pick("qps-ploc"), None);
    }
}
