//! The command line (clap). Help texts here are the user's first documentation: keep them true.

use std::ffi::OsString;
use std::net::SocketAddr;
use std::path::PathBuf;

use accord_core::setup::{ConfigChoice, Sources};
use clap::{Args, ColorChoice, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

/// Parses the command line (exiting with clap's message on a usage error). clap's own help and
/// errors follow `--color` too, so the flag is read (and the colour decided) before clap parses
/// anything.
pub fn parse() -> Cli {
    let args: Vec<OsString> = std::env::args_os().collect();
    let flag = match colour_flag(&args) {
        Some(ColorChoice::Always) => Some(true),
        Some(ColorChoice::Never) => Some(false),
        Some(ColorChoice::Auto) | None => None,
    };
    let _ = crate::render::COLOUR_FLAG.set(flag);
    let matches = Cli::command().color(clap_colour()).get_matches_from(args);
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// The colour decision (`render::use_colour`) as clap takes it.
fn clap_colour() -> ColorChoice {
    use crate::render::use_colour;
    use std::io::IsTerminal;
    if !use_colour(true) {
        ColorChoice::Never
    } else if use_colour(false) {
        ColorChoice::Always
    } else if std::env::var_os("CLICOLOR_FORCE").is_some() {
        // `CLICOLOR_FORCE=0`, which clap's own check would take for "force": decide here, on
        // standard error, where clap's errors go.
        if std::io::stderr().is_terminal() {
            ColorChoice::Always
        } else {
            ColorChoice::Never
        }
    } else {
        ColorChoice::Auto
    }
}

/// The value of the last `--color WHEN` / `--color=WHEN` before any `--`.
fn colour_flag(args: &[OsString]) -> Option<ColorChoice> {
    let mut found = None;
    let mut args = args.iter().skip(1).map(|a| a.to_str());
    while let Some(arg) = args.next() {
        let value = match arg {
            Some("--") => break,
            Some("--color") => args.next().flatten(),
            Some(arg) => arg.strip_prefix("--color="),
            None => None,
        };
        if let Some(choice) = value.and_then(|v| ColorChoice::from_str(v, false).ok()) {
            found = Some(choice);
        }
    }
    found
}

#[derive(Debug, Parser)]
#[command(
    name = "accord",
    version = crate::VERSION,
    about = "Audit the health of cross-sector partnerships",
    long_about = "Accord reads partnership charters (TOML or JSON), validates them, runs rule plugins \
                  for transparency, humility, exit plans and collaboration, scores the partnership \
                  and writes an audit report.",
    after_help = "Exit codes: 0 every charter passed; 1 at least one failed its verdict; 2 at least one \
                  could not be audited (invalid or error), a usage error, or a refusal; 141 the \
                  output was cut short (a closed pipe, as in `accord audit DIR | head`).\n\n\
                  Examples:\n  \
                  accord init my-partnership.toml        write a commented starter charter\n  \
                  accord audit my-partnership.toml       its report: score, findings and how to fix them\n  \
                  accord explain exit.local-successor    what one rule checks, why, and how to pass it\n\n\
                  Docs: `docs/` of the release bundle (next to this binary) or of the source; \
                  `man accord`, or `accord man [COMMAND]`, for the manual pages."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// When to colour the output: `auto` colours a terminal unless NO_COLOR is set (or
    /// CLICOLOR_FORCE forces it); `always` and `never` win over both.
    #[arg(
        long,
        global = true,
        value_name = "WHEN",
        default_value_t = ColorChoice::Auto
    )]
    pub color: ColorChoice,
    /// The language of reports, messages, `explain`, `rules` and `init`'s starter charter: `en`,
    /// `fr` or `es` (a BCP 47 tag such as
    /// `fr-HT` picks its language). Default: `lang` in accord.toml, else LC_ALL, LC_MESSAGES or
    /// LANG, else English. Ids, paths and JSON fields never change; `--help` is in English.
    #[arg(long, global = true, value_name = "TAG")]
    pub lang: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check charters for structure only (schema, references, dates); exit 2 if any is invalid.
    Validate(ValidateArgs),
    /// Audit charters: validate, run the rules, score, and report.
    Audit(AuditArgs),
    /// List every rule the profile's plugins define (and the host's own rules).
    Rules(RulesArgs),
    /// Explain one rule: what it checks, why, how to fix it, an example and its sources.
    Explain(ExplainArgs),
    /// What plugins load from where, their ABI and sha256, and pins; `plugins new` scaffolds one.
    #[command(subcommand)]
    Plugins(PluginsCommand),
    /// Write a commented accord.toml, or show the configuration a run resolves to and where
    /// each part comes from.
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Internal: a worker process for `audit --isolate` (it speaks only to its parent).
    #[command(name = accord_core::plugin::isolate::protocol::WORKER_SUBCOMMAND, hide = true)]
    IsolateWorker,
    /// Print a bundled JSON Schema.
    Schema(SchemaArgs),
    /// Write a starter charter: what every charter needs, TODOs to fill in, and commented-out
    /// examples of the rest (refuses to overwrite a file).
    Init(InitArgs),
    /// Print a shell completion script: `accord completions bash > ~/.local/share/bash-completion/completions/accord`.
    Completions(CompletionsArgs),
    /// Print the manual page of accord or of one of its commands (roff, for `man -l -`).
    Man(ManArgs),
    /// Internal: write the plugin SDK crates this binary embeds (for release bundles).
    #[command(name = "__write-sdk", hide = true)]
    WriteSdk(WriteSdkArgs),
    /// Serve the self-audit page and the JSON API over HTTP. No authentication and no TLS:
    /// put it behind a reverse proxy before anyone else can reach it.
    Serve(ServeArgs),
    /// Run the language server (for editors): each finding under its line as you type, hovers,
    /// completions, waivers. It speaks LSP over standard input and output.
    Lsp(LspArgs),
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// The command whose page to print, e.g. `audit` or `plugins new` (default: accord's own).
    #[arg(value_name = "COMMAND")]
    pub command: Vec<String>,
    /// Write every page (accord.1, accord-audit.1, …) into this directory instead.
    #[arg(long, value_name = "DIR", conflicts_with = "command")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct WriteSdkArgs {
    /// The directory to write `accord-plugin/` and `accord-plugin-testkit/` into.
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
}

