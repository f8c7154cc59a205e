//! `test-panicky`: a Rust plugin whose check always panics.
//!
//! It tests the SDK's promise: a panic in a plugin is caught inside the plugin by
//! `export_plugin!` and reaches the host as `ACCORD_PANIC` with the panic's message, so the host
//! reports a plugin failure instead of aborting.

use accord_plugin::{Charter, Manifest, Options, Outcome, Plugin};

accord_plugin::rule! {
    /// Never passes: the check panics before it can say anything.
    ///
    /// ## Why
    /// It exists to test how the host survives a panicking plugin.
    ///
    /// ## How to fix
    /// Do not load this plugin outside the test suite.
    ///
    /// ## Example
    /// ```toml
    /// charter_version = 1
    /// ```
    pub ALWAYS = "panicky.always", Warning,
        references: ["Accord test suite"]
}

pub struct Panicky;

impl Plugin for Panicky {
    fn manifest(&self) -> Manifest {
        Manifest::new(
            "test-panicky",
            env!("CARGO_PKG_VERSION"),
            "A test plugin whose check always panics.",
            &[ALWAYS],
        )
    }

    fn check(&self, _charter: &Charter<'_>, _options: &Options) -> Result<Outcome, String> {
        panic!("charter too interesting")
    }
}

accord_plugin::export_plugin!(Panicky);
