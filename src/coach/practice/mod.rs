//! Balance and posture practice: the balance ladder, and what today's practice holds.
//!
//! The ladder (docs/program.md, "Balance and posture"): each stance starts with two hands on
//! the counter and a 10 s hold. Two steady holds in a row at the target add 5 s, up to 30 s;
//! two more at 30 s move to the next support level (less to hold on to) at 10 s; after the
//! last level the next stance opens. "Had to hold on" twice at one level goes one level
//! back. Practice never makes a rest day and never counts as a strength session: nothing
//! here is read by the strength rules, and they read nothing of it.

use chrono::{Datelike, IsoWeek, NaiveDate};
use serde::Serialize;

use super::week::week_start;
use crate::history::{BalanceHold, History, PracticeRecord, Steadiness};
use crate::profile::BoneStatus;
use crate::routines::{HoldLadder, Routines, Stance, balance_item_id};

/// Where one stance stands on its ladder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StanceProgress {
    pub stance: String,
    /// The support level now (an id of `assets/practice.json`).
    pub support: String,
    /// The hold asked for now, in seconds.
    pub hold_seconds: u32,
    /// Steady holds at the target in a row, at this level and hold.
    steady_in_a_row: u32,
    /// "Had to hold on" answers at this level.
    held_on: u32,
    /// The last level held steady twice at the top hold: the next stance is open.
    pub mastered: bool,
}

impl StanceProgress {
    /// A stance not practised yet: the first support level, the first hold.
    #[must_use]
    pub fn start(routines: &Routines, stance: &Stance) -> Self {
        let first = routines
            .supports_for(stance)
            .next()
            .map_or_else(String::new, |s| s.id.clone());
        Self {
            stance: stance.id.clone(),
            support: first,
            hold_seconds: routines.ladder.first_seconds,
            steady_in_a_row: 0,
            held_on: 0,
            mastered: false,
        }
    }

    /// The ladder after one hold at this level, held `seconds` and rated `rating`.
    #[must_use]
    pub fn after_hold(&self, routines: &Routines, rating: Steadiness, seconds: u32) -> Self {
        let Some(stance) = routines.stance(&self.stance) else {
            return self.clone();
        };
        let levels: Vec<String> = routines
            .supports_for(stance)
            .map(|s| s.id.clone())
            .collect();
        self.climb(&levels, routines.ladder, rating, seconds)
    }

    /// [`Self::after_hold`] with the stance's support levels (most support first) and the
    /// ladder's numbers given: what the live session needs, without the routines.
    #[must_use]
    pub fn climb(
        &self,
        levels: &[String],
        ladder: HoldLadder,
        rating: Steadiness,
        seconds: u32,
    ) -> Self {
        let mut next = self.clone();
        next.step(levels, ladder, rating, seconds);
        next
    }

    /// [`Self::climb`] in place: what reading every hold of a history does, without a copy
    /// of the ladder for each.
    fn step<S: AsRef<str>>(
        &mut self,
        levels: &[S],
        ladder: HoldLadder,
        rating: Steadiness,
        seconds: u32,
    ) {
        let at = levels
            .iter()
            .position(|id| id.as_ref() == self.support)
            .unwrap_or(0);
        match rating {
            Steadiness::Steady if seconds >= self.hold_seconds => {
                self.steady_in_a_row += 1;
                if self.steady_in_a_row < 2 {
                    return;
                }
                self.steady_in_a_row = 0;
                self.held_on = 0;
                if self.hold_seconds < ladder.top_seconds {
                    self.hold_seconds =
                        (self.hold_seconds + ladder.step_seconds).min(ladder.top_seconds);
                } else if let Some(harder) = levels.get(at + 1) {
                    harder.as_ref().clone_into(&mut self.support);
                    self.hold_seconds = ladder.first_seconds;
                } else {
                    self.mastered = true;
                }
            }
            // Steady but short of the target (ended early) is not yet a step up.
            Steadiness::Steady | Steadiness::Wobbly => self.steady_in_a_row = 0,
            Steadiness::HeldOn => {
                self.steady_in_a_row = 0;
                self.held_on += 1;
                if self.held_on >= 2 {
                    self.held_on = 0;
                    self.mastered = false;
                    if at > 0 {
                        levels[at - 1].as_ref().clone_into(&mut self.support);
                    }
                }
            }
        }
    }

