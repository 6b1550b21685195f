//! clap's own refusals (an unknown option or command, a value missing or not allowed) said
//! in the user's language and in plain words: what was typed, what is expected, and an
//! example that works, taken from the command's own help examples where one fits.
//!
//! The texts say `botsterk ...`; the caller runs them through
//! [`crate::invocation::rewrite`] so that the examples can be pasted as they stand.

use clap::Command;
use clap::error::{ContextKind, ContextValue, Error, ErrorKind};

use crate::i18n::UsageTexts;
use crate::lang::Lang;

/// Whether clap's "error" is the help or the version asked for: printed by clap as it is.
#[must_use]
pub fn is_help_or_version(err: &Error) -> bool {
    matches!(
        err.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    )
}

/// The language of a refusal: `--lang` in the arguments, else the profile's (when it can
/// be read), else the locale, as for every other message of the commands.
#[must_use]
pub fn lang(
    args: &[String],
    profile_lang: impl FnOnce() -> Option<Lang>,
    locale: impl Fn(&str) -> Option<String>,
) -> Lang {
    let mut iter = args.iter().skip(1);
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
    profile_lang().unwrap_or_else(|| Lang::from_locale(locale))
}

/// The data folder named on the command line (`--data-dir DIR` or `--data-dir=DIR`), to
/// read the profile's language from even when the rest cannot be parsed.
#[must_use]
pub fn data_dir_in(args: &[String]) -> Option<std::path::PathBuf> {
    let mut iter = args.iter().skip(1);
    while let Some(arg) = iter.next() {
        if arg == "--" {
            break;
        }
        if let Some(dir) = arg.strip_prefix("--data-dir=") {
            return Some(dir.into()).filter(|d: &std::path::PathBuf| !d.as_os_str().is_empty());
        }
        if arg == "--data-dir" {
            // An empty one names no folder: it is the mistake, not a folder to repeat.
            return iter.next().filter(|d| !d.is_empty()).map(Into::into);
        }
    }
    None
}

/// The message for `err`, clap's refusal of `args`; `cmd` is the command line in `lang`
/// (see [`crate::cli::help_nl::command`]), for the names of the options and the examples. The
/// example and the help command name the data folder of `args` (`--data-dir`), like
/// every other hint, so that they act on the same folder.
#[must_use]
pub fn explain(err: &Error, args: &[String], cmd: &Command, lang: Lang) -> String {
    let message = explain_here(err, args, cmd, lang);
    match data_dir_in(args) {
        Some(dir) => message
            .lines()
            .map(|line| in_folder(line, &dir))
            .collect::<Vec<_>>()
            .join("\n"),
        None => message,
    }
}

/// Whether `option` was given an empty value (`--data-dir ''` or `--data-dir=`), rather
/// than none at all.
fn given_empty(args: &[String], option: &str) -> bool {
    let with_equals = format!("{option}=");
    args.iter().enumerate().any(|(i, arg)| {
        *arg == with_equals || (arg == option && args.get(i + 1).is_some_and(String::is_empty))
    })
}

/// `line` with `--data-dir DIR` after its `botsterk` command, unless it names one already.
fn in_folder(line: &str, dir: &std::path::Path) -> String {
    if line.contains("--data-dir") {
        return line.to_owned();
    }
    let folder = format!("botsterk --data-dir {}", crate::invocation::shell_word(dir));
    match line.split_once(": botsterk") {
        Some((head, tail)) if tail.is_empty() || tail.starts_with(' ') => {
            format!("{head}: {folder}{tail}")
        }
        _ => line.to_owned(),
    }
}

