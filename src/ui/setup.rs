//! One set-up or settings question: the question, why it is asked, the answers with the
//! chosen one marked (▶ and reverse video, so it reads without colour).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Ctx;
use crate::app::setup::{Key, SetupState};
use crate::app::{Msg, SetupMsg};
use crate::coach::session::Input;
use crate::i18n::Texts;
use crate::keymap::Place;
use crate::questions::{GET_READY_CHOICES, Question, REST_CHOICES};

/// The question's text, why it is asked (if there is a why), and its answers. Voice names
/// `voice`, the speech program found; without one the sound question says why voice is
/// not offered. A key named is the key a session's table binds.
#[must_use]
pub fn question_texts(
    t: &'static Texts,
    question: Question,
    voice: Option<&str>,
) -> (&'static str, Option<String>, Vec<String>) {
    let s = t.setup;
    let why = |text: &str| Some(text.to_owned());
    let owned = |answers: &[&str]| answers.iter().map(|a| (*a).to_owned()).collect();
    match question {
        Question::Language => (s.q_language, None, owned(&s.a_language)),
        Question::Disclaimer => (s.q_disclaimer, why(s.disclaimer), owned(&s.a_disclaimer)),
        Question::BoneStatus => (
            s.q_bone_status,
            why(s.why_bone_status),
            owned(&s.a_bone_status),
        ),
        Question::ClearedForImpact => (s.q_cleared, why(s.why_cleared), owned(&s.a_cleared)),
        Question::Experience => (
            s.q_experience,
            why(s.why_experience),
            owned(&s.a_experience),
        ),
        Question::WeeklyTarget => (
            s.q_weekly_target,
            why(s.why_weekly_target),
            owned(&s.a_weekly_target),
        ),
        Question::Units => (s.q_units, None, owned(&s.a_units)),
        Question::Rest => (
            s.q_rest,
            why(s.why_rest),
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
            let why = voice.is_none().then(|| s.no_speech_program.to_owned());
            (s.q_bell, why, answers)
        }
        Question::Counting => (
            s.q_counting,
            Some((s.why_counting)(&key(t, Place::Reps, Input::FinishSet))),
            (s.a_counting)(&key(t, Place::Reps, Input::Count)).into(),
        ),
        // Typed: no answers to choose from (the field is drawn under the why).
        Question::BirthYear => (s.q_setup_birth_year, why(s.why_norms), Vec::new()),
        Question::Sex => (s.q_sex, why(s.why_norms), owned(&s.a_sex)),
        Question::GetReady => (
            s.q_get_ready,
            Some((s.why_get_ready)(&key(t, Place::Ready, Input::Begin))),
            GET_READY_CHOICES
                .iter()
                .map(|seconds| (s.a_rest)(seconds))
                .collect(),
        ),
    }
}

/// A session's key by the place it works and what it sends.
fn key(t: &'static Texts, place: Place, input: Input) -> String {
    crate::keymap::session_key(t, place, input)
}

/// One plain line under each answer, for the questions whose answers need it.
fn answer_details(t: &'static Texts, question: Question) -> Vec<String> {
    let s = t.setup;
    match question {
        Question::Counting => (s.d_counting)(&key(t, Place::Reps, Input::Count)).into(),
        Question::Bell => s.d_bell.iter().map(|d| (*d).to_owned()).collect(),
        _ => Vec::new(),
    }
}

/// The year of birth being typed, how to type or skip it, and a year refused.
fn year_field(ctx: &Ctx, state: &SetupState) -> Vec<Line<'static>> {
    let s = ctx.t.setup;
    let enter = ctx.key(Msg::Setup(SetupMsg::Answer(Key::Enter)));
    let mut lines = vec![
        Line::styled(format!("  {}_", state.typed), ctx.theme.key),
        Line::raw(""),
        Line::styled((s.birth_year_hint)(&enter), ctx.theme.dim),
    ];
    if let Some(typed) = &state.invalid {
        lines.push(Line::styled(
            format!("! {}", (s.birth_year_invalid)(typed)),
            ctx.theme.warning,
        ));
    }
    lines
}

pub fn render(ctx: &Ctx, state: &SetupState, area: Rect, buf: &mut Buffer) {
    let t = ctx.t;
    let s = t.setup;
    let question = state.question();
    let (text, why, answers) = question_texts(t, question, state.voice.as_deref());
    let details = answer_details(t, question);
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
    if question == Question::BirthYear {
        lines.extend(year_field(ctx, state));
    }
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
