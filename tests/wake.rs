//! When the event loop wakes by itself, asked of the model through the public API with a
//! fake clock: never while nothing moves, once per shown second of a countdown, at the end
//! of a hold, never in the past. No test sleeps: the clock is moved by hand.

use botsterk::app::HomeMsg;
use std::time::{Duration, Instant};

use botsterk::app::{Model, Msg, Now, update};
use botsterk::catalog::Catalog;
use botsterk::clock::{Clock, FakeClock};
use botsterk::coach::session::{Input, Phase};
use botsterk::coach::timer::Timer;
use botsterk::history::{Effort, History};
use botsterk::lang::Lang;
use botsterk::shell::wake_at;

const SECOND: Duration = Duration::from_secs(1);

/// A model on home with no history (so today is a training day), driven like the shell
/// drives it.
struct Harness {
    clock: FakeClock,
    model: Model,
}

impl Harness {
    fn new() -> Self {
        let clock = FakeClock::new();
        let model = Model::new(
            Catalog::builtin(),
            Lang::En,
            History::default(),
            "/tmp/botsterk-wake/history.json".into(),
            clock.today(),
        );
        Self { clock, model }
    }

    fn send(&mut self, msg: Msg) -> &mut Self {
        update(&mut self.model, msg, Now::from_clock(&self.clock));
        self
    }

    fn key(&mut self, input: Input) -> &mut Self {
        self.send(Msg::Session(input))
    }

    fn wait(&mut self, by: Duration) -> &mut Self {
        self.clock.advance(by);
        self
    }

    fn now(&self) -> Instant {
        self.clock.now()
    }

    /// When the loop would wake by itself, asked now.
    fn wake(&self) -> Option<Instant> {
        wake_at(&self.model, self.now())
    }

    /// Sleeps like the loop: to the next wake-up, then a tick. `None` when it would block.
    fn sleep_and_tick(&mut self) -> Option<Instant> {
        let at = self.wake()?;
        let now = self.now();
        self.wait(at - now).send(Msg::Tick);
        Some(at)
    }

    fn phase(&self) -> Phase {
        self.model.session().expect("a session").phase().clone()
    }

    fn timer(&self) -> Timer {
        self.model
            .session()
            .and_then(|s| s.active_timer())
            .expect("a running timer")
            .clone()
    }

    /// Today's beginner session, on the card of exercise `skip + 1`.
    fn start(skip: usize) -> Self {
        let mut h = Self::new();
        h.send(Msg::Home(HomeMsg::StartSession));
        // `s` twice on a card skips it.
        for _ in 0..2 * skip {
            h.key(Input::SkipExercise);
        }
        assert_eq!(h.phase(), Phase::Card);
        h
    }

    /// Wall push-ups, set 1 done: the rest between sets runs.
    fn resting() -> Self {
        let mut h = Self::start(0);
        h.key(Input::Begin);
        for _ in 0..10 {
            h.key(Input::Count);
        }
        h.key(Input::FinishSet);
        assert!(matches!(h.phase(), Phase::Rest { .. }));
        h
    }
}

#[test]
fn idle_home_never_wakes() {
    let mut h = Harness::new();
    assert_eq!(h.wake(), None);
    h.wait(Duration::from_secs(3600));
    assert_eq!(h.wake(), None);
    // Nor the history screens, a card, or counting reps: only keys change those.
    h.send(Msg::Home(HomeMsg::OpenHistory));
    assert_eq!(h.wake(), None);
    let mut h = Harness::start(0);
    assert_eq!(h.wake(), None);
    h.key(Input::Begin).key(Input::Count);
    assert!(matches!(h.phase(), Phase::Reps { count: 1 }));
    h.wait(Duration::from_secs(600));
    assert_eq!(h.wake(), None);
}

#[test]
fn a_rest_wakes_once_at_each_shown_second_and_then_sleeps() {
    let mut h = Harness::resting();
    let t0 = h.now();
    assert_eq!(h.timer().remaining_secs_shown(t0), 60);
    assert_eq!(h.wake(), Some(t0 + SECOND));
    // Woken early by a key that means nothing: still the same second.
    h.wait(Duration::from_millis(400));
    assert_eq!(h.wake(), Some(t0 + SECOND));
    // It is the moment the countdown shows the next number, not a moment before or after.
    let at = t0 + SECOND;
    let timer = h.timer();
    assert_eq!(timer.remaining_secs_shown(at - Duration::from_nanos(1)), 60);
    assert_eq!(timer.remaining_secs_shown(at), 59);

    // The whole rest, as the loop sleeps through it: 60 wake-ups, one per shown second.
    let mut wakes = Vec::new();
    while matches!(h.phase(), Phase::Rest { .. }) {
        let shown = h.timer().remaining_secs_shown(h.now());
        let at = h.sleep_and_tick().expect("a rest always wakes");
        wakes.push(at);
        if let Phase::Rest { timer } = h.phase() {
            assert_eq!(timer.remaining_secs_shown(h.now()), shown - 1);
        }
    }
    assert_eq!(wakes.len(), 60);
    assert!(wakes.windows(2).all(|w| w[1] - w[0] == SECOND));
    assert_eq!(*wakes.last().unwrap(), t0 + Duration::from_secs(60));
    // Set 2 of wall push-ups: counting reps, nothing runs.
    assert!(matches!(h.phase(), Phase::Reps { count: 0 }));
    assert_eq!(h.wake(), None);
}

