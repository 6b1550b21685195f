//! The test day as it is done on screen (`t` on home): a state machine like the session's,
//! with time as an argument (never read here). Each test has a card; the chair stand has a
//! get-ready and a 30-second timer with Space per stand, then asks the half-way rule and
//! whether the arms were used; the balance test holds each stage for 10 s and stops at the
//! first not held; the TUG is timed with Enter, Enter; the grip is typed in kg. `4` stops
//! for pain (what was done is kept, marked), `q` stops (what was done is kept).
//!
//! The balance test's stages are timed as the balance practice times its holds: the same
//! [`Timer`], a get-ready countdown before each, `p` pauses. Users whose bones need it
//! (`practice::needs_counter_check`) are first asked the practice's question, "is a
//! counter within reach?"; no means no balance test today, never one done without.

use std::time::{Duration, Instant};

use chrono::NaiveDate;

use super::{
    BALANCE_STAGES, STAGE_SECONDS, TestKind, balance_result, chair_stand_result, stage_id,
};
use crate::coach::timer::Timer;
use crate::history::{MAX_GRIP_KG, MAX_STANDS, MAX_TUG_SECONDS, TestRecord};

/// The chair stand's time.
pub const CHAIR_STAND_SECONDS: u64 = 30;

/// Where the test day is.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// A test's card: its protocol and drawing. Enter begins, `s` skips.
    Card(TestKind),
    /// Before the chair stand's 30 s.
    GetReady { until: Instant },
    /// The 30 s of the chair stand: Space per full stand.
    Counting { start: Instant, stands: u32 },
    /// "More than halfway up when the time ran out?" (y/n)
    AskHalfway { stands: u32 },
    /// "Did you use your arms?" (y/n)
    AskArms { stands: u32, halfway: bool },
    /// Before the first balance stage, for bones that need it: "is a counter within
    /// reach?" (the practice's question). `y` goes on, `n` to [`Step::NoCounter`].
    CounterCheck,
    /// No counter within reach: the balance test is not done today, and why.
    NoCounter,
    /// A balance stage (0-3): Enter starts the get-ready and then the 10 s, Space says it
    /// was not held, `p` pauses.
    Stage {
        index: usize,
        hold: StageHold,
        held: Vec<u32>,
    },
    /// The TUG: Enter starts the time, Enter stops it.
    Tug { started: Option<Instant> },
    /// The grip, typed in kg.
    Grip { typed: String, invalid: bool },
    /// Every result, against its norm: Enter saves, `d` throws them away.
    Results,
}

/// Where a balance stage's hold is, timed with the practice's [`Timer`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StageHold {
    /// In position? Enter starts.
    Waiting,
    /// The get-ready countdown before the hold (as before a practice hold).
    GetReady(Timer),
    /// The 10 s. Paused, it is started again on `p` (a stage is held in one go).
    Holding(Timer),
}

impl StageHold {
    /// The running (or paused) timer, if any.
    #[must_use]
    pub fn timer(&self) -> Option<&Timer> {
        match self {
            Self::Waiting => None,
            Self::GetReady(timer) | Self::Holding(timer) => Some(timer),
        }
    }
}

/// A key's meaning on the test day.
#[cfg_attr(test, derive(strum::VariantNames))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestInput {
    Enter,
    Space,
    Yes,
    No,
    Skip,
    /// `4`: pain. The test stops; what was done is kept, marked.
    Pain,
    /// `q`: stop the test day; what was done is kept for the results.
    Stop,
    Char(char),
    Backspace,
    /// `p` (the practice's pause key): pauses a balance stage's countdown or hold.
    Pause,
}

/// The test day in progress.
#[derive(Debug, Clone, PartialEq)]
pub struct TestRun {
    pub date: NaiveDate,
    pub step: Step,
    /// The results so far, in the order done.
    pub results: Vec<TestRecord>,
    /// The balance test was not done: no counter within reach (the results say so).
    pub balance_without_counter: bool,
    get_ready: Duration,
    /// Ask "is a counter within reach?" before the first balance stage.
    counter_check: bool,
}

