//! Any history a file can hold, as the file's JSON: every value within the bounds the
//! file's reader takes (`store::bounds`: counts from 0 to their bound, weights from 0.5 to
//! 300 kg, days from 1950 on, dates after today too, unknown exercises and stances), for the
//! tests that must hold for all of them.

use botsterk::units::{MAX_REPS, MAX_SECONDS, MAX_SETS, MAX_STOMPS};
use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use serde_json::{Value, json};

const EXERCISES: [&str; 9] = [
    "chair-squat",
    "deadlift",
    "goblet-squat",
    "heel-raise",
    "modified-plank",
    "overhead-press",
    "stomp",
    "wall-push-up",
    "not-an-exercise",
];
const STANCES: [&str; 4] = ["tandem", "semi-tandem", "one-leg", "no-such-stance"];
const SUPPORTS: [&str; 4] = ["two-hands", "one-hand", "eyes-closed", "no-such-support"];
const MOVES: [&str; 3] = ["chin-tuck", "back-extension", "no-such-move"];

/// A day from 1 January 1950 to far after today (the year 9999 at the very end).
fn day() -> impl Strategy<Value = String> {
    prop_oneof![
        // Around the clock's day (28 November 2026), most of the time.
        8 => 0u64..120,
        1 => 0u64..30_000,
        1 => Just(2_936_549),
    ]
    .prop_map(|back| {
        let near = NaiveDate::from_ymd_opt(2026, 12, 20).unwrap();
        let first = NaiveDate::from_ymd_opt(1950, 1, 1).unwrap();
        if back == 2_936_549 {
            "9999-12-31".to_owned()
        } else if back >= 120 {
            first.checked_add_days(Days::new(back)).unwrap().to_string()
        } else {
            near.checked_sub_days(Days::new(back)).unwrap().to_string()
        }
    })
}

fn kg() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(0.5),
        Just(300.0),
        0.5f64..=300.0,
        (1u32..60).prop_map(f64::from)
    ]
}

fn set() -> impl Strategy<Value = Value> {
    prop_oneof![
        (0..=MAX_REPS).prop_map(|r| json!({ "reps": r })),
        (0..=MAX_SECONDS).prop_map(|s| json!({ "seconds": s })),
        (0..=MAX_STOMPS, 0..=MAX_STOMPS)
            .prop_map(|(l, r)| json!({ "reps": l + r, "left": l, "right": r })),
        (0..=MAX_REPS).prop_map(|r| json!({ "reps": r, "stopped_for_pain": true })),
        Just(json!({})),
    ]
}

fn exercise() -> impl Strategy<Value = Value> {
    (
        proptest::sample::select(&EXERCISES[..]),
        proptest::option::of(kg()),
        0..=MAX_SECONDS,
        proptest::collection::vec(set(), 0..=MAX_SETS as usize),
        proptest::option::of(proptest::sample::select(
            &["too_easy", "just_right", "too_hard", "pain"][..],
        )),
        any::<bool>(),
    )
        .prop_map(|(id, weight, target, sets, effort, skipped)| {
            let mut e = json!({ "id": id, "target": target, "sets": sets, "effort": effort,
                "skipped": skipped });
            if let Some(kg) = weight {
                e["weight_kg"] = json!(kg);
            }
            e
        })
}

fn session() -> impl Strategy<Value = Value> {
    (
        day(),
        any::<bool>(),
        any::<bool>(),
        any::<bool>(),
        proptest::option::of(0..=MAX_SETS * 10),
        proptest::collection::vec(exercise(), 0..5),
    )
        .prop_map(|(date, advanced, early, logged, planned, exercises)| {
            let mut s = json!({
                "date": date,
                "started_at": format!("{date}T09:00:00+01:00"),
                "ended_at": format!("{date}T09:30:00+01:00"),
                "program": if advanced { "advanced" } else { "beginner" },
                "ended_early": early,
                "logged": logged,
                "exercises": exercises,
            });
            if let Some(planned) = planned {
                s["planned_sets"] = json!(planned);
            }
            s
        })
}

fn weight_change() -> impl Strategy<Value = Value> {
    (
        day(),
        proptest::sample::select(&EXERCISES[..]),
        proptest::option::of(kg()),
        kg(),
    )
        .prop_map(|(date, id, from, to)| {
            json!({ "date": date, "exercise": id, "from_kg": from, "to_kg": to })
        })
}

