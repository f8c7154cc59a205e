//! Reports in the reader's language: which language a run speaks (`--lang`, the config's `lang`,
//! then LC_ALL, LC_MESSAGES and LANG), the built-in rules' texts and messages in French and
//! Spanish, JSON reports that differ across languages only where they should, and a third-party
//! plugin without translations that still works in French.

use serde_json::Value;

use crate::util::audit::{json_lines_of, plugin_dir_arg, reports};
use crate::util::{Output, command_in, insta_settings, output_of, temp_dir, workspace_root};

/// `accord ARGS…` from the workspace root with these locale variables (and no others).
fn run_env(env: &[(&str, &str)], args: &[&str]) -> Output {
    let out = output_of(
        command_in(&workspace_root())
            .args(args)
            .envs(env.iter().copied()),
    );
    assert!(
        !out.crashed(),
        "accord crashed on {args:?}:\n{}",
        out.stderr
    );
    out
}

/// `accord explain RULE --no-config --plugin-dir <built> EXTRA…` with these locale variables.
fn explain(env: &[(&str, &str)], rule: &str, extra: &[&str]) -> Output {
    let dir = plugin_dir_arg();
    let mut args = vec!["explain", rule, "--no-config", "--plugin-dir", &dir];
    args.extend_from_slice(extra);
    let out = run_env(env, &args);
    assert_eq!(out.code, 0, "{}", out.stderr);
    out
}

/// The language `explain`'s first line is in: `en`, `fr` or `es`.
fn language_of(out: &Output) -> &'static str {
    let first = out.stdout.lines().next().unwrap_or_default();
    if first.contains(", category ") {
        "en"
    } else if first.contains(", catégorie ") {
        "fr"
    } else if first.contains(", categoría ") {
        "es"
    } else {
        panic!("explain in no known language: {first}")
    }
}

#[test]
fn lang_fr_explains_in_french() {
    let out = explain(&[("LANG", "fr_FR.UTF-8")], "exit.local-successor", &[]);
    assert!(
        out.stdout.starts_with(
            "exit.local-successor  (erreur, catégorie sortie, source\u{a0}: extension exit-plan)\n\n\
             Un partenaire local dirige après la passation"
        ),
        "{}",
        out.stdout
    );
    for heading in [
        "\nPourquoi\n",
        "\nComment corriger\n",
        "\nExemple (conforme)\n",
    ] {
        assert!(
            out.stdout.contains(heading),
            "{heading:?} in {}",
            out.stdout
        );
    }
    // The example's prose is French; its keys and ids are the charter format's.
    assert!(out.stdout.contains("  successor = \"konbit\"\n"));
    assert!(out.stdout.contains("gère seule les points d’eau"));
    assert!(out.stderr.is_empty(), "{}", out.stderr);
}

#[test]
fn explain_snapshots_in_french_and_spanish() {
    // One rule of each origin: a plugin, the core pack and the host.
    for rule in [
        "exit.local-successor",
        "accountability.meeting-cadence",
        "waiver.expired",
    ] {
        for lang in ["fr", "es"] {
            let out = explain(&[], rule, &["--lang", lang]);
            let name = format!("explain_{lang}_{rule}");
            insta_settings().bind(|| insta::assert_snapshot!(name, out.stdout));
        }
    }
}

