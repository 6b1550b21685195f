use chrono::NaiveDate;

use super::*;
use crate::coach::review::review;

fn history() -> History {
    serde_json::from_str(include_str!("../../../tests/fixtures/history-v1.json")).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
}

/// Runs keys against the fixture; returns the state and the last confirmed correction.
fn press(keys: &[Key]) -> (HistoryState, Option<Correction>, bool) {
    let catalog = Catalog::builtin();
    let history = history();
    let review = review(
        &catalog,
        &history,
        today(),
        &crate::profile::Settings::default(),
    );
    let data = Data {
        catalog: &catalog,
        history: &history,
        review: &review,
        today: today(),
        units: crate::units::Units::Kg,
    };
    let mut state = HistoryState::default();
    let mut last = (None, false);
    for key in keys {
        last = state.handle(*key, &data);
    }
    (state, last.0, last.1)
}

#[test]
fn enter_opens_a_week_then_a_session_and_esc_goes_back_step_by_step() {
    let (state, _, _) = press(&[Key::Open, Key::Down, Key::Open]);
    assert_eq!(state.page, Page::Session);
    // The fixture's week 48 has two sessions: the second one is open.
    assert_eq!((state.week, state.session), (0, 1));
    let (state, _, left) = press(&[Key::Open, Key::Open, Key::Back, Key::Back]);
    assert_eq!(state.page, Page::Weeks);
    assert!(!left);
    let (_, _, left) = press(&[Key::Back]);
    assert!(left, "Esc on the weeks leaves the history");
}

#[test]
fn tab_switches_between_weeks_and_exercises_and_selections_stay_in_range() {
    let (state, _, _) = press(&[Key::SwitchTab, Key::Down, Key::Down, Key::Down, Key::Down]);
    assert_eq!(state.page, Page::Exercises);
    // The fixture has 6 exercises with sets (heel raises were skipped).
    let mut keys = vec![Key::SwitchTab];
    keys.extend([Key::Down; 20]);
    let (state, _, _) = press(&keys);
    assert_eq!(state.exercise, 5);
    let (state, _, _) = press(&[Key::Up, Key::Up, Key::Down, Key::Down, Key::Down]);
    assert_eq!(state.week, 0, "one week only in the fixture");
}

#[test]
fn a_set_is_corrected_after_typing_and_confirming() {
    // Week 48, first session (beginner, 24 Nov), row 1 = wall push-ups set 2 (9 reps).
    let typed = [
        Key::Open,
        Key::Open,
        Key::Down,
        Key::Edit(Field::Count),
        Key::Backspace,
        Key::Char('1'),
        Key::Char('0'),
        Key::Open,
    ];
    let (state, correction, _) = press(&typed);
    assert!(correction.is_none(), "not before y");
    let pending = state.confirm.clone().expect("a question first");
    assert_eq!(
        pending.change,
        Change::Set {
            exercise: 0,
            set: 1,
            to: SetRecord {
                reps: Some(10),
                ..SetRecord::default()
            }
        }
    );
    let (_, correction, _) = press(&[&typed[..], &[Key::Yes]].concat());
    assert_eq!(correction, Some(pending));
    let (state, correction, _) = press(&[&typed[..], &[Key::No]].concat());
    assert_eq!((correction, state.confirm), (None, None));
}

#[test]
fn impossible_values_are_refused_on_the_spot() {
    let (state, _, _) = press(&[
        Key::Open,
        Key::Open,
        Key::Edit(Field::Count),
        Key::Backspace,
        Key::Backspace,
        Key::Char('x'),
        Key::Open,
    ]);
    assert!(state.entry.as_ref().is_some_and(|e| e.invalid));
    assert!(state.confirm.is_none());
    // A weight on an exercise without one is not offered at all.
    let (state, _, _) = press(&[Key::Open, Key::Open, Key::Edit(Field::Weight)]);
    assert!(state.entry.is_none());
    // A date in the future is refused.
    let mut keys = vec![Key::Open, Key::Open, Key::Edit(Field::Date)];
    keys.extend([Key::Backspace; 10]);
    keys.extend("2027-01-01".chars().map(Key::Char));
    keys.push(Key::Open);
    let (state, _, _) = press(&keys);
    assert!(state.entry.as_ref().is_some_and(|e| e.invalid));
    // Issue 33: the same bounds as `log --date`: the year 1 is refused, 1950 taken.
    for (typed, refused) in [
        ("0001-01-01", true),
        ("1949-12-31", true),
        ("1950-01-01", false),
    ] {
        let mut keys = vec![Key::Open, Key::Open, Key::Edit(Field::Date)];
        keys.extend([Key::Backspace; 10]);
        keys.extend(typed.chars().map(Key::Char));
        keys.push(Key::Open);
        let (state, _, _) = press(&keys);
        assert_eq!(state.confirm.is_none(), refused, "{typed}");
    }
}

