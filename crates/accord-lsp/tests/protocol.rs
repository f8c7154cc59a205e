//! The language server in-process, message by message: diagnostics, hovers, completions, code
//! actions, symbols, commands, trust, rebuilds, cancellation and robustness.

mod client;

use std::path::Path;
use std::time::Duration;

use accord_lsp::Options;
use client::{Client, init_params, position, uri, workspace};
use lsp_server::{Notification, Request, RequestId};
use serde_json::{Value, json};

fn options() -> Options {
    Options {
        today: accord_plugin::Date::parse("2026-12-04"),
        ..Options::default()
    }
}

/// The fixture workspace is the user's own: trusted, so that its house pack is used.
fn trusted() -> Value {
    json!({ "trustWorkspace": true })
}

fn start() -> Client {
    Client::start(init_params(&[&workspace()], trusted(), false), options()).0
}

fn fixture(name: &str) -> (String, String) {
    let path = workspace().join(name);
    let text = std::fs::read_to_string(&path).expect("the fixture exists");
    (uri(&path), text)
}

/// The JSON with the workspace's URI and path replaced by placeholders.
fn redact(value: &Value) -> Value {
    let root = workspace();
    let text = value
        .to_string()
        .replace(&uri(&root), "file:///WORKSPACE")
        .replace(&root.display().to_string(), "/WORKSPACE");
    serde_json::from_str(&text).expect("still JSON")
}

/// Opens a fixture (version 1, its language from its extension) and waits for its diagnostics.
fn open_fixture(client: &mut Client, name: &str) -> (String, String, Vec<Value>) {
    let (uri, text) = fixture(name);
    let language = if name.ends_with(".json") {
        "json"
    } else {
        "toml"
    };
    client.open(&uri, language, 1, &text);
    let diagnostics = client.diagnostics(&uri, Some(1));
    (uri, text, diagnostics)
}

/// The diagnostic with this code (a rule id or a kind of problem).
fn finding<'d>(diagnostics: &'d [Value], code: &str) -> &'d Value {
    diagnostics
        .iter()
        .find(|d| d["code"] == code)
        .unwrap_or_else(|| panic!("a `{code}` diagnostic in {diagnostics:?}"))
}

fn codes(diagnostics: &[Value]) -> Vec<String> {
    diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn initialize_offers_the_features_and_negotiates_utf8() {
    let (client, mut result) =
        Client::start(init_params(&[&workspace()], trusted(), false), options());
    assert_eq!(result["serverInfo"]["version"], env!("CARGO_PKG_VERSION"));
    result["serverInfo"]["version"] = json!("[version]");
    insta::assert_json_snapshot!("capabilities", result);
    client.shutdown();
    let (client, result) = Client::start(init_params(&[&workspace()], trusted(), true), options());
    assert_eq!(result["capabilities"]["positionEncoding"], "utf-8");
    client.shutdown();
}

/// `exit` before `shutdown` is not an orderly end: the server says so, and `accord lsp` exits
/// with 1 as the protocol asks.
#[test]
fn exit_without_shutdown_is_not_an_orderly_end() {
    let client = start();
    assert_eq!(
        client.exit_abruptly(),
        Ok(accord_lsp::Ended::WithoutShutdown)
    );
}

#[test]
fn a_troubled_charter_gets_every_finding_at_the_clis_place() {
    let mut client = start();
    let (_, _, diagnostics) = open_fixture(&mut client, "charters/troubled.toml");
    insta::assert_json_snapshot!("troubled_diagnostics", redact(&json!(diagnostics)));
    // The lines the CLI prints (1-based) for the same charter, profile and date.
    let lines: Vec<(String, u64)> = diagnostics
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap_or_default().to_owned(),
                d["range"]["start"]["line"].as_u64().unwrap_or_default() + 1,
            )
        })
        .collect();
    assert!(lines.contains(&("accountability.meeting-cadence".to_owned(), 22)));
    assert!(lines.contains(&("accountability.funder-not-sole-decider".to_owned(), 21)));
    assert!(lines.contains(&("house.region-named".to_owned(), 4)));
    client.shutdown();
}