    /// [`Self::after`] in place, with the stance's levels looked up once by the caller.
    fn record<S: AsRef<str>>(&mut self, levels: &[S], ladder: HoldLadder, hold: &BalanceHold) {
        if let Some(rating) = hold.rating
            && hold.stance == self.stance
            && hold.support == self.support
        {
            self.step(levels, ladder, rating, hold.seconds);
        }
    }

    /// The ladder after a recorded hold: holds at another level than this one (an easier
    /// one chosen because no counter was within reach) or without an answer move nothing.
    #[must_use]
    pub fn after(&self, routines: &Routines, hold: &BalanceHold) -> Self {
        match hold.rating {
            Some(rating) if hold.stance == self.stance && hold.support == self.support => {
                self.after_hold(routines, rating, hold.seconds)
            }
            _ => self.clone(),
        }
    }
}

/// Every practice in the order done (by start; the file keeps them in that order already,
/// but a logged one may come later for an earlier day).
fn in_order(history: &History) -> Vec<&PracticeRecord> {
    let mut all: Vec<&PracticeRecord> = history.practice.iter().collect();
    all.sort_by_key(|p| p.started_at);
    all
}

/// The support levels of `stance`, most support first.
fn levels<'r>(routines: &'r Routines, stance: &'r Stance) -> Vec<&'r str> {
    routines
        .supports_for(stance)
        .map(|s| s.id.as_str())
        .collect()
}

/// Every stance's place on its ladder after all the holds in the history.
#[must_use]
pub fn ladder(routines: &Routines, history: &History) -> Vec<StanceProgress> {
    let mut progress: Vec<(StanceProgress, Vec<&str>)> = routines
        .stances
        .iter()
        .map(|s| (StanceProgress::start(routines, s), levels(routines, s)))
        .collect();
    for practice in in_order(history) {
        for hold in &practice.balance {
            if let Some((p, levels)) = progress.iter_mut().find(|(p, _)| p.stance == hold.stance) {
                p.record(levels, routines.ladder, hold);
            }
        }
    }
    progress.into_iter().map(|(p, _)| p).collect()
}

/// The stances to practise now: those of the first rank not mastered (the one-leg stance
/// has two, a side each); when all are mastered, the hardest, to keep it.
#[must_use]
pub fn current_stances(routines: &Routines, ladder: &[StanceProgress]) -> Vec<StanceProgress> {
    let rank_of = |p: &StanceProgress| routines.stance(&p.stance).map_or(0, |s| s.rank);
    let rank = ladder
        .iter()
        .filter(|p| !p.mastered)
        .map(rank_of)
        .min()
        .or_else(|| ladder.iter().map(rank_of).max())
        .unwrap_or(0);
    ladder
        .iter()
        .filter(|p| rank_of(p) == rank)
        .cloned()
        .collect()
}

/// One stance of today's balance practice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BalanceStep {
    pub stance: String,
    pub support: String,
    pub hold_seconds: u32,
    /// Holds to do (per side for the one-leg stance: each side is its own stance).
    pub holds: u32,
    /// With osteoporosis this level (eyes closed, or one leg without hands) is offered only
    /// when the user says a counter is within reach.
    pub counter_check: bool,
    /// The level to use instead when no counter is within reach.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub without_counter: Option<String>,
    #[serde(skip)]
    pub progress: StanceProgress,
}

/// One posture move of today's practice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PostureStep {
    pub id: String,
    pub reps: u32,
    pub hold_seconds: Option<u32>,
}

