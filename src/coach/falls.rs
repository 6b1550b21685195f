//! The falls diary's rules (issue 30). A fall with an injury, or one the user did not get up
//! from alone, asks them to call their doctor (huisarts) today, and holds every strength
//! exercise where it is (nothing made harder) until they say they are all right
//! (`botsterk fall --all-right`). The monthly question "Fallen or nearly fallen since ...?"
//! is asked once a month.
//!
//! Pure: the history and `today` in, a decision out.

use chrono::{Datelike, NaiveDate};

use super::progression::{Next, PromptKind};
use crate::history::{FallCause, FallKind, FallPlace, FallRecord, History};

/// The falls that hold strength progression back on `today`: those on or before it that
/// need a doctor ([`FallRecord::needs_doctor`]) and that the user has not said they are
/// all right after. A fall dated after today (a wrong clock) counts too: a fall is never
/// ignored for its date.
#[must_use]
pub fn open_falls(history: &History) -> Vec<&FallRecord> {
    history
        .falls
        .iter()
        .filter(|f| f.needs_doctor() && f.all_right.is_none())
        .collect()
}

/// **The bound for the dose:** `true` while a fall holds strength progression back (see
/// [`open_falls`]): no strength exercise may get a higher target, more sets or a heavier
/// weight than it had, until the user says they are all right. Lighter or the same is fine.
#[must_use]
pub fn no_harder_after_fall(history: &History) -> bool {
    !open_falls(history).is_empty()
}

/// **The cap the dose applies** while [`no_harder_after_fall`]: today's target and weight at
/// most what was planned at the exercise's last session (`last`: its target and weight;
/// `None` for a first time, which is not made harder by anything before it), and no
/// question that would make it harder (a heavier weight, the advanced program).
#[must_use]
pub fn no_harder_than_last(mut next: Next, last: Option<(u32, Option<f64>)>) -> Next {
    if let Some((target, weight)) = last {
        next.target = next.target.min(target);
        if let (Some(now), Some(before)) = (next.weight_kg, weight) {
            next.weight_kg = Some(now.min(before));
        }
    }
    if next.prompt.as_ref().is_some_and(|p| {
        matches!(
            p.kind,
            PromptKind::IncreaseWeight | PromptKind::AdvanceProgram
        )
    }) {
        next.prompt = None;
    }
    next
}

/// [`no_harder_than_last`] applied to `next` from the exercise's `records` (its last one
/// planned); whether it changed anything (the reason then says so: `held_after_fall`).
pub fn cap(next: &mut Next, records: &[(NaiveDate, &crate::history::ExerciseRecord)]) -> bool {
    let last = records.last().map(|(_, r)| (r.target, r.weight_kg));
    let capped = no_harder_than_last(next.clone(), last);
    let changed = capped != *next;
    *next = capped;
    changed
}

/// The user says they are all right: every open fall gets `all_right = today`. Returns how
/// many falls were closed (0: nothing to change).
pub fn say_all_right(history: &mut History, today: NaiveDate) -> usize {
    let mut closed = 0;
    for fall in &mut history.falls {
        if fall.needs_doctor() && fall.all_right.is_none() {
            fall.all_right = Some(today);
            closed += 1;
        }
    }
    closed
}

/// The monthly falls question: asked on the first session of a month, once. `last_asked`
/// is the last day it was asked (or a fall was recorded, which answers it), `first_use`
/// the first day botsterk was used. Returns the day to ask "since" about, or `None` when it
/// was asked this month already (or botsterk was first used this month: nothing to ask
/// about yet). Never asked before, it asks about the last month at most: a history of
/// years from before the falls diary is no period anyone remembers falls over.
#[must_use]
pub fn monthly_question(
    today: NaiveDate,
    last_asked: Option<NaiveDate>,
    first_use: NaiveDate,
) -> Option<NaiveDate> {
    let month = |d: NaiveDate| (d.year(), d.month());
    let a_month_ago = today
        .checked_sub_months(chrono::Months::new(1))
        .unwrap_or(today);
    let since = last_asked.map_or(first_use.max(a_month_ago), |asked| asked.max(first_use));
    (month(since) < month(today)).then_some(since)
}

/// The falls and near falls of one month, with their circumstances counted: what the
/// report's table and the history's Tests & falls tab show per month.
#[derive(Debug, Clone, PartialEq)]
pub struct FallMonth<'a> {
    pub year: i32,
    pub month: u32,
    /// In the order of their dates.
    pub records: Vec<&'a FallRecord>,
}