fn pain_check() -> impl Strategy<Value = Value> {
    (
        day(),
        day(),
        proptest::sample::select(&EXERCISES[..]),
        proptest::sample::select(&["ok", "not_yet", "leave_out"][..]),
    )
        .prop_map(|(date, since, id, answer)| {
            json!({ "date": date, "exercise": id, "answer": answer, "since": since })
        })
}

fn practice() -> impl Strategy<Value = Value> {
    let hold = (
        proptest::sample::select(&STANCES[..]),
        proptest::sample::select(&SUPPORTS[..]),
        0..=MAX_SECONDS,
        0..=MAX_SECONDS,
        proptest::option::of(proptest::sample::select(
            &["steady", "wobbly", "held_on"][..],
        )),
        any::<bool>(),
    )
        .prop_map(|(stance, support, target, seconds, rating, pain)| {
            json!({ "stance": stance, "support": support, "target_seconds": target,
                "seconds": seconds, "rating": rating, "stopped_for_pain": pain })
        });
    let posture = (
        proptest::sample::select(&MOVES[..]),
        0..=MAX_REPS,
        proptest::option::of(0..=MAX_SECONDS),
    )
        .prop_map(|(id, reps, hold)| json!({ "id": id, "reps": reps, "hold_seconds": hold }));
    (
        day(),
        proptest::collection::vec(hold, 0..4),
        proptest::collection::vec(posture, 0..3),
    )
        .prop_map(|(date, balance, posture)| {
            json!({
                "date": date,
                "started_at": format!("{date}T18:00:00+01:00"),
                "ended_at": format!("{date}T18:10:00+01:00"),
                "balance": balance,
                "posture": posture,
            })
        })
}

/// A test day's result within the bounds its kind takes (`TestRecord::result_bounds`), or
/// one of a kind a later botsterk added.
fn test_result() -> impl Strategy<Value = Value> {
    (
        day(),
        proptest::sample::select(&["chair-stand", "balance-test", "tug", "grip", "later"][..]),
        0.0f64..=1.0,
        proptest::option::of(any::<bool>()),
        proptest::option::of(proptest::sample::select(
            &[
                "side-by-side",
                "semi-tandem",
                "tandem",
                "one-leg",
                "no-such-stage",
            ][..],
        )),
        any::<bool>(),
        proptest::option::of("[a-z ]{0,90}"),
    )
        .prop_map(|(date, kind, share, arms, stage, pain, note)| {
            let (low, high) = match kind {
                "chair-stand" => (0.0, 60.0),
                "balance-test" => (0.0, 4.0),
                "tug" => (0.0, 3600.0),
                "grip" => (0.0, 100.0),
                _ => (-1e6, 1e6),
            };
            json!({ "date": date, "kind": kind, "value": low + share * (high - low),
                "unit": "u", "used_arms": arms, "stage": stage, "stopped_for_pain": pain,
                "note": note })
        })
}

/// A fall with any of its circumstances said or not.
fn fall() -> impl Strategy<Value = Value> {
    (
        day(),
        proptest::sample::select(&["fall", "near_fall"][..]),
        proptest::option::of(proptest::sample::select(
            &["inside", "stairs", "outside"][..],
        )),
        proptest::option::of(proptest::sample::select(&["tripped", "legs_gave_way"][..])),
        proptest::option::of(proptest::sample::select(&["none", "possibly_broken"][..])),
        proptest::option::of(any::<bool>()),
        proptest::option::of(0u32..=1440),
        proptest::option::of("[a-z ]{0,90}"),
        proptest::option::of(day()),
    )
        .prop_map(
            |(date, kind, place, what, injury, alone, minutes, note, all_right)| {
                json!({ "date": date, "kind": kind, "place": place, "what": what,
                    "injury": injury, "got_up_alone": alone, "minutes_on_floor": minutes,
                    "note": note, "all_right": all_right })
            },
        )
}

pub fn history() -> impl Strategy<Value = Value> {
    (
        proptest::collection::vec(session(), 0..8),
        proptest::collection::vec(weight_change(), 0..4),
        proptest::collection::vec(pain_check(), 0..3),
        proptest::collection::vec(practice(), 0..3),
        proptest::collection::vec(test_result(), 0..8),
        proptest::collection::vec(fall(), 0..4),
    )
        .prop_map(
            |(sessions, weight_changes, pain_checks, practice, tests, falls)| {
                json!({ "version": 3, "sessions": sessions, "weight_changes": weight_changes,
                    "pain_checks": pain_checks, "practice": practice, "tests": tests,
                    "falls": falls })
            },
        )
}
