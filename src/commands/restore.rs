//! `botsterk restore [BACKUP | --list]`: bring back a backup of the history, keeping the
//! file it replaces aside; or list the backups. Its texts, and the hint that points a user
//! whose history cannot be read to the newest good backup, are in `i18n/restore.rs` and
//! `i18n/store_error.rs`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::CommandError;
use crate::i18n::restore::texts;
use crate::i18n::store_error::restore_command;
use crate::lang::Lang;
use crate::say::Ask;
use crate::store::{Store, StoreError, read_history_at};

/// `restore BACKUP`: brings the backup back. Without one, lists the backups.
///
/// # Errors
/// [`CommandError::Usage`] when BACKUP does not exist or is not a history this build
/// reads (nothing is changed); [`CommandError::Store`] when the history cannot be
/// replaced, or another botsterk holds the data dir longer than [`super::LOCK_WAIT`].
pub fn run(
    store: &Store,
    backup: Option<&Path>,
    profile: bool,
    data_dir_flag: Option<&Path>,
    lang: Lang,
    ask: Option<Ask>,
) -> Result<String, CommandError> {
    if profile {
        return restore_profile(store, backup, lang);
    }
    let Some(backup) = backup else {
        return Ok(list(store, data_dir_flag, lang));
    };
    let t = texts(lang);
    let backup = resolve(store, backup);
    // Checked before the lock: a wrong argument is said at once, whatever else runs.
    let held = match read_history_at(&backup) {
        Ok(history) => history.sessions.len(),
        Err(e) => return Err(refusal(e, store, &backup, lang)),
    };
    if let Some(ask) = ask {
        let now = read_history_at(&store.history_path())
            .ok()
            .map(|h| (t.sessions)(h.sessions.len()));
        let question = (t.ask)(
            &when_made(&backup, &store.backups(), lang)
                .unwrap_or_else(|| t.ask_from_file.to_owned()),
            &(t.sessions)(held),
            now.as_deref(),
        );
        let detail = (t.ask_detail)(&backup.display());
        if !ask(&format!("{question}\n  {detail}\n{}", t.ask_keys)) {
            return Ok(t.asked_no.to_owned());
        }
    }
    let _lock = store.lock(super::LOCK_WAIT)?;
    let done = store
        .restore(&backup)
        .map_err(|e| refusal(e, store, &backup, lang))?;
    let sessions = (t.sessions)(done.sessions);
    let when = when_made(&done.backup, &store.backups(), lang);
    let mut said = match &when {
        Some(when) => (t.restored_words)(when, &sessions),
        None => (t.restored_words_file)(&sessions),
    };
    said.push('\n');
    let (backup, history) = (done.backup.display(), done.history.display());
    said.push_str(&match &done.replaced {
        Some(replaced) => (t.restored)(&backup, &history, &replaced.display()),
        None => (t.restored_fresh)(&backup, &history),
    });
    Ok(said)
}

/// `restore --profile [BACKUP]`: the newest profile backup this build reads (or `backup`)
/// becomes `profile.json`, the profile it replaces (a damaged one too) kept aside.
fn restore_profile(
    store: &Store,
    backup: Option<&Path>,
    lang: Lang,
) -> Result<String, CommandError> {
    let t = texts(lang);
    let backup = backup.map(|b| resolve(store, b));
    let lock = store.lock(super::LOCK_WAIT)?;
    match store.restore_profile(&lock, backup.as_deref()) {
        Ok((backup, replaced)) => {
            let profile = store.profile_path();
            Ok(match replaced {
                Some(replaced) => {
                    (t.profile_restored)(&backup.display(), &profile.display(), &replaced.display())
                }
                None => (t.profile_restored_fresh)(&backup.display(), &profile.display()),
            })
        }
        Err(StoreError::Read { path, source })
            if backup.is_none()
                && path == store.backup_dir()
                && source.kind() == std::io::ErrorKind::NotFound =>
        {
            Err(CommandError::Usage((t.no_profile_backup)(
                &store.backup_dir().display(),
            )))
        }
        Err(e) => match backup {
            Some(backup) => Err(refusal(e, store, &backup, lang)),
            None => Err(CommandError::Store(e)),
        },
    }
}

/// A bare file name is looked for in the backups folder first; anything else is a path.
fn resolve(store: &Store, backup: &Path) -> PathBuf {
    let bare = backup.parent().is_some_and(|p| p.as_os_str().is_empty());
    let in_backups = store.backup_dir().join(backup);
    // Anything of that name there is meant (a pipe is then refused as "not a regular
    // file", not said to be missing).
    if bare && std::fs::symlink_metadata(&in_backups).is_ok() {
        in_backups
    } else {
        backup.to_path_buf()
    }
}

