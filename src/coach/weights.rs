//! Which weight the coach proposes (PROGRAM.md, "Progression"; coach rules). Pure.
//!
//! - **Owned weights are the only weights.** With a list of the weights the user owns,
//!   every weight proposed (first, heavier, lighter, after a break) is one of them. Without
//!   one, steps are 1 kg (2.5 lb for lb users), on the grid the user thinks in (whole and
//!   half kg or lb).
//! - **No big jumps.** A raise is at most [`crate::units::max_raise_kg`]: the larger of
//!   25 % and 2 kg (5 lb). Bone and tendon adapt slowly; an owned weight further away is
//!   not proposed (the plan says what would let the user go on).

use crate::profile::Dumbbells;
use crate::units::{MIN_WEIGHT_KG, default_step_kg, max_raise_kg, on_grid, round_g};

/// Weights closer than this are the same weight.
const EPS: f64 = 1e-6;
/// No weight the coach proposes is lighter than this (a 1 kg dumbbell is the lightest
/// common one).
pub const MIN_PROPOSED_KG: f64 = 1.0;

fn owned(owned_kg: &[f64]) -> impl Iterator<Item = f64> + '_ {
    owned_kg
        .iter()
        .copied()
        .filter(|w| w.is_finite() && *w >= MIN_WEIGHT_KG)
}

/// The next weight up from `current_kg`: the lightest owned weight above it, else one step
/// up on the user's grid. It may be too big a step: see [`raise`].
#[must_use]
pub fn next_up(current_kg: f64, dumbbells: Dumbbells<'_>) -> Option<f64> {
    let Dumbbells { owned_kg, units } = dumbbells;
    if owned_kg.is_empty() {
        return Some(round_g(on_grid(current_kg, units) + default_step_kg(units)));
    }
    owned(owned_kg)
        .filter(|w| *w > current_kg + EPS)
        .min_by(f64::total_cmp)
}

/// What a raise from `current_kg` would be.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Raise {
    /// Propose this weight.
    To(f64),
    /// The next weight the user owns is further than a step; `max_kg` is the heaviest that
    /// would be one.
    TooBig { next_kg: f64, max_kg: f64 },
    /// Nothing heavier is owned.
    NoneOwned,
}

/// The raise the coach may propose from `current_kg` (rules 2 and 3).
#[must_use]
pub fn raise(current_kg: f64, dumbbells: Dumbbells<'_>) -> Raise {
    let units = dumbbells.units;
    let Some(next) = next_up(current_kg, dumbbells) else {
        return Raise::NoneOwned;
    };
    let max_kg = round_g(current_kg + max_raise_kg(current_kg, units));
    if next > max_kg + EPS {
        Raise::TooBig {
            next_kg: next,
            max_kg,
        }
    } else {
        Raise::To(next)
    }
}

/// The next weight down from `current_kg`: the heaviest owned weight below it, else one
/// step down on the grid, never under [`MIN_PROPOSED_KG`]. `None` when nothing lighter is
/// possible.
#[must_use]
pub fn next_down(current_kg: f64, dumbbells: Dumbbells<'_>) -> Option<f64> {
    let Dumbbells { owned_kg, units } = dumbbells;
    if owned_kg.is_empty() {
        let down =
            round_g(on_grid(current_kg, units) - default_step_kg(units)).max(MIN_PROPOSED_KG);
        return (down < current_kg - EPS).then_some(down);
    }
    owned(owned_kg)
        .filter(|w| *w < current_kg - EPS)
        .max_by(f64::total_cmp)
}

/// The weight at or below `target_kg` to propose: the heaviest owned one at or below it
/// (else the lightest owned, the only ones the user has), or without a list `target_kg`
/// on the grid, rounded down; never under [`MIN_PROPOSED_KG`].
#[must_use]
pub fn at_or_below(target_kg: f64, dumbbells: Dumbbells<'_>) -> f64 {
    let Dumbbells { owned_kg, units } = dumbbells;
    let target = target_kg.max(MIN_PROPOSED_KG);
    if owned_kg.is_empty() {
        return round_g(crate::units::grid_floor(target, units).max(MIN_PROPOSED_KG));
    }
    owned(owned_kg)
        .filter(|w| *w <= target + EPS)
        .max_by(f64::total_cmp)
        .or_else(|| owned(owned_kg).min_by(f64::total_cmp))
        .unwrap_or(target)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::Units;

    fn d(owned_kg: &[f64], units: Units) -> Dumbbells<'_> {
        Dumbbells { owned_kg, units }
    }
    use crate::units::to_kg;

    #[test]
    fn heavier_is_the_next_owned_weight_within_a_step() {
        let owned = [2.0, 4.0, 6.0, 8.0];
        assert_eq!(raise(8.0, d(&owned, Units::Kg)), Raise::NoneOwned);
        assert_eq!(raise(6.0, d(&owned, Units::Kg)), Raise::To(8.0));
        // 4 to 12 kg is +200 %: not proposed; up to 6 kg would be a step.
        assert_eq!(
            raise(4.0, d(&[4.0, 12.0], Units::Kg)),
            Raise::TooBig {
                next_kg: 12.0,
                max_kg: 6.0
            }
        );
        // Without a list: 1 kg, or 2.5 lb on the lb grid.
        assert_eq!(raise(9.0, d(&[], Units::Kg)), Raise::To(10.0));
        let fifteen = to_kg(15.0, Units::Lb);
        let Raise::To(up) = raise(fifteen, d(&[], Units::Lb)) else {
            panic!()
        };
        assert_eq!(crate::units::format_weight(up, Units::Lb), "17.5 lb");
    }

    #[test]
    fn lighter_is_an_owned_weight_or_a_step_never_under_one_kg() {
        assert_eq!(
            next_down(8.0, d(&[2.0, 4.0, 6.0, 8.0], Units::Kg)),
            Some(6.0)
        );
        assert_eq!(next_down(2.0, d(&[2.0, 4.0], Units::Kg)), None);
        assert_eq!(next_down(8.0, d(&[], Units::Kg)), Some(7.0));
        assert_eq!(next_down(1.0, d(&[], Units::Kg)), None);
        assert_eq!(next_down(1.5, d(&[], Units::Kg)), Some(1.0));
    }

    #[test]
    fn at_or_below_picks_an_owned_weight() {
        assert_eq!(at_or_below(4.0, d(&[5.0, 10.0, 15.0], Units::Kg)), 5.0);
        assert_eq!(at_or_below(4.0, d(&[2.0, 3.0, 5.0], Units::Kg)), 3.0);
        assert_eq!(at_or_below(6.75, d(&[], Units::Kg)), 6.5);
        assert_eq!(at_or_below(0.3, d(&[], Units::Kg)), 1.0);
    }
}
