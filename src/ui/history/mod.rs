//! The history screens: weeks, exercises, balance, and tests & falls (four tabs), a week's
//! sessions, a session's sets.
//!
//! Everything shown comes from the review `Screen::History` holds, computed once per
//! change of the history; a frame only picks the rows that fit.

mod balance;
mod checks;
mod confirm;
mod exercises;
mod over_time;
mod session;
mod week;
mod weeks;

use chrono::{Datelike, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::Ctx;
use crate::app::Model;
use crate::app::history_state::{Data, HistoryState, Page};
use crate::i18n::Texts;
use crate::keymap::Drawn;

/// Draws the page of the moment; returns what the footer needs to know of it.
pub fn render(
    ctx: &Ctx,
    model: &Model,
    state: &HistoryState,
    review: &crate::coach::review::Review,
    area: Rect,
    buf: &mut Buffer,
) -> Drawn {
    let data = Data {
        catalog: &model.catalog,
        history: &model.history,
        review,
        today: model.day.today.date,
        units: model.settings.units,
    };
    let drawn = match state.page {
        Page::Weeks => weeks::render(ctx, &data, state, model.practice.target, area, buf),
        Page::Exercises => exercises::render(ctx, &data, state, area, buf),
        Page::Balance => {
            let practice_key =
                || crate::keymap::home_key(ctx.t, model, crate::app::HomeMsg::StartPractice);
            balance::render(ctx, &data, state, &practice_key, area, buf)
        }
        Page::Checks => {
            let test_day_key =
                || crate::keymap::home_key(ctx.t, model, crate::app::HomeMsg::OpenTestDay);
            checks::render(
                ctx,
                &model.history,
                model.profile.as_ref(),
                &test_day_key,
                state,
                area,
                buf,
            )
        }
        Page::Week => week::render(ctx, &data, state, area, buf),
        Page::Session => session::render(ctx, &data, state, area, buf),
    };
    if let Some(correction) = &state.confirm {
        confirm::render(ctx, correction, area, buf);
        return drawn;
    }
    if state.confirm_undo {
        confirm::render_undo(
            ctx,
            state.undo.as_deref().unwrap_or_default(),
            state.undo_change.as_deref(),
            area,
            buf,
        );
        return drawn;
    }
    if let Some(report) = &state.report {
        report_line(ctx, report, area, buf);
    }
    if let Some(workbook) = &state.workbook {
        let w = ctx.t.workbook;
        let line = match workbook {
            Ok(path) => Line::styled((w.written)(path), ctx.theme.good),
            Err((file, reason)) => Line::styled((w.not_written)(file, reason), ctx.theme.warning),
        };
        bottom_line(line, area, buf);
    }
    drawn
}

/// Where `r` wrote the report (or why it could not), on the page's last line: the user
/// needs the path to open or send the file.
fn report_line(ctx: &Ctx, report: &Result<String, (String, String)>, area: Rect, buf: &mut Buffer) {
    let r = ctx.t.report;
    let line = match report {
        Ok(path) => Line::styled((r.written)(path), ctx.theme.good),
        Err((file, reason)) => Line::styled((r.not_written)(file, reason), ctx.theme.warning),
    };
    bottom_line(line, area, buf);
}

/// `line` on the page's last two lines, over what was there.
fn bottom_line(line: Line, area: Rect, buf: &mut Buffer) {
    // Two lines: a path is long, and cut short it could not be found.
    let height = area.height.min(2);
    let row = Rect {
        y: area.bottom() - height,
        height,
        ..area
    };
    ratatui::widgets::Clear.render(row, buf);
    ratatui::widgets::Paragraph::new(line)
        .wrap(ratatui::widgets::Wrap { trim: true })
        .render(row, buf);
}

/// The header's right side: "History · Weeks".
#[must_use]
pub fn place(t: &Texts, state: &HistoryState) -> String {
    let r = t.history;
    match state.page {
        Page::Weeks | Page::Week | Page::Session => format!("{} · {}", r.title, r.tab_weeks),
        Page::Exercises => format!("{} · {}", r.title, r.tab_exercises),
        Page::Balance => format!("{} · {}", r.title, t.practice.tab_balance),
        Page::Checks => format!("{} · {}", r.title, r.tab_checks),
    }
}

/// "Weeks   Exercises   Balance   Tests & falls" with the open one in reverse video, so it reads without
/// colour.
fn tabs(ctx: &Ctx, page: Page, area: Rect, buf: &mut Buffer) {
    let r = ctx.t.history;
    let tab = |label: &str, on: bool| {
        let style = if on { ctx.theme.key } else { ctx.theme.text };
        Span::styled(format!(" {label} "), style)
    };
    Line::from(vec![
        tab(
            r.tab_weeks,
            !matches!(page, Page::Exercises | Page::Balance | Page::Checks),
        ),
        Span::raw("  "),
        tab(r.tab_exercises, page == Page::Exercises),
        Span::raw("  "),
        tab(ctx.t.practice.tab_balance, page == Page::Balance),
        Span::raw("  "),
        tab(r.tab_checks, page == Page::Checks),
    ])
    .render(area, buf);
}

/// "Mon 23 Nov": short enough for a table column, in the user's language.
fn short_date(t: &Texts, date: NaiveDate) -> String {
    let weekday = t.weekdays_short[date.weekday().num_days_from_monday() as usize];
    format!("{weekday} {}", day_month(t, date))
}

/// "23 Nov".
fn day_month(t: &Texts, date: NaiveDate) -> String {
    let month = t.months_short[date.month0() as usize];
    format!("{} {month}", date.day())
}

/// One row of the area, for a single line of text.
/// "21 Nov 2026": short, and with the year, for results months or years apart.
fn day_year(ctx: &Ctx, date: NaiveDate) -> String {
    format!("{} {}", day_month(ctx.t, date), date.year())
}

fn line_at(area: Rect, row: u16) -> Rect {
    Rect {
        y: area.y + row.min(area.height.saturating_sub(1)),
        height: u16::from(area.height > 0),
        ..area
    }
}

/// What became of the last correction, if anything is to be said.
fn outcome_line(ctx: &Ctx, state: &HistoryState) -> Option<Line<'static>> {
    use crate::app::history_state::Outcome;
    let r = ctx.t.history;
    let with_path = |text: fn(&str) -> String, backup: &Option<String>| match backup {
        Some(path) => text(path),
        None => r.corrected_no_backup.to_owned(),
    };
    Some(match state.outcome.as_ref()? {
        Outcome::Corrected { backup } => {
            Line::styled(with_path(r.corrected, backup), ctx.theme.good)
        }
        Outcome::Deleted { backup } => Line::styled(with_path(r.deleted, backup), ctx.theme.good),
        Outcome::Undone { backup } => {
            Line::styled(with_path(ctx.t.data.undone, backup), ctx.theme.good)
        }
        Outcome::Failed(reason) => Line::styled((r.failed)(reason), ctx.theme.warning),
    })
}
