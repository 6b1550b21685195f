//! The card that opens each exercise: how to do it, what to remember, today's target.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Ctx;
use super::keys::KeyHelp;
use crate::coach::safety::Caution;
use crate::coach::session::{Note, Session};

pub fn render(ctx: &Ctx, session: &Session, area: Rect, buf: &mut Buffer) -> Vec<KeyHelp<'static>> {
    let t = ctx.t;
    let exercise = session.exercise();
    // The target and the safety notes come before the steps: on a small window it is the
    // steps (shown every session) that run off the bottom, never a warning.
    let mut lines = vec![Line::styled(
        ctx.name(&exercise.id).to_owned(),
        ctx.theme.title,
    )];
    // The second `s` skips: said at the top, where it is seen whatever the window.
    if session.note() == Some(Note::SkipAgain) {
        lines.push(Line::styled(
            format!("! {}", t.hands.skip_again),
            ctx.theme.warning,
        ));
    }
    let text = ctx.text(&exercise.id);
    if let Some(text) = text {
        lines.push(Line::from(vec![
            Span::styled(format!("{}: ", t.card_loads), ctx.theme.dim),
            Span::styled(text.loads.clone(), ctx.theme.dim),
        ]));
    }
    lines.push(Line::raw(""));
    lines.push(Line::from(vec![
        Span::styled(format!("{}: ", t.card_today), ctx.theme.title),
        Span::raw(super::home::target_text(t, exercise, ctx.units)),
    ]));
    // Resumed after the profile changed or pain was reported: say what was left out.
    if !session.dropped().is_empty() {
        let names: Vec<&str> = session.dropped().iter().map(|id| ctx.name(id)).collect();
        lines.push(Line::styled(
            format!(
                "! {}",
                crate::i18n::fill(
                    t.pain.dropped_on_resume,
                    &[("exercises", &names.join(", "))]
                )
            ),
            ctx.theme.warning,
        ));
    }
    // A resumed session picks up mid-exercise: say which set comes next.
    if !session.sets_done().is_empty() {
        lines.push(Line::styled(
            crate::i18n::fill(
                t.rest_next,
                &[("set", &session.set_number()), ("sets", &exercise.sets)],
            ),
            ctx.theme.title,
        ));
    }
    if exercise.after_pain {
        lines.push(Line::styled(
            format!("! {}", t.pain.back_after_pain),
            ctx.theme.warning,
        ));
    }
    if let Some(text) = text {
        // Osteopenia or osteoporosis: the safer form, in its own words. Not knowing: ask.
        match exercise.caution {
            Some(caution @ Caution::WeakerBones) => {
                if let Some(bone) = caution.text(text) {
                    lines.push(Line::styled(
                        format!("! {}: {bone}", t.setup.caution_title),
                        ctx.theme.warning,
                    ));
                }
            }
            Some(caution @ Caution::UnknownBones) => {
                if let Some(unknown) = caution.text(text) {
                    lines.push(Line::styled(format!("! {unknown}"), ctx.theme.warning));
                }
            }
            None => {}
        }
        for caution in &text.cautions {
            lines.push(Line::styled(format!("! {caution}"), ctx.theme.warning));
        }
        lines.push(Line::from(vec![
            Span::styled(format!("{}: ", t.card_remember), ctx.theme.title),
            Span::raw(text.cue.clone()),
        ]));
        lines.push(Line::raw(""));
        for (i, step) in text.steps.iter().enumerate() {
            lines.push(Line::raw(format!(" {}. {step}", i + 1)));
        }
    }
    Paragraph::new(Text::from(lines))
        .wrap(Wrap { trim: false })
        .render(area, buf);
    vec![
        ("Enter", t.key_begin),
        ("s", t.key_skip_exercise),
        ("4", t.effort_pain),
        ("q", t.key_stop),
    ]
}
