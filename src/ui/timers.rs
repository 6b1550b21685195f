//! Screens where time runs: the 3-2-1 before a hold, the hold itself, and the rest.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Ctx;
use super::counting::{labelled_big, render_progress};
use crate::card::Measure;
use crate::coach::session::{Input, Note, Phase, Session};

/// Rows the counter needs: spacing, digits with label, target, bar, spacing, cue.
const CONTENT_HEIGHT: u16 = 16;

pub fn render(ctx: &Ctx, session: &Session, area: Rect, buf: &mut Buffer) {
    let t = ctx.t;
    let exercise = session.exercise();
    // The title stays on top; the counter sits in the middle of whatever room is left.
    let [title, body] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
    ]));
    // Twice as tall digits when the window has the rows for them (from about 120x40).
    let big_height = super::big::height_for(
        body.height
            .saturating_sub(CONTENT_HEIGHT - super::big::HEIGHT),
    );
    let content_height = CONTENT_HEIGHT - super::big::HEIGHT + big_height;
    let body = body.centered_vertically(Constraint::Length(body.height.min(content_height)));
    let [_, digits, _, info, gauge, _, hint] = body.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(big_height + 1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
    ]));
    if session.phase() == &Phase::Ready {
        return render_ready(ctx, session, [title, digits, info, hint], buf);
    }
    let Some(timer) = session.active_timer() else {
        return;
    };
    let set_of = super::set_of(t, session);
    let name = ctx.name(&exercise.id);
    let (heading, hint_text) = match session.phase() {
        Phase::GetReady { .. } => {
            use crate::coach::session::GetReadyFor;
            let secs = timer.remaining_secs_shown(ctx.now).to_string();
            let (label, hint) = match session.after_get_ready_comes() {
                GetReadyFor::Hold => (t.session.get_ready_hold, t.session.get_ready_hint),
                GetReadyFor::CountedSet => (t.session.get_ready, t.session.get_ready_hint_set),
                GetReadyFor::Move => (t.session.get_ready, t.session.get_ready_hint_move),
            };
            labelled_big(ctx, label, &secs, digits, buf);
            (format!("{name} · {set_of}"), hint.to_owned())
        }
        Phase::Hold { .. } => {
            let held = timer.elapsed_secs_shown(ctx.now);
            // A warm-up move is done, not held.
            let label = if session.warming_up() {
                t.practice.place_warm_up
            } else {
                t.session.holding
            };
            labelled_big(ctx, label, &held.to_string(), digits, buf);
            let target = exercise.target;
            Line::raw((t.session.hold_progress)(&held, &target))
                .centered()
                .render(info, buf);
            let held = u32::try_from(held).unwrap_or(u32::MAX);
            render_progress(ctx, held, target, gauge, buf);
            let cue = ctx
                .text(&exercise.id)
                .map(|x| x.cue.clone())
                .unwrap_or_default();
            (format!("{name} · {set_of}"), cue)
        }
        Phase::Rest { .. } => {
            let secs = timer.remaining_secs_shown(ctx.now).to_string();
            labelled_big(ctx, t.session.rest_title, &secs, digits, buf);
            Line::raw((t.session.rest_next)(&session.set_number(), &exercise.sets))
                .centered()
                .render(info, buf);
            (name.to_owned(), t.session.rest_hint.to_owned())
        }
        _ => return,
    };
    Line::styled(heading, ctx.theme.title).render(title, buf);
    if timer.is_paused() {
        Line::styled(
            (t.session.paused)(&ctx.input_key(Input::TogglePause)),
            ctx.theme.warning,
        )
        .centered()
        .render(hint, buf);
    } else if session.note() == Some(Note::NothingCounted) {
        Line::styled(t.hands.nothing_counted, ctx.theme.warning)
            .centered()
            .render(hint, buf);
    } else if session.note() == Some(Note::SkipAgain) {
        Line::styled(
            (t.hands.skip_again_during)(name, &ctx.input_key(Input::SkipExercise)),
            ctx.theme.warning,
        )
        .centered()
        .render(hint, buf);
    } else {
        Line::styled(hint_text, ctx.theme.dim)
            .centered()
            .render(hint, buf);
    }
}

/// The ready step: a timed set waits until the user says go.
fn render_ready(
    ctx: &Ctx,
    session: &Session,
    [title, digits, info, hint]: [Rect; 4],
    buf: &mut Buffer,
) {
    let t = ctx.t;
    let exercise = session.exercise();
    let set_of = super::set_of(t, session);
    Line::styled(
        format!("{} · {set_of}", ctx.name(&exercise.id)),
        ctx.theme.title,
    )
    .render(title, buf);
    let [label, word] = digits.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
    ]));
    Line::styled(t.hands.ready_label, ctx.theme.dim)
        .centered()
        .render(label, buf);
    Line::styled(t.hands.ready_word, ctx.theme.title)
        .centered()
        .render(word.centered_vertically(Constraint::Length(1)), buf);
    let what = match exercise.measure {
        // A warm-up move is done for a time, not held.
        Measure::Hold if session.warming_up() => t.hands.ready_move,
        Measure::Hold => t.hands.ready_hold,
        // The coach will count: the set's target, as the counting screen says it.
        Measure::Reps => t.session.target_reps,
        Measure::TimedReps => t.session.target_timed_reps,
        Measure::Stomps => t.session.target_stomps,
    };
    Line::raw(what(&exercise.target))
        .centered()
        .render(info, buf);
    Paragraph::new(Line::styled(t.hands.ready_hint, ctx.theme.dim).centered())
        .wrap(Wrap { trim: true })
        .render(hint, buf);
}
