//! The `botsterk` binary: parse the command line, open the history, run the TUI.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap::FromArgMatches;

use botsterk::app::Model;
use botsterk::catalog::Catalog;
use botsterk::cli::{Cli, Command};
use botsterk::clock::{Clock, SystemClock};
use botsterk::commands;
use botsterk::commands::restore;
use botsterk::profile::Profile;
use botsterk::resume::AtStart;
use botsterk::shell;
use botsterk::store::{Store, StoreError};

fn main() -> ExitCode {
    // Not text (a byte that is not UTF-8): said plainly, never a panic.
    let args: Vec<String> = match std::env::args_os().map(|a| a.into_string()).collect() {
        Ok(args) => args,
        Err(bad) => {
            let t = botsterk::i18n::Lang::from_locale(|var| std::env::var(var).ok()).texts();
            let arg = bad.to_string_lossy();
            eprintln!("botsterk: {}", (t.data.not_text)(&arg));
            return ExitCode::from(2);
        }
    };
    // --help in the user's language: the arguments and the locale decide it.
    let help_lang = botsterk::cli_nl::help_lang(&args, |var| std::env::var(var).ok());
    let matches = match botsterk::cli_nl::command(help_lang).try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(e) if botsterk::cli_errors::is_help_or_version(&e) => e.exit(),
        Err(e) => return refuse_command_line(&e, &args),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    // These describe the command line itself: no data folder, profile or lock is needed,
    // so they work before set-up and beside a history that cannot be read.
    match &cli.command {
        Some(Command::Completions { shell }) => {
            return print_bytes(&botsterk::cli::completion_script(*shell));
        }
        Some(Command::Man) => {
            // In the language of --help: the flag, else the locale.
            return match botsterk::man::page(help_lang) {
                Ok(page) => print_bytes(&page),
                Err(e) => {
                    eprintln!("botsterk: the manual page could not be made: {e}");
                    ExitCode::FAILURE
                }
            };
        }
        _ => {}
    }
    let Some(dir) = cli.data_dir() else {
        eprintln!("botsterk: no home folder found for the data; pass --data-dir DIR");
        return ExitCode::from(2);
    };
    let store = Store::new(dir);
    // The profile decides what is safe: one that cannot be read stops everything, and is
    // left exactly as it is.
    let profile = match store.load_profile() {
        Ok(profile) => profile,
        Err(e) => {
            // Named for what it is: the profile, or the data folder around it.
            let lang = cli.lang(None);
            eprintln!(
                "botsterk: {}",
                restore::explain(&e, &store, cli.data_dir.as_deref(), lang)
            );
            return ExitCode::FAILURE;
        }
    };
    let lang = cli.lang(profile.as_ref().map(|p| p.lang));
    // Repeated in the commands botsterk suggests, so that they act on the same folder.
    let data_dir_flag = cli.data_dir.as_deref();
    // Every command a message suggests names botsterk as this one was run (see
    // botsterk::invocation), so that it can be pasted as it stands.
    let run_as = botsterk::invocation::Started::now().name();
    let hints = |text: String| botsterk::invocation::rewrite(&text, &run_as);
    let explain = |e: &StoreError| hints(restore::explain(e, &store, data_dir_flag, lang));
    if let Some(command) = cli.command {
        let settings = profile.as_ref().map(Profile::settings).unwrap_or_default();
        return run_command(
            command,
            &store,
            lang,
            cli.lang,
            &settings,
            data_dir_flag,
            &hints,
        );
    }
    // One TUI per data dir, decided before the terminal is touched.
    let lock = match store.lock_window() {
        Ok(lock) => lock,
        Err(e) => {
            eprintln!("botsterk: {}", explain(&e));
            return ExitCode::FAILURE;
        }
    };
    // Read again under the lock: a `profile` command may have changed it meanwhile, and
    // the settings change the profile as it is on disk, not as it was before the lock.
    let profile = match store.load_profile() {
        Ok(profile) => profile,
        Err(e) => {
            eprintln!("botsterk: {}", explain(&e));
            return ExitCode::FAILURE;
        }
    };
    let history = match store.load_history() {
        Ok(history) => history,
        Err(e) => {
            eprintln!("botsterk: {}", explain(&e));
            return ExitCode::FAILURE;
        }
    };
    // Without a terminal (cron, a pipe, ssh without -t) the coach cannot run; the commands
    // can, and the message names them. Said after the lock and the history: a second
    // window or a damaged history matters more.
    if !botsterk::shell::has_terminal() {
        eprintln!("botsterk: {}", lang.texts().data.no_terminal);
        return ExitCode::FAILURE;
    }
    // A journal that cannot be read is moved aside (home says where); one that cannot
    // even be moved stops botsterk, so that no new session writes over it.
    let at_start = match botsterk::resume::journal_at_start(&store, &history) {
        Ok(at_start) => at_start,
        Err(e) => {
            let t = lang.texts();
            eprintln!("botsterk: {}", (t.journal_unreadable)(&e));
            return ExitCode::FAILURE;
        }
    };
    let mut model = Model::new(
        Catalog::builtin(),
        lang,
        history,
        store.history_path().display().to_string(),
        SystemClock.today(),
    );
    match at_start {
        AtStart::Nothing => {}
        AtStart::Unfinished(unfinished) => model.unfinished = Some(unfinished),
        AtStart::SetAside(aside) => model.journal_set_aside = Some(aside),
    }
    model.lang_fixed = cli.lang.is_some();
    model.read_only = store.folder_is_read_only();
    match profile {
        Some(profile) => {
            model.set_profile(profile, SystemClock.today(), cli.lang.is_some());
            // Set up with `profile` flags: the disclaimer and what they left open.
            model.ask_unanswered();
        }
        None => model.start_setup(),
    }
    match shell::run(model, &store, &lock) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // Not eprintln!: stderr is often that same failed terminal, and a panic there
            // would turn this exit into an abort.
            let _ = writeln!(std::io::stderr(), "botsterk: the terminal failed: {e}");
            ExitCode::FAILURE
        }
    }
}

