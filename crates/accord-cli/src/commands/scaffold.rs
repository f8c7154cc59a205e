//! `accord plugins new NAME`: a plugin project that builds and passes its own tests out of the
//! box, anywhere: Rust, on the SDK crates this binary ships (copied into the project's
//! `vendor/`, see `crate::sdk`) or on a published version (`--sdk-version`); or C, on a copy of
//! the header.
//!
//! The templates are the files under `templates/plugin-rust/` and `templates/plugin-c/`,
//! embedded with `include_str!`. `{{key}}` placeholders in them are replaced by [`Vars`]; nothing
//! else is rewritten. `Cargo.toml` is stored as `Cargo.toml.tmpl` and `.gitignore` as
//! `gitignore`, so that cargo and git do not take the templates for the real thing.

use std::io::Write;
use std::path::{Path, PathBuf};

use accord_core::plugin::library_file_name;
use anyhow::Context;

use crate::Outcome;
use crate::cli::{NewArgs, PluginLang};
use crate::sdk;

/// One file of a project: where it goes (relative to the project) and its template text.
struct Template {
    path: &'static str,
    text: &'static str,
}

const RUST: &[Template] = &[
    Template {
        path: "Cargo.toml",
        text: include_str!("../templates/plugin-rust/Cargo.toml.tmpl"),
    },
    Template {
        path: "README.md",
        text: include_str!("../templates/plugin-rust/README.md"),
    },
    Template {
        path: ".gitignore",
        text: include_str!("../templates/plugin-rust/gitignore"),
    },
    Template {
        path: "src/lib.rs",
        text: include_str!("../templates/plugin-rust/src/lib.rs"),
    },
    Template {
        path: "src/rules/mod.rs",
        text: include_str!("../templates/plugin-rust/src/rules/mod.rs"),
    },
    Template {
        path: "src/rules/budget_currency.rs",
        text: include_str!("../templates/plugin-rust/src/rules/budget_currency.rs"),
    },
    Template {
        path: "tests/fixture.rs",
        text: include_str!("../templates/plugin-rust/tests/fixture.rs"),
    },
    Template {
        path: "tests/fixtures/charter.toml",
        text: include_str!("../templates/plugin-rust/tests/fixtures/charter.toml"),
    },
];

const C: &[Template] = &[
    Template {
        path: "plugin.c",
        text: include_str!("../templates/plugin-c/plugin.c"),
    },
    Template {
        path: "accord_plugin.h",
        text: include_str!("../../../accord-plugin/include/accord_plugin.h"),
    },
    Template {
        path: "Makefile",
        text: include_str!("../templates/plugin-c/Makefile"),
    },
    Template {
        path: "README.md",
        text: include_str!("../templates/plugin-c/README.md"),
    },
    Template {
        path: ".gitignore",
        text: include_str!("../templates/plugin-c/gitignore"),
    },
];

/// Names a new plugin may not take, and why. A plugin's name is the category of its rules
/// (`NAME.<rule>`) and its package is `accord-NAME`.
const RESERVED: &[(&str, &str)] = &[
    (
        "accord",
        "it is the name of the tool itself, whose own rules are `accord.*`",
    ),
    (
        "waiver",
        "a plugin named `waiver` would claim the host's own rules, `waiver.*`",
    ),
    ("transparency", "it is the name of a built-in plugin"),
    ("humility", "it is the name of a built-in plugin"),
    ("exit-plan", "it is the name of a built-in plugin"),
    ("collaboration", "it is the name of a built-in plugin"),
    (
        "exit",
        "a plugin named `exit` would claim the rules `exit.*`, which the built-in exit-plan plugin writes",
    ),
    (
        "accountability",
        "a plugin named `accountability` would claim the rules `accountability.*`, which the core pack writes",
    ),
    (
        "plugin",
        "its package, `accord-plugin`, would clash with the SDK crate it depends on",
    ),
    (
        "plugin-testkit",
        "its package, `accord-plugin-testkit`, would clash with the SDK's test crate",
    ),
];

