//! "How did the last reps feel?" and, after pain, the advice to stop.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Ctx;
use crate::card::Measure;
use crate::coach::session::{Input, Phase, Session};
use crate::history::Effort;

pub fn render(ctx: &Ctx, session: &Session, area: Rect, buf: &mut Buffer) {
    let t = ctx.t;
    let exercise = session.exercise();
    let name = ctx.name(&exercise.id).to_owned();
    if session.phase() == &Phase::PainStop {
        let mut lines = vec![
            Line::styled(name, ctx.theme.title),
            Line::raw(""),
            Line::styled(format!("! {}", t.session.pain_title), ctx.theme.warning),
            Line::raw(""),
            Line::raw(t.session.pain_body),
            Line::raw(""),
            Line::styled(t.session.pain_who, ctx.theme.title),
        ];
        // Where it hurts, for the report; not in the warm-up, which records nothing.
        if !session.warming_up() {
            lines.extend([
                Line::raw(""),
                Line::raw(t.session.pain_where),
                sites_line(ctx, 0..4),
                sites_line(ctx, 4..7),
            ]);
        }
        let text = Text::from(lines);
        Paragraph::new(text)
            .wrap(Wrap { trim: false })
            .render(area, buf);
        return;
    }
    let (question, hint) = if exercise.measure == Measure::Hold {
        (t.session.effort_question_hold, t.session.effort_hint_hold)
    } else {
        (t.session.effort_question_reps, t.session.effort_hint)
    };
    let answer = |effort| ctx.input_key(Input::Answer(effort));
    let option = |key: &str, label: &str| {
        Line::from(vec![
            Span::raw("   "),
            Span::styled(format!(" {key} "), ctx.theme.key),
            Span::styled(format!("  {label}"), ctx.theme.title),
        ])
    };
    let text = Text::from(vec![
        Line::styled(name, ctx.theme.title),
        Line::raw(""),
        Line::styled(question, ctx.theme.title),
        Line::raw(""),
        option(&answer(Effort::TooEasy), t.session.effort_too_easy),
        Line::raw(""),
        option(&answer(Effort::JustRight), t.session.effort_just_right),
        Line::raw(""),
        option(&answer(Effort::TooHard), t.session.effort_too_hard),
        Line::raw(""),
        option(
            &answer(Effort::Pain),
            &format!("{} !", t.session.effort_pain),
        ),
        Line::raw(""),
        Line::styled(hint, ctx.theme.dim),
    ]);
    Paragraph::new(text)
        .wrap(Wrap { trim: false })
        .render(area, buf);
}

/// The places a pain can be, with their keys: `1 knee   2 hip ...`.
fn sites_line(ctx: &Ctx, range: std::ops::Range<usize>) -> Line<'static> {
    let mut spans = vec![Span::raw("  ")];
    for i in range {
        let key = crate::history::PainSite::ALL.get(i).map_or_else(
            || "?".to_owned(),
            |&site| ctx.input_key(Input::PainSite(site)),
        );
        spans.push(Span::styled(format!(" {key} "), ctx.theme.key));
        spans.push(Span::raw(format!(" {}   ", ctx.t.session.pain_sites[i])));
    }
    Line::from(spans)
}