#[test]
fn an_invalid_json_charter_gets_its_schema_errors_and_a_replacement() {
    let mut client = start();
    let (uri, _, diagnostics) = open_fixture(&mut client, "charters/broken.json");
    insta::assert_json_snapshot!("broken_diagnostics", redact(&json!(diagnostics)));
    let unknown = finding(&diagnostics, "unknown-key");
    let actions = client.code_actions(&uri, unknown).expect("code actions");
    let replace = &actions[0];
    assert_eq!(replace["title"], "Replace with `country`");
    assert_eq!(replace["isPreferred"], true);
    let edit = &replace["edit"]["changes"][&uri][0];
    // The key keeps its quotes.
    assert_eq!(edit["newText"], "\"country\"");
    assert_eq!(edit["range"], unknown["range"]);
    client.shutdown();
}

#[test]
fn typing_breaks_and_fixes_the_charter_and_the_latest_version_wins() {
    let mut client = start();
    let (uri, text, diagnostics) = open_fixture(&mut client, "charters/troubled.toml");
    assert!(codes(&diagnostics).contains(&"accountability.meeting-cadence".to_owned()));

    // A line that does not parse: one syntax error at its place, the findings gone.
    let broken = text.replace("meeting_every_days = 180", "meeting_every_days = ");
    client.replace(&uri, 2, &broken);
    let diagnostics = client.diagnostics(&uri, Some(2));
    assert_eq!(codes(&diagnostics), ["syntax"], "{diagnostics:?}");
    assert_eq!(diagnostics[0]["range"]["start"]["line"], 21);

    // A burst of keystrokes: results arrive in version order, the last one for the last text.
    let fixed = text.replace("meeting_every_days = 180", "meeting_every_days = 30");
    for version in 3..=20 {
        let partial = if version % 2 == 0 { &broken } else { &text };
        client.replace(&uri, version, partial);
    }
    client.replace(&uri, 21, &fixed);
    let last = client.diagnostics(&uri, Some(21));
    assert!(!codes(&last).contains(&"accountability.meeting-cadence".to_owned()));
    assert!(!codes(&last).contains(&"syntax".to_owned()));
    client.idle(Duration::from_millis(400));
    let versions: Vec<i64> = client
        .notifications
        .iter()
        .filter(|n| n.method == "textDocument/publishDiagnostics" && n.params["uri"] == uri)
        .map(|n| n.params["version"].as_i64().expect("a version"))
        .collect();
    assert!(versions.windows(2).all(|w| w[0] < w[1]), "{versions:?}");
    assert_eq!(versions.last(), Some(&21), "{versions:?}");
    // The burst was coalesced: not every keystroke was audited.
    assert!(versions.len() < 21, "{versions:?}");
    client.shutdown();
}

#[test]
fn a_charter_that_stops_parsing_keeps_its_kind_and_others_are_left_alone() {
    let mut client = start();
    let uri = uri(&workspace().join("charters/draft.toml"));
    let other = uri.replace("draft.toml", "other.toml");
    client.open(&other, "toml", 1, "[tool]\nname = \"not a charter\"\n");
    client.open(&uri, "toml", 1, "charter_version = 1\n");
    assert!(codes(&client.diagnostics(&uri, Some(1))).contains(&"required".to_owned()));
    // No `charter_version` in sight and no parse: still a charter, with its syntax error.
    client.replace(&uri, 2, "[partnership\nid = ");
    assert_eq!(codes(&client.diagnostics(&uri, Some(2))), ["syntax"]);
    // Parses, and is no charter: its diagnostics are cleared.
    client.replace(&uri, 3, "name = \"notes\"\n");
    let cleared = client
        .wait_for(|n| n.method == "textDocument/publishDiagnostics" && n.params["uri"] == uri);
    assert_eq!(cleared.params["diagnostics"], json!([]));
    client.idle(Duration::from_millis(300));
    assert!(
        !client
            .notifications
            .iter()
            .any(|n| n.params["uri"] == other),
        "a file that is not a charter got diagnostics"
    );
    client.shutdown();
}

