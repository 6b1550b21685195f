use std::time::{Duration, Instant};

use chrono::NaiveDate;

use super::TestKind;
use super::live::{StageHold, Step, TestInput, TestRun};

fn run() -> (TestRun, Instant) {
    let day = NaiveDate::from_ymd_opt(2026, 12, 9).unwrap();
    (TestRun::new(day, Duration::from_secs(5)), Instant::now())
}

fn secs(n: u64) -> Duration {
    Duration::from_secs(n)
}

/// Through the chair stand: `stands` presses of Space in the 30 s, then the two answers.
fn chair(run: &mut TestRun, t0: Instant, stands: u32, halfway: TestInput, arms: TestInput) {
    run.step(Some(TestInput::Enter), t0);
    assert!(matches!(run.step, Step::GetReady { .. }));
    run.step(Some(TestInput::Space), t0 + secs(2));
    assert!(
        matches!(run.step, Step::GetReady { .. }),
        "no stand before the start"
    );
    run.step(None, t0 + secs(5));
    for i in 0..stands {
        run.step(
            Some(TestInput::Space),
            t0 + secs(6) + Duration::from_millis(u64::from(i) * 100),
        );
    }
    assert_eq!(run.clock_seconds(t0 + secs(20)), Some(15));
    run.step(None, t0 + secs(35));
    run.step(Some(TestInput::Space), t0 + secs(36));
    run.step(Some(halfway), t0 + secs(37));
    run.step(Some(arms), t0 + secs(38));
}

#[test]
fn the_chair_stand_times_30_seconds_and_asks_the_half_way_rule_at_the_end() {
    let (mut r, t0) = run();
    chair(&mut r, t0, 11, TestInput::Yes, TestInput::No);
    assert_eq!(r.results.len(), 1);
    assert_eq!(
        r.results[0].value, 12.0,
        "11 stands and one more than halfway"
    );
    assert_eq!(r.results[0].used_arms, Some(false));
    assert_eq!(r.step, Step::Card(TestKind::BalanceTest));
    let (mut r, t0) = run();
    chair(&mut r, t0, 11, TestInput::No, TestInput::Yes);
    assert_eq!(
        (r.results[0].value, r.results[0].used_arms),
        (0.0, Some(true)),
        "arms: 0"
    );
}

#[test]
fn the_timer_wakes_each_second_and_at_its_end() {
    let (mut r, t0) = run();
    assert_eq!(r.next_wake(t0), None, "a card waits for a key");
    r.step(Some(TestInput::Enter), t0);
    assert_eq!(
        r.next_wake(t0 + Duration::from_millis(300)),
        Some(t0 + secs(1))
    );
    r.step(None, t0 + secs(5));
    assert_eq!(
        r.next_wake(t0 + secs(34) + Duration::from_millis(500)),
        Some(t0 + secs(35))
    );
}

fn to_balance(r: &mut TestRun, t0: Instant) {
    r.step(Some(TestInput::Skip), t0);
    assert_eq!(r.step, Step::Card(TestKind::BalanceTest));
    r.step(Some(TestInput::Enter), t0);
}

/// One stage held in full from `at`: Enter, the 5 s get-ready, the 10 s.
fn hold_stage(r: &mut TestRun, at: Instant) {
    r.step(Some(TestInput::Enter), at);
    assert!(matches!(
        r.step,
        Step::Stage {
            hold: StageHold::GetReady(_),
            ..
        }
    ));
    r.step(None, at + secs(5));
    assert!(matches!(
        r.step,
        Step::Stage {
            hold: StageHold::Holding(_),
            ..
        }
    ));
    r.step(None, at + secs(15));
}

