//! What today's session holds: the exercises of the program with their sets and targets.

use chrono::NaiveDate;
use serde::Serialize;

pub mod items;

use super::pain::{self, Hold};
use super::progression::{self, Note, Prompt, PromptKind, PromptReason};
use super::rest::{self, DayStatus};
use super::safety::{self, ExcludeReason};
use super::week::WeekProgress;
use crate::catalog::{Catalog, Program};
use crate::history::History;
use crate::profile::Settings;
use items::{ItemKind, PlannedExercise, SessionPlan};

/// Sets per exercise: two for beginners (a gentle start), three once advanced.
#[must_use]
pub fn default_sets(program: Program) -> u32 {
    match program {
        Program::Beginner => 2,
        Program::Advanced => 3,
    }
}

/// The program at its starting targets: the bottom of each range, which is where the coach
/// begins before any history says the user is ready for more.
#[must_use]
pub fn starting_plan(catalog: &Catalog, program: Program, rest_seconds: u32) -> SessionPlan {
    let exercises = catalog
        .program(program)
        .map(|e| PlannedExercise {
            id: e.id.clone(),
            measure: e.measure,
            sets: default_sets(program),
            target: e.target_min,
            rep_hold_seconds: e.rep_hold_seconds,
            weight_kg: None,
            caution: None,
            after_pain: false,
            why: Vec::new(),
            kind: ItemKind::Exercise,
        })
        .collect();
    SessionPlan {
        program,
        exercises,
        rest_seconds,
    }
}

/// Everything the coach says about one day: train or rest, the week, the session.
#[derive(Debug, Clone, PartialEq)]
pub struct DayPlan {
    pub today: rest::Today,
    pub week: WeekProgress,
    /// The session to do today, or next time on a rest day.
    pub session: SessionPlan,
    /// Questions for the user: heavier, lighter, pain check, advanced program.
    pub prompts: Vec<Prompt>,
    /// Exercises left out for this user, and why: those of the program left out for
    /// safety or by the user, and every exercise (of either program) on hold for pain.
    pub excluded: Vec<Excluded>,
    /// Exercises on hold for pain, their pain checks open (both programs).
    pub holds: Vec<Hold>,
    /// Short sessions this week up to today: they load bone but do not count.
    pub short_this_week: u32,
    /// What the plan says about an exercise: held back by the pace rules, made easier, too
    /// big a step to the next owned weight, back after a break.
    pub notes: Vec<(String, Note)>,
    /// Each number that changed since the exercise's last session, with its reason (issue
    /// 24, design 8): home shows the first few.
    pub changes: Vec<super::changes::Change>,
}

/// An exercise left out of the plan for safety.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Excluded {
    pub id: String,
    pub reason: ExcludeReason,
    /// Pain: the day of the first pain report not yet answered.
    pub since: Option<NaiveDate>,
}

/// Why `exercise` is left out for this user (apart from pain holds), if it is.
#[must_use]
pub fn exclusion(
    exercise: &crate::catalog::Exercise,
    settings: &Settings,
) -> Option<ExcludeReason> {
    safety::excluded(exercise, settings.bone_status, settings.cleared_for_impact).or_else(|| {
        settings
            .left_out
            .contains(&exercise.id)
            .then_some(ExcludeReason::LeftOut)
    })
}

impl DayPlan {
    /// True when a session may start today.
    #[must_use]
    pub fn may_train(&self) -> bool {
        self.today.status == DayStatus::Train
    }

    /// True when the session holds no exercise: every one of the program is left out
    /// (on hold for pain, left out by the user, or for the bone status).
    #[must_use]
    pub fn nothing_to_train(&self) -> bool {
        self.session.exercises.is_empty()
    }

    /// True when a session may start now: a training day with something to train.
    #[must_use]
    pub fn may_start(&self) -> bool {
        self.may_train() && !self.nothing_to_train()
    }
}

/// The program to plan: the one of the most recent session on or before `today` (a
/// session from a wrong clock decides nothing), else beginner.
#[must_use]
pub fn planned_program(history: &History, today: NaiveDate) -> Program {
    history
        .sessions
        .iter()
        .filter(|s| s.date <= today)
        .max_by_key(|s| (s.date, s.started_at))
        .map_or(Program::Beginner, |s| s.program)
}

