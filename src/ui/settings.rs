//! The settings screen: every answer of the profile in a list, one opened with `Enter`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Ctx;
use super::setup::question_texts;
use crate::app::SettingsState;
use crate::app::setup::{Question, Row, SETTINGS};
use crate::i18n::SetupTexts;
use crate::profile::Profile;

/// A question's label on the settings screen.
fn label(s: &SetupTexts, question: Question) -> &'static str {
    match question {
        Question::Language => s.label_language,
        // Never a row: set-up asks it once.
        Question::Disclaimer => s.q_disclaimer,
        Question::BoneStatus => s.label_bones,
        Question::ClearedForImpact => s.label_cleared,
        Question::Experience => s.label_program,
        Question::WeeklyTarget => s.label_weekly_target,
        Question::Units => s.label_units,
        Question::Rest => s.label_rest,
        Question::Bell => s.label_sound,
        Question::GetReady => s.label_get_ready,
        Question::Counting => s.label_counting,
    }
}

pub fn render(ctx: &Ctx, state: &SettingsState, profile: &Profile, area: Rect, buf: &mut Buffer) {
    let t = ctx.t;
    let s = t.setup;
    // Owned weights are typed and shown in the user's units.
    let unit = profile.units.as_str();
    let step = t.weight(crate::units::default_step_kg(profile.units), profile.units);
    if let Some(open) = &state.open {
        return super::setup::render(ctx, open, area, buf);
    }
    // A question about a left-out exercise goes at the top, where a small window keeps it.
    let question = state.bring_back.as_ref().map(|id| {
        let name = ctx.text(id).map_or(id.as_str(), |e| e.name.as_str());
        Line::styled((s.bring_back_question)(name), ctx.theme.warning)
    });
    let mut lines = vec![
        Line::styled(s.settings_title, ctx.theme.title),
        question.unwrap_or_else(|| Line::raw("")),
    ];
    let mut rows = Vec::new();
    for row in SETTINGS {
        rows.push(match row {
            // The program by its name, not by the set-up question's answer.
            Row::Question(Question::Experience) => (
                s.label_program.to_owned(),
                t.program(profile.program).to_owned(),
            ),
            Row::Question(question) => {
                let (_, _, answers) = question_texts(s, question, state.voice.as_deref());
                let answer = answers
                    .get(question.current(profile))
                    .cloned()
                    .unwrap_or_default();
                (label(s, question).to_owned(), answer)
            }
            Row::OwnedWeights => {
                let value = if profile.owned_weights_kg.is_empty() {
                    (s.owned_weights_none)(&step)
                } else {
                    let shown: Vec<String> = profile
                        .owned_weights_kg
                        .iter()
                        .map(|w| crate::units::typed(*w, profile.units))
                        .collect();
                    format!("{} {}", shown.join(", "), profile.units.as_str())
                };
                (s.label_owned_weights.to_owned(), value)
            }
            Row::WarmUp => (
                t.practice.label_warm_up.to_owned(),
                if profile.warm_up {
                    t.practice.warm_up_on
                } else {
                    t.practice.warm_up_off
                }
                .to_owned(),
            ),
            Row::PracticeDays => (
                t.practice.label_practice_days.to_owned(),
                profile.practice_target().to_string(),
            ),
            Row::TrySound => (s.label_try_sound.to_owned(), s.try_sound_value.to_owned()),
            Row::ReminderTime => (
                s.label_reminder_time.to_owned(),
                (s.reminder_time_value)(&profile.reminder_at().format("%H:%M").to_string()),
            ),
            Row::ReminderNotify => (
                s.label_reminder_notify.to_owned(),
                if profile.reminder_notifies() {
                    s.reminder_notify_yes
                } else {
                    s.reminder_notify_no
                }
                .to_owned(),
            ),
        });
    }
    // The exercises left out by the user, one a row: Enter asks to bring one back.
    for (i, id) in profile.left_out.iter().enumerate() {
        let label = if i == 0 { s.label_left_out } else { "" };
        let name = ctx.text(id).map_or(id.as_str(), |e| e.name.as_str());
        rows.push((label.to_owned(), name.to_owned()));
    }
    // One column for the answers, however long the longest label is in this language.
    let width = rows
        .iter()
        .map(|(label, _)| label.chars().count())
        .max()
        .unwrap_or(0);
    for (i, (label, value)) in rows.into_iter().enumerate() {
        let chosen = i == state.selected;
        let marker = if chosen { "▶ " } else { "  " };
        let style = if chosen {
            ctx.theme.key
        } else {
            ctx.theme.text
        };
        lines.push(Line::from(vec![
            Span::styled(format!("{marker}{label:<width$}"), style),
            Span::raw("  "),
            Span::styled(value, ctx.theme.title),
        ]));
    }
    lines.push(Line::raw(""));
    // What "Try the sound" did takes the place of the speech program's line, which it
    // names anyway: at 80x24 there is room under the list for one of them.
    lines.push(match (&state.tried, &state.voice) {
        (Some(tried), _) => tried_line(ctx, tried),
        (None, Some(program)) => Line::styled((s.speech_program_found)(program), ctx.theme.dim),
        (None, None) => Line::styled(s.no_speech_program, ctx.theme.dim),
    });
    lines.push(Line::raw(""));
    if let Some(text) = &state.weights {
        lines.push(Line::from(vec![
            Span::styled(format!("{}: ", (s.q_owned_weights)(unit)), ctx.theme.title),
            Span::styled(format!("{text}_"), ctx.theme.key),
        ]));
        lines.push(Line::styled((s.owned_weights_hint)(&step), ctx.theme.dim));
        if let Some(part) = &state.invalid {
            lines.push(Line::styled(
                (s.owned_weights_invalid)(part, unit),
                ctx.theme.warning,
            ));
        }
    } else if state.saved {
        lines.push(Line::styled(s.saved, ctx.theme.good));
    }
    if let Some(error) = &state.error {
        lines.push(Line::styled(
            format!("! {}: {error}", t.save_failed),
            ctx.theme.warning,
        ));
    }
    // The row chosen stays in sight when the left-out exercises make the list long (the
    // rows are short: one line each). The title and the question stay on top.
    let chosen_line = 2 + state.selected;
    let room = usize::from(area.height);
    if chosen_line + 1 > room && room > 3 {
        let skip = chosen_line + 1 - room;
        let head: Vec<Line> = lines.drain(..2).collect();
        lines.drain(..skip.min(lines.len()));
        lines.splice(0..0, head);
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(area, buf);
}

/// What "Try the sound" did, in words.
fn tried_line(ctx: &Ctx, tried: &crate::app::settings_state::Tried) -> Line<'static> {
    use crate::app::settings_state::Tried;
    let s = ctx.t.setup;
    let (text, style) = match tried {
        Tried::Off => (s.tried_off.to_owned(), ctx.theme.warning),
        Tried::Bell => (s.tried_bell.to_owned(), ctx.theme.good),
        Tried::Voice(program) => ((s.tried_voice)(program), ctx.theme.good),
        Tried::NoProgram => (s.tried_no_program.to_owned(), ctx.theme.warning),
        Tried::Failed(reason) => ((s.tried_failed)(reason), ctx.theme.warning),
    };
    Line::styled(text, style)
}