/// Where the Rust project's SDK comes from.
enum SdkSource {
    /// The crates this binary embeds, copied into `vendor/` (version = theirs).
    Vendored(String),
    /// The published crates, by version requirement.
    Registry(String),
}

pub fn run(args: &NewArgs) -> anyhow::Result<Outcome> {
    check_name(&args.name)?;
    let sdk = match (args.template, &args.sdk_version) {
        (PluginLang::Rust, None) => Some(SdkSource::Vendored(sdk::version()?)),
        (PluginLang::Rust, Some(version)) => {
            check_sdk_version(version)?;
            Some(SdkSource::Registry(version.clone()))
        }
        (PluginLang::C, None) => None,
        (PluginLang::C, Some(_)) => anyhow::bail!(
            "`--sdk-version` chooses the version of the Rust SDK, and a C plugin uses none: it builds against the copy of accord_plugin.h it is given\nhelp: drop `--sdk-version`, or use `--template rust`"
        ),
    };
    let dir = args
        .path
        .clone()
        .unwrap_or_else(|| PathBuf::from(&args.name));
    check_target(&dir)?;
    let templates = match args.template {
        PluginLang::Rust => RUST,
        PluginLang::C => C,
    };
    let vars = Vars::new(&args.name, sdk.as_ref());

    std::fs::create_dir_all(&dir)
        .with_context(|| format!("could not create the directory `{}`", dir.display()))?;
    for template in templates {
        write_new(&dir.join(template.path), vars.render(template.text))?;
    }
    if sdk.is_some() {
        write_new(&dir.join("Cargo.lock"), sdk::lockfile())?;
    }
    if let Some(SdkSource::Vendored(_)) = &sdk {
        sdk::write_to(&dir.join(VENDOR), |path, bytes| write_new(path, bytes))?;
    }

    let shown = dir.display();
    let mut out = std::io::stdout().lock();
    let lang = match args.template {
        PluginLang::Rust => "Rust",
        PluginLang::C => "C",
    };
    writeln!(out, "created the {lang} plugin `{}` in {shown}", args.name)?;
    for template in templates {
        writeln!(out, "  {}", template.path)?;
    }
    match &sdk {
        Some(source) => {
            writeln!(out, "  Cargo.lock")?;
            match source {
                SdkSource::Vendored(version) => writeln!(
                    out,
                    "  {VENDOR}/accord-plugin, {VENDOR}/accord-plugin-testkit (the SDK, version {version}, as this accord ships it)"
                )?,
                SdkSource::Registry(version) => writeln!(
                    out,
                    "using the published SDK: accord-plugin and accord-plugin-testkit {version} from crates.io"
                )?,
            }
            writeln!(out, "\nnext:\n  cd {shown}\n  cargo test\n  cargo build")?;
            writeln!(
                out,
                "  accord audit --plugin target/debug/{} tests/fixtures/charter.toml",
                vars.lib_file
            )?;
        }
        None => {
            writeln!(out, "\nnext:\n  cd {shown}\n  make")?;
            writeln!(out, "  accord rules --plugin ./{}", vars.lib_file)?;
        }
    }
    Ok(Outcome::Pass)
}

/// The project's directory of vendored SDK crates.
const VENDOR: &str = "vendor";

/// A plugin name is a slug, `^[a-z0-9][a-z0-9-]*$`, as the manifest schema requires, and claims
/// no reserved namespace.
fn check_name(name: &str) -> anyhow::Result<()> {
    let mut chars = name.chars();
    let valid = chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !valid {
        anyhow::bail!(
            "`{name}` is not a valid plugin name: use lowercase letters, digits and hyphens, starting with a letter or digit\nhelp: e.g. `accord plugins new my-rules`"
        );
    }
    if let Some((_, why)) = RESERVED.iter().find(|(reserved, _)| *reserved == name) {
        anyhow::bail!(
            "`{name}` is reserved: {why}\nhelp: choose another name, e.g. `{name}-rules` or your organisation's name"
        );
    }
    Ok(())
}

