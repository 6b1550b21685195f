//! The texts for a command line that cannot be read (an unknown option or command, a value
//! missing or not allowed): what was typed, what is expected, and an example that works.
//! They stand in for clap's own English messages (see [`crate::cli::errors`]).

/// The words for a command line that cannot be read, in one language.
#[derive(Debug)]
pub struct UsageTexts {
    /// `{command}`, `{typed}`: an option the command does not have.
    pub unknown_option: &'static str,
    /// `{options}`
    pub options_are: &'static str,
    /// `{command}`, `{typed}`: a word more than the command takes.
    pub extra_word: &'static str,
    /// `{typed}`
    pub unknown_command: &'static str,
    /// `{commands}`
    pub commands_are: &'static str,
    /// `{suggestion}`
    pub did_you_mean: &'static str,
    /// `{command}`, `{missing}`: arguments that were not given.
    pub missing: &'static str,
    /// `{command}`, `{missing}`: more than one.
    pub missing_many: &'static str,
    /// Between the last two names of a list: "and", "en".
    pub and: &'static str,
    /// `{option}`, `{name}`: an option given without its value.
    pub needs_value: &'static str,
    /// `{option}`, `{typed}`
    pub not_a_choice: &'static str,
    /// `{values}`
    pub choose_from: &'static str,
    /// `{option}`, `{typed}`, `{low}`, `{high}`
    pub out_of_range: &'static str,
    /// `{option}`, `{typed}`
    pub not_a_number: &'static str,
    /// `{option}`, `{typed}`: a value after an option that takes none.
    pub takes_no_value: &'static str,
    /// `{first}`, `{second}`
    pub conflict: &'static str,
    /// `{option}`
    pub twice: &'static str,
    /// `{typed}`: the whole command line, when nothing more precise can be said.
    pub not_understood: &'static str,
    /// `{example}`
    pub example: &'static str,
    /// `{help}`: the `--help` command that lists everything.
    pub more: &'static str,
}

pub const EN: UsageTexts = UsageTexts {
    unknown_option: "{command} has no option {typed}.",
    options_are: "Its options: {options}.",
    extra_word: "{command} does not take {typed}: that is one word too many.",
    unknown_command: "{typed} is not a command.",
    commands_are: "The commands: {commands}.",
    did_you_mean: "Did you mean {suggestion}?",
    missing: "{command} needs more: {missing} is missing.",
    missing_many: "{command} needs more: {missing} are missing.",
    and: "and",
    needs_value: "{option} needs a value ({name}) after it, and none was given.",
    not_a_choice: "{typed} is not a value {option} takes.",
    choose_from: "Choose one of: {values}.",
    out_of_range: "{option} takes a whole number from {low} to {high}, not {typed}.",
    not_a_number: "{option} takes a whole number, not {typed}.",
    takes_no_value: "{option} takes no value, so {typed} cannot follow it: type {option} alone.",
    conflict: "{first} and {second} cannot be used together: choose one.",
    twice: "{option} is given twice: once is enough.",
    not_understood: "this command line was not understood: {typed}",
    example: "For example: {example}",
    more: "More help: {help}",
};

pub const NL: UsageTexts = UsageTexts {
    unknown_option: "{command} heeft geen optie {typed}.",
    options_are: "De opties: {options}.",
    extra_word: "{command} neemt {typed} niet: dat is een woord te veel.",
    unknown_command: "{typed} is geen opdracht.",
    commands_are: "De opdrachten: {commands}.",
    did_you_mean: "Bedoel je {suggestion}?",
    missing: "{command} heeft meer nodig: {missing} ontbreekt.",
    missing_many: "{command} heeft meer nodig: {missing} ontbreken.",
    and: "en",
    needs_value: "Na {option} hoort een waarde ({name}), en die ontbreekt.",
    not_a_choice: "{typed} is geen waarde die {option} kent.",
    choose_from: "Kies uit: {values}.",
    out_of_range: "{option} neemt een heel getal van {low} tot en met {high}, niet {typed}.",
    not_a_number: "{option} neemt een heel getal, niet {typed}.",
    takes_no_value: "{option} neemt geen waarde, dus {typed} kan er niet achter: typ alleen {option}.",
    conflict: "{first} en {second} gaan niet samen: kies er één.",
    twice: "{option} staat er twee keer: één keer is genoeg.",
    not_understood: "deze opdrachtregel is niet begrepen: {typed}",
    example: "Bijvoorbeeld: {example}",
    more: "Meer hulp: {help}",
};
