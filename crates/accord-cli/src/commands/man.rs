//! `accord man [COMMAND…]`: the manual page (roff) of accord or one of its commands, generated
//! from the command line's definition; `--out DIR` writes them all (for release bundles).

use std::io::Write;

use anyhow::Context;
use clap::CommandFactory;

use crate::Outcome;
use crate::cli::{Cli, ManArgs};

pub fn run(args: &ManArgs) -> anyhow::Result<Outcome> {
    if let Some(dir) = &args.out {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("could not create the directory `{}`", dir.display()))?;
        let mut pages = vec![find(&[])?];
        let mut count = 0;
        while let Some(page) = pages.pop() {
            pages.extend(page.get_subcommands().filter(|c| !c.is_hide_set()).cloned());
            let path = dir.join(format!("{}.1", page_name(&page)));
            std::fs::write(&path, render(page)?)
                .with_context(|| format!("could not write `{}`", path.display()))?;
            count += 1;
        }
        writeln!(
            std::io::stdout().lock(),
            "wrote {count} manual pages to {}",
            dir.display()
        )?;
        return Ok(Outcome::Pass);
    }
    let page = render(find(&args.command)?)?;
    std::io::stdout().lock().write_all(&page)?;
    Ok(Outcome::Pass)
}

/// `accord-plugins-new`: the page's name (clap's display name once the command is built).
fn page_name(page: &clap::Command) -> String {
    page.get_display_name()
        .unwrap_or_else(|| page.get_name())
        .to_owned()
}

/// The page in roff: clap_mangen's sections, with the help's closing paragraphs (exit codes,
/// examples, docs) as sections of their own, their indented lines kept as written.
fn render(page: clap::Command) -> anyhow::Result<Vec<u8>> {
    let after = page.get_after_help().map(|text| text.to_string());
    let has_subcommands = page.get_subcommands().any(|c| !c.is_hide_set());
    let has_version = page.get_version().is_some();
    let man = clap_mangen::Man::new(page.after_help(None::<&str>));
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    if has_subcommands {
        man.render_subcommands_section(&mut out)?;
    }
    if let Some(after) = after {
        after_help_sections(&after).to_writer(&mut out)?;
    }
    if has_version {
        man.render_version_section(&mut out)?;
    }
    Ok(out)
}

/// "Label: text" paragraphs become a section LABEL with the text filled; "Label:" followed by
/// indented lines, a section whose lines are not refilled (examples stay one per line).
fn after_help_sections(text: &str) -> roff::Roff {
    let mut roff = roff::Roff::new();
    for paragraph in text.split("\n\n") {
        let (label, rest) = paragraph.split_once(':').unwrap_or(("Notes", paragraph));
        roff.control("SH", [label.to_uppercase().as_str()]);
        if let Some(lines) = rest.strip_prefix('\n') {
            roff.control("nf", []);
            for line in lines.lines() {
                roff.text([roff::roman(line.trim_start())]);
            }
            roff.control("fi", []);
        } else {
            roff.text([roff::roman(rest.trim())]);
        }
    }
    roff
}

/// The (built) command `accord NAMES…`; hidden commands have no page.
fn find(names: &[String]) -> anyhow::Result<clap::Command> {
    let mut command = Cli::command().disable_help_subcommand(true);
    command.build();
    let mut path = String::from("accord");
    for name in names {
        let visible: Vec<&str> = command
            .get_subcommands()
            .filter(|c| !c.is_hide_set())
            .map(|c| c.get_name())
            .collect();
        let Some(sub) = command
            .get_subcommands()
            .find(|c| c.get_name() == name && !c.is_hide_set())
            .cloned()
        else {
            if visible.is_empty() {
                anyhow::bail!(
                    "`{path}` has no subcommands, so it has no page `{name}`\nhelp: run `accord man {}`",
                    names[..names.len() - 1].join(" ")
                );
            }
            anyhow::bail!(
                "`{path}` has no command `{name}`\nhelp: the commands with a page are: {}",
                visible.join(", ")
            );
        };
        path = format!("{path} {name}");
        command = sub;
    }
    Ok(command)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(names: &[&str]) -> String {
        let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        String::from_utf8(render(find(&names).unwrap()).unwrap()).unwrap()
    }

    #[test]
    fn pages_are_found_by_command_path() {
        let main = page(&[]);
        assert!(main.starts_with(".ie \\n(.g .ds Aq"), "{main}");
        assert!(main.contains(".TH accord 1"), "{main}");
        assert!(main.contains("accord\\-audit(1)"), "{main}");
        // The help's closing paragraphs, as sections; the examples one per line.
        assert!(main.contains(".SH \"EXIT CODES\""), "{main}");
        assert!(
            main.contains(".SH EXAMPLES\n.nf\naccord init my\\-partnership.toml"),
            "{main}"
        );
        assert!(main.contains(".SH DOCS\n"), "{main}");
        let audit = page(&["audit"]);
        assert!(audit.contains(".TH accord-audit 1"), "{audit}");
        assert!(audit.contains("\\-\\-fail\\-under"), "{audit}");
        let new = page(&["plugins", "new"]);
        assert!(new.contains(".TH accord-plugins-new 1"), "{new}");
        assert!(new.contains("\\-\\-sdk\\-version"), "{new}");
    }

    #[test]
    fn unknown_and_hidden_commands_have_no_page() {
        let names = |n: &[&str]| n.iter().map(|n| n.to_string()).collect::<Vec<_>>();
        let err = find(&names(&["audti"])).unwrap_err().to_string();
        assert!(err.contains("`accord` has no command `audti`"), "{err}");
        assert!(err.contains("validate, audit"), "{err}");
        let err = find(&names(&["__isolate-worker"])).unwrap_err().to_string();
        assert!(err.contains("has no command"), "{err}");
        let err = find(&names(&["audit", "x"])).unwrap_err().to_string();
        assert!(err.contains("`accord audit` has no subcommands"), "{err}");
        let err = find(&names(&["plugins", "nwe"])).unwrap_err().to_string();
        assert!(
            err.contains("`accord plugins` has no command `nwe`"),
            "{err}"
        );
        assert!(err.contains("list, verify, lock, new"), "{err}");
    }
}