/// A backup that cannot be used (missing, a folder, damaged, too new) is the user's input
/// (exit 2); anything about the data dir is the store's (exit 1).
fn refusal(error: StoreError, store: &Store, backup: &Path, lang: Lang) -> CommandError {
    let t = texts(lang);
    let about_backup = match &error {
        StoreError::Read { path, .. }
        | StoreError::Corrupt { path, .. }
        | StoreError::Newer { path, .. }
        | StoreError::TooLarge { path, .. }
        | StoreError::NotRegular { path, .. }
        | StoreError::DanglingLink { path, .. } => path == backup,
        _ => false,
    };
    if !about_backup {
        return CommandError::Store(error);
    }
    match error {
        StoreError::Read { source, .. } if source.kind() == std::io::ErrorKind::NotFound => {
            CommandError::Usage((t.not_found)(
                &backup.display(),
                &store.backup_dir().display(),
            ))
        }
        StoreError::Read { source, .. } => {
            CommandError::Usage((t.not_a_history)(&backup.display(), &source))
        }
        StoreError::Corrupt { reason, .. } => {
            CommandError::Usage((t.not_a_history)(&backup.display(), &reason))
        }
        StoreError::TooLarge { found, .. } => CommandError::Usage((t.not_a_history)(
            &backup.display(),
            &crate::i18n::store_error::too_large(&found, lang),
        )),
        StoreError::NotRegular { .. } => {
            CommandError::Usage((t.not_a_history)(&backup.display(), &t.not_regular))
        }
        e @ StoreError::DanglingLink { .. } => {
            CommandError::Usage((t.not_a_history)(&backup.display(), &e))
        }
        StoreError::Newer { found, known, .. } => CommandError::Usage((t.not_a_history)(
            &backup.display(),
            &format!(
                "it was made by a newer botsterk (version {found}, this one knows up to {known})"
            ),
        )),
        other => CommandError::Store(other),
    }
}

/// The backups, newest first, with their session count and newest session.
/// A backup in the list, after its name: its count of sessions (with the comma) and the
/// date of the newest; none; or why it cannot be used.
type ListRow = Result<Option<(String, String)>, String>;

fn list(store: &Store, data_dir_flag: Option<&Path>, lang: Lang) -> String {
    let t = texts(lang);
    let dir = store.backup_dir();
    if std::fs::symlink_metadata(&dir).is_ok() && !dir.is_dir() {
        return (lang.texts().data.backups_not_a_folder)(&dir.display());
    }
    let backups = store.backups();
    let Some(newest) = backups.first() else {
        return (t.list_none)(&store.backup_dir().display());
    };
    let mut out = (t.list_header)(&store.backup_dir().display());
    // Two columns that line up in both languages: the name, then the sessions.
    let rows: Vec<(String, ListRow)> = backups
        .iter()
        .map(|path| {
            let name = path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            let row = match read_history_at(path) {
                Ok(history) => Ok(history.last_session().map(|last| {
                    let count = (t.sessions)(history.sessions.len());
                    (format!("{count},"), last.date.to_string())
                })),
                Err(e) => Err((t.list_row_unreadable)(&short_reason(&e))),
            };
            (name, row)
        })
        .collect();
    let name_width = rows.iter().map(|(n, _)| n.chars().count()).max();
    let count_width = rows
        .iter()
        .filter_map(|(_, row)| row.as_ref().ok()?.as_ref())
        .map(|(count, _)| count.chars().count())
        .max()
        .unwrap_or(0);
    for (i, (name, row)) in rows.into_iter().enumerate() {
        let rest = match row {
            Ok(Some((count, date))) => (t.list_row)(&format!("{count:<count_width$}"), &date),
            Ok(None) => t.list_row_empty.to_owned(),
            Err(unreadable) => unreadable,
        };
        let width = name_width.unwrap_or(0);
        let _ = write!(out, "\n  {name:<width$}  {rest}");
        if let Some(when) = when_made(&backups[i], &backups, lang) {
            let _ = write!(out, " · {when}");
        }
    }
    let example = newest
        .file_name()
        .map_or_else(|| newest.clone(), PathBuf::from);
    let _ = write!(
        out,
        "\n{}",
        (t.list_footer)(&restore_command(data_dir_flag, t.command_word, &example))
    );
    out
}

/// What a backup holds, in words: "before your changes of Tuesday 1 December 2026" for
/// the first of its day (the history as it was before that day's changes, the one the
/// backups keep for 30 days), "before a change on ... at 10:42" for a later one; `None`
/// for a file whose name says no time. `backups`: all of them, newest first.
fn when_made(backup: &Path, backups: &[PathBuf], lang: Lang) -> Option<String> {
    let t = texts(lang);
    let at = Store::backup_made(backup)?;
    let day = lang.texts().date(at.date());
    let older = backups.iter().skip_while(|b| *b != backup).skip(1);
    let first = !older
        .filter_map(|b| Store::backup_made(b))
        .any(|m| m.date() == at.date());
    Some(if first {
        (t.list_before_day)(&day)
    } else {
        (t.list_before_change)(&day, &at.format("%H:%M").to_string())
    })
}

fn short_reason(error: &StoreError) -> String {
    match error {
        StoreError::Corrupt { reason, .. } => reason.clone(),
        StoreError::Newer { found, .. } => format!("made by a newer botsterk (version {found})"),
        StoreError::TooLarge { found, .. } => found.to_string(),
        StoreError::Read { source, .. } => source.to_string(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_repeats_the_data_dir_when_one_was_given() {
        assert_eq!(
            restore_command(None, "restore", Path::new("/d/backups/h.json")),
            "botsterk restore /d/backups/h.json"
        );
        assert_eq!(
            restore_command(
                Some(Path::new("/d")),
                "restore",
                Path::new("/d/backups/h.json")
            ),
            "botsterk --data-dir /d restore /d/backups/h.json"
        );
    }
}
