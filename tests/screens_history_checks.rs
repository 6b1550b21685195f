//! Issue 30: the history's Tests & falls tab (Tab three times from Weeks): the test day's
//! results newest first, placed against their norms for a woman born in 1954, each test's
//! first and latest result, and the falls diary; and its empty states. In English and
//! Dutch at 80x24, and at 120x40. Drawn on ratatui's TestBackend from a fixed model and a
//! fake clock, and compared with the reviewed snapshots in `tests/snapshots/`.

use botsterk::app::HomeMsg;
use botsterk::app::Msg;
use botsterk::app::history_state::Key as HistoryKey;
use botsterk::clock::Clock;
use botsterk::history::{
    FallCause, FallKind, FallPlace, FallRecord, History, Injury, PartOfDay, TestRecord,
};
use botsterk::lang::Lang;
use botsterk::profile::{Profile, Sex};
use chrono::NaiveDate;

mod common;
use common::screen::{Harness, clock_on};

fn day(month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, month, day).unwrap()
}

fn test(date: NaiveDate, kind: &str, value: f64, unit: &str) -> TestRecord {
    TestRecord {
        date,
        kind: kind.into(),
        value,
        unit: unit.into(),
        ..Default::default()
    }
}

/// Two test days (10 October and 21 November) and two falls: a near fall in October, a
/// fall on the stairs in November, all right since.
fn tests_and_falls() -> History {
    let mut history: History =
        serde_json::from_str(include_str!("fixtures/six-weeks.json")).unwrap();
    history.tests = vec![
        TestRecord {
            used_arms: Some(false),
            ..test(day(10, 10), "chair-stand", 9.0, "stands")
        },
        TestRecord {
            stage: Some("semi-tandem".into()),
            ..test(day(10, 10), "balance-test", 2.0, "stages")
        },
        TestRecord {
            used_arms: Some(false),
            ..test(day(11, 21), "chair-stand", 12.0, "stands")
        },
        TestRecord {
            stage: Some("tandem".into()),
            stopped_for_pain: true,
            ..test(day(11, 21), "balance-test", 3.0, "stages")
        },
        TestRecord {
            note: Some("with my daughter".into()),
            ..test(day(11, 21), "tug", 9.4, "s")
        },
    ];
    history.falls = vec![
        FallRecord {
            date: day(10, 2),
            kind: FallKind::NearFall,
            part_of_day: Some(PartOfDay::Evening),
            place: Some(FallPlace::Bathroom),
            what: Some(FallCause::Slipped),
            ..Default::default()
        },
        FallRecord {
            date: day(11, 12),
            kind: FallKind::Fall,
            part_of_day: Some(PartOfDay::Morning),
            place: Some(FallPlace::Stairs),
            what: Some(FallCause::Tripped),
            injury: Some(Injury::Bruise),
            got_up_alone: Some(true),
            minutes_on_floor: Some(5),
            note: Some("the bottom step".into()),
            all_right: Some(day(11, 16)),
            ..Default::default()
        },
    ];
    history
}

/// The history screens on the Tests & falls tab on Saturday the 28th, for a woman born in
/// 1954 (`profile`) or a profile without the norms' answers.
fn open(lang: Lang, history: History, norms: bool) -> Harness {
    let mut h = Harness::start(lang, history, clock_on(28));
    let profile = Profile {
        birth_year: norms.then_some(1954),
        sex: norms.then_some(Sex::Female),
        ..Profile::defaults(lang)
    };
    let today = h.clock.today();
    h.model.set_profile(profile, today, true);
    h.model.refresh(today);
    h.send(Msg::Home(HomeMsg::OpenHistory));
    h.history(&[HistoryKey::SwitchTab; 3]);
    h
}

fn screen(h: &Harness, width: u16, height: u16) -> String {
    format!("{}", h.draw(width, height).backend())
}

