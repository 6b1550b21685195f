//! `botsterk remind`: today's status line, once a day, only when a session is due and not
//! done (never on a rest day or a day already trained), after `--after`, unless paused.
//! `--pause-until`/`--resume` pause it for holidays or illness; `--setup` prints a snippet
//! that runs it by itself (see [`setup`]).
//!
//! The day of the reminder is written before it is given: a reminder whose record failed
//! is not given, so a failing disk never turns it into a reminder on every run.

pub mod setup;

use std::path::Path;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};

use super::status::{Day, gather, line};
use super::{CommandError, LOCK_WAIT};
use crate::catalog::Catalog;
use crate::cli::ReminderSetup;
use crate::lang::Lang;
use crate::profile::Settings;
use crate::store::{Holder, Store, StoreError};

/// Shows a notification: its title and text; what went wrong when it could not.
pub type Notifier<'a> = &'a dyn Fn(&str, &str) -> Result<(), String>;

/// What `remind` was asked.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub notify: bool,
    pub after: Option<String>,
    pub pause_until: Option<String>,
    pub resume: bool,
    pub setup: Option<ReminderSetup>,
}

/// What happened: text for stdout and stderr, and the exit code.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    /// 0: said something (or paused, resumed, printed a snippet); 1: quiet.
    pub quiet: bool,
    /// A snippet: printed exactly as made (it names botsterk as it must run already).
    pub verbatim: bool,
}

/// `HH:MM` (or `H:MM`, `HH.MM`) as a time of day.
///
/// # Errors
/// Anything else, with the text as typed.
pub fn parse_time(text: &str, lang: Lang) -> Result<NaiveTime, CommandError> {
    let normal = text.trim().replace('.', ":");
    NaiveTime::parse_from_str(&normal, "%H:%M")
        .map_err(|_| CommandError::Usage((lang.texts().status.bad_time)(text)))
}

/// A typed day for `--pause-until`: the forms `log --date` takes, today or later.
fn parse_pause(text: &str, today: NaiveDate, lang: Lang) -> Result<NaiveDate, CommandError> {
    use crate::typed_day::{DayError, parse_day};
    // Any day is taken first, then held against today: a pause lies ahead.
    let far = NaiveDate::from_ymd_opt(9999, 12, 31).unwrap_or(NaiveDate::MAX);
    let word = matches!(
        text.trim().to_lowercase().as_str(),
        "today" | "vandaag" | "yesterday" | "gisteren" | "eergisteren"
    );
    let day = match parse_day(text, if word { today } else { far }) {
        Ok(day) => day,
        Err(DayError::Future(day)) => day,
        Err(e) => {
            return Err(CommandError::Usage(crate::i18n::commands::day_error(
                text, e, today, lang,
            )));
        }
    };
    if day < today {
        return Err(CommandError::Usage((lang.texts().status.pause_in_past)(
            text,
        )));
    }
    Ok(day)
}

