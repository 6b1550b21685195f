//! Everything the app says, in English and Dutch.
//!
//! Each language is one value of [`Texts`]: a message missing in one language is a compile
//! error, not a blank on screen. A text with values in it is a function written with
//! `format!` in each language, so each value it takes is checked by the compiler. The areas
//! have files of their own (home, session, history, setup, ...), English and Dutch side by
//! side; [`Lang`] itself lives in `crate::lang`, which depends on nothing.

use std::fmt::Display;

pub mod commands;
pub mod data;
pub mod falls;
pub mod format;
pub mod function_test;
pub mod function_test_screen;
pub mod handsfree;
pub mod help;
pub mod history;
pub mod history_command;
pub mod home;
pub mod man;
pub mod month;
pub mod notes;
pub mod pain;
mod plural;
pub mod practice;
pub mod practice_log;
pub mod profile_command;
pub mod report;
pub mod report_checks;
pub mod restore;
pub mod session;
pub mod setup;
pub mod status;
pub mod store_error;
pub mod usage;
mod week;
pub mod workbook;
pub use data::DataTexts;
pub use format::format_kg;
pub use handsfree::HandsFreeTexts;
pub use history::HistoryTexts;
pub use home::HomeTexts;
pub use notes::NotesTexts;
pub use pain::PainTexts;
pub use practice::PracticeTexts;
pub use report::ReportTexts;
pub use session::SessionTexts;
pub use setup::SetupTexts;
pub use status::StatusTexts;
pub use usage::UsageTexts;

use crate::lang::Lang;

impl Lang {
    #[must_use]
    pub fn texts(self) -> &'static Texts {
        match self {
            Self::En => &EN,
            Self::Nl => &NL,
        }
    }
}

