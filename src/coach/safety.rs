//! Safety from the user's bone health (PROGRAM.md, "Safety"). Pure rules:
//!
//! - **Impact** (stomping) is left out with diagnosed osteoporosis unless a doctor or
//!   physiotherapist has cleared it. With osteopenia, an unknown status or none it stays
//!   (the advanced program is for people with a base; the coach never forces it).
//! - **Bending and twisting**: with osteopenia or osteoporosis an exercise that has a bone
//!   caution in the catalog (the deadlift) carries it: lighter start, a straight back, the
//!   safer, shorter range.

use serde::Serialize;

use crate::catalog::{Exercise, Measure};
use crate::profile::BoneStatus;

/// Why an exercise is left out of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ExcludeReason {
    /// High impact with osteoporosis, not cleared by a doctor or physiotherapist.
    ImpactWithOsteoporosis,
}

/// Whether `exercise` is left out for this user, and why.
#[must_use]
pub fn excluded(
    exercise: &Exercise,
    bone_status: BoneStatus,
    cleared_for_impact: bool,
) -> Option<ExcludeReason> {
    let impact = exercise.measure == Measure::Stomps;
    (impact && bone_status == BoneStatus::Osteoporosis && !cleared_for_impact)
        .then_some(ExcludeReason::ImpactWithOsteoporosis)
}

/// Whether the exercise's bone caution applies to this user.
#[must_use]
pub fn caution_applies(exercise: &Exercise, bone_status: BoneStatus) -> bool {
    exercise.en.bone_caution.is_some()
        && matches!(
            bone_status,
            BoneStatus::Osteopenia | BoneStatus::Osteoporosis
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    const STATUSES: [BoneStatus; 4] = [
        BoneStatus::None,
        BoneStatus::Osteopenia,
        BoneStatus::Osteoporosis,
        BoneStatus::Unknown,
    ];

    #[test]
    fn stomping_is_left_out_only_with_osteoporosis_not_cleared() {
        let catalog = Catalog::builtin();
        for exercise in catalog.all() {
            for status in STATUSES {
                for cleared in [false, true] {
                    let out = excluded(exercise, status, cleared);
                    let expected =
                        exercise.id == "stomp" && status == BoneStatus::Osteoporosis && !cleared;
                    assert_eq!(
                        out.is_some(),
                        expected,
                        "{} {status:?} {cleared}",
                        exercise.id
                    );
                }
            }
        }
    }

    #[test]
    fn the_deadlift_caution_is_for_osteopenia_and_osteoporosis() {
        let catalog = Catalog::builtin();
        for exercise in catalog.all() {
            for status in STATUSES {
                let expected = exercise.id == "deadlift"
                    && matches!(status, BoneStatus::Osteopenia | BoneStatus::Osteoporosis);
                assert_eq!(
                    caution_applies(exercise, status),
                    expected,
                    "{} {status:?}",
                    exercise.id
                );
            }
        }
    }
}
