//! The report reviews only the weeks it shows (`review_period`, issue 28); `history --json`
//! and the screens review them all (`review`). For any history a file can hold, any day and
//! any number of weeks, the two give the same weeks and the same trends, so the report and
//! `history --json` keep saying the same of the same period.

use botsterk::catalog::Catalog;
use botsterk::coach::review::{WeekReview, period, review, review_period};
use botsterk::history::History;
use botsterk::profile::Settings;
use chrono::{Days, NaiveDate};
use proptest::prelude::*;

mod common;
use common::any_history::history;

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn the_weeks_of_a_period_are_reviewed_as_the_whole_history_reviews_them(
        file in history(),
        day in 0u64..=60,
        weeks in 1u32..=600,
        weekly_target in 2u32..=4,
        left_out in proptest::option::of(proptest::sample::select(
            &["stomp", "goblet-squat", "wall-push-up"][..],
        )),
    ) {
        let history: History = serde_json::from_value(file).unwrap();
        // Around the days the arbitrary history is dated near (20 December 2026).
        let today = NaiveDate::from_ymd_opt(2026, 11, 1).unwrap() + Days::new(day);
        let settings = Settings {
            weekly_target,
            left_out: left_out.map(str::to_owned).into_iter().collect(),
            ..Settings::default()
        };
        let catalog = Catalog::builtin();
        let whole = review(&catalog, &history, today, &settings);
        let part = review_period(&catalog, &history, today, &settings, weeks);
        let expected: Vec<WeekReview> = whole.in_period(today, weeks).cloned().collect();
        prop_assert_eq!(&part.weeks, &expected);
        prop_assert_eq!(&part.trends, &whole.trends);
        prop_assert_eq!((part.first, part.last), period(today, weeks));
    }
}