/// `--sdk-version`: a version cargo accepts as a requirement, `0.1.0`, `0.1` or `=0.1.0`.
fn check_sdk_version(version: &str) -> anyhow::Result<()> {
    let bare = version.strip_prefix(['=', '^', '~']).unwrap_or(version);
    let (core, suffix) = bare.split_at(bare.find(['-', '+']).unwrap_or(bare.len()));
    let parts: Vec<&str> = core.split('.').collect();
    let valid = parts.len() <= 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        && (suffix.is_empty()
            || suffix.len() > 1
                && suffix
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-+.".contains(&b)));
    if !valid {
        anyhow::bail!(
            "`--sdk-version {version}` is not a version of the SDK crates\nhelp: give a version as cargo writes it, e.g. `--sdk-version {}`",
            env!("CARGO_PKG_VERSION")
        );
    }
    Ok(())
}

/// The project directory must not exist, or be an empty directory: nothing is overwritten.
fn check_target(dir: &Path) -> anyhow::Result<()> {
    match std::fs::read_dir(dir) {
        Ok(mut entries) => {
            if entries.next().is_some() {
                anyhow::bail!(
                    "`{}` already exists and is not empty, and `accord plugins new` never overwrites files\nhelp: choose another name, or another directory with `--path DIR`",
                    dir.display()
                );
            }
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(_) if dir.exists() && !dir.is_dir() => anyhow::bail!(
            "`{}` already exists and is not a directory\nhelp: choose another directory with `--path DIR`",
            dir.display()
        ),
        Err(e) => Err(e).with_context(|| format!("could not read `{}`", dir.display())),
    }
}

/// Writes a file that must not exist yet, creating its directory.
pub fn write_new(path: &Path, bytes: impl AsRef<[u8]>) -> anyhow::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("could not create the directory `{}`", parent.display()))?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .with_context(|| format!("could not create `{}`", path.display()))?;
    file.write_all(bytes.as_ref())
        .with_context(|| format!("could not write `{}`", path.display()))
}

/// The values of the templates' placeholders.
struct Vars {
    /// `{{name}}`: the plugin's name, `my-rules`.
    name: String,
    /// `{{package}}`: the cargo package, `accord-my-rules`.
    package: String,
    /// `{{lib}}`: the library (crate) name, `accord_my_rules`.
    lib: String,
    /// `{{lib_file}}`: the library file the host looks for, `libaccord_my_rules.so`.
    lib_file: String,
    /// `{{struct}}`: the Rust type of the plugin, `MyRulesPlugin`.
    type_name: String,
    /// `{{sdk_plugin}}`, `{{sdk_testkit}}`: the SDK crates' dependency values (TOML).
    sdk_plugin: String,
    sdk_testkit: String,
    /// `{{sdk_note}}`: the end of Cargo.toml's comment on the SDK dependency.
    sdk_note: String,
    /// `{{vendor_line}}`, `{{sdk_readme}}`: the README's lines on where the SDK comes from.
    vendor_line: String,
    sdk_readme: String,
}

