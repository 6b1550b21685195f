//! `botsterk restore [BACKUP | --list]`: bring back a backup of the history, keeping the
//! file it replaces aside; or list the backups. Also the texts that point a user whose
//! history cannot be read to the newest good backup, and the one for a data dir that is
//! already open.

use std::fmt::Display;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::CommandError;
use crate::cli::errors::quote;
use crate::lang::Lang;
use crate::store::{Store, StoreError, read_history_at};

/// The texts of this module, in one language.
#[derive(Debug)]
pub struct RestoreTexts {
    /// `{backup}`, `{command}`: after "the history cannot be read".
    pub backup_hint: fn(&dyn Display, &str) -> String,
    /// `{dir}`: the same when there is no backup to offer.
    pub no_backup: fn(&dyn Display) -> String,
    /// `{path}` (the lock file): a second botsterk on the same data.
    pub already_open: fn(&dyn Display) -> String,
    /// `{path}` (the lock file): a command is writing, or the holder did not say.
    pub busy: fn(&dyn Display) -> String,
    pub restored: fn(&dyn Display, &dyn Display, &dyn Display) -> String,
    /// `{backup}`, `{history}`: there was no history before.
    pub restored_fresh: fn(&dyn Display, &dyn Display) -> String,
    /// The restore's first line, in the user's words: `{when}` (as `--list` says it),
    /// `{sessions}`.
    pub restored_words: fn(&str, &str) -> String,
    /// The same for a backup whose name says no time: `{sessions}`.
    pub restored_words_file: fn(&str) -> String,
    /// The question before a restore at a terminal: `{when}` (as `--list` says it, or
    /// [`Self::ask_from_file`]), `{sessions}` in the backup, `{now}` in the history now.
    pub ask: fn(&str, &str, Option<&str>) -> String,
    /// `{when}` for a backup whose name says no time.
    pub ask_from_file: &'static str,
    /// The detail line under the question: `{backup}`.
    pub ask_detail: fn(&dyn Display) -> String,
    /// The keys, after the detail.
    pub ask_keys: &'static str,
    /// Said after a no.
    pub asked_no: &'static str,
    pub list_header: fn(&dyn Display) -> String,
    /// `{sessions}` (the count and a comma, padded to line up), `{date}`; after the name.
    pub list_row: fn(&str, &str) -> String,
    /// After the name.
    pub list_row_empty: &'static str,
    /// `{reason}`, after the name.
    pub list_row_unreadable: fn(&str) -> String,
    pub list_footer: fn(&str) -> String,
    /// The command's name in this language (`restore`, `herstel`: either is taken).
    pub command_word: &'static str,
    pub list_none: fn(&dyn Display) -> String,
    pub not_found: fn(&dyn Display, &dyn Display) -> String,
    pub not_a_history: fn(&dyn Display, &dyn Display) -> String,
    /// The reason after [`Self::not_a_history`] for a pipe, a folder or a device.
    pub not_regular: &'static str,
    /// One session, and `{n}` sessions.
    pub sessions: fn(usize) -> String,
    /// After a row of `--list`: the first backup of its day, `{day}` in words.
    pub list_before_day: fn(&str) -> String,
    /// After a row of `--list`: a later backup of its day, `{day}` in words, `{time}`.
    pub list_before_change: fn(&str, &str) -> String,
    /// `restore --profile`: `{backup}`, `{profile}`, `{replaced}` (where the profile it
    /// replaced is kept).
    pub profile_restored: fn(&dyn Display, &dyn Display, &dyn Display) -> String,
    /// `{backup}`, `{profile}`: there was no profile before.
    pub profile_restored_fresh: fn(&dyn Display, &dyn Display) -> String,
    /// `{dir}`: no backup of the profile this build reads.
    pub no_profile_backup: fn(&dyn Display) -> String,
}

