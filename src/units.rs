//! Weights: parsed, bounded, converted and formatted in one place, for the TUI and every
//! command. Stored in kg; shown, typed and proposed in the user's units.
//!
//! A typed weight may carry its unit (`11lb`, `5kg`, `5 kg`, `7,5kg`, `7.5 KG`); a bare
//! number is in the user's units. A comma works as the decimal point.

use serde::{Deserialize, Serialize};

/// How weights are shown. They are always stored in kg.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Units {
    #[default]
    #[value(alias = "kilo")]
    Kg,
    #[value(alias = "pond")]
    Lb,
}

impl Units {
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Kg => "kg",
            Self::Lb => "lb",
        }
    }
}

/// Kilograms in one pound.
pub const KG_PER_LB: f64 = 0.453_592_37;
/// The lightest weight botsterk accepts: under this, a typing mistake ("0.001").
pub const MIN_WEIGHT_KG: f64 = 0.5;
/// The heaviest weight botsterk accepts: anything above is surely a typo.
pub const MAX_WEIGHT_KG: f64 = 300.0;

// One set of bounds for every way a number comes in: the live session counts up to them
// and stops, `botsterk log` and the history screens refuse 0 and anything over them, and
// the history file's reader refuses a number over them, naming its place
// (`store::bounds`). Weights: [`MIN_WEIGHT_KG`] to [`MAX_WEIGHT_KG`]; days: from
// `typed_day::FIRST_YEAR` to today.

/// The most reps in one set (posture moves too).
pub const MAX_REPS: u32 = 100;
/// The longest hold, in seconds: a plank, a balance hold, a posture move's hold.
pub const MAX_SECONDS: u32 = 600;
/// The most stomps of one foot in one set.
pub const MAX_STOMPS: u32 = 200;
/// The most sets of one exercise in one session (holds of one balance entry too).
pub const MAX_SETS: u32 = 10;

/// Why a typed weight was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WeightError {
    /// Not a number with an optional unit.
    NotAWeight,
    /// Under [`MIN_WEIGHT_KG`] or over [`MAX_WEIGHT_KG`] (zero and negatives too).
    OutOfRange,
}

/// A typed weight as kg (kept to the gram), or why not.
///
/// # Errors
/// [`WeightError::NotAWeight`] for anything but a number with an optional `kg`/`lb`;
/// [`WeightError::OutOfRange`] outside 0.5-300 kg.
pub fn parse_weight(text: &str, units: Units) -> Result<f64, WeightError> {
    let lower = text.trim().to_lowercase();
    let (number, unit) = if let Some(n) = lower.strip_suffix("kg") {
        (n, Units::Kg)
    } else if let Some(n) = lower
        .strip_suffix("lbs")
        .or_else(|| lower.strip_suffix("lb"))
    {
        (n, Units::Lb)
    } else {
        (lower.as_str(), units)
    };
    // "2½" is 2.5 and "½" a half; a decimal comma is a point.
    let number = number.trim();
    let number = match number.strip_suffix('½') {
        Some("") => "0.5".to_owned(),
        Some(whole) if whole.chars().all(|c| c.is_ascii_digit()) => format!("{whole}.5"),
        _ => number.to_owned(),
    }
    .replace(',', ".");
    // Only digits and one point: no "1e3", "inf" or "+5".
    if number.is_empty()
        || number.matches('.').count() > 1
        || !number
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == '-')
        || number.rfind('-').is_some_and(|i| i > 0)
    {
        return Err(WeightError::NotAWeight);
    }
    let value: f64 = number.parse().map_err(|_| WeightError::NotAWeight)?;
    let kg = round_g(to_kg(value, unit));
    if kg.is_finite() && (MIN_WEIGHT_KG..=MAX_WEIGHT_KG).contains(&kg) {
        Ok(kg)
    } else {
        Err(WeightError::OutOfRange)
    }
}

/// The first character of a typed weight that no weight uses (a minus sign, a letter
/// other than those of kg and lb): said as soon as it is typed, never dropped.
#[must_use]
pub fn unused_char(text: &str) -> Option<char> {
    text.chars().find(|c| {
        !(c.is_ascii_digit()
            || matches!(
                c.to_ascii_lowercase(),
                '.' | ',' | '½' | ' ' | 'k' | 'g' | 'l' | 'b' | 's'
            ))
    })
}

/// A part of a list of weights that is not a weight: the part as typed, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadPart {
    pub part: String,
    pub why: WeightError,
}

