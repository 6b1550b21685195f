//! Counts in words: "1 rep" and "2 reps", in each language.

use super::Texts;
use super::history::HistoryTexts;

impl Texts {
    /// The reps of a summary: "12, 12 reps", and "1 rep" for a single set of one.
    #[must_use]
    pub fn summary_reps(&self, reps: &str) -> String {
        let text = if reps == "1" {
            self.session.summary_rep_one
        } else {
            self.session.summary_reps
        };
        text(reps)
    }
}

impl HistoryTexts {
    /// "12 reps", "1 rep".
    #[must_use]
    pub fn reps_text(&self, n: u32) -> String {
        let text = if n == 1 { self.rep_one } else { self.reps };
        text(&n)
    }
}

impl HistoryTexts {
    /// A session's exercises beside its rows: "4 exercises", "1 exercise", or "3 of 4
    /// exercises" when some were skipped (the session lists them all).
    #[must_use]
    pub fn exercises_done(&self, done: usize, listed: usize) -> String {
        if done < listed {
            (self.week_exercises_of)(&done, &listed)
        } else if done == 1 {
            self.week_exercise_one.to_owned()
        } else {
            (self.week_exercises)(&done)
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lang::Lang;

    #[test]
    fn one_rep_is_singular() {
        let en = Lang::En.texts();
        let nl = Lang::Nl.texts();
        assert_eq!(en.history.reps_text(1), "1 rep");
        assert_eq!(en.history.reps_text(2), "2 reps");
        assert_eq!(nl.history.reps_text(1), "1 herhaling");
        assert_eq!(nl.history.reps_text(12), "12 herhalingen");
        assert_eq!(en.summary_reps("1"), "1 rep");
        assert_eq!(en.summary_reps("12, 12"), "12, 12 reps");
    }

    #[test]
    fn exercises_count_what_the_session_lists() {
        let r = Lang::En.texts().history;
        assert_eq!(r.exercises_done(4, 4), "4 exercises");
        assert_eq!(r.exercises_done(3, 4), "3 of 4 exercises");
        assert_eq!(r.exercises_done(1, 1), "1 exercise");
        assert_eq!(
            Lang::Nl.texts().history.exercises_done(3, 4),
            "3 van 4 oefeningen"
        );
    }

    #[test]
    fn dutch_weeks_are_said_as_week_n() {
        assert_eq!(Lang::Nl.texts().week_name("2026-W49"), "week 49");
        assert_eq!(Lang::Nl.texts().week_name("2027-W01"), "week 1");
        assert_eq!(Lang::En.texts().week_name("2026-W49"), "2026-W49");
    }
}
