//! Who and what, and how often: the report's first sections and the weeks' table.

use std::fmt::Write;

use chrono::Datelike;

use super::super::data::ReportData;
use super::super::svg::{self, Bar, BarTexts};
use super::super::{Request, esc};
use super::*;
use crate::i18n::{ReportTexts, Texts};
use crate::profile::Settings;
use crate::profile::WEEKLY_MINIMUM;

pub(super) fn about(s: &mut String, request: &Request, settings: &Settings, data: &ReportData) {
    let t = request.lang.texts();
    let r = t.report;
    let _ = write!(
        s,
        "<section><h2>{}</h2><table class=\"about\">",
        esc(r.about)
    );
    let program = data
        .sessions
        .last()
        .map_or(settings.start_program, |session| session.program);
    row(s, r.label_program, t.program(program));
    row(
        s,
        r.label_target,
        &(r.target)(&settings.weekly_target, &WEEKLY_MINIMUM),
    );
    let (bones, impact) = match request.profile {
        Some(p) => (
            t.setup.a_bone_status[crate::questions::bone_status_answer(p.bone_status)],
            t.setup.a_cleared[usize::from(p.cleared_for_impact)],
        ),
        None => (r.not_set_up, r.not_set_up),
    };
    row(s, r.label_bones, bones);
    row(s, r.label_impact, impact);
    row(s, r.label_units, settings.units.as_str());
    let weeks = data.weeks.len();
    row(
        s,
        r.label_period,
        &(r.period_value)(
            &(r.weeks_n)(weeks),
            &date(t, data.weeks.first().map_or(data.first, |w| w.start)),
            &date(t, data.last),
        ),
    );
    row(
        s,
        r.label_generated,
        &(r.generated)(&date(t, data.today), request.version),
    );
    let _ = writeln!(
        s,
        "</table><p class=\"note\"><strong>{}:</strong> {}</p></section>",
        esc(r.disclaimer_title),
        esc(t.setup.disclaimer)
    );
}

pub(super) fn adherence(s: &mut String, t: &Texts, settings: &Settings, data: &ReportData) {
    let r = t.report;
    let a = &data.adherence;
    let _ = write!(s, "<section><h2>{}</h2>", esc(r.adherence));
    let this_week = crate::coach::week::week_start(data.today);
    let bars: Vec<Bar> = data
        .weeks
        .iter()
        .map(|w| {
            let open = w.start >= this_week;
            Bar {
                label: w.start.iso_week().week().to_string(),
                value: w.days,
                under: !open && !w.met_minimum(),
                open,
            }
        })
        .collect();
    let mut lines: Vec<String> = vec![(r.sessions_in_weeks)(
        &(r.sessions_n)(a.sessions as usize),
        &(r.weeks_n)(data.weeks.len()),
    )];
    if a.short_sessions == 1 {
        lines.push(r.short_not_counted_one.to_owned());
    } else if a.short_sessions > 0 {
        lines.push((r.short_not_counted)(&a.short_sessions));
    }
    match (a.share(a.at_minimum), a.share(a.at_target)) {
        (Some(min_pct), Some(target_pct)) => {
            lines.push((r.share_minimum)(
                &WEEKLY_MINIMUM,
                &a.at_minimum,
                &a.judged_weeks,
                &min_pct,
            ));
            lines.push((r.share_target)(
                &settings.weekly_target,
                &a.at_target,
                &a.judged_weeks,
                &target_pct,
            ));
            lines.push((r.longest_run)(&a.longest_run));
            // "week 46", as the chart labels the weeks (the ISO label stays in JSON and CSV).
            let under: Vec<String> = data
                .weeks
                .iter()
                .zip(&bars)
                .filter(|(_, b)| b.under)
                .map(|(w, _)| (r.week_number)(&w.start.iso_week().week()))
                .collect();
            if under.is_empty() {
                lines.push(r.under_minimum_none.to_owned());
            } else {
                let shown = under.len().min(MAX_UNDER_NAMED);
                let named = under[under.len() - shown..].join(", ");
                lines.push(if shown < under.len() {
                    (r.under_minimum_many)(&under.len(), &shown, &named)
                } else {
                    (r.under_minimum)(&named)
                });
            }
        }
        _ => lines.push(r.none_judged.to_owned()),
    }
    if bars.last().is_some_and(|b| b.open) {
        lines.push(r.week_under_way.to_owned());
    }
    let target = (r.legend_target)(&settings.weekly_target);
    let minimum = (r.legend_minimum)(&WEEKLY_MINIMUM);
    let desc = lines.join(" ");
    s.push_str("<figure>");
    svg::bar_chart(
        s,
        &BarTexts {
            title: r.chart_adherence,
            desc: &desc,
            y_axis: r.axis_sessions,
            x_axis: r.axis_week,
            target: &target,
            minimum: &minimum,
        },
        &bars,
        settings.weekly_target,
        WEEKLY_MINIMUM,
    );
    let _ = write!(
        s,
        "<figcaption>▮ {} · ▨ {} · – – {} · ⋯ {}</figcaption></figure>",
        esc(r.legend_met),
        esc(r.legend_under),
        esc(&target),
        esc(&minimum)
    );
    for line in &lines {
        let _ = write!(s, "<p>{}</p>", esc(line));
    }
    if data.weeks.len() <= WEEK_TABLE && !data.weeks.is_empty() {
        week_table(s, r, data, &bars);
    }
    s.push_str("</section>\n");
}

/// The bars' numbers as a table, weeks side by side: what the chart shows, in text.
pub(super) fn week_table(s: &mut String, r: &ReportTexts, data: &ReportData, bars: &[Bar]) {
    let _ = write!(s, "<table class=\"weeks\"><tr><th>{}</th>", esc(r.col_week));
    for bar in bars {
        let _ = write!(s, "<th>{}</th>", esc(&bar.label));
    }
    let _ = write!(s, "</tr><tr><td>{}</td>", esc(r.col_sessions));
    for week in &data.weeks {
        let _ = write!(s, "<td>{}/{}</td>", week.days, week.target);
    }
    let _ = write!(s, "</tr><tr><td>{}</td>", esc(r.col_minimum));
    for (week, bar) in data.weeks.iter().zip(bars) {
        let mark = match (bar.open, week.met_minimum()) {
            (_, true) => "✔",
            (true, false) => "…",
            (false, false) => "!",
        };
        let _ = write!(s, "<td>{mark}</td>");
    }
    s.push_str("</tr></table>");
}
