//! `botsterk demo --years N`: a made-up history and a profile in an empty data folder, to try the history screens without years of training (and the input
//! of the benchmarks).

use chrono::{Days, NaiveDate};

use super::CommandError;
use crate::catalog::Catalog;
use crate::catalog::Program;
use crate::demo::demo_history_with_practice;
use crate::lang::Lang;
use crate::profile::Profile;
use crate::store::Store;

/// Writes `years` years of made-up training, ending two days before `today` (so today may
/// train), into the data folder, and the set-up's answers in `lang` (advanced program), so
/// the coach opens on home. Refuses, writing nothing, when the folder holds anything but
/// botsterk's lock file: a history, a session in progress, a profile, backups.
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
        return Err(CommandError::Usage((lang.texts().data.demo_years)(
            years,
            crate::demo::MAX_YEARS,
        )));
    }
    let path = store.history_path();
    // Any file of the user's (a history, a session in progress, a profile, backups) means
    // the folder is theirs: made-up sessions must never mix with a real record.
    let refuse = |file: &std::path::Path| {
        CommandError::Usage((lang.texts().data.demo_not_empty)(
            &store.dir().display(),
            &file.display(),
        ))
    };
    // Before the lock, so that a refusal leaves no trace (not even the lock file); and
    // again under it, so that nothing can appear between this look and the write.
    if let Some(file) = users_file(store.dir()) {
        return Err(refuse(&file));
    }
    let lock = store.lock(super::LOCK_WAIT)?;
    if let Some(file) = users_file(store.dir()) {
        return Err(refuse(&file));
    }
    // A made-up user, set up already: the demo opens on home, not on set-up.
    let profile = Profile {
        program: Program::Advanced,
        answered: Some(
            crate::questions::SETUP
                .iter()
                .map(|q| q.key().to_owned())
                .collect(),
        ),
        ..Profile::defaults(lang)
    };
    let end = today.checked_sub_days(Days::new(2)).unwrap_or(today);
    let history = demo_history_with_practice(catalog, end, years);
    // If the history then fails, the folder holds only the made-up profile: remove it
    // (or the folder) to try again.
    store.update_profile(&lock, profile, |_| {})?;
    store.save_history(&history)?;
    let t = lang.texts();
    let span = match (history.sessions.first(), history.sessions.last()) {
        (Some(first), Some(last)) => (t.data.demo_span)(&first.date, &last.date),
        _ => String::new(),
    };
    let written = (t.data.demo_written)(
        history.sessions.len(),
        &span,
        history.weight_changes.len(),
        &path.display(),
    );
    let next = (t.data.demo_next)(&store.profile_path().display(), &store.dir().display());
    Ok(format!("{written}\n{next}"))
}

/// The first thing in the data folder that is not botsterk's own lock file, if any.
fn users_file(dir: &std::path::Path) -> Option<std::path::PathBuf> {
    let mut entries = std::fs::read_dir(dir).ok()?;
    entries
        .find_map(|e| e.ok().filter(|e| e.file_name() != crate::store::LOCK_FILE))
        .map(|e| e.path())
}
