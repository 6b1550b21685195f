//! The safety rules of issue 12 as the whole plan applies them: named scenarios (each a
//! case a user met), then properties over any history and profile.

use chrono::{NaiveDate, TimeZone};
use proptest::prelude::*;

use super::*;
use crate::coach::safety::Caution;
use crate::history::build::{beginner, d, exercise, history, reps, session};
use crate::history::{Effort, PainAnswer, PainCheckAnswer, SessionRecord};
use crate::profile::BoneStatus;

fn today() -> NaiveDate {
    d(2026, 12, 2)
}

fn plan(h: &History, settings: &Settings, program: Program, on: NaiveDate) -> DayPlan {
    day_plan(&Catalog::builtin(), h, settings, program, on)
}

fn ids(p: &DayPlan) -> Vec<&str> {
    p.session.exercises.iter().map(|e| e.id.as_str()).collect()
}

fn planned<'a>(p: &'a DayPlan, id: &str) -> Option<&'a PlannedExercise> {
    p.session.exercises.iter().find(|e| e.id == id)
}

fn prompts(p: &DayPlan, kind: PromptKind) -> Vec<&str> {
    p.prompts
        .iter()
        .filter(|q| q.kind == kind)
        .map(|q| q.exercise.as_str())
        .collect()
}

/// An advanced session on `date`: goblet squats, deadlift and overhead press at the top of
/// their range with `kg`, stomping; `hurt` reports pain.
fn advanced(date: NaiveDate, kg: f64, hurt: Option<&str>) -> SessionRecord {
    let mut s = session(
        date,
        Program::Advanced,
        vec![
            exercise("goblet-squat", Some(kg), reps(&[12, 12, 12])),
            exercise("deadlift", Some(kg), reps(&[10, 10, 10])),
            exercise("overhead-press", Some(kg), reps(&[12, 12, 12])),
            exercise("stomp", None, vec![crate::history::build::stomps(20, 20)]),
        ],
    );
    for e in &mut s.exercises {
        e.target = match e.id.as_str() {
            "deadlift" => 10,
            "stomp" => 20,
            _ => 12,
        };
        if Some(e.id.as_str()) == hurt {
            e.effort = Some(Effort::Pain);
        }
    }
    s
}

fn answer(h: &mut History, id: &str, answer: PainAnswer, on: NaiveDate) {
    let a = pain::answer(h, id, answer, on).expect("an open pain check");
    h.pain_checks.push(a);
}

// ---- the scenarios of the issue ----

#[test]
fn one_later_session_rated_or_not_does_not_clear_the_pain_check() {
    for effort in [Some(Effort::JustRight), None] {
        let mut later = advanced(d(2026, 11, 30), 8.0, None);
        later.exercises[0].effort = effort;
        let h = history(vec![
            advanced(d(2026, 11, 28), 8.0, Some("goblet-squat")),
            later,
        ]);
        // Four days after the pain.
        let p = plan(&h, &Settings::default(), Program::Advanced, d(2026, 12, 2));
        assert!(!ids(&p).contains(&"goblet-squat"), "{effort:?}");
        assert_eq!(prompts(&p, PromptKind::PainCheck), ["goblet-squat"]);
        assert!(!prompts(&p, PromptKind::IncreaseWeight).contains(&"goblet-squat"));
        let held = p.excluded.iter().find(|x| x.id == "goblet-squat").unwrap();
        assert_eq!(
            (held.reason, held.since),
            (ExcludeReason::PainReported, Some(d(2026, 11, 28)))
        );
    }
}

#[test]
fn the_exercise_that_hurt_is_not_exercise_one_of_the_next_session() {
    let mut s = beginner(d(2026, 11, 30));
    s.exercises[0].effort = Some(Effort::Pain);
    let p = plan(
        &history(vec![s]),
        &Settings::default(),
        Program::Beginner,
        today(),
    );
    assert_eq!(ids(&p), ["chair-squat", "heel-raise", "modified-plank"]);
}

#[test]
fn pain_in_a_session_dated_after_today_is_not_dropped() {
    let h = history(vec![
        advanced(d(2026, 11, 28), 8.0, None),
        advanced(d(2027, 1, 15), 8.0, Some("deadlift")),
    ]);
    let p = plan(&h, &Settings::default(), Program::Advanced, today());
    assert!(!ids(&p).contains(&"deadlift"));
    assert_eq!(prompts(&p, PromptKind::PainCheck), ["deadlift"]);
    assert!(!prompts(&p, PromptKind::IncreaseWeight).contains(&"deadlift"));
    assert_eq!(p.today.future_sessions, [d(2027, 1, 15)]);
}