/// Today's practice and the week's count of practice days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PracticePlan {
    /// Not practised today and the week has not reached its target yet.
    pub due: bool,
    /// Days with practice this week (Monday to today).
    pub days: u32,
    /// The practice days the user aims for each week.
    pub target: u32,
    /// Practised today already.
    #[serde(skip)]
    pub done_today: bool,
    pub balance: Vec<BalanceStep>,
    pub posture: Vec<PostureStep>,
}

/// Days with practice in the week of `today`, Monday to `today` (later dates, from a wrong
/// clock, do not count).
#[must_use]
pub fn practice_days(history: &History, today: NaiveDate) -> u32 {
    let start = week_start(today);
    distinct_days(history, |d| (start..=today).contains(&d))
}

/// Days with practice in the ISO week of `date` (any day of it).
#[must_use]
pub fn practice_days_in_week_of(history: &History, date: NaiveDate) -> u32 {
    let week = date.iso_week();
    distinct_days(history, |d| d.iso_week() == week)
}

/// Days with practice in every ISO week that has any, counted as
/// [`practice_days_in_week_of`] counts one week, in one pass over the practice (the
/// history's weeks ask for each week: a pass per week would grow with the square of the
/// history).
#[must_use]
pub fn practice_days_by_week(history: &History) -> std::collections::HashMap<IsoWeek, u32> {
    let mut days: Vec<NaiveDate> = history
        .practice
        .iter()
        .filter(|p| !p.only_pain())
        .map(|p| p.date)
        .collect();
    days.sort_unstable();
    days.dedup();
    let mut weeks = std::collections::HashMap::new();
    for day in days {
        let count: &mut u32 = weeks.entry(day.iso_week()).or_default();
        *count = count.saturating_add(1);
    }
    weeks
}

/// Distinct days with practice among those `counted` (one with nothing but pain in it is
/// not a day of practice).
fn distinct_days(history: &History, counted: impl Fn(NaiveDate) -> bool) -> u32 {
    let mut days: Vec<NaiveDate> = history
        .practice
        .iter()
        .filter(|p| !p.only_pain())
        .map(|p| p.date)
        .filter(|d| counted(*d))
        .collect();
    days.sort_unstable();
    days.dedup();
    u32::try_from(days.len()).unwrap_or(u32::MAX)
}

impl PracticePlan {
    /// Whether there is anything to practise (every item may be on hold for pain).
    #[must_use]
    pub fn has_items(&self) -> bool {
        !self.balance.is_empty() || !self.posture.is_empty()
    }

    /// Without the items the user left out after a pain check (`leave-out`): the profile's
    /// list, which `profile --include` changes.
    #[must_use]
    pub fn without_left_out(mut self, left_out: &[String]) -> Self {
        self.balance.retain(|b| !left_out.contains(&b.stance));
        self.posture.retain(|p| !left_out.contains(&p.id));
        self
    }
}

/// Today's practice for this history and profile answers.
#[must_use]
pub fn practice_plan(
    routines: &Routines,
    history: &History,
    bones: BoneStatus,
    target: u32,
    today: NaiveDate,
) -> PracticePlan {
    // Practice dated after today (a wrong clock) sets no level.
    let ladder = ladder(routines, &crate::coach::dated::up_to(history, today));
    // Pain in practice puts that move on hold until its pain check is answered (issue 24,
    // design 7), as pain does a strength exercise.
    let pains = crate::coach::pain::PainReports::new(history);
    let held = |id: &str| pains.hold(id).is_some();
    let balance = current_stances(routines, &ladder)
        .into_iter()
        .filter(|progress| !held(&progress.stance))
        .filter_map(|progress| balance_step(routines, progress, bones))
        .collect();
    let posture = routines
        .posture
        .iter()
        .filter(|m| !held(&m.id))
        .map(|m| PostureStep {
            id: m.id.clone(),
            reps: m.reps,
            hold_seconds: m.hold_seconds,
        })
        .collect();
    let days = practice_days(history, today);
    let done_today = history
        .practice
        .iter()
        .any(|p| p.date == today && !p.only_pain());
    PracticePlan {
        due: !done_today && days < target,
        days,
        target,
        done_today,
        balance,
        posture,
    }
}

