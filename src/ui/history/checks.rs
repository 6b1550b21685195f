//! The test day's results and the falls diary (issue 30): first each test over time
//! against its norm (a chart per test, `over_time`, from the data the report draws), then
//! the results newest first, each placed against the published norm when the profile gives
//! what the norm needs, then the falls per month with their circumstances and every fall in
//! the words `botsterk fall --list` uses. ↑↓ move through the charts, results and falls;
//! the page scrolls to keep the selected one in view.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::over_time;
use super::{Ctx, Drawn, day_year, line_at, tabs};
use crate::app::history_state::{HistoryState, checks_len};
use crate::coach::falls::{FallMonth, by_month};
use crate::coach::function_test::TestKind;
use crate::coach::function_test::series::over_time;
use crate::history::{FallKind, FallRecord, History, TestRecord};
use crate::i18n::function_test::{result_words, texts as test_texts, value_words};
use crate::profile::Profile;
use crate::ui::wrap::hanging;

/// Lines drawn together; `entry` when ↑↓ can select them.
struct Block {
    lines: Vec<Line<'static>>,
    entry: Option<usize>,
}

/// `test_day_key`: home's key for the test day, named when there is no test yet (looked up
/// only then).
pub fn render(
    ctx: &Ctx,
    history: &History,
    profile: Option<&Profile>,
    test_day_key: &dyn Fn() -> String,
    state: &HistoryState,
    area: Rect,
    buf: &mut Buffer,
) -> Drawn {
    tabs(ctx, state.page, line_at(area, 0), buf);
    let body = Rect {
        y: area.y.saturating_add(1),
        height: area.height.saturating_sub(1),
        ..area
    };
    let blocks = blocks(ctx, history, profile, test_day_key, state.check, body.width);
    let lines = visible(blocks, state.check, usize::from(body.height));
    Paragraph::new(lines).render(body, buf);
    if checks_len(history) == 0 {
        Drawn::EMPTY
    } else {
        Drawn::LISTED
    }
}

/// The lines from the first block that lets the selected entry show in full (or from its
/// first line, when it is taller than the page).
fn visible(blocks: Vec<Block>, selected: usize, height: usize) -> Vec<Line<'static>> {
    let end = blocks
        .iter()
        .position(|b| b.entry == Some(selected))
        .map_or(0, |i| i + 1);
    let mut start = 0;
    let mut used: usize = blocks[..end].iter().map(|b| b.lines.len()).sum();
    while used > height && start + 1 < end {
        used -= blocks[start].lines.len();
        start += 1;
    }
    blocks
        .into_iter()
        .skip(start)
        .flat_map(|b| b.lines)
        .collect()
}

fn blocks(
    ctx: &Ctx,
    history: &History,
    profile: Option<&Profile>,
    test_day_key: &dyn Fn() -> String,
    selected: usize,
    width: u16,
) -> Vec<Block> {
    let r = ctx.t.history;
    let title = |text: &str| Block {
        lines: vec![Line::styled(text.to_owned(), ctx.theme.title)],
        entry: None,
    };
    let plain = |text: &str, style: Style| Block {
        lines: hanging(Span::raw("  "), text, style, width),
        entry: None,
    };
    let gap = || Block {
        lines: vec![Line::raw("")],
        entry: None,
    };
    let entry = |index: usize, text: &str| {
        let on = index == selected;
        let (mark, style) = if on {
            ("▶ ", ctx.theme.key)
        } else {
            ("  ", ctx.theme.text)
        };
        Block {
            lines: hanging(Span::styled(mark, style), text, style, width),
            entry: Some(index),
        }
    };

    let birth_year = profile.and_then(|p| p.birth_year);
    let sex = profile.and_then(|p| p.sex);
    let all = over_time(&history.tests, birth_year, sex, None);
    let mut out = Vec::new();
    // Each test over time against its norm: a chart per test, an entry each.
    if !all.is_empty() {
        out.push(title(r.checks_over_time_title));
    }
    let trends = trends(ctx, &history.tests);
    for (i, series) in all.iter().enumerate() {
        let name = test_texts(ctx.lang).name(series.kind);
        let said = trends
            .iter()
            .find(|(kind, _)| *kind == series.kind.id())
            .map_or_else(|| name.to_owned(), |(_, words)| words.clone());
        let mut block = entry(i, &said);
        block.lines.extend(over_time::chart(ctx, series, width));
        block
            .lines
            .extend(over_time::norm_words(ctx, series, profile, width));
        block.lines.push(Line::raw(""));
        out.push(block);
    }
    let charts = all.len();
    out.push(title(r.checks_tests_title));
    let tests = newest_first(&history.tests, |t| t.date);
    if tests.is_empty() {
        out.push(plain(&(r.checks_no_tests)(&test_day_key()), ctx.theme.dim));
    }
    for (i, test) in tests.iter().enumerate() {
        out.push(entry(charts + i, &test_words(ctx, test, profile)));
    }
    out.push(gap());
    let months = by_month(&history.falls, None);
    if !months.is_empty() {
        out.push(title(r.checks_months_title));
        for month in &months {
            out.push(plain(&month_words(ctx, month), ctx.theme.text));
        }
        out.push(gap());
    }
    out.push(title(r.checks_falls_title));
    let falls = newest_first(&history.falls, |f: &FallRecord| f.date);
    if falls.is_empty() {
        out.push(plain(r.checks_no_falls, ctx.theme.dim));
    }
    for (i, fall) in falls.iter().enumerate() {
        out.push(entry(
            charts + tests.len() + i,
            &crate::i18n::falls::words(fall, ctx.lang),
        ));
    }
    out
}

