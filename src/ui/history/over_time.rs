//! The Tests & falls tab's charts (issue 30): each test's results over time against its
//! norm, from the data the report draws too (`coach::function_test::series`). A chart is
//! ratatui's [`Canvas`]: the results a Braille line with a `●` and the value at each, the
//! norm's threshold a `╌╌` line (at each result the threshold of the user's age band on its
//! day), the value axis on the left, the first and last date under it; and the line said in
//! words with its source below, so that nothing is read from colour alone. Drawn into a
//! buffer of its own and handed back as lines, so the tab scrolls them with the rest.

use chrono::Datelike;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use ratatui::widgets::canvas::{Canvas, Line as Stroke};

use super::Ctx;
use crate::coach::function_test::series::{NoLine, Point, Series};
use crate::coach::function_test::{Norm, TestKind};
use crate::i18n::function_test::texts as test_texts;
use crate::i18n::history::NormLine;
use crate::profile::Profile;
use crate::ui::wrap::hanging;

/// Rows of the plot itself (the value axis), without the dates under it.
const PLOT_ROWS: u16 = 5;
/// The value axis' labels and its tick: "    12 ┤".
const GUTTER: u16 = 8;
/// The plot is never wider than this: results weeks apart read better close together.
const MOST_COLUMNS: u16 = 72;

/// The value axis: `step` per row from `low` on the bottom row, so that every result and
/// threshold of the series has a row of its own where the steps allow (1 stand, 1 stage,
/// 1 s or 1 kg a row when the values lie close together), never below 0.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Axis {
    low: f64,
    step: f64,
}

impl Axis {
    fn of(series: &Series) -> Self {
        let values = || {
            series
                .points
                .iter()
                .flat_map(|p| std::iter::once(p.value).chain(p.threshold))
        };
        let min = values().fold(f64::INFINITY, f64::min);
        let max = values().fold(0.0_f64, f64::max);
        let min = if min.is_finite() { min } else { 0.0 };
        let rows = f64::from(PLOT_ROWS - 1);
        // Stages 0-4: a row each, always.
        if series.kind == TestKind::BalanceTest {
            return Self {
                low: 0.0,
                step: 1.0,
            };
        }
        // Whole stands: no half rows.
        let smallest = if series.kind == TestKind::ChairStand {
            1.0
        } else {
            0.5
        };
        let step = [0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0]
            .into_iter()
            .filter(|step| *step >= smallest)
            .find(|step| (max / step).ceil() - (min / step).floor() <= rows)
            .unwrap_or(250.0);
        let used = (max / step).ceil() - (min / step).floor();
        // The room left split above and below, never below 0.
        let below = ((rows - used) / 2.0).floor();
        let low = (((min / step).floor() - below) * step).max(0.0);
        Self { low, step }
    }

    /// The row of `value`, from the bottom, as a fraction (for the line).
    fn fine(self, value: f64) -> f64 {
        ((value - self.low) / self.step).clamp(0.0, f64::from(PLOT_ROWS - 1))
    }

    /// The row of `value`, from the bottom, whole (for a dot or the threshold).
    fn row(self, value: f64) -> f64 {
        self.fine(value).round()
    }

    /// The value on `row` (from the bottom).
    fn value(self, row: u16) -> f64 {
        self.low + f64::from(row) * self.step
    }
}

/// The chart's lines, indented under the title line the caller draws.
pub(super) fn chart(ctx: &Ctx, series: &Series, width: u16) -> Vec<Line<'static>> {
    let columns = width.saturating_sub(2 + GUTTER).clamp(10, MOST_COLUMNS);
    let axis = Axis::of(series);
    let plot = plot(ctx, series, columns, axis);
    let mut lines = Vec::new();
    for (row, cells) in plot.into_iter().enumerate() {
        let from_bottom = PLOT_ROWS - 1 - u16::try_from(row).unwrap_or(0);
        let label = ctx.t.number(axis.value(from_bottom));
        let gutter = format!("{label:>w$} ┤", w = usize::from(GUTTER) - 2);
        let mut spans = vec![Span::styled(gutter, ctx.theme.dim)];
        spans.extend(cells);
        lines.push(Line::from(spans));
    }
    let (first, last) = (series.points.first(), series.points.last());
    if let (Some(first), Some(last)) = (first, last) {
        let left = super::day_year(ctx, first.date);
        let right = super::day_year(ctx, last.date);
        let columns = usize::from(columns);
        let dates = if first.date == last.date {
            // One day: under its dot, in the middle.
            let pad = (columns / 2).saturating_sub(left.chars().count() / 2);
            format!("{}{left}", " ".repeat(pad))
        } else {
            let room = columns.saturating_sub(left.chars().count());
            format!("{left}{right:>room$}")
        };
        let pad = " ".repeat(usize::from(GUTTER));
        lines.push(Line::styled(format!("{pad}{dates}"), ctx.theme.dim));
    }
    lines
}

