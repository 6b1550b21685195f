//! The value words a user may type, in English and in Dutch, whatever the screen language.
//!
//! Each of clap's value enums keeps its English name as the canonical form (JSON, CSV, the
//! profile) and carries its Dutch word as its first alias (`#[value(alias = "geen")]`);
//! clap takes either. Further aliases are spellings that are taken but not shown (`j`,
//! `not_yet`). Here the words are listed for `--help` and offered to the shells.

use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::{Arg, Command};

use crate::lang::Lang;

/// The Dutch word of `value`: its first alias, when it has one.
#[must_use]
pub fn dutch(value: &PossibleValue) -> Option<&str> {
    value.get_name_and_aliases().nth(1)
}

/// The word of `value` in `lang`: the Dutch word (or the name, when there is none) or the
/// English name.
#[must_use]
pub fn word(value: &PossibleValue, lang: Lang) -> String {
    match lang {
        Lang::En => value.get_name().to_owned(),
        Lang::Nl => dutch(value).unwrap_or(value.get_name()).to_owned(),
    }
}

/// The values of `arg` a user is shown (not the hidden ones).
fn shown(arg: &Arg) -> Vec<PossibleValue> {
    arg.get_possible_values()
        .into_iter()
        .filter(|v| !v.is_hide_set())
        .collect()
}

/// The words of `arg` in `lang`, then, when any of them differs, in the other language.
#[must_use]
pub fn words(arg: &Arg, lang: Lang) -> (Vec<String>, Option<Vec<String>>) {
    let values = shown(arg);
    let here: Vec<String> = values.iter().map(|v| word(v, lang)).collect();
    let other_lang = match lang {
        Lang::En => Lang::Nl,
        Lang::Nl => Lang::En,
    };
    let there: Vec<String> = values.iter().map(|v| word(v, other_lang)).collect();
    let other = (there != here).then_some(there);
    (here, other)
}

/// The words of the value named `typed` of `arg` in `lang` ("osteoporosis" in Dutch:
/// "osteoporose"), for a refusal that lists the choices.
#[must_use]
pub fn in_lang(arg: &Arg, names: &[String], lang: Lang) -> Vec<String> {
    let values = shown(arg);
    names
        .iter()
        .map(|name| {
            values
                .iter()
                .find(|v| v.get_name() == name)
                .map_or_else(|| name.clone(), |v| word(v, lang))
        })
        .collect()
}

/// The commands' Dutch names, one paragraph for under `botsterk --help` ("Dutch names:
/// gewicht (weight), ...").
#[must_use]
pub fn command_names(cmd: &Command, lang: Lang) -> String {
    let names: Vec<String> = cmd
        .get_subcommands()
        .filter_map(|c| {
            let aliases: Vec<&str> = c.get_visible_aliases().collect();
            let or = crate::i18n::help::or_word(lang);
            (!aliases.is_empty()).then(|| format!("{} ({})", aliases.join(or), c.get_name()))
        })
        .collect();
    let head = crate::i18n::help::command_names_head(lang);
    format!("{head}: {}.", names.join(", "))
}

