//! The live session as a state machine: card -> sets (reps, timed reps, holds, stomps) with
//! rests between -> "how did it feel?" -> next exercise -> summary.
//!
//! It is driven by [`Input`]s and by [`Session::tick`], each carrying `now`; it never reads
//! the clock, so every path is tested with a fake one.

use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset};

use super::cues::{Countdown, Cue, Timed, countdown_cues};
use super::plan::{ItemKind, PlannedExercise, SessionPlan};
use super::tempo::{PacedSet, Step};
use super::timer::Timer;
use crate::catalog::{Measure, Program};
use crate::history::{
    BalanceHold, Effort, ExerciseRecord, PostureRecord, PracticeRecord, SessionRecord, SetRecord,
    Steadiness,
};

/// The get-ready before a hold when the profile says nothing: time to get from the
/// keyboard down to a mat.
pub const GET_READY: Duration = Duration::from_secs(10);
/// How much `+` and `-` change a rest.
pub const REST_STEP: Duration = Duration::from_secs(15);
/// Rests never shrink below this with `-`.
const REST_MIN: Duration = Duration::from_secs(15);
/// Nor grow beyond this with `+`.
const REST_MAX: Duration = Duration::from_secs(300);

/// Which foot a stomp was made with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Foot {
    Left,
    Right,
}

/// Where the session is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase {
    /// The exercise's card: steps and cue, before its first set.
    Card,
    /// Counting plain reps.
    Reps { count: u32 },
    /// Counting reps that each need a hold at the top; `hold` runs while the user is up.
    TimedReps { count: u32, hold: Option<Timer> },
    /// Counting stomps per foot; `order` remembers each stomp so one can be taken back.
    Stomps { order: Vec<Foot> },
    /// A timed set after a rest waits here until the user says go: nothing counts while
    /// nobody may be there.
    Ready,
    /// The countdown before a hold, its last seconds sounded.
    GetReady { timer: Timer },
    /// A hold counting up towards the target.
    Hold { timer: Timer },
    /// Rest before the next set.
    Rest { timer: Timer },
    /// "How did the last reps feel?"
    Effort,
    /// Pain was reported: stop this exercise, talk to a professional.
    PainStop,
    /// The end: what was done, ready to be saved.
    Summary,
    /// A set the coach counts at the exercise's tempo (counting set to paced).
    Paced(PacedSet),
    /// After a balance hold: "how steady was that?" (`seconds` held).
    Rate { seconds: u32 },
    /// Before a balance stance that needs it (osteoporosis, eyes closed or one leg
    /// without hands): "is a counter within reach?"
    CounterCheck,
}

/// A question on top of the current phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialog {
    /// `q`: save what was done, discard, or go back.
    Quit,
    /// Discarding asks once more, because it cannot be undone.
    ConfirmDiscard,
}

/// What the user asked for, already interpreted for the screen they are on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// Enter on a card: begin the first set; Enter or Space on the ready step: go.
    Begin,
    /// Space: one rep (or start a rep's hold; or a stomp on the next foot).
    Count,
    /// A stomp on a given foot.
    CountFoot(Foot),
    /// Backspace: take the last rep back.
    Uncount,
    /// Enter during a set: the set is finished (ends a hold early).
    FinishSet,
    /// Enter during a rest: skip the rest of it.
    SkipRest,
    /// `+` / `-` during a rest.
    RestLonger,
    RestShorter,
    /// `p`: pause or resume whatever timer runs.
    TogglePause,
    /// `s`: skip the current exercise.
    SkipExercise,
    /// `↓` (true) or `↑` (false) on a card that does not fit the window.
    ScrollCard(bool),
    /// `q`: ask whether to save, discard, or go back.
    AskQuit,
    /// `1`-`4` after the last set.
    Answer(Effort),
    /// Enter after a pain stop.
    Continue,
    /// In the quit dialog: keep what was done and go to the summary.
    SaveWhatWasDone,
    /// In the quit dialog: throw the session away (asks to confirm).
    Discard,
    /// Confirm the discard.
    ConfirmDiscard,
    /// Esc: close the dialog and carry on.
    CloseDialog,
    /// Enter on the summary: save it.
    Save,
    /// `1`-`3` after a balance hold: steady, wobbly, had to hold on.
    Rate(Steadiness),
    /// The answer to "is a counter within reach?".
    CounterNear(bool),
}