pub const EN: RestoreTexts = RestoreTexts {
    backup_hint: |backup, command| {
        format!(
            "The newest backup botsterk can read is {backup}. To bring it back (the \
        current file is kept aside, not deleted):\n  {command}"
        )
    },
    no_backup: |dir| format!("There is no backup botsterk can read in {dir}."),
    already_open: |path| {
        format!(
            "botsterk is already open in another window ({path} is locked); close it \
        there first, then try again."
        )
    },
    busy: |path| {
        format!(
            "another botsterk command is writing in this data folder ({path} is locked); \
        nothing was changed: try again in a moment."
        )
    },
    restored: |backup, history, replaced| {
        format!(
            "From the backup {backup}, now {history}. The history it replaced is kept \
        as {replaced}: restore that file to undo this."
        )
    },
    restored_fresh: |backup, history| {
        format!("From the backup {backup}, now {history}; there was no history before.")
    },
    restored_words: |when, sessions| format!("Your history is back as it was {when}: {sessions}."),
    restored_words_file: |sessions| {
        format!("Your history is back as that backup holds it: {sessions}.")
    },
    ask: |when, sessions, now| match now {
        Some(now) => {
            format!("Bring back your history as it was {when}: {sessions} (you have {now} now)?")
        }
        None => format!("Bring back your history as it was {when}: {sessions}?"),
    },
    ask_from_file: "in that backup",
    ask_detail: |backup| format!("(backup {backup}; the history it replaces is kept)"),
    ask_keys: "[y/N]",
    asked_no: "Nothing was changed.",
    list_header: |dir| format!("Backups in {dir}, newest first:"),
    list_row: |sessions, date| format!("{sessions} the newest on {date}"),
    list_row_empty: "no sessions",
    list_row_unreadable: |reason| format!("cannot be used: {reason}"),
    list_footer: |command| format!("Bring one back with: {command}"),
    command_word: "restore",
    list_none: |dir| {
        format!(
            "There are no backups in {dir} yet: botsterk makes one before every change \
        to the history."
        )
    },
    not_found: |path, dir| {
        format!(
            "{path} does not exist; give a backup's path, or its name in {dir} \
        (botsterk restore --list shows them). Nothing was changed."
        )
    },
    not_regular: "it is not a regular file (but a folder, a named pipe or a device), so botsterk does not open it",
    not_a_history: |path, reason| {
        format!(
            "{path} is not a history this botsterk can read: {reason}. Nothing was \
        changed."
        )
    },
    sessions: |n| match n {
        1 => "1 session".to_owned(),
        n => format!("{n} sessions"),
    },
    list_before_day: |day| format!("before your changes of {day}"),
    list_before_change: |day, time| format!("before a change on {day} at {time}"),
    profile_restored: |backup, profile, replaced| {
        format!(
            "Your set-up answers are back from {backup} in {profile}. The profile it replaced is kept as {replaced}."
        )
    },
    profile_restored_fresh: |backup, profile| {
        format!("Your set-up answers are back from {backup} in {profile}.")
    },
    no_profile_backup: |dir| {
        format!(
            "There is no backup of the profile in {dir} that botsterk can read. Nothing was changed. Answer the set-up questions again: move profile.json away and start botsterk, or set them with botsterk profile and its flags."
        )
    },
};

pub const NL: RestoreTexts = RestoreTexts {
    backup_hint: |backup, command| {
        format!(
            "De nieuwste reservekopie die botsterk kan lezen is {backup}. Zet die terug \
        met (het huidige bestand wordt apart bewaard, niet gewist):\n  {command}"
        )
    },
    no_backup: |dir| format!("Er is geen reservekopie in {dir} die botsterk kan lezen."),
    already_open: |path| {
        format!(
            "botsterk is al geopend in een ander venster ({path} is vergrendeld); sluit \
        het daar eerst en probeer het dan opnieuw."
        )
    },
    busy: |path| {
        format!(
            "een ander botsterk-commando schrijft in deze gegevensmap ({path} is \
        vergrendeld); er is niets veranderd: probeer het zo opnieuw."
        )
    },
    restored: |backup, history, replaced| {
        format!(
            "Uit de reservekopie {backup}, nu {history}. Het logboek dat het verving is \
        bewaard als {replaced}: zet dat bestand terug om dit ongedaan te maken."
        )
    },
    restored_fresh: |backup, history| {
        format!("Uit de reservekopie {backup}, nu {history}; er was nog geen logboek.")
    },
    restored_words: |when, sessions| {
        format!("Je logboek is terug zoals het was {when}: {sessions}.")
    },
    restored_words_file: |sessions| {
        format!("Je logboek is terug zoals die reservekopie het bewaart: {sessions}.")
    },
    ask: |when, sessions, now| match now {
        Some(now) => {
            format!("Je logboek terugzetten zoals het was {when}: {sessions} (nu {now})?")
        }
        None => format!("Je logboek terugzetten zoals het was {when}: {sessions}?"),
    },
    ask_from_file: "in die reservekopie",
    ask_detail: |backup| {
        format!("(reservekopie {backup}; het logboek dat het vervangt blijft bewaard)")
    },
    ask_keys: "[j/N]",
    asked_no: "Er is niets veranderd.",
    list_header: |dir| format!("Reservekopieën in {dir}, nieuwste eerst:"),
    list_row: |sessions, date| format!("{sessions} de nieuwste op {date}"),
    list_row_empty: "geen trainingen",
    list_row_unreadable: |reason| format!("niet bruikbaar: {reason}"),
    list_footer: |command| format!("Zet er een terug met: {command}"),
    command_word: "herstel",
    list_none: |dir| {
        format!(
            "Er zijn nog geen reservekopieën in {dir}: botsterk maakt er een voor elke \
        wijziging van het logboek."
        )
    },
    not_found: |path, dir| {
        format!(
            "{path} bestaat niet; geef het pad van een reservekopie, of de naam ervan in \
        {dir} (botsterk herstel --list toont ze). Er is niets veranderd."
        )
    },
    not_regular: "het is geen gewoon bestand (maar een map, een named pipe of een apparaat), dus botsterk opent het niet",
    not_a_history: |path, reason| {
        format!(
            "{path} is geen logboek dat deze botsterk kan lezen: {reason}. Er is niets \
        veranderd."
        )
    },
    sessions: |n| match n {
        1 => "1 training".to_owned(),
        n => format!("{n} trainingen"),
    },
    list_before_day: |day| format!("vóór je wijzigingen van {day}"),
    list_before_change: |day, time| format!("vóór een wijziging op {day} om {time}"),
    profile_restored: |backup, profile, replaced| {
        format!(
            "Je antwoorden bij het instellen zijn terug uit {backup} in {profile}. Het profiel dat het verving is bewaard als {replaced}."
        )
    },
    profile_restored_fresh: |backup, profile| {
        format!("Je antwoorden bij het instellen zijn terug uit {backup} in {profile}.")
    },
    no_profile_backup: |dir| {
        format!(
            "Er is geen reservekopie van het profiel in {dir} die botsterk kan lezen. Er is niets veranderd. Beantwoord de vragen bij het instellen opnieuw: zet profile.json opzij en start botsterk, of stel ze in met botsterk profile en de opties."
        )
    },
};

