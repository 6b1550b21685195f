//! The end of a session: what was done, ready to be saved (and kept on screen if saving fails).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Ctx;
use super::keys::KeyHelp;
use crate::coach::session::Session;
use crate::history::{Effort, ExerciseRecord, SetRecord};
use crate::i18n::Texts;

pub fn render(
    ctx: &Ctx,
    session: &Session,
    save_error: Option<&str>,
    area: Rect,
    buf: &mut Buffer,
) -> Vec<KeyHelp<'static>> {
    let t = ctx.t;
    let mut lines = vec![Line::styled(t.session.summary_title, ctx.theme.title)];
    if session.ended_early() {
        lines.push(Line::raw(t.session.summary_ended_early));
    }
    lines.push(Line::raw(""));
    let pain = session.records().iter().any(ExerciseRecord::reports_pain);
    let no_sets = session.records().iter().all(|r| r.sets.is_empty());
    if session.records().is_empty() {
        lines.push(Line::raw(t.session.summary_nothing));
    } else if no_sets && pain {
        // Pain is always kept: it puts the exercise on hold until its pain check.
        lines.push(Line::raw(t.pain.summary_pain_only));
    } else if no_sets {
        lines.push(Line::raw(t.session.summary_no_sets_done));
    }
    for record in session.records() {
        lines.push(Line::from(vec![
            Span::styled(format!(" {:<26}", ctx.name(&record.id)), ctx.theme.title),
            Span::raw(sets_text(t, record)),
            Span::styled(effort_text(t, record), ctx.theme.dim),
        ]));
    }
    lines.push(Line::raw(""));
    let minutes = session.elapsed_minutes(ctx.now);
    lines.push(Line::raw((t.session.summary_duration)(&minutes)));
    let nothing_done = no_sets && !pain;
    let mut keys = if nothing_done {
        // Nothing to record: Enter goes home and the day stays free for training.
        vec![("Enter", t.key_home_unsaved)]
    } else {
        vec![("Enter", t.key_save), ("q", t.key_stop)]
    };
    if let Some(reason) = save_error {
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            format!("! {}: {reason}", t.save_failed),
            ctx.theme.warning,
        ));
        lines.push(Line::raw(t.session.save_kept));
        keys[0] = ("Enter", t.key_retry);
    }
    Paragraph::new(Text::from(lines))
        .wrap(Wrap { trim: false })
        .render(area, buf);
    keys
}

/// "10, 9 reps", "20, 14 s", "20 left + 20 right".
fn sets_text(t: &Texts, record: &ExerciseRecord) -> String {
    if record.sets.is_empty() {
        return if record.skipped {
            t.session.summary_skipped
        } else {
            t.session.summary_no_sets
        }
        .to_owned();
    }
    let join = |f: &dyn Fn(&SetRecord) -> Option<u32>| {
        record
            .sets
            .iter()
            .filter_map(f)
            .map(|n| n.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let text = if record.sets[0].left.is_some() {
        let left = join(&|s| s.left);
        let right = join(&|s| s.right);
        (t.session.summary_stomps)(&left, &right)
    } else if record.sets[0].seconds.is_some() {
        (t.session.summary_seconds)(&join(&|s| s.seconds))
    } else {
        t.summary_reps(&join(&|s| s.reps))
    };
    if record.skipped {
        format!("{text} ({})", t.session.summary_skipped)
    } else {
        text
    }
}

fn effort_text(t: &Texts, record: &ExerciseRecord) -> String {
    let word = match record.effort {
        Some(Effort::TooEasy) => t.session.effort_too_easy,
        Some(Effort::JustRight) => t.session.effort_just_right_short,
        Some(Effort::TooHard) => t.session.effort_too_hard,
        Some(Effort::Pain) => t.session.effort_pain,
        None => return String::new(),
    };
    format!("  · {word}")
}