impl FallMonth<'_> {
    /// Falls (or near falls) this month.
    #[must_use]
    pub fn count(&self, kind: FallKind) -> usize {
        self.records.iter().filter(|f| f.kind == kind).count()
    }

    /// Where they happened, each place with how often, most often first (then in the
    /// order of the form); those without a place left out.
    #[must_use]
    pub fn places(&self) -> Vec<(FallPlace, usize)> {
        counted(self.records.iter().filter_map(|f| f.place), |p| p as usize)
    }

    /// What happened, each with how often, most often first (then in the order of the
    /// form); those without an answer left out.
    #[must_use]
    pub fn causes(&self) -> Vec<(FallCause, usize)> {
        counted(self.records.iter().filter_map(|f| f.what), |c| c as usize)
    }
}

/// Each value with its count, most first; equal counts in the order of the form (`order`).
fn counted<T: Copy + PartialEq>(
    values: impl Iterator<Item = T>,
    order: impl Fn(T) -> usize,
) -> Vec<(T, usize)> {
    let mut out: Vec<(T, usize)> = Vec::new();
    for v in values {
        match out.iter_mut().find(|(seen, _)| *seen == v) {
            Some((_, n)) => *n += 1,
            None => out.push((v, 1)),
        }
    }
    out.sort_by_key(|(v, n)| (std::cmp::Reverse(*n), order(*v)));
    out
}