/// The commands of `cmd` (built) with their one-line summaries, as clap lists them but
/// without clap's "[aliases: ...]" (the names are said once, under the examples:
/// [`command_names`]), so that each stays on one line. In Dutch by their Dutch names.
#[must_use]
pub fn command_listing(cmd: &Command, lang: Lang) -> String {
    let name = |c: &Command| -> String {
        match lang {
            Lang::En => c.get_name().to_owned(),
            Lang::Nl => c
                .get_visible_aliases()
                .next()
                .unwrap_or(c.get_name())
                .to_owned(),
        }
    };
    let commands: Vec<&Command> = cmd.get_subcommands().filter(|c| !c.is_hide_set()).collect();
    let width = commands
        .iter()
        .map(|c| name(c).chars().count())
        .max()
        .unwrap_or(0);
    commands
        .iter()
        .map(|c| {
            let about = c.get_about().map(ToString::to_string).unwrap_or_default();
            format!("  {:width$}  {about}", name(c))
                .trim_end()
                .to_owned()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// `--help` in English: each option whose values have Dutch words says them
/// ("... Also in Dutch: geen, osteopenie, osteoporose, onbekend."), for this command and
/// every command under it. clap lists the English values itself.
#[must_use]
pub fn in_english_help(cmd: Command) -> Command {
    let cmd = cmd.mut_args(|a| {
        if a.is_hide_possible_values_set() {
            return a;
        }
        let (_, Some(dutch)) = words(&a, Lang::En) else {
            return a;
        };
        let help = a.get_help().map(ToString::to_string).unwrap_or_default();
        let help = format!(
            "{}. In Dutch: {}",
            help.trim_end_matches('.'),
            dutch.join(", ")
        );
        a.help(help)
    });
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    names
        .iter()
        .fold(cmd, |cmd, name| cmd.mut_subcommand(name, in_english_help))
}

/// The command line as the shells complete it: every value word of every option, the
/// Dutch ones too (clap's scripts offer only the names, not the aliases).
#[must_use]
pub fn for_completion(cmd: Command) -> Command {
    let cmd = cmd.mut_args(|a| {
        let values = a.get_possible_values();
        if values.iter().all(|v| dutch(v).is_none()) {
            return a;
        }
        let mut offered: Vec<PossibleValue> = Vec::new();
        for v in values.iter().filter(|v| !v.is_hide_set()) {
            offered.push(v.clone());
            if let Some(word) = dutch(v) {
                // Leaked: clap keeps names as &'static str, and a script is made once a run.
                let word: &'static str = word.to_owned().leak();
                let offer = PossibleValue::new(word);
                offered.push(match v.get_help() {
                    Some(help) => offer.help(help.clone()),
                    None => offer,
                });
            }
        }
        a.value_parser(PossibleValuesParser::new(offered))
    });
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    names
        .iter()
        .fold(cmd, |cmd, name| cmd.mut_subcommand(name, for_completion))
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;
    use crate::cli::Cli;

    fn arg<'a>(cmd: &'a Command, sub: &str, id: &str) -> &'a Arg {
        cmd.find_subcommand(sub)
            .and_then(|c| c.get_arguments().find(|a| a.get_id() == id))
            .unwrap_or_else(|| panic!("{sub} {id}"))
    }

    #[test]
    fn each_value_is_listed_in_both_languages() {
        let cmd = Cli::command();
        let bones = arg(&cmd, "profile", "bone_status");
        let (en, nl) = words(bones, Lang::En);
        assert_eq!(en, ["none", "osteopenia", "osteoporosis", "unknown"]);
        assert_eq!(
            nl.unwrap(),
            ["geen", "osteopenie", "osteoporose", "onbekend"]
        );
        let (nl, en) = words(bones, Lang::Nl);
        assert_eq!(nl[0], "geen");
        assert_eq!(en.unwrap()[0], "none");
        // Without a Dutch word, nothing to add.
        let json = arg(&cmd, "profile", "json");
        assert_eq!(words(json, Lang::Nl).1, None);
    }

    #[test]
    fn every_value_word_of_every_option_parses_in_both_languages() {
        let cmd = Cli::command();
        let mut seen = 0;
        for sub in cmd.get_subcommands() {
            for a in sub.get_arguments() {
                for v in a.get_possible_values() {
                    for typed in v.get_name_and_aliases() {
                        assert!(v.matches(typed, false), "{typed}");
                        seen += 1;
                    }
                }
            }
        }
        assert!(seen > 30, "{seen}");
    }

    #[test]
    fn every_command_name_is_known_to_the_rewritten_hints() {
        let mut names: Vec<&str> = Vec::new();
        let cmd = Cli::command();
        for sub in cmd.get_subcommands() {
            names.push(sub.get_name());
            names.extend(sub.get_all_aliases());
        }
        let mut known = crate::invocation::COMMANDS.to_vec();
        names.sort_unstable();
        known.sort_unstable();
        assert_eq!(names, known);
    }

    #[test]
    fn the_shells_are_offered_the_dutch_words() {
        let cmd = for_completion(Cli::command());
        let counting = arg(&cmd, "profile", "counting");
        let names: Vec<String> = counting
            .get_possible_values()
            .iter()
            .map(|v| v.get_name().to_owned())
            .collect();
        assert_eq!(names, ["manual", "zelf", "paced", "tempo"]);
    }
}
