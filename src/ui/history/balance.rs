//! Each balance stance practised: its support level and hold now, and the selected one's
//! level and hold day by day, so the ladder's climb reads over the weeks.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, StatefulWidget, Table, TableState, Widget, Wrap};

use super::{Ctx, Drawn, line_at, short_date, tabs};
use crate::app::history_state::{Data, HistoryState};
use crate::coach::review::{StancePoint, StanceTrend};
use crate::routines::Routines;

/// `practice_key`: home's key for balance practice, named when there is none yet (looked up
/// only then: home's table is not built for every frame of the tab).
pub fn render(
    ctx: &Ctx,
    data: &Data,
    state: &HistoryState,
    practice_key: &dyn Fn() -> String,
    area: Rect,
    buf: &mut Buffer,
) -> Drawn {
    let p = ctx.t.practice;
    tabs(ctx, state.page, line_at(area, 0), buf);
    let stances = &data.review.stances;
    let routines = data.catalog.routines();
    let table_height = u16::try_from(stances.len()).unwrap_or(8) + 1;
    let [_, title, table, _, days] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(table_height),
        Constraint::Length(1),
        Constraint::Fill(1),
    ]));
    if stances.is_empty() {
        Paragraph::new((p.history_none)(&practice_key()))
            .wrap(Wrap { trim: false })
            .render(title, buf);
        return Drawn::EMPTY;
    }
    Line::styled(p.history_title, ctx.theme.title).render(title, buf);
    stance_table(ctx, routines, stances, state.stance, table, buf);
    if let Some(trend) = stances.get(state.stance) {
        stance_days(ctx, routines, trend, days, buf);
    }
    Drawn::LISTED
}

/// "fingertips on the counter, 15 s".
fn level(ctx: &Ctx, routines: &Routines, point: &StancePoint) -> String {
    let support = routines
        .support(&point.support)
        .map_or(point.support.as_str(), |s| s.name(ctx.lang));
    (ctx.t.practice.history_level)(support, point.hold_seconds)
}

fn stance_name<'a>(ctx: &Ctx, routines: &'a Routines, id: &'a str) -> &'a str {
    routines.stance(id).map_or(id, |s| s.name(ctx.lang))
}

fn stance_table(
    ctx: &Ctx,
    routines: &Routines,
    stances: &[StanceTrend],
    selected: usize,
    area: Rect,
    buf: &mut Buffer,
) {
    let p = ctx.t.practice;
    let rows = stances.iter().map(|trend| {
        let now = trend
            .points
            .last()
            .map(|point| level(ctx, routines, point))
            .unwrap_or_default();
        vec![stance_name(ctx, routines, &trend.stance).to_owned(), now]
    });
    let header = [p.col_stance, p.col_now];
    let (widths, rows) = super::super::fit::fit(&header, rows.collect(), area.width, 3, 2, 1);
    let table = Table::new(rows, widths)
        .header(super::super::fit::header(&header, ctx.theme.title))
        // A wider gap: "Feet together two hands on the counter" read as one phrase.
        .column_spacing(3)
        .row_highlight_style(ctx.theme.key)
        .highlight_symbol("▶ ");
    let mut table_state = TableState::default().with_selected(Some(selected));
    StatefulWidget::render(table, area, buf, &mut table_state);
}

/// The selected stance day by day: the newest days that fit, oldest at the top.
fn stance_days(ctx: &Ctx, routines: &Routines, trend: &StanceTrend, area: Rect, buf: &mut Buffer) {
    let p = ctx.t.practice;
    let name = stance_name(ctx, routines, &trend.stance);
    let mut lines = vec![Line::styled(
        (p.history_stance_title)(name),
        ctx.theme.title,
    )];
    let fit = usize::from(area.height.saturating_sub(1));
    let shown = &trend.points[trend.points.len().saturating_sub(fit)..];
    let dates: Vec<String> = shown.iter().map(|p| short_date(ctx.t, p.date)).collect();
    let width = dates.iter().map(|d| d.chars().count()).max().unwrap_or(0);
    for (point, date) in shown.iter().zip(dates) {
        let support = routines
            .support(&point.support)
            .map_or(point.support.as_str(), |s| s.name(ctx.lang));
        let date = format!("{date:<width$}");
        lines.push(Line::raw((p.history_stance_row)(
            &date,
            support,
            point.hold_seconds,
        )));
    }
    Paragraph::new(lines).render(area, buf);
}
