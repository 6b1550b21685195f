//! Opening the coach on screen: one window per data folder, the profile and the history
//! read under its lock, what the journal of an unfinished session becomes, then the loop.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::app::{Model, Unfinished};
use crate::catalog::Catalog;
use crate::clock::{Clock, SystemClock};
use crate::commands::restore;
use crate::i18n::Lang;
use crate::invocation;
use crate::store::{AtStart, Store, StoreError};

/// Runs the coach in the terminal on `store`'s data folder, in `lang` (`lang_flag` is
/// `--lang`, which fixes it); says on stderr why it cannot, with the exit code.
#[must_use]
pub fn start(
    store: &Store,
    lang: Lang,
    lang_flag: Option<Lang>,
    data_dir_flag: Option<&Path>,
) -> ExitCode {
    // Every command a message suggests names botsterk as this one was run (see
    // crate::invocation), so that it can be pasted as it stands.
    let run_as = invocation::Started::now().name();
    let explain = |e: &StoreError| {
        invocation::rewrite(&restore::explain(e, store, data_dir_flag, lang), &run_as)
    };
    // One TUI per data dir, decided before the terminal is touched.
    let lock = match store.lock_window() {
        Ok(lock) => lock,
        Err(e) => {
            crate::say::error(explain(&e));
            return ExitCode::FAILURE;
        }
    };
    // Read again under the lock: a `profile` command may have changed it meanwhile, and
    // the settings change the profile as it is on disk, not as it was before the lock.
    let profile = match store.load_profile() {
        Ok(profile) => profile,
        Err(e) => {
            crate::say::error(explain(&e));
            return ExitCode::FAILURE;
        }
    };
    let history = match store.load_history() {
        Ok(history) => history,
        Err(e) => {
            crate::say::error(explain(&e));
            return ExitCode::FAILURE;
        }
    };
    // A practice left unfinished (killed, crashed, its terminal closed) is saved as it was:
    // its holds are done. If it cannot be saved now (a read-only folder), its file stays
    // for a later start.
    let (history, recovered) = match store.recover_practice(&lock) {
        Ok(Some(saved)) => (saved.history, Some(saved.practice)),
        Ok(None) | Err(_) => (history, None),
    };
    // Without a terminal (cron, a pipe, ssh without -t) the coach cannot run; the commands
    // can, and the message names them. Said after the lock and the history: a second
    // window or a damaged history matters more.
    if !super::has_terminal() {
        crate::say::error(lang.texts().data.no_terminal);
        return ExitCode::FAILURE;
    }
    // A journal that cannot be read is moved aside (home says where); one that cannot
    // even be moved stops botsterk, so that no new session writes over it.
    let at_start = match crate::store::journal_at_start(store, &history) {
        Ok(at_start) => at_start,
        Err(e) => {
            let t = lang.texts();
            crate::say::error((t.journal_unreadable)(&e));
            return ExitCode::FAILURE;
        }
    };
    // With a profile, `set_profile` below makes the plan: once, with its settings.
    let new = if profile.is_some() {
        Model::before_profile
    } else {
        Model::new
    };
    let mut model = new(
        Catalog::builtin(),
        lang,
        history,
        store.history_path().display().to_string(),
        SystemClock.today(),
    );
    match at_start {
        AtStart::Nothing => {}
        AtStart::Unfinished(journal) => {
            model.unfinished = Some(Unfinished {
                journal,
                confirm_discard: false,
                error: None,
            });
        }
        AtStart::SetAside(aside) => model.journal_set_aside = Some(aside),
    }
    if let Some(practice) = recovered {
        model.notice = Some(crate::app::Notice::PracticeRecovered {
            date: practice.date,
            holds: practice.balance.len(),
            moves: practice.posture.len(),
        });
    }
    model.lang_fixed = lang_flag.is_some();
    model.read_only = store.folder_is_read_only();
    match profile {
        Some(profile) => {
            model.set_profile(profile, SystemClock.today(), lang_flag.is_some());
            // Set up with `profile` flags: the disclaimer and what they left open.
            model.ask_unanswered();
        }
        None => model.start_setup(),
    }
    match super::run(model, store, &lock) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // Not eprintln!: stderr is often that same failed terminal, and a panic there
            // would turn this exit into an abort.
            let _ = writeln!(std::io::stderr(), "botsterk: the terminal failed: {e}");
            ExitCode::FAILURE
        }
    }
}