#[test]
fn the_flag_wins_then_the_config_then_lc_all_lc_messages_lang() {
    let fr = "fr_FR.UTF-8";
    let es = "es_PE.UTF-8";
    let with =
        |env: &[(&str, &str)], extra: &[&str]| language_of(&explain(env, "exit.strategy", extra));
    assert_eq!(with(&[("LC_ALL", fr)], &["--lang", "es"]), "es");
    assert_eq!(
        with(&[("LC_ALL", fr), ("LC_MESSAGES", es), ("LANG", es)], &[]),
        "fr"
    );
    assert_eq!(with(&[("LC_MESSAGES", es), ("LANG", fr)], &[]), "es");
    assert_eq!(with(&[("LANG", es)], &[]), "es");
    // An empty variable counts as unset.
    assert_eq!(with(&[("LC_ALL", ""), ("LANG", fr)], &[]), "fr");
    assert_eq!(with(&[], &[]), "en");
    for posix in ["C", "POSIX", "C.UTF-8"] {
        let out = explain(&[("LC_ALL", posix), ("LANG", fr)], "exit.strategy", &[]);
        assert_eq!(language_of(&out), "en", "{posix}");
        assert!(out.stderr.is_empty(), "{posix}: {}", out.stderr);
    }

    // The config's `lang` comes after `--lang` and before the locale.
    let dir = temp_dir("l10n-config");
    let config = dir.path().join("accord.toml");
    std::fs::write(&config, "lang = \"es\"\n").expect("write the config");
    let config = config.display().to_string();
    let plugins = plugin_dir_arg();
    let explain_with_config = |env: &[(&str, &str)], extra: &[&str]| {
        let mut args = vec![
            "explain",
            "exit.strategy",
            "--config",
            &config,
            "--plugin-dir",
            &plugins,
        ];
        args.extend_from_slice(extra);
        let out = run_env(env, &args);
        assert_eq!(out.code, 0, "{}", out.stderr);
        language_of(&out)
    };
    assert_eq!(explain_with_config(&[("LC_ALL", fr)], &[]), "es");
    assert_eq!(
        explain_with_config(&[("LC_ALL", fr)], &["--lang", "fr"]),
        "fr"
    );
}

#[test]
fn an_unsupported_language_is_one_warning_then_english() {
    let dir = plugin_dir_arg();
    let out = run_env(
        &[],
        &[
            "audit",
            "examples/charters",
            "--lang",
            "de",
            "--no-config",
            "--plugin-dir",
            &dir,
            "--format",
            "json",
            "--today",
            "2026-11-27",
        ],
    );
    let warnings: Vec<&str> = out
        .stderr
        .lines()
        .filter(|l| l.starts_with("warning:"))
        .collect();
    assert_eq!(
        warnings,
        ["warning: Accord does not speak the language `de` (from --lang); it writes in English"],
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("help: the languages are en (English), fr (français), es (español)"),
        "{}",
        out.stderr
    );
    let lines = json_lines_of(&out.stdout);
    assert!(reports(&lines).iter().all(|r| r["lang"] == "en"));

    let from_env = explain(&[("LANG", "de_DE.UTF-8")], "exit.strategy", &[]);
    assert_eq!(language_of(&from_env), "en");
    assert!(
        from_env.stderr.contains("`de-DE` (from LANG=de_DE.UTF-8)"),
        "{}",
        from_env.stderr
    );
}

/// The JSON reports of every example charter, valid or not, in one language.
fn example_reports(lang: &str) -> Vec<Value> {
    let dir = plugin_dir_arg();
    let out = run_env(
        &[],
        &[
            "audit",
            "examples/charters",
            "examples/invalid",
            "tests/fixtures/audit",
            "tests/fixtures/invalid",
            "--lang",
            lang,
            "--no-config",
            "--plugin-dir",
            &dir,
            "--format",
            "json",
            "--today",
            "2026-11-27",
        ],
    );
    assert!(out.stderr.is_empty(), "{}", out.stderr);
    let lines = json_lines_of(&out.stdout);
    reports(&lines).into_iter().cloned().collect()
}

/// The sentences of a report that follow its language, each named by where it is: every
/// finding's `message` and `fix`, every validation error's `message` and `help`, every verdict
/// reason's `message`.
fn sentences(report: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut take = |list: &str, fields: &[&str]| {
        for (i, item) in report[list].as_array().into_iter().flatten().enumerate() {
            for field in fields {
                if let Some(text) = item[*field].as_str() {
                    out.push((format!("{list}[{i}].{field}"), text.to_owned()));
                }
            }
        }
    };
    take("findings", &["message", "fix"]);
    take("errors", &["message", "help"]);
    take("verdict_reasons", &["message"]);
    out
}

