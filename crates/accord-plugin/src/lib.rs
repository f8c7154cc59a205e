//! The Accord plugin SDK.
//!
//! A plugin is a shared library exporting one C function (`accord_plugin_entry`, ABI v1: see
//! `include/accord_plugin.h`). With this crate a Rust plugin is a type implementing [`Plugin`],
//! rules declared with [`rule!`], and one line: `accord_plugin::export_plugin!(MyPlugin);`.
//!
//! ```ignore
//! use accord_plugin::{Charter, Manifest, Options, Outcome, Plugin};
//!
//! pub struct MyPlugin;
//! impl Plugin for MyPlugin {
//!     fn manifest(&self) -> Manifest { Manifest::new("my-plugin", env!("CARGO_PKG_VERSION"), "…", &[MY_RULE]) }
//!     fn check(&self, charter: &Charter<'_>, options: &Options) -> Result<Outcome, String> {
//!         let mut out = Outcome::default();
//!         if charter.budget.is_none() { out.finding(&MY_RULE, "/budget", "There is no budget."); }
//!         Ok(out)
//!     }
//! }
//! accord_plugin::export_plugin!(MyPlugin);
//! ```

pub mod abi;
pub mod charter;
mod date;
#[doc(hidden)]
pub mod export;
pub mod l10n;
mod manifest;
pub mod num;
mod outcome;
mod rule;
mod text;

pub use charter::Charter;
pub use date::Date;
pub use manifest::{LangTexts, Manifest, Options, RuleTexts};
pub use outcome::{Finding, Outcome};
pub use rule::{Rule, RuleMeta, Severity};
pub use text::Text;

/// A plugin: a manifest describing its rules and options, and a check over one charter.
///
/// `check` must be a pure function of its inputs: the host may call it from several threads
/// (unless the plugin's flags say otherwise) and in any order.
pub trait Plugin: Send + Sync {
    fn manifest(&self) -> Manifest;
    /// Audits one charter. `options` holds the profile's options, completed with the defaults
    /// of the manifest's options schema. An `Err` is reported as a plugin failure.
    ///
    /// The charter's text borrows from the host's input, which lives for this call only (see
    /// [`Text`]): copy what you keep.
    fn check(&self, charter: &Charter<'_>, options: &Options) -> Result<Outcome, String>;
}

/// Runs a plugin in-process the way the host would: options completed with the manifest's
/// defaults, the outcome checked against the manifest. For plugin unit tests.
pub fn run_in_process<P: Plugin>(
    plugin: &P,
    charter: &Charter<'_>,
    options: serde_json::Map<String, serde_json::Value>,
) -> Result<Outcome, String> {
    run_in_process_in(plugin, charter, options, None)
}

/// [`run_in_process`] with findings asked in `locale`, sent as the host sends it: only when the
/// manifest's `message_languages` lists it.
pub fn run_in_process_in<P: Plugin>(
    plugin: &P,
    charter: &Charter<'_>,
    options: serde_json::Map<String, serde_json::Value>,
    locale: Option<&str>,
) -> Result<Outcome, String> {
    let manifest = plugin.manifest();
    let locale = locale
        .filter(|tag| manifest.message_languages.iter().any(|l| l == tag))
        .map(str::to_owned);
    let options = Options::with_defaults(&manifest, options).with_locale(locale);
    let outcome = plugin.check(charter, &options)?;
    outcome.check_against(&manifest)?;
    Ok(outcome)
}
