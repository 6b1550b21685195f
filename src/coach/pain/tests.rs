use super::*;
use crate::catalog::Program;
use crate::history::Effort;
use crate::history::build::{beginner, d, exercise, history, reps, session};

/// A beginner session on `date` whose wall push-ups hurt.
fn pain_on(date: NaiveDate) -> crate::history::SessionRecord {
    let mut s = beginner(date);
    s.exercises[0].effort = Some(Effort::Pain);
    s
}

fn answered(date: NaiveDate, answer: PainAnswer, since: NaiveDate) -> PainCheckAnswer {
    PainCheckAnswer::new(date, "wall-push-up".into(), answer, since)
}

#[test]
fn pain_puts_the_exercise_on_hold_from_that_session() {
    let h = history(vec![beginner(d(2026, 11, 20)), pain_on(d(2026, 11, 23))]);
    let hold = hold(&h, "wall-push-up").expect("on hold");
    assert_eq!(hold.since, d(2026, 11, 23));
    assert_eq!(hold.not_yet_on, None);
    assert!(super::hold(&h, "chair-squat").is_none());
}

#[test]
fn later_sessions_rated_or_not_do_not_clear_the_hold() {
    let mut later = beginner(d(2026, 11, 25));
    later.exercises[0].effort = None;
    let mut advanced = session(
        d(2026, 11, 27),
        Program::Advanced,
        vec![exercise("goblet-squat", Some(8.0), reps(&[10, 10]))],
    );
    advanced.logged = true;
    let h = history(vec![
        pain_on(d(2026, 11, 23)),
        later,
        beginner(d(2026, 11, 26)),
        advanced,
    ]);
    assert_eq!(hold(&h, "wall-push-up").unwrap().since, d(2026, 11, 23));
}

#[test]
fn a_set_stopped_for_pain_is_a_pain_report_without_an_effort_answer() {
    let mut s = beginner(d(2026, 11, 23));
    s.exercises[1].effort = None;
    s.exercises[1].sets[0].stopped_for_pain = true;
    let h = history(vec![s]);
    assert_eq!(hold(&h, "chair-squat").unwrap().since, d(2026, 11, 23));
}

#[test]
fn pain_in_a_session_dated_after_today_is_never_ignored() {
    // The hold does not look at today at all: a wrong clock cannot hide it.
    let h = history(vec![beginner(d(2026, 11, 20)), pain_on(d(2027, 3, 1))]);
    assert_eq!(hold(&h, "wall-push-up").unwrap().since, d(2027, 3, 1));
    // And an answer given today about it closes it.
    let mut h = h;
    let ok = answer(&h, "wall-push-up", PainAnswer::Ok, d(2026, 11, 24)).unwrap();
    assert_eq!(ok.since, d(2027, 3, 1));
    h.pain_checks.push(ok);
    assert!(hold(&h, "wall-push-up").is_none());
}

#[test]
fn ok_closes_the_hold_and_starts_a_recovery() {
    let mut h = history(vec![pain_on(d(2026, 11, 23))]);
    let ok = answer(&h, "wall-push-up", PainAnswer::Ok, d(2026, 11, 30)).unwrap();
    h.pain_checks.push(ok);
    assert!(hold(&h, "wall-push-up").is_none());
    let r = recovery(&h, "wall-push-up").unwrap();
    assert_eq!(r.answered, d(2026, 11, 30));
    assert_eq!(r.pain_date, d(2026, 11, 23));
    assert!(!r.may_increase(d(2026, 12, 13)), "day 13 after the answer");
    assert!(r.may_increase(d(2026, 12, 14)), "day 14 after the answer");
}

#[test]
fn not_yet_keeps_the_hold_and_the_question_comes_back_on_the_next_training_day() {
    let mut h = history(vec![pain_on(d(2026, 11, 23))]);
    h.pain_checks.push(answered(
        d(2026, 11, 24),
        PainAnswer::NotYet,
        d(2026, 11, 23),
    ));
    let hold = hold(&h, "wall-push-up").unwrap();
    assert_eq!(hold.not_yet_on, Some(d(2026, 11, 24)));
    assert!(!hold.ask_today(d(2026, 11, 24), true), "not again that day");
    assert!(!hold.ask_today(d(2026, 11, 25), false), "nor on a rest day");
    assert!(hold.ask_today(d(2026, 11, 25), true));
    assert!(recovery(&h, "wall-push-up").is_none());
}

#[test]
fn leave_out_closes_the_hold_for_good() {
    let mut h = history(vec![pain_on(d(2026, 11, 23))]);
    h.pain_checks.push(answered(
        d(2026, 11, 24),
        PainAnswer::LeaveOut,
        d(2026, 11, 23),
    ));
    assert!(hold(&h, "wall-push-up").is_none());
    assert!(left_out_by_answer(&h, "wall-push-up"));
    // Brought back with `profile --include`, it comes back as after an ok.
    assert_eq!(
        recovery(&h, "wall-push-up").map(|r| r.pain_date),
        Some(d(2026, 11, 23))
    );
}

#[test]
fn new_pain_after_an_answer_opens_a_new_hold() {
    let mut h = history(vec![pain_on(d(2026, 11, 23))]);
    h.pain_checks
        .push(answered(d(2026, 11, 30), PainAnswer::Ok, d(2026, 11, 23)));
    h.sessions.push(pain_on(d(2026, 12, 5)));
    assert_eq!(hold(&h, "wall-push-up").unwrap().since, d(2026, 12, 5));
    // Even when logged afterwards with a date between the pain and the answer.
    let mut h2 = history(vec![pain_on(d(2026, 11, 23))]);
    h2.pain_checks
        .push(answered(d(2026, 11, 30), PainAnswer::Ok, d(2026, 11, 23)));
    h2.sessions.push(pain_on(d(2026, 11, 26)));
    assert_eq!(hold(&h2, "wall-push-up").unwrap().since, d(2026, 11, 26));
}

#[test]
fn an_exercise_without_an_open_check_cannot_be_answered() {
    let h = history(vec![beginner(d(2026, 11, 23))]);
    assert_eq!(
        answer(&h, "wall-push-up", PainAnswer::Ok, d(2026, 11, 24)),
        None
    );
}