#[derive(Debug, Args)]
pub struct LspArgs {
    /// Speak over standard input and output (the default and only transport; editors pass it).
    #[arg(long)]
    pub stdio: bool,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    #[command(flatten)]
    pub inputs: InputArgs,
    /// Output format: `text` (rustc-style snippets) or `json` (JSON Lines, one object per file).
    #[arg(long, value_enum, default_value_t = ValidateFormat::Text)]
    pub format: ValidateFormat,
    /// What the files are: charters (default), rule packs, profiles or `accord.toml` configs.
    #[arg(long = "as", value_enum, default_value_t = FileKind::Charter)]
    pub kind: FileKind,
    /// Check this many files in parallel (default and 0: all cores; never more than the
    /// files, at most 4× the cores); output keeps the input order.
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    #[command(flatten)]
    pub load: LoadArgs,
}

/// What a batch reads: files, directories, one charter on standard input, lists of paths.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Charter files (.toml or .json), directories to walk, or `-` for one charter read from
    /// standard input. A file named here is always read: a pipe or a device whatever its name
    /// (with no extension, its format is sniffed), a file with another extension as invalid.
    #[arg(value_name = "PATH", required_unless_present = "files_from")]
    pub paths: Vec<PathBuf>,
    /// The charter read from `-`: its reported path, and its format by extension. Default: the
    /// path `-`, and JSON when its first non-blank character is `{`, else TOML.
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<PathBuf>,
    /// Also check the paths listed in FILE, one per line (`-`: the list comes on standard
    /// input, e.g. from `find`). Each is taken as if given on the command line.
    #[arg(long, value_name = "FILE|-")]
    pub files_from: Option<PathBuf>,
    /// With `--files-from`: the paths are separated by NUL bytes (`find -print0`), not newlines.
    #[arg(long, requires = "files_from")]
    pub null: bool,
    /// Walk into symbolic links in directories too. By default a walk skips them, as it skips
    /// hidden entries, `accord.toml` and anything not a regular file, and the summary counts
    /// each.
    #[arg(long)]
    pub follow_symlinks: bool,
}

