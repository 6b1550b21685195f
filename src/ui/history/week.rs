//! One week: its sessions, to open one; under them the pain checks answered and the days
//! with balance and posture practice (not sessions: they cannot be opened).

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, StatefulWidget, Table, TableState, Widget};

use super::{Ctx, Drawn, outcome_line, short_date};
use crate::app::history_state::{Data, HistoryState};

#[allow(clippy::too_many_lines)] // issue 25 item 9: still to be split
pub fn render(ctx: &Ctx, data: &Data, state: &HistoryState, area: Rect, buf: &mut Buffer) -> Drawn {
    let r = ctx.t.history;
    let Some(week) = data.review.weeks.get(state.week) else {
        return Drawn::EMPTY;
    };
    // The pain checks answered this week, under its sessions.
    let answers: Vec<Line> = data
        .history
        .pain_checks
        .iter()
        .filter(|a| (week.start..=week.end()).contains(&a.date))
        .map(|a| {
            let text =
                (ctx.t.pain.history_answer)(ctx.name(&a.exercise), ctx.t.pain.answer(a.answer));
            Line::styled(
                format!("{}  {text}", short_date(ctx.t, a.date)),
                ctx.theme.warning,
            )
        })
        .collect();
    let mut practice: Vec<&crate::history::PracticeRecord> = data
        .history
        .practice
        .iter()
        .filter(|p| (week.start..=week.end()).contains(&p.date))
        .collect();
    practice.sort_by_key(|p| p.started_at);
    let practice: Vec<Line> = practice
        .iter()
        .map(|p| {
            let text = (ctx.t.practice.history_day)(p.balance.len(), p.posture.len());
            Line::raw(format!("  {}  {text}", short_date(ctx.t, p.date)))
        })
        .collect();
    let [title, _, table, practice_area, pain, message] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        // A few lines at most: the sessions come first.
        Constraint::Length(u16::try_from(practice.len()).map_or(0, |n| n.min(area.height / 4))),
        Constraint::Length(u16::try_from(answers.len()).unwrap_or(u16::MAX)),
        Constraint::Length(2),
    ]));
    Paragraph::new(answers).render(pain, buf);
    Paragraph::new(practice).render(practice_area, buf);
    let title_text = (r.week_title)(
        &ctx.t.week_name(&week.label),
        &short_date(ctx.t, week.start),
        &short_date(ctx.t, week.end()),
    );
    Line::styled(title_text, ctx.theme.title).render(title, buf);
    if let Some(line) = outcome_line(ctx, state) {
        Paragraph::new(line)
            .wrap(ratatui::widgets::Wrap { trim: false })
            .render(message, buf);
    }
    if week.sessions.is_empty() {
        Line::raw(r.week_empty).render(table, buf);
        return Drawn::EMPTY;
    }
    let rows = week
        .sessions
        .iter()
        .filter_map(|&i| data.history.sessions.get(i))
        .map(|session| {
            let mut notes = Vec::new();
            // A short session ended early by definition: one note says both.
            if session.ended_early && !session.is_short() {
                notes.push(r.ended_early);
            }
            if session.logged {
                notes.push(r.logged);
            }
            let short = session
                .is_short()
                .then(|| super::session::short_note(ctx.t, session));
            if let Some(short) = &short {
                notes.push(short);
            }
            if session.reports_pain() {
                notes.push(ctx.t.session.effort_pain);
            }
            let done = session
                .exercises
                .iter()
                .filter(|e| !e.sets.is_empty())
                .count();
            let time = if session.logged {
                String::new()
            } else {
                session.started_at.format("%H:%M").to_string()
            };
            vec![
                short_date(ctx.t, session.date),
                time,
                ctx.t.program(session.program).to_owned(),
                r.exercises_done(done, session.exercises.len()),
                notes.join(", "),
            ]
        });
    let header = ["", "", "", "", ""];
    let (widths, rows) = super::super::fit::fit(&header, rows.collect(), table.width, 2, 2, 4);
    let table_widget = Table::new(rows, widths)
        .column_spacing(2)
        .row_highlight_style(ctx.theme.key)
        .highlight_symbol("▶ ");
    let mut table_state = TableState::default().with_selected(Some(state.session));
    StatefulWidget::render(table_widget, table, buf, &mut table_state);
    Drawn::LISTED
}
