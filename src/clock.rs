//! Where time comes from. The shell asks [`SystemClock`]; tests use [`FakeClock`] and move
//! time forward by hand, so no test ever sleeps.

use std::cell::Cell;
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset, Local, NaiveDate, TimeZone};

/// Monotonic time for timers, wall time for the record.
pub trait Clock {
    /// Monotonic: timers use this, so a changed system clock cannot disturb a hold.
    fn now(&self) -> Instant;
    /// The user's local wall time, with its UTC offset.
    fn local_now(&self) -> DateTime<FixedOffset>;
    /// The user's local calendar day.
    fn today(&self) -> NaiveDate {
        self.local_now().date_naive()
    }
}

/// The real clocks.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Instant {
        Instant::now()
    }
    fn local_now(&self) -> DateTime<FixedOffset> {
        Local::now().fixed_offset()
    }
}

/// A clock that moves only when told to.
#[derive(Debug)]
pub struct FakeClock {
    start: Instant,
    wall_start: DateTime<FixedOffset>,
    offset: Cell<Duration>,
}

impl FakeClock {
    /// A clock at 2026-11-26 09:00 in UTC+1.
    #[must_use]
    pub fn new() -> Self {
        let wall = FixedOffset::east_opt(3600)
            .and_then(|tz| tz.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).single())
            .expect("a fixed, valid date");
        Self::at(wall)
    }

    /// A clock at the given wall time.
    #[must_use]
    pub fn at(wall_start: DateTime<FixedOffset>) -> Self {
        Self {
            start: Instant::now(),
            wall_start,
            offset: Cell::new(Duration::ZERO),
        }
    }

    pub fn advance(&self, by: Duration) {
        self.offset.set(self.offset.get() + by);
    }
}

impl Default for FakeClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for FakeClock {
    fn now(&self) -> Instant {
        self.start + self.offset.get()
    }
    fn local_now(&self) -> DateTime<FixedOffset> {
        self.wall_start + self.offset.get()
    }
}
