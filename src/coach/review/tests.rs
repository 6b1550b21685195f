use chrono::NaiveDate;

use super::*;
use crate::history::build::{beginner, d, exercise, history, reps, session};
use crate::history::{SessionRecord, SetRecord};

fn run(sessions: Vec<SessionRecord>, today: NaiveDate) -> Review {
    review(
        &Catalog::builtin(),
        &history(sessions),
        today,
        &Settings::default(),
    )
}

#[test]
fn no_sessions_no_weeks() {
    assert_eq!(run(vec![], d(2026, 11, 26)), Review::default());
}

#[test]
fn weeks_run_newest_first_from_today_back_to_the_first_session_with_gaps_kept() {
    // 2026-11-26 is a Thursday in 2026-W48; the first session is in W45.
    let r = run(
        vec![beginner(d(2026, 11, 3)), beginner(d(2026, 11, 17))],
        d(2026, 11, 26),
    );
    let labels: Vec<&str> = r.weeks.iter().map(|w| w.label.as_str()).collect();
    assert_eq!(labels, ["2026-W48", "2026-W47", "2026-W46", "2026-W45"]);
    assert_eq!(r.weeks[0].start, d(2026, 11, 23));
    assert_eq!(r.weeks[0].end(), d(2026, 11, 29));
    let sessions: Vec<usize> = r.weeks.iter().map(|w| w.sessions.len()).collect();
    assert_eq!(sessions, [0, 1, 0, 1]);
    assert_eq!(r.weeks[2].dose, Dose::default());
}

#[test]
fn a_week_across_new_year_is_one_iso_week_53() {
    // 2026-12-28 (Monday) to 2027-01-03 (Sunday) is 2026-W53.
    let r = run(
        vec![beginner(d(2026, 12, 29)), beginner(d(2027, 1, 2))],
        d(2027, 1, 5),
    );
    let labels: Vec<&str> = r.weeks.iter().map(|w| w.label.as_str()).collect();
    assert_eq!(labels, ["2027-W01", "2026-W53"]);
    assert_eq!(r.weeks[1].start, d(2026, 12, 28));
    assert_eq!(r.weeks[1].sessions.len(), 2);
    assert!(r.weeks[1].met_minimum());
}

#[test]
fn the_iso_year_differs_from_the_calendar_year_at_its_edges() {
    // 2024-12-30 belongs to 2025-W01.
    let r = run(vec![beginner(d(2024, 12, 30))], d(2025, 1, 1));
    assert_eq!(r.weeks.len(), 1);
    assert_eq!(r.weeks[0].label, "2025-W01");
}

#[test]
fn two_sessions_on_one_day_count_as_sessions_but_once_for_the_minimum() {
    let r = run(
        vec![beginner(d(2026, 11, 24)), beginner(d(2026, 11, 24))],
        d(2026, 11, 26),
    );
    let week = &r.weeks[0];
    assert_eq!((week.sessions.len(), week.days), (2, 1));
    assert_eq!(week.dose.sessions, 2);
    assert!(!week.met_minimum());
}

#[test]
fn the_streak_counts_weeks_meeting_the_minimum_and_waits_for_the_open_week() {
    let sessions = vec![
        // W44: one session only (breaks the run)
        beginner(d(2026, 10, 27)),
        // W45, W46, W47: two each
        beginner(d(2026, 11, 2)),
        beginner(d(2026, 11, 4)),
        beginner(d(2026, 11, 9)),
        beginner(d(2026, 11, 12)),
        beginner(d(2026, 11, 16)),
        beginner(d(2026, 11, 19)),
        // W48 (this week): one so far
        beginner(d(2026, 11, 24)),
    ];
    let r = run(sessions.clone(), d(2026, 11, 26));
    assert_eq!(r.streak, 3, "the open week does not break the run");
    let mut more = sessions;
    more.push(beginner(d(2026, 11, 26)));
    assert_eq!(run(more.clone(), d(2026, 11, 26)).streak, 4);
    // A week later, W48 is over and W49 has nothing yet: still 4.
    assert_eq!(run(more.clone(), d(2026, 12, 2)).streak, 4);
    // Two weeks later W49 is over with nothing: the run is broken.
    assert_eq!(run(more, d(2026, 12, 8)).streak, 0);
}