/// What a step of the session asks of the outside world.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Outcome {
    /// What to sound, in order, each with the instant it belongs to.
    pub cues: Vec<Timed>,
    /// The user asked to save the session (from the summary).
    pub save: bool,
    /// The user threw the session away.
    pub discarded: bool,
    /// A set was finished: the journal should be written.
    pub set_done: bool,
}

impl Outcome {
    /// Whether the bell rings for this step (with sound set to `bell`).
    #[must_use]
    pub fn bell(&self) -> bool {
        self.cues.iter().any(|c| c.cue.rings_bell())
    }

    fn say(&mut self, cue: Cue, at: Instant) {
        self.cues.push(Timed { at, cue });
    }
}

/// Why the screen says something about the last key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note {
    /// Enter with nothing counted: a set of 0 reps is not a set.
    NothingCounted,
    /// `s` on a card: a second `s` skips the exercise.
    SkipAgain,
}

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
    /// When the plan has no exercises: a plan always holds its program's four.
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

    /// The phase an item opens with: its card, or first the counter question.
    #[must_use]
    fn at_item_start(mut self) -> Self {
        self.phase = self.item_start_phase();
        self
    }

    fn item_start_phase(&self) -> Phase {
        match &self.exercise().kind {
            ItemKind::Balance(item) if item.counter_check => Phase::CounterCheck,
            _ => Phase::Card,
        }
    }

    /// A practice of balance and posture, not a strength session.
    #[must_use]
    pub fn is_practice(&self) -> bool {
        self.plan.exercises.iter().all(|e| e.kind.is_practice())
    }

    /// The current item is a move of the warm-up.
    #[must_use]
    pub fn warming_up(&self) -> bool {
        self.exercise().kind == ItemKind::WarmUp
    }

    /// The warm-up's moves at the front of the plan.
    fn warm_up_len(&self) -> usize {
        self.plan
            .exercises
            .iter()
            .take_while(|e| e.kind == ItemKind::WarmUp)
            .count()
    }

    /// The balance holds answered so far.
    #[must_use]
    pub fn balance_holds(&self) -> &[BalanceHold] {
        &self.balance_holds
    }

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
    fn tempo(&self) -> Option<&[Step]> {
        let id = &self.exercise().id;
        self.tempos
            .iter()
            .find(|(of, steps)| of == id && !steps.is_empty())
            .map(|(_, steps)| steps.as_slice())
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

    fn active_timer_mut(&mut self) -> Option<&mut Timer> {
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
    fn cue_countdown(&mut self, now: Instant, outcome: &mut Outcome) {
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
    fn start_timer(&mut self, phase: Phase) {
        self.phase = phase;
        self.cued = None;
    }

    /// The get-ready is over: the hold, or the coach starts counting.
    fn after_get_ready(&mut self, now: Instant, outcome: &mut Outcome) {
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
    fn after_rest(&mut self, now: Instant) {
        if self.exercise().measure == Measure::Hold || self.tempo().is_some() {
            self.phase = Phase::Ready;
        } else {
            self.start_set(now);
        }
    }

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
            // On a card, `s` asks once more: one key by mistake must not drop an exercise.
            (Input::SkipExercise, Phase::Card) if note != Some(Note::SkipAgain) => {
                self.note = Some(Note::SkipAgain);
            }
            // After the last set `s` means "no answer": the sets were done, not skipped.
            (Input::SkipExercise, Phase::Effort) => self.end_exercise(None, false),
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
                order.push(next);
            }
            (Input::CountFoot(foot), Phase::Stomps { order }) => order.push(foot),
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
                if let (Some(set), ItemKind::Balance(item)) = (&in_progress, &self.exercise().kind)
                {
                    self.balance_holds.push(BalanceHold {
                        stance: item.progress.stance.clone(),
                        support: item.support_used.clone(),
                        target_seconds: self.exercise().target,
                        seconds: set.seconds.unwrap_or(0),
                        rating: None,
                        stopped_for_pain: true,
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

    /// The answer after a balance hold: kept, the ladder moved, and on to the rest.
    fn rate_hold(&mut self, rating: Steadiness, seconds: u32, now: Instant) {
        let target = self.exercise().target;
        if let ItemKind::Balance(item) = &mut self.plan.exercises[self.current].kind {
            self.balance_holds.push(BalanceHold {
                stance: item.progress.stance.clone(),
                support: item.support_used.clone(),
                target_seconds: target,
                seconds,
                rating: Some(rating),
                stopped_for_pain: false,
                extra: Default::default(),
            });
            item.rate(rating, seconds);
        }
        self.sync_balance_item();
        self.next_set_or_end(now);
    }

    /// The item's id and hold follow its ladder (and any later item of the same stance).
    fn sync_balance_item(&mut self) {
        let ItemKind::Balance(item) = &self.plan.exercises[self.current].kind else {
            return;
        };
        let (id, hold) = (item.item_id(), item.hold_seconds());
        let current = &mut self.plan.exercises[self.current];
        current.id = id;
        current.target = hold;
    }

    /// `s` during the warm-up: on to the first exercise.
    fn skip_warm_up(&mut self) {
        self.current = self.warm_up_len().min(self.plan.exercises.len() - 1);
        self.sets_done.clear();
        self.set = 1;
        self.card_scroll = 0;
        self.phase = self.item_start_phase();
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
            extra: Default::default(),
        }
    }

    /// The practice to save, ended at `ended_at`: its balance holds and posture moves.
    #[must_use]
    pub fn to_practice_record(&self, ended_at: DateTime<FixedOffset>) -> PracticeRecord {
        let posture = self
            .records
            .iter()
            .filter_map(|r| {
                let id = r.id.strip_prefix("posture/")?;
                let reps = r.sets.iter().filter_map(|s| s.reps).sum();
                let stopped_for_pain = r.reports_pain();
                if reps == 0 && !stopped_for_pain {
                    return None;
                }
                let hold_seconds = self
                    .plan
                    .exercises
                    .iter()
                    .find(|e| e.id == r.id)
                    .and_then(|e| e.rep_hold_seconds);
                Some(PostureRecord {
                    id: id.to_owned(),
                    reps,
                    hold_seconds,
                    stopped_for_pain,
                    extra: Default::default(),
                })
            })
            .collect();
        PracticeRecord {
            date: self.started_at.date_naive(),
            started_at: self.started_at,
            ended_at,
            logged: false,
            balance: self.balance_holds.clone(),
            posture,
            extra: Default::default(),
        }
    }
}

/// What the set under way has done so far, if anything: counted reps or stomps, or the
/// seconds of a hold. `None` between sets, before a hold starts, or with nothing counted.
fn set_in_progress(phase: &Phase, now: Instant) -> Option<SetRecord> {
    let set = match phase {
        Phase::Reps { count } | Phase::TimedReps { count, .. } if *count > 0 => rep_set(*count),
        Phase::Stomps { order } if !order.is_empty() => {
            let (left, right) = foot_counts(order);
            SetRecord {
                reps: Some(left + right),
                left: Some(left),
                right: Some(right),
                ..SetRecord::default()
            }
        }
        Phase::Paced(set) if set.count() > 0 => paced_record(set),
        Phase::Hold { timer } if duration_secs(timer.elapsed(now)) > 0 => SetRecord {
            seconds: Some(duration_secs(timer.elapsed(now))),
            ..SetRecord::default()
        },
        _ => return None,
    };
    Some(set)
}

/// What a paced set did so far: reps, or stomps per foot.
fn paced_record(set: &PacedSet) -> SetRecord {
    if set.is_stomps() {
        let (left, right) = set.feet();
        SetRecord {
            reps: Some(left + right),
            left: Some(left),
            right: Some(right),
            ..SetRecord::default()
        }
    } else {
        rep_set(set.count())
    }
}

fn rep_set(reps: u32) -> SetRecord {
    SetRecord {
        reps: Some(reps),
        ..SetRecord::default()
    }
}

/// Stomps per foot, left then right.
#[must_use]
pub fn foot_counts(order: &[Foot]) -> (u32, u32) {
    let left = order.iter().filter(|f| **f == Foot::Left).count();
    let right = order.len() - left;
    (
        u32::try_from(left).unwrap_or(u32::MAX),
        u32::try_from(right).unwrap_or(u32::MAX),
    )
}

fn duration_secs(d: Duration) -> u32 {
    u32::try_from(d.as_secs()).unwrap_or(u32::MAX)
}

mod journal;
pub use journal::{JOURNAL_VERSION, Journal, JournalExercise, Resumed, Stage};

#[cfg(test)]
mod tests;

#[cfg(test)]
mod paced_tests;

#[cfg(test)]
mod practice_tests;
