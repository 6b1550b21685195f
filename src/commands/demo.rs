//! `botsterk demo --years N`: a made-up history (and, when there is none, a profile) in an
//! empty data folder, to try the history screens without years of training (and the input
//! of the benchmarks).

use chrono::{Days, NaiveDate};

use super::CommandError;
use crate::catalog::Catalog;
use crate::catalog::Program;
use crate::demo::demo_history;
use crate::i18n::Lang;
use crate::profile::Profile;
use crate::store::Store;

/// Writes `years` years of made-up training, ending two days before `today` (so today may
/// train), into the data folder, and the set-up's answers in `lang` (advanced program) when
/// there is no profile yet, so the coach opens on home. Refuses, writing nothing, when the
/// folder already holds a history, whatever is in it; an existing profile is kept as it is.
///
/// # Errors
/// [`CommandError::Usage`] when a history exists or `years` is out of range;
/// [`CommandError::Store`] when it cannot be written, or another botsterk holds the folder
/// longer than [`super::LOCK_WAIT`].
pub fn run(
    store: &Store,
    catalog: &Catalog,
    years: u32,
    lang: Lang,
    today: NaiveDate,
) -> Result<String, CommandError> {
    if !(1..=crate::demo::MAX_YEARS).contains(&years) {
        return Err(CommandError::Usage(format!(
            "--years {years}: give 1 to {} years",
            crate::demo::MAX_YEARS
        )));
    }
    let path = store.history_path();
    let refuse = || {
        CommandError::Usage(format!(
            "{} already holds a history; demo writes only into an empty data folder and never \
             touches a real record. Try another folder: botsterk --data-dir /tmp/botsterk-demo demo",
            path.display()
        ))
    };
    // Before the lock, so that a refusal leaves no trace (not even the lock file); and
    // again under it, so that nothing can appear between this look and the write.
    if path.symlink_metadata().is_ok() {
        return Err(refuse());
    }
    let lock = store.lock(super::LOCK_WAIT)?;
    if path.symlink_metadata().is_ok() {
        return Err(refuse());
    }
    // Read first: a profile that cannot be read stops the demo before anything is written.
    let profile = match store.load_profile()? {
        Some(_) => None,
        None => Some(Profile {
            program: Program::Advanced,
            ..Profile::defaults(lang)
        }),
    };
    let end = today.checked_sub_days(Days::new(2)).unwrap_or(today);
    let history = demo_history(catalog, end, years);
    // The profile first: if the history then fails, trying again still works.
    if let Some(profile) = &profile {
        store.update_profile(&lock, profile.clone(), |_| {})?;
    }
    store.save_history(&history)?;
    let first = history.sessions.first().map(|s| s.date);
    let span = match (first, history.sessions.last()) {
        (Some(first), Some(last)) => format!(" from {first} to {}", last.date),
        _ => String::new(),
    };
    let data_dir = store.dir().display();
    let profile_note = if profile.is_some() {
        format!(
            "\nWrote the set-up's answers (advanced program) to {}: change them with \
             `botsterk --data-dir {data_dir} profile`.",
            store.profile_path().display()
        )
    } else {
        String::new()
    };
    Ok(format!(
        "Wrote a made-up history: {} sessions{span}, {} weight decisions, in {}.{profile_note}\n\
         Look at it with `botsterk --data-dir {data_dir} history`, or open the coach with \
         `botsterk --data-dir {data_dir}` and press h.\n\
         It is not your training: to start your own record, use another data folder or \
         delete that file.",
        history.sessions.len(),
        history.weight_changes.len(),
        path.display(),
    ))
}
