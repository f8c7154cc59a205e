//! The example charters' reports in French and Spanish, in the formats a person reads (text,
//! Markdown, HTML): snapshots a reviewer reads as the partners would, plus what must hold in
//! any of them (numbers as the language writes them, the verdict in words, the language of the
//! page).

use regex::Regex;

use crate::util::audit::audit;
use crate::util::{files_in, insta_settings};

/// The example charters, a snapshot each.
fn examples() -> Vec<String> {
    let examples = files_in("examples/charters");
    assert_eq!(examples.len(), 4, "{examples:?}");
    examples
}

/// A report for a snapshot: the page's styles (the same in every language) left out.
fn shown(format: &str, output: &str) -> String {
    if format != "html" {
        return output.to_owned();
    }
    Regex::new(r"(?s)<style>.*?</style>")
        .expect("a valid pattern")
        .replace(output, "<style>[CSS]</style>")
        .into_owned()
}

#[test]
fn the_examples_in_french_and_spanish() {
    for path in examples() {
        let file = path.rsplit('/').next().unwrap_or(&path).to_owned();
        for lang in ["fr", "es"] {
            for format in ["text", "markdown", "html"] {
                let out = audit(&["--lang", lang, "--format", format, &path]);
                assert!(matches!(out.code, 0 | 1), "{path}: {}", out.stderr);
                assert!(out.stderr.is_empty(), "{}", out.stderr);
                let name = format!("{lang}_{format}@{file}");
                insta_settings().bind(|| insta::assert_snapshot!(name, shown(format, &out.stdout)));
            }
        }
    }
}

#[test]
fn the_water_programme_reads_as_french_and_spanish() {
    let path = "examples/charters/water-programme.toml";
    let fr = audit(&["--lang", "fr", path]).stdout;
    // The headline: grade, score with a decimal comma, the verdict in words and its reason.
    assert!(
        fr.contains(
            "  niveau F, note 27,7 / 100, verdict\u{a0}: NON CONFORME (7 erreurs sans dérogation)\n"
        ),
        "{fr}"
    );
    assert!(fr.contains("redevabilité 50,0 · collaboration 52,9 · sortie 16,7"));
    assert!(fr.contains("\n── sortie (note 16,7) ──\n"));
    assert!(
        fr.contains("\naide\u{a0}: "),
        "the help lines read as French prose"
    );
    let es = audit(&["--lang", "es", path]).stdout;
    assert!(
        es.contains(
            "  calificación F, puntuación 27.7 / 100, veredicto: NO CONFORME (7 errores sin dispensa)\n"
        ),
        "{es}"
    );
    assert!(es.contains("\n── salida (puntuación 16.7) ──\n"));
    // HTML: the page says its language; the verdict and the grades are in words.
    let html = audit(&["--lang", "fr", "--format", "html", path]).stdout;
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"));
    assert!(
        html.contains("<title>Audit de partenariat\u{a0}: Chikwawa Boreholes Programme</title>")
    );
    assert!(
        html.contains(">Verdict\u{a0}: NON CONFORME</span>"),
        "{html}"
    );
    assert!(html.contains("<strong>Niveau F</strong>, note globale <strong>27,7</strong> / 100"));
}

#[test]
fn a_batch_summary_and_its_statistics_in_french() {
    let out = audit(&[
        "--lang",
        "fr",
        "--summary-only",
        "--statistics",
        "examples/charters",
        "examples/invalid",
    ]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    let text = &out.stdout;
    assert!(
        text.starts_with(
            "Synthèse\u{a0}: 6 chartes (3 conformes, 1 non conforme, 2 non valides, 0 en erreur)\n"
        ),
        "{text}"
    );
    // The table's headings are French and as wide as they need; shares as French writes them.
    assert!(text.contains("  NOTE  NIVEAU  VERDICT"), "{text}");
    assert!(text.contains("PARTENARIAT"), "{text}");
    assert!(
        Regex::new(r"\d\u{202F}%")
            .expect("a valid pattern")
            .is_match(text),
        "{text}"
    );
    insta_settings().bind(|| insta::assert_snapshot!("fr_summary_statistics", text));
}
