//! One session, set by set: what was done, with which weight, and how it felt. Here a set,
//! a weight, an effort or the date can be corrected, or the session deleted.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, StatefulWidget, Table, TableState, Widget, Wrap};

use super::{Ctx, Drawn, outcome_line, short_date};
use crate::app::history_state::{Data, Entry, Field, HistoryState, session_rows};
use crate::card::Measure;
use crate::history::{Effort, SessionRecord, SetRecord};
use crate::i18n::{HistoryTexts, Texts};

pub fn render(ctx: &Ctx, data: &Data, state: &HistoryState, area: Rect, buf: &mut Buffer) -> Drawn {
    let Some(session) = state.selected_session(data) else {
        return Drawn::EMPTY;
    };
    let [title, _, table, bottom] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(3),
    ]));
    Line::styled(heading(ctx, session), ctx.theme.title).render(title, buf);
    set_table(ctx, data, session, state.row, table, buf);
    if let Some(entry) = &state.entry {
        entry_lines(ctx, data, state, session, entry, bottom, buf);
        return Drawn::EMPTY;
    }
    if let Some(line) = outcome_line(ctx, state) {
        Paragraph::new(line)
            .wrap(Wrap { trim: false })
            .render(bottom, buf);
    }
    let row = session_rows(session).get(state.row).copied();
    let record = row.and_then(|row| session.exercises.get(row.exercise));
    let weighted = record
        .and_then(|e| data.catalog.get(&e.id))
        .is_some_and(|e| e.weighted);
    Drawn {
        row_is_set: row.is_some_and(|row| row.set.is_some()),
        row_weighted: weighted,
        ..Drawn::LISTED
    }
}

/// "Tue 24 Nov 2026 · 09:02 · Beginner · stopped early".
fn heading(ctx: &Ctx, session: &SessionRecord) -> String {
    let r = ctx.t.history;
    let mut parts = vec![format!(
        "{} {}",
        short_date(ctx.t, session.date),
        chrono::Datelike::year(&session.date)
    )];
    if !session.logged {
        parts.push(session.started_at.format("%H:%M").to_string());
    }
    parts.push(ctx.t.program(session.program).to_owned());
    if session.ended_early {
        parts.push(r.ended_early.to_owned());
    }
    if session.is_short() {
        parts.push(short_note(ctx.t, session));
    }
    if session.logged {
        parts.push(r.logged.to_owned());
    }
    parts.join(" · ")
}

/// "short: 1 of 8 sets".
pub fn short_note(t: &Texts, session: &SessionRecord) -> String {
    (t.pain.short_session)(
        &session.sets_done(),
        &session.planned_sets.unwrap_or_default(),
    )
}

fn set_table(
    ctx: &Ctx,
    data: &Data,
    session: &SessionRecord,
    selected: usize,
    area: Rect,
    buf: &mut Buffer,
) {
    let t = ctx.t;
    let r = t.history;
    let rows = session_rows(session).into_iter().map(|row| {
        let record = &session.exercises[row.exercise];
        let measure = data.catalog.get(&record.id).map(|e| e.measure);
        let first = row.set.is_none_or(|s| s == 0);
        let name = if first { ctx.name(&record.id) } else { "" };
        let (set, done) = match row.set {
            Some(i) if record.sets[i].stopped_for_pain => (
                (i + 1).to_string(),
                format!(
                    "{} ({})",
                    set_text(r, measure, &record.sets[i]),
                    t.pain.stopped_for_pain
                ),
            ),
            Some(i) => ((i + 1).to_string(), set_text(r, measure, &record.sets[i])),
            // Stopped for pain before a set is not "skipped": say what happened.
            None if record.skipped => (String::new(), r.skipped.to_owned()),
            None => (String::new(), r.no_sets.to_owned()),
        };
        let weight = match (first, record.weight_kg) {
            (true, Some(kg)) => t.weight(kg, ctx.units),
            _ => String::new(),
        };
        let effort = if first && (!record.sets.is_empty() || record.effort.is_some()) {
            match record.pain_site {
                // Where it hurt, beside the pain: "pain: knee".
                Some(site) => format!(
                    "{}: {}",
                    effort_name(t, record.effort),
                    t.session.pain_site(site)
                ),
                None => effort_name(t, record.effort).to_owned(),
            }
        } else {
            String::new()
        };
        vec![name.to_owned(), set, done, weight, effort]
    });
    let header = [
        r.col_exercise,
        r.col_set,
        r.col_done,
        r.col_weight,
        r.col_effort,
    ];
    // The sets' words set the widths; "done" gives way on a narrow screen.
    let (widths, rows) = super::super::fit::fit(&header, rows.collect(), area.width, 2, 2, 2);
    let table = Table::new(rows, widths)
        .column_spacing(2)
        .header(super::super::fit::header(&header, ctx.theme.title))
        .row_highlight_style(ctx.theme.key)
        .highlight_symbol("▶ ");
    let mut table_state = TableState::default().with_selected(Some(selected));
    StatefulWidget::render(table, area, buf, &mut table_state);
}

