//! The end of a session: what was done, ready to be saved (and kept on screen if saving fails).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Ctx;
use crate::coach::session::{Input, Session};
use crate::history::{Effort, ExerciseRecord, SetRecord};
use crate::i18n::Texts;

pub fn render(
    ctx: &Ctx,
    session: &Session,
    save_error: Option<&str>,
    area: Rect,
    buf: &mut Buffer,
) {
    let t = ctx.t;
    let title = if session.is_practice() {
        t.practice.summary_title
    } else {
        t.session.summary_title
    };
    let mut lines = vec![Line::styled(title, ctx.theme.title)];
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
        // Practice items have long names ("Tandem stance, fingertips on the counter"):
        // what was done goes on the line below, the holds with how steady they were.
        if session.is_practice() {
            lines.push(Line::styled(
                format!(" {}", ctx.name(&record.id)),
                ctx.theme.title,
            ));
            let done = match record.id.split('/').nth(1) {
                Some(stance) if record.id.starts_with("balance/") => {
                    practice_holds(t, session, stance)
                }
                _ => sets_text(t, record),
            };
            lines.push(Line::raw(format!("   {done}")));
            continue;
        }
        lines.push(Line::from(vec![
            Span::styled(format!(" {:<26}", ctx.name(&record.id)), ctx.theme.title),
            Span::raw(sets_text(t, record)),
            Span::styled(effort_text(t, record), ctx.theme.dim),
        ]));
    }
    lines.push(Line::raw(""));
    let minutes = session.elapsed_minutes(ctx.now);
    lines.push(Line::raw((t.session.summary_duration)(&minutes)));
    if let Some(reason) = save_error {
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            format!("! {}: {reason}", t.save_failed),
            ctx.theme.warning,
        ));
        lines.push(Line::raw((t.session.save_kept)(
            &ctx.input_key(Input::Save),
        )));
    }
    Paragraph::new(Text::from(lines))
        .wrap(Wrap { trim: false })
        .render(area, buf);
}

/// A stance's holds of this practice: "10 s steady, 15 s wobbly".
fn practice_holds(t: &Texts, session: &Session, stance: &str) -> String {
    let p = t.practice;
    let holds: Vec<String> = session
        .balance_holds()
        .iter()
        .filter(|h| h.stance == stance)
        .map(|h| {
            let how = match h.rating {
                Some(crate::history::Steadiness::Steady) => p.rate_steady,
                Some(crate::history::Steadiness::Wobbly) => p.rate_wobbly,
                Some(crate::history::Steadiness::HeldOn) => p.rate_held_on,
                None => t.session.effort_pain,
            };
            (p.summary_hold)(h.seconds, &how.to_lowercase())
        })
        .collect();
    if holds.is_empty() {
        t.session.summary_no_sets.to_owned()
    } else {
        holds.join(", ")
    }
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
