//! The live session running a balance and posture practice, and the warm-up in front of a
//! strength session: the same engine, on the fake clock.

use std::time::Duration;

use super::*;
use crate::catalog::Catalog;
use crate::catalog::Program;
use crate::clock::{Clock, FakeClock};
use crate::coach::plan::starting_plan;
use crate::coach::practice::practice_plan;
use crate::coach::practice::session::practice_session;
use crate::coach::practice::session::with_warm_up;
use crate::history::{History, Steadiness};
use crate::profile::BoneStatus;

fn practice(clock: &FakeClock, history: &History, bones: BoneStatus) -> Session {
    let catalog = Catalog::builtin();
    let routines = catalog.routines();
    let plan = practice_plan(routines, history, bones, 3, clock.today());
    Session::new(
        practice_session(routines, &plan),
        clock.local_now(),
        clock.now(),
    )
}

fn press(session: &mut Session, clock: &FakeClock, input: Input) -> Outcome {
    session.handle(input, clock.now())
}

/// From the card or the ready step: go, the get-ready, the whole hold.
fn hold_through(session: &mut Session, clock: &FakeClock) {
    assert!(
        matches!(session.phase(), Phase::Card | Phase::Ready),
        "{:?}",
        session.phase()
    );
    press(session, clock, Input::Begin);
    clock.advance(GET_READY);
    session.tick(clock.now());
    let target = session.exercise().target;
    clock.advance(Duration::from_secs(target.into()));
    session.tick(clock.now());
}

/// After an answer: the rest, skipped with Enter (the user says go), then the ready step
/// is not needed.
fn after_rest(session: &mut Session, clock: &FakeClock) {
    assert!(
        matches!(session.phase(), Phase::Rest { .. }),
        "{:?}",
        session.phase()
    );
    clock.advance(Duration::from_secs(15));
    session.tick(clock.now());
    assert_eq!(session.phase(), &Phase::Ready);
}

#[test]
fn a_practice_starts_with_the_first_stance_and_asks_how_steady_after_each_hold() {
    let clock = FakeClock::new();
    let mut s = practice(&clock, &History::default(), BoneStatus::None);
    assert!(s.is_practice());
    assert_eq!(s.exercise().id, "balance/feet-together/two-hands");
    assert_eq!((s.exercise().sets, s.exercise().target), (3, 10));
    hold_through(&mut s, &clock);
    assert_eq!(s.phase(), &Phase::Rate { seconds: 10 });
    // Nothing moves on until the answer.
    clock.advance(Duration::from_secs(600));
    s.tick(clock.now());
    assert_eq!(s.phase(), &Phase::Rate { seconds: 10 });
}

#[test]
fn two_steady_holds_make_the_next_hold_five_seconds_longer() {
    let clock = FakeClock::new();
    let mut s = practice(&clock, &History::default(), BoneStatus::None);
    hold_through(&mut s, &clock);
    press(&mut s, &clock, Input::Rate(Steadiness::Steady));
    after_rest(&mut s, &clock);
    assert_eq!(s.exercise().target, 10);
    hold_through(&mut s, &clock);
    press(&mut s, &clock, Input::Rate(Steadiness::Steady));
    assert_eq!(s.exercise().target, 15, "the third hold is longer");
    after_rest(&mut s, &clock);
    hold_through(&mut s, &clock);
    assert_eq!(s.phase(), &Phase::Rate { seconds: 15 });
    press(&mut s, &clock, Input::Rate(Steadiness::Wobbly));
    // Balance done: the first posture move's card, no effort question.
    assert_eq!(s.phase(), &Phase::Card);
    assert_eq!(s.exercise().id, "posture/chin-tuck");
    let holds: Vec<(u32, u32, Option<Steadiness>)> = s
        .balance_holds()
        .iter()
        .map(|h| (h.target_seconds, h.seconds, h.rating))
        .collect();
    assert_eq!(
        holds,
        [
            (10, 10, Some(Steadiness::Steady)),
            (10, 10, Some(Steadiness::Steady)),
            (15, 15, Some(Steadiness::Wobbly)),
        ]
    );
}

#[test]
fn a_hold_ended_early_is_kept_with_its_seconds() {
    let clock = FakeClock::new();
    let mut s = practice(&clock, &History::default(), BoneStatus::None);
    press(&mut s, &clock, Input::Begin);
    clock.advance(GET_READY);
    s.tick(clock.now());
    clock.advance(Duration::from_secs(6));
    press(&mut s, &clock, Input::FinishSet);
    assert_eq!(s.phase(), &Phase::Rate { seconds: 6 });
    press(&mut s, &clock, Input::Rate(Steadiness::Steady));
    // Short of the target: no step up, however steady.
    assert_eq!(s.exercise().target, 10);
}

#[test]
fn posture_moves_are_counted_and_the_practice_is_saved_as_practice() {
    let clock = FakeClock::new();
    let mut s = practice(&clock, &History::default(), BoneStatus::None);
    press(&mut s, &clock, Input::SkipExercise);
    press(&mut s, &clock, Input::SkipExercise);
    assert_eq!(s.exercise().id, "posture/chin-tuck");
    press(&mut s, &clock, Input::Begin);
    for _ in 0..5 {
        press(&mut s, &clock, Input::Count);
        clock.advance(Duration::from_secs(5));
        s.tick(clock.now());
    }
    press(&mut s, &clock, Input::FinishSet);
    assert_eq!(s.exercise().id, "posture/shoulder-squeeze");
    assert_eq!(s.phase(), &Phase::Card);
    press(&mut s, &clock, Input::AskQuit);
    press(&mut s, &clock, Input::SaveWhatWasDone);
    assert_eq!(s.phase(), &Phase::Summary);
    let record = s.to_practice_record(clock.local_now());
    assert!(record.balance.is_empty(), "skipped: no hold recorded");
    assert_eq!(record.posture.len(), 1);
    assert_eq!(
        (
            record.posture[0].id.as_str(),
            record.posture[0].reps,
            record.posture[0].hold_seconds
        ),
        ("chin-tuck", 5, Some(5))
    );
}