/// The texts in `lang`.
#[must_use]
pub fn texts(lang: Lang) -> &'static RestoreTexts {
    match lang {
        Lang::En => &EN,
        Lang::Nl => &NL,
    }
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
            &command(data_dir_flag, t.command_word, &backup),
        ),
        None => (t.no_backup)(&store.backup_dir().display()),
    }
}

/// Asks the person at the terminal the question given and says whether they said yes.
pub type Ask = fn(&str) -> bool;

/// The question on standard error, the answer a line on standard input: yes is `y`, `j`,
/// `yes` or `ja`; anything else (an empty line, the end of input) is no.
#[must_use]
pub fn ask_at_the_terminal(question: &str) -> bool {
    use std::io::{BufRead, Write};
    let mut err = std::io::stderr();
    if write!(err, "{question} ")
        .and_then(|()| err.flush())
        .is_err()
    {
        return false;
    }
    let mut line = String::new();
    if std::io::stdin().lock().read_line(&mut line).is_err() {
        return false;
    }
    matches!(
        line.trim().to_lowercase().as_str(),
        "y" | "yes" | "j" | "ja"
    )
}

/// `botsterk [--data-dir DIR] restore PATH`, quoted for a shell where needed.
fn command(data_dir_flag: Option<&Path>, word: &str, backup: &Path) -> String {
    let mut out = String::from("botsterk ");
    if let Some(dir) = data_dir_flag {
        let _ = write!(out, "--data-dir {} ", quote(dir));
    }
    let _ = write!(out, "{word} {}", quote(backup));
    out
}

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
            &crate::commands::explain::too_large(&found, lang),
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
        (t.list_footer)(&command(data_dir_flag, t.command_word, &example))
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
    fn paths_are_quoted_for_a_shell_only_when_needed() {
        assert_eq!(
            quote(Path::new("/home/ann/.local/share/botsterk/x.json")),
            "/home/ann/.local/share/botsterk/x.json"
        );
        #[cfg(unix)]
        {
            assert_eq!(
                quote(Path::new("/Users/ann/Library/Application Support/b")),
                "'/Users/ann/Library/Application Support/b'"
            );
            assert_eq!(quote(Path::new("/tmp/it's")), r"'/tmp/it'\''s'");
        }
    }

    #[test]
    fn the_command_repeats_the_data_dir_when_one_was_given() {
        assert_eq!(
            command(None, "restore", Path::new("/d/backups/h.json")),
            "botsterk restore /d/backups/h.json"
        );
        assert_eq!(
            command(
                Some(Path::new("/d")),
                "restore",
                Path::new("/d/backups/h.json")
            ),
            "botsterk --data-dir /d restore /d/backups/h.json"
        );
    }
}