/// A list of weights as people type them, sorted, without repeats: `2, 4, 6`, `2,4,6`,
/// `1.5 2 3`, `1,5; 2; 3`, `1,5 kg; 2 kg`, `5lb,10lb`, `2½`. The one parser of such lists,
/// for `profile --owned-weights` and the settings screen.
///
/// Parts are separated by `;`, spaces and commas. In a list separated by `;` or spaces, a
/// comma between two digits is a decimal comma (`1,5 2 3` is 1.5, 2 and 3); in a list of
/// commas alone it separates (`2,5` is 2 and 5). A unit after a space belongs to the
/// number before it (`2 kg`). `½` is a half.
///
/// # Errors
/// The first part that is not a weight from 0.5 to 300 kg, as typed.
pub fn parse_weights(text: &str, units: Units) -> Result<Vec<f64>, BadPart> {
    let trimmed = text.trim();
    let decimal_comma = trimmed.contains(';') || trimmed.contains(char::is_whitespace);
    let chars: Vec<(usize, char)> = trimmed.char_indices().collect();
    let mut parts: Vec<&str> = Vec::new();
    let mut start = 0;
    for (i, &(at, c)) in chars.iter().enumerate() {
        let between_digits = || {
            i > 0
                && chars[i - 1].1.is_ascii_digit()
                && chars.get(i + 1).is_some_and(|(_, n)| n.is_ascii_digit())
        };
        let separates =
            c == ';' || c.is_whitespace() || (c == ',' && !(decimal_comma && between_digits()));
        if separates {
            parts.push(&trimmed[start..at]);
            start = at + c.len_utf8();
        }
    }
    parts.push(&trimmed[start..]);
    // A unit word alone belongs to the number before it.
    let mut merged: Vec<String> = Vec::new();
    for part in parts.into_iter().filter(|p| !p.is_empty()) {
        let unit_word = matches!(part.to_lowercase().as_str(), "kg" | "lb" | "lbs");
        match merged.last_mut() {
            Some(last)
                if unit_word
                    && last
                        .chars()
                        .last()
                        .is_some_and(|c| c.is_ascii_digit() || c == '½') =>
            {
                last.push_str(part);
            }
            _ => merged.push(part.to_owned()),
        }
    }
    let mut weights = merged
        .iter()
        .map(|part| {
            parse_weight(part, units).map_err(|why| BadPart {
                part: part.clone(),
                why,
            })
        })
        .collect::<Result<Vec<f64>, _>>()?;
    weights.sort_by(f64::total_cmp);
    weights.dedup_by(|a, b| (*a - *b).abs() < 1e-6);
    Ok(weights)
}

/// `value` in `unit` as kg.
#[must_use]
pub fn to_kg(value: f64, unit: Units) -> f64 {
    match unit {
        Units::Kg => value,
        Units::Lb => value * KG_PER_LB,
    }
}

/// `kg` in `unit`.
#[must_use]
pub fn from_kg(kg: f64, unit: Units) -> f64 {
    match unit {
        Units::Kg => kg,
        Units::Lb => kg / KG_PER_LB,
    }
}

/// Grams are enough; avoids 2.1 + 1.0 = 3.1000000000000001.
#[must_use]
pub fn round_g(kg: f64) -> f64 {
    (kg * 1000.0).round() / 1000.0
}

/// A number without a needless ".0" and at most two decimals: "8", "2.5", "17.64".
#[must_use]
pub fn format_number(value: f64) -> String {
    let mut text = String::new();
    write_number(&mut text, value);
    text
}

/// [`format_number`] written at the end of `out`.
pub fn write_number(out: &mut String, value: f64) {
    use std::fmt::Write;
    let rounded = (value * 100.0).round() / 100.0;
    if rounded.fract() == 0.0 {
        // A whole number: `Fixed` writes it as `{:.0}` does, without its slow path.
        let _ = write!(out, "{:.0}", crate::decimal::Fixed(rounded));
    } else {
        let _ = write!(out, "{rounded}");
    }
}

/// A weight in `units`: "8 kg", "17.5 lb" (lb to a tenth).
#[must_use]
pub fn format_weight(kg: f64, units: Units) -> String {
    let mut text = String::new();
    write_weight(&mut text, kg, units);
    text
}

/// [`format_weight`] written at the end of `out`: the report writes a weight for every
/// exercise of every session it lists, straight into its page (issue 28).
pub fn write_weight(out: &mut String, kg: f64, units: Units) {
    match units {
        Units::Kg => write_number(out, kg),
        Units::Lb => write_number(out, (from_kg(kg, Units::Lb) * 10.0).round() / 10.0),
    }
    out.push_str(match units {
        Units::Kg => " kg",
        Units::Lb => " lb",
    });
}

