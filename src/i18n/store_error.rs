//! The message for a store error, in the user's language: it names the file and what is
//! wrong with it as the user knows it (the history, the set-up answers, the unfinished
//! session, the data folder itself), and what to do. Only a history gets the backup hint:
//! the backups hold histories.

use std::fmt::Write as _;
use std::path::Path;

use super::restore::texts;
use crate::corrections::CorrectionError;
use crate::invocation::shell_word;
use crate::lang::Lang;
use crate::store::bounds::{Bound, Place, TooLarge};
use crate::store::{FileKind, NotAFile, OutRefused, Store, StoreError};

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
    match words(error, lang) {
        Words::Unreadable(text) => format!("{text}\n{}", backup_hint(store, data_dir_flag, lang)),
        Words::Said(text) => text,
    }
}

/// The message for `error` in `lang` without the backup hint: what the TUI says when a
/// save fails, so that a read-only folder or a full disk is said in the user's language.
#[must_use]
pub fn said(error: &StoreError, lang: Lang) -> String {
    match words(error, lang) {
        Words::Unreadable(text) | Words::Said(text) => text,
    }
}

/// Why a correction was not made (the session changed meanwhile, say), in `lang`.
#[must_use]
pub fn correction_refused(error: &CorrectionError, lang: Lang) -> &'static str {
    let d = lang.texts().data;
    match error {
        CorrectionError::SessionGone => d.correction_session_gone,
        CorrectionError::NoSuchPart => d.correction_no_such_part,
        CorrectionError::BadDate => d.correction_bad_date,
    }
}

/// A store error in words: a history that cannot be read gets the backup hint after it.
enum Words {
    Unreadable(String),
    Said(String),
}

fn words(error: &StoreError, lang: Lang) -> Words {
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
            return Words::Said((d.profile_damaged)(&path.display(), reason));
        }
        StoreError::Newer {
            path,
            kind: FileKind::Profile,
            found,
            known,
        } => {
            return Words::Said((d.profile_newer)(&path.display(), found, known));
        }
        StoreError::Corrupt {
            path,
            kind: FileKind::Journal,
            reason,
        } => {
            return Words::Said((d.journal_damaged)(&path.display(), reason));
        }
        StoreError::Corrupt {
            path,
            kind: FileKind::Reminder,
            reason,
        } => {
            return Words::Said((d.reminder_damaged)(&path.display(), reason));
        }
        StoreError::Newer {
            path,
            kind: FileKind::Reminder,
            ..
        } => {
            return Words::Said((d.reminder_damaged)(&path.display(), "a newer format"));
        }
        StoreError::Corrupt {
            path,
            kind: FileKind::Change,
            reason,
        } => {
            return Words::Said((d.change_damaged)(&path.display(), reason));
        }
        StoreError::NotAFolder { path } => {
            return Words::Said((d.not_a_folder)(&path.display()));
        }
        StoreError::BackupsNotAFolder { path } => {
            return Words::Said((d.backups_not_a_folder)(&path.display()));
        }
        StoreError::Locked {
            path,
            holder: Some(crate::store::Holder::Window),
        } => {
            return Words::Said((texts(lang).already_open)(&path.display()));
        }
        StoreError::Locked { path, .. } => {
            return Words::Said((texts(lang).busy)(&path.display()));
        }
        StoreError::NotRegular { path, .. } => {
            return Words::Said((d.not_regular)(&path.display()));
        }
        StoreError::DanglingLink { path, target } => {
            return Words::Said((d.dangling_link)(&path.display(), &target.display()));
        }
        StoreError::Read { path, source } => {
            return Words::Said((t.error_read)(&path.display(), source));
        }
        StoreError::Write { path, source } => {
            return Words::Said((t.error_write)(&path.display(), source));
        }
        other => return Words::Said(other.to_string()),
    };
    Words::Unreadable(unreadable)
}

/// "reps = 4294967295 in the session of 2026-11-28, chair-squat, set 2 (at most
/// 100000)", in `lang`; the field keeps its name in the file, where it is to be found.
#[must_use]
pub fn too_large(found: &TooLarge, lang: Lang) -> String {
    let d = lang.texts().data;
    let place = match &found.place {
        Place::Session {
            date,
            exercise,
            set,
        } => {
            let mut place = (d.place_session)(date);
            if let Some(exercise) = exercise {
                place.push_str(&(d.place_exercise)(exercise));
            }
            if let Some(set) = set {
                place.push_str(&(d.place_set)(set));
            }
            place
        }
        Place::WeightChange { date, exercise } => (d.place_weight_change)(date, exercise),
        Place::PainCheck { date, exercise } => (d.place_pain_check)(date, exercise),
        Place::Practice { date, item } => {
            let mut place = (d.place_practice)(date);
            if let Some(item) = item {
                place.push_str(&(d.place_item)(item));
            }
            place
        }
        Place::Test { date, kind } => (d.place_test)(date, kind),
        Place::Fall { date } => (d.place_fall)(date),
    };
    let bound = match found.bound {
        Bound::AtMost(max) => (d.bound_at_most)(&max),
        Bound::Kg(min, max) => (d.bound_kg)(
            &crate::units::format_number(min),
            &crate::units::format_number(max),
        ),
        Bound::From(day) => (d.bound_from)(&day),
        Bound::Between(min, max) => (d.bound_between)(
            &crate::units::format_number(min),
            &crate::units::format_number(max),
        ),
    };
    (d.too_large_value)(found.field.json_name(), &found.value, &place, &bound)
}

/// What to add when the history cannot be read: the newest backup this build reads and
/// the command that brings it back, or that there is none. `data_dir_flag` is the
/// `--data-dir` to repeat in the command (`None` for the default folder).
#[must_use]
pub fn backup_hint(store: &Store, data_dir_flag: Option<&Path>, lang: Lang) -> String {
    let t = texts(lang);
    match store.newest_good_backup() {
        Some(backup) => (t.backup_hint)(
            &backup.display(),
            &restore_command(data_dir_flag, t.command_word, &backup),
        ),
        None => (t.no_backup)(&store.backup_dir().display()),
    }
}

/// `botsterk [--data-dir DIR] restore PATH`, quoted for a shell where needed.
#[must_use]
pub fn restore_command(data_dir_flag: Option<&Path>, word: &str, backup: &Path) -> String {
    let mut out = String::from("botsterk ");
    if let Some(dir) = data_dir_flag {
        let _ = write!(out, "--data-dir {} ", shell_word(dir));
    }
    let _ = write!(out, "{word} {}", shell_word(backup));
    out
}

/// Why `refused` was not written, in `lang`.
#[must_use]
pub fn out_refused(refused: &OutRefused, lang: Lang) -> String {
    let t = lang.texts().data;
    match refused {
        OutRefused::Own { path, data_dir } => (t.out_own)(&path.display(), &data_dir.display()),
        OutRefused::NotAFile { path, kind } => {
            let path = path.display();
            match kind {
                NotAFile::Folder => (t.out_folder)(&path),
                NotAFile::Pipe => (t.out_pipe)(&path),
                NotAFile::Device => (t.out_device)(&path),
                NotAFile::Other => (t.out_other)(&path),
            }
        }
        OutRefused::DanglingLink { path, target } => {
            (t.out_dangling)(&path.display(), &target.display())
        }
    }
}
