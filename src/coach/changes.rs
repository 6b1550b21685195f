//! What changed since the last session (issue 24, design 8): one line per number of today's
//! plan that differs from what was planned at the exercise's last session, with its reason
//! (`coach::why`). Pure: home shows the first few, the card the reason.

use chrono::NaiveDate;
use serde::Serialize;

use super::plan::items::PlannedExercise;
use super::progression::{RecordsById, records_by_exercise};
use super::why::Why;
use crate::history::History;

/// Which number changed.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "number", rename_all = "snake_case")]
pub enum Number {
    /// The target: reps, seconds held, stomps per foot.
    Target { from: u32, to: u32 },
    /// The weight, in kg.
    Weight { from_kg: f64, to_kg: f64 },
}

/// One changed number of one exercise, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub exercise: String,
    #[serde(flatten)]
    pub number: Number,
    pub why: Why,
}

/// The numbers of `planned` that differ from what its exercises' last sessions (on or
/// before `today`) planned, in the plan's order, the target before the weight.
#[must_use]
pub fn since_last_session(
    planned: &[PlannedExercise],
    history: &History,
    today: NaiveDate,
) -> Vec<Change> {
    // As the plan reads them: nothing dated after today (borrowed when nothing is).
    let past = super::dated::up_to(history, today);
    since_last_in(planned, &records_by_exercise(&past.sessions))
}

/// [`since_last_session`] from the records the plan has already found (all on or before
/// today): one look-up per exercise instead of a pass over every session (issue 28).
#[must_use]
pub fn since_last_in(planned: &[PlannedExercise], by_exercise: &RecordsById) -> Vec<Change> {
    let mut changes = Vec::new();
    for p in planned {
        // Oldest first by (date, started at): the newest with sets is the last one.
        let Some(last) = by_exercise
            .get(p.id.as_str())
            .and_then(|records| records.iter().rev().find(|(_, e)| !e.sets.is_empty()))
            .map(|(_, e)| *e)
        else {
            continue;
        };
        let why = p
            .why
            .iter()
            .copied()
            .find(|w| *w != Why::AsBefore)
            .unwrap_or(Why::AsBefore);
        if last.target != p.target {
            changes.push(Change {
                exercise: p.id.clone(),
                number: Number::Target {
                    from: last.target,
                    to: p.target,
                },
                why,
            });
        }
        if let (Some(from_kg), Some(to_kg)) = (last.weight_kg, p.weight_kg)
            && (from_kg - to_kg).abs() > crate::units::GRAM / 2.0
        {
            changes.push(Change {
                exercise: p.id.clone(),
                number: Number::Weight { from_kg, to_kg },
                why,
            });
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Catalog, Program};
    use crate::history::Effort;
    use crate::history::build::{d, exercise, history, reps, session};
    use proptest::prelude::*;

    #[test]
    fn an_eased_target_is_one_change_with_its_reason() {
        let hard = |day| {
            let mut e = exercise("chair-squat", None, reps(&[10, 10]));
            e.effort = Some(Effort::TooHard);
            session(d(2026, 11, day), Program::Beginner, vec![e])
        };
        let h = history(vec![hard(20), hard(23)]);
        let plan = crate::coach::plan::day_plan(
            &Catalog::builtin(),
            &h,
            &crate::profile::Settings::default(),
            Program::Beginner,
            d(2026, 11, 25),
        );
        let changes = since_last_session(&plan.session.exercises, &h, d(2026, 11, 25));
        assert_eq!(
            changes,
            [Change {
                exercise: "chair-squat".into(),
                number: Number::Target { from: 10, to: 9 },
                why: Why::EasedTooHard,
            }]
        );
    }

    proptest! {
        /// For ANY last target and today's plan: a change is listed exactly when the
        /// number differs, and never with the reason "as before".
        #[test]
        fn every_changed_number_is_listed_with_a_reason(
            target in 5u32..16,
            effort in 0usize..3,
            gap in 2u64..40,
        ) {
            let mut e = exercise("chair-squat", None, reps(&[target, target]));
            e.target = target;
            e.effort = Some([Effort::TooEasy, Effort::JustRight, Effort::TooHard][effort]);
            let h = history(vec![session(d(2026, 11, 1), Program::Beginner, vec![e])]);
            let today = d(2026, 11, 1) + chrono::Days::new(gap);
            let plan = crate::coach::plan::day_plan(
                &Catalog::builtin(), &h, &crate::profile::Settings::default(), Program::Beginner, today,
            );
            let planned = plan.session.exercises.iter().find(|p| p.id == "chair-squat").unwrap();
            let changes = since_last_session(&plan.session.exercises, &h, today);
            let listed = changes.iter().any(|c| c.exercise == "chair-squat");
            prop_assert_eq!(listed, planned.target != target);
            for c in &changes {
                prop_assert_ne!(c.why, Why::AsBefore);
            }
        }
    }
}
