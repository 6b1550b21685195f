//! The week's warnings in words, for home and the text `plan` alike: both must say the
//! same (train today or tomorrow to reach the minimum; sessions dated after today).

use chrono::NaiveDate;

use super::Texts;
use crate::coach::week::WeekWarning;

impl Texts {
    /// The warning late in the week: which day to train to reach the minimum, or that it
    /// is out of reach.
    #[must_use]
    pub fn week_warning(&self, warning: WeekWarning, today: NaiveDate) -> String {
        match warning {
            WeekWarning::TrainOnOrDayAfter {
                earliest, latest, ..
            } => (self.home.week_warn_either)(&self.day(earliest, today), &self.day(latest, today)),
            WeekWarning::TrainOn { date, .. } => (self.home.week_warn_on)(&self.day(date, today)),
            WeekWarning::MinimumOutOfReach { .. } => self.home.week_out_of_reach.to_owned(),
        }
    }

    /// The ISO week label ("2026-W49") as the screens say it: "week 49" in Dutch. JSON and
    /// CSV keep the label.
    #[must_use]
    pub fn week_name(&self, label: &str) -> String {
        let number = label
            .rsplit_once("-W")
            .and_then(|(_, n)| n.parse::<u32>().ok());
        match number {
            Some(n) if !self.home.week_word.is_empty() => format!("{} {n}", self.home.week_word),
            _ => label.to_owned(),
        }
    }

    /// "2 sessions dated after today are left out", with "1 session ... is" for one.
    #[must_use]
    pub fn future_sessions(&self, count: usize) -> String {
        let text = if count == 1 {
            self.home.home_future_session_one
        } else {
            self.home.home_future_sessions
        };
        text(&count)
    }
}
