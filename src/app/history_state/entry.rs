//! A session's sets as rows, and what is typed into a correction: a count, a weight, an
//! effort, read and shown.

use super::*;

/// A weight as the user types it, in their units: "8", "17.6".
pub(super) fn in_units(kg: f64, units: crate::units::Units) -> String {
    crate::units::typed(kg, units)
}

/// A set's count as the user types it: "12", "30" (seconds), "20/19" (left/right stomps).
#[must_use]
pub fn count_text(measure: Measure, set: &SetRecord) -> String {
    match measure {
        Measure::Reps | Measure::TimedReps => set.reps.unwrap_or(0).to_string(),
        Measure::Hold => set.seconds.unwrap_or(0).to_string(),
        Measure::Stomps => match (set.left, set.right) {
            (Some(l), Some(r)) => format!("{l}/{r}"),
            _ => {
                let half = set.reps.unwrap_or(0) / 2;
                format!("{half}/{half}")
            }
        },
    }
}

/// The typed count as a set, or `None` when it is not a count that could be true.
#[must_use]
pub fn parse_count(measure: Measure, text: &str) -> Option<SetRecord> {
    let number = |s: &str| s.trim().parse::<u32>().ok();
    match measure {
        Measure::Reps | Measure::TimedReps => number(text)
            .filter(|n| (1..=MAX_REPS).contains(n))
            .map(|n| SetRecord {
                reps: Some(n),
                ..SetRecord::default()
            }),
        Measure::Hold => number(text)
            .filter(|n| (1..=MAX_HOLD_SECONDS).contains(n))
            .map(|n| SetRecord {
                seconds: Some(n),
                ..SetRecord::default()
            }),
        Measure::Stomps => {
            let (left, right) = text.split_once(['/', ' ', ','])?;
            let (left, right) = (number(left)?, number(right)?);
            (left <= MAX_STOMPS && right <= MAX_STOMPS && left + right > 0).then_some(SetRecord {
                reps: Some(left + right),
                seconds: None,
                left: Some(left),
                right: Some(right),
                stopped_for_pain: false,
                ..Default::default()
            })
        }
    }
}

pub(super) fn parse_effort(text: &str) -> Option<Effort> {
    match text {
        "1" => Some(Effort::TooEasy),
        "2" => Some(Effort::JustRight),
        "3" => Some(Effort::TooHard),
        "4" => Some(Effort::Pain),
        _ => None,
    }
}

/// One line of a session's detail: an exercise's set, or an exercise without sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub exercise: usize,
    pub set: Option<usize>,
}

/// The rows of a session's detail, in the order they were done.
#[must_use]
pub fn session_rows(session: &SessionRecord) -> Vec<Row> {
    session
        .exercises
        .iter()
        .enumerate()
        .flat_map(|(exercise, record)| {
            let sets: Vec<Option<usize>> = if record.sets.is_empty() {
                vec![None]
            } else {
                (0..record.sets.len()).map(Some).collect()
            };
            sets.into_iter().map(move |set| Row { exercise, set })
        })
        .collect()
}