/// An unknown option or a word too many: what was typed, the option meant or the options
/// there are; the example to show.
fn unknown_argument(
    err: &Error,
    sub: &Command,
    cmd: &Command,
    command_word: &str,
    prefix: &str,
    t: &UsageTexts,
    lines: &mut Vec<String>,
) -> Option<String> {
    let typed = string(err, ContextKind::InvalidArg).unwrap_or_default();
    let suggestion = string(err, ContextKind::SuggestedArg)
        .or_else(|| elsewhere(err).map(|s| format!("botsterk {s}")));
    if typed.starts_with('-') {
        lines.push((t.unknown_option)(command_word, &typed));
    } else {
        lines.push((t.extra_word)(command_word, &typed));
    }
    if let Some(suggestion) = &suggestion {
        lines.push((t.did_you_mean)(suggestion));
    } else if typed.starts_with('-') {
        let options = options_of(sub);
        if !options.is_empty() {
            lines.push((t.options_are)(&options.join(", ")));
        }
    }
    let flag = suggestion
        .as_deref()
        .filter(|s| s.starts_with("--"))
        .map(str::to_owned);
    examples_of(sub, cmd, flag.as_deref()).or_else(|| flag.map(|f| format!("{prefix} {f}")))
}

/// A value that is none of the choices, or missing: the choices in the user's language;
/// the example to show, with a good value.
fn invalid_value(
    err: &Error,
    args: &[String],
    sub: &Command,
    cmd: &Command,
    prefix: &str,
    lang: Lang,
    lines: &mut Vec<String>,
) -> Option<String> {
    let t = lang.texts().usage;
    let arg = string(err, ContextKind::InvalidArg).unwrap_or_default();
    let option = option_name(&arg);
    let bad = string(err, ContextKind::InvalidValue).unwrap_or_default();
    // The choices in the user's language (either language is taken).
    let valid = strings(err, ContextKind::ValidValue);
    let valid = arg_named(sub, &arg)
        .map_or_else(|| valid.clone(), |a| super::words::in_lang(a, &valid, lang));
    if bad.is_empty() && given_empty(args, &option) {
        // `--data-dir ''`: a value was typed, and it is empty.
        lines.push((t.empty_value)(&option, &value_name(&arg)));
    } else if bad.is_empty() {
        lines.push((t.needs_value)(&option, &value_name(&arg)));
    } else {
        lines.push((t.not_a_choice)(&bad, &option));
    }
    if !valid.is_empty() {
        lines.push((t.choose_from)(&valid.join(", ")));
    }
    let good = string(err, ContextKind::SuggestedValue).or_else(|| valid.first().cloned());
    example_with_value(sub, cmd, prefix, &arg, good.as_deref())
}

