//! The history screens with balance and posture practice: practice days beside each week's
//! sessions, the practice days of a week, and each stance's support and hold over time, in
//! English and Dutch, at 80x24 and 60x20. Drawn on ratatui's TestBackend from a fixed model
//! and a fake clock, and compared with the reviewed snapshots in `tests/snapshots/`.

use botsterk::app::HomeMsg;
use botsterk::app::Msg;
use botsterk::app::history_state::Key as HistoryKey;
use botsterk::catalog::Catalog;
use botsterk::coach::practice::ladder;
use botsterk::history::{BalanceHold, History, PostureRecord, PracticeRecord, Steadiness};
use botsterk::lang::Lang;
use chrono::{FixedOffset, NaiveDate, TimeZone};

mod common;
use common::screen::{Harness, clock_on};

fn hold(stance: &str, support: &str, target: u32, seconds: u32, rating: Steadiness) -> BalanceHold {
    BalanceHold {
        stance: stance.into(),
        support: support.into(),
        target_seconds: target,
        seconds,
        rating: Some(rating),
        stopped_for_pain: false,
        pain_site: None,
        ..Default::default()
    }
}

fn practice(day: NaiveDate, balance: Vec<BalanceHold>) -> PracticeRecord {
    let at = FixedOffset::east_opt(3600)
        .unwrap()
        .from_local_datetime(&day.and_hms_opt(10, 0, 0).unwrap())
        .unwrap();
    PracticeRecord {
        date: day,
        started_at: at,
        ended_at: at,
        logged: false,
        balance,
        posture: vec![PostureRecord {
            id: "chin-tuck".into(),
            reps: 5,
            hold_seconds: Some(5),
            stopped_for_pain: false,
            pain_site: None,
            ..Default::default()
        }],
        ..Default::default()
    }
}

/// The six weeks of training, with balance practice on two or three days a week from
/// 3 November: three feet-together holds a day at the level and hold the ladder asks, all
/// steady (the ladder climbs), and from 19 November the half tandem stance too, wobbly at
/// first.
fn six_weeks_with_practice() -> History {
    let mut history: History =
        serde_json::from_str(include_str!("fixtures/six-weeks.json")).unwrap();
    let routines = Catalog::builtin().routines().clone();
    let days = [3, 4, 6, 10, 12, 17, 18, 19, 23, 25, 27];
    for day in days {
        let date = NaiveDate::from_ymd_opt(2026, 11, day).unwrap();
        let mut record = practice(date, Vec::new());
        let mut add = |stance: &str, holds: usize, rating: Steadiness| {
            for _ in 0..holds {
                let mut now = history.clone();
                now.practice.push(record.clone());
                let at = ladder(&routines, &now)
                    .into_iter()
                    .find(|p| p.stance == stance)
                    .unwrap();
                record.balance.push(hold(
                    stance,
                    &at.support,
                    at.hold_seconds,
                    at.hold_seconds,
                    rating,
                ));
            }
        };
        add("feet-together", 3, Steadiness::Steady);
        if day >= 19 {
            let rating = if day >= 25 {
                Steadiness::Steady
            } else {
                Steadiness::Wobbly
            };
            add("semi-tandem", 2, rating);
        }
        history.practice.push(record);
    }
    history
}

/// The history screens open on Saturday the 28th.
fn open(lang: Lang, history: History) -> Harness {
    let mut h = Harness::start(lang, history, clock_on(28));
    h.model.program = botsterk::catalog::Program::Beginner;
    let today = h.model.day.today.date;
    h.model.refresh(today);
    h.send(Msg::Home(HomeMsg::OpenHistory));
    h
}

fn screen(h: &Harness, width: u16, height: u16) -> String {
    format!("{}", h.draw(width, height).backend())
}

const TO_BALANCE: [HistoryKey; 2] = [HistoryKey::SwitchTab, HistoryKey::SwitchTab];

#[test]
fn history_weeks_with_practice() {
    let h = open(Lang::En, six_weeks_with_practice());
    insta::assert_snapshot!(screen(&h, 80, 24));
    insta::assert_snapshot!("history_weeks_with_practice_60x20", screen(&h, 60, 20));
}

#[test]
fn history_weeks_with_practice_in_dutch() {
    let h = open(Lang::Nl, six_weeks_with_practice());
    insta::assert_snapshot!(screen(&h, 80, 24));
    insta::assert_snapshot!(
        "history_weeks_with_practice_in_dutch_60x20",
        screen(&h, 60, 20)
    );
}

#[test]
fn history_week_with_practice() {
    let mut h = open(Lang::En, six_weeks_with_practice());
    h.history(&[HistoryKey::Open]);
    insta::assert_snapshot!(screen(&h, 80, 24));
}

