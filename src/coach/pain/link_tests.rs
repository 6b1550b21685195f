//! Issue 24, design 2: an answer closes the pain reports it was given for, not every report
//! up to a date.

use proptest::prelude::*;

use super::*;
use crate::history::Effort;
use crate::history::build::{beginner, d, history, session_at};

/// A beginner session on `date` at `hour` whose wall push-ups hurt.
fn pain_at(date: NaiveDate, hour: u32) -> crate::history::SessionRecord {
    let mut s = session_at(
        date,
        hour,
        crate::catalog::Program::Beginner,
        beginner(date).exercises,
    );
    s.exercises[0].effort = Some(Effort::Pain);
    s
}

fn ok(h: &mut History, today: NaiveDate) {
    let a = answer(h, "wall-push-up", PainAnswer::Ok, today).expect("an open check");
    h.pain_checks.push(a);
}

#[test]
fn pain_later_the_same_day_as_an_ok_opens_a_new_hold() {
    let mut h = history(vec![pain_at(d(2026, 11, 23), 9)]);
    ok(&mut h, d(2026, 11, 23));
    assert_eq!(hold(&h, "wall-push-up"), None);
    h.sessions.push(pain_at(d(2026, 11, 23), 18));
    let again = hold(&h, "wall-push-up").expect("a new hold");
    assert_eq!(again.since, d(2026, 11, 23));
}

#[test]
fn an_ok_to_a_pain_from_a_wrong_clock_hides_no_later_pain() {
    // A clock a month ahead dated the pain 2026-12-23; answered ok on 2026-11-24.
    let mut h = history(vec![pain_at(d(2026, 12, 23), 9)]);
    ok(&mut h, d(2026, 11, 24));
    assert_eq!(hold(&h, "wall-push-up"), None);
    // A real pain a week later: before that wrong date, still a new hold.
    h.sessions.push(pain_at(d(2026, 12, 1), 9));
    assert_eq!(
        hold(&h, "wall-push-up").map(|x| x.since),
        Some(d(2026, 12, 1))
    );
}

#[test]
fn an_answer_from_an_older_file_keeps_its_date_reading() {
    let mut h = history(vec![
        pain_at(d(2026, 11, 23), 9),
        pain_at(d(2026, 11, 23), 18),
    ]);
    h.pain_checks.push(PainCheckAnswer::new(
        d(2026, 11, 24),
        "wall-push-up".into(),
        PainAnswer::Ok,
        d(2026, 11, 23),
    ));
    assert_eq!(
        hold(&h, "wall-push-up"),
        None,
        "both reports of that day closed"
    );
    h.sessions.push(pain_at(d(2026, 11, 25), 9));
    assert!(hold(&h, "wall-push-up").is_some());
}

proptest! {
    /// For ANY pain reports (any day, any hour) answered `ok` as they come: after each
    /// answer nothing is on hold, and any report made after it, dated anywhere, opens a
    /// new hold from its day.
    #[test]
    fn an_ok_closes_only_the_reports_it_was_given_for(
        reports in proptest::collection::vec((0u64..60, 6u32..22), 1..6),
    ) {
        let mut h = History::default();
        for (day, hour) in reports {
            let date = d(2026, 10, 1) + chrono::Days::new(day);
            // Distinct moments: a session is one report.
            if h.sessions.iter().any(|s| s.date == date && s.started_at.hour() == hour) {
                continue;
            }
            h.sessions.push(pain_at(date, hour));
            let held = hold(&h, "wall-push-up");
            prop_assert_eq!(held.map(|x| x.since), Some(date));
            ok(&mut h, d(2026, 10, 1));
            prop_assert_eq!(hold(&h, "wall-push-up"), None);
        }
    }
}

use chrono::Timelike;
