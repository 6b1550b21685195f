//! Home: what today is for (train, rest, done), this week's count, and the session.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Paragraph, Widget};

use super::Ctx;
use crate::app::{Left, Model, Notice, Unfinished};
use crate::card::Measure;
use crate::coach::progression::PromptKind;
use crate::coach::rest::DayStatus;
use crate::coach::safety::ExcludeReason;
use crate::history::PainAnswer;

pub fn render(ctx: &Ctx, model: &Model, area: Rect, buf: &mut Buffer) {
    if let crate::app::HomeMode::MonthReview(review) = &model.home.mode {
        return render_month_review(ctx, model, review, area, buf);
    }
    let t = ctx.t;
    let day = &model.day;
    let date = day.today.date;
    let mut lines = today_lines(ctx, model);
    // Issue 30: the test day offered, a fall holding the plan back.
    lines.extend(super::function_test::home_lines(ctx, model));
    lines.push(Line::raw(""));
    for (i, exercise) in day.session.exercises.iter().enumerate() {
        lines.push(Line::raw(format!(
            " {}. {:<26}{}",
            i + 1,
            ctx.name(&exercise.id),
            crate::i18n::format::target_text(t, exercise, model.settings.units)
        )));
    }
    if day.may_start() {
        let rest = (t.home.home_rest)(&day.session.rest_seconds);
        lines.push(Line::raw(format!("    {rest}")));
    }
    // Each number that changed since the last session, and why (issue 24, design 8): a
    // few, to fit 80x24; `plan` says each.
    lines.extend(change_lines(ctx, model));
    // Why a target or weight is held back: never silent. (A step held back a few days by
    // the pace rule is only in the plan: it needs no action and would crowd home; a
    // changed number says its reason above.)
    for (id, note) in day.notes.iter().filter(|(id, n)| {
        !matches!(n, crate::coach::progression::Note::Paced { .. })
            && !day.changes.iter().any(|c| c.exercise == *id)
    }) {
        lines.push(Line::styled(
            format!(
                "  * {}",
                t.note(note, ctx.name(id), model.settings.units, is_hold(model, id))
            ),
            ctx.theme.dim,
        ));
    }
    // Pain holds have their own notice below, with the question.
    for excluded in day
        .excluded
        .iter()
        .filter(|x| x.reason != ExcludeReason::PainReported)
    {
        lines.push(Line::styled(
            format!("  {}", t.excluded(excluded, ctx.name(&excluded.id))),
            ctx.theme.dim,
        ));
    }
    lines.push(Line::raw(""));
    if let Some(aside) = &model.journal_set_aside {
        lines.extend(super::set_aside::lines(ctx, aside));
    }
    if let Some(unfinished) = model.home.unfinished() {
        lines.extend(unfinished_lines(ctx, unfinished, date));
        lines.push(Line::raw(""));
    }
    let questions = question_lines(ctx, model);
    if !questions.is_empty() {
        lines.extend(questions);
        lines.push(Line::raw(""));
    }
    lines.extend(week_lines(ctx, model));
    // The last one on or before today: one dated later is reported above, not trusted.
    match model.day.today.last_session {
        Some(last) => lines.push(Line::raw((t.home.home_last_session)(&t.date(last)))),
        // "starts with Enter" would be wrong while an unfinished session waits.
        None if model.home.unfinished().is_none() && !day.nothing_to_train() => {
            lines.push(Line::raw(t.home.home_no_sessions));
        }
        None => {}
    }
    lines.push(Line::styled(
        format!("{}: {}", t.home.home_history_file, model.history_path),
        ctx.theme.dim,
    ));
    // The news of what just happened (saved, answered, undone) goes first: at 80x24 the
    // bottom of home is what gets cut.
    let news = news_lines(ctx, model);
    if !news.is_empty() {
        lines.splice(0..0, news.into_iter().chain([Line::raw("")]));
    }
    // A wrapped line goes on under its text, not under its marker.
    let lines: Vec<Line> = lines
        .into_iter()
        .flat_map(|line| hanging(line, area.width))
        .collect();
    super::wrap::paragraph(lines, area.width).render(area, buf);
}

