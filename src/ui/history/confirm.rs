//! The question before a correction is written: what will change, from what to what.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Clear, Padding, Paragraph, Widget, Wrap};

use super::Ctx;
use super::session::{effort_name, set_text};
use crate::app::history_state::Key;
use crate::corrections::{Change, Correction};
use crate::history::SetRecord;

pub fn render(ctx: &Ctx, correction: &Correction, area: Rect, buf: &mut Buffer) {
    let t = ctx.t;
    let r = t.history;
    // A pain report taken out of the record is said before the question, never silently.
    let removed: Vec<&str> = correction
        .pain_removed_from()
        .into_iter()
        .map(|id| ctx.name(id))
        .collect();
    let removes_pain = !removed.is_empty();
    let pain = removes_pain.then(|| {
        let day = t.date(correction.session.date);
        [
            Line::raw(""),
            Line::styled(
                (r.confirm_removes_pain)(&day, &removed.join(", ")),
                ctx.theme.warning,
            ),
        ]
    });
    let lines: Vec<Line> = [Line::raw(describe(ctx, correction))]
        .into_iter()
        .chain(pain.into_iter().flatten())
        .chain([
            Line::raw(""),
            Line::styled(r.confirm_backup, ctx.theme.dim),
            Line::raw(""),
            Line::from(vec![
                Span::styled(format!(" {} ", yes_no(ctx, Key::Yes)), ctx.theme.key),
                Span::raw(format!("  {}    ", t.key_yes)),
                Span::styled(format!(" {} ", yes_no(ctx, Key::No)), ctx.theme.key),
                Span::raw(format!("  {}", t.discard_no)),
            ]),
        ])
        .collect();
    let width = area.width.saturating_sub(4).min(64);
    let height = if removes_pain { 14 } else { 10 };
    let popup = area.centered(Constraint::Length(width), Constraint::Length(height));
    Clear.render(popup, buf);
    Paragraph::new(Text::from(lines))
        .wrap(Wrap { trim: false })
        .block(
            Block::bordered()
                .title(Span::styled(
                    format!(" {} ", r.confirm_title),
                    ctx.theme.title,
                ))
                .padding(Padding::uniform(1)),
        )
        .render(popup, buf);
}

/// The question before `u` brings back the backup made by the last change.
pub fn render_undo(
    ctx: &Ctx,
    backup: &str,
    change: Option<&Correction>,
    area: Rect,
    buf: &mut Buffer,
) {
    let t = ctx.t;
    let d = t.data;
    // What the undo takes back, in the words the change was asked in; the backup's file
    // is only a detail.
    let question = change.map_or_else(
        || d.undo_last.to_owned(),
        |c| match c.change {
            Change::DeleteSession => (d.undo_delete)(&t.date(c.session.date)),
            _ => (d.undo_change)(&t.date(c.session.date), &describe(ctx, c)),
        },
    );
    let lines = vec![
        Line::raw(question),
        Line::raw(""),
        Line::styled((d.undo_question)(backup), ctx.theme.dim),
        Line::styled(d.undo_backup, ctx.theme.dim),
        Line::raw(""),
        Line::from(vec![
            Span::styled(format!(" {} ", yes_no(ctx, Key::Yes)), ctx.theme.key),
            Span::raw(format!("  {}    ", t.key_yes)),
            Span::styled(format!(" {} ", yes_no(ctx, Key::No)), ctx.theme.key),
            Span::raw(format!("  {}", t.discard_no)),
        ]),
    ];
    let width = area.width.saturating_sub(4).min(64);
    let popup = area.centered(Constraint::Length(width), Constraint::Length(15));
    Clear.render(popup, buf);
    Paragraph::new(Text::from(lines))
        .wrap(Wrap { trim: false })
        .block(
            Block::bordered()
                .title(Span::styled(format!(" {} ", d.undo_title), ctx.theme.title))
                .padding(Padding::uniform(1)),
        )
        .render(popup, buf);
}

/// "Chair squats, set 2: 12 reps → 10 reps", or the session to delete.
#[must_use]
pub fn describe(ctx: &Ctx, correction: &Correction) -> String {
    let t = ctx.t;
    let r = t.history;
    let session = &correction.session;
    let exercise = |i: usize| session.exercises.get(i);
    let name = |i: usize| exercise(i).map_or("", |e| ctx.name(&e.id));
    let change = |what: String, from: String, to: String| (r.confirm_change)(&what, &from, &to);
    match &correction.change {
        Change::DeleteSession => {
            let sets: usize = session.exercises.iter().map(|e| e.sets.len()).sum();
            let (date, program) = (t.date(session.date), t.program(session.program));
            if sets == 1 {
                (r.confirm_delete_one)(&date, program)
            } else {
                (r.confirm_delete)(&date, program, &sets)
            }
        }
        Change::Set {
            exercise: e,
            set,
            to,
        } => {
            let measure = exercise(*e)
                .and_then(|x| ctx.catalog.get(&x.id))
                .map(|x| x.measure);
            // Both as the history shows them, marks included: the set as it will be
            // written, not only the count typed.
            let shown = |s: &SetRecord| {
                let text = set_text(r, measure, s);
                if s.stopped_for_pain {
                    format!("{text} ({})", t.pain.stopped_for_pain)
                } else {
                    text
                }
            };
            let from = exercise(*e)
                .and_then(|x| x.sets.get(*set))
                .map(shown)
                .unwrap_or_default();
            let after = correction
                .corrected_session()
                .and_then(Result::ok)
                .and_then(|s| s.exercises.get(*e)?.sets.get(*set).cloned())
                .unwrap_or_else(|| to.clone());
            let what = (r.what_set)(name(*e), &(set + 1));
            change(what, from, shown(&after))
        }
        Change::Weight { exercise: e, kg } => {
            let from = exercise(*e)
                .and_then(|x| x.weight_kg)
                .map_or_else(|| r.nothing.to_owned(), |w| t.weight(w, ctx.units));
            let what = (r.what_weight)(name(*e));
            change(what, from, t.weight(*kg, ctx.units))
        }
        Change::Effort {
            exercise: e,
            effort,
        } => {
            let from = effort_name(t, exercise(*e).and_then(|x| x.effort));
            let what = (r.what_effort)(name(*e));
            change(what, from.to_owned(), effort_name(t, *effort).to_owned())
        }
        Change::Date(date) => change(r.what_date.to_owned(), t.date(session.date), t.date(*date)),
    }
}

/// The key of the confirmation's y or n, as the history's table binds it.
fn yes_no(ctx: &Ctx, key: Key) -> String {
    ctx.key(crate::app::Msg::History(key))
}
