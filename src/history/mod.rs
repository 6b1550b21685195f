//! The training record: what is written to `history.json`, and plain queries over it.
//!
//! The format is documented in `docs/history-format.md`; every change to these types that
//! changes the file must raise [`HISTORY_VERSION`] and add a fixture in `tests/fixtures/`.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::catalog::Program;

/// The version of the file format this build writes.
/// Version 2 added pain-check answers, `planned_sets` and sets stopped for pain: a
/// version-1 botsterk would drop those on its next rewrite, so it must refuse the file.
/// Version 3 added balance and posture practice (`practice`), for the same reason.
pub const HISTORY_VERSION: u32 = 3;

use extra::Extra;

keep_unknown_fields!(
    PainCheckAnswer,
    SessionRecord,
    ExerciseRecord,
    SetRecord,
    PracticeRecord,
    BalanceHold,
    PostureRecord,
    TestRecord,
    FallRecord,
);

/// The whole file. Read and written through [`file`], which keeps the unknown fields of
/// the weight decisions.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(from = "file::HistoryFile")]
pub struct History {
    pub version: u32,
    pub sessions: Vec<SessionRecord>,
    /// Every weight the user chose, accepted or declined, with its date (oldest first).
    pub weight_changes: Vec<WeightChange>,
    /// Every answer to a pain check, oldest first.
    pub pain_checks: Vec<PainCheckAnswer>,
    /// Balance and posture practice, oldest first: never a strength session.
    pub practice: Vec<PracticeRecord>,
    /// Function-test results (test days), oldest first: never a session or a practice.
    pub tests: Vec<TestRecord>,
    /// The falls diary: falls and near falls, oldest first.
    pub falls: Vec<FallRecord>,
    /// The unknown fields of each weight decision, by its index in `weight_changes`
    /// (shorter when decisions were added since the file was read).
    pub weight_change_extras: Vec<Extra>,
    pub extra: Extra,
}

impl Default for History {
    fn default() -> Self {
        Self {
            version: HISTORY_VERSION,
            sessions: Vec::new(),
            weight_changes: Vec::new(),
            pain_checks: Vec::new(),
            practice: Vec::new(),
            tests: Vec::new(),
            falls: Vec::new(),
            weight_change_extras: Vec::new(),
            extra: Extra::new(),
        }
    }
}

/// A weight decision the user made for one exercise: accepted a proposal (`to_kg` is the
/// proposed weight), entered another weight, declined (`to_kg == from_kg`), or chose a
/// first weight (`from_kg` is `None`). Stored in the history; the coach
/// reads them (`coach::progression`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WeightChange {
    /// The user's local calendar day of the decision.
    pub date: NaiveDate,
    /// The exercise id.
    pub exercise: String,
    /// The weight before, `None` for the first choice.
    pub from_kg: Option<f64>,
    /// The weight from now on.
    pub to_kg: f64,
}

impl WeightChange {
    /// A weight decision: on `date`, `exercise` from `from_kg` (`None`: the first weight)
    /// to `to_kg`. The one way to make one, so that a new field is written here alone.
    #[must_use]
    pub fn new(date: NaiveDate, exercise: String, from_kg: Option<f64>, to_kg: f64) -> Self {
        Self {
            date,
            exercise,
            from_kg,
            to_kg,
        }
    }

    /// A move to a heavier weight. A first choice (`from_kg` is `None`) is not an increase.
    #[must_use]
    pub fn is_increase(&self) -> bool {
        self.from_kg
            .is_some_and(|from| self.to_kg > from + KG_EPSILON)
    }

    /// A proposal the user declined: the weight stays what it was.
    #[must_use]
    pub fn is_decline(&self) -> bool {
        self.from_kg.is_some_and(|from| same_kg(from, self.to_kg))
    }
}

/// Weights closer than this are the same weight.
pub(crate) const KG_EPSILON: f64 = 1e-6;

/// Whether two weights are the same weight (see [`KG_EPSILON`]).
pub(crate) fn same_kg(a: f64, b: f64) -> bool {
    (a - b).abs() < KG_EPSILON
}

/// The user's answer to "has the pain been checked?" for one exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PainAnswer {
    /// A doctor or physiotherapist checked it: the exercise may come back, one step easier.
    Ok,
    /// Not checked yet: the exercise stays out, the question comes back.
    NotYet,
    /// Leave the exercise out for good (until `profile --include`).
    LeaveOut,
}

impl PainAnswer {
    /// The word used on the command line and in exports.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ok => "ok",
            Self::NotYet => "not-yet",
            Self::LeaveOut => "leave-out",
        }
    }
}