#[test]
fn switching_program_keeps_the_pain_check() {
    // Shoulder pain with the overhead press, then a beginner session two days later.
    let h = history(vec![
        advanced(d(2026, 11, 28), 4.0, Some("overhead-press")),
        beginner(d(2026, 11, 30)),
    ]);
    for program in [Program::Beginner, Program::Advanced] {
        let p = plan(&h, &Settings::default(), program, today());
        assert_eq!(
            prompts(&p, PromptKind::PainCheck),
            ["overhead-press"],
            "{program:?}"
        );
        assert!(p.excluded.iter().any(|x| x.id == "overhead-press"));
        assert!(!ids(&p).contains(&"overhead-press"));
        assert!(
            !prompts(&p, PromptKind::IncreaseWeight).contains(&"overhead-press"),
            "{program:?}"
        );
    }
}

#[test]
fn ok_brings_it_back_one_step_easier_and_no_harder_for_fourteen_days() {
    let mut h = history(vec![advanced(d(2026, 11, 20), 8.0, Some("goblet-squat"))]);
    answer(&mut h, "goblet-squat", PainAnswer::Ok, d(2026, 11, 25));
    let owned = Settings {
        owned_weights_kg: vec![4.0, 6.0, 8.0, 10.0],
        ..Settings::default()
    };
    let p = plan(&h, &owned, Program::Advanced, d(2026, 11, 25));
    let goblet = planned(&p, "goblet-squat").expect("back in the plan");
    assert_eq!((goblet.target, goblet.weight_kg), (10, Some(6.0)));
    assert!(p.prompts.iter().all(|q| q.exercise != "goblet-squat"));
    // Then it goes well, at the top every time: still no step up until day 14.
    let mut h2 = h.clone();
    for day in [25, 27, 29] {
        let mut s = advanced(d(2026, 11, day), 6.0, None);
        s.exercises[0].target = 12;
        h2.sessions.push(s);
    }
    let p = plan(&h2, &owned, Program::Advanced, d(2026, 12, 8));
    assert!(!prompts(&p, PromptKind::IncreaseWeight).contains(&"goblet-squat"));
    // Never above what was planned at the pain (12 reps at 8 kg) minus one step.
    let goblet = planned(&p, "goblet-squat").unwrap();
    assert_eq!((goblet.target, goblet.weight_kg), (11, Some(6.0)));
    let p = plan(&h2, &owned, Program::Advanced, d(2026, 12, 9));
    assert!(prompts(&p, PromptKind::IncreaseWeight).contains(&"goblet-squat"));
}

#[test]
fn the_plank_comes_back_ten_seconds_shorter_never_under_twenty() {
    for (held, back) in [(45, 35), (25, 20), (20, 20)] {
        let mut s = beginner(d(2026, 11, 20));
        s.exercises[3].target = held;
        s.exercises[3].sets = crate::history::build::held(&[held]);
        s.exercises[3].effort = Some(Effort::Pain);
        let mut h = history(vec![s]);
        answer(&mut h, "modified-plank", PainAnswer::Ok, d(2026, 11, 26));
        let p = plan(&h, &Settings::default(), Program::Beginner, d(2026, 11, 26));
        assert_eq!(
            planned(&p, "modified-plank").unwrap().target,
            back,
            "{held}"
        );
    }
}

#[test]
fn not_yet_keeps_it_out_and_leave_out_keeps_it_out_for_good() {
    let mut h = history(vec![advanced(d(2026, 11, 28), 8.0, Some("deadlift"))]);
    answer(&mut h, "deadlift", PainAnswer::NotYet, d(2026, 11, 30));
    let p = plan(&h, &Settings::default(), Program::Advanced, today());
    assert!(!ids(&p).contains(&"deadlift"));
    let hold = &p.holds[0];
    assert!(!hold.ask_today(d(2026, 11, 30), true));
    assert!(hold.ask_today(today(), p.may_train()));

    answer(&mut h, "deadlift", PainAnswer::LeaveOut, today());
    let left_out = Settings {
        left_out: vec!["deadlift".into()],
        ..Settings::default()
    };
    let p = plan(&h, &left_out, Program::Advanced, d(2026, 12, 20));
    assert!(!ids(&p).contains(&"deadlift"));
    assert!(p.holds.is_empty(), "answered: no more questions");
    let x = p.excluded.iter().find(|x| x.id == "deadlift").unwrap();
    assert_eq!(x.reason, ExcludeReason::LeftOut);
    // `profile --include` brings it back, one step easier than before the pain.
    let p = plan(&h, &Settings::default(), Program::Advanced, d(2026, 12, 20));
    let deadlift = planned(&p, "deadlift").expect("back");
    assert_eq!((deadlift.target, deadlift.weight_kg), (8, Some(7.0)));
}

#[test]
fn i_dont_know_gets_a_caution_on_impact_and_the_deadlift() {
    let unknown = Settings {
        bone_status: BoneStatus::Unknown,
        ..Settings::default()
    };
    let p = plan(&History::default(), &unknown, Program::Advanced, today());
    let cautioned: Vec<&str> = p
        .session
        .exercises
        .iter()
        .filter(|e| e.caution == Some(Caution::UnknownBones))
        .map(|e| e.id.as_str())
        .collect();
    assert_eq!(cautioned, ["deadlift", "stomp"]);
}