/// Last month in review, one screen, the first time botsterk opens in a new month: the
/// same words as `botsterk history --month`, and how to see it again.
fn render_month_review(
    ctx: &Ctx,
    model: &Model,
    review: &crate::coach::review::month::MonthReview,
    area: Rect,
    buf: &mut Buffer,
) {
    let text = crate::i18n::month::text(review, &model.catalog, model.settings.units, ctx.lang);
    let mut lines = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let style = if i == 0 {
            ctx.theme.title
        } else {
            ctx.theme.text
        };
        lines.extend(super::wrap::hanging(
            Span::styled(if i == 0 { "" } else { "  " }, style),
            line,
            style,
            area.width,
        ));
        if i == 0 {
            lines.push(Line::raw(""));
        }
    }
    lines.push(Line::raw(""));
    lines.extend(super::wrap::hanging(
        Span::raw(""),
        &(ctx.t.home.month_review_again)(&review.month),
        ctx.theme.dim,
        area.width,
    ));
    Paragraph::new(Text::from(lines)).render(area, buf);
}

/// The one-line confirmation of what just happened, if anything did.
fn news_lines(ctx: &Ctx, model: &Model) -> Vec<Line<'static>> {
    let t = ctx.t;
    let mut news = Vec::new();
    match &model.notice {
        Some(Notice::Saved) => {
            news.push(Line::styled(
                format!("✔ {}", t.home.home_saved),
                ctx.theme.good,
            ));
        }
        Some(Notice::SavedWithPain) => {
            news.push(Line::styled(
                format!("✔ {}", t.pain.saved_with_pain),
                ctx.theme.good,
            ));
        }
        Some(Notice::Discarded) => news.push(Line::raw(t.home.home_discarded)),
        Some(Notice::NowRestDay) => {
            news.push(Line::styled(
                format!("✔ {}", t.home.now_rest_day),
                ctx.theme.good,
            ));
        }
        Some(Notice::DiscardedPainKept) => news.push(Line::raw(t.pain.discarded_pain_kept)),
        Some(Notice::PainAnswered {
            exercise,
            answer,
            unfinished,
        }) => {
            let name = ctx.name(exercise);
            let text = match answer {
                PainAnswer::Ok => (t.pain.answered_back)(name),
                PainAnswer::LeaveOut => (t.pain.answered_out)(name),
                // "Not yet" is said by the pain notice itself.
                PainAnswer::NotYet => String::new(),
            };
            if !text.is_empty() {
                news.push(Line::styled(format!("✔ {text}"), ctx.theme.good));
            }
            if let Some(why) = unfinished {
                news.push(Line::styled(
                    format!("! {}", (t.pain.left_out_unfinished)(why)),
                    ctx.theme.warning,
                ));
            }
        }
        Some(Notice::NothingDone) => news.push(Line::raw(t.session.home_nothing_done)),
        Some(Notice::PracticeDiscardedPainKept) => {
            news.push(Line::raw(t.practice.discarded_pain_kept));
        }
        Some(Notice::PracticeRecovered { date, holds, moves }) => {
            news.push(Line::styled(
                format!(
                    "✔ {}",
                    (t.practice.recovered)(&t.date(*date), *holds, *moves)
                ),
                ctx.theme.good,
            ));
        }
        Some(notice @ (Notice::TestsSaved(_) | Notice::FallSaved { .. })) => {
            news.extend(super::function_test::notice_lines(ctx, model, notice));
        }
        Some(Notice::PracticeSaved) => {
            news.push(Line::styled(
                format!("✔ {}", t.practice.saved),
                ctx.theme.good,
            ));
        }
        None => {}
    }
    news
}

