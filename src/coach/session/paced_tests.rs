//! Paced counting in the session, on the fake clock: the get-ready before the coach counts,
//! a rep at each tempo's end, `Enter` early, `Backspace`, the ready step after a rest.

use super::*;
use crate::catalog::Catalog;
use crate::catalog::Program;
use crate::clock::{Clock, FakeClock};
use crate::coach::cues::Cue;
use crate::coach::plan::starting_plan;

/// A beginner session the coach counts, with a 3 s get-ready.
fn paced(clock: &FakeClock) -> Session {
    let catalog = Catalog::builtin();
    let plan = starting_plan(&catalog, Program::Beginner, 60);
    let tempos = catalog
        .all()
        .iter()
        .map(|e| (e.id.clone(), e.tempo.clone()))
        .collect();
    Session::new(plan, clock.local_now(), clock.now())
        .with_get_ready(Duration::from_secs(3))
        .with_paced(tempos)
}

/// Lets `secs` seconds pass one at a time, collecting what is said.
fn wait(s: &mut Session, clock: &FakeClock, secs: u64) -> Vec<Cue> {
    let mut said = Vec::new();
    for _ in 0..secs {
        clock.advance(Duration::from_secs(1));
        said.extend(s.tick(clock.now()).cues.iter().map(|c| c.cue));
    }
    said
}

fn count(s: &Session) -> u32 {
    match s.phase() {
        Phase::Paced(set) => set.count(),
        other => panic!("not paced: {other:?}"),
    }
}

#[test]
fn wall_push_ups_are_counted_two_down_two_up_after_the_get_ready() {
    let clock = FakeClock::new();
    let mut s = paced(&clock);
    s.handle(Input::Begin, clock.now());
    assert!(
        matches!(s.phase(), Phase::GetReady { .. }),
        "time to get to the wall"
    );
    let said = wait(&mut s, &clock, 3);
    assert_eq!(said, [Cue::Tick(2), Cue::Tick(1), Cue::Go, Cue::Down]);
    let said = wait(&mut s, &clock, 4);
    assert_eq!(said, [Cue::Up, Cue::Count(1), Cue::Down]);
    assert_eq!(count(&s), 1);
    // The whole set runs to its target with no key, then the rest.
    let target = s.exercise().target;
    let said = wait(&mut s, &clock, 4 * u64::from(target - 1));
    assert_eq!(said.last(), Some(&Cue::Rest));
    assert!(said.contains(&Cue::Count(target)) && said.contains(&Cue::Done));
    assert_eq!(s.sets_done()[0].reps, Some(target));
    // After the rest the coach waits for the user: nothing counts meanwhile.
    wait(&mut s, &clock, 60);
    assert_eq!(s.phase(), &Phase::Ready);
    wait(&mut s, &clock, 600);
    assert_eq!((s.phase(), s.sets_done().len()), (&Phase::Ready, 1));
    s.handle(Input::Begin, clock.now());
    assert!(matches!(s.phase(), Phase::GetReady { .. }));
}

#[test]
fn enter_ends_a_paced_set_early_and_backspace_takes_a_rep_back() {
    let clock = FakeClock::new();
    let mut s = paced(&clock);
    s.handle(Input::Begin, clock.now());
    wait(&mut s, &clock, 3);
    // Nothing counted yet: Enter is no set.
    s.handle(Input::FinishSet, clock.now());
    assert_eq!(s.note(), Some(Note::NothingCounted));
    assert!(s.sets_done().is_empty());
    wait(&mut s, &clock, 12);
    assert_eq!(count(&s), 3);
    s.handle(Input::Uncount, clock.now());
    assert_eq!(count(&s), 2);
    let out = s.handle(Input::FinishSet, clock.now());
    assert!(out.set_done);
    assert_eq!(s.sets_done()[0].reps, Some(2));
}

#[test]
fn heel_raises_rise_hold_and_lower_and_a_pause_stands_still() {
    let clock = FakeClock::new();
    let mut s = paced(&clock);
    s.handle(Input::SkipExercise, clock.now());
    s.handle(Input::SkipExercise, clock.now());
    s.handle(Input::SkipExercise, clock.now());
    s.handle(Input::SkipExercise, clock.now());
    assert_eq!(s.exercise().id, "heel-raise");
    s.handle(Input::Begin, clock.now());
    wait(&mut s, &clock, 3);
    let said = wait(&mut s, &clock, 5);
    assert_eq!(said, [Cue::Hold, Cue::Down, Cue::Count(1), Cue::Up]);
    s.handle(Input::TogglePause, clock.now());
    assert_eq!(s.next_wake(clock.now()), None, "asleep while paused");
    assert!(wait(&mut s, &clock, 30).is_empty());
    s.handle(Input::TogglePause, clock.now());
    assert_eq!(wait(&mut s, &clock, 1), [Cue::Hold]);
}

#[test]
fn stomps_alternate_one_a_second_and_are_recorded_per_foot() {
    let clock = FakeClock::new();
    let catalog = Catalog::builtin();
    let plan = starting_plan(&catalog, Program::Advanced, 60);
    let stomp = catalog.get("stomp").unwrap();
    let mut s = Session::new(plan, clock.local_now(), clock.now())
        .with_get_ready(Duration::from_secs(3))
        .with_paced(vec![(stomp.id.clone(), stomp.tempo.clone())]);
    for _ in 0..8 {
        if s.exercise().id != "stomp" {
            s.handle(Input::SkipExercise, clock.now());
        }
    }
    assert_eq!(s.exercise().id, "stomp");
    s.handle(Input::Begin, clock.now());
    let said = wait(&mut s, &clock, 6);
    assert_eq!(
        said,
        [
            Cue::Tick(2),
            Cue::Tick(1),
            Cue::Go,
            Cue::Left,
            Cue::Right,
            Cue::Left,
            Cue::Right
        ]
    );
    s.handle(Input::FinishSet, clock.now());
    let set = &s.sets_done()[0];
    assert_eq!((set.left, set.right, set.reps), (Some(2), Some(1), Some(3)));
}

#[test]
fn exercises_without_a_tempo_and_manual_counting_stay_as_they_were() {
    let clock = FakeClock::new();
    let plan = starting_plan(&Catalog::builtin(), Program::Beginner, 60);
    let mut s = Session::new(plan, clock.local_now(), clock.now());
    s.handle(Input::Begin, clock.now());
    assert_eq!(s.phase(), &Phase::Reps { count: 0 });
}
