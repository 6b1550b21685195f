//! What the report shows, gathered from the history before a word is written: the weeks of
//! the period (from [`review_period`]: the weeks `history --json` gives), adherence,
//! each exercise's weekly best with its steps, pain, what is left out, the sessions.

use chrono::NaiveDate;

use crate::catalog::Catalog;
use crate::coach::pain::{Hold, holds};
use crate::coach::plan::{Excluded, exclusion};
use crate::coach::review::{ExerciseTrend, PeriodReview, TrendPoint, TrendUnit, WeekReview};
use crate::coach::week::week_start;
use crate::history::{History, PainAnswer, SessionRecord};
use crate::profile::Settings;

/// Days between two weekly bests beyond which a step down is put down to the break.
const BREAK_DAYS: i64 = 14;

/// Everything the report shows, in the order it shows it.
#[derive(Debug)]
pub struct ReportData<'a> {
    /// The Monday of the period's first week and the Sunday of its last.
    pub first: NaiveDate,
    pub last: NaiveDate,
    pub today: NaiveDate,
    /// The weeks of the period, oldest first (none before the first session).
    pub weeks: Vec<&'a WeekReview>,
    pub adherence: Adherence,
    pub exercises: Vec<Series>,
    pub pain: Vec<PainEvent>,
    /// Exercises on hold for pain now, their pain checks not answered.
    pub holds: Vec<Hold>,
    /// Exercises left out now, and why (the profile and pain holds).
    pub excluded: Vec<Excluded>,
    /// The period's sessions, oldest first.
    pub sessions: Vec<&'a SessionRecord>,
}

/// Strength weeks against the minimum and the target.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Adherence {
    /// Weeks that are over (the current one is still under way and is not judged).
    pub judged_weeks: u32,
    pub at_minimum: u32,
    pub at_target: u32,
    /// The most weeks in a row at the minimum among the judged weeks.
    pub longest_run: u32,
    /// Sessions that counted (short ones left out), in the whole period.
    pub sessions: u32,
    pub short_sessions: u32,
}

impl Adherence {
    /// Percent of the judged weeks, rounded; `None` when no week is over yet.
    #[must_use]
    pub fn share(&self, weeks: u32) -> Option<u32> {
        (self.judged_weeks > 0).then(|| (weeks * 100 + self.judged_weeks / 2) / self.judged_weeks)
    }
}

/// One exercise over the period: its weekly best, and where that changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub id: String,
    pub unit: TrendUnit,
    /// Oldest first, within the period.
    pub points: Vec<TrendPoint>,
    pub steps: Vec<Step>,
}

/// A week whose best differs from the week before.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub date: NaiveDate,
    pub from: f64,
    pub to: f64,
    pub reason: StepReason,
}

/// Why a weekly best moved, as far as the history tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepReason {
    /// A weight question answered: the heavier weight the coach proposed taken.
    WeightUp,
    /// A heavier weight the user chose (typed, or `botsterk weight`), not the coach's.
    WeightUpChosen,
    /// The lighter weight the coach proposed taken (after "too hard").
    WeightDown,
    /// A lighter weight the user chose, not the coach's proposal.
    WeightDownChosen,
    /// The first weight chosen.
    FirstWeight,
    /// Back after a pain check answered "ok": one step easier.
    AfterPainCheck,
    /// The first session after a break of more than two weeks.
    AfterBreak,
    /// Every set at its target with good effort: one step more.
    TargetReached,
    /// Less than the week before (too hard, a short set, a lighter day).
    Lower,
}

/// A pain report or a pain-check answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PainEvent {
    pub date: NaiveDate,
    pub exercise: String,
    pub kind: PainKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PainKind {
    /// Pain reported in a session; the set under way when it was (1-based), if one was.
    /// Where it hurt, when the user said.
    Report {
        stopped_set: Option<usize>,
        site: Option<crate::history::PainSite>,
    },
    /// An answer to the pain check of the report of `since`.
    Answer {
        answer: PainAnswer,
        since: NaiveDate,
    },
}

