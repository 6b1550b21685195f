//! Test results in `botsterk log` (issue 30): `chair-stand:12`, `chair-stand:arms`,
//! `balance-test:tandem`, `tug:9.4s`, `grip:22kg`, and the Dutch names (`stoeltest:12`,
//! `balanstest:tandem`, `knijpkracht:22kg`). Saved as records of their own (`tests`),
//! never a session or a practice.

use chrono::NaiveDate;

use crate::coach::function_test::{TestKind, chair_stand_result, stage_id, stages_held};
use crate::history::{MAX_GRIP_KG, MAX_STANDS, TestRecord};

/// The TUG's seconds `log` takes.
pub const TUG_SECONDS: std::ops::RangeInclusive<f64> = 1.0..=120.0;
/// The grip in kg `log` takes.
pub const GRIP_KG: std::ops::RangeInclusive<f64> = 1.0..=MAX_GRIP_KG;

/// The test an entry is a result of, from its first part; `None` for any other entry.
#[must_use]
pub fn kind_of(entry: &str) -> Option<TestKind> {
    let head = entry.split(':').next().unwrap_or_default();
    TestKind::from_word(head)
}

/// A test entry that cannot be taken: its test and the part as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadResult {
    pub kind: TestKind,
    pub typed: String,
}

/// Parses one test entry (one for which [`kind_of`] is `Some`) into a record of `date`.
///
/// # Errors
/// [`BadResult`] for a value missing, out of its range, or not of the test.
pub fn parse_test(entry: &str, date: NaiveDate) -> Result<TestRecord, BadResult> {
    let (head, value) = entry.split_once(':').unwrap_or((entry, ""));
    let kind = TestKind::from_word(head).ok_or_else(|| BadResult {
        kind: TestKind::ChairStand,
        typed: entry.to_owned(),
    })?;
    let bad = || BadResult {
        kind,
        typed: entry.to_owned(),
    };
    let value = value.trim().to_lowercase();
    let mut record = TestRecord {
        date,
        kind: kind.id().to_owned(),
        value: 0.0,
        unit: kind.unit().to_owned(),
        used_arms: None,
        stage: None,
        stopped_for_pain: false,
        logged: true,
        note: None,
        ..Default::default()
    };
    match kind {
        TestKind::ChairStand => {
            let arms = matches!(value.as_str(), "arms" | "armen" | "used-arms");
            let stands = if arms {
                0
            } else {
                value
                    .parse::<u32>()
                    .ok()
                    .filter(|n| *n <= MAX_STANDS)
                    .ok_or_else(bad)?
            };
            record.value = f64::from(chair_stand_result(stands, false, arms));
            record.used_arms = Some(arms);
        }
        TestKind::BalanceTest => {
            let held = stages_held(&value).ok_or_else(bad)?;
            record.value = f64::from(held);
            record.stage = stage_id(held).map(str::to_owned);
        }
        TestKind::Tug => record.value = number(&value, "s", &TUG_SECONDS).ok_or_else(bad)?,
        TestKind::Grip => record.value = number(&value, "kg", &GRIP_KG).ok_or_else(bad)?,
    }
    Ok(record)
}

/// A decimal number with an optional unit after it ("9.4s", "9,4 s", "22kg"), within range,
/// to one decimal.
fn number(text: &str, unit: &str, range: &std::ops::RangeInclusive<f64>) -> Option<f64> {
    let bare = text.strip_suffix(unit).unwrap_or(text).trim();
    let value: f64 = bare.replace(',', ".").parse().ok()?;
    let value = (value * 10.0).round() / 10.0;
    (value.is_finite() && range.contains(&value)).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 9).unwrap()
    }

    fn value(entry: &str) -> Result<f64, BadResult> {
        parse_test(entry, d()).map(|r| r.value)
    }

    #[test]
    fn results_in_either_language() {
        assert_eq!(value("chair-stand:12"), Ok(12.0));
        assert_eq!(value("stoeltest:12"), Ok(12.0));
        assert_eq!(value("tug:9.4s"), Ok(9.4));
        assert_eq!(value("TUG:9,4 s"), Ok(9.4));
        assert_eq!(value("tug:9.44"), Ok(9.4));
        assert_eq!(value("grip:22kg"), Ok(22.0));
        assert_eq!(value("knijpkracht:22,5kg"), Ok(22.5));
        let balance = parse_test("balanstest:tandem", d()).unwrap();
        assert_eq!(
            (balance.value, balance.stage.as_deref()),
            (3.0, Some("tandem"))
        );
        assert_eq!(balance.unit, "stages");
        let none = parse_test("balance-test:geen", d()).unwrap();
        assert_eq!((none.value, none.stage), (0.0, None));
        let arms = parse_test("chair-stand:armen", d()).unwrap();
        assert_eq!((arms.value, arms.used_arms), (0.0, Some(true)));
        assert!(arms.logged);
    }

    #[test]
    fn refusals_keep_what_was_typed() {
        for entry in [
            "chair-stand:61",
            "chair-stand:-1",
            "chair-stand:12.5",
            "chair-stand",
            "balance-test:wobbly",
            "tug:0.5s",
            "tug:121",
            "tug:fast",
            "tug:NaN",
            "grip:0kg",
            "grip:22lb",
            "grip:inf",
        ] {
            let e = value(entry).unwrap_err();
            assert_eq!(e.typed, entry);
        }
        assert_eq!(
            kind_of("balance:tandem:no-hands:10"),
            None,
            "practice stays practice"
        );
        assert_eq!(kind_of("goblet-squat:12"), None);
        assert_eq!(kind_of("tug:9"), Some(TestKind::Tug));
    }
}