/// The field being typed, with what it asks and a word when the value cannot be right.
fn entry_lines(
    ctx: &Ctx,
    data: &Data,
    state: &HistoryState,
    session: &SessionRecord,
    entry: &Entry,
    area: Rect,
    buf: &mut Buffer,
) {
    let r = ctx.t.history;
    let row = session_rows(session).get(state.row).copied();
    let record = row.and_then(|row| session.exercises.get(row.exercise));
    let name = record.map_or("", |e| ctx.name(&e.id));
    let measure = record
        .and_then(|e| data.catalog.get(&e.id))
        .map(|e| e.measure);
    let set = row.and_then(|row| row.set).map_or(0, |s| s + 1);
    let (label, hint) = match entry.field {
        Field::Count => (
            (r.entry_count)(name, &set),
            (measure == Some(Measure::Stomps)).then_some(r.entry_count_stomps),
        ),
        Field::Weight => ((r.entry_weight)(name, ctx.units.as_str()), None),
        Field::Effort => ((r.entry_effort)(name), Some(r.entry_effort_choices)),
        Field::Date => (r.entry_date.to_owned(), None),
    };
    let mut lines = vec![Line::from(vec![
        Span::styled(label, ctx.theme.title),
        Span::raw(" "),
        Span::styled(format!("{}_", entry.text), ctx.theme.key),
    ])];
    if let Some(hint) = hint {
        lines.push(Line::styled(hint, ctx.theme.dim));
    }
    if entry.invalid {
        // A count names its bound, the same as the live count and `log` (units.rs).
        let max = match (entry.field, measure) {
            (Field::Count, Some(Measure::Hold)) => Some(crate::units::MAX_SECONDS),
            (Field::Count, Some(Measure::Stomps)) => Some(crate::units::MAX_STOMPS),
            (Field::Count, Some(_)) => Some(crate::units::MAX_REPS),
            _ => None,
        };
        let esc = ctx.key(crate::app::Msg::History(
            crate::app::history_state::Key::Back,
        ));
        let text = max.map_or_else(
            || (r.entry_invalid)(&esc),
            |max| (r.entry_count_invalid)(&max, &esc),
        );
        lines.push(Line::styled(text, ctx.theme.warning));
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(area, buf);
}

/// "12 reps", "25 s", "20 left, 19 right".
#[must_use]
pub fn set_text(r: &HistoryTexts, measure: Option<Measure>, set: &SetRecord) -> String {
    match measure {
        Some(Measure::Hold) => (r.seconds)(&set.seconds.unwrap_or(0)),
        Some(Measure::Stomps) => match (set.left, set.right) {
            (Some(left), Some(right)) => (r.stomps)(&left, &right),
            _ => r.reps_text(set.reps.unwrap_or(0)),
        },
        _ => match (set.reps, set.seconds) {
            (None, Some(seconds)) => (r.seconds)(&seconds),
            (reps, _) => r.reps_text(reps.unwrap_or(0)),
        },
    }
}

/// "just right", or a dash when the question was not answered.
#[must_use]
pub fn effort_name(t: &Texts, effort: Option<Effort>) -> &'static str {
    match effort {
        Some(Effort::TooEasy) => t.session.effort_too_easy,
        Some(Effort::JustRight) => t.session.effort_just_right_short,
        Some(Effort::TooHard) => t.session.effort_too_hard,
        Some(Effort::Pain) => t.session.effort_pain,
        None => "–",
    }
}
