//! `botsterk status [--short [--ascii] | --json | --due]`: today in one line, for a shell
//! prompt, a status bar or a script. It only reads: no lock is taken and nothing is
//! written, so it can run at every prompt beside an open window.

use std::io::IsTerminal;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::CommandError;
use crate::catalog::{Catalog, Program};
use crate::coach::status::{OpenCheck, Status, Today};
use crate::i18n::Texts;
use crate::lang::Lang;
use crate::profile::Settings;
use crate::store::Store;

/// How the status is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Line,
    Short {
        ascii: bool,
    },
    Json,
    /// Only the exit code.
    Due,
}

/// The facts of today with the reminders' pause, as `status` and `remind` read them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Day {
    pub status: Status,
    /// Reminders paused up to and including this day.
    pub paused_until: Option<NaiveDate>,
}

impl Day {
    /// A session is due today, not done, and the reminders are not paused.
    #[must_use]
    pub fn due(&self) -> bool {
        self.status.due() && self.paused_until.is_none()
    }
}

/// Today's facts from the history and the profile on disk. A reminder state that cannot
/// be read counts as no pause here (a prompt must not fail for it); `remind` says so.
///
/// # Errors
/// The history or the profile cannot be read.
pub fn gather(
    store: &Store,
    catalog: &Catalog,
    settings: &Settings,
    today: NaiveDate,
) -> Result<Day, CommandError> {
    let history = store.load_history()?;
    let warm_up = store.load_profile()?.is_some_and(|p| p.warm_up);
    let plan = super::plan::compute(catalog, &history, settings, today);
    let practice = super::plan::practice(catalog, &history, settings, today);
    let status = crate::coach::status::status(&plan, &practice, settings, warm_up);
    let paused_until = store.load_reminder().ok().and_then(|r| r.paused_on(today));
    Ok(Day {
        status,
        paused_until,
    })
}

/// "Thursday 10 December" (the year only when it is not this year's).
fn day_name(t: &Texts, date: NaiveDate, today: NaiveDate) -> String {
    let weekday = t.weekdays[date.weekday().num_days_from_monday() as usize];
    format!("{weekday} {}", day_month(t, date, today))
}

use crate::i18n::month::{day_month, exercise_name};

