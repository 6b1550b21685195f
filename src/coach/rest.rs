//! The rest-day rule.
//!
//! From the program (`PROGRAM.md`, "Frequency, intensity, rest"): **rest day** *(coach
//! rule)*: every session loads the whole body, so there is no strength session on the
//! calendar day after a strength session. See [`today`]. The weekly count is in
//! [`crate::coach::week`] (re-exported here for the old paths).
//!
//! Everything works on local calendar dates ([`NaiveDate`]) that the caller passes in: this
//! module never reads the clock. Because a rest day is "the next calendar date", a
//! daylight-saving change (a 23- or 25-hour day) cannot shorten or lengthen it.
//!
//! Sessions dated after `today` can only come from a wrong clock (now or when they were
//! recorded). They never lock the user out: both rules ignore them, and [`today`] reports
//! them so the UI can say so.

use chrono::{Days, NaiveDate};
use serde::Serialize;

/// What today is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DayStatus {
    /// No session today or yesterday: a session is due (or at least allowed) today.
    Train,
    /// A session yesterday and none today: today is the rest day.
    Rest,
    /// A session is already recorded today.
    DoneToday,
}

/// The rest-day rule applied to one day. Built by [`today`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Today {
    /// The day this was computed for.
    pub date: NaiveDate,
    pub status: DayStatus,
    /// The first date a session is allowed: `date` for [`DayStatus::Train`], the day after
    /// for [`DayStatus::Rest`], two days after for [`DayStatus::DoneToday`].
    /// Never before `date`.
    pub next_training: NaiveDate,
    /// The latest session on or before `date`, if any.
    pub last_session: Option<NaiveDate>,
    /// Sessions dated after `date` (a wrong clock), sorted and without duplicates. They are
    /// ignored by the rule; the UI should mention them.
    pub future_sessions: Vec<NaiveDate>,
}

/// Applies the rest-day rule to `today`, given the dates of all recorded sessions (any
/// order, duplicates allowed).
///
/// - a session today → [`DayStatus::DoneToday`], next training the day after tomorrow;
/// - else a session yesterday → [`DayStatus::Rest`], next training tomorrow;
/// - else → [`DayStatus::Train`], next training today.
///
/// Sessions after `today` are ignored and listed in [`Today::future_sessions`].
///
/// ```
/// use chrono::NaiveDate;
/// use botsterk::coach::rest::{today, DayStatus};
///
/// let d = |day| NaiveDate::from_ymd_opt(2026, 11, day).unwrap();
/// let t = today(&[d(23)], d(24));
/// assert_eq!(t.status, DayStatus::Rest);
/// assert_eq!(t.next_training, d(25));
/// ```
#[must_use]
pub fn today(session_dates: &[NaiveDate], today: NaiveDate) -> Today {
    let past = |d: &&NaiveDate| **d <= today;
    let last_session = session_dates.iter().filter(past).max().copied();
    let trained_on = |day: NaiveDate| session_dates.contains(&day);

    let (status, days_to_next) = if trained_on(today) {
        (DayStatus::DoneToday, 2)
    } else if today.pred_opt().is_some_and(trained_on) {
        (DayStatus::Rest, 1)
    } else {
        (DayStatus::Train, 0)
    };

    let mut future_sessions: Vec<NaiveDate> = session_dates
        .iter()
        .copied()
        .filter(|d| *d > today)
        .collect();
    future_sessions.sort_unstable();
    future_sessions.dedup();

    Today {
        date: today,
        status,
        next_training: add_days(today, days_to_next),
        last_session,
        future_sessions,
    }
}

