//! `botsterk history [--weeks N] [--json | --csv]`: the weeks behind you, in words, as JSON,
//! or every set and every practice hold as CSV.
//!
//! Pure: the caller loads the history and passes `today`. The text and the JSON are built on
//! one [`review`] of the history; the CSV reads the sessions and the practice directly, one
//! row per set, balance hold or posture move.
//!
//! - **Practice** (balance and posture) stands beside the strength sessions: each week gives
//!   its practice days against the practice target, and never counts practice as a session,
//!   a day trained or part of the bone dose.
//!
//! - **Weeks in range**: the current ISO week and the `N - 1` weeks before it (default
//!   [`DEFAULT_WEEKS`]), newest first, never before the week of the first session or practice. A week
//!   without a session is listed with zeros. Sessions dated after the current week (a wrong
//!   clock) are left out; the text says how many.
//! - **CSV**: without `--weeks`, every set in the file (an export to move elsewhere); with
//!   `--weeks N`, only the sessions dated in those weeks.
//!
//! The JSON field names and the CSV header are a contract with scripts
//! (`docs/history-format.md`, "botsterk history").

use std::fmt::Display;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::catalog::{Catalog, Program};
use crate::cli::args::MAX_WEEKS;
use crate::coach::review::{Dose, ExerciseWeek, WeekReview, period, review};
use crate::coach::week::week_start;
use crate::history::{Effort, History, PracticeRecord, SessionRecord, SetRecord, Steadiness};
use crate::i18n::history_command::texts;
use crate::lang::Lang;
use crate::profile::Settings;
use crate::profile::WEEKLY_MINIMUM;
use crate::routines::{balance_item_id_parts, posture_item_id_parts};

mod csv_out;
mod export;
pub mod month;
pub use export::{CSV_HEADER, to_csv, write_csv};

/// `history --xlsx FILE`: the workbook of [`crate::workbook`] written to `file` (a temporary
/// file beside it, then renamed: never half a workbook), and where it went said.
///
/// # Errors
/// [`super::CommandError::Store`] when the history cannot be read,
/// [`super::CommandError::Write`] when the file cannot be written.
pub fn workbook(
    store: &crate::store::Store,
    catalog: &Catalog,
    file: &std::path::Path,
    weeks: Option<u32>,
    settings: &Settings,
    today: NaiveDate,
    lang: Lang,
) -> Result<String, super::CommandError> {
    let history = store.load_history()?;
    let practice_target = store
        .load_profile()
        .ok()
        .flatten()
        .map_or(crate::profile::DEFAULT_PRACTICE_DAYS, |p| {
            p.practice_target()
        });
    let w = lang.texts().workbook;
    let failed =
        |why: &dyn Display| super::CommandError::Write((w.not_written)(&file.display(), why));
    let bytes = crate::workbook::render(&crate::workbook::Request {
        catalog,
        history: &history,
        today,
        weeks,
        settings,
        practice_target,
        lang,
    })
    .map_err(|e| failed(&e))?;
    let path = crate::store::write_file(file, &bytes).map_err(|e| failed(&e))?;
    Ok((w.command_written)(&path.display()))
}

/// Weeks shown when `--weeks` is not given (text and JSON).
pub const DEFAULT_WEEKS: u32 = 8;

/// What to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Csv,
}

impl Format {
    /// From the `--json` and `--csv` flags (clap makes sure both are not given).
    #[must_use]
    pub fn from_flags(json: bool, csv: bool) -> Self {
        match (json, csv) {
            (true, _) => Self::Json,
            (false, true) => Self::Csv,
            (false, false) => Self::Text,
        }
    }
}

/// What `botsterk history` prints, without a final newline. `settings` hold the user's
/// weekly target; `practice_target` is the practice days a week aimed for; `weeks` is
/// `--weeks`.
#[allow(clippy::too_many_arguments)] // one per thing the output depends on
#[must_use]
pub fn render(
    catalog: &Catalog,
    history: &History,
    today: NaiveDate,
    weeks: Option<u32>,
    settings: &Settings,
    practice_target: u32,
    format: Format,
    lang: Lang,
) -> String {
    match format {
        Format::Text => to_text(
            catalog,
            history,
            today,
            weeks,
            settings,
            practice_target,
            lang,
        ),
        Format::Json => {
            let json = to_json(catalog, history, today, weeks, settings, practice_target);
            serde_json::to_string_pretty(&json).unwrap_or_default()
        }
        Format::Csv => {
            let mut csv = to_csv(history, today, weeks);
            // The caller prints a newline of its own.
            if csv.ends_with('\n') {
                csv.pop();
            }
            csv
        }
    }
}

