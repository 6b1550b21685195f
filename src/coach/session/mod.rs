//! The live session as a state machine: card -> sets (reps, timed reps, holds, stomps) with
//! rests between -> "how did it feel?" -> next exercise -> summary.
//!
//! It is driven by [`Input`]s and by [`Session::tick`], each carrying `now`; it never reads
//! the clock, so every path is tested with a fake one.

use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset};

use super::plan::items::{ItemKind, SessionPlan};
use super::timer::Timer;
use crate::card::Measure;
use crate::card::Step;
use crate::history::{BalanceHold, Effort, ExerciseRecord, SetRecord};
use crate::units::MAX_STOMPS;

/// The get-ready before a hold when the profile says nothing: time to get from the
/// keyboard down to a mat.
pub const GET_READY: Duration = Duration::from_secs(10);
/// How much `+` and `-` change a rest.
pub const REST_STEP: Duration = Duration::from_secs(15);
/// Rests never shrink below this with `-`.
const REST_MIN: Duration = Duration::from_secs(15);
/// Nor grow beyond this with `+`.
const REST_MAX: Duration = Duration::from_secs(300);

/// A session in progress.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    plan: SessionPlan,
    started_at: DateTime<FixedOffset>,
    /// The same moment on the monotonic clock, for the time shown on the summary.
    started: Instant,
    /// Index into the plan's exercises.
    current: usize,
    /// The set being done, 1-based.
    set: u32,
    /// Sets finished of the current exercise.
    sets_done: Vec<SetRecord>,
    /// Exercises finished or skipped.
    records: Vec<ExerciseRecord>,
    phase: Phase,
    dialog: Option<Dialog>,
    /// True when opening the dialog paused a timer, so closing it resumes that timer.
    dialog_paused: bool,
    ended_early: bool,
    /// Exercises of the journal's plan left out when it was resumed (the profile or a pain
    /// check leaves them out now), for the card to say so.
    dropped: Vec<String>,
    /// How long the get-ready before a hold runs (the profile's answer).
    get_ready: Duration,
    /// What the screen says about the last key, until the next one.
    note: Option<Note>,
    /// How far the running countdown has been cued, in its running time (`None`: nothing
    /// yet, not even its start), so each cue is said once.
    cued: Option<Duration>,
    /// Lines the card is scrolled down by (the screen never shows past its end).
    card_scroll: u16,
    /// The tempo of each exercise the coach counts (counting set to paced); empty when
    /// the user counts.
    tempos: Vec<(String, Vec<Step>)>,
    /// The balance holds of a practice, answered, in order.
    balance_holds: Vec<BalanceHold>,
    /// A practice carried on after a crash (issue 26): what was done before, saved with
    /// this one as one record.
    carried: Option<Box<crate::history::PracticeRecord>>,
}

/// How far a card may be scrolled: more than the longest card at 60x20 needs.
const CARD_SCROLL_MOST: u16 = 40;

impl Session {
    /// A session of `plan` starting at the user's local time `started_at` (`started` on the
    /// monotonic clock).
    ///
    /// # Panics
    /// When the plan has no exercises: home starts a session only when the day has some
    /// ([`crate::coach::plan::DayPlan::may_start`]), a practice always has its items, and
    /// a journal with none left is not resumed.
    #[must_use]
    pub fn new(plan: SessionPlan, started_at: DateTime<FixedOffset>, started: Instant) -> Self {
        assert!(!plan.exercises.is_empty(), "a session needs exercises");
        Self {
            plan,
            started_at,
            started,
            current: 0,
            set: 1,
            sets_done: Vec::new(),
            records: Vec::new(),
            phase: Phase::Card,
            dialog: None,
            dialog_paused: false,
            ended_early: false,
            dropped: Vec::new(),
            get_ready: GET_READY,
            note: None,
            cued: None,
            card_scroll: 0,
            tempos: Vec::new(),
            balance_holds: Vec::new(),
            carried: None,
        }
        .at_item_start()
    }

    /// The target of one set as a duration (holds only).
    fn target_duration(&self) -> Duration {
        Duration::from_secs(self.exercise().target.into())
    }