fn open_checks(catalog: &Catalog, checks: &[OpenCheck], lang: Lang) -> String {
    checks
        .iter()
        .map(|c| exercise_name(catalog, &c.exercise, lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The day's line, its parts joined with " · ": an open pain check first, then the day,
/// the week's minimum when at risk, practice when due, and a pause.
#[must_use]
pub fn line(day: &Day, catalog: &Catalog, lang: Lang) -> String {
    let t = lang.texts();
    let s = t.status;
    let status = &day.status;
    let mut parts = Vec::new();
    if let Some(first) = status.pain_checks_open.iter().map(|c| c.since).min() {
        parts.push((s.pain_open)(
            &open_checks(catalog, &status.pain_checks_open, lang),
            &day_month(t, first, status.date),
        ));
    }
    let program = match status.program {
        Program::Beginner => s.program_beginner,
        Program::Advanced => s.program_advanced,
    };
    match status.today {
        Today::Train if status.exercises == 0 => parts.push(s.nothing_to_train.to_owned()),
        Today::Train => parts.push((s.train)(
            program,
            status.exercises,
            status.minutes,
            status.week_sessions,
            status.week_target,
        )),
        Today::Done => parts.push(s.done.to_owned()),
        Today::Rest | Today::Practice => {
            parts.push((s.rest)(&day_name(t, status.next_training, status.date)))
        }
    }
    if status.minimum_out_of_reach && status.today != Today::Done {
        parts.push((s.minimum_out_of_reach)(status.week_minimum));
    } else if status.minimum_at_risk.is_some() && status.today != Today::Done {
        parts.push((s.minimum_at_risk)(status.days_left, status.week_minimum));
    }
    if status.practice_due {
        parts.push((s.practice)(status.practice_days, status.practice_target));
    }
    if let Some(until) = day.paused_until {
        parts.push((s.paused)(&day_name(t, until, status.date)));
    }
    parts.join(" · ")
}

/// A few words for a prompt, at most 30 columns.
#[must_use]
pub fn short(day: &Day, lang: Lang, ascii: bool) -> String {
    let s = lang.texts().status;
    let status = &day.status;
    let word = if !status.pain_checks_open.is_empty() && status.today == Today::Train {
        s.short_pain
    } else {
        match status.today {
            Today::Train => s.short_train,
            Today::Done if ascii => "ok",
            Today::Done => s.short_done,
            Today::Rest => s.short_rest,
            Today::Practice => s.short_practice,
        }
    };
    if ascii {
        word.to_owned()
    } else {
        format!("🦴 {word}")
    }
}

/// `status --json`; its field names are a contract with scripts.
#[derive(Debug, Serialize)]
pub struct StatusJson {
    pub date: NaiveDate,
    /// train, rest, done or practice.
    pub today: Today,
    /// True when a session is due today, not done, and reminders are not paused (what
    /// `--due` answers).
    pub due: bool,
    pub next_training: NaiveDate,
    pub program: Program,
    pub exercises: usize,
    pub minutes: u32,
    pub week: WeekJson,
    /// The sessions this week's minimum still needs, when it is at risk.
    pub minimum_at_risk: Option<u32>,
    /// This week's minimum can no longer be reached (then `minimum_at_risk` says how many
    /// sessions it lacks).
    pub minimum_out_of_reach: bool,
    pub pain_checks_open: Vec<OpenCheck>,
    pub practice_due: bool,
    pub practice: PracticeJson,
    pub paused_until: Option<NaiveDate>,
    /// The line `status` prints.
    pub text: String,
}

#[derive(Debug, Serialize)]
pub struct WeekJson {
    pub sessions: u32,
    pub target: u32,
    pub minimum: u32,
    /// Days of the week still to come, today included.
    pub days_left: u32,
}

#[derive(Debug, Serialize)]
pub struct PracticeJson {
    pub days: u32,
    pub target: u32,
}

#[must_use]
pub fn to_json(day: &Day, catalog: &Catalog, lang: Lang) -> StatusJson {
    let s = &day.status;
    StatusJson {
        date: s.date,
        today: s.today,
        due: day.due(),
        next_training: s.next_training,
        program: s.program,
        exercises: s.exercises,
        minutes: s.minutes,
        week: WeekJson {
            sessions: s.week_sessions,
            target: s.week_target,
            minimum: s.week_minimum,
            days_left: s.days_left,
        },
        minimum_at_risk: s.minimum_at_risk,
        minimum_out_of_reach: s.minimum_out_of_reach,
        pain_checks_open: s.pain_checks_open.clone(),
        practice_due: s.practice_due,
        practice: PracticeJson {
            days: s.practice_days,
            target: s.practice_target,
        },
        paused_until: day.paused_until,
        text: line(day, catalog, lang),
    }
}

/// The line, bold up to its first " · " on a terminal that takes colour (not when piped,
/// not with `NO_COLOR`).
#[must_use]
pub fn styled(text: &str) -> String {
    let colour = std::io::stdout().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    if !colour {
        return text.to_owned();
    }
    match text.split_once(" · ") {
        Some((head, rest)) => format!("\x1b[1m{head}\x1b[0m · {rest}"),
        None => format!("\x1b[1m{text}\x1b[0m"),
    }
}

/// What `status` prints in `form`, and whether it ends with success: `--due` prints
/// nothing and succeeds only when a session is due.
#[must_use]
pub fn render(day: &Day, catalog: &Catalog, lang: Lang, form: Form) -> (String, bool) {
    match form {
        Form::Line => (styled(&line(day, catalog, lang)), true),
        Form::Short { ascii } => (short(day, lang, ascii), true),
        Form::Json => (
            serde_json::to_string_pretty(&to_json(day, catalog, lang)).unwrap_or_default(),
            true,
        ),
        Form::Due => (String::new(), day.due()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::build::d;

    fn day(today: Today) -> Day {
        Day {
            status: Status {
                date: d(2026, 12, 9),
                today,
                next_training: d(2026, 12, 10),
                program: Program::Beginner,
                exercises: 4,
                minutes: 20,
                week_sessions: 1,
                week_target: 3,
                week_minimum: 2,
                days_left: 5,
                minimum_at_risk: None,
                minimum_out_of_reach: false,
                pain_checks_open: vec![],
                practice_due: false,
                practice_days: 0,
                practice_target: 3,
            },
            paused_until: None,
        }
    }

    #[test]
    fn the_line_says_the_day_in_both_languages() {
        let catalog = Catalog::builtin();
        let train = day(Today::Train);
        assert_eq!(
            line(&train, &catalog, Lang::En),
            "Training day: beginner program, 4 exercises (about 20 min) · 1 of 3 this week"
        );
        assert_eq!(
            line(&train, &catalog, Lang::Nl),
            "Trainingsdag: beginnersprogramma, 4 oefeningen (ongeveer 20 min) · 1 van 3 deze week"
        );
        assert_eq!(
            line(&day(Today::Rest), &catalog, Lang::En),
            "Rest day · next training Thursday 10 December"
        );
        assert_eq!(
            line(&day(Today::Done), &catalog, Lang::En),
            "Trained today ✓ · rest tomorrow"
        );
        let mut hurt = day(Today::Train);
        hurt.status.pain_checks_open = vec![OpenCheck {
            exercise: "goblet-squat".into(),
            since: d(2026, 12, 4),
        }];
        hurt.status.minimum_at_risk = Some(2);
        hurt.status.days_left = 2;
        hurt.paused_until = Some(d(2027, 1, 4));
        assert_eq!(
            line(&hurt, &catalog, Lang::En),
            "Pain check open: goblet squats (since 4 December) · Training day: beginner \
             program, 4 exercises (about 20 min) · 1 of 3 this week · 2 days left to reach 2 \
             sessions this week · Reminders paused until Monday 4 January 2027"
        );
        assert!(!hurt.due());
    }

    #[test]
    fn a_minimum_out_of_reach_is_not_counted_in_days_left() {
        // Sunday, trained on Saturday: today is a rest day, and no day is left for the
        // second session; "1 day left to reach 2" would send the user to train today.
        let catalog = Catalog::builtin();
        let mut sunday = day(Today::Rest);
        sunday.status.date = d(2026, 12, 13);
        sunday.status.next_training = d(2026, 12, 14);
        sunday.status.days_left = 1;
        sunday.status.minimum_at_risk = Some(1);
        sunday.status.minimum_out_of_reach = true;
        assert_eq!(
            line(&sunday, &catalog, Lang::En),
            "Rest day · next training Monday 14 December · 2 sessions are out of reach this \
             week: carry on next week"
        );
        assert_eq!(
            line(&sunday, &catalog, Lang::Nl),
            "Rustdag · volgende training maandag 14 december · 2 trainingen zijn deze week \
             niet meer te halen: volgende week weer"
        );
        let json = to_json(&sunday, &catalog, Lang::En);
        assert!(json.minimum_out_of_reach);
        assert_eq!(json.minimum_at_risk, Some(1));
    }

    #[test]
    fn short_words_fit_a_prompt() {
        for lang in [Lang::En, Lang::Nl] {
            for today in [Today::Train, Today::Rest, Today::Done, Today::Practice] {
                for ascii in [false, true] {
                    let words = short(&day(today), lang, ascii);
                    assert!(words.chars().count() <= 30, "{words}");
                    assert_eq!(words.is_ascii(), ascii, "{words}");
                }
            }
        }
        assert_eq!(short(&day(Today::Train), Lang::En, false), "🦴 train");
        assert_eq!(short(&day(Today::Done), Lang::En, false), "🦴 ✓");
        assert_eq!(short(&day(Today::Rest), Lang::Nl, true), "rust");
    }
}
