//! The card that opens each exercise: how to do it, what to remember, today's target, and a
//! drawing of the positions. A card longer than the window scrolls.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::Ctx;
use super::wrap::hanging;
use crate::card::{DRAWING_WIDTH, ExerciseText};
use crate::coach::plan::items::ItemKind;
use crate::coach::safety::Caution;
use crate::coach::session::{Input, Note, Session};

/// From this width the drawing stands beside the text; narrower, it comes after the steps.
const SIDE_BY_SIDE: u16 = 100;

/// Returns whether the card scrolls (it does not fit `area`).
pub fn render(ctx: &Ctx, session: &Session, area: Rect, buf: &mut Buffer) -> bool {
    let drawing = ctx.catalog.drawing(&session.exercise().id);
    let beside = area.width >= SIDE_BY_SIDE && !drawing.is_empty();
    let (text_area, side) = if beside {
        let gap = u16::try_from(DRAWING_WIDTH + 2).unwrap_or(u16::MAX);
        let [text, side] = area.layout(&Layout::horizontal([
            Constraint::Fill(1),
            Constraint::Length(gap),
        ]));
        (text, Some(side))
    } else {
        (area, None)
    };
    let mut lines = card_lines(ctx, session, text_area.width);
    if !beside && !drawing.is_empty() {
        lines.push(Line::raw(""));
        lines.extend(drawing_lines(ctx, drawing));
    }
    if let Some(side) = side {
        for (line, row) in drawing_lines(ctx, drawing).into_iter().zip(side.rows()) {
            line.render(row, buf);
        }
    }
    render_scrolled(ctx, &lines, session.card_scroll(), text_area, buf)
}

/// The lines from `scroll` on that fit `area`; when the card goes on below, the last row
/// says so. True when the card does not fit.
fn render_scrolled(
    ctx: &Ctx,
    lines: &[Line<'static>],
    scroll: u16,
    area: Rect,
    buf: &mut Buffer,
) -> bool {
    let height = usize::from(area.height);
    if lines.len() <= height {
        for (line, row) in lines.iter().zip(area.rows()) {
            line.render(row, buf);
        }
        return false;
    }
    // One row for the sign; never scrolled past the end, so the last screenful stays.
    let visible = height.saturating_sub(1);
    let most = lines.len() - visible;
    let from = usize::from(scroll).min(most);
    let mut rows = area.rows();
    for (line, row) in lines[from..from + visible].iter().zip(&mut rows) {
        line.render(row, buf);
    }
    if from < most
        && let Some(row) = rows.next()
    {
        let more = (ctx.t.hands.more_below)(
            &ctx.input_key(Input::ScrollCard(false)),
            &ctx.input_key(Input::ScrollCard(true)),
        );
        Line::styled(more, ctx.theme.title)
            .right_aligned()
            .render(row, buf);
    }
    true
}

fn drawing_lines(ctx: &Ctx, drawing: &[String]) -> Vec<Line<'static>> {
    let mut lines = vec![Line::styled(ctx.t.hands.drawing_caption, ctx.theme.dim)];
    lines.extend(drawing.iter().map(|l| Line::raw(format!(" {l}"))));
    lines
}

/// Today's target on the card: the warm-up's minutes, a posture move's holds, else the
/// sets and reps (or seconds) with the weight.
fn card_target(ctx: &Ctx, exercise: &crate::coach::plan::items::PlannedExercise) -> String {
    let t = ctx.t;
    match exercise.kind {
        ItemKind::WarmUp => {
            (t.practice.warm_up_today)(ctx.catalog.routines().warm_up_seconds().div_ceil(60))
        }
        ItemKind::Posture => (t.practice.posture_today)(exercise.target, exercise.rep_hold_seconds),
        ItemKind::Exercise | ItemKind::Balance(_) => {
            crate::i18n::format::target_text(t, exercise, ctx.units)
        }
    }
}