/// All user-facing texts of one language.
#[derive(Debug)]
pub struct Texts {
    pub app_title: &'static str,
    pub program_beginner: &'static str,
    pub program_advanced: &'static str,
    pub weekdays: [&'static str; 7],
    pub months: [&'static str; 12],
    /// As in tables: "Mon", "ma".
    pub weekdays_short: [&'static str; 7],
    /// As in tables: "Nov", "nov", "mrt".
    pub months_short: [&'static str; 12],
    /// The name of the space bar in the key help.
    pub key_name_space: &'static str,
    /// The key shown for "yes": y, or j in Dutch (both always work).
    pub key_name_yes: &'static str,
    /// `{weekday} {day} {month} {year}`
    pub date_long: fn(&str, &dyn Display, &str, &dyn Display) -> String,
    /// The decimal separator shown: "." in English, "," in Dutch.
    pub decimal: &'static str,

    // Keys of home's questions
    pub key_yes: &'static str,
    pub key_not_now: &'static str,
    pub key_other_weight: &'static str,
    pub key_cancel: &'static str,

    // Keys (label shown next to the key)
    pub key_start: &'static str,
    pub key_switch_program: &'static str,
    pub key_quit_app: &'static str,
    pub key_begin: &'static str,
    pub key_skip_exercise: &'static str,
    pub key_stop: &'static str,
    pub key_rep: &'static str,
    pub key_rep_back: &'static str,
    pub key_set_done: &'static str,
    pub key_rise: &'static str,
    pub key_stomp_next: &'static str,
    pub key_stomp_foot: &'static str,
    pub key_pause: &'static str,
    pub key_resume: &'static str,
    pub key_end_hold: &'static str,
    pub key_skip_rest: &'static str,
    pub key_rest_change: &'static str,
    pub key_continue: &'static str,
    pub key_save: &'static str,
    pub key_retry: &'static str,
    pub key_answer: &'static str,

    // Quit dialog
    pub quit_title: &'static str,
    pub quit_save: &'static str,
    pub quit_discard: &'static str,
    pub quit_back: &'static str,
    pub discard_title: &'static str,
    pub discard_body: &'static str,
    pub discard_yes: &'static str,
    pub discard_no: &'static str,
    pub key_home_unsaved: &'static str,
    pub save_failed: &'static str,

    // Small terminal
    pub too_small: &'static str,
    pub too_small_size: fn(&dyn Display, &dyn Display, &dyn Display, &dyn Display) -> String,

    // Errors at start
    pub error_history_unreadable: fn(&dyn Display, &str) -> String,
    pub error_history_newer: fn(&dyn Display, &dyn Display, &dyn Display) -> String,
    pub error_write: fn(&dyn Display, &dyn Display) -> String,
    /// A file that is there but cannot be read (no permission, a disk error).
    pub error_read: fn(&dyn Display, &dyn Display) -> String,

    // An unfinished session found at start
    pub unfinished_title: fn(&str, &dyn Display, &dyn Display) -> String,
    pub unfinished_why: &'static str,
    pub unfinished_confirm: &'static str,
    pub key_resume_session: &'static str,
    pub key_save_as_is: &'static str,
    pub key_discard: &'static str,
    /// Over a session whose crash copy failed: `{since}` (HH:MM) the first failure.
    pub journal_failed: fn(&str) -> String,
    pub stopped_by_signal: fn(&dyn Display) -> String,
    pub journal_unreadable: fn(&dyn Display) -> String,

    pub home: &'static HomeTexts,
    pub session: &'static SessionTexts,
    /// The history screens.
    pub history: &'static HistoryTexts,
    pub pain: &'static PainTexts,
    pub notes: &'static NotesTexts,
    pub report: &'static ReportTexts,
    /// The workbook of `history --xlsx` and `x`.
    pub workbook: &'static workbook::WorkbookTexts,
    /// Set-up, settings, help and safety notes.
    pub setup: &'static SetupTexts,
    /// The user's files: a journal moved aside, backups, undo.
    pub data: &'static DataTexts,
    /// The ready step, the get-ready, sets that count by themselves, sound.
    pub hands: &'static HandsFreeTexts,
    /// Balance and posture practice, the warm-up.
    pub practice: &'static PracticeTexts,
    /// A command line that cannot be read: an unknown option, a missing value.
    pub usage: &'static UsageTexts,
    /// `status` and `remind`.
    pub status: &'static StatusTexts,
}

pub const EN: Texts = Texts {
    app_title: "botsterk · strong bones",
    program_beginner: "Beginner",
    program_advanced: "Advanced",
    weekdays: [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    date_long: |weekday, day, month, year| format!("{weekday} {day} {month} {year}"),
    weekdays_short: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    months_short: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    key_name_space: "Space",
    key_name_yes: "y",
    decimal: ".",
    key_yes: "yes",
    key_not_now: "not now",
    key_other_weight: "another weight",
    key_cancel: "cancel",

    key_start: "start the session",
    key_switch_program: "other program",
    key_quit_app: "quit",
    key_begin: "begin",
    key_skip_exercise: "skip exercise",
    key_stop: "stop",
    key_rep: "+1 rep",
    key_rep_back: "-1",
    key_set_done: "set done",
    key_rise: "up on toes",
    key_stomp_next: "stomp",
    key_stomp_foot: "left/right",
    key_pause: "pause",
    key_resume: "resume",
    key_end_hold: "end hold now",
    key_skip_rest: "skip rest",
    key_rest_change: "15 s longer/shorter",
    key_continue: "continue",
    key_save: "save",
    key_retry: "try saving again",
    key_answer: "answer",

    quit_title: "Stop the session?",
    quit_save: "save what you did",
    quit_discard: "throw it away",
    quit_back: "go back",
    discard_title: "Throw this session away?",
    discard_body: "Nothing of it will be saved.",
    discard_yes: "yes, throw away",
    discard_no: "no",
    key_home_unsaved: "back home (nothing to save)",
    save_failed: "Could not save",

    too_small: "Please make the window larger.",
    too_small_size: |cols, rows, min_cols, min_rows| {
        format!("It is {cols} x {rows}; botsterk needs at least {min_cols} x {min_rows}.")
    },

    error_history_unreadable: |path, reason| {
        format!(
            "The history file {path} cannot be read: {reason}. \
        botsterk has not changed it. Restore a backup or move the file away, then start again."
        )
    },
    error_history_newer: |path, found, known| {
        format!(
            "The history file {path} was made by a newer botsterk (format version \
        {found}; this one knows up to {known}). botsterk will not change it: please update botsterk."
        )
    },
    error_write: |path, reason| format!("Could not write {path}: {reason}"),
    error_read: |path, reason| format!("cannot read {path}: {reason}"),
    unfinished_title: |date, time, sets| {
        format!("An unfinished session from {date} at {time} (sets done: {sets}).")
    },
    unfinished_why: "botsterk was closed before it was saved. Every set you finished is kept.",
    unfinished_confirm: "Throw this unfinished session away? Its sets will not be saved.",
    key_resume_session: "resume",
    key_save_as_is: "save as it is",
    key_discard: "discard",
    journal_failed: |since| {
        format!(
            "! If botsterk stops now, the sets since {since} are lost: finish this set and save."
        )
    },
    stopped_by_signal: |signal| {
        format!(
            "botsterk: stopped by signal {signal}. Every finished set is kept and offered again at the next start."
        )
    },
    journal_unreadable: |reason| {
        format!(
            "the file of the unfinished session cannot be used, and botsterk changes nothing: {reason}. Move it out of the data folder yourself, then start botsterk again."
        )
    },
    home: &home::EN,
    session: &session::EN,
    history: &history::EN,
    pain: &pain::EN,
    notes: &notes::EN,
    report: &report::EN,
    workbook: &workbook::EN,
    setup: &setup::EN,
    data: &data::EN,
    hands: &handsfree::EN,
    practice: &practice::EN,
    usage: &usage::EN,
    status: &status::EN,
};

pub const NL: Texts = Texts {
    app_title: "botsterk · sterke botten",
    program_beginner: "Beginners",
    program_advanced: "Gevorderden",
    weekdays: [
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
    ],
    months: [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    date_long: |weekday, day, month, year| format!("{weekday} {day} {month} {year}"),
    weekdays_short: ["ma", "di", "wo", "do", "vr", "za", "zo"],
    months_short: [
        "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ],
    key_name_space: "Spatie",
    key_name_yes: "j",
    decimal: ",",
    key_yes: "ja",
    key_not_now: "nu niet",
    key_other_weight: "ander gewicht",
    key_cancel: "annuleren",

    key_start: "training beginnen",
    key_switch_program: "ander programma",
    key_quit_app: "afsluiten",
    key_begin: "beginnen",
    key_skip_exercise: "oefening overslaan",
    key_stop: "stoppen",
    key_rep: "+1 herhaling",
    key_rep_back: "-1",
    key_set_done: "serie klaar",
    key_rise: "op je tenen",
    key_stomp_next: "stamp",
    key_stomp_foot: "links/rechts",
    key_pause: "pauze",
    key_resume: "verder",
    // Not "stoppen": that is q, stopping the session, in the same footer.
    key_end_hold: "nu klaar",
    key_skip_rest: "rust overslaan",
    key_rest_change: "15 s langer/korter",
    key_continue: "verder",
    key_save: "opslaan",
    key_retry: "opnieuw opslaan",
    key_answer: "antwoord",

    quit_title: "Training stoppen?",
    quit_save: "bewaar wat je deed",
    quit_discard: "weggooien",
    quit_back: "terug",
    discard_title: "Deze training weggooien?",
    discard_body: "Er wordt dan niets van bewaard.",
    discard_yes: "ja, weggooien",
    discard_no: "nee",
    key_home_unsaved: "terug (niets te bewaren)",
    save_failed: "Opslaan lukte niet",

    too_small: "Maak het venster groter, alsjeblieft.",
    too_small_size: |cols, rows, min_cols, min_rows| {
        format!("Het is {cols} x {rows}; botsterk heeft minstens {min_cols} x {min_rows} nodig.")
    },

    error_history_unreadable: |path, reason| {
        format!(
            "Het logboek {path} is niet te lezen: {reason}. \
        botsterk heeft het niet veranderd. Zet een reservekopie terug of verplaats het bestand, en start opnieuw."
        )
    },
    error_history_newer: |path, found, known| {
        format!(
            "Het logboek {path} is gemaakt door een nieuwere botsterk (versie {found}; \
        deze kent tot en met {known}). botsterk verandert het niet: werk botsterk bij."
        )
    },
    error_write: |path, reason| format!("Kon {path} niet schrijven: {reason}"),
    error_read: |path, reason| format!("Kon {path} niet lezen: {reason}"),
    unfinished_title: |date, time, sets| {
        format!("Een onafgemaakte training van {date} om {time} (series gedaan: {sets}).")
    },
    unfinished_why: "botsterk werd gesloten voordat hij bewaard was. Elke serie die je afmaakte, is er nog.",
    unfinished_confirm: "Deze onafgemaakte training weggooien? De series worden niet bewaard.",
    key_resume_session: "verdergaan",
    key_save_as_is: "bewaren zoals hij is",
    key_discard: "weggooien",
    journal_failed: |since| {
        format!(
            "! Als botsterk nu stopt, zijn de series sinds {since} verloren: maak deze serie af en sla op."
        )
    },
    stopped_by_signal: |signal| {
        format!(
            "botsterk: gestopt door signaal {signal}. Elke afgemaakte serie is bewaard en wordt bij de volgende start weer aangeboden."
        )
    },
    journal_unreadable: |reason| {
        format!(
            "het bestand van de onafgemaakte training is niet te gebruiken, en botsterk verandert niets: {reason}. Zet het zelf buiten de gegevensmap en start botsterk daarna opnieuw."
        )
    },
    home: &home::NL,
    session: &session::NL,
    history: &history::NL,
    pain: &pain::NL,
    notes: &notes::NL,
    report: &report::NL,
    workbook: &workbook::NL,
    setup: &setup::NL,
    data: &data::NL,
    hands: &handsfree::NL,
    practice: &practice::NL,
    usage: &usage::NL,
    status: &status::NL,
};
