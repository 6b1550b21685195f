//! `botsterk log`: record a session done elsewhere (at the gym, on paper).

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime, TimeZone};

use super::CommandError;
use super::log_entry::parse_entry;
use crate::catalog::{Catalog, Program};
use crate::coach::plan::{Settings, exclusion};
use crate::coach::safety::ExcludeReason;
use crate::history::SessionRecord;
use crate::i18n::fill;
use crate::store::Store;

/// What was typed after `log`.
#[derive(Debug, Clone)]
pub struct Request {
    /// The day trained, as typed (`YYYY-MM-DD`).
    pub date: String,
    /// `--program`; else the program of the first entry.
    pub program: Option<Program>,
    /// `EXERCISE[@KG]:SETS[:EFFORT]`, as typed.
    pub entries: Vec<String>,
}

/// The first year a session may be logged in: nobody starts this program before 1950, and
/// a year like 26 (from "26-11-28") or -262143 is a typing mistake, not a date.
pub const FIRST_YEAR: i32 = 1950;

/// A day typed as `YYYY-MM-DD` with a four-digit year from [`FIRST_YEAR`] (a day after
/// today is refused next, with its own message).
fn parse_day(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    let shape = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    let date: NaiveDate = text.parse().ok().filter(|_| shape)?;
    (date.year() >= FIRST_YEAR).then_some(date)
}

/// Checks every entry, then appends one session dated `date`. Nothing is written unless
/// every part is valid.
///
/// # Errors
/// [`CommandError::Usage`] quoting the bad part; [`CommandError::Store`] when the history
/// cannot be read or written, or another botsterk holds it longer than
/// [`super::LOCK_WAIT`].
pub fn run(
    store: &Store,
    catalog: &Catalog,
    request: &Request,
    now: DateTime<FixedOffset>,
    settings: &Settings,
    lang: crate::i18n::Lang,
) -> Result<String, CommandError> {
    let Request {
        date,
        program,
        entries,
    } = request;
    let program = *program;
    let (today, offset) = (now.date_naive(), *now.offset());
    let t = super::texts::texts(lang);
    let date = parse_day(date).ok_or_else(|| {
        CommandError::Usage(fill(
            t.bad_date_text,
            &[("date", &date), ("first", &FIRST_YEAR), ("today", &today)],
        ))
    })?;
    if date > today {
        return Err(CommandError::Usage(fill(
            t.future_date,
            &[("date", &date), ("today", &today)],
        )));
    }
    let exercises = entries
        .iter()
        .map(|entry| parse_entry(entry, catalog, settings.units))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| CommandError::Usage(super::texts::entry_error(&e, lang)))?;
    // An exercise the profile leaves out is never recorded as done: the coach would then
    // count it, and the user may not have been meant to do it.
    for entry in &exercises {
        if let Some(exercise) = catalog.get(&entry.id)
            && let Some(reason) = exclusion(exercise, settings)
        {
            return Err(CommandError::Usage(refusal(exercise, reason, lang)));
        }
    }
    let program = program
        .or_else(|| {
            exercises
                .first()
                .and_then(|e| catalog.get(&e.id))
                .map(|e| e.program)
        })
        .unwrap_or(Program::Beginner);
    // A logged session has no clock times; noon keeps it on its calendar day in any zone.
    let noon = date.and_time(NaiveTime::from_hms_opt(12, 0, 0).unwrap_or_default());
    let at = offset
        .from_local_datetime(&noon)
        .single()
        .ok_or_else(|| CommandError::Usage(fill(t.bad_date, &[("date", &date)])))?;
    let count = exercises.len();
    let record = SessionRecord {
        date,
        started_at: at,
        ended_at: at,
        program,
        ended_early: false,
        logged: true,
        planned_sets: None,
        exercises,
        extra: Default::default(),
    };
    let ids: Vec<String> = record.exercises.iter().map(|e| e.id.clone()).collect();
    let _lock = store.lock(super::LOCK_WAIT)?;
    let history = store.append_session(record)?;
    let mut out = fill(
        t.logged,
        &[
            ("date", &date),
            ("program", &lang.texts().program(program)),
            ("count", &count),
            ("path", &store.history_path().display()),
        ],
    );
    // Logged, but still on hold: only the pain check's answer brings it back.
    let texts = lang.texts();
    for hold in crate::coach::pain::holds(&history, ids.iter().map(String::as_str)) {
        let name = catalog
            .get(&hold.exercise)
            .map_or(hold.exercise.as_str(), |e| e.text(lang).name.as_str());
        out += "\n";
        out += &fill(
            texts.pain.log_on_hold,
            &[("exercise", &name), ("date", &texts.date(hold.since))],
        );
    }
    Ok(out)
}

/// Why `log` refuses an exercise the profile leaves out, and the flag that changes it.
fn refusal(
    exercise: &crate::catalog::Exercise,
    reason: ExcludeReason,
    lang: crate::i18n::Lang,
) -> String {
    let t = lang.texts();
    let (why, flag) = match reason {
        ExcludeReason::LeftOut => (
            t.pain.log_why_left_out,
            format!("botsterk profile --include {}", exercise.id),
        ),
        ExcludeReason::ImpactWithOsteoporosis | ExcludeReason::PainReported => (
            t.pain.log_why_impact,
            "botsterk profile --cleared-for-impact yes".to_owned(),
        ),
    };
    fill(
        t.pain.log_refused,
        &[
            ("exercise", &exercise.text(lang).name),
            ("why", &why),
            ("flag", &flag),
        ],
    )
}
