//! The published norms of the test day, read from `assets/function-tests.json` (embedded),
//! and a result placed against them. A norm is found only for the ages a table covers and,
//! where the table differs for men and women, only when the user said which.

use std::sync::LazyLock;

use serde::Deserialize;

use super::{BALANCE_STAGES, Person, TestKind};
use crate::profile::Sex;

const NORMS_JSON: &str = include_str!("../../../assets/function-tests.json");

/// A source of a norm, as named under a result and in the report.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Source {
    /// `CDC STEADI`, `Rikli & Jones 1999`, ...
    pub short: String,
    /// The full reference.
    pub full: String,
    pub url: String,
}

#[derive(Deserialize)]
struct Sources {
    steadi: Source,
    #[serde(rename = "rikli-jones-1999")]
    rikli_jones: Source,
    #[serde(rename = "bohannon-2006")]
    bohannon: Source,
    ewgsop2: Source,
}

#[derive(Deserialize)]
struct ChairRow {
    ages: [u32; 2],
    men_below: u32,
    women_below: u32,
    men_normal: [u32; 2],
    women_normal: [u32; 2],
}

#[derive(Deserialize)]
struct ChairTable {
    rows: Vec<ChairRow>,
}

#[derive(Deserialize)]
struct BalanceTable {
    risk_below_stage: String,
    ages: [u32; 2],
}

#[derive(Deserialize)]
struct TugMean {
    ages: [u32; 2],
    seconds: f64,
}

#[derive(Deserialize)]
struct TugTable {
    risk_at_seconds: f64,
    means: Vec<TugMean>,
}

#[derive(Deserialize)]
struct GripTable {
    men_low_below_kg: f64,
    women_low_below_kg: f64,
}

#[derive(Deserialize)]
struct Tables {
    sources: Sources,
    chair_stand: ChairTable,
    balance_test: BalanceTable,
    tug: TugTable,
    grip: GripTable,
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    // The file is part of the binary and read by a unit test: it cannot fail to parse.
    serde_json::from_str(NORMS_JSON).expect("assets/function-tests.json is valid")
});

/// The norm a result is placed against.
#[derive(Debug, Clone, PartialEq)]
pub enum Norm {
    /// Chair stand: below `below` is below average (CDC STEADI); `usual` is the middle
    /// 50 % (Rikli & Jones 1999) for `sex` aged `ages`.
    ChairStand {
        ages: [u32; 2],
        sex: Sex,
        below: u32,
        usual: [u32; 2],
    },
    /// Balance: fewer than `risk_below` stages held (tandem not held for 10 s) marks a
    /// raised falls risk (CDC STEADI).
    BalanceTest { risk_below: u32 },
    /// TUG: `risk_at` seconds or more marks a risk (CDC STEADI); `mean` is the mean for
    /// `ages` (Bohannon 2006).
    Tug {
        ages: [u32; 2],
        risk_at: f64,
        mean: f64,
    },
    /// Grip: below `low_below` kg is low (EWGSOP2).
    Grip { sex: Sex, low_below: f64 },
}

impl Norm {
    /// The threshold as a value of the test (for the line in a chart): the first value
    /// that is not below it, or the value from which on it is a risk (TUG).
    #[must_use]
    pub fn threshold(&self) -> f64 {
        match self {
            Self::ChairStand { below, .. } => f64::from(*below),
            Self::BalanceTest { risk_below } => f64::from(*risk_below),
            Self::Tug { risk_at, .. } => *risk_at,
            Self::Grip { low_below, .. } => *low_below,
        }
    }

    /// The sources to name with it, in order.
    #[must_use]
    pub fn sources(&self) -> Vec<&'static Source> {
        sources_of(match self {
            Self::ChairStand { .. } => TestKind::ChairStand,
            Self::BalanceTest { .. } => TestKind::BalanceTest,
            Self::Tug { .. } => TestKind::Tug,
            Self::Grip { .. } => TestKind::Grip,
        })
    }
}

/// The sources of a test's norms, in order.
#[must_use]
pub fn sources_of(kind: TestKind) -> Vec<&'static Source> {
    let s = &TABLES.sources;
    match kind {
        TestKind::ChairStand => vec![&s.steadi, &s.rikli_jones],
        TestKind::BalanceTest => vec![&s.steadi],
        TestKind::Tug => vec![&s.steadi, &s.bohannon],
        TestKind::Grip => vec![&s.ewgsop2],
    }
}

/// Where a result is against its norm. Never a diagnosis: `TalkItOver` asks the user to
/// talk it over with their physiotherapist or doctor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placed {
    /// Below the range (or at risk for the TUG and the balance test, low grip).
    TalkItOver,
    /// Within the usual range (or not at risk).
    Usual,
    /// Above the usual range (chair stand only).
    AboveUsual,
}

/// The norm for `kind` for `person`, when the tables cover them: `None` when the age or
/// (for chair stand and grip) the sex is not known, or the age is outside the table.
#[must_use]
pub fn norm(kind: TestKind, person: Person) -> Option<Norm> {
    let t = &*TABLES;
    let within = |ages: [u32; 2], age: u32| (ages[0]..=ages[1]).contains(&age);
    match kind {
        TestKind::ChairStand => {
            let (age, sex) = (person.age?, person.sex?);
            let row = t.chair_stand.rows.iter().find(|r| within(r.ages, age))?;
            let (below, usual) = match sex {
                Sex::Female => (row.women_below, row.women_normal),
                Sex::Male => (row.men_below, row.men_normal),
                Sex::RatherNotSay => return None,
            };
            Some(Norm::ChairStand {
                ages: row.ages,
                sex,
                below,
                usual,
            })
        }
        TestKind::BalanceTest => {
            within(t.balance_test.ages, person.age?).then_some(())?;
            let stage = BALANCE_STAGES
                .iter()
                .position(|s| *s == t.balance_test.risk_below_stage)?;
            Some(Norm::BalanceTest {
                risk_below: u32::try_from(stage + 1).ok()?,
            })
        }
        TestKind::Tug => {
            let age = person.age?;
            let mean = t.tug.means.iter().find(|m| within(m.ages, age))?;
            Some(Norm::Tug {
                ages: mean.ages,
                risk_at: t.tug.risk_at_seconds,
                mean: mean.seconds,
            })
        }
        TestKind::Grip => {
            let sex = person.sex?;
            let low_below = match sex {
                Sex::Female => t.grip.women_low_below_kg,
                Sex::Male => t.grip.men_low_below_kg,
                Sex::RatherNotSay => return None,
            };
            Some(Norm::Grip { sex, low_below })
        }
    }
}

/// A result placed against its norm.
#[must_use]
pub fn place(value: f64, norm: &Norm) -> Placed {
    match norm {
        Norm::ChairStand { below, usual, .. } => {
            if value < f64::from(*below) {
                Placed::TalkItOver
            } else if value > f64::from(usual[1]) {
                Placed::AboveUsual
            } else {
                Placed::Usual
            }
        }
        Norm::BalanceTest { risk_below } if value < f64::from(*risk_below) => Placed::TalkItOver,
        Norm::Tug { risk_at, .. } if value >= *risk_at => Placed::TalkItOver,
        Norm::Grip { low_below, .. } if value < *low_below => Placed::TalkItOver,
        _ => Placed::Usual,
    }
}