/// The program of the next session: the profile's until a session says otherwise, and
/// again the profile's when `profile --program` chose it after the last session (on or
/// before today) started.
#[must_use]
pub fn next_program(history: &History, settings: &Settings, today: NaiveDate) -> Program {
    let last = history
        .sessions
        .iter()
        .filter(|s| s.date <= today)
        .map(|s| s.started_at)
        .max();
    match (last, settings.program_chosen_at) {
        (None, _) => settings.start_program,
        (Some(last), Some(chosen)) if chosen > last => settings.start_program,
        _ => planned_program(history, today),
    }
}

/// Weaker bones since `settings.bones_weaker_on` (issue 24, design 7): a weight above the
/// first-weight limit for the new status gets a lighter-weight question, once: until the
/// user answers it (or chooses any weight) on or after that day.
fn bones_weaker_prompt(
    exercise: &crate::catalog::Exercise,
    weight_kg: Option<f64>,
    prompts: &[Prompt],
    changes: &[crate::history::WeightChange],
    settings: &Settings,
    today: NaiveDate,
) -> Option<Prompt> {
    let day = settings.bones_weaker_on.filter(|d| *d <= today)?;
    let w = weight_kg?;
    let asked = prompts.iter().any(|p| {
        p.exercise == exercise.id
            && matches!(
                p.kind,
                PromptKind::IncreaseWeight | PromptKind::DecreaseWeight | PromptKind::ChooseWeight
            )
    });
    let answered = changes
        .iter()
        .any(|c| c.exercise == exercise.id && c.date >= day);
    if asked || answered || !safety::weaker_bones(settings.bone_status) {
        return None;
    }
    safety::first_weight_above_limit(exercise, settings.bone_status, w, settings.units)?;
    let to = safety::first_weight_kg(exercise, settings.bone_status, settings.dumbbells())
        .or_else(|| super::weights::next_down(w, settings.dumbbells()))
        .filter(|to| *to < w)?;
    Some(Prompt {
        exercise: exercise.id.clone(),
        kind: PromptKind::DecreaseWeight,
        from_kg: Some(w),
        to_kg: Some(to),
        reason: PromptReason::BonesWeaker,
        since: None,
    })
}

/// The dates of the sessions that count for the week: every session but the short ones
/// (see [`crate::history::SessionRecord::is_short`]).
#[must_use]
pub fn counted_dates(history: &History) -> Vec<NaiveDate> {
    history
        .sessions
        .iter()
        .filter(|s| !s.is_short())
        .map(|s| s.date)
        .collect()
}

/// The dates of the sessions that make the next day a rest day: every session but the
/// short ones, and a short one too when any exercise in it was done with all its sets
/// (issue 24, design 7): that exercise loaded its bones fully and needs its day of rest.
#[must_use]
pub fn rest_dates(history: &History) -> Vec<NaiveDate> {
    history
        .sessions
        .iter()
        .filter(|s| !s.is_short() || a_whole_exercise(s))
        .map(|s| s.date)
        .collect()
}

/// Whether some exercise of `session` was done with all the sets its program plans.
#[must_use]
pub fn a_whole_exercise(session: &crate::history::SessionRecord) -> bool {
    let sets = default_sets(session.program) as usize;
    session
        .exercises
        .iter()
        .any(|e| !e.skipped && e.sets.len() >= sets)
}

/// Left out by the user: listed whatever program is planned, like the pain holds.
fn left_out_by_user(catalog: &Catalog, settings: &Settings, excluded: &mut Vec<Excluded>) {
    for id in &settings.left_out {
        if catalog.get(id).is_some() && !excluded.iter().any(|x: &Excluded| x.id == *id) {
            excluded.push(Excluded {
                id: id.clone(),
                reason: ExcludeReason::LeftOut,
                since: None,
            });
        }
    }
}