fn explain_here(err: &Error, args: &[String], cmd: &Command, lang: Lang) -> String {
    let t = lang.texts().usage;
    let mut cmd = cmd.clone();
    cmd.build();
    let sub_name = subcommand_in(args, &cmd);
    let sub = sub_name
        .as_deref()
        .and_then(|name| cmd.find_subcommand(name))
        .unwrap_or(&cmd);
    let command_word = sub_name.clone().unwrap_or_else(|| "botsterk".to_owned());
    let prefix = match &sub_name {
        Some(name) => format!("botsterk {name}"),
        None => "botsterk".to_owned(),
    };
    let help = format!("{prefix} --help");
    let typed = || string(err, ContextKind::InvalidArg).unwrap_or_default();
    let value = || string(err, ContextKind::InvalidValue).unwrap_or_default();

    let mut lines: Vec<String> = Vec::new();
    let example = match err.kind() {
        ErrorKind::UnknownArgument => {
            unknown_argument(err, sub, &cmd, &command_word, &prefix, t, &mut lines)
        }
        ErrorKind::InvalidSubcommand => {
            let typed = string(err, ContextKind::InvalidSubcommand).unwrap_or_default();
            lines.push((t.unknown_command)(&typed));
            // clap's likeness alone would answer "train" with "remind": a guess that
            // starts with another letter is no help, the list of commands is.
            let suggested = strings(err, ContextKind::SuggestedSubcommand)
                .into_iter()
                .next()
                .filter(|s| s.chars().next() == typed.chars().next());
            match &suggested {
                Some(suggestion) => {
                    lines.push((t.did_you_mean)(suggestion));
                }
                None => lines.push((t.commands_are)(&commands_of(&cmd).join(", "))),
            }
            let target = suggested
                .as_deref()
                .and_then(|name| cmd.find_subcommand(name))
                .unwrap_or(&cmd);
            examples_of(target, &cmd, None)
        }
        ErrorKind::MissingRequiredArgument => {
            let missing: Vec<String> = strings(err, ContextKind::InvalidArg)
                .iter()
                .map(|a| bare(a))
                .collect();
            let text = if missing.len() > 1 {
                t.missing_many
            } else {
                t.missing
            };
            lines.push(text(&command_word, &list(&missing, t.and)));
            examples_of(sub, &cmd, None)
        }
        ErrorKind::InvalidValue => invalid_value(err, args, sub, &cmd, &prefix, lang, &mut lines),
        ErrorKind::ValueValidation => {
            let arg = typed();
            let option = option_name(&arg);
            let bad = value();
            let reason = std::error::Error::source(err)
                .map(ToString::to_string)
                .unwrap_or_default();
            let range = range_in(&reason);
            match range {
                Some((low, high)) => lines.push((t.out_of_range)(&option, &low, &high, &bad)),
                None => lines.push((t.not_a_number)(&option, &bad)),
            }
            let good = range.map(|(low, _)| low.to_string());
            example_with_value(sub, &cmd, &prefix, &arg, good.as_deref())
        }
        ErrorKind::TooManyValues => {
            let option = option_name(&typed());
            lines.push((t.takes_no_value)(&option, &value()));
            examples_of(sub, &cmd, Some(&option)).or_else(|| Some(format!("{prefix} {option}")))
        }
        ErrorKind::ArgumentConflict => {
            let first = option_name(&typed());
            let second = strings(err, ContextKind::PriorArg)
                .first()
                .map(|a| option_name(a))
                .unwrap_or_default();
            if first == second || second.is_empty() {
                lines.push((t.twice)(&first));
            } else {
                lines.push((t.conflict)(&first, &second));
            }
            examples_of(sub, &cmd, Some(&first))
        }
        _ => {
            let typed = args.get(1..).unwrap_or_default().join(" ");
            lines.push((t.not_understood)(&typed));
            examples_of(sub, &cmd, None)
        }
    };
    if let Some(example) = example {
        lines.push((t.example)(&example));
    }
    lines.push((t.more)(&help));
    lines.join("\n")
}

/// The command named in `args`: the first word that is not an option (nor the value of
/// `--data-dir` or `--lang`), when it is one of botsterk's commands.
fn subcommand_in(args: &[String], cmd: &Command) -> Option<String> {
    let mut iter = args.iter().skip(1);
    while let Some(arg) = iter.next() {
        if arg == "--" {
            return None;
        }
        if arg == "--data-dir" || arg == "--lang" {
            iter.next();
            continue;
        }
        if arg.starts_with('-') {
            continue;
        }
        // As typed: a Dutch name (`logboek`) is said back as it was typed.
        return cmd
            .find_subcommand(arg)
            .filter(|c| c.get_name() != "help")
            .map(|_| arg.clone());
    }
    None
}

/// The argument clap names as `typed` ("--units <EENHEID>", "<SHELL>") in `cmd`.
fn arg_named<'a>(cmd: &'a Command, typed: &str) -> Option<&'a clap::Arg> {
    let option = option_name(typed);
    let value = value_name(typed);
    cmd.get_arguments()
        .find(|a| match option.strip_prefix("--") {
            Some(long) => a.get_long() == Some(long),
            None => a
                .get_value_names()
                .is_some_and(|names| names.iter().any(|n| n.as_str() == value)),
        })
}

/// An option that exists on another command (clap's "'history --weeks' exists").
fn elsewhere(err: &Error) -> Option<String> {
    match err.get(ContextKind::Suggested)? {
        ContextValue::StyledStrs(tips) => tips.iter().find_map(|tip| {
            let tip = tip.to_string();
            tip.strip_suffix("' exists")
                .and_then(|s| s.strip_prefix('\''))
                .map(str::to_owned)
        }),
        _ => None,
    }
}

