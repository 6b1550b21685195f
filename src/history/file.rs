//! The history as it is laid out in the file, for serde: a weight decision's unknown
//! fields sit in the decision's object in the file, but in [`History::weight_change_extras`]
//! in memory, so that [`WeightChange`] (the coach's type) stays as it is.

use serde::{Deserialize, Serialize};

use super::extra::Extra;
use super::{History, SessionRecord, WeightChange};

/// A value with the fields this build does not know beside it, in one JSON object.
struct Flat<T> {
    value: T,
    extra: Extra,
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Flat<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let mut extra = Extra::new();
        let value = T::deserialize(super::unknown::KeepUnknown::new(d, &mut extra))?;
        Ok(Self { value, extra })
    }
}

#[derive(Serialize)]
struct FlatRef<'a, T> {
    #[serde(flatten)]
    value: &'a T,
    #[serde(flatten)]
    extra: &'a Extra,
}

/// What is read from the file.
#[derive(Deserialize)]
#[serde(remote = "Self")]
pub(super) struct HistoryFile {
    version: u32,
    sessions: Vec<SessionRecord>,
    #[serde(default)]
    weight_changes: Vec<Flat<WeightChange>>,
    #[serde(default)]
    pain_checks: Vec<super::PainCheckAnswer>,
    #[serde(default)]
    practice: Vec<super::PracticeRecord>,
    #[serde(default)]
    tests: Vec<super::TestRecord>,
    #[serde(default)]
    falls: Vec<super::FallRecord>,
    #[serde(skip)]
    extra: Extra,
}

impl<'de> Deserialize<'de> for HistoryFile {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let mut extra = Extra::new();
        let mut file = Self::deserialize(super::unknown::KeepUnknown::new(d, &mut extra))?;
        file.extra = extra;
        Ok(file)
    }
}

impl From<HistoryFile> for History {
    fn from(file: HistoryFile) -> Self {
        let (weight_changes, mut weight_change_extras): (_, Vec<Extra>) = file
            .weight_changes
            .into_iter()
            .map(|f| (f.value, f.extra))
            .unzip();
        // None at the end is the same as none at all (so a history reads back equal).
        while weight_change_extras.last().is_some_and(|e| e.is_empty()) {
            weight_change_extras.pop();
        }
        Self {
            version: file.version,
            sessions: file.sessions,
            weight_changes,
            pain_checks: file.pain_checks,
            practice: file.practice,
            tests: file.tests,
            falls: file.falls,
            weight_change_extras,
            extra: file.extra,
        }
    }
}

/// What is written, borrowed from the history (no copy of it is made to save it).
#[derive(Serialize)]
struct HistoryOut<'a> {
    version: u32,
    sessions: &'a [SessionRecord],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    weight_changes: Vec<FlatRef<'a, WeightChange>>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pain_checks: &'a [super::PainCheckAnswer],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    practice: &'a [super::PracticeRecord],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    tests: &'a [super::TestRecord],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    falls: &'a [super::FallRecord],
    #[serde(flatten)]
    extra: &'a Extra,
}

impl Serialize for History {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        static NONE: std::sync::LazyLock<Extra> = std::sync::LazyLock::new(Extra::new);
        // Decisions added in memory have no unknown fields: the extras run short then.
        let weight_changes = self
            .weight_changes
            .iter()
            .enumerate()
            .map(|(i, value)| FlatRef {
                value,
                extra: self.weight_change_extras.get(i).unwrap_or(&NONE),
            })
            .collect();
        HistoryOut {
            version: self.version,
            sessions: &self.sessions,
            weight_changes,
            pain_checks: &self.pain_checks,
            practice: &self.practice,
            tests: &self.tests,
            falls: &self.falls,
            extra: &self.extra,
        }
        .serialize(serializer)
    }
}
