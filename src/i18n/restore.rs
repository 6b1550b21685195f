//! The texts of `botsterk restore` (bringing back a backup, listing the backups), of the
//! hint that points a user whose history cannot be read to the newest good backup, and of
//! a data folder that is already open, in English and Dutch.

use std::fmt::Display;

use crate::lang::Lang;

/// The texts of `botsterk restore` and of the backup hint, in one language.
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
