//! Paced counting: the coach counts the reps itself at the exercise's tempo (kept in
//! `assets/exercises.json`), saying each phase ("up", "hold", "down") and each count.
//!
//! Like the session, it is driven by `now` and never reads the clock.

use std::time::{Duration, Instant};

use super::cues::{Cue, Timed};
use super::timer::Timer;
/// The tempo as the catalog holds it; the counting is here.
use crate::card::Beat;
use crate::card::Step;

impl Beat {
    /// What is said as the beat begins.
    #[must_use]
    pub fn cue(self) -> Cue {
        match self {
            Self::Up => Cue::Up,
            Self::Hold => Cue::Hold,
            Self::Down => Cue::Down,
            Self::Left => Cue::Left,
            Self::Right => Cue::Right,
        }
    }

    fn is_foot(self) -> bool {
        matches!(self, Self::Left | Self::Right)
    }
}

/// A set counted by the coach. For reps a rep counts when the last step of the tempo ends;
/// for stomps (steps that are feet) every step is a stomp.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PacedSet {
    tempo: Vec<Step>,
    /// Reps done (stomps: stomps done, both feet together).
    count: u32,
    /// The count that ends the set.
    goal: u32,
    step: usize,
    timer: Timer,
}

impl PacedSet {
    /// A set of `goal` counts begins at `now` with the tempo's first step (said at once).
    /// `None` for an empty tempo: such an exercise is counted by hand.
    #[must_use]
    pub fn start(tempo: &[Step], goal: u32, now: Instant) -> Option<(Self, Timed)> {
        let first = *tempo.first()?;
        let set = Self {
            tempo: tempo.to_vec(),
            count: 0,
            goal: goal.max(1),
            step: 0,
            timer: Timer::start(now, seconds(first)),
        };
        Some((
            set,
            Timed {
                at: now,
                cue: first.beat.cue(),
            },
        ))
    }

    #[must_use]
    pub fn count(&self) -> u32 {
        self.count
    }

    #[must_use]
    pub fn goal(&self) -> u32 {
        self.goal
    }

    /// The beat under way.
    #[must_use]
    pub fn beat(&self) -> Beat {
        self.tempo[self.step].beat
    }

    /// True when each count is a stomp.
    #[must_use]
    pub fn is_stomps(&self) -> bool {
        self.tempo.iter().all(|s| s.beat.is_foot())
    }

    /// Stomps per foot so far (the tempo starts with the left).
    #[must_use]
    pub fn feet(&self) -> (u32, u32) {
        (self.count.div_ceil(2), self.count / 2)
    }

    #[must_use]
    pub fn timer(&self) -> &Timer {
        &self.timer
    }

    pub fn timer_mut(&mut self) -> &mut Timer {
        &mut self.timer
    }

    /// Backspace: a rep that was not done is taken back; the tempo goes on.
    pub fn take_back(&mut self) {
        self.count = self.count.saturating_sub(1);
    }

    /// Lets time pass: every step that ended counts (as the tempo says) and the next step
    /// begins where the last one ended, so a late wake keeps the tempo. Returns the cues
    /// with their own instants, and whether the goal was reached.
    pub fn tick(&mut self, now: Instant) -> (Vec<Timed>, bool) {
        let mut cues = Vec::new();
        while self.timer.is_done(now) {
            let ended = now - (self.timer.elapsed(now) - self.timer.length());
            let last = self.step + 1 == self.tempo.len();
            if self.is_stomps() || last {
                self.count += 1;
                if !self.is_stomps() {
                    cues.push(Timed {
                        at: ended,
                        cue: Cue::Count(self.count),
                    });
                }
            }
            if self.count >= self.goal {
                cues.push(Timed {
                    at: ended,
                    cue: Cue::Done,
                });
                return (cues, true);
            }
            self.step = (self.step + 1) % self.tempo.len();
            let step = self.tempo[self.step];
            self.timer = Timer::start(ended, seconds(step));
            cues.push(Timed {
                at: ended,
                cue: step.beat.cue(),
            });
        }
        (cues, false)
    }
}

fn seconds(step: Step) -> Duration {
    Duration::from_secs(step.seconds.max(1).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(beat: Beat, seconds: u32) -> Step {
        Step { beat, seconds }
    }

    /// Runs a set second by second and lists (second, cue).
    fn run(tempo: &[Step], goal: u32, secs: u64) -> (Vec<(u64, Cue)>, Option<u64>, PacedSet) {
        let t0 = Instant::now();
        let (mut set, first) = PacedSet::start(tempo, goal, t0).unwrap();
        let mut out = vec![(0, first.cue)];
        let mut done = None;
        for s in 1..=secs {
            let (cues, finished) = set.tick(t0 + Duration::from_secs(s));
            out.extend(cues.iter().map(|c| ((c.at - t0).as_secs(), c.cue)));
            if finished {
                done = Some(s);
                break;
            }
        }
        (out, done, set)
    }

    #[test]
    fn heel_raises_count_at_the_end_of_each_rep_and_say_every_phase() {
        let tempo = [step(Beat::Up, 1), step(Beat::Hold, 2), step(Beat::Down, 2)];
        let (cues, done, set) = run(&tempo, 2, 20);
        assert_eq!(
            cues,
            [
                (0, Cue::Up),
                (1, Cue::Hold),
                (3, Cue::Down),
                (5, Cue::Count(1)),
                (5, Cue::Up),
                (6, Cue::Hold),
                (8, Cue::Down),
                (10, Cue::Count(2)),
                (10, Cue::Done),
            ]
        );
        assert_eq!((done, set.count()), (Some(10), 2));
    }

    #[test]
    fn stomps_alternate_feet_one_per_second() {
        let tempo = [step(Beat::Left, 1), step(Beat::Right, 1)];
        let (cues, done, set) = run(&tempo, 4, 20);
        let said: Vec<Cue> = cues.iter().map(|c| c.1).collect();
        assert_eq!(
            said,
            [Cue::Left, Cue::Right, Cue::Left, Cue::Right, Cue::Done]
        );
        assert_eq!((done, set.feet()), (Some(4), (2, 2)));
    }

    #[test]
    fn a_late_wake_keeps_the_tempo_and_backspace_takes_a_rep_back() {
        let tempo = [step(Beat::Down, 2), step(Beat::Up, 2)];
        let t0 = Instant::now();
        let (mut set, _) = PacedSet::start(&tempo, 10, t0).unwrap();
        // Woken 9 s late: two reps and the next "down" at their own instants.
        let (cues, done) = set.tick(t0 + Duration::from_secs(9));
        let at: Vec<(u64, Cue)> = cues
            .iter()
            .map(|c| ((c.at - t0).as_secs(), c.cue))
            .collect();
        assert_eq!(
            at,
            [
                (2, Cue::Up),
                (4, Cue::Count(1)),
                (4, Cue::Down),
                (6, Cue::Up),
                (8, Cue::Count(2)),
                (8, Cue::Down)
            ]
        );
        assert!(!done);
        set.take_back();
        assert_eq!((set.count(), set.beat()), (1, Beat::Down));
        assert!(PacedSet::start(&[], 5, t0).is_none());
    }
}