#[test]
fn pain_during_a_hold_keeps_what_was_held() {
    let clock = FakeClock::new();
    let mut s = practice(&clock, &History::default(), BoneStatus::None);
    press(&mut s, &clock, Input::Begin);
    clock.advance(GET_READY);
    s.tick(clock.now());
    clock.advance(Duration::from_secs(4));
    press(&mut s, &clock, Input::Answer(Effort::Pain));
    assert_eq!(s.phase(), &Phase::PainStop);
    let hold = &s.balance_holds()[0];
    assert_eq!(
        (hold.seconds, hold.rating, hold.stopped_for_pain),
        (4, None, true)
    );
    // Issue 27, item 4: where it hurt goes on the hold, and into the practice saved.
    press(
        &mut s,
        &clock,
        Input::PainSite(crate::history::PainSite::AnkleOrFoot),
    );
    let saved = s.to_practice_record(s.started_at());
    assert_eq!(
        saved.balance[0].pain_site,
        Some(crate::history::PainSite::AnkleOrFoot)
    );
}

#[test]
fn with_osteoporosis_a_guarded_level_asks_for_a_counter_first() {
    let clock = FakeClock::new();
    let catalog = Catalog::builtin();
    let routines = catalog.routines();
    let mut plan = practice_plan(
        routines,
        &History::default(),
        BoneStatus::Osteoporosis,
        3,
        clock.today(),
    );
    // Feet together at eyes closed: the last level on two feet.
    let step = &mut plan.balance[0];
    step.support = "eyes-closed".into();
    step.progress.support = "eyes-closed".into();
    step.counter_check = true;
    step.without_counter = Some("no-hands".into());
    let fresh = Session::new(
        practice_session(routines, &plan),
        clock.local_now(),
        clock.now(),
    );
    assert_eq!(fresh.phase(), &Phase::CounterCheck);
    let mut yes = fresh.clone();
    press(&mut yes, &clock, Input::CounterNear(true));
    assert_eq!(
        (yes.phase(), yes.exercise().id.as_str()),
        (&Phase::Card, "balance/feet-together/eyes-closed")
    );
    let mut no = fresh;
    press(&mut no, &clock, Input::CounterNear(false));
    assert_eq!(no.exercise().id, "balance/feet-together/no-hands");
    // Holds at the easier level are recorded as such and move no ladder.
    hold_through(&mut no, &clock);
    press(&mut no, &clock, Input::Rate(Steadiness::Steady));
    assert_eq!(no.balance_holds()[0].support, "no-hands");
    assert_eq!(no.exercise().id, "balance/feet-together/no-hands");
}

fn warmed_up(clock: &FakeClock) -> Session {
    let catalog = Catalog::builtin();
    let plan = with_warm_up(
        catalog.routines(),
        starting_plan(&catalog, Program::Beginner, 60),
    );
    Session::new(plan, clock.local_now(), clock.now())
}

#[test]
fn the_warm_up_moves_follow_each_other_then_the_first_exercise() {
    let clock = FakeClock::new();
    let mut s = warmed_up(&clock);
    assert!(s.warming_up() && !s.is_practice());
    assert_eq!(s.exercise_position(), (1, 5));
    assert_eq!(s.exercise().id, "warm-up/march");
    // One `s` on its card skips it all (nothing is lost: there is no second question).
    let mut skipped = s.clone();
    press(&mut skipped, &clock, Input::SkipExercise);
    assert_eq!(skipped.exercise().id, "wall-push-up");
    hold_through(&mut s, &clock);
    // No card, no question: the next move runs at once.
    assert_eq!(s.exercise().id, "warm-up/arm-circles");
    assert!(matches!(s.phase(), Phase::Hold { .. }));
    for _ in 0..4 {
        let target = s.exercise().target;
        clock.advance(Duration::from_secs(target.into()));
        s.tick(clock.now());
    }
    assert!(!s.warming_up());
    assert_eq!(
        (s.exercise().id.as_str(), s.phase()),
        ("wall-push-up", &Phase::Card)
    );
    assert_eq!(s.exercise_position(), (1, 4));
    assert!(s.records().is_empty(), "nothing of the warm-up is recorded");
}

#[test]
fn one_s_skips_the_whole_warm_up_and_nothing_of_it_is_saved_or_journaled() {
    let clock = FakeClock::new();
    let mut s = warmed_up(&clock);
    press(&mut s, &clock, Input::Begin);
    clock.advance(GET_READY);
    s.tick(clock.now());
    clock.advance(Duration::from_secs(20));
    s.tick(clock.now());
    let journal = s.to_journal(clock.local_now());
    assert!(
        journal
            .exercises
            .iter()
            .all(|e| !e.id.starts_with("warm-up/"))
    );
    press(&mut s, &clock, Input::SkipExercise);
    assert_eq!(
        (s.exercise().id.as_str(), s.phase()),
        ("wall-push-up", &Phase::Card)
    );
    let record = s.to_record(clock.local_now());
    assert!(record.exercises.is_empty());
    assert_eq!(
        record.planned_sets,
        Some(8),
        "the warm-up is not a planned set"
    );
    let journal = s.to_journal(clock.local_now());
    assert_eq!(journal.current, 0);
    assert_eq!(journal.exercises.len(), 4);
}