/// One answer to a pain check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct PainCheckAnswer {
    /// The user's local calendar day of the answer.
    pub date: NaiveDate,
    /// The exercise id.
    pub exercise: String,
    pub answer: PainAnswer,
    /// The day of the (first open) pain report the answer is about. Without `reports`
    /// (files from before issue 24's design 2), an `ok` or `leave-out` closes every pain
    /// report of the exercise on or before this day, whatever its date (a session dated
    /// after today by a wrong clock included).
    pub since: NaiveDate,
    /// The pain reports the answer was given for: the `started_at` of each session (or
    /// practice) with the exercise's pain. An `ok` or `leave-out` with them closes those
    /// reports and no other, so a later pain (the same day, or dated anywhere) opens a new
    /// hold.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reports: Vec<DateTime<FixedOffset>>,
    #[serde(flatten, skip_deserializing)]
    pub extra: Extra,
}

/// One training session as it was done.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SessionRecord {
    /// The user's local calendar day the session started on.
    #[serde(deserialize_with = "dates::date")]
    pub date: NaiveDate,
    #[serde(deserialize_with = "dates::date_time")]
    pub started_at: DateTime<FixedOffset>,
    #[serde(deserialize_with = "dates::date_time")]
    pub ended_at: DateTime<FixedOffset>,
    pub program: Program,
    /// True when the user stopped before the last exercise.
    #[serde(default)]
    pub ended_early: bool,
    /// True when entered afterwards with `botsterk log`, not followed live: its times are
    /// then noon of its date, not real clock times.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub logged: bool,
    /// The sets the session's plan held (for `log`: that day's plan): with fewer than half of them
    /// done, the session is *short* (see [`SessionRecord::is_short`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_sets: Option<u32>,
    pub exercises: Vec<ExerciseRecord>,
    #[serde(flatten, skip_deserializing)]
    pub extra: Extra,
}

impl PainCheckAnswer {
    /// An answer on `date` to the pain check of `exercise` whose first open report is
    /// `since`, closing no listed report (set `reports` for those it closes). The one way to
    /// make one, so that a new field is written here alone.
    #[must_use]
    pub fn new(date: NaiveDate, exercise: String, answer: PainAnswer, since: NaiveDate) -> Self {
        Self {
            date,
            exercise,
            answer,
            since,
            reports: Vec::new(),
            extra: Extra::default(),
        }
    }
}

impl SessionRecord {
    /// Sets done, in all exercises.
    #[must_use]
    pub fn sets_done(&self) -> usize {
        self.exercises.iter().map(|e| e.sets.len()).sum()
    }

    /// Fewer than half of the planned sets were done: the session counts in the bone dose,
    /// but makes no rest day and does not count toward the week (a session stopped early
    /// after a set or two did not load the whole body). Logged sessions hold the plan of
    /// their day too; sessions without a known plan (saved by an older botsterk) are never
    /// short.
    #[must_use]
    pub fn is_short(&self) -> bool {
        self.planned_sets
            .is_some_and(|planned| self.sets_done().saturating_mul(2) < planned as usize)
    }

    /// Whether pain was reported for any exercise.
    #[must_use]
    pub fn reports_pain(&self) -> bool {
        self.exercises.iter().any(ExerciseRecord::reports_pain)
    }
}

impl ExerciseRecord {
    /// Pain was reported: the effort answer, or a set stopped for pain.
    #[must_use]
    pub fn reports_pain(&self) -> bool {
        self.effort == Some(Effort::Pain) || self.sets.iter().any(|s| s.stopped_for_pain)
    }
}

/// One exercise within a session.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct ExerciseRecord {
    pub id: String,
    /// The working weight, for weighted exercises only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight_kg: Option<f64>,
    /// The target of each set: reps, seconds held, or stomps per foot.
    pub target: u32,
    pub sets: Vec<SetRecord>,
    /// How the last reps felt; `None` when skipped or stopped before the question.
    pub effort: Option<Effort>,
    pub skipped: bool,
    /// Where it hurt, when pain was reported and the user said (`4`, then one key).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain_site: Option<PainSite>,
    #[serde(flatten, skip_deserializing)]
    pub extra: Extra,
}

/// Where a reported pain was felt: asked with one key after `4` (skipping is fine).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PainSite {
    Knee,
    Hip,
    Back,
    Shoulder,
    WristOrHand,
    AnkleOrFoot,
    Elsewhere,
}

impl PainSite {
    /// In the order the question lists them: key `1` is the first.
    pub const ALL: [Self; 7] = [
        Self::Knee,
        Self::Hip,
        Self::Back,
        Self::Shoulder,
        Self::WristOrHand,
        Self::AnkleOrFoot,
        Self::Elsewhere,
    ];

    /// The name in the file: `knee`, `wrist_or_hand`, ...
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Knee => "knee",
            Self::Hip => "hip",
            Self::Back => "back",
            Self::Shoulder => "shoulder",
            Self::WristOrHand => "wrist_or_hand",
            Self::AnkleOrFoot => "ankle_or_foot",
            Self::Elsewhere => "elsewhere",
        }
    }
}

