//! The weekly count: at least [`WEEKLY_MINIMUM`] strength sessions a week; the user picks a
//! target of 2, 3 or 4. Weeks are ISO weeks, Monday to Sunday. See [`week_progress`].
//!
//! Like the rest-day rule ([`crate::coach::rest`]), it works on local calendar dates the
//! caller passes in, and sessions dated after `today` (a wrong clock) never count.

use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;

use super::rest::{self, add_days};
/// The weekly bounds, defined with the profile (which clamps its target to them).
use crate::profile::{WEEKLY_MAXIMUM, WEEKLY_MINIMUM};

/// A late-week warning about the weekly minimum. See [`week_progress`] for the rule.
///
/// The dates say when the user must start; the UI can compare them with today to word it
/// ("train today", "train today or tomorrow", "train tomorrow", ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum WeekWarning {
    /// The minimum can still be reached this week, but only if the next session is on
    /// `earliest` (the first day the rest rule allows) or the day after, `latest`.
    TrainOnOrDayAfter {
        sessions_needed: u32,
        earliest: NaiveDate,
        latest: NaiveDate,
    },
    /// The minimum can still be reached this week only if the next session is on `date`
    /// (the first day the rest rule allows): no slack at all.
    TrainOn {
        sessions_needed: u32,
        date: NaiveDate,
    },
    /// The minimum cannot be reached any more this week.
    MinimumOutOfReach { sessions_needed: u32 },
}

impl WeekWarning {
    /// How many more sessions the minimum needs this week.
    #[must_use]
    pub fn sessions_needed(&self) -> u32 {
        match *self {
            Self::TrainOnOrDayAfter {
                sessions_needed, ..
            }
            | Self::TrainOn {
                sessions_needed, ..
            }
            | Self::MinimumOutOfReach { sessions_needed } => sessions_needed,
        }
    }
}

/// This week's count against the target. Built by [`week_progress`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WeekProgress {
    /// The ISO week, e.g. "2026-W48" (see [`iso_week_label`]).
    pub week_label: String,
    /// The Monday of the week.
    pub start: NaiveDate,
    /// Distinct days with a session from Monday up to and including today.
    pub sessions: u32,
    /// The user's weekly target, clamped to `WEEKLY_MINIMUM..=WEEKLY_MAXIMUM`.
    pub target: u32,
    /// Set when the minimum (not the target) is in danger this week.
    pub warning: Option<WeekWarning>,
}

impl WeekProgress {
    /// The Sunday of the week.
    #[must_use]
    pub fn end(&self) -> NaiveDate {
        add_days(self.start, 6)
    }

    /// Whether the weekly target has been reached.
    #[must_use]
    pub fn target_met(&self) -> bool {
        self.sessions >= self.target
    }

    /// Whether the weekly minimum has been reached.
    #[must_use]
    pub fn minimum_met(&self) -> bool {
        self.sessions >= WEEKLY_MINIMUM
    }
}

