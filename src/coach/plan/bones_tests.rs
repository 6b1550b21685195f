//! Issue 24, design 7: becoming osteoporosis asks a lighter-weight question for a weight
//! above the first-weight limit for weaker bones, once.

use proptest::prelude::*;

use super::*;
use crate::history::build::{d, exercise, history, reps, session};
use crate::profile::BoneStatus;

fn at(kg: f64) -> History {
    history(vec![session(
        d(2026, 11, 20),
        Program::Advanced,
        vec![exercise("goblet-squat", Some(kg), reps(&[10, 10, 10]))],
    )])
}

fn question(h: &History, settings: &Settings, today: NaiveDate) -> Option<Prompt> {
    day_plan(&Catalog::builtin(), h, settings, Program::Advanced, today)
        .prompts
        .into_iter()
        .find(|p| p.exercise == "goblet-squat" && p.reason == PromptReason::BonesWeaker)
}

fn osteoporosis_from(day: NaiveDate) -> Settings {
    Settings {
        bone_status: BoneStatus::Osteoporosis,
        bones_weaker_on: Some(day),
        ..Settings::default()
    }
}

#[test]
fn becoming_osteoporosis_asks_once_for_a_lighter_weight() {
    let s = osteoporosis_from(d(2026, 11, 21));
    let h = at(10.0);
    let q = question(&h, &s, d(2026, 11, 22)).expect("asked");
    assert_eq!(
        (q.kind, q.from_kg, q.to_kg),
        (PromptKind::DecreaseWeight, Some(10.0), Some(2.0))
    );
    // Answered (either way): not asked again.
    let mut answered = h.clone();
    answered
        .weight_changes
        .push(crate::history::WeightChange::new(
            d(2026, 11, 22),
            "goblet-squat".into(),
            Some(10.0),
            10.0,
        ));
    assert_eq!(question(&answered, &s, d(2026, 11, 23)), None);
    // Within the limit (2 kg + 2 kg): not asked.
    assert_eq!(question(&at(4.0), &s, d(2026, 11, 22)), None);
    // Never weaker: not asked.
    let healthy = Settings::default();
    assert_eq!(question(&h, &healthy, d(2026, 11, 22)), None);
}

proptest! {
    /// For ANY weight and any decision after the change: the question proposes a lighter
    /// weight within the first-weight limit, and never comes back once answered.
    #[test]
    fn the_weaker_bones_question_is_lighter_and_asked_once(
        kg in 1.0f64..40.0,
        answered_after in proptest::option::of(0u64..10),
    ) {
        let s = osteoporosis_from(d(2026, 11, 21));
        let mut h = at(kg);
        if let Some(days) = answered_after {
            h.weight_changes.push(crate::history::WeightChange::new(d(2026, 11, 21) + chrono::Days::new(days), "goblet-squat".into(), Some(kg), kg));
        }
        let q = question(&h, &s, d(2026, 12, 1));
        if answered_after.is_some() {
            prop_assert_eq!(q, None);
        } else if let Some(q) = q {
            let to = q.to_kg.unwrap();
            prop_assert!(to < kg);
            let ex = Catalog::builtin().get("goblet-squat").unwrap().clone();
            prop_assert_eq!(
                crate::coach::safety::first_weight_above_limit(&ex, BoneStatus::Osteoporosis, to, s.units),
                None
            );
        }
    }
}