#[derive(Debug, Clone, Args)]
pub struct LoadArgs {
    /// Refuse charter files larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = 4 * 1024 * 1024)]
    pub max_file_size: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FileKind {
    Charter,
    Pack,
    Profile,
    Config,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ValidateFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Which schema to print.
    #[arg(value_enum)]
    pub which: SchemaName,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaName {
    Charter,
    Report,
    PluginManifest,
    PluginInput,
    PluginOutput,
    Pack,
    Profile,
    Config,
}

impl SchemaName {
    pub fn as_str(self) -> &'static str {
        match self {
            SchemaName::Charter => "charter",
            SchemaName::Report => "report",
            SchemaName::PluginManifest => "plugin-manifest",
            SchemaName::PluginInput => "plugin-input",
            SchemaName::PluginOutput => "plugin-output",
            SchemaName::Pack => "pack",
            SchemaName::Profile => "profile",
            SchemaName::Config => "config",
        }
    }
}

/// Which rules run: the profile and where plugins come from.
#[derive(Debug, Clone, Args)]
pub struct RuleSourceArgs {
    /// A built-in profile (`default`, `funder-screening`, `self-audit`) or a profile file
    /// (TOML). Default: the config's profile, else `default`.
    #[arg(long, value_name = "NAME|FILE")]
    pub profile: Option<String>,
    #[command(flatten)]
    pub plugins: PluginSourceArgs,
}

/// Where plugins, packs and the configuration come from (everything of a run's rules but the
/// profile, which `serve` takes several of).
#[derive(Debug, Clone, Args)]
pub struct PluginSourceArgs {
    /// Load this plugin library as well (may be repeated).
    #[arg(long = "plugin", value_name = "FILE")]
    pub plugins: Vec<PathBuf>,
    /// Look for plugins here first (may be repeated); then ACCORD_PLUGIN_PATH, then the
    /// directory of the accord executable.
    #[arg(long = "plugin-dir", value_name = "DIR")]
    pub plugin_dirs: Vec<PathBuf>,
    /// Add the rules of this rule pack (TOML) to the profile's (may be repeated).
    #[arg(long = "pack", value_name = "FILE")]
    pub packs: Vec<PathBuf>,
    /// Use this configuration file instead of looking for `accord.toml` in the working
    /// directory and its parents (a file found that way must be yours or root's and writable
    /// only by its owner; a file named here is trusted as named).
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Use no configuration file at all (e.g. when running inside a folder of submissions).
    #[arg(long)]
    pub no_config: bool,
    /// Admit plugins that have no pin while the configuration pins others (recorded in the
    /// report). A plugin that does not match its pin is always refused.
    #[arg(long)]
    pub allow_unpinned: bool,
}

#[derive(Debug, Args)]
pub struct AuditArgs {
    #[command(flatten)]
    pub inputs: InputArgs,
    #[command(flatten)]
    pub rules: RuleSourceArgs,
    /// Report format.
    #[arg(long, default_value = "text", value_parser = format_names())]
    pub format: String,
    /// Write the report to this file instead of standard output: written whole at the end
    /// (a file is replaced only by a finished report, keeping its permissions); never one of
    /// the charters.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Fail a charter whose overall score is under N (0–100), overriding the profile.
    #[arg(long, value_name = "N", value_parser = parse_score)]
    pub fail_under: Option<f64>,
    /// `--deny warnings`: any unwaived warning fails the verdict (scores unchanged).
    #[arg(long, value_enum, value_name = "WHAT")]
    pub deny: Option<Deny>,
    /// The audit date (YYYY-MM-DD), for reproducible reports; waivers expire against it.
    /// Default: today (UTC).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub today: Option<accord_plugin::Date>,
    /// Audit this many charters in parallel (default and 0: all cores; never more than the
    /// charters, at most 4× the cores).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// Load and run the plugins only in separate worker processes: accord itself never maps a
    /// plugin. A plugin that crashes, aborts, hangs or exits while loading is refused before any
    /// audit (exit 2); one that does so on a charter costs that charter a `plugin_failures`
    /// entry, and the batch goes on. Slower; for plugins you do not fully trust. Without
    /// --isolate, plugins run inside accord, and nothing can stop a faulty one from ending the
    /// whole run (a crash, abort() or exit()) or hanging it.
    #[arg(long)]
    pub isolate: bool,
    /// With `--isolate`: the time one plugin may take to load, and on one charter.
    #[arg(long, value_name = "SECS", default_value_t = 10.0, value_parser = parse_timeout)]
    pub plugin_timeout: f64,
    /// No progress bar (it only ever shows on a terminal's standard error).
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Compare with an earlier `--format json` report: each finding new or persisting, the
    /// resolved ones listed, and the score change per category.
    #[arg(long, value_name = "REPORT.jsonl")]
    pub baseline: Option<PathBuf>,
    /// Print only the ranked table (and `--statistics`), not each charter's report (text,
    /// markdown and html; the other formats always hold every charter).
    #[arg(long)]
    pub summary_only: bool,
    /// After the ranked table, the rules that fail most across the batch (how many audited
    /// charters, what share) and the validation errors that recur (text, markdown and html;
    /// the JSON summary line always carries `rule_counts`).
    #[arg(long)]
    pub statistics: bool,
    #[command(flatten)]
    pub load: LoadArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Deny {
    Warnings,
}

/// The report formats, with their help, from the table of formats.
fn format_names() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(
        accord_render::FORMATS
            .iter()
            .map(|f| clap::builder::PossibleValue::new(f.name).help(f.help)),
    )
}

impl RuleSourceArgs {
    /// Where the run's rules come from; the config is looked up from the working directory.
    pub fn sources(&self) -> anyhow::Result<Sources> {
        self.plugins.sources(self.profile.clone())
    }

