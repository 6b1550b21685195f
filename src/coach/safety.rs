//! Safety from the user's bone health (PROGRAM.md, "Safety"). Pure rules:
//!
//! - **Impact** (stomping) is left out with diagnosed osteoporosis unless a doctor or
//!   physiotherapist has cleared it. With osteopenia, an unknown status or none it stays
//!   (the advanced program is for people with a base; the coach never forces it).
//! - **Bending and twisting**: with osteopenia or osteoporosis an exercise that has a bone
//!   caution in the catalog (the deadlift) carries it: lighter start, a straight back, the
//!   safer, shorter range.
//! - **"I don't know"** gets care: with an unknown bone status, stomping and the deadlift
//!   carry the catalog's `unknown_caution` (ask your doctor before impact; keep the deadlift
//!   light, back straight). Nothing is left out: the user decides, informed.
//! - **Weaker bones start lighter**: with osteopenia or osteoporosis the first weight the
//!   coach suggests is half the usual one ([`first_weight_kg`]).
//! - **Left out by the user**: an exercise the user left out for good after a pain check
//!   (`leave-out`) stays out until `profile --include` brings it back.

use serde::Serialize;

use crate::card::Measure;
use crate::catalog::Exercise;
use crate::profile::BoneStatus;

/// Why an exercise is left out of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ExcludeReason {
    /// High impact with osteoporosis, not cleared by a doctor or physiotherapist.
    ImpactWithOsteoporosis,
    /// Pain was reported and its pain check is not answered yet.
    PainReported,
    /// The user left it out (a pain check answered `leave-out`).
    LeftOut,
}

/// A caution on an exercise's card and in the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Caution {
    /// Osteopenia or osteoporosis: the catalog's `bone_caution`.
    WeakerBones,
    /// Bone status not known: the catalog's `unknown_caution`.
    UnknownBones,
}

impl Caution {
    /// The caution's text for `exercise`, from the catalog.
    #[must_use]
    pub fn text(self, exercise: &crate::card::ExerciseText) -> Option<&str> {
        match self {
            Self::WeakerBones => exercise.bone_caution.as_deref(),
            Self::UnknownBones => exercise.unknown_caution.as_deref(),
        }
    }
}

/// The caution that applies to `exercise` for this user, if any.
#[must_use]
pub fn caution(exercise: &Exercise, bone_status: BoneStatus) -> Option<Caution> {
    match bone_status {
        BoneStatus::Osteopenia | BoneStatus::Osteoporosis => exercise
            .en
            .bone_caution
            .is_some()
            .then_some(Caution::WeakerBones),
        BoneStatus::Unknown => exercise
            .en
            .unknown_caution
            .is_some()
            .then_some(Caution::UnknownBones),
        BoneStatus::None => None,
    }
}

/// The lightest first weight the coach suggests (kg).
pub const MIN_FIRST_WEIGHT_KG: f64 = 1.0;

/// The first weight to suggest for a weighted exercise: the usual first weight for the bone
/// status ([`usual_first_weight_kg`]); an owned weight at or below it when the user listed
/// theirs (else the lightest they own, when it is at most max(2 kg / 5 lb, 25 %) above the
/// usual first weight: the first-weight limit), on the user's grid without a list. `None`
/// for unweighted exercises, and when every owned weight is above the limit (the
/// osteoporosis overhead press with only 6 and 10 kg owned: no "light start" of 6 kg).
#[must_use]
pub fn first_weight_kg(
    exercise: &Exercise,
    bone_status: BoneStatus,
    dumbbells: crate::profile::Dumbbells<'_>,
) -> Option<f64> {
    let suggestion = usual_first_weight_kg(exercise, bone_status)?;
    let limit = suggestion + crate::units::max_raise_kg(suggestion, dumbbells.units);
    let first = super::weights::at_or_below(suggestion, dumbbells);
    (first <= limit + 1e-6).then_some(first)
}

/// The usual first weight for `exercise` and this bone status, before the owned weights are
/// looked at: the catalog's suggestion, halved with osteopenia or osteoporosis (never under
/// [`MIN_FIRST_WEIGHT_KG`]). `None` for unweighted exercises.
#[must_use]
pub fn usual_first_weight_kg(exercise: &Exercise, bone_status: BoneStatus) -> Option<f64> {
    let usual = exercise.suggested_start_kg?;
    Some(if weaker_bones(bone_status) {
        (usual / 2.0).max(MIN_FIRST_WEIGHT_KG)
    } else {
        usual
    })
}

/// The usual first weight for the bone status, when `kg` as a FIRST weight of `exercise`
/// is above the first-weight limit: more than max(2 kg / 5 lb, 25 %) above it. A first
/// weight that far up is asked about (`weight --yes`, y/n on home), as a jump is: a typo
/// (40 for 4) or too much to start with. `None` when it is within the limit (lighter never
/// asks) or the exercise is unweighted.
#[must_use]
pub fn first_weight_above_limit(
    exercise: &Exercise,
    bone_status: BoneStatus,
    kg: f64,
    units: crate::units::Units,
) -> Option<f64> {
    let usual = usual_first_weight_kg(exercise, bone_status)?;
    (kg > usual && crate::units::beyond_a_step(usual, kg, units)).then_some(usual)
}