#[test]
fn history_week_with_practice_in_dutch() {
    let mut h = open(Lang::Nl, six_weeks_with_practice());
    h.history(&[HistoryKey::Open]);
    insta::assert_snapshot!(screen(&h, 80, 24));
    insta::assert_snapshot!(
        "history_week_with_practice_in_dutch_60x20",
        screen(&h, 60, 20)
    );
}

#[test]
fn history_week_of_practice_only() {
    // The v3 fixture and a practice on 18 November: week 47 has practice and no session.
    let mut history: History =
        serde_json::from_str(include_str!("fixtures/history-v3.json")).unwrap();
    let day = NaiveDate::from_ymd_opt(2026, 11, 18).unwrap();
    history.practice.push(practice(
        day,
        vec![hold(
            "feet-together",
            "two-hands",
            10,
            10,
            Steadiness::Steady,
        )],
    ));
    let mut h = open(Lang::En, history);
    h.history(&[HistoryKey::Down]);
    insta::assert_snapshot!("history_weeks_of_practice_only", screen(&h, 80, 24));
    h.history(&[HistoryKey::Open]);
    insta::assert_snapshot!("history_week_of_practice_only", screen(&h, 80, 24));
}

#[test]
fn history_balance() {
    let mut h = open(Lang::En, six_weeks_with_practice());
    h.history(&TO_BALANCE);
    insta::assert_snapshot!(screen(&h, 80, 24));
    insta::assert_snapshot!("history_balance_60x20", screen(&h, 60, 20));
    h.history(&[HistoryKey::Down]);
    insta::assert_snapshot!("history_balance_second_stance", screen(&h, 80, 24));
}

#[test]
fn history_balance_in_dutch() {
    let mut h = open(Lang::Nl, six_weeks_with_practice());
    h.history(&TO_BALANCE);
    insta::assert_snapshot!(screen(&h, 80, 24));
    insta::assert_snapshot!("history_balance_in_dutch_60x20", screen(&h, 60, 20));
}

#[test]
fn history_balance_without_practice() {
    let history: History = serde_json::from_str(include_str!("fixtures/six-weeks.json")).unwrap();
    let mut h = open(Lang::En, history);
    h.history(&TO_BALANCE);
    insta::assert_snapshot!(screen(&h, 80, 24));
}

#[test]
fn nothing_panics_on_the_practice_pages_at_any_small_size() {
    let mut h = open(Lang::Nl, six_weeks_with_practice());
    for keys in [
        &[][..],
        &[HistoryKey::Open][..],
        &[HistoryKey::Back][..],
        &TO_BALANCE[..],
    ] {
        h.history(keys);
        for width in 0..=90 {
            for height in 0..=26 {
                h.draw(width, height);
            }
        }
    }
}

/// Issue 32: no table cuts a word. The longest texts the tables hold: a set stopped for
/// pain, a session both logged and ended early with pain, weeks with practice, and the
/// balance stances, in both languages at 80x24.
fn with_the_longest_texts() -> History {
    let mut history = six_weeks_with_practice();
    let last = history
        .sessions
        .iter_mut()
        .max_by_key(|s| s.started_at)
        .unwrap();
    last.ended_early = true;
    last.logged = true;
    let first = &mut last.exercises[0];
    first.sets[0].stopped_for_pain = true;
    first.effort = Some(botsterk::history::Effort::Pain);
    history
}

#[test]
fn no_table_cuts_a_word_in_either_language() {
    for lang in [Lang::En, Lang::Nl] {
        let mut h = open(lang, with_the_longest_texts());
        let weeks = screen(&h, 80, 24);
        h.history(&[HistoryKey::Open]);
        let week = screen(&h, 80, 24);
        // The week's last session, the one with the longest words.
        h.history(&[HistoryKey::Down, HistoryKey::Open]);
        let session = screen(&h, 80, 24);
        let mut b = open(lang, with_the_longest_texts());
        b.history(&TO_BALANCE);
        let balance = screen(&b, 80, 24);
        let t = lang.texts();
        // Each text is on screen whole (a cut one would end mid-word).
        for (page, words) in [
            (
                &week,
                vec![
                    t.history.logged,
                    t.history.ended_early,
                    t.session.effort_pain,
                ],
            ),
            (&session, vec![t.pain.stopped_for_pain]),
        ] {
            for text in words {
                let flat: String = page.split_whitespace().collect::<Vec<_>>().join(" ");
                let words_of: Vec<&str> = text.split_whitespace().collect();
                for word in words_of {
                    assert!(flat.contains(word), "{lang:?}: {word:?} cut on\n{page}");
                }
            }
        }
        insta::assert_snapshot!(format!("longest_texts_weeks_{lang:?}"), weeks);
        insta::assert_snapshot!(format!("longest_texts_week_{lang:?}"), week);
        insta::assert_snapshot!(format!("longest_texts_session_{lang:?}"), session);
        insta::assert_snapshot!(format!("longest_texts_balance_{lang:?}"), balance);
    }
}