/// Counts this week's sessions and warns when the weekly minimum is in danger.
///
/// **Counting.** The week is the ISO week (Monday to Sunday) that contains `today`. A
/// session counts if it is dated from that Monday up to and including `today`; sessions
/// after `today` (a wrong clock) do not count. Several sessions on one day count once: the
/// rest-day rule makes a second session that day worth no more than one. `target` is
/// clamped to 2..=4.
///
/// **Warning.** Let `needed` = [`WEEKLY_MINIMUM`] − sessions. The first possible day `f` is
/// [`rest::Today::next_training`] (today when the status is Train, else tomorrow or the day after).
/// With the rest-day rule, `needed` sessions starting on day `d` take days `d, d+2, d+4, …`,
/// so the last one falls on `d + 2·(needed−1)`. The *slack* is the number of days between
/// that last day, starting from `f`, and Sunday. Then:
///
/// - `needed == 0` (minimum met) → no warning;
/// - slack < 0 → [`WeekWarning::MinimumOutOfReach`];
/// - slack == 0 → [`WeekWarning::TrainOn`] `f`;
/// - slack == 1 → [`WeekWarning::TrainOnOrDayAfter`] `f` or `f+1`;
/// - slack ≥ 2 → no warning (there is still room to move a day).
///
/// Example: on Thursday with no session yet this week, two sessions fit on Thursday and
/// Saturday (or Friday and Sunday): slack 1, so "train Thursday or Friday". On Friday it is
/// Friday and Sunday only: "train Friday". On Saturday it is out of reach. With one session
/// on Wednesday, Friday has slack 2 (Friday, Saturday or Sunday all work): no warning.
///
/// ```
/// use chrono::NaiveDate;
/// use botsterk::coach::week::{week_progress, WeekWarning};
///
/// let d = |day| NaiveDate::from_ymd_opt(2026, 11, day).unwrap(); // 2026-11-26 is a Thursday
/// let w = week_progress(&[], d(26), 3);
/// assert_eq!(w.week_label, "2026-W48");
/// assert_eq!(
///     w.warning,
///     Some(WeekWarning::TrainOnOrDayAfter { sessions_needed: 2, earliest: d(26), latest: d(27) })
/// );
/// ```
#[must_use]
pub fn week_progress(session_dates: &[NaiveDate], today: NaiveDate, target: u32) -> WeekProgress {
    let start = week_start(today);
    let end = add_days(start, 6);

    let mut days: Vec<NaiveDate> = session_dates
        .iter()
        .copied()
        .filter(|d| (start..=today).contains(d))
        .collect();
    days.sort_unstable();
    days.dedup();
    // At most 7 distinct days, so this cannot truncate.
    let sessions = u32::try_from(days.len()).unwrap_or(u32::MAX);

    let needed = WEEKLY_MINIMUM.saturating_sub(sessions);
    let warning = if needed == 0 {
        None
    } else {
        let first = rest::today(session_dates, today).next_training;
        // Signed arithmetic in days; both terms are small.
        let last = (first - end).num_days() + 2 * i64::from(needed - 1);
        match -last {
            s if s < 0 => Some(WeekWarning::MinimumOutOfReach {
                sessions_needed: needed,
            }),
            0 => Some(WeekWarning::TrainOn {
                sessions_needed: needed,
                date: first,
            }),
            1 => Some(WeekWarning::TrainOnOrDayAfter {
                sessions_needed: needed,
                earliest: first,
                latest: add_days(first, 1),
            }),
            _ => None,
        }
    };

    WeekProgress {
        week_label: iso_week_label(today),
        start,
        sessions,
        target: target.clamp(WEEKLY_MINIMUM, WEEKLY_MAXIMUM),
        warning,
    }
}

/// The ISO week of `date` as "YYYY-Www", e.g. "2026-W48": the ISO week-numbering year
/// (which differs from the calendar year around New Year) and a two-digit week.
///
/// 2024-12-30 is in "2025-W01"; 2026-12-31 and 2027-01-01 are both in "2026-W53".
#[must_use]
pub fn iso_week_label(date: NaiveDate) -> String {
    let week = date.iso_week();
    format!("{}-W{:02}", week.year(), week.week())
}

