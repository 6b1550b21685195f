//! The practice and the warm-up as items of a live session: the balance stances with their
//! ladder, the posture moves, the warm-up's timed moves in front of a strength session.

use super::{BalanceItem, PracticePlan};
use crate::card::Measure;
use crate::catalog::Program;
use crate::coach::plan::items::{ItemKind, PlannedExercise, SessionPlan};
use crate::routines::{Routines, posture_item_id, warm_up_item_id};

/// The live session of a practice: the balance stances, then the posture moves.
#[must_use]
pub fn practice_session(routines: &Routines, plan: &PracticePlan) -> SessionPlan {
    let mut items = Vec::new();
    for step in &plan.balance {
        let Some(stance) = routines.stance(&step.stance) else {
            continue;
        };
        let item = BalanceItem {
            progress: step.progress.clone(),
            levels: routines
                .supports_for(stance)
                .map(|s| s.id.clone())
                .collect(),
            ladder: routines.ladder,
            support_used: step.support.clone(),
            counter_check: step.counter_check,
            without_counter: step.without_counter.clone(),
        };
        items.push(PlannedExercise {
            id: item.item_id(),
            measure: Measure::Hold,
            sets: step.holds,
            target: step.hold_seconds,
            rep_hold_seconds: None,
            weight_kg: None,
            caution: None,
            after_pain: false,
            why: Vec::new(),
            kind: ItemKind::Balance(item),
        });
    }
    for step in &plan.posture {
        let measure = routines
            .posture_move(&step.id)
            .map_or(Measure::Reps, |m| m.measure);
        items.push(PlannedExercise {
            id: posture_item_id(&step.id),
            measure,
            sets: 1,
            target: step.reps,
            rep_hold_seconds: step.hold_seconds,
            weight_kg: None,
            caution: None,
            after_pain: false,
            why: Vec::new(),
            kind: ItemKind::Posture,
        });
    }
    SessionPlan {
        // Not a program: a practice is never saved as a strength session.
        program: Program::Beginner,
        exercises: items,
        rest_seconds: routines.ladder.rest_seconds,
    }
}

/// The strength session with the warm-up's timed moves in front.
#[must_use]
pub fn with_warm_up(routines: &Routines, mut plan: SessionPlan) -> SessionPlan {
    let moves = routines.warm_up.iter().map(|m| PlannedExercise {
        id: warm_up_item_id(&m.id),
        measure: Measure::Hold,
        sets: 1,
        target: m.seconds,
        rep_hold_seconds: None,
        weight_kg: None,
        caution: None,
        after_pain: false,
        why: Vec::new(),
        kind: ItemKind::WarmUp,
    });
    plan.exercises.splice(0..0, moves);
    plan
}
