//! Workspace folders: one engine each, built the way `accord audit` builds it from the folder's
//! `accord.toml` (looked up from the folder's root, never from an opened file), in the folder's
//! language ([`Languages::folder`]), and the files that configuration names.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use accord_core::config::{Config, FILE_NAME};
use accord_core::inputs::normalize;
use accord_core::lang::{Lang, t};
use accord_core::pack::Pack;
use accord_core::plugin::PluginSet;
use accord_core::profile::Profile;
use accord_core::setup::{ConfigChoice, ConfigTrust, Setup, Sources, looks_like_file};
use accord_core::{Engine, Settings};
use accord_plugin::Date;

use crate::language::Languages;

/// What a document is to Accord.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Charter,
    Config,
    Pack,
    Profile,
}

impl Kind {
    /// The bundled schema a document of this kind is checked against.
    pub fn schema(self) -> &'static str {
        match self {
            Kind::Charter => "charter",
            Kind::Config => "config",
            Kind::Pack => "pack",
            Kind::Profile => "profile",
        }
    }
}

/// One workspace folder as the server sees it.
pub struct Folder {
    pub root: PathBuf,
    pub engine: Arc<Engine>,
    /// The files the engine was built from (the configuration, the profile, the packs) and the
    /// kind of each: saving one rebuilds the engine.
    pub inputs: HashMap<PathBuf, Kind>,
}

/// Something to tell the user once the engine is built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The configuration could not be used; the text says why and what is used instead.
    Problem(String),
    /// The configuration names plugin directories, pins or pack files that an untrusted workspace
    /// ignores.
    Untrusted,
}

impl Folder {
    /// Builds the folder's engine, trusting its configuration fully or for its settings only;
    /// waivers expire against `today`; it speaks the folder's language.
    pub fn build(
        root: &Path,
        trust: ConfigTrust,
        today: Date,
        languages: &Languages,
    ) -> (Folder, Vec<Notice>) {
        let root = normalize(root);
        let mut notices = Vec::new();
        let choice = ConfigChoice::Discover(root.clone());
        let inputs = inputs(&choice);
        let sources = config_only(choice);
        if trust == ConfigTrust::SettingsOnly
            && let Ok(Some(config)) = accord_core::setup::config(&sources.config)
            && (!config.plugin_dirs.is_empty() || !config.pins.is_empty())
        {
            notices.push(Notice::Untrusted);
        }
        let engine = match Setup::resolve_trusting(&sources, trust)
            .map_err(|e| e.to_string())
            .and_then(|setup| {
                if !setup.ignored_packs.is_empty() && !notices.contains(&Notice::Untrusted) {
                    notices.push(Notice::Untrusted);
                }
                let configured = setup.config.as_ref().and_then(|c| c.lang.as_deref());
                let lang = languages.folder(configured);
                engine(setup, today, lang).map_err(|e| e.to_string())
            }) {
            Ok(engine) => engine,
            Err(problem) => {
                let lang = languages.folder(None);
                let (fallback, core_only) = built_in(today, lang);
                let mut lines = vec![t!(
                    lang,
                    "lsp-setup-failed",
                    root = root.display().to_string(),
                    problem = problem
                )];
                if trust == ConfigTrust::SettingsOnly {
                    lines.push(t!(lang, "lsp-setup-untrusted-hint"));
                }
                let used = if core_only { "core" } else { "default" };
                lines.push(t!(lang, "lsp-setup-fallback", fallback = used));
                notices.push(Notice::Problem(lines.join("\n")));
                fallback
            }
        };
        let folder = Folder {
            root,
            engine: Arc::new(engine),
            inputs,
        };
        (folder, notices)
    }

    /// Whether a change to the file at `path` (created, changed, deleted or saved) changes what
    /// this folder's engine is built from.
    pub fn depends_on(&self, path: &Path) -> bool {
        let path = normalize(path);
        if self.inputs.contains_key(&path) {
            return true;
        }
        // A configuration appearing or going away in the folder or above it.
        path.file_name().is_some_and(|n| n == FILE_NAME)
            && path.parent().is_some_and(|dir| self.root.starts_with(dir))
    }
}

/// The engine of documents outside every workspace folder: the built-in default profile and
/// plugins, no configuration, in `lang`. Also says whether only the `core` pack runs, the
/// built-in plugins not being found.
pub fn built_in(today: Date, lang: Lang) -> (Engine, bool) {
    if let Ok(engine) = Setup::resolve(&config_only(ConfigChoice::None))
        .map_err(|e| e.to_string())
        .and_then(|s| engine(s, today, lang).map_err(|e| e.to_string()))
    {
        return (engine, false);
    }
    (core_pack_only(today, lang), true)
}

/// The default profile's packs without its plugins: what always works.
fn core_pack_only(today: Date, lang: Lang) -> Engine {
    let mut profile = Settings::default().profile;
    profile.plugins.clear();
    profile.options.clear();
    let packs: Vec<Pack> = accord_core::schemas::compile("pack")
        .ok()
        .and_then(|schema| Pack::built_in("core", &schema))
        .and_then(Result::ok)
        .into_iter()
        .collect();
    let settings = Settings {
        profile,
        audit_date: today,
        lang,
        ..Settings::default()
    };
    // The embedded default profile and core pack are checked by accord-core's tests, so this
    // cannot fail short of a broken build; even then, an engine without rules still validates.
    Engine::new(settings.clone(), PluginSet::empty(), packs).unwrap_or_else(|_| {
        Engine::new(settings, PluginSet::empty(), Vec::new())
            .unwrap_or_else(|e| unreachable!("an engine without rules always builds: {e}"))
    })
}

