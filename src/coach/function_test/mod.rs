//! The test day (issue 30): four simple function tests that move in weeks where bone density
//! takes a year, their published norms (`norms`), and when the next test day is due (`due`).
//!
//! Pure: the history, the profile's two answers (year of birth, sex) and `today` come in.
//! The wording never diagnoses: a result is placed against a published range, and below it
//! the user is asked to talk it over with their physiotherapist or doctor (`i18n`).

pub mod due;
pub mod live;
pub mod norms;
pub mod series;

#[cfg(test)]
mod live_tests;
#[cfg(test)]
mod tests;

use chrono::{Datelike, NaiveDate};

pub use due::{TEST_DAY_EVERY_DAYS, TestDay, offer, test_day};
pub use norms::{Norm, Placed, Source, norm, place};

use crate::profile::Sex;

/// One of the tests of a test day, in the order they are done.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TestKind {
    /// The 30-second chair stand (CDC STEADI): full stands in 30 s, arms crossed.
    ChairStand,
    /// The 4-stage balance test (CDC STEADI): stages held for 10 s each.
    BalanceTest,
    /// Timed Up and Go (optional, with someone nearby): seconds.
    Tug,
    /// Grip strength (optional, with a dynamometer): kg.
    Grip,
}

impl TestKind {
    /// Every test, in the order of a test day.
    pub const ALL: [TestKind; 4] = [Self::ChairStand, Self::BalanceTest, Self::Tug, Self::Grip];

    /// The id in `history.json` and on the command line.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Self::ChairStand => "chair-stand",
            Self::BalanceTest => "balance-test",
            Self::Tug => "tug",
            Self::Grip => "grip",
        }
    }

    /// The unit its value is kept in.
    #[must_use]
    pub fn unit(self) -> &'static str {
        match self {
            Self::ChairStand => "stands",
            Self::BalanceTest => "stages",
            Self::Tug => "s",
            Self::Grip => "kg",
        }
    }

    /// Optional on a test day: needs someone nearby (TUG) or a dynamometer (grip).
    #[must_use]
    pub fn optional(self) -> bool {
        matches!(self, Self::Tug | Self::Grip)
    }

    /// A higher value is better (every test but the TUG, where fewer seconds is better).
    #[must_use]
    pub fn higher_is_better(self) -> bool {
        self != Self::Tug
    }

    /// From its id or a name typed in English or Dutch (`chair-stand`, `stoeltest`, ...).
    #[must_use]
    pub fn from_word(word: &str) -> Option<Self> {
        let w = word.trim().to_lowercase().replace(['_', ' '], "-");
        Some(match w.as_str() {
            "chair-stand" | "chair-stands" | "chair" | "stoeltest" | "opstaan" | "sta-op-test"
            | "opstaantest" => Self::ChairStand,
            "balance-test" | "4-stage" | "four-stage" | "balanstest" | "evenwichtstest" => {
                Self::BalanceTest
            }
            "tug" | "timed-up-and-go" | "up-and-go" | "opstaan-en-lopen" | "sta-op-en-loop" => {
                Self::Tug
            }
            "grip" | "grip-strength" | "knijpkracht" | "handknijpkracht" | "handkracht" => {
                Self::Grip
            }
            _ => return None,
        })
    }

    /// From the id a record holds (`None` for a kind a later botsterk added).
    #[must_use]
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// The stages of the 4-stage balance test, each held for 10 s without support.
pub const BALANCE_STAGES: [&str; 4] = ["side-by-side", "semi-tandem", "tandem", "one-leg"];

/// How long each balance stage is held.
pub const STAGE_SECONDS: u32 = 10;

/// The stage from its id or a word typed in English or Dutch, as stages held (1-4), or 0
/// for `none` / `geen` (not even the first).
#[must_use]
pub fn stages_held(word: &str) -> Option<u32> {
    let w = word.trim().to_lowercase().replace(['_', ' '], "-");
    Some(match w.as_str() {
        "none" | "geen" | "0" => 0,
        "side-by-side" | "feet-together" | "naast-elkaar" | "voeten-naast-elkaar" | "1" => 1,
        "semi-tandem" | "half-tandem" | "halve-tandem" | "2" => 2,
        "tandem" | "3" => 3,
        "one-leg" | "one-leg-stand" | "een-been" | "één-been" | "op-een-been" | "4" => 4,
        _ => return None,
    })
}

/// The stage id of `held` stages held (`None` for 0).
#[must_use]
pub fn stage_id(held: u32) -> Option<&'static str> {
    let i = usize::try_from(held).ok()?.checked_sub(1)?;
    BALANCE_STAGES.get(i).copied()
}

/// The 4-stage stop rule: each stage is held up to 10 s and the test stops at the first one
/// not held; the stages held in full are the result. `seconds` are the seconds each stage
/// done was held, in order (a later stage after one not held is not counted).
#[must_use]
pub fn balance_result(seconds: &[u32]) -> u32 {
    let held = seconds
        .iter()
        .take(BALANCE_STAGES.len())
        .take_while(|s| **s >= STAGE_SECONDS)
        .count();
    u32::try_from(held).unwrap_or(0)
}

/// The chair stand's count: full stands in 30 s, one more for a stand more than halfway up
/// when the time ran out, and 0 when the arms were used (the test ends with 0, CDC STEADI).
#[must_use]
pub fn chair_stand_result(full_stands: u32, halfway_at_end: bool, used_arms: bool) -> u32 {
    if used_arms {
        0
    } else {
        full_stands.saturating_add(u32::from(halfway_at_end))
    }
}

/// Who the norms are for: the profile's two answers, read on the day of a test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Person {
    /// Age in years on the day (the year minus the year of birth: the norms' age bands are
    /// five or ten years wide, so a birthday later in the year changes little).
    pub age: Option<u32>,
    /// Female or male; `None` for "rather not say" or not answered.
    pub sex: Option<Sex>,
}

impl Person {
    /// The person on `date`, from the profile's answers.
    #[must_use]
    pub fn on(birth_year: Option<i32>, sex: Option<Sex>, date: NaiveDate) -> Self {
        let age = birth_year
            .and_then(|year| u32::try_from(date.year().checked_sub(year)?).ok())
            .filter(|age| *age <= 130);
        Self {
            age,
            sex: sex.filter(|s| *s != Sex::RatherNotSay),
        }
    }
}