#[test]
fn positions_count_utf16_units_by_default_and_bytes_in_utf8() {
    let text = r#"{"charter_version": 1, "partnership": {"id": "p", "name": "Café 😀 مرحبا", "summary": "S", "country": "HT", "community": "C", "start": "2024-01-01", "end": "2025-01-01"}, "partners": [{"id": "a", "name": "A", "sector": "community", "base": "local", "roles": ["implementing"]}], "governance": {"decision_making": "funder"}}"#;
    let key = text.find("\"decision_making\"").expect("the key");
    let uri = uri(&workspace().join("charters/unicode.json"));
    for (utf8, character) in [(false, text[..key].encode_utf16().count()), (true, key)] {
        let (mut client, _) =
            Client::start(init_params(&[&workspace()], trusted(), utf8), options());
        client.open(&uri, "json", 1, text);
        let diagnostics = client.diagnostics(&uri, Some(1));
        let finding = finding(&diagnostics, "accountability.funder-not-sole-decider");
        assert_eq!(
            finding["range"],
            json!({
                "start": { "line": 0, "character": character },
                "end": { "line": 0, "character": character + "\"decision_making\"".len() },
            }),
            "utf-8: {utf8}"
        );
        if !utf8 {
            insta::assert_json_snapshot!("unicode_utf16_diagnostics", redact(&json!(diagnostics)));
            // A hover at the key's UTF-16 position finds the key.
            let hover = client
                .hover(&uri, position(text, "\"decision_making\"", 3))
                .expect("a hover");
            assert_eq!(hover["range"], finding["range"]);
        }
        client.shutdown();
    }
}

#[test]
fn hovers_describe_keys_and_explain_findings() {
    let mut client = start();
    let (uri, text, _) = open_fixture(&mut client, "charters/troubled.toml");
    let mut hover = |needle: &str| {
        client
            .hover(&uri, position(&text, needle, 1))
            .expect("a hover")
    };
    let country = hover("country = ");
    let decision = hover("decision_making");
    let header = hover("partners]]");
    let nothing = hover("# A troubled");
    insta::assert_json_snapshot!("hover_country", country);
    insta::assert_json_snapshot!("hover_decision_making", decision);
    insta::assert_json_snapshot!("hover_partners_header", header);
    assert_eq!(nothing, Value::Null);
    client.shutdown();
}

/// Each completion as `label | detail | new text`.
fn completions(result: &Value) -> Vec<String> {
    result
        .as_array()
        .expect("a list of completions")
        .iter()
        .map(|c| {
            format!(
                "{} | {} | {}",
                c["label"].as_str().unwrap_or_default(),
                c["detail"].as_str().unwrap_or_default(),
                c["textEdit"]["newText"].as_str().unwrap_or_default()
            )
        })
        .collect()
}

#[test]
fn completions_offer_missing_keys_values_dates_and_rule_ids() {
    let mut client = start();
    let (uri, text) = fixture("charters/troubled.toml");
    let text = text
        .replace("meeting_every_days = 180\n", "meeting_every_days = 180\n\n")
        .replace("base = \"local\"", "base = ")
        + "\n[[waivers]]\nrule = \"\"\n[budget]\ncurrency = \"\"\n";
    client.open(&uri, "toml", 1, &text);
    client.diagnostics(&uri, Some(1));
    let mut complete = |needle: &str, after: usize| {
        let result = client
            .complete(&uri, position(&text, needle, after))
            .expect("completions");
        completions(&result)
    };
    // A new line in [governance]: the keys it does not have yet.
    let keys = complete("= 180\n", "= 180\n".len());
    insta::assert_json_snapshot!("complete_governance_keys", keys);
    let base = complete("base = ", "base = ".len());
    assert_eq!(
        base,
        [
            "local |  | \"local\"",
            "national |  | \"national\"",
            "international |  | \"international\""
        ]
    );
    let currency = complete("currency = \"\"", "currency = \"".len());
    assert!(currency.len() > 150, "{}", currency.len());
    // Inside the quotes: the code alone.
    assert!(
        currency.contains(&"HTG |  | HTG".to_owned()),
        "{currency:?}"
    );
    let start = complete("start = 2024", "start = ".len());
    assert_eq!(
        start,
        ["YYYY-MM-DD | a date: today is 4 December 2026 | 2026-12-04"]
    );
    let rules = complete("rule = \"\"\n[budget]", "rule = \"".len());
    insta::assert_json_snapshot!("complete_waiver_rule", rules);
    client.shutdown();
}