/// The plot's rows as spans: the canvas drawn into a buffer of its own and read back.
fn plot(ctx: &Ctx, series: &Series, columns: u16, axis: Axis) -> Vec<Vec<Span<'static>>> {
    let points = &series.points;
    let first = points.first().map_or(0, |p| p.date.num_days_from_ce());
    let days = points
        .last()
        .map_or(0, |p| p.date.num_days_from_ce() - first);
    let width = f64::from(columns - 1);
    // One result (or one day's): in the middle; more: from the left to the right edge, a
    // little in from each so the value beside a dot has room.
    let x = |p: &Point| {
        if days == 0 {
            (width / 2.0).round()
        } else {
            let inner = width - 6.0;
            (1.0 + f64::from(p.date.num_days_from_ce() - first) / f64::from(days) * inner).round()
        }
    };
    let rows = f64::from(PLOT_ROWS - 1);
    let line_colour = ctx.theme.text.fg.unwrap_or(Color::Reset);
    let number = |v: f64| ctx.t.number(v);
    let dim = ctx.theme.dim;
    let strong = ctx.theme.title;
    let steps = threshold_runs(points, &x, width);
    let canvas = Canvas::default()
        .marker(Marker::Braille)
        .x_bounds([0.0, width])
        .y_bounds([0.0, rows])
        .paint(|c| {
            for pair in points.windows(2) {
                c.draw(&Stroke {
                    x1: x(&pair[0]),
                    y1: axis.fine(pair[0].value),
                    x2: x(&pair[1]),
                    y2: axis.fine(pair[1].value),
                    color: line_colour,
                });
            }
            // The threshold over the line, the dots and their values over both.
            for (from, to, v) in &steps {
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                let length = (to - from + 1.0).max(1.0) as usize;
                c.print(*from, axis.row(*v), Line::styled("╌".repeat(length), dim));
            }
            for p in points {
                let (px, py) = (x(p), axis.row(p.value));
                let label = number(p.value);
                #[allow(clippy::cast_precision_loss)]
                let long = label.chars().count() as f64;
                c.print(px, py, Line::styled("●", strong));
                if px + 1.0 + long <= width {
                    c.print(px + 1.0, py, Line::styled(label, strong));
                } else {
                    c.print((px - long).max(0.0), py, Line::styled(label, strong));
                }
            }
        });
    let area = Rect::new(0, 0, columns, PLOT_ROWS);
    let mut buf = Buffer::empty(area);
    canvas.render(area, &mut buf);
    (0..PLOT_ROWS)
        .map(|row| {
            let mut spans: Vec<Span<'static>> = Vec::new();
            for col in 0..columns {
                let cell = &buf[(col, row)];
                let style = Style::default()
                    .fg(cell.fg)
                    .bg(cell.bg)
                    .add_modifier(cell.modifier);
                match spans.last_mut() {
                    Some(last) if last.style == style => {
                        last.content.to_mut().push_str(cell.symbol());
                    }
                    _ => spans.push(Span::styled(cell.symbol().to_owned(), style)),
                }
            }
            spans
        })
        .collect()
}

/// The threshold as level runs across the plot, in columns: from the left edge at the
/// first result's threshold, a new run from each result whose threshold differs, to the
/// right edge. Results without one (an age outside the table) keep the last level.
fn threshold_runs(points: &[Point], x: &dyn Fn(&Point) -> f64, width: f64) -> Vec<(f64, f64, f64)> {
    let mut runs: Vec<(f64, f64, f64)> = Vec::new();
    for p in points {
        let Some(v) = p.threshold else { continue };
        match runs.last_mut() {
            None => runs.push((0.0, width, v)),
            Some(last) if (last.2 - v).abs() > f64::EPSILON => {
                let at = x(p);
                last.1 = at - 1.0;
                runs.push((at, width, v));
            }
            Some(_) => {}
        }
    }
    runs
}

/// Under a chart: the threshold line in words and its source, or why there is no line.
pub(super) fn norm_words(
    ctx: &Ctx,
    series: &Series,
    profile: Option<&Profile>,
    width: u16,
) -> Vec<Line<'static>> {
    let r = ctx.t.history;
    let birth_year = profile.and_then(|p| p.birth_year);
    let sex = profile.and_then(|p| p.sex);
    let indent = || Span::raw("  ");
    let Some(norm) = &series.norm else {
        let why = match series.no_line(birth_year, sex) {
            Some(NoLine::AgeNotCovered) => r.checks_no_line_age.to_owned(),
            _ => {
                let needs = match series.kind {
                    TestKind::ChairStand => r.checks_needs[0],
                    TestKind::Grip => r.checks_needs[2],
                    _ => r.checks_needs[1],
                };
                (r.checks_no_line_given)(needs)
            }
        };
        return hanging(indent(), &why, ctx.theme.dim, width);
    };
    let tt = test_texts(ctx.lang);
    let value = ctx.t.number(norm.threshold());
    let (who, ages) = match norm {
        Norm::ChairStand { sex, ages, .. } => (tt.who(*sex), format!("{}-{}", ages[0], ages[1])),
        Norm::Grip { sex, .. } => (tt.who(*sex), String::new()),
        _ => ("", String::new()),
    };
    let mut said = (r.checks_norm_line)(&NormLine {
        kind: series.kind,
        value: &value,
        who,
        ages: &ages,
    });
    let mut levels: Vec<f64> = series.points.iter().filter_map(|p| p.threshold).collect();
    levels.dedup_by(|a, b| (*a - *b).abs() < f64::EPSILON);
    if levels.len() > 1 {
        said = format!("{said}; {}", r.checks_line_steps);
    }
    let sources: Vec<&str> = norm.sources().iter().map(|s| s.short.as_str()).collect();
    let mut lines = hanging(indent(), &said, ctx.theme.text, width);
    lines.extend(hanging(
        indent(),
        &(r.checks_source)(&sources.join(", ")),
        ctx.theme.dim,
        width,
    ));
    lines
}