/// A weight as typed in a command: "17.5" in the user's units, plain enough to type back.
#[must_use]
pub fn typed(kg: f64, units: Units) -> String {
    match units {
        Units::Kg => format_number(kg),
        Units::Lb => format_number((from_kg(kg, Units::Lb) * 10.0).round() / 10.0),
    }
}

/// The step the coach moves a weight by when the user owns no list: 1 kg, or 2.5 lb.
#[must_use]
pub fn default_step_kg(units: Units) -> f64 {
    match units {
        Units::Kg => 1.0,
        Units::Lb => 2.5 * KG_PER_LB,
    }
}

/// The biggest raise the coach proposes from `current_kg`: the larger of 25 % and 2 kg
/// (5 lb for lb users). Bone and tendon adapt slowly; a bigger jump risks injury.
#[must_use]
pub fn max_raise_kg(current_kg: f64, units: Units) -> f64 {
    let floor = match units {
        Units::Kg => 2.0,
        Units::Lb => 5.0 * KG_PER_LB,
    };
    (current_kg * 0.25).max(floor)
}

/// Whether going from `from_kg` to `to_kg` is more than a step ([`max_raise_kg`]), up or
/// down: a jump to ask about. Weights are kept to the gram, so the step is too: the coach's
/// own 5 lb raise (1.361 kg to 3.629 kg) is a step, not a jump (issue 24).
#[must_use]
pub fn beyond_a_step(from_kg: f64, to_kg: f64, units: Units) -> bool {
    round_g((to_kg - from_kg).abs()) > round_g(max_raise_kg(from_kg, units)) + GRAM / 2.0
}

/// One gram, in kg: the precision weights are kept to.
pub const GRAM: f64 = 0.001;

/// `kg` on the grid the user thinks in: whole and half kg, or whole and half lb.
#[must_use]
pub fn on_grid(kg: f64, units: Units) -> f64 {
    let half = |v: f64| (v * 2.0).round() / 2.0;
    round_g(to_kg(half(from_kg(kg, units)), units))
}