impl Vars {
    fn new(name: &str, sdk: Option<&SdkSource>) -> Vars {
        let mut vars = Vars {
            name: name.to_owned(),
            package: format!("accord-{name}"),
            lib: format!("accord_{}", name.replace('-', "_")),
            lib_file: library_file_name(name),
            type_name: type_name(name),
            sdk_plugin: String::new(),
            sdk_testkit: String::new(),
            sdk_note: String::new(),
            vendor_line: String::new(),
            sdk_readme: String::new(),
        };
        match sdk {
            Some(SdkSource::Vendored(version)) => {
                let dependency = |krate: &str| {
                    let mut table = toml_edit::InlineTable::new();
                    table.insert("version", version.as_str().into());
                    table.insert("path", format!("{VENDOR}/{krate}").into());
                    table.fmt();
                    table.to_string()
                };
                vars.sdk_plugin = dependency("accord-plugin");
                vars.sdk_testkit = dependency("accord-plugin-testkit");
                vars.sdk_note = format!(
                    ", as accord {} ships it: a copy in {VENDOR}/, so the\n# project builds anywhere. Once the crates are published, `\"{version}\"` alone (and no {VENDOR}/) will do.",
                    env!("CARGO_PKG_VERSION")
                );
                vars.vendor_line = format!(
                    "{VENDOR}/                       the SDK crates, version {version}: a copy of the ones accord ships\n"
                );
                vars.sdk_readme = format!(
                    "The SDK is vendored: `{VENDOR}/accord-plugin` and `{VENDOR}/accord-plugin-testkit` are\n\
                     the crates (version {version}) that `accord plugins new` copied from the accord that\n\
                     generated this project, and `Cargo.toml` names them by a path inside the project, so it\n\
                     builds wherever it is copied. Keep `{VENDOR}/` in version control. Once the SDK crates\n\
                     are published, depend on them by version instead: replace each `{{ version, path }}`\n\
                     with `\"{version}\"` and delete `{VENDOR}/` (`accord plugins new NAME --sdk-version\n\
                     {version}` writes a project that way).\n\n"
                );
            }
            Some(SdkSource::Registry(version)) => {
                let dependency = toml_edit::Value::from(version.as_str()).to_string();
                vars.sdk_plugin = dependency.clone();
                vars.sdk_testkit = dependency;
                vars.sdk_note = ", published on crates.io.".to_owned();
                vars.sdk_readme = format!(
                    "The SDK comes from crates.io: `accord-plugin` and `accord-plugin-testkit` {version}.\n\n"
                );
            }
            None => {}
        }
        vars
    }

    fn render(&self, template: &str) -> String {
        let vars: [(&str, &str); 11] = [
            ("{{name}}", &self.name),
            ("{{package}}", &self.package),
            ("{{lib}}", &self.lib),
            ("{{lib_file}}", &self.lib_file),
            ("{{struct}}", &self.type_name),
            ("{{sdk_plugin}}", &self.sdk_plugin),
            ("{{sdk_testkit}}", &self.sdk_testkit),
            ("{{sdk_note}}", &self.sdk_note),
            ("{{vendor_line}}", &self.vendor_line),
            ("{{sdk_readme}}", &self.sdk_readme),
            ("{{accord_version}}", env!("CARGO_PKG_VERSION")),
        ];
        let mut text = template.to_owned();
        for (placeholder, value) in vars {
            text = text.replace(placeholder, value);
        }
        text
    }
}

