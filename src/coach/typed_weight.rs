//! A weight the user types is paced like the coach's own (PROGRAM.md, Progression rule 6;
//! issue 24, design 5). Pure: `botsterk weight`, `log`'s `@WEIGHT` and the weight typed on
//! home all ask here whether to take it at once or to ask first (`--yes`, y/n).
//!
//! A raise asks first when it is:
//! - a first weight above the first-weight limit for the bone status
//!   (`coach::safety::first_weight_above_limit`);
//! - more than a step above the current weight (`units::beyond_a_step`): a typo, or too
//!   much at once;
//! - within the calm days after a pain check answered `ok`
//!   ([`NO_INCREASE_DAYS_AFTER_OK`]);
//! - a second change within [`WEIGHT_STEP_DAYS`] days of the last change of that weight
//!   (`coach::pace::last_weight_change`).
//!
//! The same weight or a lighter one never asks.

use chrono::{Days, NaiveDate};

use super::pace::{WEIGHT_STEP_DAYS, last_weight_change, next_weight_step};
use super::pain::NO_INCREASE_DAYS_AFTER_OK;
use crate::catalog::Exercise;
use crate::history::History;
use crate::profile::Settings;
use crate::units::GRAM;

/// Why a typed weight is asked about before it is taken (the rule it would break).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Ask {
    /// A first weight far above the usual first weight for the bone status.
    FirstHeavy { usual_kg: f64 },
    /// More than a step above the current weight.
    Jump { from_kg: f64 },
    /// Within the calm days after the pain check `ok` of `answered`; heavier from `until`.
    AfterPainCheck {
        answered: NaiveDate,
        until: NaiveDate,
    },
    /// The weight changed on `changed`; the next raise is from `next`.
    Paced { changed: NaiveDate, next: NaiveDate },
}

/// Whether taking `to_kg` for `exercise` on `today`, when the current weight is `from_kg`
/// (`None`: no weight yet), asks first, and why. Records dated after `today` decide
/// nothing (`coach::dated`).
#[must_use]
pub fn ask(
    exercise: &Exercise,
    history: &History,
    settings: &Settings,
    from_kg: Option<f64>,
    to_kg: f64,
    today: NaiveDate,
) -> Option<Ask> {
    // No weight planned now (the last one chosen is not owned, say) is no first weight when
    // one was chosen or lifted before: the step and the pace hold from that one.
    let from_kg = from_kg.or_else(|| last_weight(history, &exercise.id, today));
    let Some(from) = from_kg else {
        return super::safety::first_weight_above_limit(
            exercise,
            settings.bone_status,
            to_kg,
            settings.units,
        )
        .map(|usual_kg| Ask::FirstHeavy { usual_kg });
    };
    // Lighter, or the same to the gram: never asked.
    if to_kg <= from + GRAM / 2.0 {
        return None;
    }
    if crate::units::beyond_a_step(from, to_kg, settings.units) {
        return Some(Ask::Jump { from_kg: from });
    }
    if let Some(recovery) = super::pain::recovery(history, &exercise.id)
        && !recovery.may_increase(today)
    {
        let calm = u64::try_from(NO_INCREASE_DAYS_AFTER_OK).unwrap_or(WEIGHT_STEP_DAYS);
        return Some(Ask::AfterPainCheck {
            answered: recovery.answered,
            until: recovery.answered + Days::new(calm),
        });
    }
    let past = super::dated::up_to(history, today);
    let records = super::progression::exercise_records(&past.sessions, &exercise.id);
    let changed = last_weight_change(&exercise.id, &records, &past.weight_changes)?;
    let next = next_weight_step(changed);
    (today < next).then_some(Ask::Paced { changed, next })
}

