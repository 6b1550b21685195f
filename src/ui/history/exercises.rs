//! Each exercise week by week: a table of first, latest and best, and a bar chart of the
//! selected one with its personal bests starred (★), so it reads without colour.

use chrono::Datelike;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{
    Bar, BarChart, Cell, Paragraph, Row, StatefulWidget, Table, TableState, Widget, Wrap,
};

use super::{Ctx, Drawn, day_month, line_at, tabs};
use crate::app::history_state::{Data, HistoryState};
use crate::coach::review::{ExerciseTrend, TrendPoint, TrendUnit};

/// Each bar is this wide, with one column between bars: "W48★" fits under it.
const BAR_WIDTH: u16 = 4;

pub fn render(ctx: &Ctx, data: &Data, state: &HistoryState, area: Rect, buf: &mut Buffer) -> Drawn {
    let r = ctx.t.history;
    tabs(ctx, state.page, line_at(area, 0), buf);
    let trends = &data.review.trends;
    let table_height = u16::try_from(trends.len()).unwrap_or(8) + 1;
    let [_, title, table, _, chart] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(table_height),
        Constraint::Length(1),
        Constraint::Fill(1),
    ]));
    if trends.is_empty() {
        Paragraph::new(r.no_exercises)
            .wrap(Wrap { trim: false })
            .render(title, buf);
        return Drawn::EMPTY;
    }
    Line::styled(r.exercises_title, ctx.theme.title).render(title, buf);
    exercise_table(ctx, trends, state.exercise, table, buf);
    if let Some(trend) = trends.get(state.exercise) {
        trend_chart(ctx, trend, chart, buf);
    }
    Drawn::LISTED
}

fn exercise_table(
    ctx: &Ctx,
    trends: &[ExerciseTrend],
    selected: usize,
    area: Rect,
    buf: &mut Buffer,
) {
    let r = ctx.t.history;
    let rows = trends.iter().map(|trend| {
        let value = |p: Option<&TrendPoint>| p.map(|p| value_text(ctx, trend.unit, p.value));
        let best = trend
            .best()
            .map(|p| format!("{} ★", value_text(ctx, trend.unit, p.value)));
        Row::new(vec![
            Cell::from(ctx.name(&trend.id).to_owned()),
            Cell::from(value(trend.points.first()).unwrap_or_default()),
            Cell::from(value(trend.points.last()).unwrap_or_default()),
            Cell::from(best.unwrap_or_default()),
        ])
    });
    let table = Table::new(
        rows,
        [
            Constraint::Length(26),
            Constraint::Length(9),
            Constraint::Length(9),
            Constraint::Fill(1),
        ],
    )
    .header(
        Row::new(vec![r.col_exercise, r.col_first, r.col_now, r.col_best]).style(ctx.theme.title),
    )
    .row_highlight_style(ctx.theme.key)
    .highlight_symbol("▶ ");
    let mut table_state = TableState::default().with_selected(Some(selected));
    StatefulWidget::render(table, area, buf, &mut table_state);
}

fn trend_chart(ctx: &Ctx, trend: &ExerciseTrend, area: Rect, buf: &mut Buffer) {
    let r = ctx.t.history;
    let name = ctx.name(&trend.id);
    let template = match trend.unit {
        TrendUnit::Kg => r.chart_kg,
        TrendUnit::Reps => r.chart_reps,
        TrendUnit::Seconds => r.chart_seconds,
        TrendUnit::StompsPerFoot => r.chart_stomps,
    };
    let [title, best, bars] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
    ]));
    Line::styled(template(name), ctx.theme.title).render(title, buf);
    if let Some(point) = trend.best() {
        let text = (r.personal_best)(
            &value_text(ctx, trend.unit, point.value),
            &day_month_year(ctx, point),
        );
        Line::raw(text).render(best, buf);
    }
    // The newest weeks that fit, oldest on the left.
    let fit = usize::from(bars.width / (BAR_WIDTH + 1)).max(1);
    let shown = &trend.points[trend.points.len().saturating_sub(fit)..];
    let bars_data: Vec<Bar> = shown
        .iter()
        .map(|point| {
            let week = point.week.iso_week().week();
            let star = if point.personal_best { "★" } else { "" };
            let style = if point.personal_best {
                ctx.theme.good
            } else {
                ctx.theme.gauge
            };
            Bar::default()
                // Hundredths keep 2.5 kg steps apart; the text shows the real value.
                .value(scaled(point.value))
                .text_value(ctx.t.number(point.value))
                .label(Line::from(format!("W{week:02}{star}")))
                .style(style)
        })
        .collect();
    BarChart::vertical(bars_data)
        .bar_width(BAR_WIDTH)
        .bar_gap(1)
        .value_style(ctx.theme.key)
        .render(bars, buf);
}

fn day_month_year(ctx: &Ctx, point: &TrendPoint) -> String {
    format!("{} {}", day_month(ctx.t, point.date), point.date.year())
}

fn scaled(value: f64) -> u64 {
    // Values are small, non-negative counts or weights; the cast cannot overflow.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let hundredths = (value.max(0.0) * 100.0).round() as u64;
    hundredths
}

/// "10 kg", "12", "25 s".
fn value_text(ctx: &Ctx, unit: TrendUnit, value: f64) -> String {
    match unit {
        TrendUnit::Kg => ctx.t.weight(value, ctx.units),
        TrendUnit::Seconds => format!("{} s", ctx.t.number(value)),
        TrendUnit::Reps | TrendUnit::StompsPerFoot => ctx.t.number(value),
    }
}
