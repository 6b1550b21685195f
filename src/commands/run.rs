//! Runs the command the command line names: the commands that only describe the command
//! line ([`without_data`]), then the others on the data folder ([`run`]). Output goes to
//! stdout, errors to stderr with exit code 2 for bad input and 1 for a history that cannot
//! be read or written.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{CommandError, restore};
use crate::catalog::Catalog;
use crate::cli::Command;
use crate::clock::{Clock, SystemClock};
use crate::invocation;
use crate::lang::Lang;
use crate::profile::Settings;
use crate::store::{Store, StoreError};

/// What every command on the data folder is run with.
pub struct Context<'a> {
    pub store: &'a Store,
    /// The language of the output: `--lang`, else the profile's, else the locale.
    pub lang: Lang,
    /// `--lang` itself: `profile` stores it as the profile's language.
    pub lang_flag: Option<Lang>,
    /// The profile's settings (the defaults before set-up).
    pub settings: Settings,
    /// `--data-dir`, repeated in the commands botsterk suggests, so that they act on the
    /// same folder.
    pub data_dir_flag: Option<&'a Path>,
}

/// `completions` and `man` describe the command line itself: no data folder, profile or
/// lock is needed, so they work before set-up and beside a history that cannot be read.
/// `None` for every other command.
#[must_use]
pub fn without_data(command: Option<&Command>, help_lang: Lang) -> Option<ExitCode> {
    match command? {
        Command::Completions { shell } => {
            Some(print_bytes(&crate::cli::completion::script(*shell)))
        }
        // In the language of --help: the flag, else the locale.
        Command::Man => Some(match crate::cli::man::page(help_lang) {
            Ok(page) => print_bytes(&page),
            Err(e) => {
                crate::say::error(format_args!("the manual page could not be made: {e}"));
                ExitCode::FAILURE
            }
        }),
        _ => None,
    }
}

/// Writes generated output to stdout. A reader that stops early (`botsterk man | head`) is
/// not an error.
fn print_bytes(bytes: &[u8]) -> ExitCode {
    match crate::say::out(bytes) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            crate::say::error(format_args!("cannot write to the output: {e}"));
            ExitCode::FAILURE
        }
    }
}

/// What `write` writes to stdout, as [`print_bytes`] prints (a closed pipe is no failure).
fn write_out(write: impl FnOnce(&mut std::io::StdoutLock) -> std::io::Result<()>) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match write(&mut out).and_then(|()| std::io::Write::flush(&mut out)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            crate::say::error(format_args!("cannot write to the output: {e}"));
            ExitCode::FAILURE
        }
    }
}

/// Runs one scriptable command: its output on stdout, errors on stderr with exit code 2
/// for bad input and 1 for a history that cannot be read or written.
#[must_use]
pub fn run(command: Command, cx: &Context) -> ExitCode {
    // Every command a message suggests names botsterk as this one was run (see
    // crate::invocation), so that it can be pasted as it stands.
    let run_as = invocation::Started::now().name();
    let hints = |text: String| invocation::rewrite(&text, &run_as);
    let explain = |e: &StoreError| {
        hints(crate::i18n::store_error::explain(
            e,
            cx.store,
            cx.data_dir_flag,
            cx.lang,
        ))
    };
    let catalog = Catalog::builtin();
    let now = SystemClock.local_now();
    let command = match printing(command, cx, &catalog, now, &explain, &hints) {
        Ok(code) => return code,
        Err(command) => *command,
    };
    // JSON and CSV are for scripts: their bytes stay exactly as documented.
    let for_scripts = matches!(
        command,
        Command::Plan { json: true }
            | Command::History { json: true, .. }
            | Command::History { csv: true, .. }
            | Command::Profile { json: true, .. }
            | Command::Test { json: true }
    );
    match output(command, cx, &catalog, now) {
        // Through print_bytes: `botsterk history --csv | head` must not panic.
        Ok(output) if for_scripts => print_bytes(format!("{output}\n").as_bytes()),
        Ok(output) => print_bytes(format!("{}\n", hints(output)).as_bytes()),
        Err(e) => failed(&e, &explain, &hints),
    }
}

