//! The settings screen: every answer of the profile in a list, one opened with `Enter`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Ctx;
use super::setup::question_texts;
use crate::app::SettingsState;
use crate::app::setup::{Row, SETTINGS};
use crate::i18n::SetupTexts;
use crate::profile::Profile;
use crate::questions::Question;

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
        // Never rows as questions: settings have their own rows (`Row::BirthYear`, `Row::Sex`).
        Question::BirthYear => s.q_setup_birth_year,
        Question::Sex => s.q_sex,
    }
}

/// Each row's label and answer: the answers of [`SETTINGS`], then the exercises left out.
fn rows(ctx: &Ctx, state: &SettingsState, profile: &Profile) -> Vec<(String, String)> {
    let t = ctx.t;
    let s = t.setup;
    let step = t.weight(crate::units::default_step_kg(profile.units), profile.units);
    let f = crate::i18n::function_test::texts(ctx.lang);
    let mut rows = Vec::new();
    for row in SETTINGS {
        rows.push(match row {
            // The program by its name, not by the set-up question's answer.
            Row::Question(Question::Experience) => (
                s.label_program.to_owned(),
                t.program(profile.program).to_owned(),
            ),
            Row::Question(question) => {
                let (_, _, answers) = question_texts(t, question, state.voice.as_deref());
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
            Row::BirthYear => (
                f.label_birth_year.to_owned(),
                profile
                    .birth_year
                    .map_or_else(|| s.norms_not_given.to_owned(), |y| y.to_string()),
            ),
            Row::Sex => (
                f.label_sex.to_owned(),
                profile
                    .sex
                    .map_or(s.norms_not_given, |sex| f.sex(sex))
                    .to_owned(),
            ),
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
    rows
}

/// What the last key did: the year of birth or the weights being typed, or saved.
fn said_lines(ctx: &Ctx, state: &SettingsState, profile: &Profile) -> Vec<Line<'static>> {
    let s = ctx.t.setup;
    // Owned weights are typed and shown in the user's units.
    let unit = profile.units.as_str();
    let step = ctx
        .t
        .weight(crate::units::default_step_kg(profile.units), profile.units);
    let mut lines = Vec::new();
    if let Some(text) = &state.birth_year {
        lines.push(Line::from(vec![
            Span::styled(format!("{}: ", s.q_birth_year), ctx.theme.title),
            Span::styled(format!("{text}_"), ctx.theme.key),
        ]));
        if let Some(part) = &state.invalid {
            lines.push(Line::styled(
                (s.birth_year_invalid)(part),
                ctx.theme.warning,
            ));
        }
    } else if let Some(text) = &state.weights {
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
    lines
}

pub fn render(ctx: &Ctx, state: &SettingsState, profile: &Profile, area: Rect, buf: &mut Buffer) {
    let t = ctx.t;
    let s = t.setup;
    if let Some(open) = &state.open {
        return super::setup::render(ctx, open, area, buf);
    }
    // A question about a left-out exercise goes at the top, where a small window keeps it.
    let question = state.bring_back.as_ref().map(|id| {
        let name = ctx.text(id).map_or(id.as_str(), |e| e.name.as_str());
        Line::styled((s.bring_back_question)(name), ctx.theme.warning)
    });
    // The header names the screen already: every row of the window goes to the answers,
    // under the question when one is asked.
    let head = usize::from(question.is_some());
    let mut lines: Vec<Line> = question.into_iter().collect();
    let rows = rows(ctx, state, profile);
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
    let list_len = lines.len();
    lines.push(Line::raw(""));
    // What "Try the sound" did takes the place of the speech program's line, which it
    // names anyway.
    lines.push(match (&state.tried, &state.voice) {
        (Some(tried), _) => tried_line(ctx, tried),
        (None, Some(program)) => Line::styled((s.speech_program_found)(program), ctx.theme.dim),
        (None, None) => Line::styled(s.no_speech_program, ctx.theme.dim),
    });
    lines.push(Line::raw(""));
    let said_from = lines.len();
    lines.extend(said_lines(ctx, state, profile));
    if let Some(error) = &state.error {
        lines.push(Line::styled(
            format!("! {}: {error}", t.save_failed),
            ctx.theme.warning,
        ));
    }
    let room = usize::from(area.height);
    if lines.len() <= room {
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .render(area, buf);
        return;
    }
    // Too long for the window (80x24, or many left-out exercises): what the last key did
    // (typed, saved, an error) keeps its lines at the bottom, then the speech line if there
    // is room; the list scrolls above them.
    let said = lines.split_off(said_from);
    let speech = lines.split_off(list_len);
    // The speech line only where the list leaves room for it (the Sound row names the
    // program too).
    let mut bottom: Vec<Line> = said;
    let speech: Vec<Line> = speech.into_iter().filter(|l| l.width() > 0).collect();
    if lines.len() + bottom.len() + speech.len() <= room {
        bottom.extend(speech);
    }
    let bottom_rows = bottom.len().min(room / 2);
    let list_room = room - bottom_rows;
    // The row chosen stays in sight; the question stays on top.
    let chosen_line = head + state.selected;
    if chosen_line + 1 > list_room && list_room > head + 1 {
        let skip = chosen_line + 1 - list_room;
        let kept: Vec<Line> = lines.drain(..head).collect();
        lines.drain(..skip.min(lines.len()));
        lines.splice(0..0, kept);
    }
    let split = u16::try_from(list_room).unwrap_or(area.height);
    let (top, low) = (
        Rect {
            height: split,
            ..area
        },
        Rect {
            y: area.y + split,
            height: area.height - split,
            ..area
        },
    );
    Paragraph::new(lines).render(top, buf);
    Paragraph::new(bottom)
        .wrap(Wrap { trim: false })
        .render(low, buf);
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