#[test]
fn the_balance_test_stops_at_the_first_stage_not_held() {
    let (mut r, t0) = run();
    to_balance(&mut r, t0);
    // Side by side and semi-tandem held for 10 s each.
    for stage in 0..2u64 {
        hold_stage(&mut r, t0 + secs(20 * stage));
    }
    // Tandem lost after 6 s of the hold: the test stops there.
    r.step(Some(TestInput::Enter), t0 + secs(60));
    r.step(Some(TestInput::Space), t0 + secs(71));
    let result = &r.results[0];
    assert_eq!(
        (result.value, result.stage.as_deref()),
        (2.0, Some("semi-tandem"))
    );
    assert_eq!(
        r.step,
        Step::Card(TestKind::Tug),
        "no one-leg stage after tandem"
    );
}

/// The practice's rule (`practice::needs_counter_check`): asked, the balance test begins
/// with "is a counter within reach?"; yes goes to the first stage, no does no balance test
/// today (no record; the results say why) and goes on to the next test.
#[test]
fn the_counter_question_comes_first_when_the_bones_need_it_and_no_means_no_test_today() {
    let day = NaiveDate::from_ymd_opt(2026, 12, 9).unwrap();
    let t0 = Instant::now();
    let asked = || TestRun::new(day, secs(5)).asking_for_a_counter(true);
    let mut r = asked();
    to_balance(&mut r, t0);
    assert_eq!(r.step, Step::CounterCheck);
    assert_eq!(r.kind(), Some(TestKind::BalanceTest));
    // Only y or n answer it: Enter, Space and `s` do not start a stage.
    for key in [
        TestInput::Enter,
        TestInput::Space,
        TestInput::Skip,
        TestInput::Pause,
    ] {
        r.step(Some(key), t0);
        assert_eq!(r.step, Step::CounterCheck, "{key:?}");
    }
    r.step(Some(TestInput::Yes), t0);
    assert!(matches!(
        r.step,
        Step::Stage {
            index: 0,
            hold: StageHold::Waiting,
            ..
        }
    ));
    assert!(!r.balance_without_counter);

    let mut r = asked();
    to_balance(&mut r, t0);
    r.step(Some(TestInput::No), t0);
    assert_eq!(r.step, Step::NoCounter);
    assert!(r.balance_without_counter);
    r.step(None, t0 + secs(60));
    assert_eq!(r.step, Step::NoCounter, "it waits to be read");
    r.step(Some(TestInput::Enter), t0 + secs(61));
    assert_eq!(r.step, Step::Card(TestKind::Tug));
    assert!(r.results.is_empty(), "no balance result is made up");

    // Not asked (no known bone loss): straight to the first stage.
    let (mut r, t0) = run();
    to_balance(&mut r, t0);
    assert!(matches!(r.step, Step::Stage { index: 0, .. }));
}

/// The stages are timed with the practice's timer: a get-ready, then 10 s; `p` pauses the
/// countdown (the pause adds its length), and a paused hold starts again from its
/// get-ready: a stage counts only when held 10 s in one go.
#[test]
fn a_pause_never_counts_a_stage_held_that_was_not_held_in_one_go() {
    let (mut r, t0) = run();
    to_balance(&mut r, t0);
    r.step(Some(TestInput::Enter), t0);
    assert_eq!(r.clock_seconds(t0 + secs(1)), Some(4));
    r.step(Some(TestInput::Pause), t0 + secs(2));
    r.step(None, t0 + secs(30));
    assert!(
        matches!(
            r.step,
            Step::Stage {
                hold: StageHold::GetReady(_),
                ..
            }
        ),
        "a paused countdown waits"
    );
    assert_eq!(
        r.next_wake(t0 + secs(30)),
        None,
        "nothing moves while paused"
    );
    r.step(Some(TestInput::Pause), t0 + secs(30));
    // 3 s of countdown were left.
    r.step(None, t0 + secs(33));
    assert!(matches!(
        r.step,
        Step::Stage {
            hold: StageHold::Holding(_),
            ..
        }
    ));
    assert_eq!(r.next_wake(t0 + secs(33)), Some(t0 + secs(34)));
    // Paused 7 s into the hold, for a minute: p starts the stage again.
    r.step(Some(TestInput::Pause), t0 + secs(40));
    r.step(None, t0 + secs(100));
    assert_eq!(r.clock_seconds(t0 + secs(100)), Some(3));
    r.step(Some(TestInput::Pause), t0 + secs(100));
    assert!(matches!(
        r.step,
        Step::Stage {
            index: 0,
            hold: StageHold::GetReady(_),
            ..
        }
    ));
    r.step(None, t0 + secs(105));
    r.step(None, t0 + secs(114));
    assert!(
        matches!(r.step, Step::Stage { index: 0, .. }),
        "9 s: not yet"
    );
    r.step(None, t0 + secs(115));
    assert!(
        matches!(
            r.step,
            Step::Stage {
                index: 1,
                hold: StageHold::Waiting,
                ..
            }
        ),
        "10 s in one go: held"
    );
}

