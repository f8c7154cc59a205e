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
        clap_mangen::generate_to(Cli::command(), dir).with_context(|| {
            format!("could not write the manual pages into `{}`", dir.display())
        })?;
        let count = std::fs::read_dir(dir)
            .with_context(|| format!("could not read `{}`", dir.display()))?
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "1"))
            .count();
        writeln!(
            std::io::stdout().lock(),
            "wrote {count} manual pages to {}",
            dir.display()
        )?;
        return Ok(Outcome::Pass);
    }
    let page = find(&args.command)?;
    let mut out = Vec::new();
    clap_mangen::Man::new(page).render(&mut out)?;
    std::io::stdout().lock().write_all(&out)?;
    Ok(Outcome::Pass)
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
        let mut out = Vec::new();
        clap_mangen::Man::new(find(&names).unwrap())
            .render(&mut out)
            .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn pages_are_found_by_command_path() {
        let main = page(&[]);
        assert!(main.starts_with(".ie \\n(.g .ds Aq"), "{main}");
        assert!(main.contains(".TH accord 1"), "{main}");
        assert!(main.contains("accord\\-audit(1)"), "{main}");
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