#[test]
fn the_dose_adds_loaded_reps_impact_steps_and_seconds_held() {
    let stomps = SetRecord {
        reps: Some(40),
        left: Some(20),
        right: Some(19),
        ..SetRecord::default()
    };
    let advanced = session(
        d(2026, 11, 25),
        Program::Advanced,
        vec![
            exercise("goblet-squat", Some(8.0), reps(&[10, 10, 9])),
            exercise("stomp", None, vec![stomps.clone(), stomps]),
        ],
    );
    let r = run(vec![beginner(d(2026, 11, 23)), advanced], d(2026, 11, 26));
    let week = &r.weeks[0];
    // beginner: 10+10 + 12+11 + 15+15 = 73 reps, 25 s; advanced: 29 reps, 78 stomps.
    assert_eq!(
        week.dose,
        Dose {
            sessions: 2,
            loaded_reps: 73 + 29,
            impact_steps: 78,
            hold_seconds: 25,
        }
    );
    let goblet = week.exercises["goblet-squat"];
    assert_eq!(
        (goblet.sets, goblet.reps, goblet.best_set, goblet.weight_kg),
        (3, 29, 10, Some(8.0))
    );
    let stomp = week.exercises["stomp"];
    assert_eq!((stomp.reps, stomp.best_set), (78, 19), "best per foot");
    // The newest session was advanced, so the week is measured against that program.
    assert_eq!(
        week.asked,
        asked_dose(&Catalog::builtin(), Program::Advanced, &Settings::default())
    );
}

#[test]
fn skipped_exercises_and_unknown_ids_add_nothing() {
    let mut s = beginner(d(2026, 11, 24));
    s.exercises[0].sets.clear();
    s.exercises[0].skipped = true;
    s.exercises
        .push(exercise("handstand", None, reps(&[50, 50])));
    let r = run(vec![s], d(2026, 11, 26));
    let week = &r.weeks[0];
    assert!(!week.exercises.contains_key("wall-push-up"));
    assert!(!week.exercises.contains_key("handstand"));
    assert_eq!(week.dose.loaded_reps, 23 + 30);
    assert!(r.trends.iter().all(|t| t.id != "handstand"));
}

#[test]
fn what_the_program_asks_is_two_sessions_at_the_bottom_of_each_range() {
    let catalog = Catalog::builtin();
    // Beginner, 2 sets: push-ups 10 + squats 10 + heel raises 15 = 35 reps, plank 20 s.
    assert_eq!(
        asked_dose(&catalog, Program::Beginner, &Settings::default()),
        Dose {
            sessions: 2,
            loaded_reps: 2 * 2 * 35,
            impact_steps: 0,
            hold_seconds: 2 * 2 * 20,
        }
    );
    // Advanced, 3 sets: goblet 10 + deadlift 8 + press 10 = 28 reps, 20 stomps per foot.
    assert_eq!(
        asked_dose(&catalog, Program::Advanced, &Settings::default()),
        Dose {
            sessions: 2,
            loaded_reps: 2 * 3 * 28,
            impact_steps: 2 * 3 * 20 * 2,
            hold_seconds: 0,
        }
    );
}

#[test]
fn personal_bests_mark_heavier_weights_and_more_reps_at_the_same_weight() {
    let goblet = |date, kg, sets: &[u32]| {
        session(
            date,
            Program::Advanced,
            vec![exercise("goblet-squat", Some(kg), reps(sets))],
        )
    };
    let r = run(
        vec![
            goblet(d(2026, 10, 5), 8.0, &[10, 10]),  // W41: first, a best
            goblet(d(2026, 10, 12), 8.0, &[12, 11]), // W42: more reps, a best
            goblet(d(2026, 10, 19), 8.0, &[11, 11]), // W43: fewer, not
            goblet(d(2026, 10, 26), 10.0, &[8, 8]),  // W44: heavier, a best
            goblet(d(2026, 10, 28), 9.0, &[12, 12]), // W44 again: lighter, week stays 10 kg
            goblet(d(2026, 11, 2), 8.0, &[12, 12]),  // W45: lighter, not
        ],
        d(2026, 11, 5),
    );
    let trend = &r.trends[0];
    assert_eq!(
        (trend.id.as_str(), trend.unit),
        ("goblet-squat", TrendUnit::Kg)
    );
    let marks: Vec<(f64, bool)> = trend
        .points
        .iter()
        .map(|p| (p.value, p.personal_best))
        .collect();
    assert_eq!(
        marks,
        [
            (8.0, true),
            (8.0, true),
            (8.0, false),
            (10.0, true),
            (8.0, false)
        ]
    );
    let best = trend.best().unwrap();
    assert_eq!((best.value, best.date), (10.0, d(2026, 10, 26)));
    assert_eq!(best.best_set, 12, "the week's best set, at any weight");
}