/// The commands that print as they go or say their own outcome (the report, a month,
/// status, remind, the CSV streamed row by row): run, with their exit code. Any other
/// command is handed back (boxed: it is large), for [`output`].
fn printing(
    command: Command,
    cx: &Context,
    catalog: &Catalog,
    now: chrono::DateTime<chrono::FixedOffset>,
    explain: &dyn Fn(&StoreError) -> String,
    hints: &dyn Fn(String) -> String,
) -> Result<ExitCode, Box<Command>> {
    let Context {
        store,
        lang,
        ref settings,
        data_dir_flag,
        ..
    } = *cx;
    let today = now.date_naive();
    match command {
        Command::Report { weeks, out, paper } => {
            let page = Page { weeks, paper };
            Ok(report(store, catalog, page, out, today, lang, explain))
        }
        Command::History {
            month: Some(month),
            json,
            ..
        } => {
            let out =
                super::history::month::run(store, catalog, settings, &month, json, today, lang);
            Ok(match out {
                Ok(text) => print_bytes(format!("{text}\n").as_bytes()),
                Err(e) => failed(&e, explain, hints),
            })
        }
        Command::Status {
            short,
            ascii,
            json,
            due,
        } => {
            let form = match (short, json, due) {
                (true, _, _) => super::status::Form::Short { ascii },
                (_, true, _) => super::status::Form::Json,
                (_, _, true) => super::status::Form::Due,
                _ => super::status::Form::Line,
            };
            Ok(status(store, catalog, settings, today, lang, form, explain))
        }
        Command::Remind {
            notify,
            after,
            pause_until,
            resume,
            setup,
        } => {
            let request = super::remind::Request {
                notify,
                after,
                pause_until,
                resume,
                setup,
            };
            let outcome = super::remind::run_command(
                store,
                catalog,
                settings,
                now,
                &request,
                lang,
                data_dir_flag,
            );
            Ok(remind(outcome, hints, explain))
        }
        Command::History {
            weeks,
            json: false,
            csv: true,
            xlsx: None,
            ..
        } => {
            // Streamed: row after row to stdout, never the whole file in memory.
            Ok(match store.load_history() {
                Ok(history) => {
                    write_out(|out| super::history::write_csv(&history, today, weeks, out))
                }
                Err(e) => failed(&CommandError::from(e), explain, hints),
            })
        }
        command => Err(Box::new(command)),
    }
}