#[test]
fn history_tests_and_falls() {
    let mut h = open(Lang::En, tests_and_falls(), true);
    insta::assert_snapshot!(screen(&h, 80, 24));
    insta::assert_snapshot!("history_tests_and_falls_120x40", screen(&h, 120, 40));
    // ↓ to the last entry: the page scrolls to the falls diary.
    h.history(&[HistoryKey::Last]);
    insta::assert_snapshot!("history_tests_and_falls_scrolled", screen(&h, 80, 24));
}

#[test]
fn history_tests_and_falls_in_dutch() {
    let h = open(Lang::Nl, tests_and_falls(), true);
    insta::assert_snapshot!(screen(&h, 80, 24));
    insta::assert_snapshot!(
        "history_tests_and_falls_in_dutch_120x40",
        screen(&h, 120, 40)
    );
}

/// The threshold line is the norm of the age band on each result's day: a woman born in
/// 1956 was 69 at the first chair stand (65-69: below 11) and 70 at the second (70-74:
/// below 10), and the line says it steps.
#[test]
fn the_norm_line_steps_where_a_birthday_changed_the_age_band() {
    let mut history = tests_and_falls();
    history.tests = vec![
        test(
            NaiveDate::from_ymd_opt(2025, 11, 1).unwrap(),
            "chair-stand",
            11.0,
            "stands",
        ),
        test(day(11, 21), "chair-stand", 12.0, "stands"),
    ];
    let mut h = Harness::start(Lang::En, history, clock_on(28));
    let profile = Profile {
        birth_year: Some(1956),
        sex: Some(Sex::Female),
        ..Profile::defaults(Lang::En)
    };
    let today = h.clock.today();
    h.model.set_profile(profile, today, true);
    h.model.refresh(today);
    h.send(Msg::Home(HomeMsg::OpenHistory));
    h.history(&[HistoryKey::SwitchTab; 3]);
    insta::assert_snapshot!("history_tests_norm_line_steps", screen(&h, 80, 24));
    let shown = screen(&h, 120, 40);
    assert!(
        shown.contains("women 70-74; it steps where a birthday moved you"),
        "{shown}"
    );
}

#[test]
fn history_tests_and_falls_without_the_norms_answers() {
    let mut history = tests_and_falls();
    history.tests.push(TestRecord {
        used_arms: Some(true),
        ..test(day(9, 1), "chair-stand", 0.0, "stands")
    });
    let h = open(Lang::En, history, false);
    // Tall enough for the three charts and the results under them.
    let shown = screen(&h, 120, 60);
    // The value alone, and no norm: the profile has neither the year of birth nor the sex.
    assert!(shown.contains("12 stands"), "{shown}");
    assert!(
        shown.contains("1 Sep 2026 · 30-second chair stand: 0 stands (arms used)"),
        "{shown}"
    );
    assert!(
        shown.contains("0 stands (arms used) (1 Sep 2026) → 12 stands (21 Nov 2026)"),
        "the trend is the first against the latest: {shown}"
    );
    assert!(!shown.contains("usual range"), "{shown}");
    assert!(
        !shown.contains("norm line,"),
        "no line without the answers: {shown}"
    );
    assert!(
        shown.contains("No norm line: it needs your year of birth and sex"),
        "and a sentence why: {shown}"
    );
    insta::assert_snapshot!(
        "history_tests_without_the_norms_answers",
        screen(&h, 80, 24)
    );
}

#[test]
fn history_tests_and_falls_when_there_is_none_yet() {
    let history: History = serde_json::from_str(include_str!("fixtures/six-weeks.json")).unwrap();
    let h = open(Lang::En, history, true);
    insta::assert_snapshot!(screen(&h, 80, 24));
    let h = open(Lang::Nl, History::default(), true);
    insta::assert_snapshot!(
        "history_tests_and_falls_when_there_is_none_yet_in_dutch",
        screen(&h, 80, 24)
    );
}