#[test]
fn trends_follow_the_catalog_order_with_their_units() {
    let r = run(vec![beginner(d(2026, 11, 24))], d(2026, 11, 26));
    let units: Vec<(&str, TrendUnit, f64)> = r
        .trends
        .iter()
        .map(|t| (t.id.as_str(), t.unit, t.points[0].value))
        .collect();
    assert_eq!(
        units,
        [
            ("wall-push-up", TrendUnit::Reps, 10.0),
            ("chair-squat", TrendUnit::Reps, 12.0),
            ("heel-raise", TrendUnit::Reps, 15.0),
            ("modified-plank", TrendUnit::Seconds, 25.0),
        ]
    );
}

#[test]
fn a_session_dated_after_today_extends_the_weeks_instead_of_vanishing() {
    let r = run(
        vec![beginner(d(2026, 11, 24)), beginner(d(2026, 12, 8))],
        d(2026, 11, 26),
    );
    assert_eq!(r.weeks[0].label, "2026-W50");
    let total: usize = r.weeks.iter().map(|w| w.sessions.len()).sum();
    assert_eq!(total, 2);
}

#[test]
fn dates_far_off_cost_their_weeks_not_the_empty_weeks_between() {
    // Year 1000 and year 9999 around today: without the horizon, 470 000 empty weeks.
    let today = d(2026, 11, 26);
    let r = run(
        vec![
            beginner(d(1000, 3, 4)),
            beginner(d(2026, 11, 24)),
            beginner(d(9999, 12, 1)),
        ],
        today,
    );
    let horizon = usize::try_from(EMPTY_WEEKS_HORIZON).unwrap();
    // The far weeks, plus this week and the empty weeks of the ten years before it and
    // after it.
    assert_eq!(r.weeks.len(), 2 + 2 * horizon + 1);
    assert_eq!(r.weeks.first().unwrap().start, week_start(d(9999, 12, 1)));
    assert_eq!(r.weeks.last().unwrap().start, week_start(d(1000, 3, 4)));
    assert!(r.weeks.windows(2).all(|w| w[0].start > w[1].start));
    let with_sessions = r.weeks.iter().filter(|w| !w.sessions.is_empty()).count();
    assert_eq!(with_sessions, 3);
}

#[test]
fn the_empty_weeks_of_the_last_ten_years_are_all_listed() {
    let today = d(2026, 11, 26);
    let r = run(vec![beginner(d(2017, 1, 3))], today);
    let weeks = (week_start(today) - week_start(d(2017, 1, 3))).num_weeks() + 1;
    assert_eq!(r.weeks.len(), usize::try_from(weeks).unwrap());
}

#[test]
fn a_streak_stops_at_an_empty_week_left_out_of_the_list() {
    // Two days every week for the ten years up to this week, then an empty week just past
    // the horizon (so not listed), and good weeks again before it.
    let today = d(2026, 11, 26);
    let horizon = EMPTY_WEEKS_HORIZON;
    let mut sessions = Vec::new();
    for back in (0..=horizon).chain(horizon + 2..horizon + 10) {
        let monday = week_start(today) - Days::new(7 * back);
        sessions.push(beginner(monday));
        sessions.push(beginner(monday + Days::new(2)));
    }
    let r = run(sessions, today);
    assert!(
        !r.weeks
            .iter()
            .any(|w| w.start == week_start(today) - Days::new(7 * (horizon + 1)))
    );
    assert_eq!(r.streak, u32::try_from(horizon + 1).unwrap());
}

// ---- practice ----

fn steady_hold(stance: &str, support: &str, seconds: u32) -> crate::history::BalanceHold {
    crate::history::BalanceHold {
        stance: stance.into(),
        support: support.into(),
        target_seconds: seconds,
        seconds,
        rating: Some(crate::history::Steadiness::Steady),
        stopped_for_pain: false,
        pain_site: None,
        ..Default::default()
    }
}