#[test]
fn the_effort_is_one_key_and_delete_asks_first() {
    let (state, _, _) = press(&[
        Key::Open,
        Key::Open,
        Key::Edit(Field::Effort),
        Key::Char('3'),
    ]);
    assert_eq!(
        state.confirm.map(|c| c.change),
        Some(Change::Effort {
            exercise: 0,
            effort: Some(Effort::TooHard)
        })
    );
    let (state, correction, _) = press(&[Key::Open, Key::Open, Key::Delete]);
    assert!(correction.is_none());
    assert_eq!(state.confirm.map(|c| c.change), Some(Change::DeleteSession));
}

#[test]
fn counts_are_typed_as_the_user_reads_them() {
    let stomps = parse_count(Measure::Stomps, "20/19").unwrap();
    assert_eq!(
        (stomps.left, stomps.right, stomps.reps),
        (Some(20), Some(19), Some(39))
    );
    assert_eq!(count_text(Measure::Stomps, &stomps), "20/19");
    assert_eq!(parse_count(Measure::Stomps, "20"), None);
    assert_eq!(parse_count(Measure::Hold, "45").unwrap().seconds, Some(45));
    assert_eq!(parse_count(Measure::Hold, "99999"), None);
    assert_eq!(parse_count(Measure::Reps, "-1"), None);
    assert_eq!(parse_count(Measure::Reps, " 12 ").unwrap().reps, Some(12));
}

/// Issue 26: the same bounds as the live count and `log`: 0 and anything over the bound
/// are refused, the bound itself taken.
#[test]
fn a_corrected_count_keeps_to_the_bounds_of_every_way_in() {
    use crate::units::{MAX_REPS, MAX_SECONDS, MAX_STOMPS};
    for (measure, max) in [
        (Measure::Reps, MAX_REPS),
        (Measure::TimedReps, MAX_REPS),
        (Measure::Hold, MAX_SECONDS),
    ] {
        assert!(parse_count(measure, "0").is_none(), "{measure:?}");
        assert!(
            parse_count(measure, &max.to_string()).is_some(),
            "{measure:?}"
        );
        assert!(
            parse_count(measure, &(max + 1).to_string()).is_none(),
            "{measure:?}"
        );
    }
    assert!(parse_count(Measure::Stomps, "0/0").is_none());
    assert!(parse_count(Measure::Stomps, &format!("{MAX_STOMPS}/{MAX_STOMPS}")).is_some());
    assert!(parse_count(Measure::Stomps, &format!("{}/1", MAX_STOMPS + 1)).is_none());
}

#[test]
fn page_keys_and_home_end_move_far_in_long_lists() {
    let (state, _, _) = press(&[Key::SwitchTab, Key::Last]);
    assert_eq!(state.exercise, 5);
    let (state, _, _) = press(&[Key::SwitchTab, Key::Last, Key::First]);
    assert_eq!(state.exercise, 0);
    let (state, _, _) = press(&[Key::SwitchTab, Key::PageDown]);
    assert_eq!(state.exercise, 5, "clamped at the last");
    let (state, _, _) = press(&[Key::SwitchTab, Key::PageDown, Key::PageUp]);
    assert_eq!(state.exercise, 0);
}

/// Runs keys against the v3 fixture (with practice).
fn press_v3(keys: &[Key]) -> (HistoryState, bool) {
    let catalog = Catalog::builtin();
    let history: History =
        serde_json::from_str(include_str!("../../../tests/fixtures/history-v3.json")).unwrap();
    let review = review(
        &catalog,
        &history,
        today(),
        &crate::profile::Settings::default(),
    );
    let data = Data {
        catalog: &catalog,
        history: &history,
        review: &review,
        today: today(),
        units: crate::units::Units::Kg,
    };
    let mut state = HistoryState::default();
    let mut left = false;
    for key in keys {
        left = state.handle(*key, &data).1;
    }
    (state, left)
}