/// `line` wrapped to `width` with a hanging indent: lines after the first start under the
/// text after its leading spaces and marker ("  * ", "! ", "✔ "). A line of several styles
/// is left to the paragraph's own wrapping.
fn hanging(line: Line<'_>, width: u16) -> Vec<Line<'_>> {
    if line.spans.len() != 1 || line.width() <= usize::from(width) {
        return vec![line];
    }
    let span = &line.spans[0];
    let style = span.style.patch(line.style);
    let text = span.content.as_ref();
    let body = text.trim_start_matches(' ');
    let mut lead = text.len() - body.len();
    if let Some(marker) = ["* ", "! ", "? ", "✔ ", "◆ ", "☾ ", "("]
        .iter()
        .find(|m| body.starts_with(**m))
    {
        lead += marker.len();
    }
    let (prefix, rest) = text.split_at(lead);
    super::wrap::hanging(Span::styled(prefix.to_owned(), style), rest, style, width)
}

/// The unfinished session found at start, and what can be done with it.
fn unfinished_lines<'a>(
    ctx: &Ctx,
    unfinished: &'a Unfinished,
    today: chrono::NaiveDate,
) -> Vec<Line<'a>> {
    let t = ctx.t;
    let started_at = unfinished.started_at();
    let (title, why, confirm) = match &unfinished.left {
        Left::Session(journal) => (
            (t.unfinished_title)(
                &t.date(started_at.date_naive()),
                &started_at.format("%H:%M"),
                &journal.sets_done(),
            ),
            t.unfinished_why,
            t.unfinished_confirm,
        ),
        Left::Practice(practice) => (
            (t.practice.unfinished_title)(
                &started_at.format("%H:%M"),
                practice.balance.len(),
                practice.posture.len(),
            ),
            t.practice.unfinished_why,
            t.practice.unfinished_confirm,
        ),
    };
    let mut lines = vec![
        Line::styled(format!("! {title}"), ctx.theme.title),
        Line::raw(format!("  {why}")),
    ];
    if unfinished.from_earlier_day(today) {
        lines.push(Line::raw(format!(
            "  {}",
            (t.pain.earlier_day)(&t.date(started_at.date_naive()))
        )));
    }
    if unfinished.confirm_discard {
        lines.push(Line::styled(format!("  {confirm}"), ctx.theme.warning));
    }
    if let Some(error) = &unfinished.error {
        lines.push(Line::styled(
            format!("! {}: {error}", t.save_failed),
            ctx.theme.warning,
        ));
    }
    lines
}

/// The coach's questions: a weight to answer (y/n/e), a pain check, the advanced program.
fn question_lines<'a>(ctx: &Ctx, model: &'a Model) -> Vec<Line<'a>> {
    let t = ctx.t;
    let mut lines = Vec::new();
    // One weight question at a time (the one y/n/e answer); every pain check and the
    // program proposal always.
    let weight_question = model.weight_prompt();
    lines.extend(pain_lines(ctx, model));
    let shown = model.day.prompts.iter().filter(|p| match p.kind {
        PromptKind::PainCheck => false,
        PromptKind::AdvanceProgram => true,
        _ => weight_question == Some(*p),
    });
    for prompt in shown {
        let name = ctx.name(&prompt.exercise);
        let (question, why) = t.prompt(prompt, name, model.settings.units);
        let marker = if prompt.kind == PromptKind::PainCheck {
            "!"
        } else {
            "?"
        };
        lines.push(Line::styled(
            format!("{marker} {question}"),
            ctx.theme.title,
        ));
        lines.push(Line::styled(format!("  ({why})"), ctx.theme.dim));
        if prompt.kind == PromptKind::AdvanceProgram {
            lines.push(Line::raw(format!("  {}", t.home.advance_hint)));
        }
    }
    if let Some(entry) = model.home.weight_entry() {
        let text = &entry.text;
        lines.push(Line::from(vec![
            Span::raw(format!(
                "  {} ",
                (t.home.weight_entry_label)(model.settings.units.as_str())
            )),
            Span::styled(format!("{text}_"), ctx.theme.key),
        ]));
        if let Some(c) = crate::units::unused_char(text) {
            lines.push(Line::styled(
                format!("  {}", (t.pain.weight_char_unused)(&c)),
                ctx.theme.warning,
            ));
        } else if entry.invalid {
            lines.push(Line::styled(
                format!("  {}", t.pain.weight_invalid),
                ctx.theme.warning,
            ));
        }
    }
    if model.home.mode == crate::app::HomeMode::AdvanceConfirm {
        lines.push(Line::styled(
            format!("! {}", t.home.advance_cautions),
            ctx.theme.warning,
        ));
        lines.push(Line::styled(
            format!("? {}", t.home.advance_confirm),
            ctx.theme.title,
        ));
    }
    if model.home.weight_entry().and_then(|e| e.asked) == Some(crate::app::WeightAsk::Quit) {
        lines.push(Line::styled(
            format!("? {}", t.pain.quit_weight_unsaved),
            ctx.theme.title,
        ));
    }
    if let (Some(crate::app::WeightAsk::Jump(kg)), Some(prompt)) = (
        model.home.weight_entry().and_then(|e| e.asked),
        model.weight_prompt(),
    ) {
        use crate::coach::typed_weight::{Ask, ask};
        let units = model.settings.units;
        let to = t.weight(kg, units);
        // The rule the typed weight would break, as home asked it (issue 24, design 5).
        let asked = model.catalog.get(&prompt.exercise).and_then(|e| {
            ask(
                e,
                &model.history,
                &model.settings,
                prompt.from_kg,
                kg,
                model.day.today.date,
            )
        });
        let question = match (asked, prompt.from_kg) {
            (Some(Ask::Paced { changed, .. }), _) => {
                (t.pain.weight_paced_jump)(&to, &t.date(changed))
            }
            (Some(Ask::AfterPainCheck { answered, .. }), _) => {
                (t.pain.weight_after_ok_jump)(&to, &t.date(answered))
            }
            (_, Some(from)) => (t.pain.weight_jump)(&t.weight(from, units), &to),
            (_, None) => (t.pain.first_weight_jump)(&to),
        };
        lines.push(Line::styled(format!("? {question}"), ctx.theme.title));
    }
    if let Some(error) = &model.home.weight_error {
        lines.push(Line::styled(
            format!("! {}: {error}", t.save_failed),
            ctx.theme.warning,
        ));
    }
    lines
}

