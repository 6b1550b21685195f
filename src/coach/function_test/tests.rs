use chrono::{Days, NaiveDate};
use proptest::prelude::*;

use super::*;
use crate::history::{History, TestRecord};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn person(age: u32, sex: Option<Sex>) -> Person {
    Person {
        age: Some(age),
        sex,
    }
}

const WOMAN: Option<Sex> = Some(Sex::Female);
const MAN: Option<Sex> = Some(Sex::Male);

fn chair(age: u32, sex: Option<Sex>) -> Option<(u32, [u32; 2])> {
    match norm(TestKind::ChairStand, person(age, sex))? {
        Norm::ChairStand { below, usual, .. } => Some((below, usual)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_norms_file_parses_and_names_its_four_sources() {
    let n = norm(TestKind::ChairStand, person(70, WOMAN)).unwrap();
    let names: Vec<&str> = n.sources().iter().map(|s| s.short.as_str()).collect();
    assert_eq!(names, ["CDC STEADI", "Rikli & Jones 1999"]);
    let tug = norm(TestKind::Tug, person(70, WOMAN)).unwrap();
    assert_eq!(tug.sources()[1].short, "Bohannon 2006");
    let grip = norm(TestKind::Grip, person(70, WOMAN)).unwrap();
    assert_eq!(grip.sources()[0].short, "EWGSOP2, Cruz-Jentoft 2019");
}

#[test]
fn the_chair_stand_table_at_each_age_boundary() {
    // 59: the table starts at 60.
    assert_eq!(chair(59, WOMAN), None);
    assert_eq!(chair(59, MAN), None);
    assert_eq!(chair(60, WOMAN), Some((12, [12, 17])));
    assert_eq!(chair(60, MAN), Some((14, [14, 19])));
    assert_eq!(chair(64, WOMAN), Some((12, [12, 17])));
    assert_eq!(chair(65, WOMAN), Some((11, [11, 16])));
    assert_eq!(chair(64, MAN), Some((14, [14, 19])));
    assert_eq!(chair(65, MAN), Some((12, [12, 18])));
    assert_eq!(chair(70, WOMAN), Some((10, [10, 15])));
    assert_eq!(chair(75, MAN), Some((11, [11, 17])));
    assert_eq!(chair(80, WOMAN), Some((9, [9, 14])));
    assert_eq!(chair(85, MAN), Some((8, [8, 14])));
    assert_eq!(chair(94, WOMAN), Some((4, [4, 11])));
    assert_eq!(chair(94, MAN), Some((7, [7, 12])));
    // 95: past the table.
    assert_eq!(chair(95, WOMAN), None);
    assert_eq!(chair(95, MAN), None);
}

#[test]
fn without_the_sex_there_is_no_chair_stand_or_grip_norm() {
    for sex in [None, Some(Sex::RatherNotSay)] {
        assert_eq!(chair(70, sex), None);
        assert_eq!(norm(TestKind::Grip, person(70, sex)), None);
        // The balance test and the TUG do not differ by sex.
        assert!(norm(TestKind::BalanceTest, person(70, sex)).is_some());
        assert!(norm(TestKind::Tug, person(70, sex)).is_some());
    }
    // "rather not say" in the profile is no sex for the norms.
    let p = Person::on(Some(1950), Some(Sex::RatherNotSay), d(2026, 12, 9));
    assert_eq!(p, person(76, None));
}

#[test]
fn without_the_age_only_grip_has_a_norm() {
    let nobody = Person {
        age: None,
        sex: WOMAN,
    };
    assert_eq!(norm(TestKind::ChairStand, nobody), None);
    assert_eq!(norm(TestKind::BalanceTest, nobody), None);
    assert_eq!(norm(TestKind::Tug, nobody), None);
    assert_eq!(
        norm(TestKind::Grip, nobody),
        Some(Norm::Grip {
            sex: Sex::Female,
            low_below: 16.0
        })
    );
    assert_eq!(
        norm(
            TestKind::Grip,
            Person {
                age: None,
                sex: MAN
            }
        )
        .map(|n| n.threshold()),
        Some(27.0)
    );
}

#[test]
fn tug_means_by_age_band_and_the_12_second_line() {
    let mean = |age| match norm(TestKind::Tug, person(age, None)) {
        Some(Norm::Tug { mean, risk_at, .. }) => Some((mean, risk_at)),
        _ => None,
    };
    assert_eq!(mean(59), None);
    assert_eq!(mean(60), Some((8.1, 12.0)));
    assert_eq!(mean(69), Some((8.1, 12.0)));
    assert_eq!(mean(70), Some((9.2, 12.0)));
    assert_eq!(mean(80), Some((11.3, 12.0)));
    assert_eq!(mean(99), Some((11.3, 12.0)));
    assert_eq!(mean(100), None);
}

#[test]
fn results_are_placed_and_below_the_range_asks_to_talk_it_over() {
    let n = norm(TestKind::ChairStand, person(72, WOMAN)).unwrap();
    assert_eq!(place(9.0, &n), Placed::TalkItOver);
    assert_eq!(place(10.0, &n), Placed::Usual);
    assert_eq!(place(15.0, &n), Placed::Usual);
    assert_eq!(place(16.0, &n), Placed::AboveUsual);
    let tug = norm(TestKind::Tug, person(72, None)).unwrap();
    assert_eq!(place(11.9, &tug), Placed::Usual);
    assert_eq!(place(12.0, &tug), Placed::TalkItOver);
    let balance = norm(TestKind::BalanceTest, person(72, None)).unwrap();
    assert_eq!(place(2.0, &balance), Placed::TalkItOver, "tandem not held");
    assert_eq!(place(3.0, &balance), Placed::Usual);
    let grip = norm(TestKind::Grip, person(72, MAN)).unwrap();
    assert_eq!(place(26.9, &grip), Placed::TalkItOver);
    assert_eq!(place(27.0, &grip), Placed::Usual);
}

#[test]
fn the_chair_stand_counts_a_stand_halfway_up_and_the_arms_make_it_zero() {
    assert_eq!(chair_stand_result(11, false, false), 11);
    assert_eq!(chair_stand_result(11, true, false), 12);
    assert_eq!(chair_stand_result(11, true, true), 0);
}

#[test]
fn the_balance_test_stops_at_the_first_stage_not_held() {
    assert_eq!(balance_result(&[]), 0);
    assert_eq!(balance_result(&[4]), 0);
    assert_eq!(balance_result(&[10, 10, 6]), 2);
    // A stage after one not held does not count.
    assert_eq!(balance_result(&[10, 7, 10, 10]), 1);
    assert_eq!(balance_result(&[10, 10, 10, 10]), 4);
    assert_eq!(stage_id(3), Some("tandem"));
    assert_eq!(stage_id(0), None);
    assert_eq!(stages_held("tandem"), Some(3));
    assert_eq!(stages_held("één-been"), Some(4));
    assert_eq!(stages_held("geen"), Some(0));
    assert_eq!(stages_held("wobbly"), None);
}

#[test]
fn test_names_in_english_and_dutch() {
    assert_eq!(
        TestKind::from_word("chair-stand"),
        Some(TestKind::ChairStand)
    );
    assert_eq!(TestKind::from_word("Stoeltest"), Some(TestKind::ChairStand));
    assert_eq!(
        TestKind::from_word("balanstest"),
        Some(TestKind::BalanceTest)
    );
    assert_eq!(TestKind::from_word("TUG"), Some(TestKind::Tug));
    assert_eq!(TestKind::from_word("knijpkracht"), Some(TestKind::Grip));
    assert_eq!(TestKind::from_word("squat"), None);
    for kind in TestKind::ALL {
        assert_eq!(TestKind::from_id(kind.id()), Some(kind));
    }
}

fn result(date: NaiveDate) -> TestRecord {
    TestRecord {
        date,
        kind: "chair-stand".into(),
        value: 12.0,
        unit: "stands".into(),
        used_arms: None,
        stage: None,
        stopped_for_pain: false,
        logged: false,
        note: None,
        ..Default::default()
    }
}

#[test]
fn a_test_day_is_due_six_weeks_after_the_last_and_a_first_one_at_once() {
    let today = d(2026, 12, 9);
    let none = test_day(&History::default(), today);
    assert_eq!((none.due, none.last), (today, None));
    assert_eq!(none.kinds, ["chair-stand", "balance-test", "tug", "grip"]);
    let history = History {
        tests: vec![result(d(2026, 11, 1)), result(d(2027, 3, 1))],
        ..History::default()
    };
    let day = test_day(&history, today);
    assert_eq!(
        day.last,
        Some(d(2026, 11, 1)),
        "a result after today is left out"
    );
    assert_eq!(day.due, d(2026, 12, 13));
    assert!(!day.is_due(today));
    assert!(day.is_due(d(2026, 12, 13)));
}

#[test]
fn the_offer_waits_for_a_day_without_strength_and_comes_once() {
    let day = TestDay {
        due: d(2026, 12, 9),
        last: Some(d(2026, 10, 28)),
        kinds: Vec::new(),
    };
    assert!(!offer(&day, d(2026, 12, 8), false, None), "not due yet");
    assert!(!offer(&day, d(2026, 12, 9), true, None), "a strength day");
    assert!(offer(&day, d(2026, 12, 10), false, None));
    assert!(
        !offer(&day, d(2026, 12, 11), false, Some(d(2026, 12, 10))),
        "once"
    );
    assert!(
        offer(&day, d(2026, 12, 10), false, Some(d(2026, 12, 10))),
        "all that day"
    );
    assert!(
        offer(&day, d(2026, 12, 11), false, Some(d(2026, 10, 1))),
        "offered last period"
    );
}

proptest! {
    /// For any due day, any days with or without strength and any offers before: never
    /// offered on a strength day, and at most once per due period when each offer is kept.
    #[test]
    fn never_on_a_strength_day_and_at_most_once_per_period(
        last in proptest::option::of(0u64..400),
        strength in proptest::collection::vec(any::<bool>(), 1..120),
    ) {
        let start = d(2026, 1, 1);
        let mut history = History::default();
        if let Some(n) = last {
            history.tests.push(result(start + Days::new(n)));
        }
        let mut offered: Option<NaiveDate> = None;
        let mut offers_per_due: std::collections::BTreeMap<NaiveDate, u32> = Default::default();
        for (i, strength_day) in strength.iter().enumerate() {
            let today = start + Days::new(400 + i as u64);
            let day = test_day(&history, today);
            if offer(&day, today, *strength_day, offered) {
                prop_assert!(!strength_day);
                prop_assert!(day.is_due(today));
                *offers_per_due.entry(day.due).or_default() += 1;
                offered = Some(today);
            }
        }
        prop_assert!(offers_per_due.values().all(|n| *n == 1), "{offers_per_due:?}");
    }
}
