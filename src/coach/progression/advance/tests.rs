use chrono::NaiveDate;

use super::*;
use crate::coach::progression::test_support::*;
use crate::history::build::hold_set;

// ---- rule 7 ----

fn top_session(offset: i64, plank: u32) -> Vec<(NaiveDate, ExerciseRecord)> {
    vec![
        (
            day(offset),
            reps("wall-push-up", 15, &[15, 15], Effort::JustRight),
        ),
        (
            day(offset),
            reps("chair-squat", 15, &[15, 16], Effort::TooEasy),
        ),
        (
            day(offset),
            reps("heel-raise", 15, &[15, 15], Effort::JustRight),
        ),
        (
            day(offset),
            record(
                "modified-plank",
                plank,
                vec![hold_set(plank), hold_set(plank)],
                Some(Effort::JustRight),
                None,
            ),
        ),
    ]
}

fn advance(records: &[(NaiveDate, ExerciseRecord)], today: i64) -> Option<Prompt> {
    let exercises: Vec<Exercise> = [
        "wall-push-up",
        "chair-squat",
        "heel-raise",
        "modified-plank",
    ]
    .iter()
    .map(|id| exercise(id))
    .collect();
    let per: Vec<Vec<(NaiveDate, &ExerciseRecord)>> = exercises
        .iter()
        .map(|e| {
            records
                .iter()
                .filter(|(_, r)| r.id == e.id)
                .map(|(d, r)| (*d, r))
                .collect()
        })
        .collect();
    let input: Vec<(&Exercise, &[(NaiveDate, &ExerciseRecord)])> = exercises
        .iter()
        .zip(&per)
        .map(|(e, r)| (e, r.as_slice()))
        .collect();
    advance_program_prompt(&input, day(today))
}

#[test]
fn three_sessions_at_the_top_over_two_weeks_propose_the_advanced_program() {
    let records: Vec<_> = [0, 7, 14]
        .into_iter()
        .flat_map(|d| top_session(d, 30))
        .collect();
    assert_eq!(
        advance(&records, 15),
        Some(Prompt {
            exercise: "advanced".into(),
            kind: PromptKind::AdvanceProgram,
            from_kg: None,
            to_kg: None,
            reason: PromptReason::BeginnerTopReached,
            since: None,
        })
    );
}

#[test]
fn the_advanced_program_waits_for_enough_sessions_and_weeks() {
    let span13: Vec<_> = [0, 7, 13]
        .into_iter()
        .flat_map(|d| top_session(d, 30))
        .collect();
    assert_eq!(advance(&span13, 15), None);
    let two: Vec<_> = [0, 14]
        .into_iter()
        .flat_map(|d| top_session(d, 30))
        .collect();
    assert_eq!(advance(&two, 15), None);
    let short_plank: Vec<_> = [0, 7, 14]
        .into_iter()
        .flat_map(|d| top_session(d, 25))
        .collect();
    assert_eq!(advance(&short_plank, 15), None);
    assert_eq!(advance(&[], 15), None);
    assert_eq!(advance_program_prompt(&[], day(15)), None);
}

#[test]
fn the_run_at_the_top_must_be_current() {
    let mut records: Vec<_> = [0, 7, 14]
        .into_iter()
        .flat_map(|d| top_session(d, 30))
        .collect();
    records.push((
        day(16),
        reps("chair-squat", 15, &[15, 12], Effort::JustRight),
    ));
    assert_eq!(advance(&records, 17), None);
    // A skipped exercise does not break the run.
    let mut records: Vec<_> = [0, 7, 14]
        .into_iter()
        .flat_map(|d| top_session(d, 30))
        .collect();
    let mut skipped = reps("chair-squat", 15, &[], Effort::JustRight);
    skipped.skipped = true;
    records.push((day(16), skipped));
    assert!(advance(&records, 17).is_some());
    // At the top but too hard does not count.
    let mut records: Vec<_> = [0, 7, 14]
        .into_iter()
        .flat_map(|d| top_session(d, 30))
        .collect();
    records[8].1.effort = Some(Effort::TooHard);
    assert_eq!(advance(&records, 17), None);
}

#[test]
fn pain_in_the_last_fourteen_days_holds_the_advanced_program_back() {
    let mut records: Vec<_> = [0, 7, 14, 21]
        .into_iter()
        .flat_map(|d| top_session(d, 30))
        .collect();
    // Stopped with pain before finishing a set: no evidence about the top, but the
    // pain counts. Pain on day 8 holds back through day 21; day 22 is free.
    let pain = record("heel-raise", 15, vec![], Some(Effort::Pain), None);
    records.insert(0, (day(8), pain));
    assert_eq!(advance(&records, 21), None);
    assert!(advance(&records, 22).is_some());
    // A painful set also breaks the run at the top.
    records.push((day(23), reps("heel-raise", 15, &[15], Effort::Pain)));
    assert_eq!(advance(&records, 40), None);
}

#[test]
fn advance_over_a_whole_history() {
    let catalog = Catalog::builtin();
    let sessions: Vec<SessionRecord> = [0, 7, 14]
        .into_iter()
        .map(|d| {
            // Through JSON, so fields with defaults added to the format need no edit.
            let at = format!("{}T09:00:00+01:00", day(d));
            let exercises: Vec<ExerciseRecord> =
                top_session(d, 30).into_iter().map(|(_, r)| r).collect();
            serde_json::from_value(serde_json::json!({
                "date": day(d),
                "started_at": at,
                "ended_at": at,
                "program": "beginner",
                "exercises": exercises,
            }))
            .unwrap()
        })
        .rev()
        .collect();
    assert_eq!(exercise_records(&sessions, "heel-raise").len(), 3);
    assert_eq!(exercise_records(&sessions, "heel-raise")[0].0, day(0));
    assert!(advance_prompt_for_history(&catalog, &sessions, day(15)).is_some());
    assert!(advance_prompt_for_history(&catalog, &sessions[..2], day(15)).is_none());
}
