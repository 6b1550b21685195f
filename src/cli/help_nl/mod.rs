//! `--help` in Dutch: the one-line summaries, the options' help and clap's headings, laid
//! over the English command line when Dutch is asked for.
//!
//! The language for help is known before parsing only from the arguments (`--lang nl`)
//! and the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`); the profile's language needs the
//! data folder, which help must not depend on.

use clap::{Arg, ArgAction, Command, CommandFactory};

use crate::cli::Cli;
use crate::lang::Lang;

use crate::i18n::help as texts;

/// The language for `--help`: `--lang` in the arguments, else the locale.
#[must_use]
pub fn help_lang(args: &[String], locale: impl Fn(&str) -> Option<String>) -> Lang {
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let value = match arg.strip_prefix("--lang=") {
            Some(value) => Some(value.to_owned()),
            None if arg == "--lang" => iter.next().cloned(),
            None => None,
        };
        // `nl`, `en`, or a word clap takes for them (`nederlands`, `engels`).
        if let Some(lang) = value.and_then(|v| <Lang as clap::ValueEnum>::from_str(&v, true).ok()) {
            return lang;
        }
    }
    Lang::from_locale(locale)
}

/// The command line, its help in `lang`.
#[must_use]
pub fn command(lang: Lang) -> Command {
    let cmd = Cli::command();
    let cmd = match lang {
        Lang::En => super::words::in_english_help(cmd),
        Lang::Nl => dutch(cmd),
    };
    // The commands' Dutch names under the examples, in either language.
    let names = super::words::command_names(&cmd, lang);
    let after = cmd
        .get_after_help()
        .map(ToString::to_string)
        .unwrap_or_default();
    let cmd = cmd.after_help(format!("{after}\n\n{names}"));
    // The list of commands without clap's "[aliases: ...]", so that each stays one line
    // (built apart: clap adds its `help` command then).
    let mut built = cmd.clone();
    built.build();
    let listing = super::words::command_listing(&built, lang);
    let template = match lang {
        Lang::En => format!(
            "{{about-with-newline}}\n{{usage-heading}} {{usage}}\n\nCommands:\n{listing}\n\n\
             Options:\n{{options}}{{after-help}}"
        ),
        Lang::Nl => dutch_template(&cmd, Some(&listing)),
    };
    cmd.help_template(template)
}

fn dutch(cmd: Command) -> Command {
    let mut cmd = with_dutch_args(cmd, "")
        .about(texts::ABOUT)
        .after_help(texts::TOP_EXAMPLES_NL)
        .subcommand_value_name("OPDRACHT")
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(texts::HELP_FLAG)
                .global(true),
        )
        .disable_version_flag(true)
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(texts::VERSION_FLAG),
        );
    for sub in texts::COMMANDS {
        cmd = cmd.mut_subcommand(sub.name, |c| {
            with_dutch_args(c, sub.name)
                .about(sub.about)
                .long_about(sub.long_about)
                .after_help(sub.examples)
        });
    }
    // clap adds its `help` command, the global options and the usage lines when the
    // command is built: built here, then laid out in Dutch.
    cmd.build();
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    for name in names.iter().filter(|name| *name != "help") {
        cmd = cmd.mut_subcommand(name, dutch_layout);
    }
    cmd = cmd.mut_subcommand("help", |help| {
        help.about(texts::HELP_COMMAND)
            .override_usage("botsterk help [OPDRACHT]...")
            .help_template(texts::HELP_COMMAND_TEMPLATE)
    });
    dutch_layout(cmd)
}

/// clap's help layout with Dutch headings, "Argumenten" apart from "Opties", and the usage
/// line in Dutch.
fn dutch_layout(mut cmd: Command) -> Command {
    let usage = cmd.render_usage().to_string();
    let usage = usage
        .strip_prefix("Usage: ")
        .unwrap_or(&usage)
        .replace("[OPTIONS]", "[OPTIES]")
        .replace("[COMMAND]", "[OPDRACHT]");
    // A command by its Dutch name (`botsterk logboek`), which is taken as well.
    let usage = match cmd.get_visible_aliases().next() {
        Some(dutch) => usage.replacen(
            &format!("botsterk {}", cmd.get_name()),
            &format!("botsterk {dutch}"),
            1,
        ),
        None => usage,
    };
    let template = dutch_template(&cmd, None);
    cmd.override_usage(usage).help_template(template)
}