/// What today is for: training (the program), or rest or done (with practice and the next
/// training day).
fn today_lines<'a>(ctx: &Ctx, model: &'a Model) -> Vec<Line<'a>> {
    let t = ctx.t;
    let day = &model.day;
    let date = day.today.date;
    let program = (t.home.home_program)(t.program(day.session.program));
    let mut lines = Vec::new();
    match day.today.status {
        DayStatus::Train => {
            lines.push(Line::from(vec![
                Span::styled(format!("{}: ", t.home.home_today), ctx.theme.title),
                Span::styled(program, ctx.theme.title),
            ]));
            // Enter starts nothing then: said, never a session without exercises.
            if day.nothing_to_train() {
                lines.push(Line::styled(
                    t.home.home_nothing_to_train,
                    ctx.theme.warning,
                ));
            }
        }
        DayStatus::Rest | DayStatus::DoneToday => {
            let (title, why) = if day.today.status == DayStatus::Rest {
                (t.home.home_rest_day, t.home.home_rest_why)
            } else {
                (t.home.home_done_today, t.home.home_done_why)
            };
            let next = t.day(day.today.next_training, date);
            lines.push(Line::styled(format!("☾ {title}"), ctx.theme.title));
            lines.push(Line::raw(why));
            // Balance and posture load no bone: on a rest day they are the thing to do.
            if model.practice.done_today {
                lines.push(Line::styled(
                    format!("✔ {}", t.practice.home_done_today),
                    ctx.theme.good,
                ));
            } else {
                lines.push(Line::styled(
                    format!("◆ {}", t.practice.home_rest_day),
                    ctx.theme.title,
                ));
            }
            lines.push(Line::raw(t.home.home_rest_ideas));
            lines.push(Line::from(vec![
                Span::styled((t.home.home_next_training)(&next), ctx.theme.title),
                Span::raw(format!(" · {program}")),
            ]));
        }
    }
    lines
}

/// At most this many changed numbers on home; the rest are counted.
const HOME_CHANGES: usize = 3;

/// "Heel raises 15 -> 12: easier: ...", one line per changed number, then "and N more".
fn change_lines<'a>(ctx: &Ctx, model: &'a Model) -> Vec<Line<'a>> {
    use crate::coach::changes::Number;
    let t = ctx.t;
    let changes = &model.day.changes;
    let units = model.settings.units;
    let mut lines: Vec<Line> = changes
        .iter()
        .take(HOME_CHANGES)
        .map(|c| {
            let amount = |v: u32| {
                if is_hold(model, &c.exercise) {
                    format!("{v} s")
                } else {
                    v.to_string()
                }
            };
            let (from, to) = match c.number {
                Number::Target { from, to } => (amount(from), amount(to)),
                Number::Weight { from_kg, to_kg } => {
                    (t.weight(from_kg, units), t.weight(to_kg, units))
                }
            };
            let text = (t.home.changed)(ctx.name(&c.exercise), &from, &to, (t.notes.why)(c.why));
            Line::styled(format!("  * {text}"), ctx.theme.dim)
        })
        .collect();
    if changes.len() > HOME_CHANGES {
        lines.push(Line::styled(
            format!(
                "    {}",
                (t.home.changed_more)(changes.len() - HOME_CHANGES)
            ),
            ctx.theme.dim,
        ));
    }
    lines
}