/// The options of `cmd` a user may type, without the help, the version and the global
/// ones (shown by `botsterk --help`).
fn options_of(cmd: &Command) -> Vec<String> {
    cmd.get_arguments()
        .filter(|a| !a.is_hide_set() && !a.is_positional())
        .filter(|a| !matches!(a.get_id().as_str(), "help" | "version"))
        .filter(|a| !a.is_global_set() || cmd.get_name() == "botsterk")
        .filter_map(|a| a.get_long().map(|l| format!("--{l}")))
        .collect()
}

fn commands_of(cmd: &Command) -> Vec<String> {
    cmd.get_subcommands()
        .map(|c| c.get_name().to_owned())
        .filter(|name| name != "help")
        .collect()
}

/// The first example under `cmd`'s help (in the language of `root`) that uses `flag`, or
/// the first of all when no flag is asked for.
fn examples_of(cmd: &Command, root: &Command, flag: Option<&str>) -> Option<String> {
    let text = if cmd.get_name() == root.get_name() {
        root.get_after_help()
    } else {
        cmd.get_after_help()
    }?
    .to_string();
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("botsterk"))
        .collect();
    match flag {
        Some(flag) => lines.into_iter().find(|l| {
            l.split_whitespace()
                .any(|w| w == flag || w.starts_with(&format!("{flag}=")))
        }),
        // A command rather than the bare coach: `botsterk plan` over `botsterk --lang nl`.
        None => lines
            .iter()
            .find(|l| {
                l.split_whitespace()
                    .nth(1)
                    .is_some_and(|w| !w.starts_with('-'))
            })
            .or(lines.first())
            .copied(),
    }
    .map(str::to_owned)
}

/// An example for an option's value: one from the help that uses that option, else the
/// option with `good`.
fn example_with_value(
    cmd: &Command,
    root: &Command,
    prefix: &str,
    arg: &str,
    good: Option<&str>,
) -> Option<String> {
    let option = option_name(arg);
    if option.starts_with("--") {
        if let Some(example) = examples_of(cmd, root, Some(&option)) {
            return Some(example);
        }
        return good.map(|good| format!("{prefix} {option} {good}"));
    }
    // A value of a positional argument: the command with it when it is the only one (the
    // shell of `completions`), else the command's own example, whole (a pain-check answer
    // comes after the exercise).
    if cmd.get_positionals().count() > 1
        && let Some(example) = examples_of(cmd, root, None)
    {
        return Some(example);
    }
    good.map(|good| format!("{prefix} {good}"))
}

/// "--units <UNITS>" → "--units"; "<SHELL>" → "SHELL".
fn option_name(arg: &str) -> String {
    match arg.split_once(' ') {
        Some((flag, _)) if flag.starts_with('-') => flag.to_owned(),
        _ => bare(arg),
    }
}

/// "--weeks <N>" → "N".
fn value_name(arg: &str) -> String {
    arg.split_once(' ')
        .map_or_else(|| bare(arg), |(_, name)| bare(name))
}

/// A name without clap's brackets and dots: "<ENTRY>..." → "ENTRY".
fn bare(arg: &str) -> String {
    arg.trim_end_matches("...")
        .trim_start_matches('<')
        .trim_end_matches('>')
        .to_owned()
}

/// "7 is not in 2..=4" → (2, 4).
fn range_in(reason: &str) -> Option<(u64, u64)> {
    let range = reason.rsplit_once(" is not in ")?.1;
    let (low, high) = range.split_once("..=")?;
    Some((low.trim().parse().ok()?, high.trim().parse().ok()?))
}

/// "a", "a and b", "a, b and c".
fn list(items: &[String], and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {and} {last}", rest.join(", ")),
    }
}

fn string(err: &Error, kind: ContextKind) -> Option<String> {
    match err.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(s) => s.first().cloned(),
        _ => None,
    }
}

