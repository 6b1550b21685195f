//! A number's text with a fixed number of decimals (0 or 1), byte for byte as
//! `format!("{:.0}")` and `format!("{:.1}")` write it, without the standard library's exact
//! path: a value on a tie such as 12.25 (common in chart coordinates: halves and quarters of
//! a pixel) sends `{:.1}` into its big-number algorithm, a quarter of the report's time on a
//! year of history (issue 28). Here the value's exact binary form is rounded with integers.
//!
//! [`Fixed`] is a `Display` that honours the precision it is written with: `{:.1}` of
//! `Fixed(x)` is `{:.1}` of `x`. Anything else (another precision, a width, a sign flag, a
//! value too large or not finite) goes to the standard library as it is.

use std::fmt;

/// `f64` text, fast for the precisions 0 and 1 (see the module).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fixed(pub f64);

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plain = f.width().is_none() && !f.sign_plus() && !f.sign_minus() && !f.alternate();
        match (plain, f.precision()) {
            (true, Some(decimals @ (0 | 1))) => match tenths_or_units(self.0, decimals == 1) {
                Some((negative, n)) => write_fixed(f, negative, n, decimals == 1),
                None => fmt::Display::fmt(&self.0, f),
            },
            _ => fmt::Display::fmt(&self.0, f),
        }
    }
}

/// The sign and `|value| * 10` (with `tenths`) or `|value|` rounded half to even on the
/// exact binary value, as the standard library rounds; `None` when not finite or too large
/// for the integers used here.
fn tenths_or_units(value: f64, tenths: bool) -> Option<(bool, u64)> {
    if !value.is_finite() {
        return None;
    }
    let bits = value.to_bits();
    let negative = bits >> 63 == 1;
    let exponent_bits = (bits >> 52) & 0x7ff;
    let fraction = bits & ((1 << 52) - 1);
    // value = mantissa * 2^exponent, exactly.
    let (mantissa, exponent) = if exponent_bits == 0 {
        (fraction, -1074)
    } else {
        (
            fraction | (1 << 52),
            i64::try_from(exponent_bits).ok()? - 1075,
        )
    };
    // Below 2^57: ten times a 53-bit mantissa.
    let scaled = if tenths { mantissa * 10 } else { mantissa };
    if exponent >= 0 {
        // Whole numbers up to 2^63: beyond, the standard library's text.
        let shift = u32::try_from(exponent).ok()?;
        return (shift <= 6).then(|| (negative, scaled << shift));
    }
    let shift = u32::try_from(-exponent).ok()?;
    if shift >= 64 {
        // Below 2^57 * 2^-64 = 1/128: rounds to zero.
        return Some((negative, 0));
    }
    let whole = scaled >> shift;
    let rest = scaled & ((1 << shift) - 1);
    let half = 1 << (shift - 1);
    let up = rest > half || (rest == half && whole % 2 == 1);
    Some((negative, whole + u64::from(up)))
}

fn write_fixed(f: &mut fmt::Formatter<'_>, negative: bool, n: u64, tenths: bool) -> fmt::Result {
    let mut digits = itoa::Buffer::new();
    if negative {
        f.write_str("-")?;
    }
    if tenths {
        f.write_str(digits.format(n / 10))?;
        f.write_str(".")?;
        f.write_str(digits.format(n % 10))
    } else {
        f.write_str(digits.format(n))
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::Fixed;

    fn same(x: f64) -> Result<(), TestCaseError> {
        prop_assert_eq!(format!("{:.1}", Fixed(x)), format!("{x:.1}"), "{:?}", x);
        prop_assert_eq!(format!("{:.0}", Fixed(x)), format!("{x:.0}"), "{:?}", x);
        prop_assert_eq!(format!("{}", Fixed(x)), format!("{x}"));
        prop_assert_eq!(format!("{:.2}", Fixed(x)), format!("{x:.2}"));
        prop_assert_eq!(format!("{:>8.1}", Fixed(x)), format!("{x:>8.1}"));
        Ok(())
    }

    #[test]
    fn the_edges_are_written_as_the_standard_library_writes_them() {
        for x in [
            0.0,
            -0.0,
            0.05,
            0.15,
            0.25,
            -0.25,
            -0.04,
            0.5,
            1.5,
            2.5,
            -2.5,
            12.25,
            9.95,
            99.95,
            f64::MIN_POSITIVE,
            5e-324,
            -5e-324,
            1e15,
            2f64.powi(53),
            2f64.powi(59),
            2f64.powi(60) + 2048.0,
            1e300,
            f64::MAX,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ] {
            same(x).unwrap();
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]

        /// Any `f64` at all, bit pattern by bit pattern.
        #[test]
        fn any_value_is_written_as_the_standard_library_writes_it(bits in any::<u64>()) {
            same(f64::from_bits(bits))?;
        }

        /// Ties and near-ties, where the rounding is decided: chart coordinates' halves,
        /// quarters and twentieths of a unit, and one step either side of them.
        #[test]
        fn ties_round_as_the_standard_library_rounds_them(
            k in -2_000_000i64..2_000_000,
            over in prop::sample::select(&[2.0, 4.0, 8.0, 20.0, 40.0, 100.0][..]),
            step in -1i64..=1,
        ) {
            #[allow(clippy::cast_precision_loss)]
            let x = k as f64 / over;
            let x = f64::from_bits(x.to_bits().wrapping_add_signed(step));
            same(x)?;
        }

        /// Values as a chart has them: a plot's fractions of a few hundred pixels.
        #[test]
        fn coordinates_are_written_as_the_standard_library_writes_them(x in -1000.0f64..10_000.0) {
            same(x)?;
        }
    }
}
