use std::time::{Duration, Instant};

use chrono::NaiveDate;

use super::TestKind;
use super::live::{Step, TestInput, TestRun};

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

#[test]
fn the_balance_test_stops_at_the_first_stage_not_held() {
    let (mut r, t0) = run();
    to_balance(&mut r, t0);
    // Side by side and semi-tandem held for 10 s each.
    for stage in 0..2u64 {
        let at = t0 + secs(20 * stage);
        r.step(Some(TestInput::Enter), at);
        r.step(None, at + secs(10));
    }
    // Tandem lost after 6 s: the test stops there.
    r.step(Some(TestInput::Enter), t0 + secs(60));
    r.step(Some(TestInput::Space), t0 + secs(66));
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

#[test]
fn all_four_stages_held_and_the_tug_and_grip() {
    let (mut r, t0) = run();
    to_balance(&mut r, t0);
    for stage in 0..4u64 {
        let at = t0 + secs(20 * stage);
        r.step(Some(TestInput::Enter), at);
        r.step(None, at + secs(10));
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
        keys in proptest::collection::vec((0u8..9, 0u64..4_000_000), 0..400)
    ) {
        let (mut r, t0) = run();
        let mut at = t0;
        for (key, gap_ms) in keys {
            at += Duration::from_millis(gap_ms % 20_000 + if gap_ms > 3_900_000 { 3_600_000 } else { 0 });
            let input = match key {
                0 => Some(TestInput::Enter),
                1 | 2 => Some(TestInput::Space),
                3 => Some(TestInput::Yes),
                4 => Some(TestInput::No),
                5 => Some(TestInput::Char('9')),
                6 => Some(TestInput::Skip),
                7 => Some(TestInput::Pain),
                _ => None,
            };
            r.step(input, at);
        }
        for result in &r.results {
            let (min, max) = result.result_bounds();
            proptest::prop_assert!((min..=max).contains(&result.value), "{result:?}");
        }
    }
}