/// The newest weight of `exercise` up to `today`: chosen (a weight decision) or lifted (a
/// session); the decision when both are of the same day.
fn last_weight(history: &History, exercise: &str, today: NaiveDate) -> Option<f64> {
    let chosen = history
        .weight_changes
        .iter()
        .filter(|c| c.exercise == exercise && c.date <= today)
        .map(|c| ((c.date, 1), c.to_kg));
    let lifted = history
        .sessions
        .iter()
        .filter(|s| s.date <= today)
        .flat_map(|s| {
            s.exercises
                .iter()
                .filter(|e| e.id == exercise)
                .filter_map(move |e| Some(((s.date, 0), e.weight_kg?)))
        });
    chosen
        .chain(lifted)
        .max_by_key(|(at, _)| *at)
        .map(|(_, kg)| kg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::history::build::{d, exercise, history, reps, session};
    use crate::history::{PainAnswer, PainCheckAnswer, WeightChange};
    use crate::profile::BoneStatus;
    use crate::units::Units;
    use proptest::prelude::*;

    fn goblet() -> Exercise {
        Catalog::builtin()
            .get("goblet-squat")
            .expect("goblet squats")
            .clone()
    }

    fn chosen(day: u32, from: Option<f64>, to: f64) -> WeightChange {
        WeightChange::new(d(2026, 11, day), "goblet-squat".into(), from, to)
    }

    #[test]
    fn a_second_raise_within_fourteen_days_asks_and_names_the_change() {
        let mut h = history(vec![]);
        h.weight_changes.push(chosen(1, Some(4.0), 5.0));
        let s = Settings::default();
        assert_eq!(
            ask(&goblet(), &h, &s, Some(5.0), 6.0, d(2026, 11, 10)),
            Some(Ask::Paced {
                changed: d(2026, 11, 1),
                next: d(2026, 11, 15)
            })
        );
        assert_eq!(
            ask(&goblet(), &h, &s, Some(5.0), 6.0, d(2026, 11, 15)),
            None
        );
        // Lighter never asks, even the next day.
        assert_eq!(ask(&goblet(), &h, &s, Some(5.0), 4.0, d(2026, 11, 2)), None);
    }

    #[test]
    fn a_raise_in_the_calm_days_after_ok_asks() {
        let mut hurt = exercise("goblet-squat", Some(6.0), reps(&[10]));
        hurt.effort = Some(crate::history::Effort::Pain);
        let mut h = history(vec![session(
            d(2026, 10, 1),
            crate::catalog::Program::Advanced,
            vec![hurt],
        )]);
        h.pain_checks.push(PainCheckAnswer::new(
            d(2026, 11, 1),
            "goblet-squat".into(),
            PainAnswer::Ok,
            d(2026, 10, 1),
        ));
        let s = Settings::default();
        assert_eq!(
            ask(&goblet(), &h, &s, Some(5.0), 6.0, d(2026, 11, 5)),
            Some(Ask::AfterPainCheck {
                answered: d(2026, 11, 1),
                until: d(2026, 11, 15)
            })
        );
        assert_eq!(
            ask(&goblet(), &h, &s, Some(5.0), 6.0, d(2026, 11, 15)),
            None
        );
    }

    #[test]
    fn a_jump_and_a_heavy_first_weight_ask_first() {
        let h = history(vec![]);
        let s = Settings {
            bone_status: BoneStatus::Osteoporosis,
            ..Settings::default()
        };
        assert_eq!(
            ask(&goblet(), &h, &s, Some(4.0), 40.0, d(2026, 11, 5)),
            Some(Ask::Jump { from_kg: 4.0 })
        );
        assert!(matches!(
            ask(&goblet(), &h, &s, None, 40.0, d(2026, 11, 5)),
            Some(Ask::FirstHeavy { .. })
        ));
        assert_eq!(ask(&goblet(), &h, &s, None, 2.0, d(2026, 11, 5)), None);
    }

    #[test]
    fn a_change_dated_after_today_decides_nothing() {
        let mut h = history(vec![]);
        h.weight_changes.push(chosen(20, Some(4.0), 5.0));
        let s = Settings::default();
        assert_eq!(
            ask(&goblet(), &h, &s, Some(5.0), 6.0, d(2026, 11, 10)),
            None
        );
    }

    /// A weight chosen that is not owned leaves no weight planned: a raise typed then is
    /// still paced from it, not taken as a first weight.
    #[test]
    fn with_no_weight_planned_a_raise_is_paced_from_the_last_one_chosen() {
        let mut h = history(vec![]);
        h.weight_changes.push(chosen(1, Some(4.0), 2.0));
        let s = Settings::default();
        assert_eq!(
            ask(&goblet(), &h, &s, None, 4.0, d(2026, 11, 5)),
            Some(Ask::Paced {
                changed: d(2026, 11, 1),
                next: d(2026, 11, 15)
            })
        );
        assert_eq!(
            ask(&goblet(), &h, &s, None, 10.0, d(2026, 11, 20)),
            Some(Ask::Jump { from_kg: 2.0 })
        );
        assert_eq!(ask(&goblet(), &h, &s, None, 4.0, d(2026, 11, 20)), None);
        assert_eq!(ask(&goblet(), &h, &s, None, 1.0, d(2026, 11, 5)), None);
    }

    proptest! {
        /// For ANY history with a weight chosen in the last 14 days: with no weight planned
        /// now, a heavier weight typed asks first (it is paced, not a first weight).
        #[test]
        fn no_weight_planned_is_no_first_weight_after_a_recent_choice(
            kg in 1u32..=20,
            ago in 0u64..14,
            more in 0.5f64..20.0,
        ) {
            let today = d(2026, 11, 20);
            let mut h = history(vec![]);
            h.weight_changes.push(WeightChange {
                date: today - Days::new(ago),
                exercise: "goblet-squat".into(),
                from_kg: Some(f64::from(kg) + 1.0),
                to_kg: f64::from(kg),
            });
            let asked = ask(&goblet(), &h, &Settings::default(), None, f64::from(kg) + more, today);
            prop_assert!(matches!(asked, Some(Ask::Paced { .. } | Ask::Jump { .. })), "{asked:?}");
        }

        /// For ANY history: the same weight or a lighter one never asks, and a raise taken
        /// without asking is within a step, outside the calm days after `ok`, and at
        /// least 14 days after the last change of that weight.
        #[test]
        fn lighter_never_asks_and_a_raise_taken_at_once_is_paced(
            days in proptest::collection::vec((0u32..60, 1u32..=30, 0u32..4), 0..6),
            from in 1.0f64..20.0,
            to in 0.5f64..40.0,
            on in 0u32..60,
            lb in any::<bool>(),
        ) {
            let base = d(2026, 9, 1);
            let mut h = history(vec![]);
            for (day, kg, kind) in &days {
                let date = base + Days::new(u64::from(*day));
                match kind {
                    0 => h.weight_changes.push(WeightChange::new(date, "goblet-squat".into(), Some(from), f64::from(*kg))),
                    1 | 2 => {
                        let mut e = exercise("goblet-squat", Some(f64::from(*kg)), reps(&[10]));
                        if *kind == 2 {
                            e.effort = Some(crate::history::Effort::Pain);
                        }
                        h.sessions.push(session(date, crate::catalog::Program::Advanced, vec![e]));
                    }
                    _ => h.pain_checks.push(PainCheckAnswer::new(date, "goblet-squat".into(), PainAnswer::Ok, date)),
                }
            }
            let s = Settings {
                units: if lb { Units::Lb } else { Units::Kg },
                ..Settings::default()
            };
            let today = base + Days::new(u64::from(on));
            let asked = ask(&goblet(), &h, &s, Some(from), to, today);
            if to <= from {
                prop_assert_eq!(asked, None);
            }
            if asked.is_none() && to > from + GRAM {
                prop_assert!(!crate::units::beyond_a_step(from, to, s.units));
                if let Some(r) = crate::coach::pain::recovery(&h, "goblet-squat") {
                    prop_assert!(r.may_increase(today));
                }
                let past = crate::coach::dated::up_to(&h, today);
                let records =
                    crate::coach::progression::exercise_records(&past.sessions, "goblet-squat");
                if let Some(c) = last_weight_change("goblet-squat", &records, &past.weight_changes) {
                    prop_assert!(today >= next_weight_step(c));
                }
            }
        }
    }
}