    /// Starts set `self.set` of the current exercise.
    fn start_set(&mut self, now: Instant) {
        // The coach counts: the user gets time to get into position first.
        if self.tempo().is_some() {
            self.get_ready(now);
            return;
        }
        self.phase = match self.exercise().measure {
            Measure::Reps => Phase::Reps { count: 0 },
            Measure::TimedReps => Phase::TimedReps {
                count: 0,
                hold: None,
            },
            Measure::Stomps => Phase::Stomps { order: Vec::new() },
            Measure::Hold => {
                self.get_ready(now);
                return;
            }
        };
    }

    /// The user said go: the get-ready countdown before the hold.
    fn get_ready(&mut self, now: Instant) {
        self.start_timer(Phase::GetReady {
            timer: Timer::start(now, self.get_ready),
        });
    }

    fn finish_set(&mut self, set: SetRecord, now: Instant, outcome: &mut Outcome) {
        let seconds = set.seconds.unwrap_or(0);
        self.sets_done.push(set);
        outcome.set_done = true;
        match self.exercise().kind {
            // A balance hold is answered before the rest: the answer sets the next hold.
            ItemKind::Balance(_) => {
                self.phase = Phase::Rate { seconds };
                return;
            }
            // The warm-up's moves follow each other without a card or a question.
            ItemKind::WarmUp => {
                self.sets_done.clear();
                self.current += 1;
                if self.warming_up() {
                    self.start_timer(Phase::Hold {
                        timer: Timer::start(now, self.target_duration()),
                    });
                } else {
                    self.phase = self.item_start_phase();
                    self.card_scroll = 0;
                }
                return;
            }
            ItemKind::Exercise | ItemKind::Posture => {}
        }
        self.next_set_or_end(now);
    }

    /// After a set (and its answer, for balance): the rest before the next set, or the
    /// end of the item (the effort question after an exercise).
    fn next_set_or_end(&mut self, now: Instant) {
        if self.set < self.exercise().sets {
            self.set += 1;
            let rest = Duration::from_secs(self.plan.rest_seconds.into());
            self.start_timer(Phase::Rest {
                timer: Timer::start(now, rest),
            });
        } else if self.exercise().kind.is_practice() {
            self.end_exercise(None, false);
        } else {
            self.phase = Phase::Effort;
        }
    }

    fn record_exercise(&mut self, effort: Option<Effort>, skipped: bool) {
        self.note = None;
        if self.warming_up() {
            // Nothing of the warm-up is recorded.
            self.sets_done.clear();
            return;
        }
        let planned = self.exercise();
        let record = ExerciseRecord {
            id: planned.id.clone(),
            weight_kg: planned.weight_kg,
            target: planned.target,
            sets: std::mem::take(&mut self.sets_done),
            effort,
            skipped,
            pain_site: None,
            ..Default::default()
        };
        self.records.push(record);
    }

    fn end_exercise(&mut self, effort: Option<Effort>, skipped: bool) {
        self.record_exercise(effort, skipped);
        self.advance();
    }

    /// On to the next exercise's card, or the summary after the last.
    fn advance(&mut self) {
        self.set = 1;
        if self.warming_up() {
            // Pain during the warm-up: the rest of it is left out.
            self.skip_warm_up();
        } else if self.current + 1 < self.plan.exercises.len() {
            self.current += 1;
            self.phase = self.item_start_phase();
            self.card_scroll = 0;
        } else {
            self.phase = Phase::Summary;
        }
    }
}

mod input;
mod journal;
mod practice;
mod read;
mod sets;
mod time;
mod types;
pub use journal::Resumed;
pub use read::GetReadyFor;
pub use sets::foot_counts;
pub use types::{Dialog, Foot, Input, Note, Outcome, Phase};

#[cfg(test)]
mod tests;

#[cfg(test)]
mod paced_tests;

#[cfg(test)]
mod practice_tests;

/// Counts one stomp of `foot`, unless that foot is at [`MAX_STOMPS`]: then the note that
/// says so.
fn count_stomp(order: &mut Vec<Foot>, foot: Foot) -> Option<Note> {
    let done = order.iter().filter(|f| **f == foot).count();
    if done >= MAX_STOMPS as usize {
        return Some(Note::AtMost(MAX_STOMPS));
    }
    order.push(foot);
    None
}
