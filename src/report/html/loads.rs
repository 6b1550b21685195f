//! How the loads grew: a chart per exercise, with the steps and their reasons.

use std::fmt::Write;

use chrono::NaiveDate;

use super::super::data::{ReportData, Series, StepReason};
use super::super::svg::{self, LineTexts, Point};
use super::super::{Request, esc};
use super::*;
use crate::catalog::Catalog;
use crate::coach::review::TrendUnit;
use crate::i18n::{ReportTexts, Texts};
use crate::lang::Lang;
use crate::profile::Settings;

pub(super) fn unit(r: &ReportTexts, unit: TrendUnit) -> &'static str {
    match unit {
        TrendUnit::Kg => r.unit_kg,
        TrendUnit::Reps => r.unit_reps,
        TrendUnit::Seconds => r.unit_seconds,
        TrendUnit::StompsPerFoot => r.unit_stomps,
    }
}

/// A value with its unit: "8 kg", "12 reps", "30 s".
pub(super) fn value(t: &Texts, settings: &Settings, unit: TrendUnit, v: f64) -> String {
    match unit {
        TrendUnit::Kg => t.weight(v, settings.units),
        TrendUnit::Seconds => format!("{} s", t.number(v)),
        TrendUnit::Reps | TrendUnit::StompsPerFoot => {
            format!("{} {}", t.number(v), self::unit(t.report, unit))
        }
    }
}

pub(super) fn reason(r: &ReportTexts, reason: StepReason) -> &'static str {
    match reason {
        StepReason::WeightUp => r.reason_weight_up,
        StepReason::WeightUpChosen => r.reason_weight_up_chosen,
        StepReason::WeightDown => r.reason_weight_down,
        StepReason::WeightDownChosen => r.reason_weight_down_chosen,
        StepReason::FirstWeight => r.reason_first_weight,
        StepReason::AfterPainCheck => r.reason_after_pain_check,
        StepReason::AfterBreak => r.reason_after_break,
        StepReason::TargetReached => r.reason_target_reached,
        StepReason::Lower => r.reason_lower,
    }
}

pub(super) fn loads(
    s: &mut String,
    request: &Request,
    t: &Texts,
    settings: &Settings,
    data: &ReportData,
) {
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

pub(super) fn chart(
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
                    TrendUnit::Kg if settings.units == crate::units::Units::Lb => {
                        p.value / crate::units::KG_PER_LB
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
    s.push_str("<figure>");
    svg::line_chart(
        s,
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
    let _ = write!(s, "<figcaption>{}</figcaption>", esc(&summary));
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
