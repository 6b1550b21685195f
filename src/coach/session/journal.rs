//! The session in progress as it is written to the journal after every finished set (the
//! record itself, [`Journal`], is in `history/journal.rs`), and how a session is rebuilt
//! from it after a crash, a kill or a closed terminal.
//!
//! The journal holds what was finished (sets, exercises, answers), never a running timer or
//! an unfinished count: a resumed session starts again at the exercise's card (with the
//! next set), at the effort question, or at the summary. So a crash loses at most the set
//! being done.

use std::time::Instant;

use chrono::{DateTime, FixedOffset};

use super::{Phase, Session};
use crate::catalog::Catalog;
use crate::coach::plan::items::PlannedExercise;
use crate::coach::plan::items::SessionPlan;
use crate::history::ExerciseRecord;
use crate::history::journal::{JOURNAL_VERSION, Journal, JournalExercise, Stage};

/// A session rebuilt from its journal, and the exercises dropped because the profile or
/// a pain check leaves them out now.
#[derive(Debug, Clone, PartialEq)]
pub struct Resumed {
    pub session: Session,
    pub dropped: Vec<String>,
}

impl Session {
    /// What to write to the journal now (`now` is the user's local time).
    #[must_use]
    pub fn to_journal(&self, now: DateTime<FixedOffset>) -> Journal {
        let stage = match self.phase {
            Phase::Summary => Stage::Summary,
            Phase::Effort => Stage::Effort,
            _ => Stage::Sets,
        };
        Journal {
            version: JOURNAL_VERSION,
            started_at: self.started_at,
            updated_at: now,
            program: self.plan.program,
            rest_seconds: self.plan.rest_seconds,
            // The warm-up is never journaled: a resumed session starts at an exercise.
            exercises: self
                .plan
                .exercises
                .iter()
                .filter(|e| e.kind != crate::coach::plan::items::ItemKind::WarmUp)
                .map(|e| JournalExercise {
                    id: e.id.clone(),
                    sets: e.sets,
                    target: e.target,
                    weight_kg: e.weight_kg,
                    caution: e.caution.is_some(),
                })
                .collect(),
            records: self.records.clone(),
            // After a pain stop the exercise is recorded; the next one is where to go on.
            current: if self.phase == Phase::PainStop {
                self.current + 1
            } else {
                self.current
            }
            .saturating_sub(self.warm_up_len()),
            sets_done: self.sets_done.clone(),
            stage,
            ended_early: self.ended_early,
        }
    }

    /// Rebuilds a session from its journal. `None` when the journal does not fit the
    /// catalog (an exercise this build does not know) or is inconsistent.
    ///
    /// The exercises still to do are planned again from `now_plan`, today's plan from the
    /// profile and history as they are now: an exercise no longer in it (left out since,
    /// for safety, by the user, or on hold for pain) is dropped and named in
    /// [`Resumed::dropped`]; the others get today's targets, weight and caution. An
    /// exercise in progress that is now left out keeps the sets already done.
    #[must_use]
    pub fn resume(
        journal: &Journal,
        catalog: &Catalog,
        now: Instant,
        now_plan: &SessionPlan,
    ) -> Option<Resumed> {
        let in_progress = journal.stage == Stage::Effort || !journal.sets_done.is_empty();
        let mut dropped = Vec::new();
        let mut records = journal.records.clone();
        let mut exercises = Vec::new();
        for (i, e) in journal.exercises.iter().enumerate() {
            let known = catalog.get(&e.id)?;
            let from_journal = PlannedExercise {
                id: e.id.clone(),
                measure: known.measure,
                sets: e.sets.max(1),
                target: e.target,
                rep_hold_seconds: known.rep_hold_seconds,
                weight_kg: e.weight_kg,
                caution: None,
                after_pain: false,
                why: Vec::new(),
                kind: crate::coach::plan::items::ItemKind::Exercise,
            };
            let today = now_plan.exercises.iter().find(|p| p.id == e.id);
            if journal.stage == Stage::Summary || i < journal.current {
                // Done already: kept as it was.
                exercises.push(from_journal);
            } else if i == journal.current && in_progress {
                if let Some(today) = today {
                    exercises.push(PlannedExercise {
                        caution: today.caution,
                        after_pain: today.after_pain,
                        ..from_journal
                    });
                } else {
                    // In progress and now left out: what was done is kept, no more sets.
                    dropped.push(e.id.clone());
                    if !journal.sets_done.is_empty() {
                        records.push(ExerciseRecord {
                            id: e.id.clone(),
                            weight_kg: e.weight_kg,
                            target: e.target,
                            sets: journal.sets_done.clone(),
                            effort: None,
                            skipped: false,
                            pain_site: None,
                            ..Default::default()
                        });
                    }
                }
            } else if let Some(today) = today {
                exercises.push(today.clone());
            } else {
                dropped.push(e.id.clone());
            }
        }
        if exercises.is_empty() {
            return None;
        }
        let plan = SessionPlan {
            program: journal.program,
            exercises,
            rest_seconds: journal.rest_seconds,
        };
        let mut session = Self::new(plan, journal.started_at, now);
        session.records = records;
        session.ended_early = journal.ended_early;
        session.dropped.clone_from(&dropped);
        let last = session.plan.exercises.len() - 1;
        let current_dropped = in_progress
            && journal
                .exercises
                .get(journal.current)
                .is_some_and(|e| dropped.contains(&e.id));
        // The index of the exercise to go on with, in the new plan: the done ones are all
        // still there, in front.
        let current = journal.current.min(journal.exercises.len());
        if journal.stage == Stage::Summary || current > last {
            session.current = last;
            session.phase = Phase::Summary;
            return Some(Resumed { session, dropped });
        }
        session.current = current;
        if current_dropped || !in_progress {
            session.set = 1;
            session.phase = Phase::Card;
            return Some(Resumed { session, dropped });
        }
        session.sets_done.clone_from(&journal.sets_done);
        let done = u32::try_from(journal.sets_done.len()).unwrap_or(u32::MAX);
        let sets = session.exercise().sets;
        if journal.stage == Stage::Effort || done >= sets {
            session.set = sets;
            session.phase = Phase::Effort;
        } else {
            session.set = done + 1;
            session.phase = Phase::Card;
        }
        Some(Resumed { session, dropped })
    }
}