#[test]
fn all_four_stages_held_and_the_tug_and_grip() {
    let (mut r, t0) = run();
    to_balance(&mut r, t0);
    for stage in 0..4u64 {
        hold_stage(&mut r, t0 + secs(20 * stage));
    }
    assert_eq!(r.results[0].value, 4.0);
    assert_eq!(r.results[0].stage.as_deref(), Some("one-leg"));
    r.step(Some(TestInput::Enter), t0);
    r.step(Some(TestInput::Enter), t0 + secs(1));
    r.step(
        Some(TestInput::Enter),
        t0 + secs(1) + Duration::from_millis(9_440),
    );
    assert_eq!(r.results[1].value, 9.4);
    r.step(Some(TestInput::Enter), t0);
    for c in "2x2,5".chars() {
        r.step(Some(TestInput::Char(c)), t0);
    }
    r.step(Some(TestInput::Enter), t0);
    assert_eq!(r.results[2].value, 22.5);
    assert_eq!(r.step, Step::Results);
}

#[test]
fn pain_stops_the_test_keeping_what_was_done_and_q_stops_the_day() {
    let (mut r, t0) = run();
    r.step(Some(TestInput::Enter), t0);
    r.step(None, t0 + secs(5));
    for _ in 0..4 {
        r.step(Some(TestInput::Space), t0 + secs(8));
    }
    r.step(Some(TestInput::Pain), t0 + secs(9));
    assert_eq!(r.step, Step::Results);
    assert!(r.results[0].stopped_for_pain);
    assert_eq!(r.results[0].value, 4.0);
    let (mut r, t0) = run();
    r.step(Some(TestInput::Stop), t0);
    assert_eq!((r.step.clone(), r.results.len()), (Step::Results, 0));
}

#[test]
fn a_grip_out_of_range_is_refused_and_optional_tests_are_skipped() {
    let (mut r, t0) = run();
    r.step(Some(TestInput::Skip), t0);
    r.step(Some(TestInput::Skip), t0);
    r.step(Some(TestInput::Skip), t0);
    assert_eq!(r.step, Step::Card(TestKind::Grip));
    r.step(Some(TestInput::Enter), t0);
    r.step(Some(TestInput::Char('0')), t0);
    r.step(Some(TestInput::Enter), t0);
    assert!(matches!(r.step, Step::Grip { invalid: true, .. }));
    r.step(Some(TestInput::Skip), t0);
    assert!(
        matches!(r.step, Step::Grip { invalid: false, .. }),
        "typing: s is no skip"
    );
}

/// Issue 26: a stuck Space key makes no stands no one made, and a TUG timer left running
/// records no more than the live timer's hour: what the live test records is always a
/// result the history's bounds take (`TestRecord::result_bounds`), whatever the keys.
#[test]
fn a_stuck_key_or_a_forgotten_timer_records_only_a_result_a_person_has() {
    let (mut r, t0) = run();
    r.step(Some(TestInput::Enter), t0);
    r.step(None, t0 + secs(5));
    for i in 0..5_000 {
        r.step(
            Some(TestInput::Space),
            t0 + secs(6) + Duration::from_millis(i * 5),
        );
    }
    r.step(None, t0 + secs(35));
    r.step(Some(TestInput::No), t0 + secs(36));
    r.step(Some(TestInput::No), t0 + secs(37));
    assert_eq!(r.results[0].value, f64::from(crate::history::MAX_STANDS));
    let (mut r, t0) = run();
    r.step(Some(TestInput::Skip), t0);
    r.step(Some(TestInput::Skip), t0);
    assert_eq!(r.step, Step::Card(TestKind::Tug));
    r.step(Some(TestInput::Enter), t0);
    r.step(Some(TestInput::Enter), t0 + secs(1));
    r.step(Some(TestInput::Enter), t0 + secs(1 + 5 * 3600));
    let tug = r.results.last().unwrap();
    assert_eq!(tug.kind, "tug");
    assert_eq!(tug.value, crate::history::MAX_TUG_SECONDS);
}