#[test]
fn code_actions_waive_and_explain_a_finding() {
    let mut client = start();
    let (uri, text, diagnostics) = open_fixture(&mut client, "charters/troubled.toml");
    let cadence = finding(&diagnostics, "accountability.meeting-cadence");
    let actions = client.code_actions(&uri, cadence).expect("code actions");
    insta::assert_json_snapshot!("actions_waive_and_explain", redact(&actions));
    // Applying the waiver: the finding becomes waived, and the empty reason is a located error.
    let edit = &actions[0]["edit"]["changes"][&uri][0];
    let end = text.lines().count();
    assert_eq!(
        edit["range"]["start"],
        json!({ "line": end, "character": 0 })
    );
    let waived = format!("{text}{}", edit["newText"].as_str().expect("text"));
    client.replace(&uri, 2, &waived);
    let after = client.diagnostics(&uri, Some(2));
    let reason = after
        .iter()
        .find(|d| d["code"] == "pattern" || d["code"] == "length");
    let reason = reason.expect("the empty reason is refused");
    // A blank line, the header, the rule, then the reason.
    assert_eq!(reason["range"]["start"]["line"], end + 3, "{reason}");
    // Explaining: the client cannot open documents, so the explanation is a message.
    let explained = client
        .execute(
            "accord.explainRule",
            json!(["accountability.meeting-cadence"]),
        )
        .expect("explained");
    assert!(
        explained["markdown"]
            .as_str()
            .unwrap_or_default()
            .starts_with("**`accountability.meeting-cadence`**")
    );
    let message = client.wait_for(|n| n.method == "window/showMessage");
    assert!(
        message.params["message"]
            .as_str()
            .unwrap_or_default()
            .starts_with("accountability.meeting-cadence  (warning")
    );
    client.shutdown();
}

#[test]
fn explanations_open_as_documents_when_the_client_can() {
    let mut params = init_params(&[&workspace()], trusted(), false);
    params["capabilities"]["window"] = json!({ "showDocument": { "support": true } });
    let (mut client, _) = Client::start(params, options());
    client
        .execute("accord.explainRule", json!(["house.region-named"]))
        .expect("explained");
    let shown = client.wait_for(|n| n.method == "window/showDocument");
    let path = shown.params["uri"]
        .as_str()
        .unwrap_or_default()
        .trim_start_matches("file://")
        .to_owned();
    assert!(path.ends_with("/house.region-named.md"), "{path}");
    let markdown = std::fs::read_to_string(&path).expect("the explanation was written");
    assert!(markdown.contains("House review guide"), "{markdown}");
    let unknown = client.execute("accord.explainRule", json!(["no.such-rule"]));
    assert!(unknown.is_err());
    client.shutdown();
    assert!(
        !Path::new(&path).exists(),
        "the explanation is removed when the server stops"
    );
}

#[test]
fn document_symbols_outline_the_charter() {
    let mut client = start();
    let (uri, text) = fixture("charters/troubled.toml");
    let text = format!(
        "{text}\n[[goals]]\nid = \"springs\"\nstatement = \"Protect three springs.\"\n\n[[goals.benchmarks]]\nid = \"first-spring\"\ndescription = \"The first spring is protected.\"\ndue = 2025-06-30\n\n[exit]\nhandover_date = 2026-06-30\n"
    );
    client.open(&uri, "toml", 1, &text);
    let symbols = client
        .request(
            "textDocument/documentSymbol",
            json!({ "textDocument": { "uri": uri } }),
        )
        .expect("symbols");
    insta::assert_json_snapshot!("symbols", symbols);
    client.shutdown();
}