    /// `--allow-unpinned`.
    pub fn allow_unpinned(&self) -> bool {
        self.plugins.allow_unpinned
    }
}

impl PluginSourceArgs {
    /// The sources of a run with this profile (`None`: the config's, else `default`).
    pub fn sources(&self, profile: Option<String>) -> anyhow::Result<Sources> {
        let config = match (&self.config, self.no_config) {
            (_, true) => ConfigChoice::None,
            (Some(path), false) => ConfigChoice::File(path.clone()),
            (None, false) => ConfigChoice::Discover(
                std::env::current_dir()
                    .map_err(|e| anyhow::anyhow!("could not read the working directory: {e}"))?,
            ),
        };
        Ok(Sources {
            profile,
            plugins: self.plugins.clone(),
            plugin_dirs: self.plugin_dirs.clone(),
            packs: self.packs.clone(),
            config,
            allow_unpinned: self.allow_unpinned,
        })
    }
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    #[command(flatten)]
    pub rules: RuleSourceArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    pub format: ListFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Text,
    Json,
    Markdown,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The rule id, e.g. `transparency.budget-published`.
    #[arg(value_name = "RULE_ID")]
    pub rule: String,
    #[command(flatten)]
    pub rules: RuleSourceArgs,
}

fn parse_timeout(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(n) if n > 0.0 && n <= 86_400.0 => Ok(n),
        _ => Err(format!(
            "`{text}` is not a number of seconds between 0 and 86400"
        )),
    }
}

fn parse_date(text: &str) -> Result<accord_plugin::Date, String> {
    accord_plugin::Date::parse(text)
        .ok_or_else(|| format!("`{text}` is not a date like 2026-01-31"))
}

fn parse_score(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(n) if (0.0..=100.0).contains(&n) => Ok(n),
        _ => Err(format!("`{text}` is not a score between 0 and 100")),
    }
}

