//! The records of a test day and of the falls diary (issue 30): records of their own kind,
//! never a session, a practice or a rest day. The norms they are read against are in
//! `coach::function_test`; what a fall means for the plan is in `coach::falls`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::extra::Extra;

/// One result of a function test (`tests` in `history.json`).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct TestRecord {
    /// The user's local calendar day of the test.
    pub date: NaiveDate,
    /// `chair-stand`, `balance-test`, `tug` or `grip` (see `coach::function_test::TestKind`).
    /// Text, so that a kind added later is kept by this botsterk and shown as it is.
    pub kind: String,
    /// The result: stands in 30 s, stages held (0-4), seconds (TUG) or kg (grip).
    pub value: f64,
    /// `stands`, `stages`, `s` or `kg`.
    pub unit: String,
    /// Chair stand only: the arms were used, so the result is 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub used_arms: Option<bool>,
    /// Balance test only: the last stage held for the full 10 s (`side-by-side`,
    /// `semi-tandem`, `tandem`, `one-leg`); absent when none was.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<String>,
    /// Stopped with `4` for pain: the value is what was done until then.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub stopped_for_pain: bool,
    /// Entered afterwards with `botsterk log`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub logged: bool,
    /// The user's own words, or `null`.
    #[serde(default)]
    pub note: Option<String>,
    #[serde(flatten, skip_deserializing)]
    pub extra: Extra,
}

/// The most stands anyone makes in 30 s, with room: the live count stops there and `log`
/// takes no more.
pub const MAX_STANDS: u32 = 60;
/// The stages of the 4-stage balance test.
pub const BALANCE_STAGES: u32 = 4;
/// The longest TUG the live timer records (an hour: a timer left running); `log` takes up
/// to two minutes.
pub const MAX_TUG_SECONDS: f64 = 3600.0;
/// The most minutes on the floor a fall may hold: a day (as `botsterk fall` and the fall
/// form take).
pub const MAX_MINUTES_ON_FLOOR: u32 = 24 * 60;
/// The strongest grip botsterk takes, in kg.
pub const MAX_GRIP_KG: f64 = 100.0;
/// A result of a test kind this botsterk does not know (written by a later one, kept as it
/// is): any number up to this size either way.
const LATER_KIND_LIMIT: f64 = 1e6;

impl TestRecord {
    /// The results this test can have, from and to: from 0 (a test stopped for pain keeps
    /// what was done until then). Checked where the history is read (`store::bounds`): no
    /// person makes 1e308 stands. The kinds are `coach::function_test::TestKind`'s ids.
    #[must_use]
    pub fn result_bounds(&self) -> (f64, f64) {
        match self.kind.as_str() {
            "chair-stand" => (0.0, f64::from(MAX_STANDS)),
            "balance-test" => (0.0, f64::from(BALANCE_STAGES)),
            "tug" => (0.0, MAX_TUG_SECONDS),
            "grip" => (0.0, MAX_GRIP_KG),
            _ => (-LATER_KIND_LIMIT, LATER_KIND_LIMIT),
        }
    }
}

/// A fall, or a fall caught in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum FallKind {
    /// Came to rest on the ground, floor or a lower level (ProFaNE).
    #[default]
    #[value(alias = "val")]
    Fall,
    /// Would have fallen, but caught in time.
    #[value(alias = "bijna")]
    NearFall,
}

/// The part of the day a fall happened in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum PartOfDay {
    #[value(alias = "ochtend")]
    Morning,
    #[value(alias = "middag")]
    Afternoon,
    #[value(alias = "avond")]
    Evening,
    #[value(alias = "nacht")]
    Night,
}

/// Where a fall happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum FallPlace {
    #[value(alias = "binnen")]
    Inside,
    #[value(alias = "trap")]
    Stairs,
    #[value(alias = "badkamer")]
    Bathroom,
    #[value(alias = "buiten")]
    Outside,
}

/// What happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum FallCause {
    #[value(alias = "gestruikeld")]
    Tripped,
    #[value(alias = "uitgegleden")]
    Slipped,
    #[value(alias = "duizelig")]
    Dizzy,
    /// The legs gave way.
    #[value(alias = "benen-gaven-mee")]
    LegsGaveWay,
    #[value(alias = "evenwicht-kwijt")]
    LostBalance,
    #[value(alias = "anders")]
    Other,
}

/// The worst of what the fall did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Injury {
    #[value(alias = "geen")]
    None,
    #[value(alias = "blauwe-plek")]
    Bruise,
    #[value(alias = "pijn")]
    Pain,
    #[value(alias = "misschien-gebroken")]
    PossiblyBroken,
    /// Saw a doctor for it.
    #[value(alias = "dokter")]
    SawDoctor,
}

/// One entry of the falls diary (`falls` in `history.json`).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct FallRecord {
    /// The user's local calendar day of the fall.
    pub date: NaiveDate,
    pub kind: FallKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of_day: Option<PartOfDay>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<FallPlace>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub what: Option<FallCause>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub injury: Option<Injury>,
    /// Got up without help; `None` when not said (a near fall never reached the floor).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub got_up_alone: Option<bool>,
    /// About how long on the floor, in minutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes_on_floor: Option<u32>,
    #[serde(default)]
    pub note: Option<String>,
    /// The day the user said they are all right again (`botsterk fall --all-right`): from
    /// then on the fall holds nothing back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all_right: Option<NaiveDate>,
    #[serde(flatten, skip_deserializing)]
    pub extra: Extra,
}

impl FallRecord {
    /// An injury, or not getting up alone: call the doctor (huisarts) today, and no strength
    /// exercise gets harder until the user says they are all right.
    #[must_use]
    pub fn needs_doctor(&self) -> bool {
        self.injury.is_some_and(|i| i != Injury::None) || self.got_up_alone == Some(false)
    }
}

#[cfg(test)]
mod tests {
    use crate::history::History;

    #[test]
    fn tests_and_falls_round_trip_with_the_fields_botsterk_does_not_know() {
        let json = r#"{"version":3,"sessions":[],
            "tests":[{"date":"2026-12-09","kind":"chair-stand","value":12.0,"unit":"stands",
                      "used_arms":false,"note":null,"rater":"physio"},
                     {"date":"2026-12-09","kind":"sit-and-reach","value":-3.0,"unit":"cm","note":"later"}],
            "falls":[{"date":"2026-12-01","kind":"near_fall","what":"dizzy","note":null,
                      "shoes":"slippers"}]}"#;
        let history: History = serde_json::from_str(json).unwrap();
        assert_eq!(history.tests.len(), 2);
        assert_eq!(history.tests[0].extra["rater"], "physio");
        assert_eq!(
            history.tests[1].kind, "sit-and-reach",
            "a later kind is kept"
        );
        assert_eq!(history.falls[0].extra["shoes"], "slippers");
        let back: serde_json::Value =
            serde_json::from_str(&serde_json::to_string(&history).unwrap()).unwrap();
        let read: serde_json::Value = serde_json::from_str(json).unwrap();
        assert_eq!(back["tests"], read["tests"]);
        assert_eq!(back["falls"], read["falls"]);
        // An older file has neither, and writes neither back.
        let old: History = serde_json::from_str(r#"{"version":3,"sessions":[]}"#).unwrap();
        let written = serde_json::to_string(&old).unwrap();
        assert!(
            !written.contains("tests") && !written.contains("falls"),
            "{written}"
        );
    }
}