#[test]
fn packs_profiles_and_the_configuration_are_checked_against_their_schemas() {
    let mut client = start();
    let (config, _) = fixture("accord.toml");
    client.open(&config, "toml", 1, "profil = \"./profile.toml\"\n");
    let diagnostics = client.diagnostics(&config, Some(1));
    assert_eq!(codes(&diagnostics), ["unknown-key"]);
    assert_eq!(diagnostics[0]["data"], json!({ "replace_with": "profile" }));
    let (pack, text) = fixture("house.toml");
    client.open(
        &pack,
        "toml",
        1,
        &text.replace("severity = \"info\"", "severity = \"fatal\""),
    );
    let diagnostics = client.diagnostics(&pack, Some(1));
    assert_eq!(codes(&diagnostics), ["enum"], "{diagnostics:?}");
    assert_eq!(diagnostics[0]["range"]["start"]["line"], 8);
    let (profile, text) = fixture("profile.toml");
    client.open(&profile, "toml", 1, &text);
    assert_eq!(client.diagnostics(&profile, Some(1)), Vec::<Value>::new());
    // A hover in the profile speaks of the profile's keys.
    let hover = client
        .hover(&profile, position(&text, "packs", 1))
        .expect("a hover");
    assert!(
        hover["contents"]["value"]
            .as_str()
            .unwrap_or_default()
            .starts_with("**`packs`**: a list of texts"),
        "{hover}"
    );
    client.shutdown();
}

#[test]
fn the_workspace_audit_publishes_every_charter_on_disk() {
    let mut client = start();
    let summary = client
        .request(
            "workspace/executeCommand",
            json!({ "command": "accord.auditWorkspace" }),
        )
        .expect("the workspace audit");
    assert_eq!(
        summary,
        json!({ "charters": 2, "pass": 0, "fail": 1, "invalid": 1, "error": 0 })
    );
    let root = workspace();
    let troubled = client.diagnostics(&uri(&root.join("charters/troubled.toml")), None);
    assert_eq!(troubled.len(), 7);
    let broken = client.diagnostics(&uri(&root.join("charters/broken.json")), None);
    assert_eq!(codes(&broken), ["required", "unknown-key"]);
    client.idle(Duration::from_millis(200));
    assert!(
        !client.notifications.iter().any(|n| n.params["uri"]
            .as_str()
            .is_some_and(|u| u.ends_with("notes.json") || u.ends_with("house.toml"))),
        "only charters are audited"
    );
    client.shutdown();
}

#[test]
fn a_queued_request_cancelled_before_it_runs_is_not_run() {
    let (uri, text) = fixture("charters/troubled.toml");
    let queued = vec![
        Notification::new(
            "textDocument/didOpen".to_owned(),
            json!({ "textDocument": { "uri": uri, "languageId": "toml", "version": 1, "text": text } }),
        )
        .into(),
        Request::new(
            RequestId::from(7),
            "textDocument/hover".to_owned(),
            json!({ "textDocument": { "uri": uri }, "position": position(&text, "country", 1) }),
        )
        .into(),
        Notification::new("$/cancelRequest".to_owned(), json!({ "id": 7 })).into(),
        Request::new(
            RequestId::from(8),
            "textDocument/hover".to_owned(),
            json!({ "textDocument": { "uri": uri }, "position": position(&text, "country", 1) }),
        )
        .into(),
    ];
    let mut client = Client::start_with_queue(
        init_params(&[&workspace()], trusted(), false),
        options(),
        queued,
    );
    let cancelled = client.response(&RequestId::from(7)).expect_err("cancelled");
    assert_eq!(
        cancelled.code,
        lsp_server::ErrorCode::RequestCanceled as i32
    );
    let answered = client.response(&RequestId::from(8)).expect("answered");
    assert!(
        answered["contents"]["value"]
            .as_str()
            .is_some_and(|v| v.contains("country"))
    );
    client.shutdown();
}