fn strings(err: &Error, kind: ContextKind) -> Vec<String> {
    match err.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(s)) => s.clone(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal(args: &[&str], lang: Lang) -> String {
        let args: Vec<String> = args.iter().map(|s| (*s).to_owned()).collect();
        let cmd = crate::cli::help_nl::command(lang);
        let err = cmd.clone().try_get_matches_from(&args).unwrap_err();
        explain(&err, &args, &cmd, lang)
    }

    #[test]
    fn the_example_and_the_help_name_the_data_folder_given() {
        let text = refusal(&["botsterk", "--data-dir", "/my data", "weight"], Lang::En);
        assert!(
            text.contains("For example: botsterk --data-dir '/my data' weight goblet-squat 10"),
            "{text}"
        );
        assert!(
            text.contains("More help: botsterk --data-dir '/my data' weight --help"),
            "{text}"
        );
        // An example with its own folder keeps it.
        let text = refusal(
            &["botsterk", "--data-dir", "/d", "demo", "--years", "0"],
            Lang::En,
        );
        assert!(
            text.contains("For example: botsterk --data-dir /tmp/botsterk-demo demo"),
            "{text}"
        );
    }

    #[test]
    fn ranges_and_names_are_read_from_clap() {
        assert_eq!(range_in("7 is not in 2..=4"), Some((2, 4)));
        assert_eq!(range_in("invalid digit found in string"), None);
        assert_eq!(option_name("--units <UNITS>"), "--units");
        assert_eq!(option_name("<SHELL>"), "SHELL");
        assert_eq!(value_name("--weeks <N>"), "N");
        assert_eq!(bare("<ENTRY>..."), "ENTRY");
        let names = ["A".to_owned(), "B".to_owned(), "C".to_owned()];
        assert_eq!(list(&names, "and"), "A, B and C");
    }

    #[test]
    fn every_refusal_ends_with_an_example_and_the_help() {
        let cases: &[&[&str]] = &[
            &["botsterk", "--frob"],
            &["botsterk", "plan", "--frob"],
            &["botsterk", "plan", "--jsn"],
            &["botsterk", "frobnicate"],
            &["botsterk", "plna"],
            &["botsterk", "weight"],
            &["botsterk", "log"],
            &["botsterk", "profile", "--units", "stone"],
            &["botsterk", "profile", "--weekly-target", "7"],
            &["botsterk", "profile", "--weekly-target", "x"],
            &["botsterk", "history", "--weeks"],
            &["botsterk", "plan", "extra"],
            &["botsterk", "history", "--json", "--csv"],
            &["botsterk", "plan", "--json=3"],
            &["botsterk", "completions", "tcsh"],
        ];
        for lang in [Lang::En, Lang::Nl] {
            let t = lang.texts().usage;
            let example = &(t.example)("");
            let more = &(t.more)("");
            for args in cases {
                let text = refusal(args, lang);
                assert!(text.contains(example), "{args:?} {lang:?}: {text}");
                assert!(text.lines().last().unwrap().starts_with(more), "{text}");
                assert!(!text.contains("error:"), "{text}");
            }
        }
    }

    #[test]
    fn the_language_comes_from_the_flag_then_the_profile_then_the_locale() {
        let args = |a: &[&str]| a.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let dutch_locale = |var: &str| (var == "LANG").then(|| "nl_NL.UTF-8".to_owned());
        let no_locale = |_: &str| None;
        assert_eq!(
            lang(&args(&["b", "--lang", "nl", "--frob"]), || None, no_locale),
            Lang::Nl
        );
        assert_eq!(
            lang(&args(&["b", "--lang=en"]), || Some(Lang::Nl), dutch_locale),
            Lang::En
        );
        assert_eq!(
            lang(&args(&["b", "--frob"]), || Some(Lang::Nl), no_locale),
            Lang::Nl
        );
        assert_eq!(
            lang(&args(&["b", "--frob"]), || None, dutch_locale),
            Lang::Nl
        );
        assert_eq!(
            data_dir_in(&args(&["b", "--data-dir", "/d", "x"])),
            Some("/d".into())
        );
        assert_eq!(
            data_dir_in(&args(&["b", "--data-dir=/e"])),
            Some("/e".into())
        );
    }
}
