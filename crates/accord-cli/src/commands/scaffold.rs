//! `accord plugins new NAME`: a plugin project that builds and passes its own tests out of the
//! box (Rust, on the accord-plugin SDK of a local checkout; or C, on a copy of the header).
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

/// Names a new plugin may not take: the SDK's own crates (the package `accord-<name>` would
/// clash with its dependency), the built-in plugins (two plugins of one name cannot load
/// together) and `waiver`, the category of the host's own rules.
const RESERVED: &[&str] = &[
    "plugin",
    "plugin-testkit",
    "transparency",
    "humility",
    "exit-plan",
    "collaboration",
    "waiver",
];

/// The SDK crate whose presence marks an Accord checkout.
const SDK_MANIFEST: &str = "crates/accord-plugin/Cargo.toml";

pub fn run(args: &NewArgs) -> anyhow::Result<Outcome> {
    check_name(&args.name)?;
    let dir = args
        .path
        .clone()
        .unwrap_or_else(|| PathBuf::from(&args.name));
    check_target(&dir)?;
    let (templates, sdk) = match args.lang {
        PluginLang::Rust => (RUST, Some(find_sdk(args.sdk_path.as_deref())?)),
        PluginLang::C => (C, None),
    };
    let vars = Vars::new(&args.name, sdk.as_deref())?;

    std::fs::create_dir_all(&dir)
        .with_context(|| format!("could not create the directory `{}`", dir.display()))?;
    for template in templates {
        write_new(&dir.join(template.path), vars.render(template.text))?;
    }
    // The checkout's lockfile: the plugin starts on the dependency versions the host was built
    // and tested with (cargo drops the entries the plugin does not use).
    if let Some(sdk) = &sdk {
        let lock = sdk.join("Cargo.lock");
        if lock.is_file() {
            let text = std::fs::read(&lock)
                .with_context(|| format!("could not read `{}`", lock.display()))?;
            write_new(&dir.join("Cargo.lock"), &text)?;
        }
    }

    let shown = dir.display();
    let mut out = std::io::stdout().lock();
    let lang = match args.lang {
        PluginLang::Rust => "Rust",
        PluginLang::C => "C",
    };
    writeln!(out, "created the {lang} plugin `{}` in {shown}", args.name)?;
    for template in templates {
        writeln!(out, "  {}", template.path)?;
    }
    match &sdk {
        Some(sdk) => {
            writeln!(
                out,
                "using the SDK of the Accord checkout at {}",
                sdk.display()
            )?;
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

/// A plugin name is a slug, `^[a-z0-9][a-z0-9-]*$`, as the manifest schema requires.
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
    if RESERVED.contains(&name) {
        anyhow::bail!(
            "`{name}` is taken: it is the name of an Accord crate, a built-in plugin or the host's own rules\nhelp: choose another name, e.g. `{name}-extra` or your organisation's name"
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

/// The root of the Accord checkout whose SDK the project uses: `--sdk-path`, else the nearest
/// ancestor of the working directory that holds `crates/accord-plugin/Cargo.toml`.
fn find_sdk(given: Option<&Path>) -> anyhow::Result<PathBuf> {
    if let Some(dir) = given {
        let root = std::fs::canonicalize(dir)
            .with_context(|| format!("`--sdk-path {}`: no such directory", dir.display()))?;
        if !is_checkout(&root) {
            anyhow::bail!(
                "`--sdk-path {}` is not an Accord checkout: it has no {SDK_MANIFEST}\nhelp: name the root of an Accord source checkout (the directory holding crates/ and plugins/)",
                dir.display()
            );
        }
        return Ok(root);
    }
    let cwd = std::env::current_dir().context("could not read the working directory")?;
    match cwd.ancestors().find(|dir| is_checkout(dir)) {
        Some(root) => Ok(std::fs::canonicalize(root).unwrap_or_else(|_| root.to_owned())),
        None => anyhow::bail!(
            "a Rust plugin needs the Accord SDK, and the working directory `{}` is not inside an Accord checkout\nhelp: pass `--sdk-path DIR`, the root of an Accord source checkout (it holds {SDK_MANIFEST}), or write the plugin in C with `--lang c`, which needs only the header",
            cwd.display()
        ),
    }
}

fn is_checkout(dir: &Path) -> bool {
    std::fs::read_to_string(dir.join(SDK_MANIFEST))
        .is_ok_and(|text| text.contains("name = \"accord-plugin\""))
}

/// Writes a file that must not exist yet, creating its directory.
fn write_new(path: &Path, bytes: impl AsRef<[u8]>) -> anyhow::Result<()> {
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
    /// `{{sdk}}`: the checkout's absolute path, for text.
    sdk: String,
    /// `{{sdk_plugin}}`, `{{sdk_testkit}}`: the SDK crates' paths as TOML strings.
    sdk_plugin: String,
    sdk_testkit: String,
}

impl Vars {
    fn new(name: &str, sdk: Option<&Path>) -> anyhow::Result<Vars> {
        let (sdk_text, sdk_plugin, sdk_testkit) = match sdk {
            Some(sdk) => {
                let crate_path = |krate: &str| -> anyhow::Result<String> {
                    let path = sdk.join("crates").join(krate);
                    let text = path.to_str().with_context(|| {
                        format!(
                            "the SDK path `{}` is not valid UTF-8, so Cargo.toml cannot name it\nhelp: move the Accord checkout to a UTF-8 path and pass it with `--sdk-path DIR`",
                            path.display()
                        )
                    })?;
                    Ok(toml_string(text))
                };
                (
                    sdk.display().to_string(),
                    crate_path("accord-plugin")?,
                    crate_path("accord-plugin-testkit")?,
                )
            }
            None => Default::default(),
        };
        Ok(Vars {
            name: name.to_owned(),
            package: format!("accord-{name}"),
            lib: format!("accord_{}", name.replace('-', "_")),
            lib_file: library_file_name(name),
            type_name: type_name(name),
            sdk: sdk_text,
            sdk_plugin,
            sdk_testkit,
        })
    }

    fn render(&self, template: &str) -> String {
        let vars: [(&str, &str); 9] = [
            ("{{name}}", &self.name),
            ("{{package}}", &self.package),
            ("{{lib}}", &self.lib),
            ("{{lib_file}}", &self.lib_file),
            ("{{struct}}", &self.type_name),
            ("{{sdk}}", &self.sdk),
            ("{{sdk_plugin}}", &self.sdk_plugin),
            ("{{sdk_testkit}}", &self.sdk_testkit),
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

/// A TOML basic string holding `text`.
fn toml_string(text: &str) -> String {
    toml_edit::Value::from(text).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_slugs_and_not_taken() {
        for good in ["my-rules", "a", "2030-goals", "funder-x1"] {
            assert!(check_name(good).is_ok(), "{good}");
        }
        for bad in [
            "", "-a", "My-rules", "my_rules", "my rules", "my.rules", "é",
        ] {
            let err = check_name(bad).unwrap_err().to_string();
            assert!(err.contains("not a valid plugin name"), "{bad}: {err}");
        }
        for taken in ["plugin", "transparency", "exit-plan", "waiver"] {
            let err = check_name(taken).unwrap_err().to_string();
            assert!(err.contains("is taken"), "{taken}: {err}");
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
    fn sdk_paths_are_quoted_for_toml() {
        assert_eq!(toml_string("/home/a/accord"), "\"/home/a/accord\"");
        let quoted = toml_string(r#"/odd "dir"\x"#);
        let parsed: toml_edit::DocumentMut = format!("p = {quoted}").parse().unwrap();
        assert_eq!(parsed["p"].as_str(), Some(r#"/odd "dir"\x"#));
    }

    #[test]
    fn every_placeholder_is_filled() {
        let vars = Vars::new("my-rules", Some(Path::new("/opt/accord"))).unwrap();
        for template in RUST.iter().chain(C) {
            let text = vars.render(template.text);
            assert!(
                !text.contains("{{") || template.path == "accord_plugin.h",
                "{} keeps a placeholder",
                template.path
            );
        }
        let cargo = vars.render(RUST[0].text);
        assert!(cargo.contains(r#"accord-plugin = { path = "/opt/accord/crates/accord-plugin" }"#));
        assert!(cargo.contains("name = \"accord_my_rules\""));
        assert!(cargo.contains("\n[workspace]\n"));
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
