//! The largest numbers a history may hold, checked where the file is read.
//!
//! No person does a set of a million reps, and a number that large (a slip while editing
//! the file by hand, or a damaged byte) would make the weekly sums meaningless or wrap
//! them. A history that holds one is refused like a damaged one, unchanged, with the value
//! and where it is, so the user can correct it or bring back a backup.
//!
//! The maxima are far above what a live session or `botsterk log` writes (the live rep
//! counter has no limit of its own: a held-down key must not make the history unreadable
//! after a minute), so a file botsterk wrote itself is never refused.

use chrono::NaiveDate;

use crate::history::{History, SetRecord};

/// Reps, stomps of one foot, and an exercise's target: per set.
pub const MAX_COUNT: u32 = 100_000;
/// Seconds held in one set: a day.
pub const MAX_SECONDS: u32 = 86_400;
/// Sets a session's plan held.
pub const MAX_PLANNED_SETS: u32 = 10_000;

/// Which number of a session is too large.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Reps,
    Seconds,
    Left,
    Right,
    Target,
    PlannedSets,
}

impl Field {
    /// The field's name in `history.json`: the same in every language.
    #[must_use]
    pub fn json_name(self) -> &'static str {
        match self {
            Self::Reps => "reps",
            Self::Seconds => "seconds",
            Self::Left => "left",
            Self::Right => "right",
            Self::Target => "target",
            Self::PlannedSets => "planned_sets",
        }
    }

    /// The largest value this field may hold.
    #[must_use]
    pub fn max(self) -> u32 {
        match self {
            Self::Seconds => MAX_SECONDS,
            Self::PlannedSets => MAX_PLANNED_SETS,
            Self::Reps | Self::Left | Self::Right | Self::Target => MAX_COUNT,
        }
    }
}

/// A number over its maximum, and where it is in the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooLarge {
    pub field: Field,
    pub value: u32,
    /// The session's date.
    pub date: NaiveDate,
    /// The exercise id, when the number belongs to an exercise.
    pub exercise: Option<String>,
    /// The set, counted from 1, when the number belongs to a set.
    pub set: Option<usize>,
}

/// In English, for the error's own text (the messages use the translated words).
impl std::fmt::Display for TooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} = {} in the session of {}",
            self.field.json_name(),
            self.value,
            self.date
        )?;
        if let Some(exercise) = &self.exercise {
            write!(f, ", {exercise}")?;
        }
        if let Some(set) = self.set {
            write!(f, ", set {set}")?;
        }
        write!(
            f,
            " is more than botsterk accepts (at most {})",
            self.field.max()
        )
    }
}

/// The first number of `history` over its maximum, in the order of the file.
pub(crate) fn first_too_large(history: &History) -> Option<TooLarge> {
    for session in &history.sessions {
        let at = |field, value, exercise: Option<&str>, set| TooLarge {
            field,
            value,
            date: session.date,
            exercise: exercise.map(str::to_owned),
            set,
        };
        if let Some(planned) = session.planned_sets.filter(|n| *n > MAX_PLANNED_SETS) {
            return Some(at(Field::PlannedSets, planned, None, None));
        }
        for exercise in &session.exercises {
            let id = Some(exercise.id.as_str());
            if exercise.target > MAX_COUNT {
                return Some(at(Field::Target, exercise.target, id, None));
            }
            for (i, set) in exercise.sets.iter().enumerate() {
                if let Some((field, value)) = too_large_in(set) {
                    return Some(at(field, value, id, Some(i + 1)));
                }
            }
        }
    }
    None
}

fn too_large_in(set: &SetRecord) -> Option<(Field, u32)> {
    [
        (Field::Reps, set.reps),
        (Field::Seconds, set.seconds),
        (Field::Left, set.left),
        (Field::Right, set.right),
    ]
    .into_iter()
    .find_map(|(field, value)| value.filter(|v| *v > field.max()).map(|v| (field, v)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Program;
    use crate::history::build::{d, exercise, reps, session};

    fn history_with_sets(sets: &[u32]) -> History {
        History {
            sessions: vec![session(
                d(2026, 11, 28),
                Program::Beginner,
                vec![exercise("chair-squat", None, reps(sets))],
            )],
            ..History::default()
        }
    }

    #[test]
    fn a_history_botsterk_writes_is_within_the_bounds() {
        assert_eq!(first_too_large(&history_with_sets(&[10, 12, 15])), None);
    }

    #[test]
    fn the_first_number_over_its_maximum_is_named_with_its_place() {
        let mut history = history_with_sets(&[10, 12, 15]);
        let sets = &mut history.sessions[0].exercises[0].sets;
        sets[1].reps = Some(MAX_COUNT + 1);
        sets[2].seconds = Some(u32::MAX);
        let found = first_too_large(&history).unwrap();
        assert_eq!(
            found,
            TooLarge {
                field: Field::Reps,
                value: MAX_COUNT + 1,
                date: d(2026, 11, 28),
                exercise: Some("chair-squat".into()),
                set: Some(2),
            }
        );
    }

    #[test]
    fn the_maximum_itself_is_allowed() {
        let mut history = history_with_sets(&[10]);
        history.sessions[0].exercises[0].sets[0].seconds = Some(MAX_SECONDS);
        history.sessions[0].planned_sets = Some(MAX_PLANNED_SETS);
        assert_eq!(first_too_large(&history), None);
        history.sessions[0].planned_sets = Some(MAX_PLANNED_SETS + 1);
        let found = first_too_large(&history).unwrap();
        assert_eq!((found.field, found.set), (Field::PlannedSets, None));
    }
}
