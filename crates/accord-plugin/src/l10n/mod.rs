//! Languages: a plugin's rule texts and finding messages in the reader's language.
//!
//! English is the source language: a rule's English texts are its doc comment ([`rule!`](
//! crate::rule)), and its finding messages' English is the plugin's `en.ftl`. Every other
//! language is one Fluent file per plugin (typically `src/rules/l10n/fr.ftl`) holding, for each
//! rule, a message named after its id with the attributes `.summary`, `.rationale`, `.fix` and
//! `.example`, and the finding messages under the same ids as in English:
//!
//! ```ftl
//! transparency-budget-published =
//!     .summary = Le budget est publié.
//!     .rationale = …
//!     .fix = …
//!     .example =
//!         {"["}budget]
//!         published = true
//!
//! budget-published-missing = La charte n’a pas de section `[budget]`.
//! ```
//!
//! [`Translations`] embeds the files; [`Manifest::translated`](crate::Manifest::translated)
//! adds the texts to the manifest (`l10n`, `message_languages`), and in `check`,
//! `TRANSLATIONS.messages(options.locale())` writes the findings in the language the host asked
//! for, with numbers as that language writes them ([`Args`]). The pseudo-language `qps-ploc`
//! (accented, lengthened English, for tests) comes free with an `en.ftl`.

mod fluent;
mod language;
mod outline;
mod pseudo;

pub use fluent::{
    Arg, Args, DATE_FUNCTION, DESCRIPTION_ID, Messages, RULE_ATTRIBUTES, Translations,
    rule_message_id,
};
pub use language::{Dates, LANGUAGES, Language, Numbers, language, source};
pub use outline::{MessageOutline, outline};
pub use pseudo::pseudo;

/// The tag of the pseudo-language for tests: accented, lengthened English.
pub const PSEUDO: &str = "qps-ploc";