// ---- JSON ----

/// The JSON form; its field names are a contract with scripts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HistoryJson {
    /// Weeks in a row, ending now, with at least `minimum` days trained (the current week
    /// counts once it has met the minimum).
    pub streak: u32,
    /// The weekly minimum (distinct days).
    pub minimum: u32,
    /// Newest first; see the module docs for the range.
    pub weeks: Vec<WeekJson>,
    /// Every answer to a pain check, oldest first: date, exercise, answer (`ok`,
    /// `not_yet`, `leave_out`) and the pain report it answered (`since`).
    pub pain_checks: Vec<crate::history::PainCheckAnswer>,
    /// Every pain reported in a session, oldest first: the day, the exercise and where it
    /// hurt (`pain_site`, when the user said).
    pub pain_reports: Vec<PainReportJson>,
    /// Every test result (issue 30), oldest first, as in the file; absent when none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tests: Vec<crate::history::TestRecord>,
    /// The falls diary, oldest first, as in the file; absent when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub falls: Vec<crate::history::FallRecord>,
}

/// One pain reported in a session.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PainReportJson {
    pub date: NaiveDate,
    pub exercise: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pain_site: Option<crate::history::PainSite>,
}

/// One ISO week.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeekJson {
    /// "2026-W48".
    pub week: String,
    /// The Monday.
    pub start: NaiveDate,
    /// The Sunday.
    pub end: NaiveDate,
    /// Sessions recorded, short ones left out.
    pub sessions: u32,
    /// Short sessions (fewer than half of their planned sets): in the dose, not in the
    /// week's count.
    pub short_sessions: u32,
    /// Distinct days trained: what the minimum and the target count.
    pub days: u32,
    pub target: u32,
    pub met_minimum: bool,
    pub met_target: bool,
    /// The program the week is measured against (that of its newest session, else the
    /// newest program trained): `asked` is its dose.
    pub program: Program,
    /// Per exercise id (known exercises with at least one set).
    pub exercises: BTreeMap<String, ExerciseWeek>,
    /// The bone dose done.
    pub dose: Dose,
    /// The bone dose the program asks for a week.
    pub asked: Dose,
    /// Distinct days with balance and posture practice (never counted in `sessions`,
    /// `days` or `dose`).
    pub practice_days: u32,
    /// The practice days a week the user aims for (0-7, `profile --practice-days`).
    pub practice_target: u32,
}

impl WeekJson {
    fn new(week: &WeekReview, practice_target: u32) -> Self {
        Self {
            week: week.label.clone(),
            start: week.start,
            end: week.end(),
            sessions: week.counted_sessions(),
            short_sessions: week.short_sessions,
            days: week.days,
            target: week.target,
            met_minimum: week.met_minimum(),
            met_target: week.met_target(),
            program: week.program,
            exercises: week.exercises.clone(),
            dose: week.dose,
            asked: week.asked,
            practice_days: week.practice_days,
            practice_target,
        }
    }
}

/// The weeks in range as JSON (`weeks`: `None` is [`DEFAULT_WEEKS`]).
#[must_use]
pub fn to_json(
    catalog: &Catalog,
    history: &History,
    today: NaiveDate,
    weeks: Option<u32>,
    settings: &Settings,
    practice_target: u32,
) -> HistoryJson {
    let review = review(catalog, history, today, settings);
    HistoryJson {
        streak: review.streak,
        minimum: WEEKLY_MINIMUM,
        weeks: review
            .in_period(today, weeks.unwrap_or(DEFAULT_WEEKS))
            .map(|week| WeekJson::new(week, practice_target))
            .collect(),
        pain_checks: history.pain_checks.clone(),
        pain_reports: history
            .sessions
            .iter()
            .flat_map(|s| {
                s.exercises
                    .iter()
                    .filter(|e| e.reports_pain())
                    .map(|e| PainReportJson {
                        date: s.date,
                        exercise: e.id.clone(),
                        pain_site: e.pain_site,
                    })
            })
            .collect(),
        tests: history.tests.clone(),
        falls: history.falls.clone(),
    }
}

