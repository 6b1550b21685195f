//! The session's balance and posture practice and its warm-up: the items that are not
//! exercises (see [`ItemKind`]), run by the same engine.

use std::time::Instant;

use chrono::{DateTime, FixedOffset};

use super::{Phase, Session};
use crate::coach::plan::items::ItemKind;
use crate::history::{BalanceHold, PostureRecord, PracticeRecord, Steadiness};

impl Session {
    /// The phase an item opens with: its card, or first the counter question.
    #[must_use]
    pub(super) fn at_item_start(mut self) -> Self {
        self.phase = self.item_start_phase();
        self
    }

    pub(super) fn item_start_phase(&self) -> Phase {
        match &self.exercise().kind {
            ItemKind::Balance(item) if item.counter_check => Phase::CounterCheck,
            _ => Phase::Card,
        }
    }

    /// A practice of balance and posture, not a strength session.
    #[must_use]
    pub fn is_practice(&self) -> bool {
        self.plan.exercises.iter().all(|e| e.kind.is_practice())
    }

    /// The current item is a move of the warm-up.
    #[must_use]
    pub fn warming_up(&self) -> bool {
        self.exercise().kind == ItemKind::WarmUp
    }

    /// The warm-up's moves at the front of the plan.
    pub(super) fn warm_up_len(&self) -> usize {
        self.plan
            .exercises
            .iter()
            .take_while(|e| e.kind == ItemKind::WarmUp)
            .count()
    }

    /// The balance holds answered so far.
    #[must_use]
    pub fn balance_holds(&self) -> &[BalanceHold] {
        &self.balance_holds
    }

    /// The answer after a balance hold: kept, the ladder moved, and on to the rest.
    pub(super) fn rate_hold(&mut self, rating: Steadiness, seconds: u32, now: Instant) {
        let target = self.exercise().target;
        if let ItemKind::Balance(item) = &mut self.plan.exercises[self.current].kind {
            self.balance_holds.push(BalanceHold {
                stance: item.progress.stance.clone(),
                support: item.support_used.clone(),
                target_seconds: target,
                seconds,
                rating: Some(rating),
                stopped_for_pain: false,
                pain_site: None,
                ..Default::default()
            });
            item.rate(rating, seconds);
        }
        self.sync_balance_item();
        self.next_set_or_end(now);
    }

    /// The item's id and hold follow its ladder (and any later item of the same stance).
    pub(super) fn sync_balance_item(&mut self) {
        let ItemKind::Balance(item) = &self.plan.exercises[self.current].kind else {
            return;
        };
        let (id, hold) = (item.item_id(), item.hold_seconds());
        let current = &mut self.plan.exercises[self.current];
        current.id = id;
        current.target = hold;
    }

    /// `s` during the warm-up: on to the first exercise.
    pub(super) fn skip_warm_up(&mut self) {
        self.current = self.warm_up_len().min(self.plan.exercises.len() - 1);
        self.sets_done.clear();
        self.set = 1;
        self.card_scroll = 0;
        self.phase = self.item_start_phase();
    }

    /// The practice to save, ended at `ended_at`: its balance holds and posture moves.
    #[must_use]
    pub fn to_practice_record(&self, ended_at: DateTime<FixedOffset>) -> PracticeRecord {
        let posture = self
            .records
            .iter()
            .filter_map(|r| {
                let id = r.id.strip_prefix("posture/")?;
                let reps = r.sets.iter().filter_map(|s| s.reps).sum();
                let stopped_for_pain = r.reports_pain();
                if reps == 0 && !stopped_for_pain {
                    return None;
                }
                let hold_seconds = self
                    .plan
                    .exercises
                    .iter()
                    .find(|e| e.id == r.id)
                    .and_then(|e| e.rep_hold_seconds);
                Some(PostureRecord {
                    id: id.to_owned(),
                    reps,
                    hold_seconds,
                    stopped_for_pain,
                    pain_site: r.pain_site,
                    ..Default::default()
                })
            })
            .collect();
        let now = PracticeRecord {
            date: self.started_at.date_naive(),
            started_at: self.started_at,
            ended_at,
            logged: false,
            balance: self.balance_holds.clone(),
            posture,
            ..Default::default()
        };
        match &self.carried {
            Some(before) => crate::coach::practice::resume::carried_on(before, now),
            None => now,
        }
    }

    /// The same practice, carrying on one left unfinished (`before`, from its journal):
    /// saved, journaled and thrown away as one with it.
    #[must_use]
    pub fn carrying_on(mut self, before: PracticeRecord) -> Self {
        self.carried = Some(Box::new(before));
        self
    }
}