/// Pain holds apply whatever program is planned: listed, and asked about, always.
fn pain_checks(holds: &[Hold], excluded: &mut Vec<Excluded>) -> Vec<Prompt> {
    let mut prompts = Vec::new();
    for hold in holds {
        if !excluded.iter().any(|e| e.id == hold.exercise) {
            excluded.push(Excluded {
                id: hold.exercise.clone(),
                reason: ExcludeReason::PainReported,
                since: Some(hold.since),
            });
        }
        prompts.push(Prompt {
            exercise: hold.exercise.clone(),
            kind: PromptKind::PainCheck,
            from_kg: None,
            to_kg: None,
            reason: PromptReason::PainReported,
            since: Some(hold.since),
        });
    }
    prompts
}

/// A weighted exercise with no weight yet: the question for the first one.
fn choose_weight(exercise: &crate::catalog::Exercise, settings: &Settings) -> Prompt {
    let weaker = safety::weaker_bones(settings.bone_status);
    let first = safety::first_weight_kg(exercise, settings.bone_status, settings.dumbbells());
    Prompt {
        exercise: exercise.id.clone(),
        kind: PromptKind::ChooseWeight,
        from_kg: None,
        to_kg: first,
        reason: if first.is_none() {
            PromptReason::FirstWeightTooHeavy
        } else if weaker {
            PromptReason::FirstTimeWeakerBones
        } else {
            PromptReason::FirstTime
        },
        since: None,
    }
}

/// The beginner at the top of the program: the advanced program proposed.
fn advance(
    catalog: &Catalog,
    sessions: &[crate::history::SessionRecord],
    settings: &Settings,
    today: NaiveDate,
) -> Option<Prompt> {
    let weaker = safety::weaker_bones(settings.bone_status);
    progression::advance_prompt_for_history(catalog, sessions, today).map(|mut p| {
        // With weaker bones the proposal names the cautions (issue 24, design 7).
        if weaker {
            p.reason = PromptReason::BeginnerTopReachedWeakerBones;
        }
        p
    })
}

/// Short sessions from `start` up to `today`: they load bone but do not count.
fn short_sessions(history: &History, start: NaiveDate, today: NaiveDate) -> u32 {
    let short = history
        .sessions
        .iter()
        .filter(|s| s.is_short() && (start..=today).contains(&s.date))
        .count();
    u32::try_from(short).unwrap_or(u32::MAX)
}

/// Train or rest today; a short session is still the last one done, even if it made no
/// rest day.
fn today_of(history: &History, today: NaiveDate) -> rest::Today {
    let mut day = rest::today(&rest_dates(history), today);
    day.last_session = history
        .sessions
        .iter()
        .map(|s| s.date)
        .filter(|d| *d <= today)
        .max();
    day
}