/// The weeks in range as a table for a person at a shell (`weeks`: `None` is
/// [`DEFAULT_WEEKS`]). With any practice in the history, a last column gives each week's
/// practice days against `practice_target`.
#[must_use]
pub fn to_text(
    catalog: &Catalog,
    history: &History,
    today: NaiveDate,
    weeks: Option<u32>,
    settings: &Settings,
    practice_target: u32,
    lang: Lang,
) -> String {
    let t = texts(lang);
    let review = review(catalog, history, today, settings);
    let shown: Vec<&WeekReview> = review
        .in_period(today, weeks.unwrap_or(DEFAULT_WEEKS))
        .collect();
    let mut lines: Vec<String> = Vec::new();
    if shown.is_empty() {
        lines.push(t.no_history.to_owned());
    } else {
        lines.push(match review.streak {
            0 => t.streak_none.to_owned(),
            1 => t.streak_one.to_owned(),
            n => (t.streak_many)(&n),
        });
        lines.push(String::new());
        // Without practice the table is as it always was.
        let practice = !history.practice.is_empty();
        let p = lang.texts().practice;
        let mut header: Vec<String> = t.header.iter().map(|h| (*h).to_owned()).collect();
        if practice {
            header.push(p.history_column.to_owned());
        }
        let mut rows = vec![header];
        rows.extend(shown.iter().map(|week| {
            let mut cells = row(week, lang).to_vec();
            if practice {
                cells.push(format!("{}/{practice_target}", week.practice_days));
            }
            cells
        }));
        lines.extend(table(&rows));
        lines.push(String::new());
        lines.push(t.legend_days.to_owned());
        lines.push(t.legend_dose.to_owned());
        if practice {
            lines.push((p.history_legend)(practice_target));
        }
        // The span back to the oldest week, not the count of weeks listed: far from now
        // only weeks with a session are listed (see `review`).
        let this_week = week_start(today);
        let until_now = review
            .weeks
            .iter()
            .rev()
            .find(|w| w.start <= this_week)
            .map_or(0, |oldest| (this_week - oldest.start).num_weeks() + 1)
            .min(MAX_WEEKS);
        let listed_until_now = review.weeks.iter().filter(|w| w.start <= this_week).count();
        if listed_until_now > shown.len() {
            lines.push((t.earlier)(&until_now));
        }
    }
    let later = history
        .sessions
        .iter()
        .filter(|s| week_start(s.date) > week_start(today))
        .count();
    match later {
        0 => {}
        1 => lines.push(t.later_one.to_owned()),
        n => lines.push((t.later_many)(&n)),
    }
    lines.join("\n")
}

/// One table row: week, dates, sessions against the target, the minimum mark (met on two
/// different days), the dose.
fn row(week: &WeekReview, lang: Lang) -> [String; 7] {
    // Short sessions are in the dose, not in the week's count.
    let sessions = week.counted_sessions();
    let dots: String = (0..week.target.max(sessions).min(7))
        .map(|i| if i < sessions { '●' } else { '○' })
        .collect();
    let amount = |n: u32, unit: &str| {
        if n == 0 {
            "–".to_owned()
        } else {
            format!("{n}{unit}")
        }
    };
    [
        lang.texts().week_name(&week.label),
        format!("{} – {}", week.start, week.end()),
        format!("{sessions}/{} {dots}", week.target),
        if week.met_minimum() { "✔" } else { "" }.to_owned(),
        amount(week.dose.loaded_reps, ""),
        amount(week.dose.impact_steps, ""),
        amount(week.dose.hold_seconds, " s"),
    ]
}

/// Pads the columns: text left, the dose (the last three) and practice right.
fn table(rows: &[Vec<String>]) -> Vec<String> {
    let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut widths = vec![0; columns];
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    rows.iter()
        .map(|row| {
            let cells: Vec<String> = row
                .iter()
                .zip(widths.iter().copied())
                .enumerate()
                .map(|(i, (cell, width))| {
                    if i >= 4 {
                        format!("{cell:>width$}")
                    } else {
                        format!("{cell:<width$}")
                    }
                })
                .collect();
            cells.join("  ").trim_end().to_owned()
        })
        .collect()
}

// ---- CSV ----

#[cfg(test)]
mod tests;
