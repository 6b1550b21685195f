//! The practice part of `plan`: today's balance and posture practice, in words and as JSON
//! (never a strength session: nothing else in the plan reads it).

use chrono::NaiveDate;
use serde::Serialize;

use crate::catalog::Catalog;
use crate::coach::practice::{PracticePlan, practice_plan};
use crate::history::History;
use crate::lang::Lang;
use crate::profile::Settings;

/// Today's balance and posture practice and the week's practice days.
#[derive(Debug, Serialize)]
pub struct PracticeJson {
    /// Not practised today and the week's practice days are below the target.
    pub due: bool,
    /// Days with practice this week, Monday to today.
    pub days: u32,
    /// The practice days a week aimed for (`profile --practice-days`).
    pub target: u32,
    pub balance: Vec<BalanceJson>,
    pub posture: Vec<PostureJson>,
}

#[derive(Debug, Serialize)]
pub struct BalanceJson {
    /// A stance id of `assets/practice.json` (`feet-together` ... `one-leg-right`).
    pub stance: String,
    /// A support id (`two-hands` ... `eyes-closed`).
    pub support: String,
    pub hold_seconds: u32,
    /// Holds to do (per side: each side of the one-leg stance is its own stance).
    pub holds: u32,
    /// With osteoporosis: this level only with a counter within reach.
    pub counter_check: bool,
    /// The level to use instead without a counter within reach (with `counter_check`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub without_counter: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct PostureJson {
    pub id: String,
    pub reps: u32,
    /// Seconds each rep is held; null for moves without a hold.
    pub hold_seconds: Option<u32>,
}

/// Today's balance and posture practice with the user's settings (from the profile).
#[must_use]
pub fn practice(
    catalog: &Catalog,
    history: &History,
    settings: &Settings,
    today: NaiveDate,
) -> PracticePlan {
    practice_plan(
        catalog.routines(),
        history,
        settings.bone_status,
        settings.practice_days,
        today,
    )
    .without_left_out(&settings.left_out)
}

/// The practice part of the JSON.
pub(super) fn practice_json(practice: &PracticePlan) -> PracticeJson {
    PracticeJson {
        due: practice.due,
        days: practice.days,
        target: practice.target,
        balance: practice
            .balance
            .iter()
            .map(|b| BalanceJson {
                stance: b.stance.clone(),
                support: b.support.clone(),
                hold_seconds: b.hold_seconds,
                holds: b.holds,
                counter_check: b.counter_check,
                without_counter: b.without_counter.clone(),
            })
            .collect(),
        posture: practice
            .posture
            .iter()
            .map(|p| PostureJson {
                id: p.id.clone(),
                reps: p.reps,
                hold_seconds: p.hold_seconds,
            })
            .collect(),
    }
}

/// The practice part of the plan in words: the week's practice days against the target,
/// each stance with its support and hold, each posture move.
pub(super) fn practice_text(catalog: &Catalog, practice: &PracticePlan, lang: Lang) -> String {
    let t = lang.texts().practice;
    let routines = catalog.routines();
    let mut out = format!(
        "{}\n{}\n",
        t.plan_title,
        (t.week_sentence)(practice.days, practice.target)
    );
    if practice.done_today {
        out += &format!("{}\n", t.home_done_today);
    }
    for step in &practice.balance {
        let stance = routines
            .stance(&step.stance)
            .map_or(step.stance.as_str(), |s| s.name(lang));
        let support = routines
            .support(&step.support)
            .map_or(step.support.as_str(), |s| s.name(lang));
        let name = format!("{stance}, {support}");
        out += &format!(
            "  {}\n",
            (t.plan_balance)(&name, step.holds, step.hold_seconds)
        );
        if step.counter_check {
            out += &format!("    ! {}\n", t.plan_counter);
        }
    }
    for step in &practice.posture {
        let name = routines
            .posture_move(&step.id)
            .map_or(step.id.as_str(), |m| m.text(lang).name.as_str());
        out += &format!(
            "  {}\n",
            (t.plan_posture)(name, step.reps, step.hold_seconds)
        );
    }
    out
}
