//! When the next test day is due (every six weeks), and whether home offers it today.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::TestKind;
use crate::history::History;

/// A test day every six weeks: long enough for training to show, short enough to keep
/// the user's interest (falls programmes test every 6-12 weeks).
pub const TEST_DAY_EVERY_DAYS: u64 = 42;

/// The test day as `plan --json` gives it (`test_day {due, last, kinds}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TestDay {
    /// The first day the next test day is due: six weeks after the last one, or today
    /// when there has been none (a first measure to compare with).
    pub due: NaiveDate,
    /// The last day with a test result on or before today, if any.
    pub last: Option<NaiveDate>,
    /// The tests of a test day, in order (ids): TUG and grip are optional.
    pub kinds: Vec<&'static str>,
}

/// The test day for `today`. Results dated after today (a wrong clock) are left out.
#[must_use]
pub fn test_day(history: &History, today: NaiveDate) -> TestDay {
    let last = history
        .tests
        .iter()
        .map(|t| t.date)
        .filter(|d| *d <= today)
        .max();
    let due = last
        .and_then(|d| d.checked_add_days(Days::new(TEST_DAY_EVERY_DAYS)))
        .unwrap_or(today);
    TestDay {
        due,
        last,
        kinds: TestKind::ALL.into_iter().map(TestKind::id).collect(),
    }
}

impl TestDay {
    /// Whether a test day is due on `today`.
    #[must_use]
    pub fn is_due(&self, today: NaiveDate) -> bool {
        today >= self.due
    }
}

/// Whether home offers the tests today: due, not a strength day (`strength_day`: a session
/// done today, or one the plan calls for), and not offered before in this due period
/// (`offered`: the day it was first offered in this period; it stays offered that day).
/// On demand (`t`), the tests are always there.
#[must_use]
pub fn offer(
    day: &TestDay,
    today: NaiveDate,
    strength_day: bool,
    offered: Option<NaiveDate>,
) -> bool {
    day.is_due(today) && !strength_day && offered.is_none_or(|o| o < day.due || o >= today)
}