impl TestRun {
    /// A test day on `date`, beginning with the chair stand's card.
    #[must_use]
    pub fn new(date: NaiveDate, get_ready: Duration) -> Self {
        Self {
            date,
            step: Step::Card(TestKind::ChairStand),
            results: Vec::new(),
            balance_without_counter: false,
            get_ready,
            counter_check: false,
        }
    }

    /// The same run, asking "is a counter within reach?" before the balance test when
    /// `ask` (the practice's rule: `practice::needs_counter_check` of the bone status).
    #[must_use]
    pub fn asking_for_a_counter(mut self, ask: bool) -> Self {
        self.counter_check = ask;
        self
    }

    /// The test the run is at (`None` on the results).
    #[must_use]
    pub fn kind(&self) -> Option<TestKind> {
        Some(match &self.step {
            Step::Card(kind) => *kind,
            Step::GetReady { .. }
            | Step::Counting { .. }
            | Step::AskHalfway { .. }
            | Step::AskArms { .. } => TestKind::ChairStand,
            Step::CounterCheck | Step::NoCounter | Step::Stage { .. } => TestKind::BalanceTest,
            Step::Tug { .. } => TestKind::Tug,
            Step::Grip { .. } => TestKind::Grip,
            Step::Results => return None,
        })
    }

    /// One key, or time passing (`input` `None`), at `now`.
    pub fn step(&mut self, input: Option<TestInput>, now: Instant) {
        if let Some(kind) = self.kind() {
            match input {
                Some(TestInput::Pain) => return self.stop_for_pain(kind, now),
                Some(TestInput::Stop) => {
                    self.step = Step::Results;
                    return;
                }
                _ => {}
            }
        }
        let step = std::mem::replace(&mut self.step, Step::Results);
        self.step = match (step, input) {
            (Step::Card(kind), Some(TestInput::Skip)) => self.after(kind),
            (Step::Card(kind), Some(TestInput::Enter)) => self.begin(kind, now),
            (Step::GetReady { until }, _) if now >= until => Step::Counting {
                start: until,
                stands: 0,
            },
            (Step::Counting { start, stands }, input) => {
                if now >= start + Duration::from_secs(CHAIR_STAND_SECONDS) {
                    Step::AskHalfway { stands }
                } else if input == Some(TestInput::Space) {
                    Step::Counting {
                        start,
                        // A stuck key counts no stands no one made (issue 26).
                        stands: (stands + 1).min(MAX_STANDS),
                    }
                } else {
                    Step::Counting { start, stands }
                }
            }
            (Step::AskHalfway { stands }, Some(answer @ (TestInput::Yes | TestInput::No))) => {
                Step::AskArms {
                    stands,
                    halfway: answer == TestInput::Yes,
                }
            }
            (
                Step::AskArms { stands, halfway },
                Some(answer @ (TestInput::Yes | TestInput::No)),
            ) => {
                let arms = answer == TestInput::Yes;
                let mut record = self.record(TestKind::ChairStand);
                record.value = f64::from(chair_stand_result(stands, halfway, arms));
                record.used_arms = Some(arms);
                self.results.push(record);
                self.after(TestKind::ChairStand)
            }
            (Step::CounterCheck, Some(TestInput::Yes)) => first_stage(),
            (Step::CounterCheck, Some(TestInput::No)) => {
                self.balance_without_counter = true;
                Step::NoCounter
            }
            (Step::NoCounter, Some(TestInput::Enter | TestInput::Space | TestInput::Skip)) => {
                self.after(TestKind::BalanceTest)
            }
            (step @ Step::Stage { .. }, input) => self.stage(step, input, now),
            (Step::Tug { started: None }, Some(TestInput::Enter)) => {
                Step::Tug { started: Some(now) }
            }
            (Step::Tug { started: Some(at) }, Some(TestInput::Enter | TestInput::Space)) => {
                let mut record = self.record(TestKind::Tug);
                let seconds = now.saturating_duration_since(at).as_secs_f64();
                record.value = ((seconds * 10.0).round() / 10.0).min(MAX_TUG_SECONDS);
                self.results.push(record);
                self.after(TestKind::Tug)
            }
            (Step::Grip { typed, .. }, input) => self.grip(typed, input),
            (step, _) => step,
        };
    }