/// A report without what may change with its language.
fn without_language(report: &Value) -> Value {
    let mut report = report.clone();
    let object = report.as_object_mut().expect("a report is an object");
    object.remove("lang");
    object.remove("untranslated_plugins");
    for (list, fields) in [
        ("findings", &["message", "fix"][..]),
        ("errors", &["message", "help"][..]),
        ("verdict_reasons", &["message"][..]),
    ] {
        for item in object
            .get_mut(list)
            .and_then(Value::as_array_mut)
            .into_iter()
            .flatten()
        {
            let item = item.as_object_mut().expect("an object");
            for field in fields {
                item.remove(*field);
            }
        }
    }
    report
}

#[test]
fn json_reports_differ_across_languages_only_in_lang_message_and_fix() {
    let english = example_reports("en");
    assert!(
        english.len() >= 60,
        "the examples and fixtures give reports"
    );
    let invalid = english.iter().filter(|r| r["status"] == "invalid").count();
    assert!(invalid >= 40, "the invalid fixtures are among them");
    let mut compared = 0;
    for lang in ["fr", "es"] {
        let translated = example_reports(lang);
        assert_eq!(translated.len(), english.len());
        for (en, tr) in english.iter().zip(&translated) {
            let path = &en["charter"]["path"];
            assert_eq!(tr["lang"], lang, "{path}");
            assert_eq!(en["lang"], "en");
            // Every built-in plugin speaks French and Spanish.
            assert_eq!(tr["untranslated_plugins"], serde_json::json!([]), "{path}");
            assert_eq!(
                without_language(en),
                without_language(tr),
                "{path}: the {lang} report differs from the English one beyond lang, message and fix"
            );
            // And every sentence did change: no English left, no argument left out.
            let (en, tr) = (sentences(en), sentences(tr));
            assert_eq!(en.len(), tr.len(), "{path}");
            for ((at, e), (_, t)) in en.iter().zip(&tr) {
                assert_ne!(e, t, "{path}: {at} is still English in {lang}");
                assert!(!t.contains("{$") && !t.contains("{ $"), "{path}: {t}");
                compared += 1;
            }
        }
    }
    assert!(compared > 1000, "only {compared} sentences compared");
}

#[test]
fn french_numbers_in_a_french_report() {
    let dir = plugin_dir_arg();
    let out = run_env(
        &[],
        &[
            "audit",
            "tests/fixtures/audit/two-intermediaries.toml",
            "--lang",
            "fr",
            "--no-config",
            "--plugin-dir",
            &dir,
            "--format",
            "json",
            "--today",
            "2026-11-27",
        ],
    );
    let report = json_lines_of(&out.stdout).remove(0);
    let finding = report["findings"]
        .as_array()
        .and_then(|f| {
            f.iter()
                .find(|f| f["rule"] == "transparency.local-funding-share")
        })
        .cloned()
        .expect("the fixture misses the local funding share");
    let message = finding["message"].as_str().unwrap_or_default();
    assert!(
        message.starts_with("Les partenaires locaux reçoivent ")
            && message.contains("\u{202F}% du budget")
            && message.contains("en dessous de l’objectif de 25\u{202F}%"),
        "{message}"
    );
}

/// A C test plugin built by build.rs, as an argument.
fn c_plugin(name: &str) -> String {
    crate::util::c_plugin(name).display().to_string()
}

/// A profile that loads no plugin by name and no pack, so only `--plugin` files run.
fn bare_profile(dir: &tempfile::TempDir) -> String {
    let profile = dir.path().join("bare.toml");
    std::fs::write(&profile, "name = \"bare\"\nplugins = []\npacks = []\n")
        .expect("write the profile");
    profile.display().to_string()
}

/// Audits a charter without a budget with the two C plugins, in `lang`.
fn audit_with_c_plugins(lang: &str, extra: &[&str]) -> Value {
    let dir = temp_dir("l10n-c");
    let profile = bare_profile(&dir);
    let (demo, parle) = (c_plugin("c-demo"), c_plugin("c-parle"));
    let mut args = vec![
        "audit",
        "tests/fixtures/audit/no-budget.toml",
        "--profile",
        &profile,
        "--plugin",
        &demo,
        "--plugin",
        &parle,
        "--no-config",
        "--format",
        "json",
        "--lang",
        lang,
    ];
    args.extend_from_slice(extra);
    let out = run_env(&[], &args);
    assert!(out.stderr.is_empty(), "{}", out.stderr);
    json_lines_of(&out.stdout).remove(0)
}

