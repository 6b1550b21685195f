//! The `botsterk` binary: parse the command line, open the history, run the TUI.

use std::process::ExitCode;

use clap::Parser;

use botsterk::app::Model;
use botsterk::catalog::Catalog;
use botsterk::cli::Cli;
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
    );
    match shell::run(model, &store) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("botsterk: the terminal failed: {e}");
            ExitCode::FAILURE
        }
    }
}