    fn begin(&self, kind: TestKind, now: Instant) -> Step {
        match kind {
            TestKind::ChairStand => Step::GetReady {
                until: now + self.get_ready,
            },
            TestKind::BalanceTest if self.counter_check => Step::CounterCheck,
            TestKind::BalanceTest => first_stage(),
            TestKind::Tug => Step::Tug { started: None },
            TestKind::Grip => Step::Grip {
                typed: String::new(),
                invalid: false,
            },
        }
    }

    /// The card of the test after `kind`, or the results.
    fn after(&self, kind: TestKind) -> Step {
        TestKind::ALL
            .into_iter()
            .skip_while(|k| *k != kind)
            .nth(1)
            .map_or(Step::Results, Step::Card)
    }

    fn record(&self, kind: TestKind) -> TestRecord {
        TestRecord {
            date: self.date,
            kind: kind.id().to_owned(),
            value: 0.0,
            unit: kind.unit().to_owned(),
            used_arms: None,
            stage: None,
            stopped_for_pain: false,
            logged: false,
            note: None,
            ..Default::default()
        }
    }

    /// A balance stage: Enter starts the get-ready, then the 10 s hold; held for 10 s goes
    /// on to the next (after the last, the result); Space before or while it runs says it
    /// was not held, and the test stops there. `p` pauses the countdown or the hold; a
    /// paused hold starts again from its get-ready (10 s in one go, as the test is done).
    fn stage(&mut self, step: Step, input: Option<TestInput>, now: Instant) -> Step {
        let Step::Stage {
            index,
            hold,
            mut held,
        } = step
        else {
            return step;
        };
        // Time first: a key never acts on a timer that has already ended.
        let hold = match hold {
            StageHold::GetReady(timer) if timer.is_done(now) => {
                let late = timer.elapsed(now).saturating_sub(timer.length());
                let from = now.checked_sub(late).unwrap_or(now);
                StageHold::Holding(Timer::start(
                    from,
                    Duration::from_secs(STAGE_SECONDS.into()),
                ))
            }
            hold => hold,
        };
        if let StageHold::Holding(timer) = &hold
            && timer.is_done(now)
        {
            held.push(STAGE_SECONDS);
            return if index + 1 < BALANCE_STAGES.len() {
                Step::Stage {
                    index: index + 1,
                    hold: StageHold::Waiting,
                    held,
                }
            } else {
                self.finish_balance(&held)
            };
        }
        let hold = match (hold, input) {
            (StageHold::Waiting, Some(TestInput::Enter)) => {
                StageHold::GetReady(Timer::start(now, self.get_ready))
            }
            (hold, Some(TestInput::Space)) => {
                let seconds = match &hold {
                    StageHold::Holding(timer) => timer.elapsed(now).as_secs(),
                    _ => 0,
                };
                held.push(u32::try_from(seconds).unwrap_or(0).min(STAGE_SECONDS - 1));
                return self.finish_balance(&held);
            }
            (StageHold::GetReady(mut timer), Some(TestInput::Pause)) => {
                timer.toggle_pause(now);
                StageHold::GetReady(timer)
            }
            (StageHold::Holding(mut timer), Some(TestInput::Pause)) => {
                if timer.is_paused() {
                    StageHold::GetReady(Timer::start(now, self.get_ready))
                } else {
                    timer.toggle_pause(now);
                    StageHold::Holding(timer)
                }
            }
            (hold, _) => hold,
        };
        Step::Stage { index, hold, held }
    }

    fn finish_balance(&mut self, held: &[u32]) -> Step {
        let stages = balance_result(held);
        let mut record = self.record(TestKind::BalanceTest);
        record.value = f64::from(stages);
        record.stage = stage_id(stages).map(str::to_owned);
        self.results.push(record);
        self.after(TestKind::BalanceTest)
    }