/// The Monday of the ISO week containing `date`.
#[must_use]
pub fn week_start(date: NaiveDate) -> NaiveDate {
    let back = u64::from(date.weekday().num_days_from_monday());
    date.checked_sub_days(Days::new(back))
        .unwrap_or(NaiveDate::MIN)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coach::rest::DayStatus;
    use chrono::Weekday;
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

    #[test]
    fn reference_week_is_what_the_tests_assume() {
        assert_eq!(nov(MON).weekday(), Weekday::Mon);
        assert_eq!(nov(SUN).weekday(), Weekday::Sun);
        assert_eq!(iso_week_label(nov(MON)), "2026-W48");
    }

    // ---- ISO week label ----

    #[test]
    fn iso_week_labels_at_year_ends() {
        assert_eq!(iso_week_label(d(2026, 11, 26)), "2026-W48");
        assert_eq!(iso_week_label(d(2026, 1, 5)), "2026-W02");
        assert_eq!(iso_week_label(d(2026, 12, 31)), "2026-W53");
        assert_eq!(iso_week_label(d(2027, 1, 1)), "2026-W53");
        assert_eq!(iso_week_label(d(2027, 1, 3)), "2026-W53");
        assert_eq!(iso_week_label(d(2027, 1, 4)), "2027-W01");
        assert_eq!(iso_week_label(d(2024, 12, 30)), "2025-W01");
        assert_eq!(iso_week_label(d(2020, 12, 31)), "2020-W53");
        assert_eq!(iso_week_label(d(2021, 1, 3)), "2020-W53");
        assert_eq!(iso_week_label(d(2021, 1, 4)), "2021-W01");
    }

    // ---- weekly count ----

    #[test]
    fn week_counts_distinct_days_monday_to_today() {
        let sessions = [
            nov(MON),
            nov(MON), // same day twice: counts once
            nov(WED),
            d(2026, 11, 22), // Sunday of the week before
            nov(SAT),        // after today: not counted
        ];
        let w = week_progress(&sessions, nov(FRI), 3);
        assert_eq!(w.week_label, "2026-W48");
        assert_eq!(w.start, nov(MON));
        assert_eq!(w.end(), nov(SUN));
        assert_eq!(w.sessions, 2);
        assert_eq!(w.target, 3);
        assert!(w.minimum_met());
        assert!(!w.target_met());
        assert_eq!(w.warning, None);
    }

    #[test]
    fn target_is_clamped_to_two_to_four() {
        assert_eq!(week_progress(&[], nov(MON), 0).target, 2);
        assert_eq!(week_progress(&[], nov(MON), 2).target, 2);
        assert_eq!(week_progress(&[], nov(MON), 4).target, 4);
        assert_eq!(week_progress(&[], nov(MON), 9).target, 4);
    }

    #[test]
    fn week_53_of_2026_spans_the_new_year() {
        // 2026-W53 runs Monday 2026-12-28 to Sunday 2027-01-03.
        let sessions = [
            d(2026, 12, 27),
            d(2026, 12, 29),
            d(2026, 12, 31),
            d(2027, 1, 2),
        ];
        let w = week_progress(&sessions, d(2027, 1, 2), 4);
        assert_eq!(w.week_label, "2026-W53");
        assert_eq!(w.start, d(2026, 12, 28));
        assert_eq!(w.sessions, 3);
        let w = week_progress(&sessions, d(2027, 1, 4), 4);
        assert_eq!(w.week_label, "2027-W01");
        assert_eq!(w.sessions, 0);
    }

    #[test]
    fn week_53_of_2020() {
        // 2020-W53 runs Monday 2020-12-28 to Sunday 2021-01-03.
        let sessions = [d(2020, 12, 28), d(2021, 1, 1), d(2021, 1, 3), d(2021, 1, 4)];
        let w = week_progress(&sessions, d(2021, 1, 3), 3);
        assert_eq!(w.week_label, "2020-W53");
        assert_eq!(w.start, d(2020, 12, 28));
        assert_eq!(w.sessions, 3);
        assert_eq!(w.warning, None);
    }

    #[test]
    fn week_at_the_2024_2025_boundary() {
        let w = week_progress(&[d(2024, 12, 30), d(2025, 1, 1)], d(2025, 1, 1), 2);
        assert_eq!(w.week_label, "2025-W01");
        assert_eq!(w.start, d(2024, 12, 30));
        assert_eq!(w.sessions, 2);
    }

    // ---- week warnings ----

    fn warn(sessions: &[u32], today_day: u32) -> Option<WeekWarning> {
        let dates: Vec<NaiveDate> = sessions.iter().map(|&x| nov(x)).collect();
        week_progress(&dates, nov(today_day), 3).warning
    }

    fn train_on(needed: u32, day: u32) -> Option<WeekWarning> {
        Some(WeekWarning::TrainOn {
            sessions_needed: needed,
            date: nov(day),
        })
    }

    fn train_on_or_next(needed: u32, day: u32) -> Option<WeekWarning> {
        Some(WeekWarning::TrainOnOrDayAfter {
            sessions_needed: needed,
            earliest: nov(day),
            latest: nov(day + 1),
        })
    }

    fn out_of_reach(needed: u32) -> Option<WeekWarning> {
        Some(WeekWarning::MinimumOutOfReach {
            sessions_needed: needed,
        })
    }

    #[test]
    fn early_in_the_week_there_is_no_warning() {
        assert_eq!(warn(&[], MON), None);
        assert_eq!(warn(&[], WED), None); // Wed, Fri or Thu, Sat or ...: slack 2
        assert_eq!(warn(&[MON], WED), None);
    }

    #[test]
    fn thursday_with_no_session() {
        assert_eq!(warn(&[], THU), train_on_or_next(2, THU));
    }

    #[test]
    fn friday_warnings() {
        // 0 sessions: only Friday + Sunday works.
        assert_eq!(warn(&[], FRI), train_on(2, FRI));
        // 1 session on Wednesday: Friday, Saturday or Sunday: slack 2.
        assert_eq!(warn(&[WED], FRI), None);
        // 1 session on Thursday: rest today, Saturday or Sunday.
        assert_eq!(warn(&[THU], FRI), train_on_or_next(1, SAT));
        // 1 session today: Sunday only.
        assert_eq!(warn(&[FRI], FRI), train_on(1, SUN));
        // Minimum met.
        assert_eq!(warn(&[MON, WED], FRI), None);
    }

    #[test]
    fn saturday_warnings() {
        // 0 sessions: Saturday + Monday is next week.
        assert_eq!(warn(&[], SAT), out_of_reach(2));
        // 1 session on Wednesday: Saturday or Sunday.
        assert_eq!(warn(&[WED], SAT), train_on_or_next(1, SAT));
        // 1 session on Friday: rest today, Sunday only.
        assert_eq!(warn(&[FRI], SAT), train_on(1, SUN));
        // 1 session today: next allowed is Monday.
        assert_eq!(warn(&[SAT], SAT), out_of_reach(1));
        assert_eq!(warn(&[THU, SAT], SAT), None);
    }

    #[test]
    fn sunday_warnings() {
        assert_eq!(warn(&[], SUN), out_of_reach(2));
        assert_eq!(warn(&[FRI], SUN), train_on(1, SUN));
        assert_eq!(warn(&[SAT], SUN), out_of_reach(1));
        assert_eq!(warn(&[SUN], SUN), out_of_reach(1));
        assert_eq!(warn(&[WED, SUN], SUN), None);
    }

    #[test]
    fn future_sessions_do_not_count_for_the_week() {
        // "Saturday" and "Sunday" were recorded with a clock running ahead.
        let w = week_progress(&[nov(SAT), nov(SUN)], nov(FRI), 2);
        assert_eq!(w.sessions, 0);
        assert_eq!(w.warning, train_on(2, FRI));
    }

    #[test]
    fn warning_serializes_with_a_kind_tag() {
        let json = serde_json::to_string(&train_on(2, FRI).unwrap()).unwrap();
        assert_eq!(
            json,
            r#"{"kind":"train_on","sessions_needed":2,"date":"2026-11-27"}"#
        );
        assert_eq!(
            serde_json::to_string(&DayStatus::DoneToday).unwrap(),
            r#""done_today""#
        );
    }

    // ---- properties ----

    /// Dates within a few years around 2026, as day offsets.
    fn date_from(offset: i64) -> NaiveDate {
        d(2024, 1, 1) + chrono::Duration::days(offset)
    }

    /// A brute-force oracle for the warning: try every set of new session days from today
    /// to Sunday that keeps the rest-day rule, and see which reach the minimum.
    fn oracle_warning(history: &[NaiveDate], today_date: NaiveDate) -> Option<WeekWarning> {
        let start = week_start(today_date);
        let end = start + chrono::Duration::days(6);
        let past: Vec<NaiveDate> = history
            .iter()
            .copied()
            .filter(|x| *x <= today_date)
            .collect();
        let counted = |set: &[NaiveDate]| {
            let mut days: Vec<NaiveDate> = past
                .iter()
                .chain(set)
                .copied()
                .filter(|x| *x >= start && *x <= end)
                .collect();
            days.sort_unstable();
            days.dedup();
            days.len()
        };
        let have = counted(&[]);
        let needed = (WEEKLY_MINIMUM as usize).saturating_sub(have);
        if needed == 0 {
            return None;
        }
        let candidates: Vec<NaiveDate> = today_date
            .iter_days()
            .take_while(|x| *x <= end)
            .filter(|x| !past.contains(x))
            .collect();
        let mut first_allowed: Option<NaiveDate> = None;
        let mut latest_start: Option<NaiveDate> = None;
        for mask in 1u32..(1 << candidates.len()) {
            let set: Vec<NaiveDate> = candidates
                .iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, x)| *x)
                .collect();
            let all: Vec<NaiveDate> = past.iter().chain(&set).copied().collect();
            let valid = set.iter().all(|x| !all.contains(&x.pred_opt().unwrap()));
            if !valid {
                continue;
            }
            let first = set[0];
            if set.len() == 1 {
                first_allowed = Some(first_allowed.map_or(first, |f| f.min(first)));
            }
            if counted(&set) >= WEEKLY_MINIMUM as usize {
                latest_start = Some(latest_start.map_or(first, |l| l.max(first)));
            }
        }
        let needed = u32::try_from(needed).unwrap();
        match (first_allowed, latest_start) {
            (_, None) => Some(WeekWarning::MinimumOutOfReach {
                sessions_needed: needed,
            }),
            (Some(f), Some(l)) if l == f => Some(WeekWarning::TrainOn {
                sessions_needed: needed,
                date: f,
            }),
            (Some(f), Some(l)) if l == f.succ_opt().unwrap() => {
                Some(WeekWarning::TrainOnOrDayAfter {
                    sessions_needed: needed,
                    earliest: f,
                    latest: l,
                })
            }
            _ => None,
        }
    }

    proptest! {
        #[test]
        fn week_warning_matches_brute_force(
            offsets in proptest::collection::vec(0i64..40, 0..8),
            today_offset in 0i64..45,
        ) {
            let history: Vec<NaiveDate> = offsets.iter().map(|&o| date_from(o)).collect();
            let now = date_from(today_offset);
            let w = week_progress(&history, now, 3);
            prop_assert_eq!(w.warning, oracle_warning(&history, now));
            prop_assert_eq!(w.start.weekday(), Weekday::Mon);
            prop_assert!(w.start <= now && now <= w.end());
            prop_assert_eq!(w.week_label, iso_week_label(w.start));
            prop_assert!(w.sessions <= 7);
        }
    }
}
