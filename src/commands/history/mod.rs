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
use crate::coach::plan::Settings;
use crate::coach::rest::{WEEKLY_MINIMUM, week_start};
use crate::coach::review::{Dose, ExerciseWeek, WeekReview, period, review};
use crate::history::{Effort, History, PracticeRecord, SessionRecord, SetRecord, Steadiness};
use crate::i18n::Lang;
use crate::routines::{balance_item_id, posture_item_id};

/// Weeks shown when `--weeks` is not given (text and JSON).
pub const DEFAULT_WEEKS: u32 = 8;

/// The CSV header, exactly. The columns after `effort` came with practice (history v3):
/// `kind` is `strength` or `practice`; `stance`, `support`, `target_seconds` and `rating`
/// are filled for balance holds only.
pub const CSV_HEADER: [&str; 13] = [
    "date",
    "program",
    "exercise",
    "set",
    "reps",
    "seconds",
    "weight_kg",
    "effort",
    "kind",
    "stance",
    "support",
    "target_seconds",
    "rating",
];

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
    }
}

// ---- text ----

/// The texts of this command in one language.
struct Texts {
    no_history: &'static str,
    streak_none: &'static str,
    streak_one: &'static str,
    streak_many: fn(&dyn Display) -> String,
    header: [&'static str; 7],
    legend_days: &'static str,
    legend_dose: &'static str,
    earlier: fn(&dyn Display) -> String,
    later_one: &'static str,
    later_many: fn(&dyn Display) -> String,
}

const EN: Texts = Texts {
    no_history: "No history yet. Run `botsterk` to do your first session; it shows up here afterwards.",
    streak_none: "No streak yet: train on 2 days in one week to start one.",
    streak_one: "1 week with at least 2 sessions: keep the run going.",
    streak_many: |n| format!("{n} weeks in a row with at least 2 sessions."),
    header: [
        "week",
        "Monday – Sunday",
        "sessions",
        "min 2",
        "reps",
        "steps",
        "held",
    ],
    legend_days: "● a session   ✔ the minimum reached: at least 2 sessions, on different days",
    legend_dose: "Bone dose: reps with load, impact steps (stomping), seconds held (plank)",
    earlier: |weeks| format!("Earlier weeks: botsterk history --weeks {weeks}"),
    later_one: "1 session dated after this week is not shown (is the clock right?)",
    later_many: |n| {
        format!("{n} sessions dated after this week are not shown (is the clock right?)")
    },
};

const NL: Texts = Texts {
    no_history: "Nog geen logboek. Start `botsterk` voor je eerste training; daarna staat die hier.",
    streak_none: "Nog geen reeks: train in één week op 2 dagen om er een te beginnen.",
    streak_one: "1 week met minstens 2 trainingen: houd het vol.",
    streak_many: |n| format!("{n} weken op rij met minstens 2 trainingen."),
    header: [
        "week",
        "maandag – zondag",
        "trainingen",
        "min 2",
        "herh.",
        "stappen",
        "gehouden",
    ],
    legend_days: "● een training   ✔ het minimum gehaald: minstens 2 trainingen, op verschillende dagen",
    legend_dose: "Botbelasting: herhalingen met belasting, impactstappen (stampen), seconden gehouden (plank)",
    earlier: |weeks| format!("Eerdere weken: botsterk history --weeks {weeks}"),
    later_one: "1 training met een datum na deze week staat er niet bij (klopt de klok?)",
    later_many: |n| {
        format!("{n} trainingen met een datum na deze week staan er niet bij (klopt de klok?)")
    },
};

fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::En => &EN,
        Lang::Nl => &NL,
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

/// Every set, balance hold and posture move as CSV, one row each, header first, each row
/// ending in a newline, in the order done (by date and start; a session and a practice that
/// started together keep the session first). Without `weeks`, everything in the file; with
/// it, what is dated in those weeks.
///
/// Strength rows have `kind` `strength` and the practice columns empty. Practice rows have
/// `kind` `practice` and no program or weight: a balance hold has the item id
/// (`balance/<stance>/<support>`) as exercise, its number within that stance that day as
/// set, the seconds held, `pain` as effort when stopped for pain, and its stance, support,
/// target seconds and rating; a posture move has `posture/<id>` as exercise, set 1, its reps
/// and the seconds each rep is held.
///
/// # Panics
/// Never: the CSV is written to memory.
#[must_use]
pub fn to_csv(history: &History, today: NaiveDate, weeks: Option<u32>) -> String {
    let range = weeks.map(|n| period(today, n));
    let in_range =
        |date: NaiveDate| range.is_none_or(|(first, last)| (first..=last).contains(&date));
    let mut done: Vec<Done> = history
        .sessions
        .iter()
        .filter(|s| in_range(s.date))
        .map(Done::Strength)
        .chain(
            history
                .practice
                .iter()
                .filter(|p| in_range(p.date))
                .map(Done::Practice),
        )
        .collect();
    // Stable: records with the same date and start keep their order in the file.
    done.sort_by_key(|d| match d {
        Done::Strength(s) => (s.date, s.started_at),
        Done::Practice(p) => (p.date, p.started_at),
    });
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(CSV_HEADER)
        .expect("writing to memory cannot fail");
    for record in done {
        let rows = match record {
            Done::Strength(session) => strength_rows(session),
            Done::Practice(practice) => practice_rows(practice),
        };
        for row in rows {
            out.write_record(&row)
                .expect("writing to memory cannot fail");
        }
    }
    let bytes = out.into_inner().expect("writing to memory cannot fail");
    String::from_utf8(bytes).expect("every field is a Rust string")
}

/// A record of the history the CSV has rows for.
enum Done<'a> {
    Strength(&'a SessionRecord),
    Practice(&'a PracticeRecord),
}

/// One CSV row, in the order of [`CSV_HEADER`].
type CsvRow = [String; 13];

/// A session's rows: one per set.
fn strength_rows(session: &SessionRecord) -> Vec<CsvRow> {
    let mut rows = Vec::new();
    let date = session.date.to_string();
    for exercise in &session.exercises {
        let weight = exercise.weight_kg.map(|kg| kg.to_string());
        let effort = exercise.effort.map_or("", effort_name);
        for (i, set) in exercise.sets.iter().enumerate() {
            rows.push([
                date.clone(),
                session.program.as_str().to_owned(),
                exercise.id.clone(),
                (i + 1).to_string(),
                number(set_reps(set)),
                number(set.seconds),
                weight.clone().unwrap_or_default(),
                effort.to_owned(),
                "strength".to_owned(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ]);
        }
    }
    rows
}

/// A practice's rows: one per balance hold, then one per posture move.
fn practice_rows(practice: &PracticeRecord) -> Vec<CsvRow> {
    let mut rows = Vec::new();
    let date = practice.date.to_string();
    let pain = |stopped: bool| if stopped { "pain" } else { "" }.to_owned();
    // Holds numbered per stance, as the live practice counts them.
    let mut counts: BTreeMap<&str, u32> = BTreeMap::new();
    for hold in &practice.balance {
        let n = counts.entry(hold.stance.as_str()).or_default();
        *n += 1;
        rows.push([
            date.clone(),
            String::new(),
            balance_item_id(&hold.stance, &hold.support),
            n.to_string(),
            String::new(),
            hold.seconds.to_string(),
            String::new(),
            pain(hold.stopped_for_pain),
            "practice".to_owned(),
            hold.stance.clone(),
            hold.support.clone(),
            hold.target_seconds.to_string(),
            hold.rating.map_or("", Steadiness::as_str).to_owned(),
        ]);
    }
    for posture in &practice.posture {
        rows.push([
            date.clone(),
            String::new(),
            posture_item_id(&posture.id),
            "1".to_owned(),
            posture.reps.to_string(),
            number(posture.hold_seconds),
            String::new(),
            pain(posture.stopped_for_pain),
            "practice".to_owned(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ]);
    }
    rows
}

/// A count, or an empty cell.
fn number(n: Option<u32>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

/// The reps of one set: stomps of both feet when a foot is recorded, else `reps`.
fn set_reps(set: &SetRecord) -> Option<u32> {
    match (set.left, set.right) {
        (None, None) => set.reps,
        (left, right) => Some(left.unwrap_or(0).saturating_add(right.unwrap_or(0))),
    }
}

/// As in the history file.
fn effort_name(effort: Effort) -> &'static str {
    match effort {
        Effort::TooEasy => "too_easy",
        Effort::JustRight => "just_right",
        Effort::TooHard => "too_hard",
        Effort::Pain => "pain",
    }
}

#[cfg(test)]
mod tests;
