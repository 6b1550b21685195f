//! The page: sections in the order a physiotherapist reads them (who and what, how often,
//! how the loads grew, pain, the sessions), laid out for A4 and Letter with print CSS.
//!
//! Written as well-formed XML too (every element closed, only the five XML entities), so
//! the tests can parse it strictly.

use std::fmt::Write;

use chrono::{Datelike, NaiveDate};

use super::data::{PainKind, ReportData, Series, StepReason};
use super::svg::{self, Bar, BarTexts, LineTexts, Point};
use super::{Request, esc};
use crate::catalog::{Catalog, Measure};
use crate::coach::plan::Settings;
use crate::coach::rest::WEEKLY_MINIMUM;
use crate::coach::review::TrendUnit;
use crate::history::{Effort, SessionRecord, SetRecord};
use crate::i18n::{Lang, ReportTexts, Texts};

/// Sessions listed at most (about eight weeks), newest kept: with eight charts the table
/// must not push the report past three sheets. The CSV export has every set.
const MAX_SESSION_ROWS: usize = 24;
/// Steps listed under a chart at most, newest kept.
const MAX_STEPS: usize = 4;
/// Up to this many weeks the week-by-week numbers are a table under the chart.
const WEEK_TABLE: usize = 26;
/// Weeks under the minimum named at most in the text.
const MAX_UNDER_NAMED: usize = 20;

