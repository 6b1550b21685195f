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

/// Rows of the plot itself (the value axis), without the dates under it: at least these,
/// more (up to [`MOST_ROWS`]) where that gives the values a finer step.
const FEWEST_ROWS: u16 = 5;
const MOST_ROWS: u16 = 8;
/// The value axis' labels and its tick: "    12 ┤".
const GUTTER: u16 = 8;
/// The plot is never wider than this: results weeks apart read better close together.
const MOST_COLUMNS: u16 = 72;

/// The value axis: `rows` rows, `step` per row from `low` on the bottom one, so that every
/// result and threshold has a row of its own where the rows allow (1 stand, 1 stage, 1 s
/// or 1 kg a row when the values lie close together), the latest threshold on a row, never
/// below 0.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Axis {
    low: f64,
    step: f64,
    rows: u16,
}

impl Axis {
    fn of(series: &Series) -> Self {
        // Stages 0-4: a row each, always.
        if series.kind == TestKind::BalanceTest {
            return Self {
                low: 0.0,
                step: 1.0,
                rows: 5,
            };
        }
        let values = || {
            series
                .points
                .iter()
                .flat_map(|p| std::iter::once(p.value).chain(p.threshold))
        };
        let min = values().fold(f64::INFINITY, f64::min);
        let max = values().fold(0.0_f64, f64::max);
        let min = if min.is_finite() { min } else { 0.0 };
        let threshold = series.last().and_then(|p| p.threshold);
        // The lowest row for `step`, with the threshold on a row, and the rows used above.
        let fits = |step: f64, rows: u16, threshold: Option<f64>| {
            let low = match threshold {
                Some(t) => t - ((t - min) / step).ceil() * step,
                None => (min / step).floor() * step,
            };
            let used = ((max - low) / step).ceil();
            let spare = f64::from(rows - 1) - used;
            (low > -1e-9 && spare >= 0.0).then(|| {
                // The rows left split above and below, never below 0.
                let below = (spare / 2.0).floor().min((low / step).floor());
                Self {
                    low: low - below * step,
                    step,
                    rows,
                }
            })
        };
        // The finest step that fits (a row per whole unit first), on as few rows as it
        // takes; results far apart (a TUG timer left running) with the threshold off its
        // row rather than a line of it below 0.
        let steps = [1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0];
        let finest = |threshold: Option<f64>| {
            steps.into_iter().find_map(|step| {
                (FEWEST_ROWS..=MOST_ROWS).find_map(|rows| fits(step, rows, threshold))
            })
        };
        finest(threshold).or_else(|| finest(None)).unwrap_or(Self {
            low: 0.0,
            step: 250.0,
            rows: FEWEST_ROWS,
        })
    }

    /// The row of `value`, from the bottom, whole (for a dot, the line and the threshold).
    fn row(self, value: f64) -> f64 {
        ((value - self.low) / self.step)
            .clamp(0.0, f64::from(self.rows - 1))
            .round()
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
        let from_bottom = axis.rows - 1 - u16::try_from(row).unwrap_or(0);
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
    let rows = f64::from(axis.rows - 1);
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
                // From dot to dot: each on its row (the value beside it says it exactly).
                c.draw(&Stroke {
                    x1: x(&pair[0]),
                    y1: axis.row(pair[0].value),
                    x2: x(&pair[1]),
                    y2: axis.row(pair[1].value),
                    color: line_colour,
                });
            }
            // The threshold over the line, the dots and their values over both.
            for (from, to, v) in &steps {
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                let length = (to - from + 1.0).max(1.0) as usize;
                c.print(*from, axis.row(*v), Line::styled("╌".repeat(length), dim));
            }
            // A value beside its dot where it fits before the next dot and after the
            // value before it (many results close together: some dots without theirs;
            // the list below has every one); the dots over everything.
            let mut free_from = 0.0;
            for (i, p) in points.iter().enumerate() {
                let (px, py) = (x(p), axis.row(p.value));
                let label = number(p.value);
                #[allow(clippy::cast_precision_loss)]
                let long = label.chars().count() as f64;
                let next = points.get(i + 1).map_or(width + 1.0, &x);
                let at = if px + long < next.min(width + 1.0) {
                    Some(px + 1.0)
                } else if i + 1 == points.len() {
                    Some(px - long)
                } else {
                    None
                };
                if let Some(at) = at.filter(|at| *at >= free_from && *at >= 0.0) {
                    c.print(at, py, Line::styled(label, strong));
                    free_from = at + long + 1.0;
                }
            }
            for p in points {
                c.print(x(p), axis.row(p.value), Line::styled("●", strong));
            }
        });
    let area = Rect::new(0, 0, columns, axis.rows);
    let mut buf = Buffer::empty(area);
    canvas.render(area, &mut buf);
    (0..axis.rows)
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

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::{Axis, FEWEST_ROWS, MOST_ROWS};
    use crate::coach::function_test::TestKind;
    use crate::coach::function_test::series::{Point, Series};

    fn series(kind: TestKind, values: &[f64], threshold: Option<f64>) -> Series {
        let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        Series {
            kind,
            points: values
                .iter()
                .enumerate()
                .map(|(i, v)| Point {
                    date: day + chrono::Days::new(42 * i as u64),
                    value: *v,
                    threshold,
                })
                .collect(),
            norm: None,
        }
    }

    /// Every value and the threshold are on the axis, the threshold on a row of its own
    /// (its number beside the ╌╌ line), the axis never below 0, a row per whole unit where
    /// the rows allow.
    #[test]
    fn the_axis_has_the_threshold_on_a_row_and_a_row_per_unit_where_it_can() {
        let check = |s: &Series| {
            let a = Axis::of(s);
            assert!((FEWEST_ROWS..=MOST_ROWS).contains(&a.rows), "{a:?}");
            assert!(a.low >= 0.0, "{a:?}");
            let top = a.value(a.rows - 1);
            for p in &s.points {
                assert!((a.low..=top).contains(&p.value), "{a:?} {p:?}");
                if let Some(t) = p.threshold.filter(|_| a.step < 1000.0) {
                    assert_eq!(a.value(a.row(t) as u16), t, "{a:?}");
                }
            }
            a
        };
        let chair = check(&series(TestKind::ChairStand, &[9.0, 12.0], Some(10.0)));
        assert_eq!((chair.step, chair.rows), (1.0, 5));
        let many = check(&series(
            TestKind::ChairStand,
            &[9.0, 15.0, 12.0],
            Some(11.0),
        ));
        assert_eq!(
            (many.step, many.rows),
            (1.0, 7),
            "one stand a row, on more rows"
        );
        let wide = check(&series(TestKind::ChairStand, &[0.0, 12.0], None));
        assert_eq!(wide.step, 2.0);
        check(&series(TestKind::Tug, &[9.4, 10.2], Some(12.0)));
        // A timer left running: the threshold off its row, nothing below 0.
        let far = check(&series(TestKind::Tug, &[9.4, 30.0, 3600.0], Some(12.0)));
        assert_eq!(far.step, 1000.0);
        check(&series(TestKind::Grip, &[17.0, 19.0], Some(16.0)));
        let balance = check(&series(TestKind::BalanceTest, &[2.0, 4.0], Some(3.0)));
        assert_eq!((balance.low, balance.step, balance.rows), (0.0, 1.0, 5));
    }
}
