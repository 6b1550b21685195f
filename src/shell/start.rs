//! Opening the coach on screen: one window per data folder, the profile and the history
//! read under its lock, what the journal of an unfinished session becomes, then the loop.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use crate::app::{Model, Unfinished};
use crate::catalog::Catalog;
use crate::clock::{Clock, SystemClock};
use crate::coach::practice::resume::anything_left;
use crate::invocation;
use crate::lang::Lang;
use crate::store::{AtStart, PracticeFound, Store, StoreError};

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
        invocation::rewrite(
            &crate::i18n::store_error::explain(e, store, data_dir_flag, lang),
            &run_as,
        )
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
        Err(e) => match offer_profile_backup(store, &lock, &e, lang) {
            Some(profile) => Some(profile),
            None => {
                crate::say::error(explain(&e));
                return ExitCode::FAILURE;
            }
        },
    };
    let history = match store.load_history() {
        Ok(history) => history,
        Err(e) => {
            crate::say::error(explain(&e));
            return ExitCode::FAILURE;
        }
    };
    // A practice left unfinished (killed, crashed, its terminal closed): begun today, home
    // offers to carry on or save it (issue 26); begun earlier, it is saved as it was. If it
    // cannot be saved now (a read-only folder), its file stays for a later start.
    let offer_on = profile.is_some().then(|| SystemClock.today());
    let (history, mut recovered, practice_today) = match store.recover_practice(&lock, offer_on) {
        Ok(Some(PracticeFound::Saved(saved))) => (saved.history, Some(saved.practice), None),
        Ok(Some(PracticeFound::Today(practice))) => (history, None, Some(practice)),
        Ok(None) | Err(_) => (history, None, None),
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
        AtStart::Unfinished(journal) => model.offer_unfinished(Unfinished::session(journal)),
        AtStart::SetAside(aside) => model.journal_set_aside = Some(aside),
    }
    model.lang_fixed = lang_flag.is_some();
    model.read_only = store.folder_is_read_only();
    match profile {
        Some(profile) => {
            if let Some(review) = month_to_review(store, &lock, &model, &profile) {
                model.review_month(review);
            }
            model.set_profile(profile, SystemClock.today(), lang_flag.is_some());
            // Set up with `profile` flags: the disclaimer and what they left open.
            model.ask_unanswered();
        }
        None => model.start_setup(),
    }
    // The practice of today: offered when something of today's practice is left to do and
    // no unfinished session is asked about already; else saved as it was.
    if let Some(practice) = practice_today {
        if model.home.unfinished().is_none() && anything_left(&model.practice, &practice) {
            model.offer_unfinished(Unfinished::practice(practice));
        } else if let Ok(Some(PracticeFound::Saved(saved))) = store.recover_practice(&lock, None) {
            model.set_history(saved.history, SystemClock.today());
            recovered = Some(saved.practice);
        }
    }
    if let Some(practice) = recovered {
        model.notice = Some(crate::app::Notice::PracticeRecovered {
            date: practice.date,
            holds: practice.balance.len(),
            moves: practice.posture.len(),
        });
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

/// A profile that cannot be read (damaged, or made by a newer botsterk) is no dead end at
/// a terminal: the newest good backup of it is offered, in words, before anything else;
/// yes brings it back (the damaged file kept aside) and the coach opens with it. `None`:
/// no terminal, no backup, a no, or the restore failed (the caller then says why the
/// profile cannot be read, and nothing has changed).
fn offer_profile_backup(
    store: &Store,
    lock: &crate::store::DataLock,
    error: &StoreError,
    lang: Lang,
) -> Option<crate::profile::Profile> {
    use crate::store::FileKind;
    let (path, reason) = match error {
        StoreError::Corrupt {
            path,
            kind: FileKind::Profile,
            reason,
        } => (path, reason.clone()),
        StoreError::Newer {
            path,
            kind: FileKind::Profile,
            found,
            known,
        } => (path, (lang.texts().data.profile_too_new)(found, known)),
        _ => return None,
    };
    if !super::has_terminal() {
        return None;
    }
    let backup = store.newest_good_profile_backup()?;
    let t = lang.texts();
    let made = Store::backup_made(&backup).map_or_else(String::new, |at| {
        (t.data.profile_backup_made)(&t.date(at.date()), &at.format("%H:%M").to_string())
    });
    let question = (t.data.profile_damaged_offer)(&path.display(), &reason, &made);
    if !crate::say::ask_at_the_terminal(&question) {
        return None;
    }
    store.restore_profile(lock, Some(&backup)).ok()?;
    store.load_profile().ok().flatten()
}

/// Last month in review, the first time botsterk opens in a new month for someone who
/// trained before it; the month is noted (in `reminder.json`) so that it shows once. A
/// note that cannot be written (a read-only folder) only means it shows again.
fn month_to_review(
    store: &Store,
    lock: &crate::store::DataLock,
    model: &Model,
    profile: &crate::profile::Profile,
) -> Option<crate::coach::review::month::MonthReview> {
    use crate::coach::review::month::{last_month, month_review};
    let today = SystemClock.today();
    let first = last_month(today);
    let month = first.format("%Y-%m").to_string();
    let reminder = store.load_reminder().ok()?;
    if reminder.month_reviewed.as_deref() == Some(month.as_str()) {
        return None;
    }
    // Someone who began this month has no last month to look back on.
    let this_month = first.checked_add_months(chrono::Months::new(1))?;
    let history = &model.history;
    let before = history.sessions.iter().any(|s| s.date < this_month)
        || history.practice.iter().any(|p| p.date < this_month);
    if !before {
        return None;
    }
    let review = month_review(
        &model.catalog,
        history,
        &profile.settings(),
        profile.practice_target(),
        first,
        today,
    );
    let _ = store.update_reminder(lock, |r| r.month_reviewed = Some(month));
    Some(review)
}
