//! What the app and the screens read of a session, and how it is set up before it starts
//! (get-ready length, paced counting).

use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset};

use super::super::timer::Timer;
use super::{Dialog, Note, Phase, Session};
use crate::card::Step;
use crate::catalog::Program;
use crate::coach::plan::items::{ItemKind, PlannedExercise, SessionPlan};
use crate::history::{ExerciseRecord, SessionRecord, SetRecord};

impl Session {
    /// The same session with a get-ready of `length` before each hold.
    #[must_use]
    pub fn with_get_ready(mut self, length: Duration) -> Self {
        self.get_ready = length;
        self
    }

    /// The same session with the coach counting the exercises that have a tempo:
    /// `(exercise id, tempo)`.
    #[must_use]
    pub fn with_paced(mut self, tempos: Vec<(String, Vec<Step>)>) -> Self {
        self.tempos = tempos;
        self
    }

    /// The tempo the coach counts the current exercise at, if it does.
    pub(super) fn tempo(&self) -> Option<&[Step]> {
        let id = &self.exercise().id;
        self.tempos
            .iter()
            .find(|(of, steps)| of == id && !steps.is_empty())
            .map(|(_, steps)| steps.as_slice())
    }

    /// What the get-ready leads into: a hold, a set the coach counts, or a warm-up move.
    #[must_use]
    pub fn after_get_ready_comes(&self) -> GetReadyFor {
        if self.warming_up() {
            GetReadyFor::Move
        } else if self.tempo().is_some() {
            GetReadyFor::CountedSet
        } else {
            GetReadyFor::Hold
        }
    }

    /// Lines the card is scrolled down by.
    #[must_use]
    pub fn card_scroll(&self) -> u16 {
        self.card_scroll
    }

    #[must_use]
    pub fn note(&self) -> Option<Note> {
        self.note
    }

    #[must_use]
    pub fn phase(&self) -> &Phase {
        &self.phase
    }

    #[must_use]
    pub fn dialog(&self) -> Option<Dialog> {
        self.dialog
    }

    #[must_use]
    pub fn plan(&self) -> &SessionPlan {
        &self.plan
    }

    #[must_use]
    pub fn program(&self) -> Program {
        self.plan.program
    }

    /// The exercise being done (on the summary: the last one).
    #[must_use]
    pub fn exercise(&self) -> &PlannedExercise {
        &self.plan.exercises[self.current.min(self.plan.exercises.len() - 1)]
    }

    /// Position of the current exercise, 1-based, and how many there are (the warm-up's
    /// moves apart: they count among themselves).
    #[must_use]
    pub fn exercise_position(&self) -> (usize, usize) {
        let warm = self.warm_up_len();
        if self.current < warm {
            (self.current + 1, warm)
        } else {
            (self.current - warm + 1, self.plan.exercises.len() - warm)
        }
    }

    /// The set being done (or next, during a rest), 1-based.
    #[must_use]
    pub fn set_number(&self) -> u32 {
        self.set
    }

    #[must_use]
    pub fn sets_done(&self) -> &[SetRecord] {
        &self.sets_done
    }

    /// Exercises finished so far, in order.
    #[must_use]
    pub fn records(&self) -> &[ExerciseRecord] {
        &self.records
    }

    #[must_use]
    pub fn started_at(&self) -> DateTime<FixedOffset> {
        self.started_at
    }

    /// Whole minutes since the session began, at least 1.
    #[must_use]
    pub fn elapsed_minutes(&self, now: Instant) -> u64 {
        (now.saturating_duration_since(self.started).as_secs() / 60).max(1)
    }

    #[must_use]
    pub fn dropped(&self) -> &[String] {
        &self.dropped
    }

    #[must_use]
    pub fn ended_early(&self) -> bool {
        self.ended_early
    }

    /// The timer that runs now, if any.
    #[must_use]
    pub fn active_timer(&self) -> Option<&Timer> {
        match &self.phase {
            Phase::TimedReps { hold, .. } => hold.as_ref(),
            Phase::GetReady { timer } | Phase::Hold { timer } | Phase::Rest { timer } => {
                Some(timer)
            }
            Phase::Paced(set) => Some(set.timer()),
            _ => None,
        }
    }

    pub(super) fn active_timer_mut(&mut self) -> Option<&mut Timer> {
        match &mut self.phase {
            Phase::TimedReps { hold, .. } => hold.as_mut(),
            Phase::GetReady { timer } | Phase::Hold { timer } | Phase::Rest { timer } => {
                Some(timer)
            }
            Phase::Paced(set) => Some(set.timer_mut()),
            _ => None,
        }
    }

    /// True when a timer is shown and stands still because the user paused it.
    #[must_use]
    pub fn is_paused(&self) -> bool {
        self.active_timer().is_some_and(Timer::is_paused)
    }

    /// When the screen must next change by itself; `None` when only a key can change it.
    #[must_use]
    pub fn next_wake(&self, now: Instant) -> Option<Instant> {
        self.active_timer().and_then(|t| t.next_wake(now))
    }

    /// The record to save, ended at `ended_at`.
    #[must_use]
    pub fn to_record(&self, ended_at: DateTime<FixedOffset>) -> SessionRecord {
        SessionRecord {
            date: self.started_at.date_naive(),
            started_at: self.started_at,
            ended_at,
            program: self.plan.program,
            ended_early: self.ended_early,
            logged: false,
            planned_sets: Some(
                self.plan
                    .exercises
                    .iter()
                    .filter(|e| e.kind == ItemKind::Exercise)
                    .map(|e| e.sets)
                    .sum(),
            ),
            exercises: self.records.clone(),
            ..Default::default()
        }
    }
}

/// What follows a get-ready, so that its words fit: only a hold is "held".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GetReadyFor {
    Hold,
    CountedSet,
    Move,
}