/// One set. Exactly the fields that apply are present.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SetRecord {
    /// Repetitions done (for stomps: both feet together).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reps: Option<u32>,
    /// Seconds held (the plank).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds: Option<u32>,
    /// Stomps with the left foot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left: Option<u32>,
    /// Stomps with the right foot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub right: Option<u32>,
    /// The set was under way when pain was reported (`4`): what was done until then.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub stopped_for_pain: bool,
    #[serde(flatten, skip_deserializing)]
    pub extra: Extra,
}

/// The answer to "How did the last reps feel?".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Effort {
    TooEasy,
    JustRight,
    TooHard,
    Pain,
}

/// One balance and posture practice. Kept apart from the sessions: it never makes a rest
/// day and never counts as a strength session.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct PracticeRecord {
    /// The user's local calendar day the practice started on.
    #[serde(deserialize_with = "dates::date")]
    pub date: NaiveDate,
    #[serde(deserialize_with = "dates::date_time")]
    pub started_at: DateTime<FixedOffset>,
    #[serde(deserialize_with = "dates::date_time")]
    pub ended_at: DateTime<FixedOffset>,
    /// Entered afterwards with `botsterk log` (times are then noon of its date).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub logged: bool,
    /// Every balance hold, in the order done.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub balance: Vec<BalanceHold>,
    /// Every posture move done.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub posture: Vec<PostureRecord>,
    #[serde(flatten, skip_deserializing)]
    pub extra: Extra,
}

impl PracticeRecord {
    /// Whether pain was reported in it (a balance hold or posture move stopped for pain).
    #[must_use]
    pub fn reports_pain(&self) -> bool {
        self.balance.iter().any(|h| h.stopped_for_pain)
            || self.posture.iter().any(|p| p.stopped_for_pain)
    }

    /// What is kept of it when it is thrown away: the holds and moves stopped for pain
    /// (a pain report is never lost), or `None` when no pain was reported.
    #[must_use]
    pub fn pain_only(&self) -> Option<Self> {
        self.reports_pain().then(|| Self {
            balance: self
                .balance
                .iter()
                .filter(|h| h.stopped_for_pain)
                .cloned()
                .collect(),
            posture: self
                .posture
                .iter()
                .filter(|p| p.stopped_for_pain)
                .cloned()
                .collect(),
            ..self.clone()
        })
    }

    /// Nothing in it but pain: every hold and move stopped for pain (what is kept of a
    /// practice thrown away). It is not a day of practice.
    #[must_use]
    pub fn only_pain(&self) -> bool {
        self.reports_pain()
            && self.balance.iter().all(|h| h.stopped_for_pain)
            && self.posture.iter().all(|p| p.stopped_for_pain)
    }
}

/// One balance hold: the stance, how the user held on, how long, and how it went.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct BalanceHold {
    /// The stance id (`tandem`, `one-leg-left`, ...; see `assets/practice.json`).
    pub stance: String,
    /// The support id (`two-hands` ... `eyes-closed`).
    pub support: String,
    /// The hold asked for, in seconds.
    pub target_seconds: u32,
    /// The seconds actually held.
    pub seconds: u32,
    /// How it went; `None` when not answered (stopped for pain, or logged without it).
    pub rating: Option<Steadiness>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub stopped_for_pain: bool,
    /// Where it hurt, when pain was reported and the user said (`4`, then one key).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain_site: Option<PainSite>,
    #[serde(flatten, skip_deserializing)]
    pub extra: Extra,
}

/// How a balance hold went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Steadiness {
    Steady,
    Wobbly,
    /// Had to grip the counter.
    HeldOn,
}

impl Steadiness {
    /// The word used in exports and on the command line.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Steady => "steady",
            Self::Wobbly => "wobbly",
            Self::HeldOn => "held_on",
        }
    }
}

/// One posture move done.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct PostureRecord {
    /// The move's id (`chin-tuck`, `shoulder-squeeze`, `back-extension`).
    pub id: String,
    pub reps: u32,
    /// Seconds each rep was held, for moves with a hold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hold_seconds: Option<u32>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub stopped_for_pain: bool,
    /// Where it hurt, when pain was reported and the user said (`4`, then one key).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain_site: Option<PainSite>,
    #[serde(flatten, skip_deserializing)]
    pub extra: Extra,
}

impl History {
    /// The most recent session by date, if any.
    #[must_use]
    pub fn last_session(&self) -> Option<&SessionRecord> {
        self.sessions.iter().max_by_key(|s| (s.date, s.started_at))
    }
}

mod checks;
mod dates;
pub mod extra;
mod file;
pub mod journal;
pub mod unknown;
use unknown::keep_unknown_fields;

pub use checks::{
    BALANCE_STAGES, FallCause, FallKind, FallPlace, FallRecord, Injury, MAX_GRIP_KG,
    MAX_MINUTES_ON_FLOOR, MAX_STANDS, MAX_TUG_SECONDS, PartOfDay, TestRecord,
};

pub mod build;