fn practice_on(
    date: NaiveDate,
    balance: Vec<crate::history::BalanceHold>,
) -> crate::history::PracticeRecord {
    use chrono::TimeZone;
    let at = chrono::FixedOffset::east_opt(3600)
        .unwrap()
        .from_local_datetime(&date.and_hms_opt(10, 0, 0).unwrap())
        .unwrap();
    crate::history::PracticeRecord {
        date,
        started_at: at,
        ended_at: at,
        logged: false,
        balance,
        posture: Vec::new(),
        ..Default::default()
    }
}

#[test]
fn weeks_count_practice_days_beside_the_sessions_never_as_sessions() {
    let mut h = history(vec![beginner(d(2026, 11, 24))]);
    h.practice = vec![
        practice_on(d(2026, 11, 17), vec![]),
        practice_on(d(2026, 11, 23), vec![]),
        practice_on(d(2026, 11, 24), vec![]),
        practice_on(d(2026, 11, 24), vec![]),
        practice_on(d(2026, 11, 25), vec![]),
    ];
    let with = review(
        &Catalog::builtin(),
        &h,
        d(2026, 11, 26),
        &Settings::default(),
    );
    let labels: Vec<&str> = with.weeks.iter().map(|w| w.label.as_str()).collect();
    // The week of practice only is listed, from the first practice on.
    assert_eq!(labels, ["2026-W48", "2026-W47"]);
    let practice: Vec<u32> = with.weeks.iter().map(|w| w.practice_days).collect();
    assert_eq!(practice, [3, 1]);
    // The strength side is as without practice: one session, one day, no streak change.
    let without = run(vec![beginner(d(2026, 11, 24))], d(2026, 11, 26));
    let this_week = &with.weeks[0];
    assert_eq!(this_week.counted_sessions(), 1);
    assert_eq!(this_week.days, 1);
    assert_eq!(this_week.dose, without.weeks[0].dose);
    assert_eq!(with.streak, without.streak);
    assert_eq!(with.weeks[1].counted_sessions(), 0);
    assert!(!with.weeks[1].met_minimum());
}

#[test]
fn practice_only_gives_weeks_and_stances_without_a_session() {
    let mut h = history(vec![]);
    h.practice = vec![practice_on(
        d(2026, 11, 25),
        vec![
            steady_hold("feet-together", "two-hands", 10),
            steady_hold("feet-together", "two-hands", 10),
        ],
    )];
    let r = review(
        &Catalog::builtin(),
        &h,
        d(2026, 11, 26),
        &Settings::default(),
    );
    assert_eq!(r.weeks.len(), 1);
    assert_eq!(r.weeks[0].practice_days, 1);
    assert_eq!(r.weeks[0].counted_sessions(), 0);
    assert_eq!(r.streak, 0);
    assert!(r.trends.is_empty());
    assert_eq!(
        r.stances,
        [StanceTrend {
            stance: "feet-together".into(),
            points: vec![StancePoint {
                date: d(2026, 11, 25),
                support: "two-hands".into(),
                // Two steady holds at 10 s: the next hold is 15 s.
                hold_seconds: 15,
            }],
        }]
    );
}

#[test]
fn stances_follow_the_routines_order_and_leave_out_those_not_practised() {
    let mut h = history(vec![beginner(d(2026, 11, 24))]);
    h.practice = vec![
        practice_on(d(2026, 11, 20), vec![steady_hold("tandem", "one-hand", 10)]),
        practice_on(
            d(2026, 11, 25),
            vec![
                steady_hold("feet-together", "two-hands", 10),
                steady_hold("tandem", "one-hand", 10),
            ],
        ),
    ];
    let r = review(
        &Catalog::builtin(),
        &h,
        d(2026, 11, 26),
        &Settings::default(),
    );
    let ids: Vec<&str> = r.stances.iter().map(|s| s.stance.as_str()).collect();
    assert_eq!(ids, ["feet-together", "tandem"]);
    let tandem: Vec<NaiveDate> = r.stances[1].points.iter().map(|p| p.date).collect();
    assert_eq!(tandem, [d(2026, 11, 20), d(2026, 11, 25)]);
}
