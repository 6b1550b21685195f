//! What each [`Input`] does, by the phase it comes in: [`Session::handle`] matches the
//! inputs without a catch-all, so a new input is handled here before anything compiles.

use std::time::Instant;

use super::sets::{duration_secs, paced_record, rep_set, set_in_progress};
use super::{
    CARD_SCROLL_MOST, Dialog, Foot, Input, ItemKind, Note, Outcome, Phase, REST_MAX, REST_MIN,
    REST_STEP, Session, Timer, count_stomp,
};
use crate::history::{BalanceHold, Effort, PainSite, SetRecord};
use crate::units::MAX_REPS;

impl Session {
    /// Handles one input. Inputs that mean nothing where the session is are ignored.
    pub fn handle(&mut self, input: Input, now: Instant) -> Outcome {
        // First let time catch up, so a key never acts on a timer that has already ended.
        let mut outcome = self.tick(now);
        // A note answers one key; the next key (a second `s` aside) clears it.
        let note = self.note.take();
        if let Some(dialog) = self.dialog {
            self.handle_dialog(dialog, input, now, &mut outcome);
            return outcome;
        }
        match input {
            Input::AskQuit => self.ask_quit(now),
            Input::TogglePause => {
                if let Some(timer) = self.active_timer_mut() {
                    timer.toggle_pause(now);
                }
            }
            Input::SkipExercise => self.skip_exercise(note),
            Input::ScrollCard(down) => {
                if self.phase == Phase::Card {
                    self.card_scroll = if down {
                        (self.card_scroll + 1).min(CARD_SCROLL_MOST)
                    } else {
                        self.card_scroll.saturating_sub(1)
                    };
                    // Reading on is no answer: a pending "s again to skip" stays.
                    self.note = note;
                }
            }
            Input::Begin => match self.phase {
                Phase::Card => self.start_set(now),
                Phase::Ready => self.get_ready(now),
                _ => {}
            },
            Input::Rate(rating) => {
                if let Phase::Rate { seconds } = self.phase {
                    self.rate_hold(rating, seconds, now);
                }
            }
            Input::CounterNear(near) => {
                if self.phase == Phase::CounterCheck {
                    self.counter_near(near);
                }
            }
            Input::Count => self.count(now),
            Input::CountFoot(foot) => {
                if let Phase::Stomps { order } = &mut self.phase {
                    self.note = count_stomp(order, foot);
                }
            }
            Input::Uncount => self.uncount(),
            Input::FinishSet => self.finish_set_now(now, &mut outcome),
            // Enter on a rest is the user at the keyboard saying go: no ready step.
            Input::SkipRest => {
                if let Phase::Rest { .. } = self.phase {
                    self.start_set(now);
                }
            }
            Input::RestLonger | Input::RestShorter => {
                if let Phase::Rest { timer } = &mut self.phase {
                    let length = if input == Input::RestLonger {
                        (timer.length() + REST_STEP).min(REST_MAX)
                    } else {
                        timer.length().saturating_sub(REST_STEP).max(REST_MIN)
                    };
                    timer.set_length(length, now);
                }
            }
            Input::Answer(effort) => self.answer(effort, now),
            Input::Continue => {
                if self.phase == Phase::PainStop {
                    self.advance();
                }
            }
            Input::PainSite(site) => {
                if self.phase == Phase::PainStop {
                    self.pain_site(site);
                }
            }
            Input::Save => {
                if self.phase == Phase::Summary {
                    outcome.save = true;
                }
            }
            // A dialog's keys: without one on screen they do nothing.
            Input::SaveWhatWasDone
            | Input::Discard
            | Input::ConfirmDiscard
            | Input::CloseDialog => {}
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

    /// `q`: the quit dialog. A hold or rest must not run on behind the question.
    fn ask_quit(&mut self, now: Instant) {
        self.dialog = Some(Dialog::Quit);
        self.dialog_paused = false;
        if let Some(timer) = self.active_timer_mut()
            && !timer.is_paused()
        {
            timer.toggle_pause(now);
            self.dialog_paused = true;
        }
    }

    /// `s`, given the note the key before it left.
    fn skip_exercise(&mut self, note: Option<Note>) {
        // The warm-up is skipped whole with one `s`: nothing of it is recorded.
        if self.warming_up() {
            self.skip_warm_up();
            return;
        }
        match &self.phase {
            // After the last set `s` means "no answer": the sets were done, not skipped.
            Phase::Effort => self.end_exercise(None, false),
            // On a card, during a set and in a rest, `s` asks once more: one key by
            // mistake must not drop an exercise.
            Phase::Card
            | Phase::Reps { .. }
            | Phase::TimedReps { .. }
            | Phase::Stomps { .. }
            | Phase::Paced(_)
            | Phase::GetReady { .. }
            | Phase::Hold { .. }
            | Phase::Rest { .. }
                if note != Some(Note::SkipAgain) =>
            {
                self.note = Some(Note::SkipAgain);
            }
            Phase::Summary | Phase::PainStop => {}
            _ => self.end_exercise(None, true),
        }
    }

    /// The answer to "is a counter within reach?" before a balance stance.
    fn counter_near(&mut self, near: bool) {
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

    /// Space: one rep, a rep's hold, or a stomp on the next foot.
    fn count(&mut self, now: Instant) {
        let rep_hold = self.exercise().rep_hold_seconds.unwrap_or(2);
        match &mut self.phase {
            Phase::Reps { count } if *count >= MAX_REPS => {
                self.note = Some(Note::AtMost(MAX_REPS));
            }
            Phase::Reps { count } => *count += 1,
            Phase::TimedReps { hold: None, count } if *count >= MAX_REPS => {
                self.note = Some(Note::AtMost(MAX_REPS));
            }
            Phase::TimedReps {
                hold: hold @ None, ..
            } => {
                *hold = Some(Timer::start(
                    now,
                    std::time::Duration::from_secs(rep_hold.into()),
                ));
            }
            Phase::Stomps { order } => {
                let next = match order.last() {
                    Some(Foot::Left) => Foot::Right,
                    _ => Foot::Left,
                };
                self.note = count_stomp(order, next);
            }
            _ => {}
        }
    }

    /// Backspace: a rep taken back; during a rep's hold, that hold cancelled.
    fn uncount(&mut self) {
        match &mut self.phase {
            Phase::Paced(set) => set.take_back(),
            Phase::Reps { count } => *count = count.saturating_sub(1),
            Phase::TimedReps {
                hold: hold @ Some(_),
                ..
            } => *hold = None,
            Phase::TimedReps { count, .. } => *count = count.saturating_sub(1),
            Phase::Stomps { order } => {
                order.pop();
            }
            _ => {}
        }
    }

    /// Enter during a set: the set is finished. A set of nothing is not a set: the
    /// screen says so and the set goes on.
    fn finish_set_now(&mut self, now: Instant, outcome: &mut Outcome) {
        let set = match &self.phase {
            Phase::Paced(set) if set.count() == 0 => None,
            Phase::Paced(set) => Some(paced_record(set)),
            Phase::Reps { count: 0 } | Phase::TimedReps { count: 0, .. } => None,
            Phase::Stomps { order } if order.is_empty() => None,
            Phase::Reps { count } | Phase::TimedReps { count, .. } => Some(rep_set(*count)),
            Phase::Stomps { order } => {
                let (left, right) = super::foot_counts(order);
                Some(SetRecord {
                    reps: Some(left + right),
                    left: Some(left),
                    right: Some(right),
                    ..SetRecord::default()
                })
            }
            Phase::Hold { timer } if timer.elapsed(now).as_secs() == 0 => None,
            Phase::Hold { timer } => Some(SetRecord {
                seconds: Some(duration_secs(timer.elapsed(now))),
                ..SetRecord::default()
            }),
            // Nothing is being done: Enter means nothing here.
            _ => return,
        };
        match set {
            Some(set) => self.finish_set(set, now, outcome),
            None => self.note = Some(Note::NothingCounted),
        }
    }

    /// `1`-`4`: how the last reps felt, or pain at any moment of an exercise.
    fn answer(&mut self, effort: Effort, now: Instant) {
        match &self.phase {
            Phase::Effort if effort == Effort::Pain => {
                self.record_exercise(Some(Effort::Pain), false);
                self.phase = Phase::PainStop;
            }
            Phase::Summary | Phase::PainStop => {}
            // Pain is one key away at every moment of an exercise: it ends the exercise
            // for today, keeping the sets already done and what was done of the one under
            // way, marked as stopped for pain.
            phase if effort == Effort::Pain => {
                let in_progress = set_in_progress(phase, now);
                self.stop_for_pain(in_progress);
            }
            Phase::Effort => self.end_exercise(Some(effort), false),
            _ => {}
        }
    }

    /// Pain during an exercise: what was done of the set under way is kept, marked so.
    fn stop_for_pain(&mut self, in_progress: Option<SetRecord>) {
        // A balance stance keeps its pain as a hold stopped for pain, of the seconds held
        // (none before the hold began): a practice records holds.
        if let ItemKind::Balance(item) = &self.exercise().kind {
            self.balance_holds.push(BalanceHold {
                stance: item.progress.stance.clone(),
                support: item.support_used.clone(),
                target_seconds: self.exercise().target,
                seconds: in_progress.as_ref().and_then(|s| s.seconds).unwrap_or(0),
                rating: None,
                stopped_for_pain: true,
                pain_site: None,
                ..Default::default()
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

    /// `1`-`7` after a pain stop: where it hurts, then on.
    fn pain_site(&mut self, site: PainSite) {
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
}
