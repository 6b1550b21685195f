//! Fixing a mistake in the record: delete a session, or change a set, a weight, an effort
//! or a session's date. Pure: the store applies a [`Correction`] to the history it has just
//! read again, so a session saved meanwhile by another botsterk is never lost.
//!
//! A correction names the session by its full content as the user saw it. If that exact
//! session is no longer in the file (changed or deleted meanwhile), nothing is changed and
//! the user is told, rather than guessing which session was meant. Weight decisions
//! (`weight_changes`) are never touched: they stay as they were recorded.

use chrono::{Days, NaiveDate};
use thiserror::Error;

use crate::history::{Effort, History, SessionRecord, SetRecord};

/// One change to one session.
#[derive(Debug, Clone, PartialEq)]
pub struct Correction {
    /// The session as it was shown to the user.
    pub session: SessionRecord,
    pub change: Change,
}

/// What changes. Exercise and set numbers are indices into the session as shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    DeleteSession,
    Set {
        exercise: usize,
        set: usize,
        to: SetRecord,
    },
    Weight {
        exercise: usize,
        kg: f64,
    },
    Effort {
        exercise: usize,
        effort: Option<Effort>,
    },
    /// Moves the session to another day; its clock times stay.
    Date(NaiveDate),
}

/// Why a correction was not applied. The history is then unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CorrectionError {
    #[error("the session changed or was removed meanwhile; nothing was changed")]
    SessionGone,
    #[error("there is no such exercise or set in the session")]
    NoSuchPart,
    #[error("the new date is out of range")]
    BadDate,
}

impl Correction {
    /// Applies the correction to `history`; on error `history` is untouched.
    ///
    /// # Errors
    /// [`CorrectionError`] when the session or the part to change is not there.
    pub fn apply(&self, history: &mut History) -> Result<(), CorrectionError> {
        let index = history
            .sessions
            .iter()
            .position(|s| *s == self.session)
            .ok_or(CorrectionError::SessionGone)?;
        if self.change == Change::DeleteSession {
            history.sessions.remove(index);
            return Ok(());
        }
        let corrected = self.corrected_session();
        history.sessions[index] = corrected.ok_or(CorrectionError::NoSuchPart)??;
        history.sessions.sort_by_key(|s| (s.date, s.started_at));
        Ok(())
    }
}

impl Correction {
    /// Whether the correction takes a pain report out of the record: the session deleted,
    /// or an exercise that reported pain (the effort answer, a set stopped for pain) no
    /// longer does. The confirmation says so before asking.
    #[must_use]
    pub fn removes_pain(&self) -> bool {
        !self.pain_removed_from().is_empty()
    }

    /// The exercises (ids, in the session's order) whose pain report the correction takes
    /// out of the record.
    #[must_use]
    pub fn pain_removed_from(&self) -> Vec<&str> {
        let reported = self.session.exercises.iter().filter(|e| e.reports_pain());
        match self.corrected_session() {
            None => reported.map(|e| e.id.as_str()).collect(),
            Some(Ok(after)) => self
                .session
                .exercises
                .iter()
                .zip(&after.exercises)
                .filter(|(before, after)| before.reports_pain() && !after.reports_pain())
                .map(|(before, _)| before.id.as_str())
                .collect(),
            Some(Err(_)) => Vec::new(),
        }
    }

    /// The session as it will be after the correction; `None` for a deletion.
    ///
    /// # Errors
    /// [`CorrectionError`] when the part to change is not in the session.
    pub fn corrected_session(&self) -> Option<Result<SessionRecord, CorrectionError>> {
        if self.change == Change::DeleteSession {
            return None;
        }
        let mut session = self.session.clone();
        Some(apply_change(&mut session, &self.change).map(|()| session))
    }
}

fn exercise(
    session: &mut SessionRecord,
    i: usize,
) -> Result<&mut crate::history::ExerciseRecord, CorrectionError> {
    session
        .exercises
        .get_mut(i)
        .ok_or(CorrectionError::NoSuchPart)
}