/// The Dutch help template of `cmd`; `commands`: the list of its commands, when it has them.
fn dutch_template(cmd: &Command, commands: Option<&str>) -> String {
    let mut template = String::from("{about}\n\nGebruik: {usage}\n");
    if let Some(commands) = commands {
        template.push_str(&format!("\nOpdrachten:\n{commands}\n"));
    }
    if cmd.get_positionals().any(|a| !a.is_hide_set()) {
        template.push_str("\nArgumenten:\n{positionals}\n");
    }
    if cmd
        .get_arguments()
        .any(|a| !a.is_positional() && !a.is_hide_set())
    {
        template.push_str("\nOpties:\n{options}");
    }
    template.push_str("{after-help}");
    template
}

/// The arguments of `command` (`""`: botsterk itself) in Dutch: their texts, with clap's "[possible values: ...]" and "[default: ...]"
/// said in Dutch.
fn with_dutch_args(cmd: Command, command: &str) -> Command {
    cmd.mut_args(|a| {
        let Some(text) = texts::ARGS
            .iter()
            .find(|t| t.command == command && a.get_id() == t.id)
        else {
            return a;
        };
        let mut a = a;
        let mut help = text.help.to_owned();
        if a.get_action().takes_values() {
            // The Dutch words first, then the English ones where they differ: either is
            // taken.
            let (values, english) = super::words::words(&a, Lang::Nl);
            if !values.is_empty() && !a.is_hide_possible_values_set() {
                let english = english
                    .map(|e| format!("; {}: {}", texts::IN_ENGLISH, e.join(", ")))
                    .unwrap_or_default();
                help.push_str(&format!(
                    " [{}: {}{english}]",
                    texts::POSSIBLE_VALUES,
                    values.join(", ")
                ));
                a = a.hide_possible_values(true);
            }
            let defaults: Vec<String> = a
                .get_default_values()
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .collect();
            if !defaults.is_empty() && !a.is_hide_default_value_set() {
                help.push_str(&format!(
                    " [{}: {}]",
                    texts::DEFAULT_VALUE,
                    defaults.join(", ")
                ));
                a = a.hide_default_value(true);
            }
        }
        if a.get_env().is_some() {
            // The variable is named in the Dutch text.
            a = a.hide_env(true);
        }
        let a = a.help(help);
        match text.value_name {
            Some(name) => a.value_name(name),
            None => a,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_has_a_dutch_summary() {
        let names: Vec<String> = Cli::command()
            .get_subcommands()
            .map(|c| c.get_name().to_owned())
            .collect();
        for name in &names {
            assert!(
                texts::COMMANDS.iter().any(|c| c.name == name),
                "no Dutch summary for {name}"
            );
        }
        let cli = Cli::command();
        let commands =
            std::iter::once(("", &cli)).chain(cli.get_subcommands().map(|c| (c.get_name(), c)));
        for (name, command) in commands {
            for arg in command.get_arguments() {
                let global =
                    !name.is_empty() && cli.get_arguments().any(|a| a.get_id() == arg.get_id());
                assert!(
                    global
                        || texts::ARGS
                            .iter()
                            .any(|t| t.command == name && arg.get_id() == t.id),
                    "no Dutch text for {} of `{name}`",
                    arg.get_id()
                );
            }
        }
        command(Lang::Nl).debug_assert();
    }

    #[test]
    fn the_help_language_comes_from_the_flag_else_the_locale() {
        let args = |a: &[&str]| a.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let dutch_locale = |var: &str| (var == "LANG").then(|| "nl_NL.UTF-8".to_owned());
        let no_locale = |_: &str| None;
        assert_eq!(
            help_lang(&args(&["botsterk", "--lang", "nl", "--help"]), no_locale),
            Lang::Nl
        );
        assert_eq!(
            help_lang(&args(&["botsterk", "--lang=nl"]), no_locale),
            Lang::Nl
        );
        assert_eq!(
            help_lang(&args(&["botsterk", "--help"]), dutch_locale),
            Lang::Nl
        );
        assert_eq!(
            help_lang(&args(&["botsterk", "--lang", "en"]), dutch_locale),
            Lang::En
        );
        assert_eq!(help_lang(&args(&["botsterk"]), no_locale), Lang::En);
    }
}
