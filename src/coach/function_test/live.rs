//! The test day as it is done on screen (`t` on home): a state machine like the session's,
//! with time as an argument (never read here). Each test has a card; the chair stand has a
//! get-ready and a 30-second timer with Space per stand, then asks the half-way rule and
//! whether the arms were used; the balance test holds each stage for 10 s and stops at the
//! first not held; the TUG is timed with Enter, Enter; the grip is typed in kg. `4` stops
//! for pain (what was done is kept, marked), `q` stops (what was done is kept).

use std::time::{Duration, Instant};

use chrono::NaiveDate;

use super::{
    BALANCE_STAGES, STAGE_SECONDS, TestKind, balance_result, chair_stand_result, stage_id,
};
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
    /// A balance stage (0-3): Enter starts the 10 s, Space says it was not held.
    Stage {
        index: usize,
        started: Option<Instant>,
        held: Vec<u32>,
    },
    /// The TUG: Enter starts the time, Enter stops it.
    Tug { started: Option<Instant> },
    /// The grip, typed in kg.
    Grip { typed: String, invalid: bool },
    /// Every result, against its norm: Enter saves, `d` throws them away.
    Results,
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
}

/// The test day in progress.
#[derive(Debug, Clone, PartialEq)]
pub struct TestRun {
    pub date: NaiveDate,
    pub step: Step,
    /// The results so far, in the order done.
    pub results: Vec<TestRecord>,
    get_ready: Duration,
}

impl TestRun {
    /// A test day on `date`, beginning with the chair stand's card.
    #[must_use]
    pub fn new(date: NaiveDate, get_ready: Duration) -> Self {
        Self {
            date,
            step: Step::Card(TestKind::ChairStand),
            results: Vec::new(),
            get_ready,
        }
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
            Step::Stage { .. } => TestKind::BalanceTest,
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
            TestKind::BalanceTest => Step::Stage {
                index: 0,
                started: None,
                held: Vec::new(),
            },
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

    /// A balance stage: held for 10 s goes on to the next (after the last, the result);
    /// Space while it runs, or before, says it was not held, and the test stops there.
    fn stage(&mut self, step: Step, input: Option<TestInput>, now: Instant) -> Step {
        let Step::Stage {
            index,
            started,
            mut held,
        } = step
        else {
            return step;
        };
        let full = Duration::from_secs(STAGE_SECONDS.into());
        match (started, input) {
            (None, Some(TestInput::Enter)) => Step::Stage {
                index,
                started: Some(now),
                held,
            },
            (Some(at), _) if now >= at + full => {
                held.push(STAGE_SECONDS);
                if index + 1 < BALANCE_STAGES.len() {
                    Step::Stage {
                        index: index + 1,
                        started: None,
                        held,
                    }
                } else {
                    self.finish_balance(&held)
                }
            }
            (at, Some(TestInput::Space)) => {
                let seconds = at.map_or(0, |at| now.saturating_duration_since(at).as_secs());
                held.push(u32::try_from(seconds).unwrap_or(0).min(STAGE_SECONDS - 1));
                self.finish_balance(&held)
            }
            (started, _) => Step::Stage {
                index,
                started,
                held,
            },
        }
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
            Step::Stage {
                started: Some(at), ..
            } => (*at, *at + Duration::from_secs(STAGE_SECONDS.into())),
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
            Step::Stage {
                started: Some(at), ..
            } => Some(left(*at + Duration::from_secs(STAGE_SECONDS.into()))),
            Step::Tug { started: Some(at) } => Some(now.saturating_duration_since(*at).as_secs()),
            _ => None,
        }
    }
}
