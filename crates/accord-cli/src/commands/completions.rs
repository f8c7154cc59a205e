//! `accord completions SHELL`: a completion script for bash, zsh, fish, PowerShell or elvish,
//! generated from the command line's definition (so it never falls behind it).

use clap::CommandFactory;

use crate::Outcome;
use crate::cli::{Cli, CompletionsArgs};

pub fn run(args: &CompletionsArgs) -> anyhow::Result<Outcome> {
    let mut out = Vec::new();
    clap_complete::generate(
        args.shell,
        &mut visible(&Cli::command()),
        "accord",
        &mut out,
    );
    std::io::Write::write_all(&mut std::io::stdout().lock(), &out)?;
    Ok(Outcome::Pass)
}

/// `command` without its hidden subcommands (the internal `__isolate-worker`, …), which
/// clap_complete would otherwise offer: clap cannot remove a subcommand, so the tree is rebuilt
/// from each command's own arguments and visible subcommands.
fn visible(command: &clap::Command) -> clap::Command {
    let mut slim =
        clap::Command::new(command.get_name().to_owned()).args(command.get_arguments().cloned());
    if let Some(about) = command.get_about() {
        slim = slim.about(about.clone());
    }
    if let Some(version) = command.get_version() {
        slim = slim.version(version.to_owned());
    }
    slim.subcommands(
        command
            .get_subcommands()
            .filter(|sub| !sub.is_hide_set())
            .map(visible),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn script(shell: clap_complete::Shell) -> String {
        let mut out = Vec::new();
        clap_complete::generate(shell, &mut visible(&Cli::command()), "accord", &mut out);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn completions_offer_the_visible_commands_and_their_flags() {
        let bash = script(clap_complete::Shell::Bash);
        let top = bash
            .lines()
            .find(|l| l.contains("opts=\"") && l.contains(" validate "))
            .unwrap_or_else(|| panic!("no top-level options line:\n{bash}"));
        for word in [
            "--color",
            "--version",
            "validate",
            "audit",
            "rules",
            "explain",
            "plugins",
            "schema",
            "init",
            "completions",
            "man",
        ] {
            assert!(top.split(['"', ' ']).any(|w| w == word), "{word}: {top}");
        }
        assert!(!top.contains("__"), "a hidden command is offered: {top}");
        assert!(bash.contains("--fail-under"), "audit's flags are completed");
        assert!(
            bash.contains("--sdk-version"),
            "plugins new's flags are completed"
        );
        for shell in [
            clap_complete::Shell::Zsh,
            clap_complete::Shell::Fish,
            clap_complete::Shell::PowerShell,
            clap_complete::Shell::Elvish,
        ] {
            let text = script(shell);
            assert!(text.contains("fail-under"), "{shell}");
            assert!(
                !text.contains("isolate-worker"),
                "{shell} offers a hidden command"
            );
            assert!(
                !text.contains("write-sdk"),
                "{shell} offers a hidden command"
            );
        }
    }
}