#[test]
fn a_heel_raise_hold_wakes_at_its_end() {
    let mut h = Harness::start(2);
    h.key(Input::Begin);
    assert_eq!(h.wake(), None, "waiting for the first rise");
    h.key(Input::Count);
    let up = h.now();
    let hold = h.timer();
    assert_eq!(hold.length(), 2 * SECOND);
    h.wait(Duration::from_millis(1500));
    assert_eq!(h.wake(), Some(up + 2 * SECOND));
    h.sleep_and_tick();
    assert!(matches!(
        h.phase(),
        Phase::TimedReps {
            count: 1,
            hold: None
        }
    ));
    assert_eq!(h.wake(), None, "down again: waiting for the next rise");
}

#[test]
fn paused_never_wakes() {
    let mut h = Harness::resting();
    h.key(Input::TogglePause);
    assert_eq!(h.wake(), None);
    h.wait(Duration::from_secs(600));
    assert_eq!(h.wake(), None);
    h.key(Input::TogglePause);
    let now = h.now();
    assert_eq!(h.wake(), Some(now + SECOND));
    // The quit question pauses the rest too.
    h.key(Input::AskQuit);
    assert_eq!(h.wake(), None);
    h.wait(Duration::from_secs(600));
    assert_eq!(h.wake(), None);
    h.key(Input::CloseDialog);
    assert!(h.wake().is_some());
}

#[test]
fn after_the_plank_get_ready_the_next_wake_is_within_a_second() {
    let mut h = Harness::start(3);
    h.key(Input::Begin);
    assert!(matches!(h.phase(), Phase::GetReady { .. }));
    let mut ticks = 0;
    while matches!(h.phase(), Phase::GetReady { .. }) {
        h.sleep_and_tick().expect("the get-ready always wakes");
        ticks += 1;
    }
    // The get-ready without a profile: 10 s, one wake-up per shown second.
    assert_eq!(ticks, 10);
    assert!(matches!(h.phase(), Phase::Hold { .. }));
    let now = h.now();
    let wake = h.wake().expect("a hold wakes");
    assert!(wake > now && wake - now <= SECOND, "{:?}", wake - now);
}

#[test]
fn a_plank_hold_ends_at_its_length_and_a_pause_adds_exactly_its_span() {
    let mut h = Harness::start(3);
    h.key(Input::Begin);
    while matches!(h.phase(), Phase::GetReady { .. }) {
        h.sleep_and_tick();
    }
    let start = h.now();
    let length = h.timer().length();
    h.wait(Duration::from_millis(12_300))
        .key(Input::TogglePause);
    h.wait(Duration::from_millis(4_567)).key(Input::TogglePause);
    let mut last = start;
    while matches!(h.phase(), Phase::Hold { .. }) {
        last = h.sleep_and_tick().expect("a hold wakes");
    }
    assert_eq!(last - start, length + Duration::from_millis(4_567));
}

#[test]
fn a_timer_that_ended_before_the_loop_asked_wakes_it_at_once() {
    // The rest ended while a key was handled or the frame drawn: the model was not told
    // yet, and the loop must not block on the keyboard with a rest at 0.
    let mut h = Harness::resting();
    h.wait(Duration::from_secs(61));
    assert_eq!(h.model.next_wake(h.now()), None);
    assert_eq!(h.wake(), Some(h.now()));
    h.send(Msg::Tick);
    assert!(matches!(h.phase(), Phase::Reps { count: 0 }));
    assert_eq!(h.wake(), None);
}

mod never_in_the_past {
    use super::*;
    use proptest::prelude::*;

    #[derive(Debug, Clone)]
    enum Step {
        Wait(u64),
        Key(Input),
        /// What the loop does: sleep until the wake-up, then tick.
        Sleep,
    }

    fn step() -> impl Strategy<Value = Step> {
        let keys = [
            Input::Begin,
            Input::Count,
            Input::Uncount,
            Input::FinishSet,
            Input::SkipRest,
            Input::RestLonger,
            Input::RestShorter,
            Input::TogglePause,
            Input::SkipExercise,
            Input::AskQuit,
            Input::CloseDialog,
            Input::Answer(Effort::JustRight),
            Input::Continue,
        ];
        prop_oneof![
            (0u64..90_000).prop_map(Step::Wait),
            proptest::sample::select(keys.to_vec()).prop_map(Step::Key),
            Just(Step::Sleep),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn wakes_are_never_in_the_past_nor_more_than_a_second_ahead(
            steps in proptest::collection::vec(step(), 1..80)
        ) {
            let mut h = Harness::start(0);
            for step in steps {
                match step {
                    Step::Wait(ms) => { h.wait(Duration::from_millis(ms)); }
                    Step::Key(input) => { h.key(input); }
                    Step::Sleep => { h.sleep_and_tick(); }
                }
                let now = h.now();
                let running = h
                    .model
                    .session()
                    .and_then(|s| s.active_timer())
                    .is_some_and(|t| !t.is_paused());
                match h.wake() {
                    Some(at) => {
                        prop_assert!(at >= now);
                        prop_assert!(at - now <= SECOND);
                        prop_assert!(running);
                    }
                    None => prop_assert!(!running, "a running timer must wake the loop"),
                }
            }
        }
    }
}

/// Idle screens wake once a day, one second after local midnight, so home turns to the new
/// day by itself.
#[test]
fn idle_screens_wake_just_after_midnight() {
    use chrono::TimeZone;
    let tz = chrono::FixedOffset::east_opt(3600).unwrap();
    let evening = tz.with_ymd_and_hms(2026, 11, 26, 23, 59, 0).unwrap();
    assert_eq!(
        botsterk::shell::until_after_midnight(evening),
        std::time::Duration::from_secs(61)
    );
    let morning = tz.with_ymd_and_hms(2026, 11, 26, 9, 0, 0).unwrap();
    assert_eq!(
        botsterk::shell::until_after_midnight(morning),
        std::time::Duration::from_secs(15 * 3600 + 1)
    );
}
