//! Issue 24, design 7: any exercise done with all its sets makes the next day a rest day,
//! even in a short session; a short session with no whole exercise makes none.

use proptest::prelude::*;

use super::*;
use crate::history::build::{d, exercise, history, reps, session};

fn short(sets_each: &[usize]) -> crate::history::SessionRecord {
    let exercises = [
        "wall-push-up",
        "chair-squat",
        "heel-raise",
        "modified-plank",
    ]
    .iter()
    .zip(sets_each)
    .map(|(id, n)| exercise(id, None, reps(&vec![10; *n])))
    .collect();
    let mut s = session(d(2026, 11, 30), Program::Beginner, exercises);
    s.planned_sets = Some(8);
    s
}

fn status(h: &History) -> crate::coach::rest::DayStatus {
    day_plan(
        &Catalog::builtin(),
        h,
        &Settings::default(),
        Program::Beginner,
        d(2026, 12, 1),
    )
    .today
    .status
}

#[test]
fn a_short_session_with_one_whole_exercise_makes_a_rest_day() {
    use crate::coach::rest::DayStatus;
    // 2 of 8 sets: short. Both sets of wall push-ups: a whole exercise, so a rest day.
    let whole = history(vec![short(&[2])]);
    assert!(whole.sessions[0].is_short());
    assert_eq!(status(&whole), DayStatus::Rest);
    // One set of each of two exercises: short, and no whole exercise: a training day.
    let half = history(vec![short(&[1, 1])]);
    assert!(half.sessions[0].is_short());
    assert_eq!(status(&half), DayStatus::Train);
    // The week still counts neither.
    assert!(counted_dates(&whole).is_empty());
}

proptest! {
    /// For ANY session of the beginner program: the next day is a rest day exactly when
    /// the session was not short, or some exercise in it had all its sets.
    #[test]
    fn a_whole_exercise_or_a_whole_session_makes_the_next_day_a_rest_day(
        sets in proptest::collection::vec(0usize..4, 0..5),
    ) {
        let s = short(&sets);
        let rests = !s.is_short() || sets.iter().any(|n| *n >= 2);
        let h = history(vec![s]);
        let plan = day_plan(&Catalog::builtin(), &h, &Settings::default(), Program::Beginner, d(2026, 12, 1));
        prop_assert_eq!(!plan.may_train(), rests, "{:?}", sets);
    }
}
