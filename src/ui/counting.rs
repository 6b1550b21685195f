//! Counting sets: plain reps, reps held at the top (heel raises), and stomps per foot.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Gauge, Paragraph, Widget, Wrap};

use super::Ctx;
use super::big;
use crate::card::Beat;
use crate::card::Measure;
use crate::coach::session::{Foot, Input, Note, Phase, Session, foot_counts};

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
    let [_, counts, _, target, gauge, _, cue] = body.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(big_height + 1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
    ]));
    let set_of = super::set_of(t, session);
    Line::styled(
        format!("{} · {set_of}", ctx.name(&exercise.id)),
        ctx.theme.title,
    )
    .render(title, buf);
    let (done, target_line) = match session.phase() {
        Phase::Reps { count } => {
            labelled_big(ctx, t.session.reps_label, &count.to_string(), counts, buf);
            (*count, (t.session.target_reps)(&exercise.target))
        }
        Phase::TimedReps { count, hold } => {
            let target = timed_reps(ctx, exercise, *count, hold.as_ref(), counts, buf);
            (*count, target)
        }
        Phase::Stomps { order } => {
            let (left_count, right_count) = foot_counts(order);
            let [left, right] = counts.layout(&Layout::horizontal([Constraint::Fill(1); 2]));
            labelled_big(ctx, t.session.foot_left, &left_count.to_string(), left, buf);
            labelled_big(
                ctx,
                t.session.foot_right,
                &right_count.to_string(),
                right,
                buf,
            );
            let next = match order.last() {
                Some(Foot::Left) => t.session.foot_right,
                _ => t.session.foot_left,
            };
            let line = format!(
                "{}   ·   {}",
                (t.session.target_stomps)(&exercise.target),
                (t.session.stomp_next)(next)
            );
            (left_count.min(right_count), line)
        }
        Phase::Paced(set) => {
            if set.is_stomps() {
                let (left_count, right_count) = set.feet();
                let [left, right] = counts.layout(&Layout::horizontal([Constraint::Fill(1); 2]));
                labelled_big(ctx, t.session.foot_left, &left_count.to_string(), left, buf);
                labelled_big(
                    ctx,
                    t.session.foot_right,
                    &right_count.to_string(),
                    right,
                    buf,
                );
                let line = (t.session.target_stomps)(&exercise.target);
                (left_count.min(right_count), line)
            } else {
                labelled_big(
                    ctx,
                    t.session.reps_label,
                    &set.count().to_string(),
                    counts,
                    buf,
                );
                let what = if exercise.measure == Measure::TimedReps {
                    t.session.target_timed_reps
                } else {
                    t.session.target_reps
                };
                let target = match (exercise.kind.clone(), exercise.rep_hold_seconds) {
                    (crate::coach::plan::items::ItemKind::Posture, Some(seconds)) => {
                        (t.practice.posture_target)(exercise.target, seconds)
                    }
                    _ => what(&exercise.target),
                };
                (set.count(), target)
            }
        }
        _ => return,
    };
    Line::raw(target_line).centered().render(target, buf);
    render_progress(ctx, done, exercise.target, gauge, buf);
    render_cue(ctx, session, cue, buf);
}

