//! Trends over the weeks: each exercise's best set by week, and each balance stance's
//! support and hold by practice day.

use super::*;

/// Every stance with at least one hold in the history, in the routines' order.
pub(super) fn stance_trends(catalog: &Catalog, history: &History) -> Vec<StanceTrend> {
    if history.practice.is_empty() {
        return Vec::new();
    }
    let routines = catalog.routines();
    routines
        .stances
        .iter()
        .map(|stance| StanceTrend {
            stance: stance.id.clone(),
            points: stance_over_time(routines, history, &stance.id)
                .into_iter()
                .map(|(date, progress)| StancePoint {
                    date,
                    support: progress.support,
                    hold_seconds: progress.hold_seconds,
                })
                .collect(),
        })
        .filter(|trend| !trend.points.is_empty())
        .collect()
}

pub(super) fn trends(catalog: &Catalog, history: &History, order: &[usize]) -> Vec<ExerciseTrend> {
    // Each exercise's weekly best, in the order the sessions were done; in the catalog's
    // order, the order they are listed in.
    let mut by_exercise: Vec<Vec<TrendPoint>> = vec![Vec::new(); catalog.all().len()];
    for &i in order {
        let session = &history.sessions[i];
        let week = week_start(session.date);
        for exercise in &session.exercises {
            let Some((at, known)) = catalog.get_at(&exercise.id) else {
                continue;
            };
            let best_set = exercise
                .sets
                .iter()
                .map(|set| achieved(known.measure, set))
                .max();
            let Some(best_set) = best_set else { continue };
            let value = match (known.weighted, exercise.weight_kg) {
                (true, Some(kg)) => kg,
                _ => f64::from(best_set),
            };
            let points = &mut by_exercise[at];
            match points.last_mut() {
                Some(last) if last.week == week => {
                    if value > last.value {
                        last.value = value;
                        last.date = session.date;
                    }
                    last.best_set = last.best_set.max(best_set);
                }
                _ => points.push(TrendPoint {
                    week,
                    date: session.date,
                    value,
                    best_set,
                    personal_best: false,
                }),
            }
        }
    }
    catalog
        .all()
        .iter()
        .zip(by_exercise)
        .filter(|(_, points)| !points.is_empty())
        .map(|(exercise, mut points)| {
            // More weight, or more reps at the same weight, beats the record.
            let mut record: Option<(f64, u32)> = None;
            for point in &mut points {
                point.personal_best = record.is_none_or(|(value, best_set)| {
                    point.value > value || (point.value == value && point.best_set > best_set)
                });
                if point.personal_best {
                    record = Some((point.value, point.best_set));
                }
            }
            let unit = match exercise.measure {
                _ if exercise.weighted => TrendUnit::Kg,
                Measure::Reps | Measure::TimedReps => TrendUnit::Reps,
                Measure::Hold => TrendUnit::Seconds,
                Measure::Stomps => TrendUnit::StompsPerFoot,
            };
            ExerciseTrend {
                id: exercise.id.clone(),
                unit,
                points,
            }
        })
        .collect()
}

/// Stomps of both feet in one set.
pub(super) fn stomps(set: &SetRecord) -> u32 {
    match (set.left, set.right) {
        (None, None) => set.reps.unwrap_or(0),
        (left, right) => left.unwrap_or(0).saturating_add(right.unwrap_or(0)),
    }
}