#[test]
fn weaker_bones_get_half_the_first_weight_and_are_told_why() {
    for status in [BoneStatus::Osteopenia, BoneStatus::Osteoporosis] {
        let settings = Settings {
            bone_status: status,
            ..Settings::default()
        };
        let p = plan(&History::default(), &settings, Program::Advanced, today());
        let first = p
            .prompts
            .iter()
            .find(|q| q.exercise == "goblet-squat" && q.kind == PromptKind::ChooseWeight)
            .unwrap();
        assert_eq!(first.to_kg, Some(2.0), "{status:?}");
        assert_eq!(first.reason, PromptReason::FirstTimeWeakerBones);
    }
    let p = plan(
        &History::default(),
        &Settings::default(),
        Program::Advanced,
        today(),
    );
    assert_eq!(p.prompts[0].to_kg, Some(4.0));
}

#[test]
fn profile_program_decides_the_next_session_until_a_session_after_it() {
    let h = history(vec![beginner(d(2026, 11, 28))]); // at 09:00
    let at = |day: u32, hour: u32| {
        chrono::FixedOffset::east_opt(3600)
            .unwrap()
            .from_local_datetime(&d(2026, 11, day).and_hms_opt(hour, 0, 0).unwrap())
            .unwrap()
    };
    let chosen = |when| Settings {
        start_program: Program::Advanced,
        program_chosen_at: Some(when),
        ..Settings::default()
    };
    assert_eq!(
        next_program(&h, &chosen(at(29, 10)), today()),
        Program::Advanced
    );
    // Chosen before the last session: the session decides.
    assert_eq!(
        next_program(&h, &chosen(at(27, 10)), today()),
        Program::Beginner
    );
    assert_eq!(
        next_program(&h, &Settings::default(), today()),
        Program::Beginner
    );
}

#[test]
fn a_session_dated_after_today_does_not_decide_the_program() {
    let h = history(vec![
        beginner(d(2026, 11, 28)),
        advanced(d(2027, 2, 1), 8.0, None),
    ]);
    assert_eq!(planned_program(&h, today()), Program::Beginner);
}

#[test]
fn a_short_session_makes_no_rest_day_and_does_not_count_for_the_week() {
    let mut short = beginner(d(2026, 12, 1));
    short.planned_sets = Some(8);
    short.exercises.truncate(1);
    short.exercises[0].sets.truncate(1);
    let p = plan(
        &history(vec![short]),
        &Settings::default(),
        Program::Beginner,
        today(),
    );
    assert!(p.may_train(), "no rest day after a short session");
    assert_eq!(p.week.sessions, 0);
    assert_eq!(p.short_this_week, 1);
    assert_eq!(p.today.last_session, Some(d(2026, 12, 1)));
    // Half the sets is not short.
    let mut half = beginner(d(2026, 12, 1));
    half.planned_sets = Some(8);
    half.exercises.truncate(2);
    let p = plan(
        &history(vec![half]),
        &Settings::default(),
        Program::Beginner,
        today(),
    );
    assert!(!p.may_train());
}

#[test]
fn the_asked_dose_leaves_out_what_the_profile_leaves_out() {
    use super::super::review::asked_dose;
    let uncleared = Settings {
        bone_status: BoneStatus::Osteoporosis,
        ..Settings::default()
    };
    let catalog = Catalog::builtin();
    assert_eq!(
        asked_dose(&catalog, Program::Advanced, &uncleared).impact_steps,
        0
    );
    assert!(asked_dose(&catalog, Program::Advanced, &Settings::default()).impact_steps > 0);
}

// ---- properties over any history and profile ----

fn any_effort() -> impl Strategy<Value = Option<Effort>> {
    prop_oneof![
        Just(None),
        Just(Some(Effort::TooEasy)),
        Just(Some(Effort::JustRight)),
        Just(Some(Effort::TooHard)),
        Just(Some(Effort::Pain)),
    ]
}

const IDS: [&str; 8] = [
    "wall-push-up",
    "chair-squat",
    "heel-raise",
    "modified-plank",
    "goblet-squat",
    "deadlift",
    "overhead-press",
    "stomp",
];

/// A record of any exercise: sets of any size, any effort, maybe a set stopped for pain.
fn any_record() -> impl Strategy<Value = crate::history::ExerciseRecord> {
    (
        0..IDS.len(),
        prop::collection::vec(0u32..70, 0..4),
        any_effort(),
        proptest::option::of(prop_oneof![Just(2.0), Just(4.0), Just(8.0), Just(12.0)]),
        any::<bool>(),
        8u32..65,
    )
        .prop_map(|(i, done, effort, kg, stopped, target)| {
            let mut sets = reps(&done);
            for s in &mut sets {
                s.seconds = s.reps;
            }
            if stopped && let Some(last) = sets.last_mut() {
                last.stopped_for_pain = true;
            }
            crate::history::ExerciseRecord {
                id: IDS[i].into(),
                weight_kg: kg.filter(|_| (4..7).contains(&i)),
                target,
                sets,
                effort,
                skipped: false,
                pain_site: None,
                ..Default::default()
            }
        })
}

