//! Time passing in a session: holds, get-readies and rests that end by themselves, and the
//! countdown cues said on the way.

use std::time::Instant;

use super::super::cues::{Countdown, Cue, countdown_cues};
use super::super::tempo::PacedSet;
use super::super::timer::Timer;
use super::sets::{duration_secs, paced_record};
use super::{Outcome, Phase, Session};
use crate::card::Measure;
use crate::history::SetRecord;

impl Session {
    /// Lets time pass: ends holds, get-readies and rests whose time is up, and says the
    /// cues whose moment came.
    pub fn tick(&mut self, now: Instant) -> Outcome {
        let mut outcome = Outcome::default();
        self.cue_countdown(now, &mut outcome);
        match &mut self.phase {
            Phase::TimedReps { count, hold } if hold.as_ref().is_some_and(|h| h.is_done(now)) => {
                *hold = None;
                *count += 1;
                let n = *count;
                outcome.say(Cue::Count(n), now);
            }
            Phase::GetReady { timer } if timer.is_done(now) => {
                outcome.say(Cue::Go, now);
                self.after_get_ready(now, &mut outcome);
            }
            Phase::Paced(set) => {
                let (cues, done) = set.tick(now);
                let record = paced_record(set);
                outcome.cues.extend(cues);
                if done {
                    self.finish_set(record, now, &mut outcome);
                }
            }
            Phase::Hold { timer } if timer.is_done(now) => {
                let seconds = duration_secs(timer.length());
                outcome.say(Cue::Done, now);
                self.finish_set(
                    SetRecord {
                        seconds: Some(seconds),
                        ..SetRecord::default()
                    },
                    now,
                    &mut outcome,
                );
            }
            Phase::Rest { timer } if timer.is_done(now) => {
                outcome.say(Cue::NextSet, now);
                self.after_rest(now);
            }
            _ => {}
        }
        // A countdown that began in this step says its first cues now ("rest", "three").
        self.cue_countdown(now, &mut outcome);
        outcome
    }

    /// Says the cues of the running countdown whose moments have come since last asked.
    pub(super) fn cue_countdown(&mut self, now: Instant, outcome: &mut Outcome) {
        let (kind, timer) = match &self.phase {
            Phase::GetReady { timer } => (Countdown::GetReady, timer),
            Phase::Hold { timer } => (Countdown::Hold, timer),
            Phase::Rest { timer } => (Countdown::Rest, timer),
            _ => return,
        };
        outcome
            .cues
            .extend(countdown_cues(kind, timer, self.cued, now));
        self.cued = Some(timer.elapsed(now));
    }

    /// Enters a phase with a new countdown, not yet cued.
    pub(super) fn start_timer(&mut self, phase: Phase) {
        self.phase = phase;
        self.cued = None;
    }

    /// The get-ready is over: the hold, or the coach starts counting.
    pub(super) fn after_get_ready(&mut self, now: Instant, outcome: &mut Outcome) {
        let paced = self.tempo().and_then(|tempo| {
            let goal = match self.exercise().measure {
                // The target of stomps is per foot.
                Measure::Stomps => self.exercise().target * 2,
                _ => self.exercise().target,
            };
            PacedSet::start(tempo, goal, now)
        });
        if let Some((set, first)) = paced {
            outcome.cues.push(first);
            self.phase = Phase::Paced(set);
            return;
        }
        let length = self.target_duration();
        self.start_timer(Phase::Hold {
            timer: Timer::start(now, length),
        });
    }

    /// A rest is over: a set that counts by itself waits for the user, others begin.
    pub(super) fn after_rest(&mut self, now: Instant) {
        if self.exercise().measure == Measure::Hold || self.tempo().is_some() {
            self.phase = Phase::Ready;
        } else {
            self.start_set(now);
        }
    }
}