    fn grip(&mut self, mut typed: String, input: Option<TestInput>) -> Step {
        match input {
            Some(TestInput::Char(c))
                if (c.is_ascii_digit() || c == '.' || c == ',') && typed.len() < 6 =>
            {
                typed.push(c);
            }
            Some(TestInput::Backspace) => {
                typed.pop();
            }
            Some(TestInput::Enter) => {
                let kg: Option<f64> = typed.replace(',', ".").parse().ok();
                match kg.filter(|kg| (1.0..=MAX_GRIP_KG).contains(kg)) {
                    Some(kg) => {
                        let mut record = self.record(TestKind::Grip);
                        record.value = (kg * 10.0).round() / 10.0;
                        self.results.push(record);
                        return Step::Results;
                    }
                    None => {
                        return Step::Grip {
                            typed,
                            invalid: true,
                        };
                    }
                }
            }
            _ => {}
        }
        Step::Grip {
            typed,
            invalid: false,
        }
    }

    /// `4`: the test stops; what was done is kept, marked, and the results come.
    fn stop_for_pain(&mut self, kind: TestKind, now: Instant) {
        // Before the balance test began (the counter question, or not today): nothing
        // of it was done, so no result of it is made up.
        if matches!(self.step, Step::CounterCheck | Step::NoCounter) {
            self.step = Step::Results;
            return;
        }
        let mut record = self.record(kind);
        record.stopped_for_pain = true;
        match &self.step {
            Step::Counting { stands, .. }
            | Step::AskHalfway { stands }
            | Step::AskArms { stands, .. } => record.value = f64::from(*stands),
            Step::Stage { held, .. } => {
                let stages = balance_result(held);
                record.value = f64::from(stages);
                record.stage = stage_id(stages).map(str::to_owned);
            }
            Step::Tug { started: Some(at) } => {
                record.value = ((now.saturating_duration_since(*at).as_secs_f64() * 10.0).round()
                    / 10.0)
                    .min(MAX_TUG_SECONDS);
            }
            _ => {}
        }
        self.results.push(record);
        self.step = Step::Results;
    }

    /// When the screen must next change by itself: the next whole second of a timer, or
    /// its end.
    #[must_use]
    pub fn next_wake(&self, now: Instant) -> Option<Instant> {
        let (start, end) = match &self.step {
            Step::GetReady { until } => (*until - self.get_ready, *until),
            Step::Counting { start, .. } => {
                (*start, *start + Duration::from_secs(CHAIR_STAND_SECONDS))
            }
            Step::Stage { hold, .. } => return hold.timer()?.next_wake(now),
            Step::Tug { started: Some(at) } => {
                (*at, *at + Duration::from_secs_f64(MAX_TUG_SECONDS))
            }
            _ => return None,
        };
        let elapsed = now.saturating_duration_since(start).as_secs() + 1;
        Some((start + Duration::from_secs(elapsed)).min(end).max(now))
    }

    /// Seconds left of the running timer (chair stand, get-ready, a balance stage), or the
    /// seconds the TUG has run.
    #[must_use]
    pub fn clock_seconds(&self, now: Instant) -> Option<u64> {
        let left = |end: Instant| end.saturating_duration_since(now).as_secs_f64().ceil() as u64;
        match &self.step {
            Step::GetReady { until } => Some(left(*until)),
            Step::Counting { start, .. } => {
                Some(left(*start + Duration::from_secs(CHAIR_STAND_SECONDS)))
            }
            Step::Stage { hold, .. } => hold.timer().map(|t| t.remaining_secs_shown(now)),
            Step::Tug { started: Some(at) } => Some(now.saturating_duration_since(*at).as_secs()),
            _ => None,
        }
    }
}

/// The first balance stage, not started.
fn first_stage() -> Step {
    Step::Stage {
        index: 0,
        hold: StageHold::Waiting,
        held: Vec::new(),
    }
}
