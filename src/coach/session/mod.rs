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
use crate::units::{MAX_REPS, MAX_STOMPS};

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
        }
        .at_item_start()
    }

    /// Handles one input. Inputs that mean nothing where the session is are ignored.
    #[allow(clippy::too_many_lines)] // issue 25 item 9: still to be split
    pub fn handle(&mut self, input: Input, now: Instant) -> Outcome {
        // First let time catch up, so a key never acts on a timer that has already ended.
        let mut outcome = self.tick(now);
        // A note answers one key; the next key (a second `s` aside) clears it.
        let note = self.note.take();
        if let Some(dialog) = self.dialog {
            self.handle_dialog(dialog, input, now, &mut outcome);
            return outcome;
        }
        let warming_up = self.warming_up();
        match (input, &mut self.phase) {
            (Input::AskQuit, _) => {
                self.dialog = Some(Dialog::Quit);
                // A hold or rest must not run on behind the question.
                self.dialog_paused = false;
                if let Some(timer) = self.active_timer_mut()
                    && !timer.is_paused()
                {
                    timer.toggle_pause(now);
                    self.dialog_paused = true;
                }
            }
            (Input::TogglePause, _) => {
                if let Some(timer) = self.active_timer_mut() {
                    timer.toggle_pause(now);
                }
            }
            // The warm-up is skipped whole with one `s`: nothing of it is recorded.
            (Input::SkipExercise, _) if warming_up => self.skip_warm_up(),
            // After the last set `s` means "no answer": the sets were done, not skipped.
            (Input::SkipExercise, Phase::Effort) => self.end_exercise(None, false),
            // On a card, during a set and in a rest, `s` asks once more: one key by
            // mistake must not drop an exercise.
            (
                Input::SkipExercise,
                Phase::Card
                | Phase::Reps { .. }
                | Phase::TimedReps { .. }
                | Phase::Stomps { .. }
                | Phase::Paced(_)
                | Phase::GetReady { .. }
                | Phase::Hold { .. }
                | Phase::Rest { .. },
            ) if note != Some(Note::SkipAgain) => {
                self.note = Some(Note::SkipAgain);
            }
            (Input::SkipExercise, phase) if !matches!(phase, Phase::Summary | Phase::PainStop) => {
                self.end_exercise(None, true);
            }
            (Input::ScrollCard(down), Phase::Card) => {
                self.card_scroll = if down {
                    (self.card_scroll + 1).min(CARD_SCROLL_MOST)
                } else {
                    self.card_scroll.saturating_sub(1)
                };
                // Reading on is no answer: a pending "s again to skip" stays.
                self.note = note;
            }
            (Input::Begin, Phase::Card) => self.start_set(now),
            (Input::Rate(rating), Phase::Rate { seconds }) => {
                let seconds = *seconds;
                self.rate_hold(rating, seconds, now);
            }
            (Input::CounterNear(near), Phase::CounterCheck) => {
                if let ItemKind::Balance(item) = &mut self.plan.exercises[self.current].kind {
                    if near {
                        item.counter_check = false;
                    } else {
                        item.without_a_counter();
                    }
                }
                self.sync_balance_item();
                self.phase = Phase::Card;
            }
            (Input::Begin, Phase::Ready) => self.get_ready(now),
            (Input::Count, Phase::Reps { count }) if *count >= MAX_REPS => {
                self.note = Some(Note::AtMost(MAX_REPS));
            }
            (Input::Count, Phase::Reps { count }) => *count += 1,
            (Input::Uncount, Phase::Paced(set)) => set.take_back(),
            (Input::FinishSet, Phase::Paced(set)) if set.count() == 0 => {
                self.note = Some(Note::NothingCounted);
            }
            (Input::FinishSet, Phase::Paced(set)) => {
                let record = paced_record(set);
                self.finish_set(record, now, &mut outcome);
            }
            (Input::Uncount, Phase::Reps { count }) => *count = count.saturating_sub(1),
            // A set of nothing is not a set: the screen says so and the set goes on.
            (Input::FinishSet, Phase::Reps { count: 0 } | Phase::TimedReps { count: 0, .. }) => {
                self.note = Some(Note::NothingCounted)
            }
            (Input::FinishSet, Phase::Stomps { order }) if order.is_empty() => {
                self.note = Some(Note::NothingCounted);
            }
            (Input::FinishSet, Phase::Reps { count }) => {
                let reps = *count;
                self.finish_set(rep_set(reps), now, &mut outcome);
            }
            (Input::Count, Phase::TimedReps { hold: None, count }) if *count >= MAX_REPS => {
                self.note = Some(Note::AtMost(MAX_REPS));
            }
            (Input::Count, Phase::TimedReps { hold: None, .. }) => {
                let seconds = self.exercise().rep_hold_seconds.unwrap_or(2);
                let timer = Timer::start(now, Duration::from_secs(seconds.into()));
                if let Phase::TimedReps { hold, .. } = &mut self.phase {
                    *hold = Some(timer);
                }
            }
            // Backspace during a hold cancels that hold; otherwise it takes a rep back.
            (
                Input::Uncount,
                Phase::TimedReps {
                    hold: hold @ Some(_),
                    ..
                },
            ) => *hold = None,
            (Input::Uncount, Phase::TimedReps { count, .. }) => *count = count.saturating_sub(1),
            (Input::FinishSet, Phase::TimedReps { count, .. }) => {
                let reps = *count;
                self.finish_set(rep_set(reps), now, &mut outcome);
            }
            (Input::Count, Phase::Stomps { order }) => {
                let next = match order.last() {
                    Some(Foot::Left) => Foot::Right,
                    _ => Foot::Left,
                };
                self.note = count_stomp(order, next);
            }
            (Input::CountFoot(foot), Phase::Stomps { order }) => {
                self.note = count_stomp(order, foot);
            }
            (Input::Uncount, Phase::Stomps { order }) => {
                order.pop();
            }
            (Input::FinishSet, Phase::Stomps { order }) => {
                let (left, right) = foot_counts(order);
                let set = SetRecord {
                    reps: Some(left + right),
                    left: Some(left),
                    right: Some(right),
                    ..SetRecord::default()
                };
                self.finish_set(set, now, &mut outcome);
            }
            (Input::FinishSet, Phase::Hold { timer }) if timer.elapsed(now).as_secs() == 0 => {
                self.note = Some(Note::NothingCounted);
            }
            (Input::FinishSet, Phase::Hold { timer }) => {
                let seconds = duration_secs(timer.elapsed(now));
                let set = SetRecord {
                    seconds: Some(seconds),
                    ..SetRecord::default()
                };
                self.finish_set(set, now, &mut outcome);
            }
            // Enter on a rest is the user at the keyboard saying go: no ready step.
            (Input::SkipRest, Phase::Rest { .. }) => self.start_set(now),
            (Input::RestLonger, Phase::Rest { timer }) => {
                let longer = (timer.length() + REST_STEP).min(REST_MAX);
                timer.set_length(longer, now);
            }
            (Input::RestShorter, Phase::Rest { timer }) => {
                let shorter = timer.length().saturating_sub(REST_STEP).max(REST_MIN);
                timer.set_length(shorter, now);
            }
            // Pain is one key away at every moment of an exercise: it ends the exercise
            // for today, keeping the sets already done and what was done of the one under
            // way, marked as stopped for pain.
            (Input::Answer(Effort::Pain), phase)
                if !matches!(phase, Phase::Effort | Phase::Summary | Phase::PainStop) =>
            {
                let in_progress = set_in_progress(phase, now);
                // A balance stance keeps its pain as a hold stopped for pain, of the
                // seconds held (none before the hold began): a practice records holds.
                if let ItemKind::Balance(item) = &self.exercise().kind {
                    self.balance_holds.push(BalanceHold {
                        stance: item.progress.stance.clone(),
                        support: item.support_used.clone(),
                        target_seconds: self.exercise().target,
                        seconds: in_progress.as_ref().and_then(|s| s.seconds).unwrap_or(0),
                        rating: None,
                        stopped_for_pain: true,
                        pain_site: None,
                        extra: Default::default(),
                    });
                }
                if let Some(set) = in_progress {
                    self.sets_done.push(SetRecord {
                        stopped_for_pain: true,
                        ..set
                    });
                }
                self.record_exercise(Some(Effort::Pain), false);
                self.phase = Phase::PainStop;
            }
            (Input::Answer(effort), Phase::Effort) => {
                if effort == Effort::Pain {
                    self.record_exercise(Some(Effort::Pain), false);
                    self.phase = Phase::PainStop;
                } else {
                    self.end_exercise(Some(effort), false);
                }
            }
            (Input::Continue, Phase::PainStop) => self.advance(),
            (Input::PainSite(site), Phase::PainStop) => {
                // On the pain report just recorded (a warm-up move records none).
                let id = self.exercise().id.clone();
                if let Some(report) = self
                    .records
                    .last_mut()
                    .filter(|r| r.id == id && r.reports_pain())
                {
                    report.pain_site = Some(site);
                }
                // A balance stance keeps its pain as a hold: the place goes there too.
                if matches!(self.exercise().kind, ItemKind::Balance(_))
                    && let Some(hold) = self.balance_holds.last_mut().filter(|h| h.stopped_for_pain)
                {
                    hold.pain_site = Some(site);
                }
                self.advance();
            }
            (Input::Save, Phase::Summary) => outcome.save = true,
            _ => {}
        }
        // Whatever began with this key says its first cues now.
        self.cue_countdown(now, &mut outcome);
        outcome
    }

    fn handle_dialog(&mut self, dialog: Dialog, input: Input, now: Instant, out: &mut Outcome) {
        match (dialog, input) {
            (Dialog::Quit, Input::SaveWhatWasDone) if self.phase == Phase::Summary => {
                self.dialog = None;
                out.save = true;
            }
            (Dialog::Quit, Input::SaveWhatWasDone) => {
                self.dialog = None;
                if !self.sets_done.is_empty() {
                    self.record_exercise(None, false);
                }
                self.ended_early = true;
                self.phase = Phase::Summary;
            }
            (Dialog::Quit, Input::Discard) => self.dialog = Some(Dialog::ConfirmDiscard),
            (Dialog::ConfirmDiscard, Input::ConfirmDiscard) => {
                self.dialog = None;
                out.discarded = true;
            }
            (_, Input::CloseDialog) => {
                self.dialog = None;
                if std::mem::take(&mut self.dialog_paused)
                    && let Some(timer) = self.active_timer_mut()
                {
                    timer.toggle_pause(now);
                }
            }
            _ => {}
        }
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
            extra: Default::default(),
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

mod journal;
mod practice;
mod read;
mod sets;
mod time;
mod types;
pub use journal::Resumed;
pub use read::GetReadyFor;
pub use sets::foot_counts;
use sets::{duration_secs, paced_record, rep_set, set_in_progress};
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