/// What the other commands print, or why they did not run.
fn output(
    command: Command,
    cx: &Context,
    catalog: &Catalog,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Result<String, CommandError> {
    let Context {
        store,
        lang,
        lang_flag,
        ref settings,
        data_dir_flag,
    } = *cx;
    let today = now.date_naive();
    match command {
        Command::Plan { json } => plan(cx, catalog, today, json),
        Command::History {
            weeks,
            xlsx: Some(file),
            ..
        } => super::history::workbook(store, catalog, &file, weeks, settings, today, lang),
        Command::History {
            weeks,
            json,
            csv,
            xlsx: None,
            ..
        } => history_table(
            cx,
            catalog,
            today,
            weeks,
            super::history::Format::from_flags(json, csv),
        ),
        Command::Weight {
            exercise,
            weight,
            yes,
        } => super::weight::run(
            store,
            catalog,
            &super::weight::Request {
                exercise,
                weight,
                yes,
                data_dir: data_dir_flag.map(Path::to_path_buf),
            },
            settings,
            today,
            lang,
        ),
        Command::Log {
            date,
            program,
            again,
            yes,
            entries,
        } => super::log::run(
            store,
            catalog,
            &crate::typed_entry::Request {
                date,
                program,
                entries,
                again,
                yes,
                data_dir: data_dir_flag.map(Path::to_path_buf),
            },
            now,
            settings,
            lang,
        ),
        Command::PainCheck { exercise, answer } => {
            super::pain_check::run(store, catalog, &exercise, answer.into(), today, lang)
        }
        Command::Profile { json, mut changes } => {
            // The global --lang is an answer too; the time says when --program was chosen.
            changes.lang = lang_flag;
            changes.now = Some(now);
            super::profile::run(store, &changes, json, lang)
        }
        Command::Test { json } => super::test_day::run(store, json, today, lang),
        Command::Fall { fall } => super::fall::run(store, &fall, now, lang),
        Command::Demo { years } => super::demo::run(store, catalog, years, lang, today),
        Command::Restore {
            backup,
            list,
            profile,
            yes,
        } => {
            // A question only to a person at a terminal; scripts and pipes are not asked.
            let ask = (!yes && at_a_terminal())
                .then_some(crate::say::ask_at_the_terminal as crate::say::Ask);
            let backup = backup.filter(|_| !list);
            restore::run(store, backup.as_deref(), profile, data_dir_flag, lang, ask)
        }
        Command::Completions { .. } | Command::Man => {
            unreachable!("handled by without_data before the data folder is opened")
        }
        Command::Report { .. } | Command::Status { .. } | Command::Remind { .. } => {
            unreachable!("handled above")
        }
    }
}

/// `plan`: today's plan in words, or as JSON.
fn plan(
    cx: &Context,
    catalog: &Catalog,
    today: chrono::NaiveDate,
    json: bool,
) -> Result<String, CommandError> {
    let Context {
        store,
        lang,
        ref settings,
        ..
    } = *cx;
    store
        .load_history()
        .map_err(CommandError::from)
        .map(|history| {
            let plan = super::plan::compute(catalog, &history, settings, today);
            let practice = super::plan::practice(catalog, &history, settings, today);
            let after_fall = crate::coach::falls::open_falls(&history)
                .iter()
                .map(|f| f.date)
                .min();
            if json {
                let mut json =
                    super::plan::to_json(catalog, &plan, &practice, lang, settings.units);
                json.test_day = Some(crate::coach::function_test::test_day(&history, today));
                json.after_fall = after_fall;
                serde_json::to_string_pretty(&json).unwrap_or_default()
            } else {
                let text = super::plan::to_text(catalog, &plan, &practice, lang, settings.units);
                match after_fall {
                    Some(day) => {
                        let held = crate::i18n::falls::texts(lang).holding;
                        format!("{text}\n\n{}", held(&lang.texts().date(day)))
                    }
                    None => text,
                }
            }
        })
}

/// `history` as a table or JSON: the weeks in range.
fn history_table(
    cx: &Context,
    catalog: &Catalog,
    today: chrono::NaiveDate,
    weeks: Option<u32>,
    format: super::history::Format,
) -> Result<String, CommandError> {
    let Context {
        store,
        lang,
        ref settings,
        ..
    } = *cx;
    store
        .load_history()
        .map_err(CommandError::from)
        .map(|history| {
            // Read here, where it is needed: a profile that cannot be read leaves the
            // default target (the command has stopped already if it was unreadable).
            let practice_target = store
                .load_profile()
                .ok()
                .flatten()
                .map_or(crate::profile::DEFAULT_PRACTICE_DAYS, |p| {
                    p.practice_target()
                });
            super::history::render(
                catalog,
                &history,
                today,
                weeks,
                settings,
                practice_target,
                format,
                lang,
            )
        })
}

/// Whether a person is at the terminal: standard input and error are both a terminal.
fn at_a_terminal() -> bool {
    use std::io::IsTerminal;
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// A command's error said on stderr (a store error explained, the others with their hints
/// named as botsterk was run), and the exit code it ends with.
fn failed(
    e: &CommandError,
    explain: &dyn Fn(&StoreError) -> String,
    hints: &dyn Fn(String) -> String,
) -> ExitCode {
    let message = match e {
        CommandError::Store(e) => explain(e),
        other @ (CommandError::Usage(_) | CommandError::Write(_)) => hints(other.to_string()),
    };
    crate::say::error(message);
    ExitCode::from(e.exit_code())
}

/// What `report` lays out: its weeks and its paper.
struct Page {
    weeks: u32,
    paper: crate::report::Paper,
}

/// `botsterk report`: the page made in memory, then written in one go (or printed with
/// `--out -`); the path said on stdout. Exit 2 for a target botsterk never writes (its own
/// files, a pipe, a device, a folder), 1 when the history cannot be read or the file
/// cannot be written (nothing is left half-written).
fn report(
    store: &Store,
    catalog: &Catalog,
    page: Page,
    out: Option<std::path::PathBuf>,
    today: chrono::NaiveDate,
    lang: Lang,
    explain: &dyn Fn(&StoreError) -> String,
) -> ExitCode {
    use super::report::Out;
    use crate::store::{NotWritten, Written, write_checked};
    let (history, profile) = match (store.load_history(), store.load_profile()) {
        (Ok(history), Ok(profile)) => (history, profile),
        // The history's error first, when both fail.
        (Err(e), _) | (_, Err(e)) => {
            crate::say::error(explain(&e));
            return ExitCode::FAILURE;
        }
    };
    let html = crate::report::render(&crate::report::Request {
        catalog,
        history: &history,
        profile: profile.as_ref(),
        today,
        weeks: page.weeks,
        lang,
        version: env!("CARGO_PKG_VERSION"),
        paper: page.paper,
    });
    let t = lang.texts().report;
    // Without --out: the data folder's reports/, so that every report is found in one place.
    let default = match out {
        Some(_) => PathBuf::new(),
        None => match store.reports_dir() {
            Ok(dir) => dir.join(crate::report::file_name(today)),
            Err(e) => {
                crate::say::error(crate::i18n::store_error::said(&e, lang));
                return ExitCode::FAILURE;
            }
        },
    };
    let path = match Out::from_flag(out, &default) {
        Out::Stdout => return print_bytes(html.as_bytes()),
        Out::File(path) => path,
    };
    match write_checked(&path, html.as_bytes(), store.dir()) {
        Ok(Written::Stdout) => print_bytes(html.as_bytes()),
        Ok(Written::File(written)) => {
            let path = written.display().to_string();
            print_bytes(format!("{}\n", (t.written)(&path)).as_bytes())
        }
        Err(NotWritten::Refused(refused)) => {
            crate::say::error(crate::i18n::store_error::out_refused(&refused, lang));
            ExitCode::from(2)
        }
        Err(NotWritten::Failed(e)) => {
            let path = path.display().to_string();
            crate::say::error((t.not_written)(&path, &e));
            ExitCode::FAILURE
        }
    }
}

/// `botsterk status`: only reads, and a history that cannot be read is said once on stderr
/// (a prompt shows nothing then).
fn status(
    store: &Store,
    catalog: &Catalog,
    settings: &Settings,
    today: chrono::NaiveDate,
    lang: Lang,
    form: super::status::Form,
    explain: &dyn Fn(&StoreError) -> String,
) -> ExitCode {
    match super::status::gather(store, catalog, settings, today) {
        Ok(day) => {
            let (text, success) = super::status::render(&day, catalog, lang, form);
            if text.is_empty() {
                return if success {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::FAILURE
                };
            }
            print_bytes(format!("{text}\n").as_bytes())
        }
        Err(e) => failed(&e, explain, &|text| text),
    }
}

/// `botsterk remind`'s outcome printed: exit 0 when it spoke (or paused, resumed, printed
/// a snippet), 1 when it had nothing to say, 2 for bad input.
fn remind(
    outcome: Result<super::remind::Outcome, CommandError>,
    hints: &dyn Fn(String) -> String,
    explain: &dyn Fn(&StoreError) -> String,
) -> ExitCode {
    match outcome {
        Ok(outcome) => {
            if !outcome.stderr.is_empty() {
                crate::say::error(&outcome.stderr);
            }
            if outcome.quiet {
                return ExitCode::FAILURE;
            }
            // Shown on the desktop instead.
            if outcome.stdout.is_empty() {
                return ExitCode::SUCCESS;
            }
            let text = if outcome.verbatim {
                outcome.stdout
            } else {
                hints(outcome.stdout)
            };
            print_bytes(format!("{text}\n").as_bytes())
        }
        Err(e) => failed(&e, explain, hints),
    }
}