/// Osteopenia or osteoporosis.
#[must_use]
pub fn weaker_bones(bone_status: BoneStatus) -> bool {
    matches!(
        bone_status,
        BoneStatus::Osteopenia | BoneStatus::Osteoporosis
    )
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
    fn the_deadlift_and_overhead_press_cautions_are_for_osteopenia_and_osteoporosis() {
        let catalog = Catalog::builtin();
        for exercise in catalog.all() {
            for status in STATUSES {
                let expected = matches!(exercise.id.as_str(), "deadlift" | "overhead-press")
                    && matches!(status, BoneStatus::Osteopenia | BoneStatus::Osteoporosis);
                assert_eq!(
                    caution(exercise, status) == Some(Caution::WeakerBones),
                    expected,
                    "{} {status:?}",
                    exercise.id
                );
            }
        }
    }

    #[test]
    fn not_knowing_cautions_stomping_and_the_deadlift() {
        let catalog = Catalog::builtin();
        for exercise in catalog.all() {
            let expected = matches!(exercise.id.as_str(), "stomp" | "deadlift");
            assert_eq!(
                caution(exercise, BoneStatus::Unknown) == Some(Caution::UnknownBones),
                expected,
                "{}",
                exercise.id
            );
            assert_eq!(caution(exercise, BoneStatus::None), None);
        }
    }

    #[test]
    fn weaker_bones_start_with_half_the_weight() {
        let catalog = Catalog::builtin();
        let goblet = catalog.get("goblet-squat").unwrap(); // usually 4 kg
        let press = catalog.get("overhead-press").unwrap(); // usually 2 kg
        let kg = crate::units::Units::Kg;
        let first = |e, status, owned: &[f64]| {
            first_weight_kg(
                e,
                status,
                crate::profile::Dumbbells {
                    owned_kg: owned,
                    units: kg,
                },
            )
        };
        assert_eq!(first(goblet, BoneStatus::None, &[]), Some(4.0));
        assert_eq!(first(goblet, BoneStatus::Unknown, &[]), Some(4.0));
        assert_eq!(first(goblet, BoneStatus::Osteopenia, &[]), Some(2.0));
        assert_eq!(first(press, BoneStatus::Osteoporosis, &[]), Some(1.0));
        // An owned weight at or below the half; else the lightest owned.
        let owned = [0.5, 1.5, 3.0, 6.0];
        assert_eq!(first(goblet, BoneStatus::Osteoporosis, &owned), Some(1.5));
        assert_eq!(
            first(goblet, BoneStatus::Osteopenia, &[3.0, 5.0]),
            Some(3.0)
        );
        // Healthy bones: an owned weight at or below the usual 4 kg, or the lightest owned.
        assert_eq!(first(goblet, BoneStatus::None, &[5.0, 10.0]), Some(5.0));
        // Never above the first-weight limit: max(2 kg, 25 %) above the usual first weight.
        assert_eq!(first(press, BoneStatus::Osteoporosis, &[6.0, 10.0]), None);
        assert_eq!(
            first(press, BoneStatus::Osteoporosis, &[3.0, 10.0]),
            Some(3.0)
        );
        assert_eq!(first(goblet, BoneStatus::None, &[7.0]), None);
        assert_eq!(first(goblet, BoneStatus::None, &[2.0, 3.0, 5.0]), Some(3.0));
        let wall = catalog.get("wall-push-up").unwrap();
        assert_eq!(first(wall, BoneStatus::Osteoporosis, &[]), None);
    }

    #[test]
    fn a_first_weight_far_above_the_usual_one_is_asked_about() {
        let catalog = Catalog::builtin();
        let press = catalog.get("overhead-press").unwrap(); // usually 2 kg
        let deadlift = catalog.get("deadlift").unwrap(); // usually 4 kg
        let kg = crate::units::Units::Kg;
        let above = |e, status, w| first_weight_above_limit(e, status, w, kg);
        assert_eq!(above(press, BoneStatus::Osteoporosis, 40.0), Some(1.0));
        assert_eq!(above(deadlift, BoneStatus::Osteoporosis, 100.0), Some(2.0));
        // Within max(2 kg, 25 %) of the usual first weight, or lighter: not asked.
        assert_eq!(above(press, BoneStatus::Osteoporosis, 3.0), None);
        assert_eq!(above(press, BoneStatus::Osteoporosis, 0.5), None);
        assert_eq!(above(deadlift, BoneStatus::None, 6.0), None);
        assert_eq!(above(deadlift, BoneStatus::None, 6.5), Some(4.0));
        let wall = catalog.get("wall-push-up").unwrap();
        assert_eq!(above(wall, BoneStatus::None, 100.0), None);
    }

    proptest::proptest! {
        /// Any exercise, bone status, owned weights, units and typed weight: the coach's own
        /// first-weight suggestion is never one it would ask about; a first weight at or below
        /// the usual one never asks; above the limit always asks.
        #[test]
        fn the_first_weight_check_agrees_with_the_suggestion(
            which in 0usize..8,
            status in 0usize..4,
            owned in proptest::collection::vec(0.5f64..40.0, 0..5),
            lb in proptest::bool::ANY,
            kg in 0.5f64..150.0,
        ) {
            let catalog = Catalog::builtin();
            let exercise = &catalog.all()[which];
            let status = STATUSES[status];
            let units = if lb { crate::units::Units::Lb } else { crate::units::Units::Kg };
            if let Some(first) = first_weight_kg(exercise, status, crate::profile::Dumbbells { owned_kg: &owned, units }) {
                proptest::prop_assert_eq!(first_weight_above_limit(exercise, status, first, units), None);
            }
            let asked = first_weight_above_limit(exercise, status, kg, units);
            match usual_first_weight_kg(exercise, status) {
                None => proptest::prop_assert_eq!(asked, None),
                Some(usual) => {
                    let limit = usual + crate::units::max_raise_kg(usual, units);
                    proptest::prop_assert_eq!(asked.is_some(), kg > limit + 1e-9);
                    if kg <= usual {
                        proptest::prop_assert_eq!(asked, None);
                    }
                }
            }
        }
    }
}
