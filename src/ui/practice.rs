//! The two questions of a balance practice: "how steady was that?" after each hold, and
//! "is a counter within reach?" before a level that needs one.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Ctx;
use crate::coach::plan::items::ItemKind;
use crate::coach::session::{Input, Phase, Session};
use crate::history::{Effort, Steadiness};

/// Holds of the tandem stance shorter than this are worth telling a doctor about.
const TANDEM_WARNING_SECONDS: u32 = 10;

/// An answer and its key, as the practice's questions show them.
pub(super) fn option<'a>(ctx: &Ctx, key: &str, label: &str) -> Line<'a> {
    Line::from(vec![
        Span::raw("   "),
        Span::styled(format!(" {key} "), ctx.theme.key),
        Span::styled(format!("  {label}"), ctx.theme.title),
    ])
}

/// "How steady was that?" with the seconds held.
pub fn render_rate(ctx: &Ctx, session: &Session, area: Rect, buf: &mut Buffer) {
    let t = ctx.t;
    let p = t.practice;
    let exercise = session.exercise();
    let Phase::Rate { seconds } = session.phase() else {
        return;
    };
    let rate = |steadiness| ctx.input_key(Input::Rate(steadiness));
    let mut lines = vec![
        Line::styled(ctx.name(&exercise.id).to_owned(), ctx.theme.title),
        Line::raw(""),
        Line::raw((p.held_for)(*seconds, exercise.target)),
        Line::raw(""),
        Line::styled(p.rate_question, ctx.theme.title),
        Line::raw(""),
        option(ctx, &rate(Steadiness::Steady), p.rate_steady),
        Line::raw(""),
        option(ctx, &rate(Steadiness::Wobbly), p.rate_wobbly),
        Line::raw(""),
        option(ctx, &rate(Steadiness::HeldOn), p.rate_held_on),
        Line::raw(""),
        option(
            ctx,
            &ctx.input_key(Input::Answer(Effort::Pain)),
            &format!("{} !", t.session.effort_pain),
        ),
        Line::raw(""),
        Line::styled(p.rate_hint, ctx.theme.dim),
    ];
    let tandem = matches!(&exercise.kind, ItemKind::Balance(b) if b.progress.stance == "tandem");
    if tandem && *seconds < TANDEM_WARNING_SECONDS {
        lines.push(Line::raw(""));
        lines.push(Line::styled(p.tandem_warning, ctx.theme.warning));
    }
    Paragraph::new(Text::from(lines))
        .wrap(Wrap { trim: false })
        .render(area, buf);
}

/// "Is a counter within reach?", naming the level and the easier one instead.
pub fn render_counter_check(ctx: &Ctx, session: &Session, area: Rect, buf: &mut Buffer) {
    let t = ctx.t;
    let p = t.practice;
    let exercise = session.exercise();
    let ItemKind::Balance(item) = &exercise.kind else {
        return;
    };
    let routines = ctx.catalog.routines();
    let support_name = |id: &str| {
        routines
            .support(id)
            .map_or_else(|| id.to_owned(), |s| s.name(ctx.lang).to_owned())
    };
    let easier = item
        .without_counter
        .as_deref()
        .map(support_name)
        .unwrap_or_default();
    let lines = vec![
        Line::styled(ctx.name(&exercise.id).to_owned(), ctx.theme.title),
        Line::raw(""),
        Line::styled(p.counter_question, ctx.theme.title),
        Line::raw(""),
        Line::raw((p.counter_why)(&support_name(&item.support_used))),
        Line::raw(""),
        option(ctx, &ctx.input_key(Input::CounterNear(true)), p.counter_yes),
        Line::raw(""),
        option(
            ctx,
            &ctx.input_key(Input::CounterNear(false)),
            &(p.counter_no)(&easier),
        ),
    ];
    Paragraph::new(Text::from(lines))
        .wrap(Wrap { trim: false })
        .render(area, buf);
}
