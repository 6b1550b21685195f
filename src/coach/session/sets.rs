//! Sets as records: what a set under way has done, a paced set's count, stomps per foot.

use std::time::{Duration, Instant};

use super::super::tempo::PacedSet;
use super::{Foot, Phase};
use crate::history::SetRecord;

/// What the set under way has done so far, if anything: counted reps or stomps, or the
/// seconds of a hold. `None` between sets, before a hold starts, or with nothing counted.
pub(super) fn set_in_progress(phase: &Phase, now: Instant) -> Option<SetRecord> {
    let set = match phase {
        Phase::Reps { count } | Phase::TimedReps { count, .. } if *count > 0 => rep_set(*count),
        Phase::Stomps { order } if !order.is_empty() => {
            let (left, right) = foot_counts(order);
            SetRecord {
                reps: Some(left + right),
                left: Some(left),
                right: Some(right),
                ..SetRecord::default()
            }
        }
        Phase::Paced(set) if set.count() > 0 => paced_record(set),
        Phase::Hold { timer } if duration_secs(timer.elapsed(now)) > 0 => SetRecord {
            seconds: Some(duration_secs(timer.elapsed(now))),
            ..SetRecord::default()
        },
        _ => return None,
    };
    Some(set)
}

/// What a paced set did so far: reps, or stomps per foot.
pub(super) fn paced_record(set: &PacedSet) -> SetRecord {
    if set.is_stomps() {
        let (left, right) = set.feet();
        SetRecord {
            reps: Some(left + right),
            left: Some(left),
            right: Some(right),
            ..SetRecord::default()
        }
    } else {
        rep_set(set.count())
    }
}

pub(super) fn rep_set(reps: u32) -> SetRecord {
    SetRecord {
        reps: Some(reps),
        ..SetRecord::default()
    }
}

/// Stomps per foot, left then right.
#[must_use]
pub fn foot_counts(order: &[Foot]) -> (u32, u32) {
    let left = order.iter().filter(|f| **f == Foot::Left).count();
    let right = order.len() - left;
    (
        u32::try_from(left).unwrap_or(u32::MAX),
        u32::try_from(right).unwrap_or(u32::MAX),
    )
}

pub(super) fn duration_secs(d: Duration) -> u32 {
    u32::try_from(d.as_secs()).unwrap_or(u32::MAX)
}