/// `date + n` days, saturating at the end of chrono's range instead of panicking.
pub(super) fn add_days(date: NaiveDate, n: u64) -> NaiveDate {
    date.checked_add_days(Days::new(n))
        .unwrap_or(NaiveDate::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coach::week::week_progress;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    // A reference week: Monday 2026-11-23 .. Sunday 2026-11-29 (2026-W48).
    fn nov(day: u32) -> NaiveDate {
        d(2026, 11, day)
    }
    const MON: u32 = 23;
    const WED: u32 = 25;
    const THU: u32 = 26;
    const FRI: u32 = 27;
    const SAT: u32 = 28;
    const SUN: u32 = 29;

    // ---- rest-day rule ----

    #[test]
    fn never_trained_means_train_today() {
        let t = today(&[], nov(FRI));
        assert_eq!(t.status, DayStatus::Train);
        assert_eq!(t.next_training, nov(FRI));
        assert_eq!(t.last_session, None);
        assert!(t.future_sessions.is_empty());
        assert_eq!(t.date, nov(FRI));
    }

    #[test]
    fn trained_yesterday_means_rest_until_tomorrow() {
        let t = today(&[nov(THU)], nov(FRI));
        assert_eq!(t.status, DayStatus::Rest);
        assert_eq!(t.next_training, nov(SAT));
        assert_eq!(t.last_session, Some(nov(THU)));
    }

    #[test]
    fn trained_today_means_done_and_next_the_day_after_tomorrow() {
        let t = today(&[nov(FRI)], nov(FRI));
        assert_eq!(t.status, DayStatus::DoneToday);
        assert_eq!(t.next_training, nov(SUN));
        assert_eq!(t.last_session, Some(nov(FRI)));
    }

    #[test]
    fn trained_yesterday_and_today_is_done_today() {
        let t = today(&[nov(THU), nov(FRI)], nov(FRI));
        assert_eq!(t.status, DayStatus::DoneToday);
        assert_eq!(t.next_training, nov(SUN));
    }

    #[test]
    fn trained_two_days_ago_means_train() {
        let t = today(&[nov(WED)], nov(FRI));
        assert_eq!(t.status, DayStatus::Train);
        assert_eq!(t.next_training, nov(FRI));
        assert_eq!(t.last_session, Some(nov(WED)));
    }

    #[test]
    fn order_and_duplicates_do_not_matter() {
        let t = today(
            &[nov(THU), nov(MON), nov(THU), nov(WED), nov(THU)],
            nov(FRI),
        );
        assert_eq!(t.status, DayStatus::Rest);
        assert_eq!(t.last_session, Some(nov(THU)));
        let t = today(&[nov(FRI), nov(FRI)], nov(FRI));
        assert_eq!(t.status, DayStatus::DoneToday);
    }

    #[test]
    fn future_sessions_are_ignored_and_reported() {
        // The clock was wrong when these were recorded: tomorrow (twice) and next year.
        let future = [nov(SAT), d(2027, 1, 5), nov(SAT)];
        let t = today(&future, nov(FRI));
        assert_eq!(t.status, DayStatus::Train);
        assert_eq!(t.next_training, nov(FRI));
        assert_eq!(t.last_session, None);
        assert_eq!(t.future_sessions, vec![nov(SAT), d(2027, 1, 5)]);

        let mut with_past = future.to_vec();
        with_past.push(nov(THU));
        let t = today(&with_past, nov(FRI));
        assert_eq!(t.status, DayStatus::Rest);
        assert_eq!(t.last_session, Some(nov(THU)));
        assert_eq!(t.future_sessions.len(), 2);
    }

    #[test]
    fn dst_change_weekend_is_just_dates() {
        // Europe leaves summer time in the night of Sat 24 to Sun 25 October 2026: Sunday
        // has 25 hours. The rule only looks at dates, so nothing shifts.
        let (sat, sun, mon) = (d(2026, 10, 24), d(2026, 10, 25), d(2026, 10, 26));
        let t = today(&[sat], sun);
        assert_eq!(t.status, DayStatus::Rest);
        assert_eq!(t.next_training, mon);
        assert_eq!(today(&[sat], mon).status, DayStatus::Train);
        let t = today(&[sun], sun);
        assert_eq!(t.status, DayStatus::DoneToday);
        assert_eq!(t.next_training, d(2026, 10, 27));
        // And the spring change, 28/29 March 2026 (a 23-hour Sunday).
        let t = today(&[d(2026, 3, 28)], d(2026, 3, 29));
        assert_eq!(t.status, DayStatus::Rest);
        assert_eq!(t.next_training, d(2026, 3, 30));
    }

    #[test]
    fn rest_rule_crosses_month_and_year_ends() {
        let t = today(&[d(2026, 12, 31)], d(2027, 1, 1));
        assert_eq!(t.status, DayStatus::Rest);
        assert_eq!(t.next_training, d(2027, 1, 2));
        let t = today(&[d(2028, 2, 28)], d(2028, 2, 28));
        assert_eq!(t.next_training, d(2028, 3, 1)); // 2028 is a leap year
    }

    #[test]
    fn extreme_dates_do_not_panic() {
        let t = today(&[NaiveDate::MAX], NaiveDate::MAX);
        assert_eq!(t.next_training, NaiveDate::MAX);
        let _ = week_progress(&[NaiveDate::MAX], NaiveDate::MAX, 3);
        let _ = week_progress(&[NaiveDate::MIN], NaiveDate::MIN, 3);
    }

    // ---- properties ----

    /// Dates within a few years around 2026, as day offsets.
    fn date_from(offset: i64) -> NaiveDate {
        d(2024, 1, 1) + chrono::Duration::days(offset)
    }

    proptest! {
        #[test]
        fn never_rest_two_or_more_days_after_the_last_session(
            offsets in proptest::collection::vec(0i64..200, 0..20),
            gap in 2i64..30,
        ) {
            let history: Vec<NaiveDate> = offsets.iter().map(|&o| date_from(o)).collect();
            let last = history.iter().max().copied().unwrap_or(date_from(0));
            let t = today(&history, last + chrono::Duration::days(gap));
            prop_assert_eq!(t.status, DayStatus::Train);
            prop_assert_ne!(t.status, DayStatus::Rest);
        }

        #[test]
        fn rest_only_the_day_after_a_session(
            offsets in proptest::collection::vec(0i64..60, 0..20),
            today_offset in 0i64..70,
        ) {
            let history: Vec<NaiveDate> = offsets.iter().map(|&o| date_from(o)).collect();
            let now = date_from(today_offset);
            let t = today(&history, now);
            if t.status == DayStatus::Rest {
                prop_assert_eq!(t.last_session, now.pred_opt());
            }
        }

        #[test]
        fn next_training_is_never_before_today(
            offsets in proptest::collection::vec(0i64..60, 0..20),
            today_offset in 0i64..70,
        ) {
            let history: Vec<NaiveDate> = offsets.iter().map(|&o| date_from(o)).collect();
            let now = date_from(today_offset);
            let t = today(&history, now);
            prop_assert!(t.next_training >= now);
            prop_assert!(t.next_training <= now + chrono::Duration::days(2));
            prop_assert!(t.last_session.is_none_or(|l| l <= now));
        }

        #[test]
        fn future_dates_change_nothing_but_the_report(
            offsets in proptest::collection::vec(0i64..60, 0..20),
            future in proptest::collection::vec(1i64..400, 0..10),
            today_offset in 0i64..70,
            target in 0u32..6,
        ) {
            let history: Vec<NaiveDate> = offsets.iter().map(|&o| date_from(o)).collect();
            let now = date_from(today_offset);
            let mut with_future = history.clone();
            with_future.extend(future.iter().map(|&f| now + chrono::Duration::days(f)));

            let plain = today(&history, now);
            let skewed = today(&with_future, now);
            prop_assert_eq!(plain.status, skewed.status);
            prop_assert_eq!(plain.next_training, skewed.next_training);
            prop_assert_eq!(plain.last_session, skewed.last_session);
            let mut expected: Vec<NaiveDate> = with_future.iter().copied().filter(|x| *x > now).collect();
            expected.sort_unstable();
            expected.dedup();
            prop_assert_eq!(skewed.future_sessions.len(), expected.len());
            prop_assert_eq!(&skewed.future_sessions, &expected);

            prop_assert_eq!(week_progress(&history, now, target), week_progress(&with_future, now, target));
        }

    }
}