/// What an editor session's rules come from: a configuration (or none), never flags.
fn config_only(config: ConfigChoice) -> Sources {
    Sources {
        profile: None,
        plugins: Vec::new(),
        plugin_dirs: Vec::new(),
        packs: Vec::new(),
        config,
        allow_unpinned: false,
    }
}

fn engine(
    setup: Setup,
    today: Date,
    lang: Lang,
) -> Result<Engine, accord_core::engine::BuildError> {
    let settings = Settings {
        config: setup.config_path(),
        profile: setup.profile,
        audit_date: today,
        lang,
        ..Settings::default()
    };
    Engine::new(settings, setup.plugins, setup.packs)
}

/// The configuration, and the profile and pack files it names (directly or through its
/// profile), each with its kind; whatever of them can be read.
fn inputs(choice: &ConfigChoice) -> HashMap<PathBuf, Kind> {
    let mut inputs = HashMap::new();
    let ConfigChoice::Discover(root) = choice else {
        return inputs;
    };
    let Some(path) = Config::discover(root) else {
        return inputs;
    };
    inputs.insert(normalize(&path), Kind::Config);
    let Ok(config) = Config::from_file(&path) else {
        return inputs;
    };
    let mut packs: Vec<PathBuf> = Vec::new();
    if let Some(spec) = config.profile.as_deref().filter(|s| looks_like_file(s)) {
        let file = config.dir().join(spec);
        inputs.insert(normalize(&file), Kind::Profile);
        if let Ok(profile) = Profile::from_file(&file) {
            let base = profile.base_dir.clone().unwrap_or_default();
            packs.extend(
                profile
                    .packs
                    .iter()
                    .filter(|p| looks_like_file(p))
                    .map(|p| base.join(p)),
            );
        }
    }
    packs.extend(
        config
            .packs
            .iter()
            .filter(|p| looks_like_file(p))
            .map(|p| config.dir().join(p)),
    );
    for pack in packs {
        inputs.insert(normalize(&pack), Kind::Pack);
    }
    inputs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> Date {
        Date::parse("2026-12-04").unwrap()
    }

    fn temp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("accord-lsp-ws-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("sub/deeper")).unwrap();
        dir
    }

    #[test]
    fn the_configuration_names_its_profile_and_packs() {
        let dir = temp("inputs");
        std::fs::write(
            dir.join("accord.toml"),
            "profile = \"./rules/mine.toml\"\npacks = [\"core\", \"extra.toml\"]\n",
        )
        .unwrap();
        std::fs::create_dir_all(dir.join("rules")).unwrap();
        std::fs::write(
            dir.join("rules/mine.toml"),
            "name = \"mine\"\nplugins = []\npacks = [\"./ours.toml\"]\n",
        )
        .unwrap();
        let (folder, _) = Folder::build(
            &dir.join("sub/deeper/.."),
            ConfigTrust::SettingsOnly,
            day(),
            &Languages::default(),
        );
        assert_eq!(folder.root, dir.join("sub"));
        let mut inputs: Vec<(String, Kind)> = folder
            .inputs
            .iter()
            .map(|(p, k)| (p.strip_prefix(&dir).unwrap().display().to_string(), *k))
            .collect();
        inputs.sort();
        assert_eq!(
            inputs,
            [
                ("accord.toml".to_owned(), Kind::Config),
                ("extra.toml".to_owned(), Kind::Pack),
                ("rules/mine.toml".to_owned(), Kind::Profile),
                ("rules/ours.toml".to_owned(), Kind::Pack),
            ]
        );
        assert!(folder.depends_on(&dir.join("rules/./ours.toml")));
        assert!(folder.depends_on(&dir.join("sub/accord.toml")));
        assert!(!folder.depends_on(&dir.join("sub/deeper/accord.toml")));
        assert!(!folder.depends_on(&dir.join("charter.toml")));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn an_unusable_configuration_falls_back_and_says_why() {
        let dir = temp("broken");
        std::fs::write(dir.join("accord.toml"), "profile = \"./missing.toml\"\n").unwrap();
        let (folder, notices) = Folder::build(
            &dir,
            ConfigTrust::SettingsOnly,
            day(),
            &Languages::default(),
        );
        assert_eq!(notices.len(), 1, "{notices:?}");
        let Notice::Problem(text) = &notices[0] else {
            panic!("{notices:?}")
        };
        assert!(text.contains("missing.toml"), "{text}");
        assert!(text.contains("Until this is fixed"), "{text}");
        // The fallback still audits.
        assert!(!folder.engine.catalogue().is_empty());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn untrusted_plugin_dirs_are_noticed() {
        let dir = temp("untrusted");
        std::fs::write(
            dir.join("accord.toml"),
            "profile = \"./p.toml\"\nplugin_dirs = [\"libs\"]\n",
        )
        .unwrap();
        std::fs::write(
            dir.join("p.toml"),
            "name = \"p\"\nplugins = []\npacks = [\"core\"]\n",
        )
        .unwrap();
        let (_, notices) = Folder::build(
            &dir,
            ConfigTrust::SettingsOnly,
            day(),
            &Languages::default(),
        );
        assert_eq!(notices, [Notice::Untrusted]);
        let (folder, notices) =
            Folder::build(&dir, ConfigTrust::Full, day(), &Languages::default());
        assert_eq!(notices, []);
        assert_eq!(folder.engine.run().profile.name, "p");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
