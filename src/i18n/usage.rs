//! The texts for a command line that cannot be read (an unknown option or command, a value
//! missing or not allowed): what was typed, what is expected, and an example that works.
//! They stand in for clap's own English messages (see [`crate::cli::errors`]).

use std::fmt::Display;

/// The words for a command line that cannot be read, in one language.
#[derive(Debug)]
pub struct UsageTexts {
    /// `{command}`, `{typed}`: an option the command does not have.
    pub unknown_option: fn(&str, &str) -> String,
    pub options_are: fn(&str) -> String,
    /// `{command}`, `{typed}`: a word more than the command takes.
    pub extra_word: fn(&str, &str) -> String,
    pub unknown_command: fn(&str) -> String,
    pub commands_are: fn(&str) -> String,
    pub did_you_mean: fn(&str) -> String,
    /// `{command}`, `{missing}`: arguments that were not given.
    pub missing: fn(&str, &str) -> String,
    /// `{command}`, `{missing}`: more than one.
    pub missing_many: fn(&str, &str) -> String,
    /// Between the last two names of a list: "and", "en".
    pub and: &'static str,
    /// `{option}`, `{name}`: an option given without its value.
    pub needs_value: fn(&str, &str) -> String,
    /// `{option}` was given an empty value (`--data-dir ''`); `{name}` what it takes.
    pub empty_value: fn(&str, &str) -> String,
    pub not_a_choice: fn(&str, &str) -> String,
    pub choose_from: fn(&str) -> String,
    pub out_of_range: fn(&str, &dyn Display, &dyn Display, &str) -> String,
    pub not_a_number: fn(&str, &str) -> String,
    /// `{option}`, `{typed}`: a value after an option that takes none.
    pub takes_no_value: fn(&str, &str) -> String,
    pub conflict: fn(&str, &str) -> String,
    pub twice: fn(&str) -> String,
    /// `{typed}`: the whole command line, when nothing more precise can be said.
    pub not_understood: fn(&str) -> String,
    pub example: fn(&str) -> String,
    /// `{help}`: the `--help` command that lists everything.
    pub more: fn(&str) -> String,
}

pub const EN: UsageTexts = UsageTexts {
    unknown_option: |command, typed| format!("{command} has no option {typed}."),
    options_are: |options| format!("Its options: {options}."),
    extra_word: |command, typed| {
        format!("{command} does not take {typed}: that is one word too many.")
    },
    unknown_command: |typed| format!("{typed} is not a command."),
    commands_are: |commands| format!("The commands: {commands}."),
    did_you_mean: |suggestion| format!("Did you mean {suggestion}?"),
    missing: |command, missing| format!("{command} needs more: {missing} is missing."),
    missing_many: |command, missing| format!("{command} needs more: {missing} are missing."),
    and: "and",
    needs_value: |option, name| {
        format!("{option} needs a value ({name}) after it, and none was given.")
    },
    empty_value: |option, name| format!("{option} is empty: give it a {name} that is not empty."),
    not_a_choice: |typed, option| format!("{typed} is not a value {option} takes."),
    choose_from: |values| format!("Choose one of: {values}."),
    out_of_range: |option, low, high, typed| {
        format!("{option} takes a whole number from {low} to {high}, not {typed}.")
    },
    not_a_number: |option, typed| format!("{option} takes a whole number, not {typed}."),
    takes_no_value: |option, typed| {
        format!("{option} takes no value, so {typed} cannot follow it: type {option} alone.")
    },
    conflict: |first, second| format!("{first} and {second} cannot be used together: choose one."),
    twice: |option| format!("{option} is given twice: once is enough."),
    not_understood: |typed| format!("this command line was not understood: {typed}"),
    example: |example| format!("For example: {example}"),
    more: |help| format!("More help: {help}"),
};

pub const NL: UsageTexts = UsageTexts {
    unknown_option: |command, typed| format!("{command} heeft geen optie {typed}."),
    options_are: |options| format!("De opties: {options}."),
    extra_word: |command, typed| format!("{command} neemt {typed} niet: dat is een woord te veel."),
    unknown_command: |typed| format!("{typed} is geen opdracht."),
    commands_are: |commands| format!("De opdrachten: {commands}."),
    did_you_mean: |suggestion| format!("Bedoel je {suggestion}?"),
    missing: |command, missing| format!("{command} heeft meer nodig: {missing} ontbreekt."),
    missing_many: |command, missing| format!("{command} heeft meer nodig: {missing} ontbreken."),
    and: "en",
    needs_value: |option, name| format!("Na {option} hoort een waarde ({name}), en die ontbreekt."),
    empty_value: |option, name| format!("{option} is leeg: geef een {name} die niet leeg is."),
    not_a_choice: |typed, option| format!("{typed} is geen waarde die {option} kent."),
    choose_from: |values| format!("Kies uit: {values}."),
    out_of_range: |option, low, high, typed| {
        format!("{option} neemt een heel getal van {low} tot en met {high}, niet {typed}.")
    },
    not_a_number: |option, typed| format!("{option} neemt een heel getal, niet {typed}."),
    takes_no_value: |option, typed| {
        format!("{option} neemt geen waarde, dus {typed} kan er niet achter: typ alleen {option}.")
    },
    conflict: |first, second| format!("{first} en {second} gaan niet samen: kies er één."),
    twice: |option| format!("{option} staat er twee keer: één keer is genoeg."),
    not_understood: |typed| format!("deze opdrachtregel is niet begrepen: {typed}"),
    example: |example| format!("Bijvoorbeeld: {example}"),
    more: |help| format!("Meer hulp: {help}"),
};