#[derive(Debug, Subcommand)]
pub enum PluginsCommand {
    /// List the profile's plugins: name, version, ABI, path, sha256, pinned or not, rules.
    List(RuleSourceArgs),
    /// Check every plugin of the profile against the configuration's pins (exit 2 on a mismatch).
    Verify(RuleSourceArgs),
    /// Pin the sha256 of every plugin the profile uses in accord.toml (keeping its comments).
    Lock(RuleSourceArgs),
    /// Create a plugin project that builds and passes its tests out of the box: one example
    /// rule with its text, an option, a fixture charter, tests and a README.
    New(NewArgs),
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The plugin's name: lowercase letters, digits and hyphens, e.g. `my-rules`. Its rules are
    /// `NAME.<rule>` and the host looks it up as the library `libaccord_<NAME, hyphens as
    /// underscores>.so`.
    #[arg(value_name = "NAME")]
    pub name: String,
    /// The project directory to create (default: `./NAME`): a new or an empty directory.
    #[arg(long, value_name = "DIR")]
    pub path: Option<PathBuf>,
    /// The project's programming language: `rust` (a cargo project on the accord-plugin SDK,
    /// which it carries in `vendor/`) or `c` (a single C file against a copy of
    /// accord_plugin.h, and a Makefile). (`--lang` is the language of the reports.)
    #[arg(long, value_enum, default_value_t = PluginLang::Rust)]
    pub template: PluginLang,
    /// Depend on this published version of the SDK crates (accord-plugin and
    /// accord-plugin-testkit on crates.io) instead of a copy of the ones this accord ships,
    /// which is written into the project's `vendor/` by default.
    #[arg(long, value_name = "VERSION")]
    pub sdk_version: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PluginLang {
    Rust,
    C,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Write a commented `accord.toml` (profile, packs, plugin directories, pins explained);
    /// refuses to overwrite a file.
    Init(ConfigInitArgs),
    /// Show what a run here would use: the configuration file, the profile, the packs, each
    /// plugin and where it was found, the pins.
    Show(RuleSourceArgs),
}

#[derive(Debug, Args)]
pub struct ConfigInitArgs {
    /// Where to write it.
    #[arg(default_value = "accord.toml", value_name = "FILE")]
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to write the starter charter.
    #[arg(default_value = "charter.toml", value_name = "FILE")]
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The address to listen on (printed at start; port 0 picks a free one). Bound to a
    /// loopback address, the server answers only requests for localhost.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080", value_parser = parse_listen)]
    pub listen: SocketAddr,
    /// A profile requests may choose, built in or a file (may be repeated; the first is the
    /// default). Default: the config's profile, else `default`.
    #[arg(long = "profile", value_name = "NAME|FILE")]
    pub profiles: Vec<String>,
    #[command(flatten)]
    pub sources: PluginSourceArgs,
    /// Run the plugins' checks in worker processes: a plugin that crashes or hangs costs that
    /// request a `plugin_failures` entry, never the server. Use it for plugins you do not trust.
    #[arg(long)]
    pub isolate: bool,
    /// With `--isolate`: the time one plugin may take on one charter.
    #[arg(long, value_name = "SECS", default_value_t = 10.0, value_parser = parse_timeout)]
    pub plugin_timeout: f64,
    /// Run at most N audits at once (default: all cores); more requests wait for a slot.
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// The time one request may take, waiting for a slot included, before it gets a 503.
    #[arg(long, value_name = "SECS", default_value_t = 30.0, value_parser = parse_timeout)]
    pub request_timeout: f64,
    /// No log line per request on standard error.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    #[command(flatten)]
    pub load: LoadArgs,
}

fn parse_listen(text: &str) -> Result<SocketAddr, String> {
    text.parse().map_err(|_| {
        format!("`{text}` is not an address and port like 127.0.0.1:8080 or [::1]:8080")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flag(args: &[&str]) -> Option<ColorChoice> {
        let args: Vec<OsString> = std::iter::once("accord")
            .chain(args.iter().copied())
            .map(OsString::from)
            .collect();
        colour_flag(&args)
    }

    #[test]
    fn the_colour_flag_is_found_before_clap_parses() {
        assert_eq!(flag(&["audit", "x.toml"]), None);
        assert_eq!(
            flag(&["--color", "never", "audit"]),
            Some(ColorChoice::Never)
        );
        assert_eq!(
            flag(&["audit", "--color=always", "x"]),
            Some(ColorChoice::Always)
        );
        assert_eq!(flag(&["audit", "--", "--color", "never"]), None);
        assert_eq!(flag(&["audit", "--color", "blue"]), None);
        assert_eq!(flag(&["audit", "--color"]), None);
    }

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }
}