#[test]
fn a_document_over_the_size_limit_gets_one_diagnostic() {
    let mut client = start();
    let uri = uri(&workspace().join("charters/huge.toml"));
    let text = format!("charter_version = 1\n{}", "# padding\n".repeat(450_000));
    client.open(&uri, "toml", 1, &text);
    let diagnostics = client.diagnostics(&uri, Some(1));
    assert_eq!(codes(&diagnostics), ["too-large"], "{diagnostics:?}");
    let hover = client
        .hover(&uri, json!({ "line": 0, "character": 2 }))
        .expect("an answer");
    assert_eq!(hover, Value::Null);
    // Nor an outline: the document is not parsed.
    let symbols = client
        .request(
            "textDocument/documentSymbol",
            json!({ "textDocument": { "uri": uri } }),
        )
        .expect("an answer");
    assert_eq!(symbols, Value::Null);
    client.shutdown();
}

/// A workspace whose configuration names plugin directories.
fn untrusted_workspace(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir()
        .join(format!("accord-lsp-{name}-{}", std::process::id()))
        .canonicalize_or_create();
    std::fs::write(
        dir.join("accord.toml"),
        "profile = \"./p.toml\"\nplugin_dirs = [\"libs\"]\n",
    )
    .expect("write");
    std::fs::write(
        dir.join("p.toml"),
        "name = \"p\"\nplugins = []\npacks = [\"core\"]\n",
    )
    .expect("write");
    dir
}

trait CreateDir {
    fn canonicalize_or_create(self) -> std::path::PathBuf;
}

impl CreateDir for std::path::PathBuf {
    fn canonicalize_or_create(self) -> std::path::PathBuf {
        let _ = std::fs::remove_dir_all(&self);
        std::fs::create_dir_all(&self).expect("a temporary directory");
        self.canonicalize().expect("canonical")
    }
}

/// Untrusted, the fixture workspace keeps its profile's settings and the built-in `core` pack,
/// but not the house pack file its profile names: a workspace does not add rules to the editor
/// until it is trusted, and the server says so once.
#[test]
fn an_untrusted_workspace_gets_no_pack_files() {
    let (uri, text) = fixture("charters/troubled.toml");
    let mut codes = Vec::new();
    for options_given in [Value::Null, trusted()] {
        let (mut client, _) = Client::start(
            init_params(&[&workspace()], options_given.clone(), false),
            options(),
        );
        client.open(&uri, "toml", 1, &text);
        let diagnostics = client.diagnostics(&uri, Some(1));
        let told: Vec<String> = client
            .notifications
            .iter()
            .filter(|n| n.method == "window/showMessage")
            .map(|n| n.params["message"].as_str().unwrap_or_default().to_owned())
            .collect();
        if options_given.is_null() {
            assert_eq!(told.len(), 1, "{told:?}");
            assert!(told[0].contains("pack files"), "{}", told[0]);
        } else {
            assert!(told.is_empty(), "{told:?}");
        }
        codes.push(self::codes(&diagnostics));
        client.shutdown();
    }
    let [untrusted, trusted] = [&codes[0], &codes[1]];
    assert!(
        !untrusted.iter().any(|c| c.starts_with("house.")),
        "{untrusted:?}"
    );
    assert!(
        untrusted
            .iter()
            .any(|c| c.starts_with("transparency.") || c.starts_with("accountability."))
    );
    assert!(
        trusted.contains(&"house.region-named".to_owned()),
        "{trusted:?}"
    );
}

