//! The demo user's balance and posture practice: about three days a week (Tuesday,
//! Thursday and Saturday, now and then one missed), mostly on days without a strength
//! session, as a real user would fit it in. Each practice does what the coach plans: the
//! stances of the ladder's current rank at their support level and hold, then every posture
//! move. Most holds are steady, some wobbly, now and then the user has to hold on: the
//! ladder climbs over the first years and moves back now and then, as `coach::practice`
//! works it out from the file.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::{Lcg, at};
use crate::coach::practice::{StanceProgress, current_stances};
use crate::history::{BalanceHold, PostureRecord, PracticeRecord, Steadiness};
use crate::routines::Routines;

/// Practice from `start` to `end`, oldest first. Its own random numbers: the strength
/// sessions are the same with and without it.
pub(super) fn practice(
    routines: &Routines,
    start: NaiveDate,
    end: NaiveDate,
    years: u32,
) -> Vec<PracticeRecord> {
    let mut random = Lcg(u64::from(years) * 104_729 + 31);
    let mut ladder: Vec<StanceProgress> = routines
        .stances
        .iter()
        .map(|s| StanceProgress::start(routines, s))
        .collect();
    let mut done = Vec::new();
    let mut date = start;
    while date <= end {
        let planned = matches!(date.weekday(), Weekday::Tue | Weekday::Thu | Weekday::Sat);
        // About one planned day in ten is missed.
        if planned && random.below(10) != 0 {
            done.push(one(routines, &mut ladder, &mut random, date));
        }
        match date.checked_add_days(Days::new(1)) {
            Some(next) => date = next,
            None => break,
        }
    }
    done
}

/// One practice on `date`, moving the ladder as the coach would.
fn one(
    routines: &Routines,
    ladder: &mut [StanceProgress],
    random: &mut Lcg,
    date: NaiveDate,
) -> PracticeRecord {
    let mut balance = Vec::new();
    for mut progress in current_stances(routines, ladder) {
        let side = routines
            .stance(&progress.stance)
            .is_some_and(|s| s.side.is_some());
        let holds = if side {
            routines.ladder.holds_per_side
        } else {
            routines.ladder.holds
        };
        for _ in 0..holds {
            let target = progress.hold_seconds;
            let (rating, seconds) = match random.below(20) {
                0 => (Steadiness::HeldOn, target / 2),
                1..=7 => (
                    Steadiness::Wobbly,
                    target - u32::from(random.below(2) == 0) * 2,
                ),
                _ => (Steadiness::Steady, target),
            };
            balance.push(BalanceHold {
                stance: progress.stance.clone(),
                support: progress.support.clone(),
                target_seconds: target,
                seconds,
                rating: Some(rating),
                stopped_for_pain: false,
                pain_site: None,
                ..Default::default()
            });
            progress = progress.after_hold(routines, rating, seconds);
        }
        if let Some(slot) = ladder.iter_mut().find(|p| p.stance == progress.stance) {
            *slot = progress;
        }
    }
    let posture = routines
        .posture
        .iter()
        .map(|m| PostureRecord {
            id: m.id.clone(),
            reps: m.reps,
            hold_seconds: m.hold_seconds,
            stopped_for_pain: false,
            pain_site: None,
            ..Default::default()
        })
        .collect();
    let started_at = at(date, 10 + random.below(8), random.below(60));
    let minutes = 9 + random.below(6);
    PracticeRecord {
        date,
        started_at,
        ended_at: started_at + chrono::Duration::minutes(minutes.cast_signed()),
        logged: false,
        balance,
        posture,
        ..Default::default()
    }
}