/// The months with falls or near falls on or before `up_to` (every one with `None`), newest
/// month first.
#[must_use]
pub fn by_month<'a>(
    falls: impl IntoIterator<Item = &'a FallRecord>,
    up_to: Option<NaiveDate>,
) -> Vec<FallMonth<'a>> {
    let mut months: std::collections::BTreeMap<(i32, u32), Vec<&'a FallRecord>> =
        std::collections::BTreeMap::new();
    for f in falls
        .into_iter()
        .filter(|f| up_to.is_none_or(|last| f.date <= last))
    {
        months
            .entry((f.date.year(), f.date.month()))
            .or_default()
            .push(f);
    }
    months
        .into_iter()
        .rev()
        .map(|((year, month), mut records)| {
            records.sort_by_key(|f| f.date);
            FallMonth {
                year,
                month,
                records,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::history::{FallKind, Injury};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn fall(injury: Option<Injury>, got_up_alone: Option<bool>) -> FallRecord {
        FallRecord {
            date: d(2026, 12, 1),
            kind: FallKind::Fall,
            part_of_day: None,
            place: None,
            what: None,
            injury,
            got_up_alone,
            minutes_on_floor: None,
            note: None,
            all_right: None,
            ..Default::default()
        }
    }

    #[test]
    fn an_injury_or_not_getting_up_alone_holds_progression_until_all_right() {
        let mut history = History::default();
        assert!(!no_harder_after_fall(&history));
        history.falls.push(fall(Some(Injury::None), Some(true)));
        assert!(!no_harder_after_fall(&history), "no injury, got up alone");
        history.falls.push(fall(Some(Injury::Bruise), Some(true)));
        assert!(no_harder_after_fall(&history), "a bruise");
        history.falls.push(fall(None, Some(false)));
        assert_eq!(open_falls(&history).len(), 2);
        assert_eq!(say_all_right(&mut history, d(2026, 12, 9)), 2);
        assert!(!no_harder_after_fall(&history));
        assert_eq!(history.falls[1].all_right, Some(d(2026, 12, 9)));
        assert_eq!(
            history.falls[0].all_right, None,
            "nothing to say all right to"
        );
        assert_eq!(say_all_right(&mut history, d(2026, 12, 10)), 0);
    }

    #[test]
    fn after_a_fall_nothing_is_made_harder_than_last_time() {
        use crate::coach::progression::{Prompt, PromptReason};
        let raise = Next {
            target: 12,
            weight_kg: Some(10.0),
            prompt: Some(Prompt {
                exercise: "goblet-squat".into(),
                kind: PromptKind::IncreaseWeight,
                from_kg: Some(8.0),
                to_kg: Some(10.0),
                reason: PromptReason::TopOfRangeReached,
                since: None,
            }),
            note: None,
        };
        let capped = no_harder_than_last(raise.clone(), Some((10, Some(8.0))));
        assert_eq!((capped.target, capped.weight_kg), (10, Some(8.0)));
        assert_eq!(capped.prompt, None, "no question to go heavier");
        // Easier stays easier; a first time is left as the dose gave it.
        let easier = no_harder_than_last(raise.clone(), Some((14, Some(12.0))));
        assert_eq!((easier.target, easier.weight_kg), (12, Some(10.0)));
        let first = no_harder_than_last(raise, None);
        assert_eq!((first.target, first.weight_kg), (12, Some(10.0)));
    }

    #[test]
    fn the_monthly_question_is_asked_once_a_month() {
        let first = d(2026, 10, 20);
        assert_eq!(
            monthly_question(d(2026, 10, 30), None, first),
            None,
            "first month"
        );
        assert_eq!(monthly_question(d(2026, 11, 2), None, first), Some(first));
        let asked = d(2026, 11, 2);
        assert_eq!(monthly_question(d(2026, 11, 30), Some(asked), first), None);
        assert_eq!(
            monthly_question(d(2026, 12, 1), Some(asked), first),
            Some(asked)
        );
        // Across a year's end.
        assert_eq!(
            monthly_question(d(2027, 1, 4), Some(d(2026, 12, 31)), first),
            Some(d(2026, 12, 31))
        );
        // Never asked, with years of history: about the last month, not since 2016.
        assert_eq!(
            monthly_question(d(2026, 12, 7), None, d(2016, 12, 7)),
            Some(d(2026, 11, 7))
        );
        // Asked long ago: since then, the whole time away.
        assert_eq!(
            monthly_question(d(2026, 12, 7), Some(d(2026, 3, 2)), d(2016, 12, 7)),
            Some(d(2026, 3, 2))
        );
    }

    proptest! {
        /// Any first use, any day after: never asked before, the question is about at most
        /// the last month, and never about days before botsterk was used.
        #[test]
        fn a_first_question_is_about_the_last_month_at_most(
            used in 0u64..5000,
            later in 0u64..5000,
        ) {
            let first = d(2012, 1, 1) + chrono::Days::new(used);
            let today = first + chrono::Days::new(later);
            if let Some(since) = monthly_question(today, None, first) {
                prop_assert!(since >= first);
                prop_assert!((today - since).num_days() <= 31, "{since} for {today}");
            }
        }

        /// Asked on days in order, each answer kept: at most once in any month.
        #[test]
        fn never_twice_in_a_month(steps in proptest::collection::vec(0u64..20, 1..80)) {
            let first = d(2026, 1, 1);
            let mut today = first;
            let mut asked: Option<NaiveDate> = None;
            let mut months = std::collections::BTreeSet::new();
            for step in steps {
                today = today + chrono::Days::new(step);
                if monthly_question(today, asked, first).is_some() {
                    prop_assert!(months.insert((today.year(), today.month())));
                    asked = Some(today);
                }
            }
        }
    }

    #[test]
    fn falls_are_counted_per_month_with_their_circumstances_newest_month_first() {
        use crate::history::{FallCause, FallKind, FallPlace, FallRecord};
        let fall = |m: u32, d: u32, kind, place, what| FallRecord {
            date: NaiveDate::from_ymd_opt(2026, m, d).unwrap(),
            kind,
            place,
            what,
            ..Default::default()
        };
        let falls = [
            fall(
                11,
                20,
                FallKind::NearFall,
                Some(FallPlace::Inside),
                Some(FallCause::Dizzy),
            ),
            fall(
                10,
                2,
                FallKind::Fall,
                Some(FallPlace::Bathroom),
                Some(FallCause::Slipped),
            ),
            fall(
                11,
                3,
                FallKind::Fall,
                Some(FallPlace::Stairs),
                Some(FallCause::Tripped),
            ),
            fall(11, 9, FallKind::Fall, Some(FallPlace::Stairs), None),
            fall(12, 1, FallKind::Fall, None, None),
        ];
        let months = super::by_month(&falls, NaiveDate::from_ymd_opt(2026, 11, 30));
        assert_eq!(
            months.iter().map(|m| (m.year, m.month)).collect::<Vec<_>>(),
            [(2026, 11), (2026, 10)],
            "newest first; December is after the day asked"
        );
        let nov = &months[0];
        assert_eq!(
            (nov.count(FallKind::Fall), nov.count(FallKind::NearFall)),
            (2, 1)
        );
        assert_eq!(nov.records[0].date.day(), 3, "in date order");
        assert_eq!(
            nov.places(),
            [(FallPlace::Stairs, 2), (FallPlace::Inside, 1)]
        );
        assert_eq!(
            nov.causes(),
            [(FallCause::Tripped, 1), (FallCause::Dizzy, 1)]
        );
    }
}