/// Every exercise on hold for pain in one notice (four of them would push the week off the
/// screen), then the pain check to answer now, or its y/n.
fn pain_lines<'a>(ctx: &Ctx, model: &'a Model) -> Vec<Line<'a>> {
    let t = ctx.t;
    let holds = &model.day.holds;
    if holds.is_empty() {
        return Vec::new();
    }
    let names: Vec<String> = holds
        .iter()
        .map(|h| (t.pain.hold_line)(ctx.name(&h.exercise), &t.short_date(h.since)))
        .collect();
    let mut lines = vec![Line::styled(
        format!("! {}", (t.pain.holds_title)(&names.join(", "))),
        ctx.theme.warning,
    )];
    // The unfinished session is decided first; its keys are the ones on screen.
    if model.home.unfinished().is_some() {
        return lines;
    }
    match model.pain_question() {
        Some(hold) => {
            let name = ctx.name(&hold.exercise);
            let line = match model.home.pain_confirm() {
                Some(PainAnswer::Ok) => {
                    Line::styled(format!("? {}", (t.pain.confirm_ok)(name)), ctx.theme.title)
                }
                Some(PainAnswer::LeaveOut) => Line::styled(
                    format!("? {}", (t.pain.confirm_leave_out)(name)),
                    ctx.theme.title,
                ),
                _ => Line::styled(format!("? {}", (t.pain.question)(name)), ctx.theme.title),
            };
            lines.push(line);
        }
        None => lines.push(Line::raw(format!("  {}", t.pain.asked_again))),
    }
    if let Some(error) = &model.home.pain_error {
        lines.push(Line::styled(
            format!("! {}: {error}", t.save_failed),
            ctx.theme.warning,
        ));
    }
    lines
}

/// "This week (2026-W48): 1 of 3 sessions ●○○", a warning late in the week, and a word on
/// sessions dated in the future.
fn week_lines<'a>(ctx: &Ctx, model: &'a Model) -> Vec<Line<'a>> {
    let t = ctx.t;
    let week = &model.day.week;
    let today = model.day.today.date;
    let dots: String = (0..week.target.max(week.sessions))
        .map(|i| if i < week.sessions { '●' } else { '○' })
        .collect();
    let count = (t.home.home_week)(&t.week_name(&week.week_label), &week.sessions, &week.target);
    // Practice days on the same line: a second line would push the history's path off
    // an 80x24 screen.
    let practice = &model.practice;
    let practice_days = if practice.target > 0 || practice.days > 0 {
        let dots: String = (0..practice.target.max(practice.days))
            .map(|i| if i < practice.days { '◆' } else { '◇' })
            .collect();
        format!(
            "   {}  {dots}",
            (t.practice.week)(practice.days, practice.target)
        )
    } else {
        String::new()
    };
    let mut lines = vec![Line::raw(format!("{count}  {dots}{practice_days}"))];
    let warning = week.warning.map(|w| t.week_warning(w, today));
    if let Some(warning) = warning {
        lines.push(Line::styled(format!("! {warning}"), ctx.theme.warning));
    }
    if model.day.short_this_week > 0 {
        lines.push(Line::styled(
            format!("  {}", (t.pain.short_this_week)(&model.day.short_this_week)),
            ctx.theme.dim,
        ));
    }
    let future = model.day.today.future_sessions.len();
    if future > 0 {
        lines.push(Line::styled(
            format!("! {}", t.future_sessions(future)),
            ctx.theme.warning,
        ));
    }
    lines
}

fn is_hold(model: &Model, id: &str) -> bool {
    model
        .catalog
        .get(id)
        .is_some_and(|e| e.measure == Measure::Hold)
}
