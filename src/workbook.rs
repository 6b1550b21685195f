//! The history as an Excel workbook (`botsterk history --xlsx FILE`, `x` in the history
//! screens): a sheet of sets (one row per set), one of weeks, one of balance and posture
//! practice, one of test results and one of the falls diary. Numbers are numbers and dates are dates (shown in the reader's own date
//! format), so it opens right in Dutch and English Excel and in LibreOffice, where the
//! comma-separated `history --csv` (a contract with scripts, left as it is) does not.
//!
//! Pure: the history, the day and the language in, the file's bytes out; the caller
//! writes them. The headers and the words (effort, program, rating) are in the user's
//! language; ids stay as they are, one column beside the name.

use chrono::NaiveDate;
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use crate::catalog::Catalog;
use crate::coach::function_test::TestKind;
use crate::coach::review::{period, review};
use crate::history::{Effort, History, SessionRecord, SetRecord, Steadiness};
use crate::lang::Lang;
use crate::profile::Settings;
use crate::routines::{Routines, balance_item_id, posture_item_id};

/// What the workbook is made of.
pub struct Request<'a> {
    pub catalog: &'a Catalog,
    pub history: &'a History,
    pub today: NaiveDate,
    /// `--weeks`: only what is dated in those weeks, ending with this one; `None`: all.
    pub weeks: Option<u32>,
    /// The weekly target.
    pub settings: &'a Settings,
    /// Practice days a week aimed for.
    pub practice_target: u32,
    pub lang: Lang,
}

/// The file name `x` writes into the data folder: `botsterk-YYYY-MM-DD.xlsx`.
#[must_use]
pub fn file_name(today: NaiveDate) -> String {
    format!("botsterk-{}.xlsx", today.format("%Y-%m-%d"))
}

/// The workbook's bytes (an `.xlsx` file).
///
/// # Errors
/// Only if the workbook cannot be put together in memory, which does not happen with the
/// names and sizes used here.
pub fn render(r: &Request) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let styles = Styles {
        header: Format::new().set_bold(),
        // Excel's built-in short date: each reader sees it in their own locale's form.
        date: Format::new().set_num_format_index(14),
    };
    let in_range = |date: NaiveDate| {
        r.weeks
            .map(|n| period(r.today, n))
            .is_none_or(|(first, last)| (first..=last).contains(&date))
    };

    sets_sheet(book.add_worksheet(), r, &styles, &in_range)?;
    weeks_sheet(book.add_worksheet(), r, &styles)?;
    practice_sheet(book.add_worksheet(), r, &styles, &in_range)?;
    tests_sheet(book.add_worksheet(), r, &styles, &in_range)?;
    falls_sheet(book.add_worksheet(), r, &styles, &in_range)?;
    book.save_to_buffer()
}

/// The sheet of sets: one row a set, oldest first.
fn sets_sheet(
    sets: &mut Worksheet,
    r: &Request,
    styles: &Styles,
    in_range: &dyn Fn(NaiveDate) -> bool,
) -> Result<(), XlsxError> {
    let t = r.lang.texts();
    let w = t.workbook;
    sets.set_name(w.sheet_sets)?;
    header(sets, &w.sets_header, styles)?;
    let mut sessions: Vec<&SessionRecord> = r
        .history
        .sessions
        .iter()
        .filter(|s| in_range(s.date))
        .collect();
    sessions.sort_by_key(|s| (s.date, s.started_at));
    let mut row = 1;
    for session in sessions {
        for exercise in &session.exercises {
            let name = r
                .catalog
                .get(&exercise.id)
                .map_or(exercise.id.as_str(), |e| e.text(r.lang).name.as_str());
            for (i, set) in exercise.sets.iter().enumerate() {
                sets.write_date_with_format(row, 0, session.date, &styles.date)?;
                sets.write_string(row, 1, t.program(session.program))?;
                sets.write_string(row, 2, &exercise.id)?;
                sets.write_string(row, 3, name)?;
                sets.write_number(row, 4, count(i + 1))?;
                if let Some(reps) = set_reps(set) {
                    sets.write_number(row, 5, reps)?;
                }
                if let Some(seconds) = set.seconds {
                    sets.write_number(row, 6, seconds)?;
                }
                if let Some(kg) = exercise.weight_kg {
                    sets.write_number(row, 7, kg)?;
                }
                if let Some(effort) = exercise.effort {
                    sets.write_string(row, 8, effort_word(r.lang, effort))?;
                }
                row += 1;
            }
        }
    }
    finish(sets)?;
    Ok(())
}