const CSS: &str = "
@page { margin: 13mm 12mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 9.5pt/1.35 'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif;
  color: #000; background: #fff; max-width: 186mm; margin: 0 auto; padding: 0 2mm; }
h1 { font-size: 15pt; margin: 0 0 1mm; }
h2 { font-size: 12pt; border-bottom: 1.5px solid #000; margin: 4mm 0 1.5mm;
  break-after: avoid; page-break-after: avoid; }
p { margin: 1mm 0; }
.period { font-size: 11pt; margin: 0 0 2mm; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.5mm 1.5mm;
  border-bottom: 0.5px solid #888; }
.about th { width: 34%; font-weight: normal; }
.note { border: 1.5px solid #000; padding: 1.5mm 3mm; margin: 2mm 0; }
figure { margin: 1mm 0; break-inside: avoid; page-break-inside: avoid; }
svg { display: block; width: 100%; height: auto; }
svg text { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; fill: #000; }
svg .title { font-size: 12px; font-weight: bold; }
svg .tick { font-size: 9px; }
svg .axis { font-size: 9.5px; font-style: italic; }
svg .num { font-size: 9px; font-weight: bold; }
svg .step { font-size: 8px; font-weight: bold; }
.weeks th, .weeks td { text-align: center; padding: 0.3mm 0.5mm; font-size: 8pt; }
.weeks th:first-child, .weeks td:first-child { text-align: left; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 2mm 6mm; }
.charts figure { break-inside: avoid; page-break-inside: avoid; }
figcaption, .steps { font-size: 8pt; }
.steps { margin: 0.5mm 0 0; padding-left: 5mm; }
.pain { font-weight: bold; border: 1.5px solid #000; background: #eee; padding: 0 1mm; }
ul.pain-list { list-style: none; padding: 0; margin: 1mm 0; }
ul.pain-list li { border-left: 4px solid #000; background: #eee; padding: 0.5mm 2mm;
  margin: 0.8mm 0; font-weight: bold; }
.sessions td, .sessions th { font-size: 8pt; }
.sessions td:first-child { white-space: nowrap; }
.muted { font-size: 8pt; }
footer { margin-top: 3mm; font-size: 7.5pt; border-top: 0.5px solid #888; padding-top: 1mm; }
";

pub fn page(request: &Request, settings: &Settings, data: &ReportData) -> String {
    let t = request.lang.texts();
    let r = t.report;
    let mut s = String::with_capacity(64 * 1024);
    let _ = writeln!(
        s,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>{} · {}</title><style>{CSS}</style></head><body>",
        r.html_lang,
        esc(r.title),
        esc(&period(t, data)),
    );
    let _ = writeln!(
        s,
        "<header><h1>{}</h1><p class=\"period\">{}</p></header>",
        esc(r.title),
        esc(&period(t, data))
    );
    about(&mut s, request, settings, data);
    adherence(&mut s, t, settings, data);
    loads(&mut s, request, t, settings, data);
    pain(&mut s, request.catalog, request.lang, data);
    sessions(&mut s, request.catalog, request.lang, settings, data);
    let _ = writeln!(
        s,
        "<footer>{}</footer>\n</body></html>",
        esc(&(r.footer)(request.version))
    );
    s
}

/// "3 Nov 2026": short and the same on every printer.
fn date(t: &Texts, date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        t.months_short[date.month0() as usize],
        date.year()
    )
}

fn period(t: &Texts, data: &ReportData) -> String {
    // The period starts at the first week with a session when the history is younger.
    let first = data.weeks.first().map_or(data.first, |w| w.start);
    (t.report.period)(&date(t, first), &date(t, data.last))
}

/// The exercise's name in the report's language; an id the catalog does not know (a later
/// botsterk's, or typed by hand) as it is.
fn name(catalog: &Catalog, lang: Lang, id: &str) -> String {
    catalog
        .get(id)
        .map_or_else(|| id.to_owned(), |e| e.text(lang).name.clone())
}

fn row(s: &mut String, label: &str, value: &str) {
    let _ = write!(s, "<tr><th>{}</th><td>{}</td></tr>", esc(label), esc(value));
}

fn about(s: &mut String, request: &Request, settings: &Settings, data: &ReportData) {
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
            t.setup.a_bone_status[bone_answer(p.bone_status)],
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

/// The set-up answer for a bone status, in the order set-up asks it.
fn bone_answer(status: crate::profile::BoneStatus) -> usize {
    use crate::profile::BoneStatus;
    match status {
        BoneStatus::None => 0,
        BoneStatus::Osteopenia => 1,
        BoneStatus::Osteoporosis => 2,
        BoneStatus::Unknown => 3,
    }
}

fn adherence(s: &mut String, t: &Texts, settings: &Settings, data: &ReportData) {
    let r = t.report;
    let a = &data.adherence;
    let _ = write!(s, "<section><h2>{}</h2>", esc(r.adherence));
    let this_week = crate::coach::rest::week_start(data.today);
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
    let chart = svg::bar_chart(
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
        "<figure>{chart}<figcaption>▮ {} · ▨ {} · – – {} · ⋯ {}</figcaption></figure>",
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
fn week_table(s: &mut String, r: &ReportTexts, data: &ReportData, bars: &[Bar]) {
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

fn unit(r: &ReportTexts, unit: TrendUnit) -> &'static str {
    match unit {
        TrendUnit::Kg => r.unit_kg,
        TrendUnit::Reps => r.unit_reps,
        TrendUnit::Seconds => r.unit_seconds,
        TrendUnit::StompsPerFoot => r.unit_stomps,
    }
}

/// A value with its unit: "8 kg", "12 reps", "30 s".
fn value(t: &Texts, settings: &Settings, unit: TrendUnit, v: f64) -> String {
    match unit {
        TrendUnit::Kg => t.weight(v, settings.units),
        TrendUnit::Seconds => format!("{} s", t.number(v)),
        TrendUnit::Reps | TrendUnit::StompsPerFoot => {
            format!("{} {}", t.number(v), self::unit(t.report, unit))
        }
    }
}

fn reason(r: &ReportTexts, reason: StepReason) -> &'static str {
    match reason {
        StepReason::WeightUp => r.reason_weight_up,
        StepReason::WeightDown => r.reason_weight_down,
        StepReason::FirstWeight => r.reason_first_weight,
        StepReason::AfterPainCheck => r.reason_after_pain_check,
        StepReason::AfterBreak => r.reason_after_break,
        StepReason::TargetReached => r.reason_target_reached,
        StepReason::Lower => r.reason_lower,
    }
}

fn loads(s: &mut String, request: &Request, t: &Texts, settings: &Settings, data: &ReportData) {
    let r = t.report;
    let _ = write!(
        s,
        "<section><h2>{}</h2><p class=\"muted\">{}</p>",
        esc(r.loads),
        esc(r.loads_intro)
    );
    if data.exercises.is_empty() {
        let _ = writeln!(s, "<p>{}</p></section>", esc(r.no_exercises));
        return;
    }
    s.push_str("<div class=\"charts\">");
    let start = data.weeks.first().map_or(data.first, |w| w.start);
    for series in &data.exercises {
        chart(
            s,
            request.catalog,
            request.lang,
            settings,
            series,
            (start, data.last),
        );
    }
    s.push_str("</div></section>\n");
}

fn chart(
    s: &mut String,
    catalog: &Catalog,
    lang: Lang,
    settings: &Settings,
    series: &Series,
    (start, end): (NaiveDate, NaiveDate),
) {
    let t = lang.texts();
    let r = t.report;
    let title = name(catalog, lang, &series.id);
    let shown_steps = series.steps.len().saturating_sub(MAX_STEPS);
    let points: Vec<Point> = series
        .points
        .iter()
        .map(|p| {
            let step = series
                .steps
                .iter()
                .enumerate()
                .skip(shown_steps)
                .find(|(_, s)| s.date == p.date)
                .map(|(i, _)| i - shown_steps + 1);
            #[allow(clippy::cast_precision_loss)] // days in ten years
            let day = (p.date - start).num_days() as f64;
            Point {
                day,
                value: match series.unit {
                    // Kilograms shown in pounds when the user reads pounds.
                    TrendUnit::Kg if settings.units == crate::profile::Units::Lb => {
                        p.value / crate::profile::KG_PER_LB
                    }
                    _ => p.value,
                },
                step,
            }
        })
        .collect();
    let (Some(first), Some(last)) = (series.points.first(), series.points.last()) else {
        return;
    };
    let summary = (r.from_to)(
        &date(t, first.date),
        &value(t, settings, series.unit, first.value),
        &date(t, last.date),
        &value(t, settings, series.unit, last.value),
    );
    let y_axis = match series.unit {
        TrendUnit::Kg => format!("{} ({})", r.unit_kg, settings.units.as_str()),
        other => unit(r, other).to_owned(),
    };
    #[allow(clippy::cast_precision_loss)]
    let days = (end - start).num_days() as f64;
    let number = |v: f64| t.number(v);
    let svg = svg::line_chart(
        &LineTexts {
            title: &title,
            desc: &summary,
            y_axis: &y_axis,
            x_first: &date(t, start),
            x_last: &date(t, end),
        },
        &points,
        days,
        &number,
    );
    let _ = write!(s, "<figure>{svg}<figcaption>{}</figcaption>", esc(&summary));
    if series.steps.is_empty() {
        let _ = write!(s, "<p class=\"muted\">{}</p>", esc(r.no_steps));
    } else {
        s.push_str("<ol class=\"steps\">");
        for step in series.steps.iter().skip(shown_steps) {
            let line = (r.step)(
                &date(t, step.date),
                &value(t, settings, series.unit, step.from),
                &value(t, settings, series.unit, step.to),
                reason(r, step.reason),
            );
            let _ = write!(s, "<li>{}</li>", esc(&line));
        }
        s.push_str("</ol>");
        if shown_steps > 0 {
            let _ = write!(
                s,
                "<p class=\"muted\">{}</p>",
                esc(&(r.earlier_steps)(&shown_steps))
            );
        }
    }
    s.push_str("</figure>");
}

fn pain(s: &mut String, catalog: &Catalog, lang: Lang, data: &ReportData) {
    let t = lang.texts();
    let r = t.report;
    let _ = write!(s, "<section><h2>{}</h2>", esc(r.pain));
    if data.pain.is_empty() && data.holds.is_empty() {
        let _ = write!(s, "<p>{}</p>", esc(r.no_pain));
    } else {
        s.push_str("<ul class=\"pain-list\">");
        for event in &data.pain {
            let exercise = name(catalog, lang, &event.exercise);
            let text = match &event.kind {
                PainKind::Report { stopped_set } => {
                    let mut text = (r.pain_report)(&exercise);
                    if let Some(n) = stopped_set {
                        text = format!("{text} ({})", (r.pain_stopped_set)(n));
                    }
                    text
                }
                PainKind::Answer { answer, since } => {
                    (r.pain_answer)(&exercise, &date(t, *since), t.pain.answer(*answer))
                }
            };
            let _ = write!(
                s,
                "<li>⚠ {}: {}</li>",
                esc(&date(t, event.date)),
                esc(&text)
            );
        }
        for hold in &data.holds {
            let text = (r.on_hold)(&name(catalog, lang, &hold.exercise), &date(t, hold.since));
            let _ = write!(s, "<li>⚠ {}</li>", esc(&text));
        }
        s.push_str("</ul>");
    }
    let _ = write!(s, "<h2>{}</h2>", esc(r.left_out));
    if data.excluded.is_empty() {
        let _ = write!(s, "<p>{}</p>", esc(r.nothing_left_out));
    } else {
        s.push_str("<ul>");
        for excluded in &data.excluded {
            let line = t.excluded(excluded, &name(catalog, lang, &excluded.id));
            let _ = write!(s, "<li>{}</li>", esc(&line));
        }
        s.push_str("</ul>");
    }
    s.push_str("</section>\n");
}

fn sessions(s: &mut String, catalog: &Catalog, lang: Lang, settings: &Settings, data: &ReportData) {
    let t = lang.texts();
    let r = t.report;
    let _ = write!(s, "<section><h2>{}</h2>", esc(r.sessions));
    if data.sessions.is_empty() {
        let _ = writeln!(s, "<p>{}</p></section>", esc(r.no_sessions));
        return;
    }
    let left = data.sessions.len().saturating_sub(MAX_SESSION_ROWS);
    if left > 0 {
        let _ = write!(
            s,
            "<p class=\"muted\">{}</p>",
            esc(&if left == 1 {
                r.earlier_session_one.to_owned()
            } else {
                (r.earlier_sessions)(&left)
            })
        );
    }
    let _ = write!(
        s,
        "<table class=\"sessions\"><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        esc(r.col_date),
        esc(r.col_program),
        esc(r.col_exercises),
    );
    for session in &data.sessions[left..] {
        session_row(s, catalog, lang, settings, session);
    }
    s.push_str("</tbody></table></section>\n");
}

fn session_row(
    s: &mut String,
    catalog: &Catalog,
    lang: Lang,
    settings: &Settings,
    session: &SessionRecord,
) {
    let t = lang.texts();
    let r = t.report;
    let _ = write!(
        s,
        "<tr><td>{}</td><td>{}",
        esc(&date(t, session.date)),
        esc(t.program(session.program))
    );
    if session.is_short() {
        let short =
            (t.pain.short_session)(&session.sets_done(), &session.planned_sets.unwrap_or(0));
        let _ = write!(s, "<br/><strong>{}</strong>", esc(&short));
    }
    if session.logged {
        let _ = write!(s, "<br/><em>{}</em>", esc(r.mark_logged));
    }
    s.push_str("</td><td>");
    let items: Vec<String> = session
        .exercises
        .iter()
        .filter(|e| !e.sets.is_empty() || e.reports_pain())
        .map(|e| {
            let measure = catalog.get(&e.id).map(|x| x.measure);
            let mut item = format!(
                "{} {}",
                esc(&name(catalog, lang, &e.id)),
                esc(&sets(t, measure, &e.sets))
            );
            if let Some(kg) = e.weight_kg {
                let _ = write!(item, " @ {}", esc(&t.weight(kg, settings.units)));
            }
            match e.effort {
                _ if e.reports_pain() => {
                    let _ = write!(
                        item,
                        " <span class=\"pain\">⚠ {}</span>",
                        esc(t.session.effort_pain)
                    );
                }
                Some(effort) => {
                    let _ = write!(item, " ({})", esc(effort_word(t, effort)));
                }
                None => {}
            }
            item
        })
        .collect();
    s.push_str(&items.join("; "));
    s.push_str("</td></tr>");
}

fn effort_word(t: &Texts, effort: Effort) -> &'static str {
    match effort {
        Effort::TooEasy => t.session.effort_too_easy,
        Effort::JustRight => t.session.effort_just_right_short,
        Effort::TooHard => t.session.effort_too_hard,
        Effort::Pain => t.session.effort_pain,
    }
}

/// "2 × 12", or "12, 12, 11" when the sets differ; "30 s"; stomps "20/20" per foot.
fn sets(t: &Texts, measure: Option<Measure>, sets: &[SetRecord]) -> String {
    let one = |set: &SetRecord| -> String {
        let mut text = match (measure, set.left, set.right) {
            (Some(Measure::Hold), ..) => format!("{} s", set.seconds.unwrap_or(0)),
            (Some(Measure::Stomps), Some(l), Some(r)) => format!("{l}/{r}"),
            _ => set.reps.or(set.seconds).unwrap_or(0).to_string(),
        };
        if set.stopped_for_pain {
            text = format!("{text} ({})", t.pain.stopped_for_pain);
        }
        text
    };
    let texts: Vec<String> = sets.iter().map(one).collect();
    match texts.first() {
        None => "–".to_owned(),
        Some(first) if texts.iter().all(|x| x == first) => {
            format!("{} × {first}", texts.len())
        }
        Some(_) => texts.join(", "),
    }
}