/// Gathers the report of the weeks `looked_back` reviewed ([`crate::coach::review::review_period`]
/// of `today`).
#[must_use]
pub fn gather<'a>(
    catalog: &Catalog,
    history: &'a History,
    looked_back: &'a PeriodReview,
    settings: &Settings,
    today: NaiveDate,
) -> ReportData<'a> {
    let (first, last) = (looked_back.first, looked_back.last);
    let mut in_period: Vec<&WeekReview> = looked_back.weeks.iter().collect();
    in_period.reverse();
    let this_week = week_start(today);
    let mut sessions: Vec<&SessionRecord> = in_period
        .iter()
        .flat_map(|w| w.sessions.iter().map(|&i| &history.sessions[i]))
        .collect();
    sessions.sort_by_key(|s| (s.date, s.started_at));
    let ids = catalog.all().iter().map(|e| e.id.as_str());
    let holds = holds(
        history,
        ids.chain(crate::coach::pain::practice::item_ids(catalog.routines())),
    );
    let mut excluded: Vec<Excluded> = catalog
        .all()
        .iter()
        .filter_map(|e| {
            exclusion(e, settings).map(|reason| Excluded {
                id: e.id.clone(),
                reason,
                since: None,
            })
        })
        .collect();
    excluded.extend(holds.iter().map(|h| Excluded {
        id: h.exercise.clone(),
        reason: crate::coach::safety::ExcludeReason::PainReported,
        since: Some(h.since),
    }));
    ReportData {
        first,
        last,
        today,
        adherence: adherence(&in_period, this_week),
        exercises: series(&looked_back.trends, history, settings, (first, last)),
        pain: pain(history, &sessions, first, last),
        holds,
        excluded,
        sessions,
        weeks: in_period,
    }
}

fn adherence(weeks: &[&WeekReview], this_week: NaiveDate) -> Adherence {
    let mut a = Adherence::default();
    let mut run = 0;
    for week in weeks {
        a.sessions += week.counted_sessions();
        a.short_sessions += week.short_sessions;
        // A week under way may still reach its target: judged once it is over.
        if week.start >= this_week {
            continue;
        }
        a.judged_weeks += 1;
        if week.met_minimum() {
            a.at_minimum += 1;
            run += 1;
            a.longest_run = a.longest_run.max(run);
        } else {
            run = 0;
        }
        if week.met_target() {
            a.at_target += 1;
        }
    }
    a
}

fn series(
    trends: &[ExerciseTrend],
    history: &History,
    settings: &Settings,
    (first, last): (NaiveDate, NaiveDate),
) -> Vec<Series> {
    trends
        .iter()
        .filter_map(|trend| {
            let start = trend.points.iter().position(|p| p.week >= first)?;
            let points: Vec<TrendPoint> = trend.points[start..]
                .iter()
                .take_while(|p| p.week <= last)
                .cloned()
                .collect();
            if points.is_empty() {
                return None;
            }
            // The week before the period tells whether its first week was a step.
            let from = start.saturating_sub(1);
            let pairs = trend.points[from..].iter().zip(&trend.points[from + 1..]);
            let steps = pairs
                .take_while(|(_, b)| b.week <= last)
                .filter(|(a, b)| (a.value - b.value).abs() > 1e-9)
                .map(|(a, b)| Step {
                    date: b.date,
                    from: a.value,
                    to: b.value,
                    reason: reason(history, settings, &trend.id, trend.unit, (a, b)),
                })
                .collect();
            Some(Series {
                id: trend.id.clone(),
                unit: trend.unit,
                points,
                steps,
            })
        })
        .collect()
}