/// clap's refusal of the command line, said in the user's language with an example that
/// works (see botsterk::cli_errors); exit 2, and nothing is written.
fn refuse_command_line(err: &clap::Error, args: &[String]) -> ExitCode {
    use botsterk::cli_errors;
    let profile_lang = || {
        let dir = cli_errors::data_dir_in(args)
            .or_else(|| std::env::var_os("BOTSTERK_DATA_DIR").map(Into::into))
            .or_else(|| {
                directories::ProjectDirs::from("", "", "botsterk")
                    .map(|d| d.data_dir().to_path_buf())
            })?;
        // Only read: a profile that cannot be read just leaves the choice to the locale.
        Store::new(dir)
            .load_profile()
            .ok()
            .flatten()
            .map(|p| p.lang)
    };
    let lang = cli_errors::lang(args, profile_lang, |var| std::env::var(var).ok());
    let cmd = botsterk::cli_nl::command(lang);
    // Parsed again in the chosen language, so that the names in the message are its own.
    let again = cmd
        .clone()
        .try_get_matches_from(args)
        .err()
        .filter(|again| again.kind() == err.kind());
    let err = again.as_ref().unwrap_or(err);
    let run_as = botsterk::invocation::Started::now().name();
    let message = cli_errors::explain(err, args, &cmd, lang);
    eprintln!(
        "botsterk: {}",
        botsterk::invocation::rewrite(&message, &run_as)
    );
    ExitCode::from(2)
}