fn finding_of<'a>(report: &'a Value, rule: &str) -> &'a Value {
    report["findings"]
        .as_array()
        .and_then(|f| f.iter().find(|f| f["rule"] == rule))
        .unwrap_or_else(|| panic!("no finding of {rule} in {report}"))
}

#[test]
fn a_plugin_without_translations_works_in_french_and_the_report_says_so() {
    for extra in [&[][..], &["--isolate"][..]] {
        let report = audit_with_c_plugins("fr", extra);
        assert_eq!(report["lang"], "fr");
        assert_eq!(
            report["untranslated_plugins"],
            serde_json::json!(["c-demo"])
        );
        let demo = finding_of(&report, "cdemo.has-budget");
        assert_eq!(
            demo["message"], "The charter has no budget (found by a C plugin).",
            "{extra:?}"
        );
        assert_eq!(
            demo["fix"],
            "Add a `[budget]` table with `published = true`."
        );
        // The plugin that lists French in `message_languages` gets the locale and answers in
        // French; its translated fix comes from its manifest's `l10n`.
        let parle = finding_of(&report, "cparle.has-budget");
        assert_eq!(
            parle["message"], "La charte n’a pas de budget.",
            "{extra:?}"
        );
        assert_eq!(parle["fix"], "Ajoutez une section `[budget]`.");
    }
    // In Spanish, which neither speaks: both in English, both named.
    let spanish = audit_with_c_plugins("es", &[]);
    assert_eq!(
        spanish["untranslated_plugins"],
        serde_json::json!(["c-demo", "c-parle"])
    );
    assert_eq!(
        finding_of(&spanish, "cparle.has-budget")["message"],
        "The charter has no budget."
    );
    // In English nobody is untranslated and no locale is sent.
    let english = audit_with_c_plugins("en", &[]);
    assert_eq!(english["untranslated_plugins"], serde_json::json!([]));
    assert_eq!(
        finding_of(&english, "cparle.has-budget")["message"],
        "The charter has no budget."
    );
}

