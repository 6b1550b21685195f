//! Shell completions: the command line as the shells complete it, with the exercise ids
//! where an exercise is asked for (`weight`, `pain-check`, `profile --include`, the entries
//! of `log`), the answers of `pain-check`, the effort words (English and Dutch) in `log`
//! entries, and the day words of `log --date`. `--lang`, `--units` and the other choices
//! complete by themselves (their values are clap's value enums).
//!
//! In bash a `:` ends a word, so inside `wall-push-up:10,10:zw` the effort completes too.
//!
//! These arguments are text when parsed (a name such as "opdrukken" is taken too, with a
//! did-you-mean for a near miss); only the completion script lists the ids.

use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::{Command, CommandFactory};
use clap_complete::Shell;

use crate::catalog::Catalog;
use crate::cli::Cli;

/// The completion script for `shell`, as that shell reads it.
#[must_use]
pub fn script(shell: Shell) -> Vec<u8> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command(), "botsterk", &mut script);
    if shell == Shell::Fish {
        script.extend_from_slice(fish_arguments().as_bytes());
    }
    script
}

/// clap's fish script completes options only: the exercise ids, the pain-check answers and
/// the parts of a `log` entry (the effort after the second `:`) are added here.
fn fish_arguments() -> String {
    let catalog = Catalog::builtin();
    let ids = |weighted_only: bool| -> String {
        catalog
            .all()
            .iter()
            .filter(|e| !weighted_only || e.weighted)
            .map(|e| e.id.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let efforts = crate::typed_exercise::EFFORT_WORDS.join(" ");
    let all = ids(false);
    let weighted = ids(true);
    // A command by its name and its Dutch names (`pijncheck`), as fish's test takes them.
    let cli = Cli::command();
    let names = |name: &str| -> String {
        cli.find_subcommand(name)
            .map(|c| {
                std::iter::once(c.get_name())
                    .chain(c.get_visible_aliases())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .unwrap_or_else(|| name.to_owned())
    };
    let (log, weight, pain_check) = (names("log"), names("weight"), names("pain-check"));
    let answers: Vec<String> =
        <crate::cli::args::PainCheckAnswer as clap::ValueEnum>::value_variants()
            .iter()
            .filter_map(clap::ValueEnum::to_possible_value)
            .flat_map(|v| {
                let dutch = crate::cli::words::dutch(&v).map(str::to_owned);
                std::iter::once(v.get_name().to_owned()).chain(dutch)
            })
            .collect();
    let answers = answers.join(" ");
    format!(
        r#"
# The arguments (botsterk's own lines): exercise ids, pain-check answers, log entries.
function __fish_botsterk_log_entry
    set -l token (commandline -ct)
    if string match -q -- '*:*:*' $token
        set -l head (string replace -r -- '[^:]*$' '' $token)
        for effort in {efforts}
            echo $head$effort
        end
    else if not string match -q -- '*:*' $token
        for id in {all}
            echo $id:
        end
    end
end
complete -c botsterk -n "__fish_botsterk_using_subcommand {log}" -f -a "(__fish_botsterk_log_entry)"
complete -c botsterk -n "__fish_botsterk_using_subcommand {weight}; and test (count (commandline -opc)) -le 2" -f -a "{weighted}"
complete -c botsterk -n "__fish_botsterk_using_subcommand {pain_check}; and test (count (commandline -opc)) -le 2" -f -a "{all}"
complete -c botsterk -n "__fish_botsterk_using_subcommand {pain_check}; and test (count (commandline -opc)) -eq 3" -f -a "{answers}"
"#
    )
}

/// The command line with the values the shells offer.
#[must_use]
pub fn command() -> Command {
    let catalog = Catalog::builtin();
    let ids = |weighted_only: bool| {
        let values: Vec<PossibleValue> = catalog
            .all()
            .iter()
            .filter(|e| !weighted_only || e.weighted)
            // Leaked: clap keeps names as &'static str, and a script is made once a run.
            .map(|e| PossibleValue::new(&*e.id.clone().leak()).help(e.en.name.clone()))
            .collect();
        PossibleValuesParser::new(values)
    };
    // A log entry is EXERCISE[@WEIGHT]:SETS[:EFFORT]: its exercise and its effort.
    let entry_words = {
        let mut values: Vec<PossibleValue> = catalog
            .all()
            .iter()
            .map(|e| PossibleValue::new(&*e.id.clone().leak()).help(e.en.name.clone()))
            .collect();
        values.extend(
            crate::typed_exercise::EFFORT_WORDS
                .iter()
                .map(|word| PossibleValue::new(*word)),
        );
        PossibleValuesParser::new(values)
    };
    // Every value word in English and Dutch (the pain-check answers, yes/no, the bone
    // statuses, ...), then the exercise ids and the parts of a log entry.
    crate::cli::words::for_completion(Cli::command())
        .mut_subcommand("log", |c| {
            c.mut_arg("entries", |a| a.value_parser(entry_words))
                .mut_arg("date", |a| {
                    a.value_parser(PossibleValuesParser::new(crate::typed_day::DAY_WORDS))
                })
        })
        .mut_subcommand("weight", |c| {
            c.mut_arg("exercise", |a| a.value_parser(ids(true)))
        })
        .mut_subcommand("pain-check", |c| {
            c.mut_arg("exercise", |a| a.value_parser(ids(false)))
        })
        .mut_subcommand("profile", |c| {
            c.mut_arg("include", |a| a.value_parser(ids(false)))
                .mut_arg("leave_out", |a| a.value_parser(ids(false)))
        })
}