/// "November 2026: 1 fall, 1 near fall; where: on the stairs, inside; what happened:
/// tripped, dizzy": a month's falls and what they had in common (a count after a place or
/// a cause that came more than once).
fn month_words(ctx: &Ctx, month: &FallMonth) -> String {
    let r = ctx.t.history;
    let f = crate::i18n::falls::texts(ctx.lang);
    let counted = |words: Vec<(&str, usize)>| {
        words
            .into_iter()
            .map(|(w, n)| {
                if n > 1 {
                    format!("{w} ({n})")
                } else {
                    w.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut parts = vec![(r.checks_month_counts)(
        month.count(FallKind::Fall),
        month.count(FallKind::NearFall),
    )];
    let places = month.places();
    if !places.is_empty() {
        let words = places.into_iter().map(|(p, n)| (f.place(p), n)).collect();
        parts.push((r.checks_month_where)(&counted(words)));
    }
    let causes = month.causes();
    if !causes.is_empty() {
        let words = causes.into_iter().map(|(c, n)| (f.cause(c), n)).collect();
        parts.push((r.checks_month_what)(&counted(words)));
    }
    let name = ctx.t.months[month.month as usize - 1];
    format!("{name} {}: {}", month.year, parts.join("; "))
}

/// The records by date, newest first; those of one day in the order they were recorded.
fn newest_first<T>(records: &[T], date: impl Fn(&T) -> chrono::NaiveDate) -> Vec<&T> {
    let mut sorted: Vec<&T> = records.iter().collect();
    sorted.sort_by_key(|r| std::cmp::Reverse(date(r)));
    sorted
}

fn name(ctx: &Ctx, record: &TestRecord) -> String {
    TestKind::from_id(&record.kind).map_or_else(
        || record.kind.clone(),
        |kind| test_texts(ctx.lang).name(kind).to_owned(),
    )
}

/// "21 Nov 2026 · 30-second chair stand: 12 stands: in the usual range ...".
fn test_words(ctx: &Ctx, record: &TestRecord, profile: Option<&Profile>) -> String {
    let kind = TestKind::from_id(&record.kind);
    // The norms need the year of birth (and for two of them the sex): without it, the value
    // alone (the way to give it is in `botsterk test` and the guide, not on every line).
    let result = match kind {
        Some(_) if profile.is_some_and(|p| p.birth_year.is_some()) => {
            result_words(record, profile, ctx.lang)
        }
        Some(kind) => value_words(kind, record, ctx.lang),
        None => format!("{} {}", ctx.t.number(record.value), record.unit),
    };
    let pain = if record.stopped_for_pain {
        format!(" ({})", ctx.t.history.checks_stopped_for_pain)
    } else {
        String::new()
    };
    let mut text = format!(
        "{} · {}{pain}: {result}",
        day_year(ctx, record.date),
        name(ctx, record)
    );
    if let Some(note) = record.note.as_deref().filter(|n| !n.trim().is_empty()) {
        text.push_str(&format!(" \"{note}\""));
    }
    text
}

/// Each known test's first and latest result in words, after its name ("30-second chair
/// stand: 9 stands (10 Oct 2026) → 12 stands (21 Nov 2026)"), by its kind's id: the
/// chart's title line. Results stopped for pain are left out, as from the chart.
fn trends(ctx: &Ctx, tests: &[TestRecord]) -> Vec<(&'static str, String)> {
    let r = ctx.t.history;
    TestKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let mut all: Vec<&TestRecord> = tests
                .iter()
                .filter(|t| t.kind == kind.id() && !t.stopped_for_pain)
                .collect();
            all.sort_by_key(|t| t.date);
            let (first, latest) = (all.first()?, all.last()?);
            let said = |t: &TestRecord| {
                format!(
                    "{} ({})",
                    value_words(kind, t, ctx.lang),
                    day_year(ctx, t.date)
                )
            };
            let mut trend = if all.len() < 2 {
                format!("{} ({})", said(latest), r.checks_trend_one)
            } else {
                (r.checks_trend)(&said(first), &said(latest))
            };
            // The list below has them: said here, so the count above agrees with it.
            let pained = tests
                .iter()
                .filter(|t| t.kind == kind.id() && t.stopped_for_pain)
                .count();
            if pained > 0 {
                trend = format!("{trend} · {}", (r.checks_pain_not_drawn)(pained));
            }
            Some((kind.id(), format!("{}: {trend}", name(ctx, first))))
        })
        .collect()
}