#[test]
fn explain_falls_back_to_english_text_by_text() {
    let dir = temp_dir("l10n-c-explain");
    let profile = bare_profile(&dir);
    let parle = c_plugin("c-parle");
    let out = run_env(
        &[],
        &[
            "explain",
            "cparle.has-budget",
            "--profile",
            &profile,
            "--plugin",
            &parle,
            "--no-config",
            "--lang",
            "fr",
        ],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    // Translated summary, rationale and fix; the example it does not translate stays as given.
    assert!(
        out.stdout.contains("\nLa charte a un budget.\n"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("  Ajoutez une section `[budget]`. Publiez-la.\n")
    );
    assert!(
        out.stdout
            .contains("Exemple (conforme)\n  [budget]\n  currency = \"USD\"\n")
    );
}

#[test]
fn rules_lists_in_the_language() {
    let dir = plugin_dir_arg();
    let out = run_env(
        &[],
        &["rules", "--lang", "es", "--no-config", "--plugin-dir", &dir],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let first = out.stdout.lines().next().unwrap_or_default();
    assert!(first.starts_with("REGLA "), "{first}");
    let successor = out
        .stdout
        .lines()
        .find(|l| l.starts_with("exit.local-successor "))
        .expect("the rule is listed");
    assert!(
        successor.contains("error  ")
            && successor.contains("extensión exit-plan")
            && successor.contains("Un socio local lidera después del traspaso"),
        "{successor}"
    );
    assert!(out.stdout.ends_with("48 reglas; `accord explain REGLA` explica qué comprueba cada una, por qué y cómo corregirlo.\n"));
    // JSON keeps its machine fields; only the summary is in the language.
    let json = run_env(
        &[],
        &[
            "rules",
            "--format",
            "json",
            "--lang",
            "fr",
            "--no-config",
            "--plugin-dir",
            &dir,
        ],
    );
    let rule: Value = json
        .stdout
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).expect("a JSON line"))
        .find(|r| r["id"] == "exit.local-successor")
        .expect("listed");
    assert_eq!(rule["severity"], "error");
    assert_eq!(rule["source"], "plugin exit-plan");
    assert!(
        rule["summary"]
            .as_str()
            .is_some_and(|s| s.starts_with("Un partenaire local"))
    );
}

#[test]
fn a_funder_pack_speaks_french() {
    let dir = temp_dir("l10n-pack");
    let pack = dir.path().join("foundation.toml");
    std::fs::write(
        &pack,
        r#"[pack]
name = "foundation"
version = "1.0.0"

[[rule]]
id = "foundation.iati"
category = "foundation"
severity = "warning"
summary = "The partnership names its IATI publisher."
rationale = "Our board asks it."
fix = "Set `transparency.iati_publisher`."
path = "/transparency/iati_publisher"
assert = { type = "string" }
message = "The partnership names no IATI publisher."

[rule.l10n.fr]
summary = "Le partenariat nomme son éditeur IITA."
message = "Le partenariat ne nomme aucun éditeur IITA."
"#,
    )
    .expect("write the pack");
    let pack = pack.display().to_string();
    let plugins = plugin_dir_arg();
    let out = run_env(
        &[],
        &[
            "audit",
            "tests/fixtures/audit/no-budget.toml",
            "--pack",
            &pack,
            "--no-config",
            "--plugin-dir",
            &plugins,
            "--format",
            "json",
            "--lang",
            "fr",
        ],
    );
    let report = json_lines_of(&out.stdout).remove(0);
    let finding = finding_of(&report, "foundation.iati");
    assert_eq!(
        finding["message"],
        "Le partenariat ne nomme aucun éditeur IITA."
    );
    // No French fix: the English one.
    assert_eq!(finding["fix"], "Set `transparency.iati_publisher`.");

    // A key the format does not have is refused, naming the file.
    std::fs::write(
        dir.path().join("bad.toml"),
        std::fs::read_to_string(&pack)
            .expect("read the pack")
            .replace("[rule.l10n.fr]\n", "[rule.l10n.fr]\nreason = \"x\"\n"),
    )
    .expect("write the bad pack");
    let bad = dir.path().join("bad.toml").display().to_string();
    let out = run_env(&[], &["validate", "--as", "pack", &bad]);
    assert_eq!(out.code, 2, "{}", out.stdout);
    assert!(out.stdout.contains("reason"), "{}", out.stdout);
}

/// A plugin file that cannot be used is refused in the reader's language, whether the host
/// reads it or an isolated worker does (the worker is told the run's language), and the
/// system's reason for an unreadable file is the reader's too.
#[test]
fn a_refused_plugin_is_explained_in_the_readers_language_even_from_a_worker() {
    let dir = temp_dir("refused-plugin");
    let junk = dir.path().join("junk.so");
    std::fs::write(&junk, b"not a library").expect("write");
    let missing = dir.path().join("missing.so");
    let charter = "examples/charters/clinic-venture.toml";
    for (file, french) in [
        (&junk, "n’a pas pu être chargé comme bibliothèque"),
        (&missing, "n’a pas pu être lu\u{a0}: il n’existe pas"),
    ] {
        let file = file.display().to_string();
        let args = [
            "audit",
            charter,
            "--no-config",
            "--lang",
            "fr",
            "--plugin",
            &file,
        ];
        let in_process = run_env(&[], &args);
        let isolated = run_env(&[], &[&args[..], &["--isolate"]].concat());
        for out in [&in_process, &isolated] {
            assert_eq!(out.code, 2, "{}", out.stderr);
            assert!(out.stdout.is_empty(), "nothing audited: {}", out.stdout);
            assert!(
                out.stderr.starts_with("erreur\u{a0}: ") && out.stderr.contains(french),
                "{file}: {}",
                out.stderr
            );
            assert!(
                !out.stderr.contains("could not"),
                "English left: {}",
                out.stderr
            );
        }
        assert_eq!(in_process.stderr, isolated.stderr, "{file}");
    }
}
