//! The weeks, newest first: sessions against the target, the run of good weeks, and the
//! selected week's bone dose against what the program asks. With any practice in the
//! history, a line under the weeks gives the selected week's practice days against the
//! practice target: beside the sessions, never counted with them.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, StatefulWidget, Table, TableState, Widget};

use super::{Ctx, Drawn, day_month, line_at, tabs};
use crate::app::history_state::{Data, HistoryState};
use crate::coach::review::{Dose, WeekReview};
use crate::profile::WEEKLY_MINIMUM;

/// Side by side from this body width; below it the dose goes under the weeks.
const SIDE_BY_SIDE: u16 = 74;

pub fn render(
    ctx: &Ctx,
    data: &Data,
    state: &HistoryState,
    practice_target: u32,
    area: Rect,
    buf: &mut Buffer,
) -> Drawn {
    let r = ctx.t.history;
    tabs(ctx, state.page, line_at(area, 0), buf);
    let review = data.review;
    let [_, streak, _, body, legend] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ]));
    if review.weeks.is_empty() {
        Paragraph::new(r.empty).render(streak, buf);
        return Drawn::EMPTY;
    }
    let streak_text = match review.streak {
        0 => r.streak_none.to_owned(),
        1 => r.streak_one.to_owned(),
        n => (r.streak)(&n),
    };
    Line::styled(streak_text, ctx.theme.title).render(streak, buf);
    let mut legend_text = (r.legend)(&WEEKLY_MINIMUM);
    if !data.history.practice.is_empty() {
        legend_text.push_str("   ");
        legend_text.push_str(ctx.t.practice.history_mark_legend);
    }
    Line::styled(legend_text, ctx.theme.dim).render(legend, buf);
    // Without practice the page is as it always was; with it, the practice line follows
    // the table's last row.
    let practice_height = u16::from(!data.history.practice.is_empty());
    let table_rows = u16::try_from(review.weeks.len() + 1).unwrap_or(u16::MAX);
    let table_height = if practice_height > 0 {
        Constraint::Max(table_rows)
    } else {
        Constraint::Fill(1)
    };
    let (table_area, practice_area, dose_area) = if body.width >= SIDE_BY_SIDE {
        let [left, _, dose] = body.layout(&Layout::horizontal([
            Constraint::Length(38),
            Constraint::Length(2),
            Constraint::Fill(1),
        ]));
        let [table, practice, _] = left.layout(&Layout::vertical([
            table_height,
            Constraint::Length(practice_height),
            Constraint::Fill(1),
        ]));
        (table, practice, dose)
    } else {
        let [table, practice, _, dose] = body.layout(&Layout::vertical([
            table_height,
            Constraint::Length(practice_height),
            Constraint::Fill(1),
            Constraint::Length(6),
        ]));
        (table, practice, dose)
    };
    week_table(
        ctx,
        review.weeks.as_slice(),
        state.week,
        practice_height > 0,
        table_area,
        buf,
    );
    if let Some(week) = review.weeks.get(state.week) {
        dose(ctx, week, dose_area, buf);
        if practice_height > 0 {
            let text = (ctx.t.practice.history_week_days)(
                &ctx.t.week_name(&week.label),
                week.practice_days,
                practice_target,
            );
            // ◆ marks practice, as on home; it also keeps the line from reading as a week.
            Line::raw(format!("◆ {text}")).render(practice_area, buf);
        }
    }
    Drawn::LISTED
}

/// With `practice`, a week's practice days follow its sessions as "◆2".
fn week_table(
    ctx: &Ctx,
    weeks: &[WeekReview],
    selected: usize,
    practice: bool,
    area: Rect,
    buf: &mut Buffer,
) {
    let r = ctx.t.history;
    let rows = weeks.iter().map(|week| {
        let dates = format!(
            "{}–{}",
            day_month(ctx.t, week.start),
            day_month(ctx.t, week.end())
        );
        let met = if week.met_minimum() {
            r.minimum_met
        } else {
            " "
        };
        vec![
            ctx.t.week_name(&week.label),
            dates,
            if practice && week.practice_days > 0 {
                format!("{} {} ◆{}", dots(ctx.t, week), met, week.practice_days)
            } else {
                format!("{} {}", dots(ctx.t, week), met)
            },
        ]
    });
    let header = [r.col_week, r.col_dates, r.col_sessions];
    let (widths, rows) = super::super::fit::fit(&header, rows.collect(), area.width, 2, 2, 2);
    let table = Table::new(rows, widths)
        .column_spacing(2)
        .header(super::super::fit::header(&header, ctx.theme.title))
        .row_highlight_style(ctx.theme.key)
        .highlight_symbol("▶ ");
    let mut table_state = TableState::default().with_selected(Some(selected));
    StatefulWidget::render(table, area, buf, &mut table_state);
}

/// "●●○ 2/3": filled for each session, open for the rest of the target.
/// Short sessions do not count toward the week: they are named after the count.
fn dots(t: &crate::i18n::Texts, week: &WeekReview) -> String {
    let sessions = week.counted_sessions();
    let shown = week.target.max(sessions).min(7);
    let dots: String = (0..shown)
        .map(|i| if i < sessions { '●' } else { '○' })
        .collect();
    let short = if week.short_sessions > 0 {
        format!(" {}", (t.pain.short_count)(&week.short_sessions))
    } else {
        String::new()
    };
    format!("{dots} {sessions}/{}{short}", week.target)
}

fn dose(ctx: &Ctx, week: &WeekReview, area: Rect, buf: &mut Buffer) {
    let r = ctx.t.history;
    let Dose {
        sessions,
        loaded_reps,
        impact_steps,
        hold_seconds,
    } = week.dose;
    let asked = week.asked;
    let title = (r.dose_title)(&ctx.t.week_name(&week.label));
    let mut rows = vec![
        (r.dose_sessions, sessions, asked.sessions),
        (r.dose_loaded_reps, loaded_reps, asked.loaded_reps),
    ];
    // Impact and holds belong to one program each; shown when asked or done.
    if asked.impact_steps > 0 || impact_steps > 0 {
        rows.push((r.dose_impact_steps, impact_steps, asked.impact_steps));
    }
    if asked.hold_seconds > 0 || hold_seconds > 0 {
        rows.push((r.dose_hold_seconds, hold_seconds, asked.hold_seconds));
    }
    let label_width = rows
        .iter()
        .map(|(label, ..)| label.chars().count())
        .max()
        .unwrap_or(0)
        + 1;
    let mut lines = vec![
        Line::styled(title, ctx.theme.title),
        Line::styled(
            format!("{:label_width$}{:>6}{:>9}", "", r.dose_done, r.dose_asked),
            ctx.theme.dim,
        ),
    ];
    for (label, done, wanted) in rows {
        // The tick says "enough" without colour.
        let mark = if done >= wanted { "✔" } else { " " };
        lines.push(Line::raw(format!(
            "{label:label_width$}{done:>6}{wanted:>9} {mark}"
        )));
    }
    let program = ctx.t.program(week.program);
    lines.push(Line::from(Span::styled(
        (r.dose_asked_note)(program),
        ctx.theme.dim,
    )));
    lines.push(Line::raw(""));
    lines.push(Line::styled(r.dose_why, ctx.theme.dim));
    Paragraph::new(lines)
        .wrap(ratatui::widgets::Wrap { trim: false })
        .render(area, buf);
}