/// Writes generated output to stdout. A reader that stops early (`botsterk man | head`) is
/// not an error.
fn print_bytes(bytes: &[u8]) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("botsterk: cannot write to the output: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Runs one scriptable command: its output on stdout, errors on stderr with exit code 2
/// for bad input and 1 for a history that cannot be read or written.
fn run_command(
    command: Command,
    store: &Store,
    lang: botsterk::i18n::Lang,
    lang_flag: Option<botsterk::i18n::Lang>,
    settings: &botsterk::coach::plan::Settings,
    data_dir_flag: Option<&Path>,
    hints: &dyn Fn(String) -> String,
) -> ExitCode {
    let explain = |e: &StoreError| hints(restore::explain(e, store, data_dir_flag, lang));
    let explain = &explain;
    let catalog = Catalog::builtin();
    let now = SystemClock.local_now();
    let today = now.date_naive();
    let command = match command {
        Command::Report { weeks, out } => {
            return report(store, &catalog, weeks, out, today, lang, explain);
        }
        command => command,
    };
    // JSON and CSV are for scripts: their bytes stay exactly as documented.
    let for_scripts = matches!(
        command,
        Command::Plan { json: true }
            | Command::History { json: true, .. }
            | Command::History { csv: true, .. }
            | Command::Profile { json: true, .. }
    );
    let result = match command {
        Command::Plan { json } => store
            .load_history()
            .map_err(commands::CommandError::from)
            .map(|history| {
                let plan = commands::plan::compute(&catalog, &history, settings, today);
                let practice = commands::plan::practice(&catalog, &history, settings, today);
                if json {
                    let json =
                        commands::plan::to_json(&catalog, &plan, &practice, lang, settings.units);
                    serde_json::to_string_pretty(&json).unwrap_or_default()
                } else {
                    commands::plan::to_text(&catalog, &plan, &practice, lang, settings.units)
                }
            }),
        Command::History { weeks, json, csv } => store
            .load_history()
            .map_err(commands::CommandError::from)
            .map(|history| {
                // Read here, where it is needed: a profile that cannot be read leaves the
                // default target (the command has stopped already if it was unreadable).
                let practice_target = store
                    .load_profile()
                    .ok()
                    .flatten()
                    .map_or(botsterk::coach::practice::DEFAULT_PRACTICE_DAYS, |p| {
                        p.practice_target()
                    });
                commands::history::render(
                    &catalog,
                    &history,
                    today,
                    weeks,
                    settings,
                    practice_target,
                    commands::history::Format::from_flags(json, csv),
                    lang,
                )
            }),
        Command::Weight {
            exercise,
            weight,
            yes,
        } => commands::weight::run(
            store,
            &catalog,
            &commands::weight::Request {
                exercise,
                weight,
                yes,
            },
            settings,
            today,
            lang,
        ),
        Command::Log {
            date,
            program,
            again,
            entries,
        } => commands::log::run(
            store,
            &catalog,
            &commands::log::Request {
                date,
                program,
                entries,
                again,
                data_dir: data_dir_flag.map(Path::to_path_buf),
            },
            now,
            settings,
            lang,
        ),
        Command::PainCheck { exercise, answer } => {
            commands::pain_check::run(store, &catalog, &exercise, &answer, today, lang)
        }
        Command::Profile {
            json,
            bone_status,
            cleared_for_impact,
            program,
            weekly_target,
            units,
            rest_seconds,
            get_ready_seconds,
            sound,
            counting,
            warm_up,
            practice_days,
            owned_weights,
            include,
        } => {
            let changes = commands::profile::Changes {
                include,
                bone_status,
                cleared_for_impact,
                program,
                weekly_target,
                units,
                lang: lang_flag,
                rest_seconds,
                get_ready_seconds,
                sound,
                counting,
                warm_up,
                practice_days,
                owned_weights,
                now: Some(now),
            };
            commands::profile::run(store, &changes, json, lang)
        }
        Command::Demo { years } => commands::demo::run(store, &catalog, years, lang, today),
        Command::Restore { backup, list } => restore::run(
            store,
            backup.filter(|_| !list).as_deref(),
            data_dir_flag,
            lang,
        ),
        Command::Completions { .. } | Command::Man => {
            unreachable!("handled in main before the data folder is opened")
        }
        Command::Report { .. } => unreachable!("handled above"),
    };
    match result {
        // Through print_bytes: `botsterk history --csv | head` must not panic.
        Ok(output) if for_scripts => print_bytes(format!("{output}\n").as_bytes()),
        Ok(output) => print_bytes(format!("{}\n", hints(output)).as_bytes()),
        Err(e) => {
            let message = match &e {
                commands::CommandError::Store(e) => explain(e),
                usage @ commands::CommandError::Usage(_) => hints(usage.to_string()),
            };
            eprintln!("botsterk: {message}");
            ExitCode::from(e.exit_code())
        }
    }
}

/// `botsterk report`: the page made in memory, then written in one go (or printed with
/// `--out -`); the path said on stdout. Exit 1 when the history cannot be read or the file
/// cannot be written (nothing is left half-written).
fn report(
    store: &Store,
    catalog: &Catalog,
    weeks: u32,
    out: Option<std::path::PathBuf>,
    today: chrono::NaiveDate,
    lang: botsterk::i18n::Lang,
    explain: &dyn Fn(&StoreError) -> String,
) -> ExitCode {
    use botsterk::commands::report::{Out, write};
    let (history, profile) = match (store.load_history(), store.load_profile()) {
        (Ok(history), Ok(profile)) => (history, profile),
        (Err(e), _) => {
            eprintln!("botsterk: {}", explain(&e));
            return ExitCode::FAILURE;
        }
        (_, Err(e)) => {
            eprintln!("botsterk: {}", explain(&e));
            return ExitCode::FAILURE;
        }
    };
    let html = botsterk::report::render(&botsterk::report::Request {
        catalog,
        history: &history,
        profile: profile.as_ref(),
        today,
        weeks,
        lang,
        version: env!("CARGO_PKG_VERSION"),
    });
    let t = lang.texts().report;
    match Out::from_flag(out, &botsterk::report::file_name(today)) {
        Out::Stdout => print_bytes(html.as_bytes()),
        Out::File(path) => match write(&path, &html) {
            Ok(written) => {
                let path = written.display().to_string();
                print_bytes(format!("{}\n", (t.written)(&path)).as_bytes())
            }
            Err(e) => {
                let path = path.display().to_string();
                eprintln!("botsterk: {}", (t.not_written)(&path, &e));
                ExitCode::FAILURE
            }
        },
    }
}