/// Sessions over ~90 days around today, some dated after it (a wrong clock).
fn any_history() -> impl Strategy<Value = History> {
    let any_session = (
        -80i64..20,
        any::<bool>(),
        prop::collection::vec(any_record(), 0..5),
    )
        .prop_map(|(offset, advanced, exercises)| {
            let program = if advanced {
                Program::Advanced
            } else {
                Program::Beginner
            };
            session(today() + chrono::Duration::days(offset), program, exercises)
        });
    let any_answer =
        (0..IDS.len(), 0u8..3, -80i64..20, -80i64..20).prop_map(|(i, kind, answered, since)| {
            PainCheckAnswer::new(
                today() + chrono::Duration::days(answered),
                IDS[i].into(),
                [PainAnswer::Ok, PainAnswer::NotYet, PainAnswer::LeaveOut][usize::from(kind)],
                today() + chrono::Duration::days(since),
            )
        });
    (
        prop::collection::vec(any_session, 0..12),
        prop::collection::vec(any_answer, 0..4),
    )
        .prop_map(|(sessions, pain_checks)| History {
            sessions,
            pain_checks,
            ..History::default()
        })
}

fn any_settings() -> impl Strategy<Value = Settings> {
    (
        prop_oneof![
            Just(BoneStatus::None),
            Just(BoneStatus::Osteopenia),
            Just(BoneStatus::Osteoporosis),
            Just(BoneStatus::Unknown),
        ],
        any::<bool>(),
        prop::collection::vec(0..IDS.len(), 0..3),
    )
        .prop_map(|(bone_status, cleared_for_impact, left_out)| Settings {
            bone_status,
            cleared_for_impact,
            left_out: left_out.into_iter().map(|i| IDS[i].to_owned()).collect(),
            ..Settings::default()
        })
}