fn apply_change(session: &mut SessionRecord, change: &Change) -> Result<(), CorrectionError> {
    match *change {
        Change::DeleteSession => {}
        Change::Set {
            exercise: e,
            set,
            ref to,
        } => {
            let target = exercise(session, e)?
                .sets
                .get_mut(set)
                .ok_or(CorrectionError::NoSuchPart)?;
            // The counts typed change; every mark of the set stays with it (stopped for
            // pain, a count the measure does not type, fields this build does not know).
            target.reps = to.reps.or(target.reps);
            target.seconds = to.seconds.or(target.seconds);
            target.left = to.left.or(target.left);
            target.right = to.right.or(target.right);
            target.stopped_for_pain |= to.stopped_for_pain;
        }
        Change::Weight { exercise: e, kg } => exercise(session, e)?.weight_kg = Some(kg),
        Change::Effort {
            exercise: e,
            effort,
        } => exercise(session, e)?.effort = effort,
        Change::Date(date) => {
            let shift = |at: chrono::DateTime<chrono::FixedOffset>| {
                let days = (date - session.date).num_days();
                let moved = if days >= 0 {
                    at.checked_add_days(Days::new(days.unsigned_abs()))
                } else {
                    at.checked_sub_days(Days::new(days.unsigned_abs()))
                };
                moved.ok_or(CorrectionError::BadDate)
            };
            let (started_at, ended_at) = (shift(session.started_at)?, shift(session.ended_at)?);
            session.started_at = started_at;
            session.ended_at = ended_at;
            session.date = date;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn history() -> History {
        serde_json::from_str(include_str!("../tests/fixtures/history-v1.json")).unwrap()
    }

    fn correction(history: &History, session: usize, change: Change) -> Correction {
        Correction {
            session: history.sessions[session].clone(),
            change,
        }
    }

    #[test]
    fn deleting_removes_exactly_that_session_and_keeps_weight_decisions() {
        let mut h = history();
        h.weight_changes.push(crate::history::WeightChange::new(
            h.sessions[0].date,
            "goblet-squat".into(),
            Some(8.0),
            9.0,
        ));
        let before = h.clone();
        correction(&before, 0, Change::DeleteSession)
            .apply(&mut h)
            .unwrap();
        assert_eq!(h.sessions, before.sessions[1..]);
        assert_eq!(h.weight_changes, before.weight_changes);
    }

    #[test]
    fn a_set_weight_and_effort_change_only_their_own_field() {
        let mut h = history();
        let before = h.clone();
        let ten = SetRecord {
            reps: Some(12),
            ..SetRecord::default()
        };
        let fix = correction(
            &before,
            0,
            Change::Set {
                exercise: 1,
                set: 1,
                to: ten.clone(),
            },
        );
        fix.apply(&mut h).unwrap();
        assert_eq!(h.sessions[0].exercises[1].sets[1], ten);
        let fix = correction(
            &h,
            1,
            Change::Weight {
                exercise: 0,
                kg: 7.5,
            },
        );
        fix.apply(&mut h).unwrap();
        assert_eq!(h.sessions[1].exercises[0].weight_kg, Some(7.5));
        let fix = correction(
            &h,
            0,
            Change::Effort {
                exercise: 0,
                effort: Some(Effort::TooHard),
            },
        );
        fix.apply(&mut h).unwrap();
        assert_eq!(h.sessions[0].exercises[0].effort, Some(Effort::TooHard));
        // Everything else is as it was.
        let mut expected = before;
        expected.sessions[0].exercises[1].sets[1] = ten;
        expected.sessions[1].exercises[0].weight_kg = Some(7.5);
        expected.sessions[0].exercises[0].effort = Some(Effort::TooHard);
        assert_eq!(h, expected);
    }

    #[test]
    fn a_count_correction_keeps_every_mark_of_the_set() {
        // Issue 33: "3 reps (stopped)" corrected to 4 lost stopped_for_pain.
        let mut h = history();
        let marked = &mut h.sessions[0].exercises[1].sets[1];
        marked.stopped_for_pain = true;
        marked
            .extra
            .insert("assisted".into(), serde_json::json!(true));
        let before = h.clone();
        let fix = correction(
            &before,
            0,
            Change::Set {
                exercise: 1,
                set: 1,
                to: SetRecord {
                    reps: Some(4),
                    ..SetRecord::default()
                },
            },
        );
        assert!(!fix.removes_pain(), "nothing taken out of the record");
        fix.apply(&mut h).unwrap();
        let set = &h.sessions[0].exercises[1].sets[1];
        assert_eq!(set.reps, Some(4));
        assert!(set.stopped_for_pain, "{set:?}");
        assert_eq!(set.extra.get("assisted"), Some(&serde_json::json!(true)));
    }

    #[test]
    fn a_correction_that_takes_pain_out_of_the_record_says_so() {
        let mut h = history();
        h.sessions[0].exercises[0].effort = Some(Effort::Pain);
        let to = |effort| {
            correction(
                &h,
                0,
                Change::Effort {
                    exercise: 0,
                    effort,
                },
            )
        };
        assert!(to(Some(Effort::JustRight)).removes_pain());
        assert!(to(None).removes_pain());
        // Named, so the question can say whose report goes.
        let id = h.sessions[0].exercises[0].id.clone();
        assert_eq!(
            to(Some(Effort::JustRight)).pain_removed_from(),
            [id.as_str()]
        );
        assert!(!to(Some(Effort::Pain)).removes_pain());
        assert!(correction(&h, 0, Change::DeleteSession).removes_pain());
        for (i, session) in h.sessions.iter().enumerate() {
            let delete = correction(&h, i, Change::DeleteSession);
            assert_eq!(delete.removes_pain(), session.reports_pain());
        }
        // A set stopped for pain still reports it whatever the effort says.
        h.sessions[0].exercises[0].sets[0].stopped_for_pain = true;
        let to = |effort| {
            correction(
                &h,
                0,
                Change::Effort {
                    exercise: 0,
                    effort,
                },
            )
        };
        assert!(!to(Some(Effort::JustRight)).removes_pain());
    }

    #[test]
    fn a_new_date_moves_the_clock_times_with_it_and_keeps_the_order() {
        let mut h = history();
        let first = h.sessions[0].clone();
        let later = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        correction(&h, 0, Change::Date(later))
            .apply(&mut h)
            .unwrap();
        let moved = h.sessions.last().unwrap();
        assert_eq!(moved.date, later);
        assert_eq!(moved.started_at.date_naive(), later);
        assert_eq!(moved.started_at.time(), first.started_at.time());
        assert_eq!(
            moved.ended_at - moved.started_at,
            first.ended_at - first.started_at
        );
        let earlier = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        let last = h.sessions.len() - 1;
        correction(&h, last, Change::Date(earlier))
            .apply(&mut h)
            .unwrap();
        assert_eq!(h.sessions[0].date, earlier);
    }

    #[test]
    fn a_session_changed_meanwhile_or_a_missing_part_changes_nothing() {
        let mut h = history();
        let mut stale = h.sessions[0].clone();
        stale.ended_early = !stale.ended_early;
        let before = h.clone();
        let gone = Correction {
            session: stale,
            change: Change::DeleteSession,
        };
        assert_eq!(gone.apply(&mut h), Err(CorrectionError::SessionGone));
        let missing = correction(
            &h,
            0,
            Change::Weight {
                exercise: 99,
                kg: 1.0,
            },
        );
        assert_eq!(missing.apply(&mut h), Err(CorrectionError::NoSuchPart));
        assert_eq!(h, before);
    }
}