/// The sheet of weeks: sessions, days, the aim and the bone dose, oldest first.
fn weeks_sheet(weeks: &mut Worksheet, r: &Request, styles: &Styles) -> Result<(), XlsxError> {
    let t = r.lang.texts();
    let w = t.workbook;
    weeks.set_name(w.sheet_weeks)?;
    header(weeks, &w.weeks_header, styles)?;
    let by_week = review(r.catalog, r.history, r.today, r.settings);
    // Without --weeks, every week since the first record.
    let first = r
        .history
        .sessions
        .iter()
        .map(|s| s.date)
        .chain(r.history.practice.iter().map(|p| p.date))
        .min()
        .unwrap_or(r.today);
    let since = u32::try_from((r.today - first).num_days().max(0) / 7).unwrap_or(u32::MAX);
    let shown = r.weeks.unwrap_or(since.saturating_add(2));
    // Oldest first, as a spreadsheet is read and charted.
    let mut listed: Vec<_> = by_week.in_period(r.today, shown).collect();
    listed.reverse();
    for (row, week) in (1..).zip(listed) {
        weeks.write_string(row, 0, &week.label)?;
        weeks.write_date_with_format(row, 1, week.start, &styles.date)?;
        weeks.write_date_with_format(row, 2, week.end(), &styles.date)?;
        weeks.write_number(row, 3, week.counted_sessions())?;
        weeks.write_number(row, 4, week.days)?;
        weeks.write_number(row, 5, week.target)?;
        weeks.write_number(row, 6, week.dose.loaded_reps)?;
        weeks.write_number(row, 7, week.dose.impact_steps)?;
        weeks.write_number(row, 8, week.dose.hold_seconds)?;
        weeks.write_number(row, 9, week.practice_days)?;
        weeks.write_number(row, 10, r.practice_target)?;
    }
    finish(weeks)?;
    Ok(())
}

/// The sheet of practice: one row a balance hold or posture move.
fn practice_sheet(
    practice: &mut Worksheet,
    r: &Request,
    styles: &Styles,
    in_range: &dyn Fn(NaiveDate) -> bool,
) -> Result<(), XlsxError> {
    let t = r.lang.texts();
    let w = t.workbook;
    practice.set_name(w.sheet_practice)?;
    header(practice, &w.practice_header, styles)?;
    let routines = Routines::builtin();
    let mut done: Vec<_> = r
        .history
        .practice
        .iter()
        .filter(|p| in_range(p.date))
        .collect();
    done.sort_by_key(|p| (p.date, p.started_at));
    let mut row = 1;
    for record in done {
        let mut per_stance: std::collections::BTreeMap<&str, u32> = Default::default();
        for hold in &record.balance {
            let n = per_stance.entry(hold.stance.as_str()).or_default();
            *n += 1;
            let stance = routines
                .stance(&hold.stance)
                .map_or(hold.stance.as_str(), |s| s.name(r.lang));
            let support = routines
                .support(&hold.support)
                .map_or(hold.support.as_str(), |s| s.name(r.lang));
            practice.write_date_with_format(row, 0, record.date, &styles.date)?;
            practice.write_string(row, 1, w.kind_balance)?;
            practice.write_string(row, 2, balance_item_id(&hold.stance, &hold.support))?;
            practice.write_string(row, 3, format!("{stance}, {support}"))?;
            practice.write_number(row, 4, *n)?;
            practice.write_number(row, 5, hold.seconds)?;
            practice.write_number(row, 6, hold.target_seconds)?;
            if let Some(rating) = hold.rating {
                practice.write_string(row, 8, rating_word(r.lang, rating))?;
            }
            if hold.stopped_for_pain {
                practice.write_string(row, 9, w.pain)?;
            }
            row += 1;
        }
        for posture in &record.posture {
            let name = routines
                .posture_move(&posture.id)
                .map_or(posture.id.as_str(), |m| m.text(r.lang).name.as_str());
            practice.write_date_with_format(row, 0, record.date, &styles.date)?;
            practice.write_string(row, 1, w.kind_posture)?;
            practice.write_string(row, 2, posture_item_id(&posture.id))?;
            practice.write_string(row, 3, name)?;
            practice.write_number(row, 4, 1)?;
            if let Some(seconds) = posture.hold_seconds {
                practice.write_number(row, 5, seconds)?;
            }
            practice.write_number(row, 7, posture.reps)?;
            if posture.stopped_for_pain {
                practice.write_string(row, 9, w.pain)?;
            }
            row += 1;
        }
    }
    finish(practice)?;
    Ok(())
}

/// The records dated within the workbook's weeks, oldest first (the same day in the
/// order written).
fn oldest_first<'h, T>(
    records: &'h [T],
    date: impl Fn(&T) -> NaiveDate,
    in_range: &dyn Fn(NaiveDate) -> bool,
) -> Vec<&'h T> {
    let mut kept: Vec<&T> = records.iter().filter(|r| in_range(date(r))).collect();
    kept.sort_by_key(|r| date(r));
    kept
}