#[test]
fn an_untrusted_workspace_says_so_once_and_a_trusted_one_not_at_all() {
    let (a, b) = (
        untrusted_workspace("trust-a"),
        untrusted_workspace("trust-b"),
    );
    let (mut client, _) = Client::start(init_params(&[&a, &b], Value::Null, false), options());
    // The server logs each folder's rules as it sets it up, then says what it has to say.
    let b_text = b.display().to_string();
    let set_up = |n: &Notification| {
        n.method == "window/logMessage"
            && n.params["message"]
                .as_str()
                .is_some_and(|m| m.starts_with(&b_text))
    };
    client.wait_for(set_up);
    let told: Vec<&Notification> = client
        .notifications
        .iter()
        .filter(|n| n.method == "window/showMessage")
        .collect();
    assert_eq!(told.len(), 1, "{told:?}");
    assert_eq!(told[0].params["type"], 2);
    assert!(
        told[0].params["message"]
            .as_str()
            .unwrap_or_default()
            .contains("trustWorkspace")
    );
    client.shutdown();
    let trusted = json!({ "trustWorkspace": true });
    let (mut client, _) = Client::start(init_params(&[&a, &b], trusted, false), options());
    client.wait_for(set_up);
    assert!(
        !client
            .notifications
            .iter()
            .any(|n| n.method == "window/showMessage")
    );
    client.shutdown();
    for dir in [a, b] {
        std::fs::remove_dir_all(dir).expect("cleaned up");
    }
}

#[test]
fn changing_the_profile_on_disk_rebuilds_the_engine() {
    let dir = untrusted_workspace("rebuild");
    let (mut client, _) = Client::start(init_params(&[&dir], Value::Null, false), options());
    let (_, text) = fixture("charters/troubled.toml");
    let charter = uri(&dir.join("charter.toml"));
    client.open(&charter, "toml", 1, &text);
    assert!(
        codes(&client.diagnostics(&charter, Some(1)))
            .contains(&"accountability.meeting-cadence".to_owned())
    );
    std::fs::write(
        dir.join("p.toml"),
        "name = \"p\"\nplugins = []\npacks = [\"core\"]\ndisable = [\"accountability.meeting-cadence\"]\n",
    )
    .expect("write");
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({ "changes": [{ "uri": uri(&dir.join("p.toml")), "type": 2 }] }),
    );
    let after = client.diagnostics(&charter, Some(1));
    assert!(
        !codes(&after).contains(&"accountability.meeting-cadence".to_owned()),
        "{after:?}"
    );
    assert!(codes(&after).contains(&"accountability.funder-not-sole-decider".to_owned()));
    client.shutdown();
    std::fs::remove_dir_all(dir).expect("cleaned up");
}

// ---------------------------------------------------------------------------------------------
// The editor's language

/// A client whose editor says it speaks `locale` (`initialize.locale`).
fn start_in(locale: &str, folders: &[&Path]) -> Client {
    let mut params = init_params(folders, Value::Null, false);
    params["locale"] = json!(locale);
    Client::start(params, options()).0
}

/// Diagnostics, hovers, completions and code actions in the editor's language: the rules' texts
/// and messages from the catalogue, the server's own words from `lsp.ftl`.
#[test]
fn the_editors_language_is_the_servers() {
    for locale in ["fr", "es"] {
        let mut client = start_in(locale, &[&workspace()]);
        let (uri, text, diagnostics) = open_fixture(&mut client, "charters/troubled.toml");
        let cadence = finding(&diagnostics, "accountability.meeting-cadence");
        insta::assert_json_snapshot!(format!("{locale}_cadence_diagnostic"), redact(cadence));
        let hover = client
            .hover(&uri, position(&text, "decision_making", 1))
            .expect("a hover");
        insta::assert_json_snapshot!(format!("{locale}_hover_decision_making"), hover);
        let actions = client.code_actions(&uri, cadence).expect("code actions");
        let titles: Vec<&str> = actions
            .as_array()
            .expect("actions")
            .iter()
            .map(|a| a["title"].as_str().unwrap_or_default())
            .collect();
        insta::assert_json_snapshot!(format!("{locale}_action_titles"), titles);
        let with_line = text.replace("meeting_every_days = 180\n", "meeting_every_days = 180\n\n");
        client.replace(&uri, 2, &with_line);
        client.diagnostics(&uri, Some(2));
        let keys = client
            .complete(&uri, position(&with_line, "= 180\n", "= 180\n".len()))
            .expect("completions");
        insta::assert_json_snapshot!(format!("{locale}_completion_keys"), completions(&keys));
        client.shutdown();
    }
}

