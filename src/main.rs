//! The `botsterk` binary: parse the command line, open the history, run the TUI.

use std::process::ExitCode;

use clap::Parser;

use botsterk::app::Model;
use botsterk::catalog::Catalog;
use botsterk::cli::{Cli, Command};
use botsterk::clock::{Clock, SystemClock};
use botsterk::commands;
use botsterk::history::HISTORY_VERSION;
use botsterk::i18n::fill;
use botsterk::shell;
use botsterk::store::{Store, StoreError};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = cli.lang();
    let t = lang.texts();
    let Some(dir) = cli.data_dir() else {
        eprintln!("botsterk: no home folder found for the data; pass --data-dir DIR");
        return ExitCode::from(2);
    };
    let store = Store::new(dir);
    if let Some(command) = cli.command {
        return run_command(command, &store, lang);
    }
    let history = match store.load_history() {
        Ok(history) => history,
        Err(e) => {
            let path = store.history_path().display().to_string();
            let message = match &e {
                StoreError::Newer { found, .. } => fill(
                    t.error_history_newer,
                    &[
                        ("path", &path),
                        ("found", found),
                        ("known", &HISTORY_VERSION),
                    ],
                ),
                StoreError::Corrupt { reason, .. } => fill(
                    t.error_history_unreadable,
                    &[("path", &path), ("reason", reason)],
                ),
                other => other.to_string(),
            };
            eprintln!("botsterk: {message}");
            return ExitCode::FAILURE;
        }
    };
    let model = Model::new(
        Catalog::builtin(),
        lang,
        history,
        store.history_path().display().to_string(),
        SystemClock.today(),
    );
    match shell::run(model, &store) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("botsterk: the terminal failed: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Runs one scriptable command: its output on stdout, errors on stderr with exit code 2
/// for bad input and 1 for a history that cannot be read or written.
fn run_command(command: Command, store: &Store, lang: botsterk::i18n::Lang) -> ExitCode {
    let catalog = Catalog::builtin();
    let now = SystemClock.local_now();
    let today = now.date_naive();
    let result = match command {
        Command::Plan { json } => store
            .load_history()
            .map_err(commands::CommandError::from)
            .map(|history| {
                let plan = commands::plan::compute(&catalog, &history, today);
                if json {
                    let json = commands::plan::to_json(&catalog, &plan, lang);
                    serde_json::to_string_pretty(&json).unwrap_or_default()
                } else {
                    commands::plan::to_text(&catalog, &plan, lang)
                }
            }),
        Command::History { weeks, json, csv } => store
            .load_history()
            .map_err(commands::CommandError::from)
            .map(|history| {
                commands::history::render(
                    &catalog,
                    &history,
                    today,
                    weeks,
                    botsterk::coach::plan::Settings::default().weekly_target,
                    commands::history::Format::from_flags(json, csv),
                    lang,
                )
            }),
        Command::Weight { exercise, kg } => {
            commands::weight::run(store, &catalog, &exercise, kg, today)
        }
        Command::Log {
            date,
            program,
            entries,
        } => commands::log::run(
            store,
            &catalog,
            date,
            program,
            &entries,
            today,
            *now.offset(),
        ),
    };
    match result {
        Ok(output) => {
            println!("{output}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("botsterk: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}
