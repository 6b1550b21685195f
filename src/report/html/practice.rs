//! Balance and posture practice in the period: days a week against the aim, each stance's
//! support and hold from its first practice to its last, the posture moves done, and any
//! pain while practising. Practice is never counted as a strength session.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::super::data::ReportData;
use super::super::{Request, esc};
use super::date;
use crate::history::{BalanceHold, PracticeRecord};
use crate::routines::Routines;

pub(super) fn practice(s: &mut String, request: &Request, data: &ReportData) {
    let t = request.lang.texts();
    let r = t.report;
    let lang = request.lang;
    let _ = write!(s, "<section><h2>{}</h2>", esc(r.practice));
    let done: Vec<&PracticeRecord> = request
        .history
        .practice
        .iter()
        .filter(|p| (data.first..=data.last).contains(&p.date))
        .collect();
    if done.is_empty() {
        let _ = write!(s, "<p>{}</p></section>", esc(r.no_practice));
        return;
    }
    let target = request.profile.map_or(
        crate::profile::DEFAULT_PRACTICE_DAYS,
        crate::profile::Profile::practice_target,
    );
    let weeks = u32::try_from(data.weeks.len()).unwrap_or(u32::MAX);
    let met = u32::try_from(
        data.weeks
            .iter()
            .filter(|w| target > 0 && w.practice_days >= target)
            .count(),
    )
    .unwrap_or(u32::MAX);
    let days: u32 = data.weeks.iter().map(|w| w.practice_days).sum();
    let _ = write!(
        s,
        "<p>{}</p>",
        esc(&(r.practice_days)(days, met, weeks, target))
    );

    // Each stance: its first hold in the period and its last (the support and the seconds).
    let routines = Routines::builtin();
    let mut stances: BTreeMap<&str, Vec<(&PracticeRecord, &BalanceHold)>> = BTreeMap::new();
    for record in &done {
        for hold in &record.balance {
            stances
                .entry(hold.stance.as_str())
                .or_default()
                .push((record, hold));
        }
    }
    if !stances.is_empty() {
        let _ = write!(
            s,
            "<table class=\"sessions\"><thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            esc(r.practice_header[0]),
            esc(r.practice_header[1]),
            esc(r.practice_header[2]),
            esc(r.practice_header[3]),
        );
        for (stance, holds) in &stances {
            let name = routines.stance(stance).map_or(*stance, |s| s.name(lang));
            let hold = |(record, hold): &(&PracticeRecord, &BalanceHold)| {
                let support = routines
                    .support(&hold.support)
                    .map_or(hold.support.as_str(), |s| s.name(lang));
                format!(
                    "{}: {}",
                    date(t, record.date),
                    (r.practice_hold)(support, hold.seconds)
                )
            };
            let first = holds.first().map(hold).unwrap_or_default();
            let last = holds.last().map(hold).unwrap_or_default();
            let _ = write!(
                s,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(name),
                esc(&first),
                esc(&last),
                holds.len()
            );
        }
        s.push_str("</tbody></table>");
    }

    posture_moves(s, request, &done, &routines);
    practice_pains(s, request, &done, &routines);
    s.push_str("</section>\n");
}

/// The posture moves of the period: on how many days, how many reps.
fn posture_moves(s: &mut String, request: &Request, done: &[&PracticeRecord], routines: &Routines) {
    let lang = request.lang;
    let r = lang.texts().report;
    let mut moves: BTreeMap<&str, (u32, u32)> = BTreeMap::new();
    for record in done {
        for posture in &record.posture {
            let entry = moves.entry(posture.id.as_str()).or_default();
            entry.0 += 1;
            entry.1 = entry.1.saturating_add(posture.reps);
        }
    }
    if !moves.is_empty() {
        s.push_str("<ul>");
        for (id, (days, reps)) in &moves {
            let name = routines
                .posture_move(id)
                .map_or(*id, |m| m.text(lang).name.as_str());
            let _ = write!(
                s,
                "<li>{}</li>",
                esc(&(r.practice_posture)(name, *days, *reps))
            );
        }
        s.push_str("</ul>");
    }
}

/// Pain while practising: each hold or move stopped for it.
fn practice_pains(
    s: &mut String,
    request: &Request,
    done: &[&PracticeRecord],
    routines: &Routines,
) {
    let (t, lang) = (request.lang.texts(), request.lang);
    let r = t.report;
    let mut pains: Vec<String> = Vec::new();
    for record in done {
        for hold in record.balance.iter().filter(|h| h.stopped_for_pain) {
            let what = routines
                .stance(&hold.stance)
                .map_or(hold.stance.as_str(), |s| s.name(lang));
            pains.push(format!(
                "{}: {}",
                date(t, record.date),
                (r.practice_pain)(what)
            ));
        }
        for posture in record.posture.iter().filter(|p| p.stopped_for_pain) {
            let what = routines
                .posture_move(&posture.id)
                .map_or(posture.id.as_str(), |m| m.text(lang).name.as_str());
            pains.push(format!(
                "{}: {}",
                date(t, record.date),
                (r.practice_pain)(what)
            ));
        }
    }
    if !pains.is_empty() {
        s.push_str("<ul class=\"pain-list\">");
        for pain in pains {
            let _ = write!(s, "<li>⚠ {}</li>", esc(&pain));
        }
        s.push_str("</ul>");
    }
}