#[test]
fn a_language_accord_does_not_speak_is_english_and_said_once_in_the_log() {
    let mut client = start_in("de-DE", &[&workspace()]);
    let (_, _, diagnostics) = open_fixture(&mut client, "charters/troubled.toml");
    let cadence = finding(&diagnostics, "accountability.meeting-cadence");
    assert!(
        cadence["message"]
            .as_str()
            .unwrap_or_default()
            .starts_with("The governing body does not meet")
    );
    let logged: Vec<String> = client
        .notifications
        .iter()
        .filter(|n| n.method == "window/logMessage")
        .filter_map(|n| n.params["message"].as_str().map(str::to_owned))
        .filter(|m| m.contains("de-DE"))
        .collect();
    assert_eq!(
        logged,
        [
            "the editor's language `de-DE` is not one Accord speaks; Accord writes in English (set `--lang` in the server's command to choose another)"
        ]
    );
    client.shutdown();
}

/// `--lang` wins over the editor; a folder's `lang` wins over the editor but not over `--lang`;
/// messages about a folder are in its language.
#[test]
fn the_flag_then_the_folders_lang_then_the_editors() {
    let dir = untrusted_workspace("lang");
    std::fs::write(
        dir.join("accord.toml"),
        "profile = \"./p.toml\"\nplugin_dirs = [\"libs\"]\nlang = \"es\"\n",
    )
    .expect("write");
    let (_, text) = fixture("charters/troubled.toml");
    let charter = uri(&dir.join("charter.toml"));
    let message = |client: &mut Client| {
        client.open(&charter, "toml", 1, &text);
        client
            .diagnostics(&charter, Some(1))
            .iter()
            .find(|d| d["code"] == "accountability.meeting-cadence")
            .and_then(|d| d["message"].as_str().map(str::to_owned))
            .expect("the finding")
    };
    let mut client = start_in("fr", &[&dir]);
    let spanish = message(&mut client);
    let told = client.wait_for(|n| n.method == "window/showMessage");
    assert!(
        told.params["message"]
            .as_str()
            .unwrap_or_default()
            .starts_with("Accord solo usa aquí sus extensiones"),
        "{told:?}"
    );
    client.shutdown();
    let mut params = init_params(&[&dir], Value::Null, false);
    params["locale"] = json!("fr");
    let flagged = Options {
        lang: accord_core::lang::Lang::from_tag("en"),
        ..options()
    };
    let (mut client, _) = Client::start(params, flagged);
    let english = message(&mut client);
    client.shutdown();
    assert!(
        english.starts_with("The governing body does not meet"),
        "{english}"
    );
    assert_ne!(spanish, english);
    std::fs::remove_dir_all(dir).expect("cleaned up");
}

/// The day the rollover test's clock says it is (5 or 6 December 2026).
static DAY: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(5);

fn moving_clock() -> accord_plugin::Date {
    let day = DAY.load(std::sync::atomic::Ordering::SeqCst);
    accord_plugin::Date::new(2026, 12, u32::from(day)).expect("a December day")
}

/// A session left open past midnight audits on the new day: a waiver that expires on the 5th
/// still holds that day, and is expired once the clock says the 6th.
#[test]
fn past_midnight_the_audit_date_moves_on() {
    let (uri, text) = fixture("charters/troubled.toml");
    let text = text.replacen(
        "reason = \"The grant agreement sets out how the partnership ends.\"",
        "reason = \"The grant agreement sets out how the partnership ends.\"\nexpires = 2026-12-05",
        1,
    );
    assert!(text.contains("expires = 2026-12-05"));
    let clocked = Options {
        today: None,
        clock: moving_clock,
        ..options()
    };
    let (mut client, _) = Client::start(init_params(&[&workspace()], trusted(), false), clocked);
    client.open(&uri, "toml", 1, &text);
    assert!(!codes(&client.diagnostics(&uri, Some(1))).contains(&"waiver.expired".to_owned()));
    DAY.store(6, std::sync::atomic::Ordering::SeqCst);
    client.replace(&uri, 2, &text);
    let after = codes(&client.diagnostics(&uri, Some(2)));
    assert!(after.contains(&"waiver.expired".to_owned()), "{after:?}");
    client.shutdown();
}
