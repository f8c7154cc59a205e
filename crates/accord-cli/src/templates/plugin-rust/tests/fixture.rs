//! The plugin on a whole charter file, as the host would run it (without the C boundary).
//! For the built library end to end, run `accord audit --plugin <the .so> <charter>`.

use accord_plugin_testkit::Fixture;
use serde_json::json;

use {{lib}}::{{struct}};

/// The fixture charter of `tests/fixtures/`.
fn fixture() -> Fixture {
    Fixture::from_toml_file(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/charter.toml"
    ))
}

#[test]
fn the_fixture_charter_passes() {
    let out = fixture().run(&{{struct}});
    assert!(out.findings.is_empty(), "{:?}", out.findings);
    assert!(out.not_applicable.is_empty());
}

#[test]
fn a_budget_in_another_currency_is_found() {
    let in_gourdes = fixture().set("/budget/currency", json!("HTG"));
    let out = in_gourdes.run(&{{struct}});
    let found: Vec<(&str, &str)> = out
        .findings
        .iter()
        .map(|f| (f.rule.as_str(), f.path.as_str()))
        .collect();
    let rule = "{{name}}.budget-currency";
    assert_eq!(found, [(rule, "/budget/currency")]);
}