/// Why the best went from `a` to `b`: the recorded decision between them if there is one,
/// else what the dates and the direction say.
fn reason(
    history: &History,
    settings: &Settings,
    exercise: &str,
    unit: TrendUnit,
    (a, b): (&TrendPoint, &TrendPoint),
) -> StepReason {
    let between = |date: NaiveDate| date > a.date && date <= b.date;
    let pain_ok = history
        .pain_checks
        .iter()
        .any(|p| p.exercise == exercise && p.answer != PainAnswer::NotYet && between(p.date));
    let up = b.value > a.value;
    if pain_ok && !up {
        return StepReason::AfterPainCheck;
    }
    if unit == TrendUnit::Kg {
        // The decision is dated on the session that raised the question: the day of `a`
        // or later.
        let decision = history
            .weight_changes
            .iter()
            .rfind(|c| c.exercise == exercise && c.date >= a.date && c.date <= b.date);
        match decision {
            Some(c) if c.from_kg.is_none() => return StepReason::FirstWeight,
            // The coach's proposal taken, or a weight the user chose (issue 24, design 8):
            // the coach proposes the next owned weight up within a step, or the next down.
            Some(c) if c.is_increase() && up => {
                let dumbbells = settings.dumbbells();
                let proposed = c.from_kg.is_some_and(|from| {
                    matches!(crate::coach::weights::raise(from, dumbbells),
                        crate::coach::weights::Raise::To(to) if (to - c.to_kg).abs() < 1e-6)
                });
                return if proposed {
                    StepReason::WeightUp
                } else {
                    StepReason::WeightUpChosen
                };
            }
            Some(c) if !c.is_increase() && !c.is_decline() && !up => {
                let dumbbells = settings.dumbbells();
                let proposed = c.from_kg.is_some_and(|from| {
                    crate::coach::weights::next_down(from, dumbbells)
                        .is_some_and(|to| (to - c.to_kg).abs() < 1e-6)
                });
                return if proposed {
                    StepReason::WeightDown
                } else {
                    StepReason::WeightDownChosen
                };
            }
            _ => {}
        }
    }
    if !up && (b.date - a.date).num_days() > BREAK_DAYS {
        StepReason::AfterBreak
    } else if up {
        StepReason::TargetReached
    } else {
        StepReason::Lower
    }
}

fn pain(
    history: &History,
    sessions: &[&SessionRecord],
    first: NaiveDate,
    last: NaiveDate,
) -> Vec<PainEvent> {
    let mut events: Vec<PainEvent> = sessions
        .iter()
        .flat_map(|s| {
            s.exercises
                .iter()
                .filter(|e| e.reports_pain())
                .map(|e| PainEvent {
                    date: s.date,
                    exercise: e.id.clone(),
                    kind: PainKind::Report {
                        stopped_set: e
                            .sets
                            .iter()
                            .position(|set| set.stopped_for_pain)
                            .map(|i| i + 1),
                        site: e.pain_site,
                    },
                })
        })
        .collect();
    // Pain in balance or posture practice (issue 24, design 7): reported like a session's.
    events.extend(
        history
            .practice
            .iter()
            .filter(|p| (first..=last).contains(&p.date))
            .flat_map(|p| {
                let stances = p
                    .balance
                    .iter()
                    .filter(|h| h.stopped_for_pain)
                    .map(|h| (&h.stance, h.pain_site));
                let moves = p
                    .posture
                    .iter()
                    .filter(|m| m.stopped_for_pain)
                    .map(|m| (&m.id, m.pain_site));
                let mut ids: Vec<(&String, Option<crate::history::PainSite>)> =
                    stances.chain(moves).collect();
                ids.dedup_by(|a, b| a.0 == b.0);
                ids.into_iter().map(|(id, site)| PainEvent {
                    date: p.date,
                    exercise: id.clone(),
                    kind: PainKind::Report {
                        stopped_set: None,
                        site,
                    },
                })
            }),
    );
    events.extend(
        history
            .pain_checks
            .iter()
            .filter(|a| (first..=last).contains(&a.date))
            .map(|a| PainEvent {
                date: a.date,
                exercise: a.exercise.clone(),
                kind: PainKind::Answer {
                    answer: a.answer,
                    since: a.since,
                },
            }),
    );
    // Stable: on one day the report comes before the answer about it.
    events.sort_by_key(|e| e.date);
    events
}