proptest::proptest! {
    /// Any keys at any moments: every result the live test day records is within the
    /// bounds the history is read with.
    #[test]
    fn any_keys_record_only_results_within_the_bounds(
        keys in proptest::collection::vec((0u8..10, 0u64..4_000_000), 0..400)
    ) {
        let (mut r, t0) = run();
        let mut at = t0;
        for (key, gap_ms) in keys {
            at += Duration::from_millis(gap_ms % 20_000 + if gap_ms > 3_900_000 { 3_600_000 } else { 0 });
            let input = match key {
                5 => Some(TestInput::Char('9')),
                9 => Some(TestInput::Pause),
                key => any_key(key),
            };
            r.step(input, at);
        }
        for result in &r.results {
            let (min, max) = result.result_bounds();
            proptest::prop_assert!((min..=max).contains(&result.value), "{result:?}");
        }
    }
}

/// The keys of the proptests below: every key of the test day, and time passing.
fn any_key(key: u8) -> Option<TestInput> {
    match key {
        0 => Some(TestInput::Enter),
        1 | 2 => Some(TestInput::Space),
        3 => Some(TestInput::Yes),
        4 => Some(TestInput::No),
        5 => Some(TestInput::Skip),
        6 => Some(TestInput::Pause),
        7 => Some(TestInput::Pain),
        _ => None,
    }
}

proptest::proptest! {
    /// Any keys at any moments, with the counter question asked (bones that need it): no
    /// balance stage is ever begun without a yes to it, a no never records a balance
    /// result, and no stage counts as held unless its get-ready and 10 s have passed since
    /// it was shown.
    #[test]
    fn with_the_counter_question_no_stage_is_held_without_a_yes_or_without_its_time(
        keys in proptest::collection::vec((0u8..9, 0u64..8_000), 0..300)
    ) {
        let day = NaiveDate::from_ymd_opt(2026, 12, 9).unwrap();
        let t0 = Instant::now();
        let mut r = TestRun::new(day, secs(5)).asking_for_a_counter(true);
        r.step(Some(TestInput::Skip), t0);
        let mut at = t0;
        let mut said_yes = false;
        let mut shown: Option<(usize, Instant)> = None;
        for (key, gap_ms) in keys {
            at += Duration::from_millis(gap_ms);
            let input = any_key(key);
            let before = r.step.clone();
            r.step(input, at);
            if before == Step::CounterCheck && input == Some(TestInput::Yes) {
                said_yes = true;
            }
            if let Step::Stage { index, .. } = &r.step {
                proptest::prop_assert!(said_yes, "a stage without a yes");
                if shown.is_none_or(|(i, _)| i != *index) {
                    if let Some((_, since)) = shown {
                        proptest::prop_assert!(at.duration_since(since) >= secs(15));
                    }
                    shown = Some((*index, at));
                }
            }
        }
        let balance = r.results.iter().find(|t| t.kind == "balance-test");
        if r.balance_without_counter {
            proptest::prop_assert!(balance.is_none());
        }
        if let Some(b) = balance {
            proptest::prop_assert!(said_yes || b.stopped_for_pain, "{b:?}");
            proptest::prop_assert!(b.stopped_for_pain || b.value == 0.0 || said_yes);
            proptest::prop_assert!(
                at.duration_since(t0) >= secs(15) * u32::try_from(b.value as u64).unwrap(),
                "{b:?}"
            );
        }
    }
}