/// The coach's plan for `today` from the whole history.
#[must_use]
pub fn day_plan(
    catalog: &Catalog,
    history: &History,
    settings: &Settings,
    program: Program,
    today: NaiveDate,
) -> DayPlan {
    let dates = counted_dates(history);
    // Records dated after today (a wrong clock) are reported, never trusted: targets,
    // weights and questions come from the sessions and weight decisions on or before today.
    // (Pain in them still puts an exercise on hold: `pain::hold` reads every session.)
    let past = super::dated::up_to(history, today);
    let pains = pain::PainReports::new(history);
    // Practice items too: pain in balance or posture practice holds (issue 24, design 7).
    let holds = pains.holds(
        catalog
            .all()
            .iter()
            .map(|e| e.id.as_str())
            .chain(pain::practice::item_ids(catalog.routines())),
    );
    let held = |id: &str| holds.iter().find(|h| h.exercise == id);
    let mut session = starting_plan(catalog, program, settings.rest_seconds);
    let mut excluded = Vec::new();
    session.exercises.retain(|planned| {
        let reason = catalog
            .get(&planned.id)
            .and_then(|e| exclusion(e, settings));
        if let Some(reason) = reason {
            excluded.push(Excluded {
                id: planned.id.clone(),
                reason,
                since: None,
            });
        }
        reason.is_none() && held(&planned.id).is_none()
    });
    left_out_by_user(catalog, settings, &mut excluded);
    let mut prompts = pain_checks(&holds, &mut excluded);
    let mut notes = Vec::new();
    let after_fall = super::falls::no_harder_after_fall(history);
    let by_exercise = progression::records_by_exercise(&past.sessions);
    for planned in &mut session.exercises {
        let Some(exercise) = catalog.get(&planned.id) else {
            continue;
        };
        let records = by_exercise
            .get(planned.id.as_str())
            .map_or(&[][..], Vec::as_slice);
        let recovery = pains.recovery(&planned.id);
        let mut dose = super::dose::decide(
            exercise,
            records,
            &past.weight_changes,
            settings,
            today,
            recovery.as_ref(),
        );
        // After a fall with an injury or without getting up alone: nothing harder until
        // the user says they are all right (issue 30, `coach::falls`).
        let fall_capped = after_fall && super::falls::cap(&mut dose.next, records);
        planned.why = super::why::after_fall(
            super::why::reasons(
                exercise,
                records,
                &past.weight_changes,
                &dose,
                recovery.as_ref(),
                today,
            ),
            fall_capped,
        );
        let next = dose.next;
        planned.target = next.target;
        planned.weight_kg = next.weight_kg;
        notes.extend(next.note.map(|n| (planned.id.clone(), n)));
        planned.caution = safety::caution(exercise, settings.bone_status);
        planned.after_pain = recovery.as_ref().is_some_and(|r| !r.may_increase(today));
        // Pain checks come from the holds above, never twice.
        prompts.extend(next.prompt.filter(|p| p.kind != PromptKind::PainCheck));
        prompts.extend(bones_weaker_prompt(
            exercise,
            next.weight_kg,
            &prompts,
            &past.weight_changes,
            settings,
            today,
        ));
        if exercise.weighted && next.weight_kg.is_none() {
            prompts.push(choose_weight(exercise, settings));
        }
    }
    if program == Program::Beginner && holds.is_empty() && !after_fall {
        prompts.extend(advance(catalog, &past.sessions, settings, today));
    }
    let day = today_of(history, today);
    let week = super::week::week_progress(&dates, today, settings.weekly_target);
    let changes = super::changes::since_last_in(&session.exercises, &by_exercise);
    DayPlan {
        changes,
        today: day,
        short_this_week: short_sessions(history, week.start, today),
        week,
        session,
        prompts,
        excluded,
        holds,
        notes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coach::safety::Caution;
    use crate::profile::BoneStatus;

    #[test]
    fn beginner_plan_is_the_first_four_at_the_bottom_of_their_ranges() {
        let plan = starting_plan(&Catalog::builtin(), Program::Beginner, 60);
        let got: Vec<_> = plan
            .exercises
            .iter()
            .map(|e| (e.id.as_str(), e.sets, e.target))
            .collect();
        assert_eq!(
            got,
            [
                ("wall-push-up", 2, 10),
                ("chair-squat", 2, 10),
                ("heel-raise", 2, 15),
                ("modified-plank", 2, 20)
            ]
        );
        assert_eq!(plan.exercises[2].rep_hold_seconds, Some(2));
    }

    #[test]
    fn osteoporosis_without_clearance_leaves_stomping_out_and_cautions_the_loaded_lifts() {
        let catalog = Catalog::builtin();
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let plan_for = |bone_status, cleared_for_impact| {
            let settings = Settings {
                bone_status,
                cleared_for_impact,
                ..Settings::default()
            };
            day_plan(
                &catalog,
                &History::default(),
                &settings,
                Program::Advanced,
                today,
            )
        };
        let gated = plan_for(BoneStatus::Osteoporosis, false);
        let ids: Vec<_> = gated
            .session
            .exercises
            .iter()
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(ids, ["goblet-squat", "deadlift", "overhead-press"]);
        assert_eq!(
            gated.excluded,
            [Excluded {
                id: "stomp".into(),
                reason: ExcludeReason::ImpactWithOsteoporosis,
                since: None,
            }]
        );
        let cautioned: Vec<_> = gated
            .session
            .exercises
            .iter()
            .filter(|e| e.caution == Some(Caution::WeakerBones))
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(cautioned, ["deadlift", "overhead-press"]);
        let cleared = plan_for(BoneStatus::Osteoporosis, true);
        assert_eq!(cleared.session.exercises.len(), 4);
        assert!(cleared.excluded.is_empty());
        let none = plan_for(BoneStatus::None, false);
        assert!(none.excluded.is_empty());
        assert!(none.session.exercises.iter().all(|e| e.caution.is_none()));
        // Every status x clearance x program: only the stomp can go, only there.
        for status in [
            BoneStatus::None,
            BoneStatus::Osteopenia,
            BoneStatus::Osteoporosis,
            BoneStatus::Unknown,
        ] {
            for cleared in [false, true] {
                for program in [Program::Beginner, Program::Advanced] {
                    let settings = Settings {
                        bone_status: status,
                        cleared_for_impact: cleared,
                        ..Settings::default()
                    };
                    let plan = day_plan(&catalog, &History::default(), &settings, program, today);
                    let gone = program == Program::Advanced
                        && status == BoneStatus::Osteoporosis
                        && !cleared;
                    assert_eq!(
                        plan.excluded.len(),
                        usize::from(gone),
                        "{status:?} {cleared} {program:?}"
                    );
                    assert_eq!(plan.session.exercises.len() + plan.excluded.len(), 4);
                }
            }
        }
    }

    #[test]
    fn a_session_dated_after_today_does_not_shape_the_plan() {
        let catalog = Catalog::builtin();
        let mut history: History =
            serde_json::from_str(include_str!("../../../tests/fixtures/history-v1.json")).unwrap();
        // The fixture's 26 Nov session reported pain with goblet squats.
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap();
        let plan =
            |h: &History| day_plan(&catalog, h, &Settings::default(), Program::Advanced, today);
        let pain = |p: &DayPlan| p.prompts.iter().any(|q| q.kind == PromptKind::PainCheck);
        assert!(pain(&plan(&history)));
        let mut future = history.sessions[1].clone();
        future.date = NaiveDate::from_ymd_opt(2026, 12, 25).unwrap();
        future.started_at += chrono::TimeDelta::days(29);
        future.ended_at += chrono::TimeDelta::days(29);
        for exercise in &mut future.exercises {
            exercise.effort = Some(crate::history::Effort::JustRight);
        }
        history.sessions.push(future);
        let with_future = plan(&history);
        assert!(
            pain(&with_future),
            "a wrong clock must not hide a pain report"
        );
        assert_eq!(with_future.today.future_sessions.len(), 1);
    }

    #[test]
    fn advanced_plan_is_the_last_four() {
        let plan = starting_plan(&Catalog::builtin(), Program::Advanced, 60);
        let ids: Vec<_> = plan.exercises.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["goblet-squat", "deadlift", "overhead-press", "stomp"]);
        assert!(plan.exercises.iter().all(|e| e.sets == 3));
    }

    /// The one-pass index gives every exercise the records `exercise_records` gives it,
    /// in the same order (sessions out of order and twice on a day included).
    #[test]
    fn records_by_exercise_are_exercise_records_of_each_exercise() {
        let catalog = Catalog::builtin();
        let end = chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let mut history = crate::demo::demo_history(&catalog, end, 2);
        history.sessions.swap(3, 40);
        let again = history.sessions[7].clone();
        history.sessions.push(again);
        let by_id = progression::records_by_exercise(&history.sessions);
        for exercise in catalog.all() {
            let one = progression::exercise_records(&history.sessions, &exercise.id);
            let indexed = by_id.get(exercise.id.as_str()).cloned().unwrap_or_default();
            assert_eq!(indexed.len(), one.len());
            for (a, b) in indexed.iter().zip(&one) {
                assert!(a.0 == b.0 && std::ptr::eq(a.1, b.1), "{}", exercise.id);
            }
        }
    }
}

#[cfg(test)]
mod bones_tests;
#[cfg(test)]
mod rest_tests;
#[cfg(test)]
mod safety_tests;