/// `my-rules` → `MyRulesPlugin` (the suffix keeps it clear of the SDK's `Plugin`, `Rule`, …;
/// a leading digit gets a prefix, as an identifier cannot start with one).
fn type_name(name: &str) -> String {
    let mut out = String::new();
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        out.push_str("Accord");
    }
    for part in name.split('-') {
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            out.push_str(chars.as_str());
        }
    }
    out.push_str("Plugin");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_slugs_and_not_reserved() {
        for good in [
            "my-rules",
            "a",
            "2030-goals",
            "funder-x1",
            "exit-strategy",
            "accord-x",
        ] {
            assert!(check_name(good).is_ok(), "{good}");
        }
        for bad in [
            "", "-a", "My-rules", "my_rules", "my rules", "my.rules", "é",
        ] {
            let err = check_name(bad).unwrap_err().to_string();
            assert!(err.contains("not a valid plugin name"), "{bad}: {err}");
        }
        for (reserved, why) in [
            ("accord", "the tool itself"),
            ("waiver", "`waiver.*`"),
            ("transparency", "a built-in plugin"),
            ("humility", "a built-in plugin"),
            ("exit-plan", "a built-in plugin"),
            ("collaboration", "a built-in plugin"),
            ("exit", "the rules `exit.*`"),
            ("accountability", "the rules `accountability.*`"),
            ("plugin", "clash with the SDK crate"),
            ("plugin-testkit", "clash with the SDK's test crate"),
        ] {
            let err = check_name(reserved).unwrap_err().to_string();
            assert!(
                err.contains("is reserved") && err.contains(why),
                "{reserved}: {err}"
            );
            // A built-in plugin's rules are not named after it (exit-plan writes `exit.*`).
            let claims = err.contains(&format!("`{reserved}.*`"));
            let rules_named_so = ["accord", "waiver", "exit", "accountability"];
            assert_eq!(claims, rules_named_so.contains(&reserved), "{err}");
        }
    }

    #[test]
    fn sdk_versions_are_cargo_versions() {
        for good in [
            "0.1.0",
            "0.1",
            "1",
            "=0.1.0",
            "^1.2",
            "~1.2.3",
            "1.0.0-rc.1",
        ] {
            assert!(check_sdk_version(good).is_ok(), "{good}");
        }
        for bad in [
            "", "latest", "v0.1.0", "0.1.0.0", "==0.1", "1.x", "0..1", "../sdk",
        ] {
            let err = check_sdk_version(bad).unwrap_err().to_string();
            assert!(err.contains("is not a version"), "{bad}: {err}");
        }
    }

    #[test]
    fn type_names_are_identifiers() {
        assert_eq!(type_name("my-rules"), "MyRulesPlugin");
        assert_eq!(type_name("2030-goals"), "Accord2030GoalsPlugin");
        assert_eq!(type_name("a--b"), "ABPlugin");
        assert_eq!(type_name("plugin-x"), "PluginXPlugin");
    }

    #[test]
    fn every_placeholder_is_filled() {
        let vendored = SdkSource::Vendored("0.4.2".to_owned());
        let published = SdkSource::Registry("0.4".to_owned());
        for sdk in [Some(&vendored), Some(&published), None] {
            let vars = Vars::new("my-rules", sdk);
            for template in RUST.iter().chain(C) {
                let text = vars.render(template.text);
                assert!(
                    !text.contains("{{") || template.path == "accord_plugin.h",
                    "{} keeps a placeholder",
                    template.path
                );
            }
        }
        let cargo = Vars::new("my-rules", Some(&vendored)).render(RUST[0].text);
        let manifest: toml_edit::DocumentMut = cargo.parse().unwrap();
        let sdk = &manifest["dependencies"]["accord-plugin"];
        assert_eq!(
            sdk["path"].as_str(),
            Some("vendor/accord-plugin"),
            "{cargo}"
        );
        assert_eq!(sdk["version"].as_str(), Some("0.4.2"));
        let testkit = &manifest["dev-dependencies"]["accord-plugin-testkit"];
        assert_eq!(
            testkit["path"].as_str(),
            Some("vendor/accord-plugin-testkit")
        );
        assert_eq!(manifest["lib"]["name"].as_str(), Some("accord_my_rules"));
        assert!(cargo.contains("\n[workspace]\n"));

        let cargo = Vars::new("my-rules", Some(&published)).render(RUST[0].text);
        let manifest: toml_edit::DocumentMut = cargo.parse().unwrap();
        assert_eq!(
            manifest["dependencies"]["accord-plugin"].as_str(),
            Some("0.4")
        );
        assert_eq!(
            manifest["dev-dependencies"]["accord-plugin-testkit"].as_str(),
            Some("0.4")
        );
        assert!(!cargo.contains("vendor/"), "{cargo}");
    }

    #[test]
    fn an_existing_non_empty_directory_is_refused() {
        let dir = std::env::temp_dir().join(format!("accord-scaffold-unit-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        assert!(check_target(&dir).is_ok(), "absent");
        std::fs::create_dir_all(&dir).unwrap();
        assert!(check_target(&dir).is_ok(), "empty");
        std::fs::write(dir.join("x"), "").unwrap();
        let err = check_target(&dir).unwrap_err().to_string();
        assert!(err.contains("not empty"), "{err}");
        let err = check_target(&dir.join("x")).unwrap_err().to_string();
        assert!(err.contains("not a directory"), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
