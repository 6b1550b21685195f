use proptest::prelude::*;

use super::*;
use crate::catalog::Catalog;
use crate::coach::plan::{day_plan, next_program};
use crate::coach::practice::practice_plan;
use crate::history::build::{beginner, d, exercise, history, reps, session};
use crate::history::{Effort, History};

fn status_on(history: &History, today: NaiveDate) -> Status {
    let catalog = Catalog::builtin();
    let settings = Settings::default();
    let program = next_program(history, &settings, today);
    let plan = day_plan(&catalog, history, &settings, program, today);
    let practice = practice_plan(
        catalog.routines(),
        history,
        settings.bone_status,
        settings.practice_days,
        today,
    );
    status(&plan, &practice, &settings, false)
}

#[test]
fn a_training_day_names_the_session_and_the_week() {
    // Wednesday 9 December 2026, trained on Monday.
    let s = status_on(&history(vec![beginner(d(2026, 12, 7))]), d(2026, 12, 9));
    assert_eq!(s.today, Today::Train);
    assert!(s.due());
    assert_eq!(s.next_training, d(2026, 12, 9));
    assert_eq!((s.exercises, s.week_sessions, s.week_target), (4, 1, 3));
    assert_eq!(s.days_left, 5);
    assert!((10..=25).contains(&s.minutes), "{} min", s.minutes);
}

#[test]
fn the_day_after_a_session_rests_and_a_trained_day_is_done() {
    let h = history(vec![beginner(d(2026, 12, 8))]);
    let rest = status_on(&h, d(2026, 12, 9));
    // Practice is due on a rest day (none done this week).
    assert_eq!(rest.today, Today::Practice);
    assert!(!rest.due());
    assert_eq!(rest.next_training, d(2026, 12, 10));
    let done = status_on(&h, d(2026, 12, 8));
    assert_eq!(done.today, Today::Done);
    assert!(!done.due());
}

#[test]
fn an_open_pain_check_is_listed_and_still_due_on_a_training_day() {
    let mut hurt = exercise("wall-push-up", None, reps(&[3]));
    hurt.effort = Some(Effort::Pain);
    let h = history(vec![session(d(2026, 12, 4), Program::Beginner, vec![hurt])]);
    let s = status_on(&h, d(2026, 12, 9));
    assert_eq!(
        s.pain_checks_open,
        [OpenCheck {
            exercise: "wall-push-up".into(),
            since: d(2026, 12, 4)
        }]
    );
    assert!(s.due());
}

#[test]
fn late_in_the_week_the_minimum_at_risk_is_said() {
    // Friday with no session this week: two are needed, on Friday and Sunday.
    let s = status_on(&history(vec![beginner(d(2026, 12, 1))]), d(2026, 12, 11));
    assert_eq!(s.minimum_at_risk, Some(2));
    assert_eq!(s.days_left, 3);
}

#[test]
fn on_sunday_after_a_saturday_session_the_minimum_is_out_of_reach_not_at_risk() {
    // One session this week, on Saturday 12 December: Sunday is a rest day, so the second
    // cannot come this week.
    let s = status_on(&history(vec![beginner(d(2026, 12, 12))]), d(2026, 12, 13));
    assert_ne!(s.today, Today::Train);
    assert_eq!(s.minimum_at_risk, Some(1));
    assert!(s.minimum_out_of_reach);
    // Friday with none yet: at risk, still within reach.
    let s = status_on(&history(vec![beginner(d(2026, 12, 1))]), d(2026, 12, 11));
    assert!(!s.minimum_out_of_reach);
}

#[test]
fn minutes_round_up_to_five_and_count_the_warm_up() {
    let catalog = Catalog::builtin();
    let plan = crate::coach::plan::starting_plan(&catalog, Program::Beginner, 60);
    let without = minutes(&plan.exercises, 60, false);
    let with = minutes(&plan.exercises, 60, true);
    assert_eq!(without % 5, 0);
    assert!(with >= without && with <= without + 5);
    assert_eq!(minutes(&[], 60, true), 0);
}

proptest! {
    /// For any history of sessions before a day: a reminder speaks only on a training day
    /// with no session yet, never the day after a session, never a day already trained.
    #[test]
    fn due_only_on_a_training_day_not_yet_trained(
        offsets in proptest::collection::vec(0u64..40, 0..12),
        today_offset in 0u64..50,
    ) {
        let start = d(2026, 11, 1);
        let today = start + chrono::Days::new(today_offset);
        let sessions = offsets.iter().map(|&o| beginner(start + chrono::Days::new(o))).collect();
        let h = history(sessions);
        let s = status_on(&h, today);
        let trained = |day: NaiveDate| h.sessions.iter().any(|r| r.date == day);
        if s.due() {
            prop_assert!(!trained(today));
            prop_assert!(!trained(today.pred_opt().unwrap()));
        }
        if trained(today) {
            prop_assert_eq!(s.today, Today::Done);
        }
    }
}
