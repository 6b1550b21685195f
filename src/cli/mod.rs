//! The command line: clap's definitions ([`args`]), their help in Dutch ([`help_nl`]),
//! clap's refusals in the user's language ([`errors`]), the man page ([`man`]) and the
//! completion scripts ([`completion`]). [`parse`] puts them together for `main`.

use std::process::ExitCode;

use clap::FromArgMatches;

use crate::lang::Lang;

pub mod args;
pub mod completion;
pub mod errors;
pub mod help_nl;
pub mod man;
pub mod words;

pub use args::{Cli, Command, ReminderSetup};

/// Reads and parses the command line: the arguments as text, `--help` in the user's
/// language, clap's refusals said in it too. With the language of `--help`, which `man`
/// is written in. `Err` holds the exit code once the refusal is said (2), or once help or
/// the version is printed (0, or 1 when stdout cannot be written).
///
/// # Errors
/// When the command line is refused (the reason is already on stderr) or asks for help or
/// the version (already on stdout): the exit code.
pub fn parse(args: impl Iterator<Item = std::ffi::OsString>) -> Result<(Cli, Lang), ExitCode> {
    // Not text (a byte that is not UTF-8): said plainly, never a panic.
    let args: Vec<String> = match args.map(std::ffi::OsString::into_string).collect() {
        Ok(args) => args,
        Err(bad) => {
            let t = Lang::from_locale(|var| std::env::var(var).ok()).texts();
            let arg = bad.to_string_lossy();
            crate::say::error((t.data.not_text)(&arg));
            return Err(ExitCode::from(2));
        }
    };
    // --help in the user's language: the arguments and the locale decide it.
    let help_lang = help_nl::help_lang(&args, |var| std::env::var(var).ok());
    if let Some(cli) = taken_as_it_is(&args) {
        return Ok((cli, help_lang));
    }
    let matches = match help_nl::command(help_lang).try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(e) if errors::is_help_or_version(&e) => return Err(print_help(&e)),
        Err(e) => return Err(refuse(&e, &args)),
    };
    match Cli::from_arg_matches(&matches) {
        Ok(cli) => Ok((cli, help_lang)),
        Err(e) => e.exit(),
    }
}

/// The usual case: a command line clap takes as it is, parsed without the help texts. The
/// help in either language (the Dutch words, the listing, the templates) changes what is
/// shown, never what is taken, and building it was a fifth of a short command's start
/// (`status` at every prompt, issue 29). Help, the version and every refusal go the full
/// way in the user's language.
fn taken_as_it_is(args: &[String]) -> Option<Cli> {
    let matches = <Cli as clap::CommandFactory>::command()
        .try_get_matches_from(args)
        .ok()?;
    Cli::from_arg_matches(&matches).ok()
}

/// Help or the version, which clap has made, printed where clap would (stdout): exit 0, or
/// 1 when it cannot be written (a full disk), never a panic. A reader that stops early
/// (`botsterk --help | head`) is not an error.
fn print_help(e: &clap::Error) -> ExitCode {
    match e.print() {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            crate::say::error(format_args!("cannot write to the output: {err}"));
            ExitCode::FAILURE
        }
    }
}

/// clap's refusal of the command line, said in the user's language with an example that
/// works (see [`errors`]); exit 2, and nothing is written.
fn refuse(err: &clap::Error, args: &[String]) -> ExitCode {
    let profile_lang = || {
        let dir = errors::data_dir_in(args)
            .or_else(|| std::env::var_os("BOTSTERK_DATA_DIR").map(Into::into))
            .or_else(|| {
                directories::ProjectDirs::from("", "", "botsterk")
                    .map(|d| d.data_dir().to_path_buf())
            })?;
        // Only read: a profile that cannot be read just leaves the choice to the locale.
        crate::store::Store::new(dir)
            .load_profile()
            .ok()
            .flatten()
            .map(|p| p.lang)
    };
    let lang = errors::lang(args, profile_lang, |var| std::env::var(var).ok());
    let cmd = help_nl::command(lang);
    // Parsed again in the chosen language, so that the names in the message are its own.
    let again = cmd
        .clone()
        .try_get_matches_from(args)
        .err()
        .filter(|again| again.kind() == err.kind());
    let err = again.as_ref().unwrap_or(err);
    let run_as = crate::invocation::Started::now().name();
    let message = errors::explain(err, args, &cmd, lang);
    crate::say::error(crate::invocation::rewrite(&message, &run_as));
    ExitCode::from(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Command lines of the guide and the help's examples, English and Dutch words.
    const LINES: &[&str] = &[
        "botsterk",
        "botsterk status --short --ascii",
        "botsterk status --json",
        "botsterk plan --json",
        "botsterk --lang nl plan",
        "botsterk log squat:10,10 --date 3-12-2026",
        "botsterk logboek --weken 4",
        "botsterk history --weeks 4 --json",
        "botsterk history --month 2026-11",
        "botsterk remind --after 18:00 --notify",
        "botsterk remind --pause-until 4-1-2027",
        "botsterk profile --bones osteoporosis --yes",
        "botsterk profile --botten geen",
        "botsterk fall --date gisteren",
        "botsterk --data-dir /tmp/x report --out r.html",
    ];

    #[test]
    fn a_line_taken_as_it_is_is_read_as_the_full_way_reads_it() {
        for line in LINES {
            let args: Vec<String> = line.split(' ').map(str::to_owned).collect();
            for lang in [Lang::En, Lang::Nl] {
                let full = help_nl::command(lang)
                    .try_get_matches_from(&args)
                    .ok()
                    .and_then(|m| Cli::from_arg_matches(&m).ok());
                let fast = taken_as_it_is(&args);
                assert_eq!(
                    format!("{fast:?}"),
                    format!("{full:?}"),
                    "{line} ({lang:?})"
                );
            }
        }
    }

    #[test]
    fn help_the_version_and_refusals_go_the_full_way() {
        for line in [
            "botsterk --help",
            "botsterk -V",
            "botsterk plan --nonsense",
            "botsterk help",
        ] {
            let args: Vec<String> = line.split(' ').map(str::to_owned).collect();
            assert!(taken_as_it_is(&args).is_none(), "{line}");
        }
    }
}
