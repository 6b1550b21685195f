//! What the session says out loud, as data: a cue and the instant it belongs to.
//!
//! The session emits cues as time passes (the 3-2-1 before a hold, the last seconds of a
//! hold or a rest, a rep counted); the app turns them into a bell or spoken words in the
//! user's language, and the shell sounds them. Tests read the list, never a sound.

use std::time::{Duration, Instant};

use super::timer::Timer;

/// One thing to sound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// A tick in the last seconds of a countdown: the seconds left (3, 2, 1).
    Tick(u32),
    /// The get-ready is over: the hold (or the paced set) starts now.
    Go,
    /// So many seconds of a hold are left ("ten seconds left").
    SecondsLeft(u32),
    /// A hold reached its target, or a paced set its last rep.
    Done,
    /// A rest begins.
    Rest,
    /// A rest is over: on to the next set.
    NextSet,
    /// A rep was counted: its number.
    Count(u32),
    /// A phase of a paced rep begins.
    Up,
    Hold,
    Down,
    /// A paced stomp on this foot.
    Left,
    Right,
}

impl Cue {
    /// Whether the bell (sound set to `bell`) rings for this cue: the moments that ask
    /// for the user to act, not every phase of a paced rep.
    #[must_use]
    pub fn rings_bell(self) -> bool {
        !matches!(
            self,
            Self::Up
                | Self::Hold
                | Self::Down
                | Self::Left
                | Self::Right
                | Self::SecondsLeft(_)
                // The user just pressed Enter: a bell would say nothing new.
                | Self::Rest
        )
    }
}

/// A cue and the instant it belongs to (which may be a little before it is emitted, when
/// the loop woke late).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timed {
    pub at: Instant,
    pub cue: Cue,
}

/// What a countdown says, by the kind of countdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Countdown {
    /// The get-ready before a hold: "three, two, one" (then [`Cue::Go`] when it ends).
    GetReady,
    /// A hold: "ten seconds left" on long holds, then ticks.
    Hold,
    /// A rest: "rest" as it begins, then ticks.
    Rest,
}

/// How many seconds before the end the ticks begin.
pub const TICKS: u32 = 3;
/// Holds at least this long say [`Cue::SecondsLeft`] 10 s before the end.
const SECONDS_LEFT_FROM: u64 = 20;

/// The cues of a countdown `timer` whose moments (in running time) lie after `from` and up
/// to `to`; `from` = `None` includes the very start. Pauses stand still: a paused timer's
/// running time does not move, so it says nothing.
#[must_use]
pub fn countdown_cues(
    kind: Countdown,
    timer: &Timer,
    from: Option<Duration>,
    now: Instant,
) -> Vec<Timed> {
    let to = timer.elapsed(now);
    let length = timer.length();
    let mut marks: Vec<(Duration, Cue)> = Vec::new();
    if kind == Countdown::Rest {
        marks.push((Duration::ZERO, Cue::Rest));
    }
    if kind == Countdown::Hold && length.as_secs() >= SECONDS_LEFT_FROM {
        marks.push((length - Duration::from_secs(10), Cue::SecondsLeft(10)));
    }
    for left in (1..=TICKS).rev() {
        let left_d = Duration::from_secs(left.into());
        // A get-ready of 3 s says "three" as it starts; a hold never ticks at its start.
        if left_d <= length && (kind == Countdown::GetReady || left_d < length) {
            marks.push((length - left_d, Cue::Tick(left)));
        }
    }
    marks
        .into_iter()
        .filter(|(mark, _)| from.is_none_or(|f| *mark > f) && *mark <= to)
        .map(|(mark, cue)| Timed {
            at: now - (to - mark),
            cue,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    fn all(kind: Countdown, length: u64) -> Vec<(u64, Cue)> {
        let t0 = Instant::now();
        let timer = Timer::start(t0, secs(length));
        let mut out = Vec::new();
        let mut from = None;
        for s in 0..=length {
            let now = t0 + secs(s);
            for c in countdown_cues(kind, &timer, from, now) {
                out.push(((c.at - t0).as_secs(), c.cue));
            }
            from = Some(timer.elapsed(now));
        }
        out
    }

    #[test]
    fn a_get_ready_of_ten_ticks_its_last_three_seconds() {
        assert_eq!(
            all(Countdown::GetReady, 10),
            [(7, Cue::Tick(3)), (8, Cue::Tick(2)), (9, Cue::Tick(1))]
        );
        assert_eq!(
            all(Countdown::GetReady, 3),
            [(0, Cue::Tick(3)), (1, Cue::Tick(2)), (2, Cue::Tick(1))]
        );
    }

    #[test]
    fn a_rest_says_rest_then_ticks_and_a_long_hold_says_ten_seconds_left() {
        assert_eq!(
            all(Countdown::Rest, 60),
            [
                (0, Cue::Rest),
                (57, Cue::Tick(3)),
                (58, Cue::Tick(2)),
                (59, Cue::Tick(1))
            ]
        );
        assert_eq!(
            all(Countdown::Hold, 20)[0],
            (10, Cue::SecondsLeft(10)),
            "20 s hold"
        );
        assert_eq!(all(Countdown::Hold, 15).len(), 3, "no 'ten left' on 15 s");
    }

    #[test]
    fn a_late_wake_still_says_each_cue_once_with_its_own_instant() {
        let t0 = Instant::now();
        let timer = Timer::start(t0, secs(10));
        let late = countdown_cues(Countdown::GetReady, &timer, Some(secs(6)), t0 + secs(9));
        let at: Vec<_> = late.iter().map(|c| (c.at - t0).as_secs()).collect();
        assert_eq!(at, [7, 8, 9]);
    }
}
