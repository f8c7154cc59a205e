//! The end-to-end tests of `accord`: one module per area, all in one test binary, so the tests
//! link once and share one memoised build of the binary and the plugins (`util`).

mod util;

mod audit;
mod bad_plugins;
mod baseline;
mod batch_inputs;
mod bundle;
mod c_plugin;
mod cli;
mod concurrency;
mod config;
mod docs;
mod formats;
mod fuzz_regressions;
mod hostile_text;
mod init;
mod isolate_load;
mod isolation;
mod l10n;
mod l10n_reports;
mod limits;
mod locations;
mod lsp;
mod packs;
mod pins_hold;
mod profiles;
mod progress;
mod pseudo;
mod sarif_validate;
mod scaffold;
mod schema_bounds;
mod serve;
mod statistics;
mod toml_test_invalid;
mod trust;
mod validate;
mod waivers;
