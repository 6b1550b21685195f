//! One set-up or settings question: the question, why it is asked, the answers with the
//! chosen one marked (▶ and reverse video, so it reads without colour).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Ctx;
use crate::app::setup::SetupState;
use crate::i18n::SetupTexts;
use crate::questions::GET_READY_CHOICES;
use crate::questions::Question;
use crate::questions::REST_CHOICES;

/// The question's text, why it is asked (if there is a why), and its answers. Voice names
/// `voice`, the speech program found; without one the sound question says why voice is
/// not offered.
#[must_use]
pub fn question_texts(
    s: &SetupTexts,
    question: Question,
    voice: Option<&str>,
) -> (&'static str, Option<&'static str>, Vec<String>) {
    let owned = |answers: &[&str]| answers.iter().map(|a| (*a).to_owned()).collect();
    match question {
        Question::Language => (s.q_language, None, owned(&s.a_language)),
        Question::Disclaimer => (s.q_disclaimer, Some(s.disclaimer), owned(&s.a_disclaimer)),
        Question::BoneStatus => (
            s.q_bone_status,
            Some(s.why_bone_status),
            owned(&s.a_bone_status),
        ),
        Question::ClearedForImpact => (s.q_cleared, Some(s.why_cleared), owned(&s.a_cleared)),
        Question::Experience => (
            s.q_experience,
            Some(s.why_experience),
            owned(&s.a_experience),
        ),
        Question::WeeklyTarget => (
            s.q_weekly_target,
            Some(s.why_weekly_target),
            owned(&s.a_weekly_target),
        ),
        Question::Units => (s.q_units, None, owned(&s.a_units)),
        Question::Rest => (
            s.q_rest,
            Some(s.why_rest),
            REST_CHOICES
                .iter()
                .map(|seconds| (s.a_rest)(seconds))
                .collect(),
        ),
        Question::Bell => {
            let mut answers: Vec<String> = owned(&s.a_bell);
            if let Some(program) = voice {
                answers[2] = (s.a_voice)(program);
            }
            let why = voice.is_none().then_some(s.no_speech_program);
            (s.q_bell, why, answers)
        }
        Question::Counting => (s.q_counting, Some(s.why_counting), owned(&s.a_counting)),
        Question::GetReady => (
            s.q_get_ready,
            Some(s.why_get_ready),
            GET_READY_CHOICES
                .iter()
                .map(|seconds| (s.a_rest)(seconds))
                .collect(),
        ),
    }
}

/// One plain line under each answer, for the questions whose answers need it.
fn answer_details(s: &'static SetupTexts, question: Question) -> &'static [&'static str] {
    match question {
        Question::Counting => &s.d_counting,
        Question::Bell => &s.d_bell,
        _ => &[],
    }
}

pub fn render(ctx: &Ctx, state: &SetupState, area: Rect, buf: &mut Buffer) {
    let t = ctx.t;
    let s = t.setup;
    let question = state.question();
    let (text, why, answers) = question_texts(s, question, state.voice.as_deref());
    let details = answer_details(s, question);
    let mut lines = Vec::new();
    if let Some((n, of)) = state.position() {
        if n == 1 {
            lines.push(Line::styled(s.welcome, ctx.theme.title));
            lines.push(Line::raw(if state.is_partial() {
                s.welcome_rest_body
            } else {
                s.welcome_body
            }));
            lines.push(Line::raw(""));
        }
        lines.push(Line::styled((s.question_of)(&n, &of), ctx.theme.dim));
    }
    lines.push(Line::styled(text, ctx.theme.title));
    if let Some(why) = why {
        lines.push(Line::raw(why));
    }
    lines.push(Line::raw(""));
    let suggested = question.current(&crate::profile::Profile::defaults(state.draft.lang));
    for (i, answer) in answers.iter().enumerate().take(state.offered()) {
        let chosen = i == state.choice;
        let marker = if chosen { "▶ " } else { "  " };
        let mut spans = vec![Span::styled(
            format!("{marker}{answer}"),
            if chosen {
                ctx.theme.key
            } else {
                ctx.theme.text
            },
        )];
        if state.single.is_none() && i == suggested && answers.len() > 1 {
            spans.push(Span::styled(
                format!("  {}", s.default_marker),
                ctx.theme.dim,
            ));
        }
        lines.push(Line::from(spans));
        if let Some(detail) = details.get(i) {
            // Wrapped, it stays under its answer.
            lines.extend(super::wrap::hanging(
                Span::raw("    "),
                detail,
                ctx.theme.dim,
                area.width,
            ));
        }
    }
    if let Some(error) = &state.error {
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            format!("! {}: {error}", t.save_failed),
            ctx.theme.warning,
        ));
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(area, buf);
}