/// Runs `remind` at `now`. `notifier` shows a notification (the real one finds
/// notify-send or osascript on the PATH); `None` when there is none.
///
/// # Errors
/// Bad input (exit 2), or a history, profile or reminder state that cannot be read or
/// written (exit 1).
#[allow(clippy::too_many_arguments)]
pub fn run(
    store: &Store,
    catalog: &Catalog,
    settings: &Settings,
    now: DateTime<FixedOffset>,
    request: &Request,
    lang: Lang,
    data_dir: Option<&Path>,
    program: &setup::Program,
    notifier: Option<Notifier<'_>>,
) -> Result<Outcome, CommandError> {
    let today = now.date_naive();
    let s = lang.texts().status;
    // The settings' time and notification when the flags do not say (`--after` wins).
    let profile = store.load_profile()?;
    let after = match request.after.as_deref() {
        Some(text) => Some(parse_time(text, lang)?),
        None => profile
            .as_ref()
            .filter(|p| p.reminder_time.is_some())
            .map(crate::profile::Profile::reminder_at),
    };
    if let Some(way) = request.setup {
        let at = after.unwrap_or(setup::DEFAULT_TIME);
        let notify = profile
            .as_ref()
            .is_none_or(crate::profile::Profile::reminder_notifies);
        return Ok(Outcome {
            stdout: setup::snippet(way, program, data_dir, at, notify, lang),
            verbatim: true,
            ..Outcome::default()
        });
    }
    if let Some(typed) = &request.pause_until {
        let until = parse_pause(typed, today, lang)?;
        let lock = store.lock(LOCK_WAIT)?;
        store.update_reminder(&lock, |r| r.paused_until = Some(until))?;
        let t = lang.texts();
        return Ok(Outcome {
            stdout: (s.paused_now)(&t.date(until)),
            ..Outcome::default()
        });
    }
    if request.resume {
        let lock = store.lock(LOCK_WAIT)?;
        store.update_reminder(&lock, |r| r.paused_until = None)?;
        return Ok(Outcome {
            stdout: s.resumed.to_owned(),
            ..Outcome::default()
        });
    }
    let quiet = Outcome {
        quiet: true,
        ..Outcome::default()
    };
    let day: Day = gather(store, catalog, settings, today)?;
    // Read strictly here: a damaged state is said, not taken for "never reminded".
    let state = store.load_reminder()?;
    let too_early = after.is_some_and(|after| now.time() < after);
    if !day.status.due()
        || too_early
        || state.paused_on(today).is_some()
        || state.last_reminded == Some(today)
    {
        return Ok(quiet);
    }
    let lock = match store.lock(LOCK_WAIT) {
        Ok(lock) => lock,
        // botsterk is open on screen: the user is there already.
        Err(StoreError::Locked {
            holder: Some(Holder::Window),
            ..
        }) => return Ok(quiet),
        Err(e) => return Err(e.into()),
    };
    let text = line(&day, catalog, lang);
    let tell_no_notifier = request.notify && notifier.is_none() && !state.told_no_notifier;
    store.update_reminder(&lock, |r| {
        r.last_reminded = Some(today);
        r.told_no_notifier |= tell_no_notifier;
    })?;
    drop(lock);
    let mut outcome = Outcome::default();
    match (request.notify, notifier) {
        (true, Some(show)) => {
            if let Err(e) = show(s.notify_title, &text) {
                outcome.stdout = text;
                outcome.stderr = (s.notify_failed)(&e);
            }
        }
        (true, None) => {
            outcome.stdout = text;
            if tell_no_notifier {
                outcome.stderr = s.no_notifier.to_owned();
            }
        }
        (false, _) => outcome.stdout = text,
    }
    Ok(outcome)
}

/// The desktop's notifier on the PATH: notify-send (Linux), else osascript (macOS).
#[must_use]
pub fn find_notifier(path: Option<&std::ffi::OsStr>) -> Option<std::path::PathBuf> {
    let path = path?;
    ["notify-send", "osascript"].iter().find_map(|name| {
        std::env::split_paths(path)
            .map(|dir| dir.join(name))
            .find(|candidate| candidate.is_file())
    })
}

/// Shows `text` with the notifier found by [`find_notifier`].
///
/// # Errors
/// The notifier could not be started or ended with an error: what it said.
pub fn notify(program: &Path, title: &str, text: &str) -> Result<(), String> {
    let mut command = std::process::Command::new(program);
    if program.file_name().is_some_and(|n| n == "osascript") {
        command.args([
            "-e",
            "on run argv",
            "-e",
            "display notification (item 2 of argv) with title (item 1 of argv)",
            "-e",
            "end run",
            title,
            text,
        ]);
    } else {
        command.args(["--app-name", title, title, text]);
    }
    let out = command
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| e.to_string())?;
    if out.status.success() {
        Ok(())
    } else {
        let said = String::from_utf8_lossy(&out.stderr).trim().to_owned();
        Err(if said.is_empty() {
            out.status.to_string()
        } else {
            said
        })
    }
}

/// `remind` as the command line runs it: the real notifier and this program.
///
/// # Errors
/// As [`run`].
pub fn run_command(
    store: &Store,
    catalog: &Catalog,
    settings: &Settings,
    now: DateTime<FixedOffset>,
    request: &Request,
    lang: Lang,
    data_dir: Option<&Path>,
) -> Result<Outcome, CommandError> {
    let program = find_notifier(std::env::var_os("PATH").as_deref());
    let show = program
        .as_deref()
        .map(|p| move |title: &str, text: &str| notify(p, title, text));
    let notifier = show
        .as_ref()
        .map(|f| f as &dyn Fn(&str, &str) -> Result<(), String>);
    run(
        store,
        catalog,
        settings,
        now,
        request,
        lang,
        data_dir,
        &setup::Program::this(),
        notifier,
    )
}