/// Whether the guarded balance levels (eyes closed, one leg without hands) ask for a
/// counter within reach first: every bone status but "no known loss".
#[must_use]
pub fn needs_counter_check(bones: BoneStatus) -> bool {
    bones != BoneStatus::None
}

fn balance_step(
    routines: &Routines,
    progress: StanceProgress,
    bones: BoneStatus,
) -> Option<BalanceStep> {
    let stance = routines.stance(&progress.stance)?;
    let support = routines.support(&progress.support)?;
    // Osteopenia and "I don't know" too (issue 24, design 7): a fall is what breaks a
    // weaker bone, and not knowing is no proof of strong ones.
    let counter_check = needs_counter_check(bones) && routines.is_guarded(stance, support);
    // The hardest level below this one that needs no counter.
    let without_counter = counter_check.then(|| {
        routines
            .supports_for(stance)
            .take_while(|s| s.id != support.id)
            .filter(|s| !routines.is_guarded(stance, s))
            .last()
            .map(|s| s.id.clone())
    });
    let holds = if stance.side.is_some() {
        routines.ladder.holds_per_side
    } else {
        routines.ladder.holds
    };
    Some(BalanceStep {
        stance: progress.stance.clone(),
        support: progress.support.clone(),
        hold_seconds: progress.hold_seconds,
        holds,
        counter_check,
        without_counter: without_counter.flatten(),
        progress,
    })
}

/// A balance stance in a live practice: where its ladder stands, and what the session
/// needs to move it between holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BalanceItem {
    pub progress: StanceProgress,
    /// The stance's support levels, most support first.
    pub levels: Vec<String>,
    pub ladder: HoldLadder,
    /// The support used today: the ladder's, or an easier one when no counter is within
    /// reach (holds at it are recorded but do not move the ladder).
    pub support_used: String,
    /// Ask "a counter within reach?" before the first hold (see [`BalanceStep`]).
    pub counter_check: bool,
    pub without_counter: Option<String>,
}

impl BalanceItem {
    /// The ladder after a hold at the support used, and the support and hold next.
    pub fn rate(&mut self, rating: Steadiness, seconds: u32) {
        if self.support_used != self.progress.support {
            return;
        }
        self.progress = self
            .progress
            .climb(&self.levels, self.ladder, rating, seconds);
        self.support_used.clone_from(&self.progress.support);
    }

    /// No counter within reach: the easier level, for today.
    pub fn without_a_counter(&mut self) {
        if let Some(easier) = self.without_counter.take() {
            self.support_used = easier;
        }
        self.counter_check = false;
    }

    /// The item id for the support used now.
    #[must_use]
    pub fn item_id(&self) -> String {
        balance_item_id(&self.progress.stance, &self.support_used)
    }

    /// The hold asked for now.
    #[must_use]
    pub fn hold_seconds(&self) -> u32 {
        self.progress.hold_seconds
    }
}

/// One stance's level and hold over time: after each practice with holds of it, where its
/// ladder stood (for the history screens).
#[must_use]
pub fn stance_over_time(
    routines: &Routines,
    history: &History,
    stance_id: &str,
) -> Vec<(NaiveDate, StanceProgress)> {
    let Some(stance) = routines.stance(stance_id) else {
        return Vec::new();
    };
    let mut progress = StanceProgress::start(routines, stance);
    let levels = levels(routines, stance);
    let mut points = Vec::new();
    for practice in in_order(history) {
        let mut any = false;
        for hold in practice.balance.iter().filter(|h| h.stance == stance_id) {
            progress.record(&levels, routines.ladder, hold);
            any = true;
        }
        if any {
            points.push((practice.date, progress.clone()));
        }
    }
    points
}

pub mod session;

#[cfg(test)]
mod tests;

pub mod resume;
