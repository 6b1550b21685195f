//! `--help` in Dutch: the one-line summaries, the options' help and clap's headings, laid
//! over the English command line when Dutch is asked for.
//!
//! The language for help is known before parsing only from the arguments (`--lang nl`)
//! and the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`); the profile's language needs the
//! data folder, which help must not depend on.

use clap::{Command, CommandFactory};

use crate::cli::Cli;
use crate::i18n::Lang;

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
        match value.as_deref() {
            Some("nl") => return Lang::Nl,
            Some("en") => return Lang::En,
            _ => {}
        }
    }
    Lang::from_locale(locale)
}

/// The command line, its help in `lang`.
#[must_use]
pub fn command(lang: Lang) -> Command {
    let cmd = Cli::command();
    match lang {
        Lang::En => cmd,
        Lang::Nl => dutch(cmd),
    }
}

/// One-line summaries of the commands, in Dutch.
const SUMMARIES: [(&str, &str); 11] = [
    (
        "pain-check",
        "De pijncontrole van een gepauzeerde oefening beantwoorden: ok, not-yet of leave-out.",
    ),
    (
        "plan",
        "Het plan van vandaag: trainen of rusten, de week, elk doel, de vragen.",
    ),
    (
        "weight",
        "Het werkgewicht van een oefening met gewicht zetten (beantwoordt een gewichtsvraag).",
    ),
    (
        "log",
        "Een training vastleggen die je elders deed (in de sportschool, op papier).",
    ),
    (
        "restore",
        "Een reservekopie van het logboek terugzetten, of de kopieën tonen.",
    ),
    (
        "profile",
        "Je antwoorden van de eerste start tonen, of ze met de opties wijzigen.",
    ),
    (
        "demo",
        "Verzonnen trainingen in een lege map zetten, om botsterk te proberen.",
    ),
    (
        "history",
        "Je weken: trainingen, de reeks en de botbelasting; of elke serie als CSV.",
    ),
    (
        "report",
        "Een verslag voor je fysiotherapeut of arts schrijven (HTML, om af te drukken).",
    ),
    (
        "completions",
        "Een script voor aanvullen in je shell tonen (bash, zsh, fish, ...).",
    ),
    ("man", "De handleiding (roff) tonen, om met man te lezen."),
];

/// clap's help layout with Dutch headings.
const TEMPLATE: &str = "{about}\n\nGebruik: {usage}\n\n{all-args}{after-help}";

fn dutch(cmd: Command) -> Command {
    let mut cmd = cmd
        .about("botsterk: een coach voor sterke botten. Zonder opdracht begint de training op het scherm.")
        .subcommand_help_heading("Opdrachten")
        .subcommand_value_name("OPDRACHT")
        .mut_arg("data_dir", |a| {
            a.help("Waar het logboek staat (standaard: de gegevensmap van je systeem, bijv. ~/.local/share/botsterk op Linux).")
                .help_heading("Opties")
        })
        .mut_arg("lang", |a| {
            a.help("De taal: en of nl (standaard: je profiel, anders je locale).")
                .help_heading("Opties")
        })
        .disable_help_flag(true)
        .arg(
            clap::Arg::new("help")
                .short('h')
                .long("help")
                .action(clap::ArgAction::Help)
                .help("Deze hulp tonen")
                .help_heading("Opties")
                .global(true),
        )
        .disable_version_flag(true)
        .arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help("De versie tonen")
                .help_heading("Opties"),
        );
    for (name, summary) in SUMMARIES {
        cmd = cmd.mut_subcommand(name, |sub| {
            sub.about(summary)
                .long_about(summary)
                .mut_args(|a| a.help_heading("Opties"))
                .help_template(TEMPLATE)
        });
    }
    cmd.help_template(TEMPLATE)
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
                SUMMARIES.iter().any(|(n, _)| n == name),
                "no Dutch summary for {name}"
            );
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
