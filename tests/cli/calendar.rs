//! Issue 23: the calendar's hard days, each by name, through the real binary: a Monday
//! (yesterday was last week), a Sunday at 23:59 and the Monday after, the last days of the
//! ISO year 2026 (it has 53 weeks: 2026-W53 is 28 December 2026 to 3 January 2027) and the
//! week after it, 29 February of a leap year, and the nights the clocks change in
//! Europe/Amsterdam (the live session over those nights is in tests/e2e_calendar.rs).
//! On each: the week's name and count, the rest day, "yesterday" and the report's period.

use serde_json::Value;

use crate::common::{At, Data};

/// Every command in English at `at` on the same data dir.
fn json(data: &Data, args: &[&str]) -> Value {
    let out = data.cmd().args(args).arg("--json").output().unwrap();
    assert!(
        out.status.success(),
        "{args:?} at {:?}: {}",
        data.at,
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON on stdout")
}

fn log(data: &Data, date: Option<&str>) {
    let mut cmd = data.cmd();
    cmd.arg("log");
    if let Some(date) = date {
        cmd.args(["--date", date]);
    }
    // Half the plan's sets or more: a whole session, not a short one.
    let out = cmd
        .args(["chair-squat:10,10", "wall-push-up:10,10"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "log at {:?}: {}",
        data.at,
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The days of the sessions in the history file, in its order.
fn logged_dates(data: &Data) -> Vec<String> {
    let file: Value = serde_json::from_slice(&data.history_bytes().unwrap()).unwrap();
    file["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["date"].as_str().unwrap().to_owned())
        .collect()
}

/// `plan --json`'s week: (name, first day, sessions).
fn plan_week(plan: &Value) -> (String, String, u64) {
    let week = &plan["week"];
    (
        week["week"].as_str().unwrap().to_owned(),
        week["start"].as_str().unwrap().to_owned(),
        week["sessions"].as_u64().unwrap(),
    )
}

/// `history --json`'s newest weeks: (name, first day, last day, sessions).
fn history_weeks(data: &Data, n: usize) -> Vec<(String, String, String, u64)> {
    let history = json(data, &["history", "--weeks", &n.to_string()]);
    history["weeks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            (
                w["week"].as_str().unwrap().to_owned(),
                w["start"].as_str().unwrap().to_owned(),
                w["end"].as_str().unwrap().to_owned(),
                w["sessions"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn week(name: &str, start: &str, end: &str, sessions: u64) -> (String, String, String, u64) {
    (name.into(), start.into(), end.into(), sessions)
}

/// The report's period line, from the page `report --weeks N --out -` prints.
fn report_period(data: &Data, weeks: u32) -> String {
    let out = data
        .cmd()
        .args(["report", "--weeks", &weeks.to_string(), "--out", "-"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page = String::from_utf8(out.stdout).unwrap();
    let at = page
        .find("class=\"period\">")
        .expect("a period on the page")
        + 15;
    page[at..page[at..].find('<').unwrap() + at].to_owned()
}

#[test]
fn on_a_monday_yesterday_is_last_week_and_still_a_rest_day() {
    let monday = Data::at(At("2026-12-07 10:00:00"));
    log(&monday, Some("2026-12-06"));
    let plan = json(&monday, &["plan"]);
    assert_eq!(plan["date"], "2026-12-07");
    assert_eq!(plan["status"], "rest", "{plan}");
    assert_eq!(plan["next_training_date"], "2026-12-08");
    assert!(
        plan["reason"].as_str().unwrap().contains("yesterday"),
        "{plan}"
    );
    // This week has none yet; last week has Sunday's.
    assert_eq!(
        plan_week(&plan),
        ("2026-W50".into(), "2026-12-07".into(), 0)
    );
    assert_eq!(
        history_weeks(&monday, 2),
        [
            week("2026-W50", "2026-12-07", "2026-12-13", 0),
            week("2026-W49", "2026-11-30", "2026-12-06", 1),
        ]
    );
    // Logged without a date, the session is today's: this week's first.
    log(&monday, None);
    let plan = json(&monday, &["plan"]);
    assert_eq!(plan["trained_today"], true, "{plan}");
    assert_eq!(plan_week(&plan).2, 1);
    assert_eq!(report_period(&monday, 2), "30 Nov 2026 – 13 Dec 2026");
}

#[test]
fn sunday_at_23_59_counts_in_its_week_and_the_monday_after_rests() {
    let sunday = Data::at(At("2027-01-03 23:59:00"));
    log(&sunday, None);
    let plan = json(&sunday, &["plan"]);
    assert_eq!(plan["date"], "2027-01-03");
    assert_eq!(plan["trained_today"], true, "{plan}");
    // Sunday 3 January 2027 ends the ISO year 2026's 53rd week.
    assert_eq!(
        plan_week(&plan),
        ("2026-W53".into(), "2026-12-28".into(), 1)
    );
    assert_eq!(logged_dates(&sunday), ["2027-01-03"]);

    let monday = sunday.later(At("2027-01-04 00:00:30"));
    let plan = json(&monday, &["plan"]);
    assert_eq!(plan["date"], "2027-01-04");
    assert_eq!(plan["status"], "rest", "{plan}");
    assert_eq!(plan["next_training_date"], "2027-01-05");
    assert_eq!(
        plan_week(&plan),
        ("2027-W01".into(), "2027-01-04".into(), 0)
    );
    assert_eq!(
        history_weeks(&monday, 2),
        [
            week("2027-W01", "2027-01-04", "2027-01-10", 0),
            week("2026-W53", "2026-12-28", "2027-01-03", 1),
        ]
    );
    assert_eq!(report_period(&monday, 2), "28 Dec 2026 – 10 Jan 2027");
}

#[test]
fn the_53rd_week_of_2026_runs_into_january_and_2027_starts_with_week_1() {
    // New Year's Day 2027 is a Friday of ISO year 2026, not a week of 2027.
    let new_year = Data::at(At("2027-01-01 09:00:00"));
    log(&new_year, Some("2026-12-22"));
    log(&new_year, Some("2026-12-28"));
    log(&new_year, Some("2026-12-31"));
    let plan = json(&new_year, &["plan"]);
    assert_eq!(plan["date"], "2027-01-01");
    // Thursday the 31st was yesterday.
    assert_eq!(plan["status"], "rest", "{plan}");
    assert_eq!(
        plan_week(&plan),
        ("2026-W53".into(), "2026-12-28".into(), 2)
    );
    assert_eq!(
        history_weeks(&new_year, 2),
        [
            week("2026-W53", "2026-12-28", "2027-01-03", 2),
            week("2026-W52", "2026-12-21", "2026-12-27", 1),
        ]
    );
    assert_eq!(report_period(&new_year, 1), "28 Dec 2026 – 3 Jan 2027");

    let week_one = new_year.later(At("2027-01-06 09:00:00"));
    log(&week_one, Some("2027-01-04"));
    let plan = json(&week_one, &["plan"]);
    assert_eq!(plan["status"], "train", "{plan}");
    assert_eq!(
        plan_week(&plan),
        ("2027-W01".into(), "2027-01-04".into(), 1)
    );
    assert_eq!(
        history_weeks(&week_one, 2),
        [
            week("2027-W01", "2027-01-04", "2027-01-10", 1),
            week("2026-W53", "2026-12-28", "2027-01-03", 2),
        ]
    );
}

#[test]
fn the_29th_of_february_is_a_day_like_the_others() {
    let leap_day = Data::at(At("2028-02-29 10:00:00"));
    log(&leap_day, Some("2028-02-28"));
    let plan = json(&leap_day, &["plan"]);
    assert_eq!(plan["date"], "2028-02-29");
    assert_eq!(plan["status"], "rest", "{plan}");
    assert_eq!(plan["next_training_date"], "2028-03-01");
    assert_eq!(
        plan_week(&plan),
        ("2028-W09".into(), "2028-02-28".into(), 1)
    );

    log(&leap_day, None);
    let march = leap_day.later(At("2028-03-01 08:00:00"));
    let plan = json(&march, &["plan"]);
    // Yesterday was the 29th.
    assert_eq!(plan["status"], "rest", "{plan}");
    assert_eq!(
        plan_week(&plan),
        ("2028-W09".into(), "2028-02-28".into(), 2)
    );
    let mut dates = logged_dates(&march);
    dates.sort();
    assert_eq!(dates, ["2028-02-28", "2028-02-29"]);
    assert_eq!(report_period(&march, 1), "28 Feb 2028 – 5 Mar 2028");
}

/// The nights the clocks change: a session logged at 01:50 counts on that Sunday, the
/// Monday after is a rest day in the next week.
#[test]
fn the_nights_the_clocks_change_keep_their_day_and_week() {
    for (night, week_name, monday, next_week) in [
        (
            At("2026-03-29 01:50:00"),
            "2026-W13",
            At("2026-03-30 01:50:00"),
            "2026-W14",
        ),
        (
            At("2026-10-25 01:50:00"),
            "2026-W43",
            At("2026-10-26 01:50:00"),
            "2026-W44",
        ),
    ] {
        let data = Data::at(night);
        log(&data, None);
        let plan = json(&data, &["plan"]);
        assert_eq!(plan["date"], night.day().to_string(), "{plan}");
        assert_eq!(plan["trained_today"], true, "{plan}");
        assert_eq!(plan_week(&plan).0, week_name);
        assert_eq!(plan_week(&plan).2, 1);
        let after = data.later(monday);
        let plan = json(&after, &["plan"]);
        assert_eq!(plan["status"], "rest", "{plan}");
        assert_eq!(plan_week(&plan).0, next_week);
        assert_eq!(plan_week(&plan).2, 0);
    }
}
