//! Records, decisions and a `next` shortcut shared by the progression tests.

use chrono::NaiveDate;

use super::{Next, PromptKind, WeightChange, next_for_exercise};
use crate::catalog::{Catalog, Exercise};
use crate::history::build::{self, rep_set};
use crate::history::{Effort, ExerciseRecord, SetRecord};
use crate::units::Units;

pub(super) fn day(offset: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 3, 1).unwrap() + chrono::Duration::days(offset)
}

pub(super) fn exercise(id: &str) -> Exercise {
    Catalog::builtin().get(id).unwrap().clone()
}

pub(super) fn record(
    id: &str,
    target: u32,
    sets: Vec<SetRecord>,
    effort: Option<Effort>,
    weight_kg: Option<f64>,
) -> ExerciseRecord {
    ExerciseRecord {
        target,
        effort,
        ..build::exercise(id, weight_kg, sets)
    }
}

pub(super) fn reps(id: &str, target: u32, done: &[u32], effort: Effort) -> ExerciseRecord {
    record(
        id,
        target,
        done.iter().map(|&r| rep_set(r)).collect(),
        Some(effort),
        None,
    )
}

pub(super) fn weighted(
    id: &str,
    kg: f64,
    target: u32,
    done: &[u32],
    effort: Effort,
) -> ExerciseRecord {
    ExerciseRecord {
        weight_kg: Some(kg),
        ..reps(id, target, done, effort)
    }
}

pub(super) fn change(offset: i64, id: &str, from_kg: Option<f64>, to_kg: f64) -> WeightChange {
    WeightChange::new(day(offset), id.to_owned(), from_kg, to_kg)
}

/// `next_for_exercise` over owned `(day offset, record)` pairs.
pub(super) fn next(
    id: &str,
    records: &[(i64, ExerciseRecord)],
    changes: &[WeightChange],
    owned: &[f64],
    today: i64,
) -> Next {
    let refs: Vec<(NaiveDate, &ExerciseRecord)> =
        records.iter().map(|(d, r)| (day(*d), r)).collect();
    next_for_exercise(
        &exercise(id),
        &refs,
        changes,
        crate::profile::Dumbbells {
            owned_kg: owned,
            units: Units::Kg,
        },
        day(today),
        None,
    )
}

pub(super) fn kind(n: &Next) -> Option<PromptKind> {
    n.prompt.as_ref().map(|p| p.kind)
}