/// Under the counter: paused, a note on the last key, the paced beat, or the cue.
fn render_cue(ctx: &Ctx, session: &Session, cue: Rect, buf: &mut Buffer) {
    let t = ctx.t;
    let exercise = session.exercise();
    if session.is_paused() {
        Line::styled(
            (t.session.paused)(&ctx.input_key(Input::TogglePause)),
            ctx.theme.warning,
        )
        .centered()
        .render(cue, buf);
    } else if session.note() == Some(Note::NothingCounted) {
        Paragraph::new(Line::styled(t.hands.nothing_counted, ctx.theme.warning).centered())
            .wrap(Wrap { trim: true })
            .render(cue, buf);
    } else if session.note() == Some(Note::SkipAgain) {
        let text = (t.hands.skip_again_during)(
            ctx.name(&exercise.id),
            &ctx.input_key(Input::SkipExercise),
        );
        Paragraph::new(Line::styled(text, ctx.theme.warning).centered())
            .wrap(Wrap { trim: true })
            .render(cue, buf);
    } else if let Some(Note::AtMost(max)) = session.note() {
        Paragraph::new(
            Line::styled(
                (t.hands.at_most)(&max, &ctx.input_key(Input::FinishSet)),
                ctx.theme.warning,
            )
            .centered(),
        )
        .wrap(Wrap { trim: true })
        .render(cue, buf);
    } else if let Phase::Paced(set) = session.phase() {
        // What to do now, in words large enough to catch from the corner of an eye.
        Line::styled(beat_word(ctx, set.beat()).to_uppercase(), ctx.theme.title)
            .centered()
            .render(cue, buf);
    } else if let Some(text) = ctx.text(&exercise.id) {
        Line::styled(text.cue.clone(), ctx.theme.dim)
            .centered()
            .render(cue, buf);
    }
}

/// Reps held at the top: the count, and the hold's seconds or what to do; the target.
fn timed_reps(
    ctx: &Ctx,
    exercise: &crate::coach::plan::items::PlannedExercise,
    count: u32,
    hold: Option<&crate::coach::timer::Timer>,
    counts: Rect,
    buf: &mut Buffer,
) -> String {
    let t = ctx.t;
    let [left, right] = counts.layout(&Layout::horizontal([Constraint::Fill(1); 2]));
    labelled_big(ctx, t.session.reps_label, &count.to_string(), left, buf);
    // Heel raises rise onto the toes; a posture move just holds its position.
    let posture = exercise.kind == crate::coach::plan::items::ItemKind::Posture;
    let (hold_start, hold_end) = if posture {
        (t.practice.hold_start, t.practice.hold_release)
    } else {
        (t.session.hold_rise, t.session.hold_lower)
    };
    let hold_start = hold_start(&ctx.input_key(Input::Count));
    match hold {
        Some(timer) => {
            let secs = timer.remaining_secs_shown(ctx.now).to_string();
            labelled_big(ctx, t.session.hold_label, &secs, right, buf);
        }
        None => {
            let hint = if count == 0 {
                hold_start.as_str()
            } else {
                hold_end
            };
            let [_, mid, _] = right.layout(&Layout::vertical([
                Constraint::Fill(1),
                Constraint::Length(1),
                Constraint::Fill(1),
            ]));
            Line::styled(hint, ctx.theme.title)
                .centered()
                .render(mid, buf);
        }
    }
    if posture {
        let seconds = exercise.rep_hold_seconds.unwrap_or_default();
        (t.practice.posture_target)(exercise.target, seconds)
    } else {
        (t.session.target_timed_reps)(&exercise.target)
    }
}

fn beat_word(ctx: &Ctx, beat: Beat) -> &'static str {
    let h = ctx.t.hands;
    match beat {
        Beat::Up => h.up,
        Beat::Hold => h.hold,
        Beat::Down => h.down,
        Beat::Left => h.left,
        Beat::Right => h.right,
    }
}

/// A small label above big digits.
pub fn labelled_big(ctx: &Ctx, label: &str, value: &str, area: Rect, buf: &mut Buffer) {
    let [label_area, digits] = area.layout(&Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
    ]));
    Line::styled(label.to_owned(), ctx.theme.dim)
        .centered()
        .render(label_area, buf);
    big::render(value, ctx.theme.big, digits, buf);
}

/// A bar that fills towards the target, with the numbers on it for those who cannot see colour.
pub fn render_progress(ctx: &Ctx, done: u32, target: u32, area: Rect, buf: &mut Buffer) {
    let ratio = if target == 0 {
        1.0
    } else {
        (f64::from(done) / f64::from(target)).min(1.0)
    };
    let area = area.centered_horizontally(Constraint::Percentage(70));
    Gauge::default()
        .ratio(ratio)
        .label(format!("{done} / {target}"))
        .gauge_style(ctx.theme.gauge)
        .use_unicode(true)
        .render(area, buf);
}