/// `kg` rounded down to the user's grid (whole and half kg or lb).
#[must_use]
pub fn grid_floor(kg: f64, units: Units) -> f64 {
    let value = from_kg(kg, units);
    let floored = ((value + 1e-9) * 2.0).floor() / 2.0;
    round_g(to_kg(floored, units))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The coach's raise (the current weight plus the most a step allows, kept to the
        /// gram) is never a jump to ask about, in kg or lb.
        #[test]
        fn the_coachs_own_raise_is_never_a_jump(value in 1.0f64..200.0, lb in proptest::bool::ANY) {
            let units = if lb { Units::Lb } else { Units::Kg };
            let from = round_g(to_kg((value * 2.0).round() / 2.0, units));
            let to = round_g(from + max_raise_kg(from, units));
            proptest::prop_assert!(!beyond_a_step(from, to, units));
            proptest::prop_assert!(beyond_a_step(from, to + 0.01, units));
        }
    }

    #[test]
    fn three_to_eight_lb_is_a_step() {
        let (three, eight) = (
            parse_weight("3lb", Units::Lb).unwrap(),
            parse_weight("8lb", Units::Lb).unwrap(),
        );
        assert!(!beyond_a_step(three, eight, Units::Lb));
        assert!(beyond_a_step(
            three,
            parse_weight("9lb", Units::Lb).unwrap(),
            Units::Lb
        ));
    }

    #[test]
    fn weights_are_typed_with_or_without_a_unit_and_a_comma_or_point() {
        assert_eq!(parse_weight("6,5", Units::Kg), Ok(6.5));
        assert_eq!(parse_weight("7.5", Units::Kg), Ok(7.5));
        assert_eq!(parse_weight("5kg", Units::Lb), Ok(5.0));
        assert_eq!(parse_weight("5 kg", Units::Lb), Ok(5.0));
        assert_eq!(parse_weight("7,5kg", Units::Lb), Ok(7.5));
        assert_eq!(parse_weight("11lb", Units::Kg), Ok(4.99));
        assert_eq!(parse_weight("20", Units::Lb), Ok(9.072));
        assert_eq!(parse_weight(" 8 KG ", Units::Kg), Ok(8.0));
    }

    #[test]
    fn impossible_weights_are_refused_never_shown_as_zero() {
        for text in ["0.001", "0", "-5", "0.4", "301", "700lb"] {
            assert_eq!(
                parse_weight(text, Units::Kg),
                Err(WeightError::OutOfRange),
                "{text}"
            );
        }
        for text in ["", "heavy", "1e3", "inf", "NaN", "5 5", "1.2.3", "5-", "kg"] {
            assert_eq!(
                parse_weight(text, Units::Kg),
                Err(WeightError::NotAWeight),
                "{text}"
            );
        }
        assert_eq!(parse_weight("0.5", Units::Kg), Ok(0.5));
        assert_eq!(parse_weight("300", Units::Kg), Ok(300.0));
    }

    #[test]
    fn lists_of_weights() {
        assert_eq!(
            parse_weights("8, 4;2 6", Units::Kg),
            Ok(vec![2.0, 4.0, 6.0, 8.0])
        );
        assert_eq!(parse_weights("4, 4.0", Units::Kg), Ok(vec![4.0]));
        assert_eq!(
            parse_weights("5 lb, 10lb", Units::Kg),
            Ok(vec![2.268, 4.536])
        );
        assert_eq!(parse_weights("", Units::Kg), Ok(vec![]));
        assert_eq!(
            parse_weights("4,heavy", Units::Kg),
            Err(BadPart {
                part: "heavy".into(),
                why: WeightError::NotAWeight
            })
        );
    }

    #[test]
    fn lists_as_people_type_them() {
        let kg = |text| parse_weights(text, Units::Kg);
        assert_eq!(kg("1,5; 2; 3"), Ok(vec![1.5, 2.0, 3.0]));
        assert_eq!(kg("1.5 2 3"), Ok(vec![1.5, 2.0, 3.0]));
        assert_eq!(kg("1,5 2 3"), Ok(vec![1.5, 2.0, 3.0]));
        assert_eq!(kg("1,5 kg; 2 kg"), Ok(vec![1.5, 2.0]));
        assert_eq!(kg("2½"), Ok(vec![2.5]));
        assert_eq!(kg("½; 2½ kg"), Ok(vec![0.5, 2.5]));
        assert_eq!(kg("2,4,6"), Ok(vec![2.0, 4.0, 6.0]));
        assert_eq!(kg("2, 4, 6,5"), Ok(vec![2.0, 4.0, 6.5]));
        assert_eq!(kg("  "), Ok(vec![]));
        assert_eq!(
            parse_weights("10 lb; 2,5 lb", Units::Kg),
            Ok(vec![1.134, 4.536])
        );
        for (text, part, why) in [
            ("1,5; 2; x3", "x3", WeightError::NotAWeight),
            ("2 kilo", "kilo", WeightError::NotAWeight),
            ("-1", "-1", WeightError::OutOfRange),
            ("2; 400", "400", WeightError::OutOfRange),
            ("kg", "kg", WeightError::NotAWeight),
            ("1,5,5; 2", "1,5,5", WeightError::NotAWeight),
        ] {
            assert_eq!(
                kg(text),
                Err(BadPart {
                    part: part.into(),
                    why
                }),
                "{text}"
            );
        }
    }

    #[test]
    fn weights_are_shown_in_the_users_units() {
        assert_eq!(format_weight(8.0, Units::Kg), "8 kg");
        assert_eq!(format_weight(2.5, Units::Kg), "2.5 kg");
        assert_eq!(format_weight(to_kg(15.0, Units::Lb), Units::Lb), "15 lb");
        assert_eq!(typed(to_kg(17.5, Units::Lb), Units::Lb), "17.5");
    }

    #[test]
    fn steps_and_limits_follow_the_units() {
        assert_eq!(max_raise_kg(4.0, Units::Kg), 2.0);
        assert_eq!(max_raise_kg(12.0, Units::Kg), 3.0);
        assert!((max_raise_kg(4.0, Units::Lb) - 2.268).abs() < 0.001);
        assert!((default_step_kg(Units::Lb) - 1.134).abs() < 0.001);
        // 15 lb stays 15 lb on the grid; 7.8 kg is 17.2 lb, on the grid 17 lb.
        let fifteen = to_kg(15.0, Units::Lb);
        assert!((on_grid(fifteen, Units::Lb) - fifteen).abs() < 0.001);
        assert_eq!(format_weight(on_grid(7.8, Units::Lb), Units::Lb), "17 lb");
        assert_eq!(on_grid(7.3, Units::Kg), 7.5);
    }
}