#[test]
fn tab_goes_on_to_the_balance_stances_and_back_to_the_weeks() {
    let (state, _) = press_v3(&[Key::SwitchTab, Key::SwitchTab]);
    assert_eq!(state.page, Page::Balance);
    // The fixture has two stances practised: feet together and the left leg.
    let (state, _) = press_v3(&[Key::SwitchTab, Key::SwitchTab, Key::Down, Key::Down]);
    assert_eq!(state.stance, 1);
    let (state, _) = press_v3(&[Key::SwitchTab, Key::SwitchTab, Key::Last, Key::Up]);
    assert_eq!(state.stance, 0);
    // Issue 30: the Tests & falls tab comes after Balance, then Weeks again.
    let (state, _) = press_v3(&[Key::SwitchTab, Key::SwitchTab, Key::SwitchTab]);
    assert_eq!(state.page, Page::Checks);
    let (state, _) = press_v3(&[Key::SwitchTab; 4]);
    assert_eq!(state.page, Page::Weeks);
    let (_, left) = press_v3(&[Key::SwitchTab, Key::SwitchTab, Key::Back]);
    assert!(left, "Esc on the balance tab leaves the history");
}

/// Runs keys from the Tests & falls tab against a history of `tests` results and `falls`.
fn press_checks(tests: usize, falls: usize, keys: &[Key]) -> (HistoryState, bool) {
    let catalog = Catalog::builtin();
    let mut history = history();
    let record = crate::history::TestRecord {
        date: today(),
        kind: "chair-stand".into(),
        value: 12.0,
        unit: "stands".into(),
        ..Default::default()
    };
    history.tests = vec![record; tests];
    history.falls = vec![crate::history::FallRecord::default(); falls];
    let review = review(
        &catalog,
        &history,
        today(),
        &crate::profile::Settings::default(),
    );
    let data = Data {
        catalog: &catalog,
        history: &history,
        review: &review,
        today: today(),
        units: crate::units::Units::Kg,
    };
    let mut state = HistoryState::default();
    let mut left = false;
    for key in [Key::SwitchTab; 3].iter().chain(keys) {
        left = state.handle(*key, &data).1;
    }
    (state, left)
}

#[test]
fn the_tests_and_falls_tab_moves_through_the_charts_the_results_then_the_falls() {
    let (state, _) = press_checks(3, 2, &[]);
    assert_eq!((state.page, state.check), (Page::Checks, 0));
    // Down from the chair stand's chart through the three results into the falls, and no
    // further than the last fall.
    let (state, _) = press_checks(3, 2, &[Key::Down; 4]);
    assert_eq!(state.check, 4);
    let (state, _) = press_checks(3, 2, &[Key::Down; 9]);
    assert_eq!(state.check, 5, "the last fall is the last entry");
    let (state, _) = press_checks(3, 2, &[Key::Last, Key::Up]);
    assert_eq!(state.check, 4);
    let (state, _) = press_checks(3, 2, &[Key::PageDown, Key::First]);
    assert_eq!(state.check, 0);
    // Nothing to move through: the keys do nothing.
    let (state, _) = press_checks(0, 0, &[Key::Down, Key::Last, Key::Open]);
    assert_eq!((state.page, state.check), (Page::Checks, 0));
    // Tab goes back to the weeks; Esc leaves the history.
    let (state, _) = press_checks(1, 1, &[Key::SwitchTab]);
    assert_eq!(state.page, Page::Weeks);
    let (_, left) = press_checks(1, 1, &[Key::Back]);
    assert!(left, "Esc on the tests & falls tab leaves the history");
}

#[test]
fn the_selected_entry_stays_inside_the_tests_and_falls_after_a_change() {
    let catalog = Catalog::builtin();
    let history = history();
    let review = review(
        &catalog,
        &history,
        today(),
        &crate::profile::Settings::default(),
    );
    let data = Data {
        catalog: &catalog,
        history: &history,
        review: &review,
        today: today(),
        units: crate::units::Units::Kg,
    };
    let mut state = HistoryState {
        page: Page::Checks,
        check: 7,
        ..HistoryState::default()
    };
    state.clamp(&data);
    assert_eq!(state.check, 0, "the fixture has no tests and no falls");
}