/// The exercise's own words: the cautions for the bone status and its own, the cue to
/// remember, then the steps.
fn text_lines(
    ctx: &Ctx,
    exercise: &crate::coach::plan::items::PlannedExercise,
    text: &ExerciseText,
    width: u16,
) -> Vec<Line<'static>> {
    let t = ctx.t;
    let plain = Style::default();
    let mut lines = Vec::new();
    let warn = |lines: &mut Vec<Line<'static>>, text: &str| {
        lines.extend(hanging(
            Span::styled("! ", ctx.theme.warning),
            text,
            ctx.theme.warning,
            width,
        ));
    };
    // Osteopenia or osteoporosis: the safer form, in its own words. Not knowing: ask.
    match exercise.caution {
        Some(caution @ Caution::WeakerBones) => {
            if let Some(bone) = caution.text(text) {
                warn(&mut lines, &format!("{}: {bone}", t.setup.caution_title));
            }
        }
        Some(caution @ Caution::UnknownBones) => {
            if let Some(unknown) = caution.text(text) {
                warn(&mut lines, unknown);
            }
        }
        None => {}
    }
    for caution in &text.cautions {
        warn(&mut lines, caution);
    }
    lines.extend(hanging(
        Span::styled(format!("{}: ", t.session.card_remember), ctx.theme.title),
        &text.cue,
        plain,
        width,
    ));
    lines.push(Line::raw(""));
    for (i, step) in text.steps.iter().enumerate() {
        lines.extend(hanging(
            Span::raw(format!(" {}. ", i + 1)),
            step,
            plain,
            width,
        ));
    }
    lines
}

/// The card's text wrapped to `width`. The target and the safety notes come before the
/// steps: on a small window it is the steps (shown every session) that need scrolling to,
/// never a warning.
fn card_lines(ctx: &Ctx, session: &Session, width: u16) -> Vec<Line<'static>> {
    let t = ctx.t;
    let exercise = session.exercise();
    let plain = Style::default();
    let warn = |lines: &mut Vec<Line<'static>>, text: &str| {
        lines.extend(hanging(
            Span::styled("! ", ctx.theme.warning),
            text,
            ctx.theme.warning,
            width,
        ));
    };
    let labelled = |label: &str, style: Style, text: &str, text_style: Style| {
        hanging(
            Span::styled(format!("{label}: "), style),
            text,
            text_style,
            width,
        )
    };
    let mut lines = hanging(
        Span::raw(""),
        ctx.name(&exercise.id),
        ctx.theme.title,
        width,
    );
    // The second `s` skips: said at the top, where it is seen whatever the window.
    if session.note() == Some(Note::SkipAgain) {
        let again = (t.hands.skip_again)(
            &ctx.input_key(Input::SkipExercise),
            &ctx.input_key(Input::Begin),
        );
        warn(&mut lines, &again);
    }
    let text = ctx.text(&exercise.id);
    if let Some(text) = text.filter(|text| !text.loads.is_empty()) {
        lines.extend(labelled(
            t.session.card_loads,
            ctx.theme.dim,
            &text.loads,
            ctx.theme.dim,
        ));
    }
    lines.push(Line::raw(""));
    let target = card_target(ctx, exercise);
    lines.extend(labelled(
        t.session.card_today,
        ctx.theme.title,
        &target,
        plain,
    ));
    // Why today's numbers are what they are (issue 24, design 8): said when they changed
    // or were held (not "as before", not a first time: the screen has little room).
    if let Some(why) = exercise.why.iter().copied().find(|w| {
        !matches!(
            w,
            crate::coach::why::Why::AsBefore | crate::coach::why::Why::FirstTime
        )
    }) {
        lines.extend(labelled(
            t.session.card_why,
            ctx.theme.dim,
            (t.notes.why)(why),
            plain,
        ));
    }
    // Resumed after the profile changed or pain was reported: say what was left out.
    if !session.dropped().is_empty() {
        let names: Vec<&str> = session.dropped().iter().map(|id| ctx.name(id)).collect();
        let dropped = (t.pain.dropped_on_resume)(&names.join(", "));
        warn(&mut lines, &dropped);
    }
    // A resumed session picks up mid-exercise: say which set comes next.
    if !session.sets_done().is_empty() {
        let next = (t.session.rest_next)(&session.set_number(), &exercise.sets);
        lines.extend(hanging(Span::raw(""), &next, ctx.theme.title, width));
    }
    if exercise.after_pain {
        warn(&mut lines, t.pain.back_after_pain);
    }
    let Some(text) = text else {
        return lines;
    };
    lines.extend(text_lines(ctx, exercise, text, width));
    lines
}