/// The test day's results (issue 30), one row each, oldest first: the value as a number in
/// its unit, and what goes with it.
fn tests_sheet(
    sheet: &mut Worksheet,
    r: &Request,
    styles: &Styles,
    in_range: &dyn Fn(NaiveDate) -> bool,
) -> Result<(), XlsxError> {
    let w = r.lang.texts().workbook;
    let names = crate::i18n::function_test::texts(r.lang);
    sheet.set_name(w.sheet_tests)?;
    header(sheet, &w.tests_header, styles)?;
    for (row, test) in (1u32..).zip(oldest_first(&r.history.tests, |t| t.date, in_range)) {
        let name = TestKind::from_id(&test.kind).map_or(test.kind.as_str(), |k| names.name(k));
        sheet.write_date_with_format(row, 0, test.date, &styles.date)?;
        sheet.write_string(row, 1, &test.kind)?;
        sheet.write_string(row, 2, name)?;
        sheet.write_number(row, 3, test.value)?;
        sheet.write_string(row, 4, &test.unit)?;
        if let Some(stage) = &test.stage {
            sheet.write_string(row, 5, stage)?;
        }
        if test.used_arms == Some(true) {
            sheet.write_string(row, 6, w.yes)?;
        }
        if test.stopped_for_pain {
            sheet.write_string(row, 7, w.pain)?;
        }
        if let Some(note) = &test.note {
            sheet.write_string(row, 8, note)?;
        }
    }
    finish(sheet)
}

/// The falls diary (issue 30), one row a fall or near fall, oldest first, in words.
fn falls_sheet(
    sheet: &mut Worksheet,
    r: &Request,
    styles: &Styles,
    in_range: &dyn Fn(NaiveDate) -> bool,
) -> Result<(), XlsxError> {
    let w = r.lang.texts().workbook;
    let words = crate::i18n::falls::texts(r.lang);
    sheet.set_name(w.sheet_falls)?;
    header(sheet, &w.falls_header, styles)?;
    for (row, fall) in (1u32..).zip(oldest_first(&r.history.falls, |f| f.date, in_range)) {
        sheet.write_date_with_format(row, 0, fall.date, &styles.date)?;
        sheet.write_string(row, 1, words.kind(fall.kind))?;
        let said = [
            fall.part_of_day.map(|p| words.part_of_day(p)),
            fall.place.map(|p| words.place(p)),
            fall.what.map(|c| words.cause(c)),
            fall.injury.map(|i| words.injury(i)),
            fall.got_up_alone.map(|up| if up { w.yes } else { w.no }),
        ];
        for (col, word) in (2u16..).zip(said) {
            if let Some(word) = word {
                sheet.write_string(row, col, word)?;
            }
        }
        if let Some(minutes) = fall.minutes_on_floor {
            sheet.write_number(row, 7, minutes)?;
        }
        if let Some(note) = &fall.note {
            sheet.write_string(row, 8, note)?;
        }
        if let Some(day) = fall.all_right {
            sheet.write_date_with_format(row, 9, day, &styles.date)?;
        }
    }
    finish(sheet)
}

struct Styles {
    header: Format,
    date: Format,
}

fn header(sheet: &mut Worksheet, names: &[&str], styles: &Styles) -> Result<(), XlsxError> {
    for (col, name) in (0..).zip(names) {
        sheet.write_string_with_format(0, col, *name, &styles.header)?;
    }
    Ok(())
}

/// The header stays in sight while scrolling; each column as wide as what it holds.
fn finish(sheet: &mut Worksheet) -> Result<(), XlsxError> {
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofit();
    Ok(())
}

/// A small count as a spreadsheet number.
fn count(n: usize) -> f64 {
    u32::try_from(n).map_or(f64::from(u32::MAX), f64::from)
}

/// The reps of one set: stomps of both feet when a foot is recorded, else `reps` (as the
/// CSV counts them).
fn set_reps(set: &SetRecord) -> Option<u32> {
    match (set.left, set.right) {
        (None, None) => set.reps,
        (left, right) => Some(left.unwrap_or(0).saturating_add(right.unwrap_or(0))),
    }
}

fn effort_word(lang: Lang, effort: Effort) -> &'static str {
    let t = lang.texts();
    match effort {
        Effort::TooEasy => t.session.effort_too_easy,
        Effort::JustRight => t.session.effort_just_right_short,
        Effort::TooHard => t.session.effort_too_hard,
        Effort::Pain => t.session.effort_pain,
    }
}

fn rating_word(lang: Lang, rating: Steadiness) -> &'static str {
    let p = lang.texts().practice;
    match rating {
        Steadiness::Steady => p.rate_steady,
        Steadiness::Wobbly => p.rate_wobbly,
        Steadiness::HeldOn => p.rate_held_on,
    }
}