/// Said independently of `coach::pain`: pain reported on some day for `id` that no `ok` or
/// `leave-out` answer covers (an answer covers pain reported on or before its `since`).
fn unanswered_pain(h: &History, id: &str) -> bool {
    h.sessions.iter().any(|s| {
        s.exercises.iter().any(|e| {
            e.id == id
                && (e.effort == Some(Effort::Pain) || e.sets.iter().any(|x| x.stopped_for_pain))
        }) && !h
            .pain_checks
            .iter()
            .any(|a| a.exercise == id && a.answer != PainAnswer::NotYet && a.since >= s.date)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn pain_not_answered_ok_is_never_planned_nor_raised(
        h in any_history(),
        settings in any_settings(),
        advanced in any::<bool>(),
    ) {
        let program = if advanced { Program::Advanced } else { Program::Beginner };
        let p = plan(&h, &settings, program, today());
        for id in IDS {
            if unanswered_pain(&h, id) {
                prop_assert!(planned(&p, id).is_none(), "{id} planned");
                prop_assert!(p.excluded.iter().any(|x| x.id == id), "{id} not listed");
                prop_assert!(
                    p.prompts.iter().any(|q| q.exercise == id && q.kind == PromptKind::PainCheck),
                    "{id}: no pain check"
                );
                prop_assert!(
                    !p.prompts.iter().any(|q| q.exercise == id && q.kind == PromptKind::IncreaseWeight),
                    "{id}: raised"
                );
            }
        }
    }

    #[test]
    fn an_excluded_exercise_is_never_planned_nor_asked_for(
        h in any_history(),
        settings in any_settings(),
        advanced in any::<bool>(),
    ) {
        let program = if advanced { Program::Advanced } else { Program::Beginner };
        let catalog = Catalog::builtin();
        let p = plan(&h, &settings, program, today());
        let asked = super::super::review::asked_dose(&catalog, program, &settings);
        for exercise in catalog.all() {
            let out = settings.left_out.contains(&exercise.id)
                || (exercise.id == "stomp"
                    && settings.bone_status == BoneStatus::Osteoporosis
                    && !settings.cleared_for_impact);
            if out {
                prop_assert!(planned(&p, &exercise.id).is_none(), "{} planned", exercise.id);
                if exercise.id == "stomp" {
                    prop_assert_eq!(asked.impact_steps, 0);
                }
            }
        }
    }

    #[test]
    fn nothing_gets_harder_within_fourteen_days_of_an_ok(
        h in any_history(),
        days_after in 0i64..14,
    ) {
        // Every exercise with an open hold is answered ok, `days_after` days ago.
        let mut h = h;
        let answered = today() - chrono::Duration::days(days_after);
        for id in IDS {
            if let Some(a) = pain::answer(&h, id, PainAnswer::Ok, answered) {
                h.pain_checks.push(a);
            }
        }
        for program in [Program::Beginner, Program::Advanced] {
            let p = plan(&h, &Settings::default(), program, today());
            for id in IDS {
                let Some(r) = pain::recovery(&h, id) else { continue };
                if r.may_increase(today()) {
                    continue;
                }
                prop_assert!(
                    !p.prompts.iter().any(|q| q.exercise == id && q.kind == PromptKind::IncreaseWeight),
                    "{id}: raised within 14 days of ok"
                );
                // Not above what the pain session asked (its target, its weight).
                let pain_record = h
                    .sessions
                    .iter()
                    .filter(|s| s.date == r.pain_date)
                    .flat_map(|s| &s.exercises)
                    .find(|e| e.id == id && e.reports_pain());
                if let (Some(now), Some(before)) = (planned(&p, id), pain_record) {
                    let ex = Catalog::builtin().get(id).unwrap().clone();
                    let cap = before.target.clamp(ex.target_min, ex.target_max.max(ex.target_min));
                    let after_answer = h.sessions.iter().any(|s| {
                        s.date > r.pain_date && s.date >= r.answered && s.date <= today()
                            && s.exercises.iter().any(|e| e.id == id && !e.sets.is_empty())
                    });
                    if !after_answer {
                        prop_assert!(now.target <= cap, "{id}: {} > {cap}", now.target);
                        if let (Some(w), Some(b)) = (now.weight_kg, before.weight_kg) {
                            prop_assert!(w < b + 1e-9, "{id}: {w} kg after {b} kg");
                        }
                    }
                }
            }
        }
    }
}

// ---- records dated after today (issue 24, "One decision per number") ----

/// Weight decisions for the weighted exercises on any day around today.
fn any_decisions() -> impl Strategy<Value = Vec<crate::history::WeightChange>> {
    prop::collection::vec(
        (
            4..7usize,
            -80i64..30,
            proptest::option::of(prop_oneof![Just(2.0), Just(4.0), Just(8.0)]),
            prop_oneof![Just(1.0), Just(4.0), Just(6.0), Just(10.0), Just(40.0)],
        )
            .prop_map(|(i, day, from_kg, to_kg)| {
                crate::history::WeightChange::new(
                    today() + chrono::Duration::days(day),
                    IDS[i].into(),
                    from_kg,
                    to_kg,
                )
            }),
        0..6,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any history, any weight decisions, with some of both dated after today (a clock that
    /// was ahead): today's plan is the plan of what happened up to today, plus the pain
    /// reported in later sessions (pain is never ignored).
    #[test]
    fn records_dated_after_today_decide_nothing(
        h in any_history(),
        decisions in any_decisions(),
        settings in any_settings(),
        owned in prop_oneof![Just(vec![]), Just(vec![2.0, 4.0, 6.0, 8.0]), Just(vec![6.0, 10.0])],
        advanced in any::<bool>(),
    ) {
        let program = if advanced { Program::Advanced } else { Program::Beginner };
        let settings = Settings { owned_weights_kg: owned, ..settings };
        let mut h = h;
        h.weight_changes = decisions;
        // Said by hand: only what is dated up to today, and the later sessions with pain.
        let mut seen = h.clone();
        seen.weight_changes.retain(|c| c.date <= today());
        seen.sessions.retain(|s| {
            s.date <= today() || s.exercises.iter().any(crate::history::ExerciseRecord::reports_pain)
        });
        let (all, past) = (plan(&h, &settings, program, today()), plan(&seen, &settings, program, today()));
        prop_assert_eq!(&all.session, &past.session);
        prop_assert_eq!(&all.prompts, &past.prompts);
        prop_assert_eq!(&all.notes, &past.notes);
        prop_assert_eq!(&all.excluded, &past.excluded);
        prop_assert_eq!(&all.holds, &past.holds);
    }
}

#[test]
fn a_weight_chosen_on_a_later_date_does_not_set_todays_weight() {
    let mut h = history(vec![advanced(d(2026, 11, 28), 4.0, None)]);
    h.weight_changes.push(crate::history::WeightChange::new(
        d(2026, 12, 20),
        "goblet-squat".into(),
        Some(4.0),
        12.0,
    ));
    let p = plan(&h, &Settings::default(), Program::Advanced, today());
    assert_eq!(planned(&p, "goblet-squat").unwrap().weight_kg, Some(4.0));
}

// ---- the bounds, last (issue 24) ----

#[test]
fn weaker_bones_with_only_heavier_weights_get_no_light_start_of_six_kg() {
    let settings = Settings {
        bone_status: BoneStatus::Osteoporosis,
        owned_weights_kg: vec![6.0, 10.0],
        ..Settings::default()
    };
    let p = plan(&History::default(), &settings, Program::Advanced, today());
    let press = p
        .prompts
        .iter()
        .find(|q| q.exercise == "overhead-press" && q.kind == PromptKind::ChooseWeight)
        .unwrap();
    assert_eq!(press.to_kg, None);
    assert_eq!(press.reason, PromptReason::FirstWeightTooHeavy);
    assert_eq!(planned(&p, "overhead-press").unwrap().weight_kg, None);
    let (question, _) =
        crate::lang::Lang::En
            .texts()
            .prompt(press, "Overhead press", crate::units::Units::Kg);
    assert!(!question.contains("6 kg"), "{question}");
}

#[test]
fn pain_and_a_long_break_give_no_more_than_the_break_alone() {
    // Goblet squats at 8 kg hurt; the pain check is answered ok 40 days later.
    let hurt = history(vec![advanced(d(2026, 10, 1), 8.0, Some("goblet-squat"))]);
    let mut answered = hurt.clone();
    answer(
        &mut answered,
        "goblet-squat",
        PainAnswer::Ok,
        d(2026, 11, 10),
    );
    let fine = history(vec![advanced(d(2026, 10, 1), 8.0, None)]);
    let s = Settings::default();
    let after_pain = plan(&answered, &s, Program::Advanced, d(2026, 11, 10));
    let no_pain = plan(&fine, &s, Program::Advanced, d(2026, 11, 10));
    let (a, b) = (
        planned(&after_pain, "goblet-squat").unwrap(),
        planned(&no_pain, "goblet-squat").unwrap(),
    );
    assert_eq!((b.target, b.weight_kg), (10, Some(6.0)));
    assert!(
        a.target <= b.target && a.weight_kg.unwrap() <= b.weight_kg.unwrap(),
        "{a:?}"
    );
    // The plank: 60 s with pain, 40 days away: 20 s, as without the pain.
    let mut s60 = beginner(d(2026, 10, 1));
    s60.exercises[3].target = 60;
    s60.exercises[3].sets = crate::history::build::held(&[60, 60]);
    s60.exercises[3].effort = Some(Effort::Pain);
    let mut h = history(vec![s60]);
    answer(&mut h, "modified-plank", PainAnswer::Ok, d(2026, 11, 10));
    let p = plan(&h, &s, Program::Beginner, d(2026, 11, 10));
    assert_eq!(planned(&p, "modified-plank").unwrap().target, 20);
}

#[test]
fn a_lighter_weight_chosen_during_the_hold_is_kept_after_ok() {
    let mut h = history(vec![advanced(d(2026, 11, 20), 8.0, Some("goblet-squat"))]);
    h.weight_changes.push(crate::history::WeightChange::new(
        d(2026, 11, 22),
        "goblet-squat".into(),
        Some(8.0),
        2.0,
    ));
    answer(&mut h, "goblet-squat", PainAnswer::Ok, d(2026, 11, 25));
    let p = plan(&h, &Settings::default(), Program::Advanced, d(2026, 11, 25));
    assert_eq!(planned(&p, "goblet-squat").unwrap().weight_kg, Some(2.0));
}

#[test]
fn an_exercise_eased_below_its_range_does_not_come_back_harder_after_ok() {
    // Chair squats eased to 6 reps, the plank to 15 s; then pain at that level.
    let mut s = beginner(d(2026, 11, 20));
    s.exercises[1].target = 6;
    s.exercises[1].sets = reps(&[6, 6]);
    s.exercises[1].effort = Some(Effort::Pain);
    s.exercises[3].target = 15;
    s.exercises[3].sets = crate::history::build::held(&[15, 15]);
    s.exercises[3].effort = Some(Effort::Pain);
    let mut h = history(vec![s]);
    answer(&mut h, "chair-squat", PainAnswer::Ok, d(2026, 11, 25));
    answer(&mut h, "modified-plank", PainAnswer::Ok, d(2026, 11, 25));
    // The day of the answer, and on each of the 14 calm days after it.
    for days in [0, 5, 13] {
        let on = d(2026, 11, 25) + chrono::Days::new(days);
        let p = plan(&h, &Settings::default(), Program::Beginner, on);
        assert_eq!(planned(&p, "chair-squat").unwrap().target, 5, "{on}");
        assert_eq!(planned(&p, "modified-plank").unwrap().target, 15, "{on}");
    }
}

#[test]
fn a_heavier_weight_chosen_after_ok_waits_for_the_calm_days() {
    let mut h = history(vec![advanced(d(2026, 11, 20), 8.0, Some("goblet-squat"))]);
    answer(&mut h, "goblet-squat", PainAnswer::Ok, d(2026, 11, 22));
    for day in [24, 28] {
        h.sessions.push(advanced(d(2026, 11, day), 7.0, None));
    }
    h.sessions.push(advanced(d(2026, 12, 2), 7.0, None));
    h.weight_changes.push(crate::history::WeightChange::new(
        d(2026, 12, 3),
        "goblet-squat".into(),
        Some(7.0),
        12.0,
    ));
    let p = plan(&h, &Settings::default(), Program::Advanced, d(2026, 12, 3));
    assert_eq!(planned(&p, "goblet-squat").unwrap().weight_kg, Some(7.0));
    // Fourteen days after the answer the user's own choice stands.
    let p = plan(&h, &Settings::default(), Program::Advanced, d(2026, 12, 6));
    assert_eq!(planned(&p, "goblet-squat").unwrap().weight_kg, Some(12.0));
}

#[test]
fn a_weight_not_owned_is_never_planned() {
    // `log goblet-squat@40kg`, a typo for 4: 40 kg is not owned.
    let h = history(vec![advanced(d(2026, 11, 28), 40.0, None)]);
    let owned = Settings {
        owned_weights_kg: vec![2.0, 4.0, 6.0],
        ..Settings::default()
    };
    let p = plan(&h, &owned, Program::Advanced, today());
    assert_eq!(planned(&p, "goblet-squat").unwrap().weight_kg, Some(6.0));
    let only_heavy = Settings {
        owned_weights_kg: vec![50.0],
        ..Settings::default()
    };
    let p = plan(&h, &only_heavy, Program::Advanced, today());
    assert_eq!(planned(&p, "goblet-squat").unwrap().weight_kg, None);
}

fn any_units() -> impl Strategy<Value = crate::units::Units> {
    prop_oneof![Just(crate::units::Units::Kg), Just(crate::units::Units::Lb)]
}

fn any_owned() -> impl Strategy<Value = Vec<f64>> {
    prop_oneof![
        Just(vec![]),
        Just(vec![2.0, 4.0, 6.0, 8.0]),
        Just(vec![6.0, 10.0]),
        Just(vec![1.0, 3.0, 12.0]),
        prop::collection::vec(0.5f64..30.0, 1..5),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any history, any weight decisions (also heavier ones after the answer), any owned
    /// weights and units: for 14 days after a pain check answered ok, nothing is above what
    /// was planned at the pain, and what was within the range comes back at least a step
    /// lower (the weight a step down when a lighter one is possible).
    #[test]
    fn after_ok_nothing_is_above_the_pain_minus_one_step_for_fourteen_days(
        h in any_history(),
        decisions in any_decisions(),
        owned in any_owned(),
        units in any_units(),
        bone_status in prop_oneof![Just(BoneStatus::None), Just(BoneStatus::Osteoporosis)],
        days_after in 0i64..14,
    ) {
        let mut h = h;
        h.weight_changes = decisions;
        let answered = today() - chrono::Duration::days(days_after);
        for id in IDS {
            if let Some(a) = pain::answer(&h, id, PainAnswer::Ok, answered) {
                h.pain_checks.push(a);
            }
        }
        let settings = Settings { owned_weights_kg: owned.clone(), units, bone_status, ..Settings::default() };
        for program in [Program::Beginner, Program::Advanced] {
            let p = plan(&h, &settings, program, today());
            for id in IDS {
                let Some(r) = pain::recovery(&h, id) else { continue };
                if r.may_increase(today()) {
                    continue;
                }
                let Some(now) = planned(&p, id) else { continue };
                let ex = Catalog::builtin().get(id).unwrap().clone();
                if let Some(at_pain) = r.pain_target {
                    let at_pain = at_pain.min(ex.target_max.max(ex.target_min));
                    prop_assert!(now.target <= at_pain, "{id}: {} > {at_pain}", now.target);
                    if at_pain > ex.target_min {
                        prop_assert!(now.target < at_pain, "{id}: {} not below {at_pain}", now.target);
                    }
                }
                if let (Some(w), Some(b)) = (now.weight_kg, r.pain_weight_kg) {
                    prop_assert!(w <= b + 1e-9, "{id}: {w} kg after {b} kg");
                    let lighter_owned = owned.iter().any(|o| *o >= 0.5 && *o < b - 1e-6);
                    if lighter_owned || (owned.is_empty() && b >= 2.5) {
                        prop_assert!(w < b - 1e-6, "{id}: {w} kg, not a step below {b} kg");
                    }
                }
                prop_assert!(
                    !p.prompts.iter().any(|q| q.exercise == id && q.kind == PromptKind::IncreaseWeight),
                    "{id}: raised within 14 days of ok"
                );
            }
        }
    }

    /// Any history, decisions, owned weights and units: with a list of owned weights, every
    /// weight planned or proposed is one of them; no first weight is suggested above the
    /// first-weight limit for the bone status.
    #[test]
    fn never_a_weight_not_owned_nor_a_first_weight_above_the_limit(
        h in any_history(),
        decisions in any_decisions(),
        settings in any_settings(),
        owned in any_owned(),
        units in any_units(),
        advanced in any::<bool>(),
    ) {
        let program = if advanced { Program::Advanced } else { Program::Beginner };
        let mut h = h;
        h.weight_changes = decisions;
        let settings = Settings { owned_weights_kg: owned.clone(), units, ..settings };
        let p = plan(&h, &settings, program, today());
        let is_owned = |w: f64| owned.iter().any(|o| (o - w).abs() < 1e-6);
        for e in &p.session.exercises {
            if let Some(w) = e.weight_kg {
                prop_assert!(owned.is_empty() || is_owned(w), "{}: {w} kg not owned", e.id);
            }
        }
        for q in &p.prompts {
            if let Some(to) = q.to_kg {
                prop_assert!(owned.is_empty() || is_owned(to), "{}: {to} kg not owned", q.exercise);
            }
            if q.kind == PromptKind::ChooseWeight {
                let catalog = Catalog::builtin();
                let ex = catalog.get(&q.exercise).unwrap();
                let usual = safety::usual_first_weight_kg(ex, settings.bone_status).unwrap();
                if let Some(to) = q.to_kg {
                    prop_assert!(
                        to <= usual + crate::units::max_raise_kg(usual, units) + 1e-9,
                        "{}: first {to} kg, usual {usual} kg", q.exercise
                    );
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Issue 30: after a fall with an injury (or not getting up alone) that the user has not
    /// said they are all right after, for any history, no exercise is planned above the
    /// target or weight of its last session up to today, and nothing asks to go heavier or
    /// to the advanced program.
    #[test]
    fn after_a_fall_nothing_is_planned_harder_than_last_time(
        h in any_history(),
        settings in any_settings(),
        advanced in any::<bool>(),
    ) {
        let program = if advanced { Program::Advanced } else { Program::Beginner };
        let mut h = h;
        h.falls.push(crate::history::FallRecord {
            date: today(),
            kind: crate::history::FallKind::Fall,
            part_of_day: None,
            place: None,
            what: None,
            injury: Some(crate::history::Injury::Pain),
            got_up_alone: Some(true),
            minutes_on_floor: None,
            note: None,
            all_right: None,
..Default::default()
        });
        let p = plan(&h, &settings, program, today());
        let mut without_fall = h.clone();
        without_fall.falls.clear();
        let free = plan(&without_fall, &settings, program, today());
        for e in &p.session.exercises {
            // A number the fall held says so, first (issue 30: every number says why).
            if let Some(f) = free.session.exercises.iter().find(|f| f.id == e.id) {
                let heavier = match (f.weight_kg, e.weight_kg) {
                    (Some(a), Some(b)) => a > b + 1e-9,
                    _ => false,
                };
                if f.target > e.target || heavier {
                    prop_assert_eq!(e.why.first(), Some(&crate::coach::why::Why::HeldAfterFall));
                }
            }
            let mut past: Vec<&SessionRecord> =
                h.sessions.iter().filter(|s| s.date <= today()).collect();
            past.sort_by_key(|s| (s.date, s.started_at));
            // The last time it was done: the last session with it, its last entry.
            let last = past
                .iter()
                .rev()
                .find_map(|s| s.exercises.iter().rev().find(|x| x.id == e.id));
            if let Some(last) = last {
                prop_assert!(e.target <= last.target, "{}: {} > {}", e.id, e.target, last.target);
                if let (Some(now), Some(before)) = (e.weight_kg, last.weight_kg) {
                    prop_assert!(now <= before, "{}: {now} kg > {before} kg", e.id);
                }
            }
        }
        prop_assert!(!p.prompts.iter().any(|q| matches!(
            q.kind,
            PromptKind::IncreaseWeight | PromptKind::AdvanceProgram
        )));
    }
}

/// The changes as they were found before the plan shared its records (issue 28): every
/// session on or before today scanned for each exercise, the newest with sets by (date,
/// started at), the later one in the file on a tie.
fn changes_by_scan(
    planned: &[crate::coach::plan::items::PlannedExercise],
    h: &History,
    today: NaiveDate,
) -> Vec<(String, u32, Option<f64>)> {
    planned
        .iter()
        .filter_map(|p| {
            h.sessions
                .iter()
                .filter(|s| s.date <= today)
                .flat_map(|s| {
                    s.exercises
                        .iter()
                        .filter(|e| e.id == p.id && !e.sets.is_empty())
                        .map(move |e| ((s.date, s.started_at), e))
                })
                .max_by_key(|(at, _)| *at)
                .map(|(_, e)| (p.id.clone(), e.target, e.weight_kg))
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// For ANY history (sessions after today, several on a day, pain, any weights): the
    /// changes the plan lists compare each number with the same last session as a scan of
    /// every session would.
    #[test]
    fn changes_compare_with_the_newest_session_with_sets(
        h in any_history(),
        settings in any_settings(),
        advanced in any::<bool>(),
    ) {
        let program = if advanced { Program::Advanced } else { Program::Beginner };
        let p = plan(&h, &settings, program, today());
        let last = changes_by_scan(&p.session.exercises, &h, today());
        for change in &p.changes {
            let (_, target, kg) = last.iter().find(|(id, ..)| *id == change.exercise).unwrap();
            match change.number {
                crate::coach::changes::Number::Target { from, .. } => prop_assert_eq!(from, *target),
                crate::coach::changes::Number::Weight { from_kg, .. } => prop_assert_eq!(Some(from_kg), *kg),
            }
        }
        for (id, target, kg) in &last {
            let planned = p.session.exercises.iter().find(|e| e.id == *id).unwrap();
            let listed = |weight: bool| p.changes.iter().any(|c| c.exercise == *id
                && matches!(c.number, crate::coach::changes::Number::Weight { .. }) == weight);
            prop_assert_eq!(listed(false), planned.target != *target);
            let weight_changed = matches!((kg, planned.weight_kg),
                (Some(a), Some(b)) if (a - b).abs() > crate::units::GRAM / 2.0);
            prop_assert_eq!(listed(true), weight_changed);
        }
    }
}
