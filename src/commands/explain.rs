//! The message for a store error, in the user's language: it names the file and what is
//! wrong with it as the user knows it (the history, the set-up answers, the unfinished
//! session, the data folder itself), and what to do. Only a history gets the backup hint:
//! the backups hold histories.

use std::path::Path;

use super::restore::{backup_hint, texts};
use crate::i18n::Lang;
use crate::store::bounds::TooLarge;
use crate::store::{FileKind, Store, StoreError};

/// The message for `error`. A history that cannot be read (damaged, from a newer
/// botsterk, or holding a number no person does) names the file, what is wrong, and the
/// newest good backup with the command that brings it back; a data dir that is already
/// open says so. `data_dir_flag` is the `--data-dir` to repeat in that command.
#[must_use]
pub fn explain(
    error: &StoreError,
    store: &Store,
    data_dir_flag: Option<&Path>,
    lang: Lang,
) -> String {
    let t = lang.texts();
    let d = t.data;
    let unreadable = match error {
        StoreError::Corrupt {
            path,
            kind: FileKind::History,
            reason,
        } => (t.error_history_unreadable)(&path.display(), reason),
        StoreError::Newer {
            path,
            kind: FileKind::History,
            found,
            known,
        } => (t.error_history_newer)(&path.display(), found, known),
        StoreError::TooLarge { path, found } => {
            (d.too_large)(&path.display(), &too_large(found, lang))
        }
        StoreError::Corrupt {
            path,
            kind: FileKind::Profile,
            reason,
        } => {
            return (d.profile_damaged)(&path.display(), reason);
        }
        StoreError::Newer {
            path,
            kind: FileKind::Profile,
            found,
            known,
        } => {
            return (d.profile_newer)(&path.display(), found, known);
        }
        StoreError::Corrupt {
            path,
            kind: FileKind::Journal,
            reason,
        } => {
            return (d.journal_damaged)(&path.display(), reason);
        }
        StoreError::NotAFolder { path } => {
            return (d.not_a_folder)(&path.display());
        }
        StoreError::Locked {
            path,
            holder: Some(crate::store::Holder::Window),
        } => {
            return (texts(lang).already_open)(&path.display());
        }
        StoreError::Locked { path, .. } => {
            return (texts(lang).busy)(&path.display());
        }
        StoreError::NotRegular { path, .. } => {
            return (d.not_regular)(&path.display());
        }
        StoreError::DanglingLink { path, target } => {
            return (d.dangling_link)(&path.display(), &target.display());
        }
        // Translated: a read-only folder or a full disk is said in the user's language.
        StoreError::Write { path, source } => {
            return (t.error_write)(&path.display(), source);
        }
        other => return other.to_string(),
    };
    format!("{unreadable}\n{}", backup_hint(store, data_dir_flag, lang))
}

/// "reps = 4294967295 in the session of 2026-11-28, chair-squat, set 2 (at most
/// 100000)", in `lang`; the field keeps its name in the file, where it is to be found.
#[must_use]
pub fn too_large(found: &TooLarge, lang: Lang) -> String {
    let d = lang.texts().data;
    let mut place = (d.place_session)(&found.date);
    if let Some(exercise) = &found.exercise {
        place.push_str(&(d.place_exercise)(exercise));
    }
    if let Some(set) = found.set {
        place.push_str(&(d.place_set)(&set));
    }
    (d.too_large_value)(
        &found.field.json_name(),
        &found.value,
        &place,
        &found.field.max(),
    )
}
