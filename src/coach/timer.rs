//! Timers as plain data: a start instant, an optional length and the paused spans.
//!
//! Nothing here reads the clock; every question takes `now` as an argument, so a pause can
//! be proven never to shorten a hold and the event loop can ask exactly when to wake.

use std::time::{Duration, Instant};

/// A running or paused stopwatch, optionally with a length (a countdown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timer {
    started: Instant,
    length: Duration,
    paused_at: Option<Instant>,
    paused_total: Duration,
}

impl Timer {
    /// A timer of `length` that starts running at `now`.
    #[must_use]
    pub fn start(now: Instant, length: Duration) -> Self {
        Self {
            started: now,
            length,
            paused_at: None,
            paused_total: Duration::ZERO,
        }
    }

    /// The time the timer has actually run, pauses left out.
    #[must_use]
    pub fn elapsed(&self, now: Instant) -> Duration {
        let until = self.paused_at.unwrap_or(now);
        until
            .saturating_duration_since(self.started)
            .saturating_sub(self.paused_total)
    }

    /// Time left until the length is reached; zero once done, never negative.
    #[must_use]
    pub fn remaining(&self, now: Instant) -> Duration {
        self.length.saturating_sub(self.elapsed(now))
    }

    #[must_use]
    pub fn length(&self) -> Duration {
        self.length
    }

    #[must_use]
    pub fn is_done(&self, now: Instant) -> bool {
        self.elapsed(now) >= self.length
    }

    #[must_use]
    pub fn is_paused(&self) -> bool {
        self.paused_at.is_some()
    }

    /// Pauses a running timer or resumes a paused one.
    pub fn toggle_pause(&mut self, now: Instant) {
        match self.paused_at.take() {
            Some(at) => self.paused_total += now.saturating_duration_since(at),
            None => self.paused_at = Some(now),
        }
    }

    /// Changes the length, never below what has already run.
    pub fn set_length(&mut self, length: Duration, now: Instant) {
        self.length = length.max(self.elapsed(now));
    }

    /// Seconds shown on a countdown: rounded up, so "1" shows until the very end.
    #[must_use]
    pub fn remaining_secs_shown(&self, now: Instant) -> u64 {
        let left = self.remaining(now);
        left.as_secs() + u64::from(left.subsec_nanos() > 0)
    }

    /// Whole seconds run so far, as shown on a count-up.
    #[must_use]
    pub fn elapsed_secs_shown(&self, now: Instant) -> u64 {
        self.elapsed(now).as_secs()
    }

    /// When the screen must next change: the next whole second of elapsed time, or the end,
    /// whichever is first. `None` while paused or once done: nothing moves then.
    #[must_use]
    pub fn next_wake(&self, now: Instant) -> Option<Instant> {
        if self.is_paused() || self.is_done(now) {
            return None;
        }
        let elapsed = self.elapsed(now);
        let next_second = Duration::from_secs(elapsed.as_secs() + 1);
        let step = next_second.min(self.length) - elapsed;
        Some(now + step)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    #[test]
    fn counts_down_and_never_goes_negative() {
        let t0 = Instant::now();
        let timer = Timer::start(t0, secs(60));
        assert_eq!(timer.remaining_secs_shown(t0), 60);
        assert_eq!(
            timer.remaining_secs_shown(t0 + Duration::from_millis(500)),
            60
        );
        assert_eq!(timer.remaining_secs_shown(t0 + secs(59)), 1);
        assert!(!timer.is_done(t0 + secs(59)));
        assert!(timer.is_done(t0 + secs(60)));
        assert_eq!(timer.remaining(t0 + secs(600)), Duration::ZERO);
    }

    #[test]
    fn a_pause_adds_exactly_the_paused_span() {
        let t0 = Instant::now();
        let mut timer = Timer::start(t0, secs(20));
        timer.toggle_pause(t0 + secs(5));
        assert!(timer.is_paused());
        assert_eq!(timer.elapsed(t0 + secs(100)), secs(5));
        assert_eq!(timer.next_wake(t0 + secs(100)), None);
        timer.toggle_pause(t0 + secs(35));
        assert_eq!(timer.elapsed(t0 + secs(35)), secs(5));
        assert!(!timer.is_done(t0 + secs(49)));
        assert!(timer.is_done(t0 + secs(50)));
    }

    #[test]
    fn wakes_at_the_next_shown_second_and_at_the_end() {
        let t0 = Instant::now();
        let timer = Timer::start(t0, Duration::from_millis(2500));
        assert_eq!(timer.next_wake(t0), Some(t0 + secs(1)));
        let at = t0 + Duration::from_millis(1200);
        assert_eq!(timer.next_wake(at), Some(t0 + secs(2)));
        let at = t0 + Duration::from_millis(2100);
        assert_eq!(timer.next_wake(at), Some(t0 + Duration::from_millis(2500)));
        assert_eq!(timer.next_wake(t0 + secs(3)), None);
    }

    #[test]
    fn shortening_never_goes_below_what_has_run() {
        let t0 = Instant::now();
        let mut timer = Timer::start(t0, secs(60));
        timer.set_length(secs(15), t0 + secs(30));
        assert_eq!(timer.length(), secs(30));
        assert!(timer.is_done(t0 + secs(30)));
    }

    proptest::proptest! {
        #[test]
        fn pausing_never_shortens(pause_at in 0u64..30_000, pause_for in 0u64..30_000, len in 1u64..60_000) {
            let t0 = Instant::now();
            let ms = Duration::from_millis;
            let mut timer = Timer::start(t0, ms(len));
            timer.toggle_pause(t0 + ms(pause_at));
            timer.toggle_pause(t0 + ms(pause_at + pause_for));
            // The timer cannot be done before its length of running time has passed.
            let end_without_pause = t0 + ms(len);
            if pause_at < len {
                proptest::prop_assert!(!timer.is_done(end_without_pause + ms(pause_for) - ms(1)));
            }
            proptest::prop_assert!(timer.is_done(end_without_pause + ms(pause_for)));
        }
    }
}
