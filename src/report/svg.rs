//! The report's two charts as plain SVG: small, deterministic (coordinates rounded to one
//! decimal), and readable in black and white: under-minimum weeks are hatched and marked
//! `!`, lines are dashed or dotted and labelled, every chart has a title and axis labels,
//! and the numbers are in the text beside it too.

use std::fmt::Write;

use super::esc;
use crate::decimal::Fixed;

/// One week's bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    /// Under the bar: the ISO week number.
    pub label: String,
    pub value: u32,
    /// A finished week under the minimum.
    pub under: bool,
    /// The current week, still under way.
    pub open: bool,
}

/// Texts around the bar chart.
pub struct BarTexts<'a> {
    pub title: &'a str,
    /// For screen readers: the numbers in a sentence.
    pub desc: &'a str,
    pub y_axis: &'a str,
    pub x_axis: &'a str,
    pub target: &'a str,
    pub minimum: &'a str,
}

const BAR_W: f64 = 700.0;
const BAR_H: f64 = 230.0;
const BAR_LEFT: f64 = 46.0;
const BAR_RIGHT: f64 = 84.0;
const BAR_TOP: f64 = 30.0;
const BAR_BOTTOM: f64 = 46.0;
/// Above this many bars their numbers are left to the table and the text.
const NUMBERED_BARS: usize = 26;
/// X labels shown at most.
const X_LABELS: usize = 14;

/// Sessions per week against the target and the minimum.
pub fn bar_chart(s: &mut String, t: &BarTexts, bars: &[Bar], target: u32, minimum: u32) {
    let top = bars
        .iter()
        .map(|b| b.value)
        .max()
        .unwrap_or(0)
        .max(target)
        .max(4);
    let plot_w = BAR_W - BAR_LEFT - BAR_RIGHT;
    let plot_h = BAR_H - BAR_TOP - BAR_BOTTOM;
    let base = BAR_TOP + plot_h;
    let y = |v: f64| base - v / f64::from(top) * plot_h;
    open_svg(s, BAR_W, BAR_H, t.title, t.desc);
    s.push_str(concat!(
        r#"<defs><pattern id="hatch" width="5" height="5" patternUnits="userSpaceOnUse" "#,
        r##"patternTransform="rotate(45)"><rect width="5" height="5" fill="#fff"/>"##,
        r##"<line x1="0" y1="0" x2="0" y2="5" stroke="#000" stroke-width="1.6"/></pattern></defs>"##
    ));
    let _ = write!(
        s,
        r#"<text x="{:.1}" y="16" class="title">{}</text>"#,
        Fixed(BAR_LEFT),
        esc(t.title)
    );
    bar_axes(s, t, top, &y, plot_w, plot_h);
    let n = bars.len().max(1);
    #[allow(clippy::cast_precision_loss)] // at most 520 bars
    let slot = plot_w / n as f64;
    let width = (slot * 0.7).max(0.6);
    let every = n.div_ceil(X_LABELS);
    for (i, bar) in bars.iter().enumerate() {
        #[allow(clippy::cast_precision_loss)]
        let x = BAR_LEFT + slot * i as f64 + (slot - width) / 2.0;
        let top_y = y(f64::from(bar.value));
        let (fill, dash) = match (bar.open, bar.under) {
            (true, _) => ("#fff", r#" stroke-dasharray="3 2""#),
            (false, true) => ("url(#hatch)", ""),
            (false, false) => ("#555", ""),
        };
        let _ = write!(
            s,
            r##"<rect x="{x:.1}" y="{top_y:.1}" width="{width:.1}" height="{:.1}" fill="{fill}" stroke="#000" stroke-width="0.8"{dash}/>"##,
            Fixed(base - top_y),
            x = Fixed(x),
            top_y = Fixed(top_y),
            width = Fixed(width)
        );
        let cx = x + width / 2.0;
        if bars.len() <= NUMBERED_BARS {
            let mark = if bar.under { " !" } else { "" };
            let _ = write!(
                s,
                r#"<text x="{cx:.1}" y="{:.1}" class="num" text-anchor="middle">{}{mark}</text>"#,
                Fixed(top_y - 4.0),
                bar.value,
                cx = Fixed(cx)
            );
        } else if bar.under {
            let _ = write!(
                s,
                r#"<text x="{cx:.1}" y="{:.1}" class="num" text-anchor="middle">!</text>"#,
                Fixed(top_y - 3.0),
                cx = Fixed(cx)
            );
        }
        if i % every == 0 || i + 1 == bars.len() && bars.len() <= X_LABELS {
            let _ = write!(
                s,
                r#"<text x="{cx:.1}" y="{:.1}" class="tick" text-anchor="middle">{}</text>"#,
                Fixed(base + 13.0),
                esc(&bar.label),
                cx = Fixed(cx)
            );
        }
    }
    // The target dashed, the minimum dotted: told apart without colour, and named.
    for (value, dash, label) in [(target, "7 4", t.target), (minimum, "1.5 2.5", t.minimum)] {
        let yv = y(f64::from(value));
        let _ = write!(
            s,
            r##"<line x1="{BAR_LEFT:.1}" y1="{yv:.1}" x2="{:.1}" y2="{yv:.1}" stroke="#000" stroke-width="1.4" stroke-dasharray="{dash}"/><text x="{:.1}" y="{:.1}" class="tick">{}</text>"##,
            Fixed(BAR_LEFT + plot_w),
            Fixed(BAR_LEFT + plot_w + 4.0),
            Fixed(yv + 3.5),
            esc(label),
            BAR_LEFT = Fixed(BAR_LEFT),
            yv = Fixed(yv)
        );
    }
    let _ = write!(
        s,
        r##"<line x1="{BAR_LEFT:.1}" y1="{base:.1}" x2="{:.1}" y2="{base:.1}" stroke="#000"/>"##,
        Fixed(BAR_LEFT + plot_w),
        BAR_LEFT = Fixed(BAR_LEFT),
        base = Fixed(base)
    );
    s.push_str("</svg>");
}

/// The bar chart's y axis, a line for every whole session (or every other), and the
/// names of both axes.
fn bar_axes(
    s: &mut String,
    t: &BarTexts,
    top: u32,
    y: &dyn Fn(f64) -> f64,
    plot_w: f64,
    plot_h: f64,
) {
    // The y axis with a line for every whole session.
    let step = if top > 8 { 2 } else { 1 };
    for v in (0..=top).step_by(step) {
        let yv = y(f64::from(v));
        let _ = write!(
            s,
            r##"<line x1="{BAR_LEFT:.1}" y1="{yv:.1}" x2="{:.1}" y2="{yv:.1}" stroke="#ccc" stroke-width="0.5"/><text x="{:.1}" y="{:.1}" class="tick" text-anchor="end">{v}</text>"##,
            Fixed(BAR_LEFT + plot_w),
            Fixed(BAR_LEFT - 6.0),
            Fixed(yv + 3.5),
            BAR_LEFT = Fixed(BAR_LEFT),
            yv = Fixed(yv),
        );
    }
    let _ = write!(
        s,
        r#"<text class="axis" transform="translate(12 {:.1}) rotate(-90)" text-anchor="middle">{}</text>"#,
        Fixed(BAR_TOP + plot_h / 2.0),
        esc(t.y_axis)
    );
    let _ = write!(
        s,
        r#"<text x="{:.1}" y="{:.1}" class="axis" text-anchor="middle">{}</text>"#,
        Fixed(BAR_LEFT + plot_w / 2.0),
        Fixed(BAR_H - 6.0),
        esc(t.x_axis)
    );
}

/// One point of a line chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// Days since the start of the x axis.
    pub day: f64,
    pub value: f64,
    /// The number of the step this point is, as listed under the chart.
    pub step: Option<usize>,
}

/// Texts around a line chart.
pub struct LineTexts<'a> {
    pub title: &'a str,
    pub desc: &'a str,
    pub y_axis: &'a str,
    /// The dates at both ends of the x axis.
    pub x_first: &'a str,
    pub x_last: &'a str,
}

const LINE_W: f64 = 340.0;
const LINE_H: f64 = 150.0;
const LINE_LEFT: f64 = 48.0;
const LINE_RIGHT: f64 = 14.0;
const LINE_TOP: f64 = 26.0;
const LINE_BOTTOM: f64 = 36.0;

/// One exercise's weekly best over the period; `days` is the length of the x axis and
/// `number` writes a value as the reader's language does. Written straight into the page
/// `s`, as the bar chart is.
pub fn line_chart(
    s: &mut String,
    t: &LineTexts,
    points: &[Point],
    days: f64,
    number: &dyn Fn(f64) -> String,
) {
    let (mut low, mut high) = points.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| {
        (lo.min(p.value), hi.max(p.value))
    });
    if points.is_empty() {
        (low, high) = (0.0, 1.0);
    }
    // Room above and below, and a range even for a flat line.
    let pad = ((high - low) * 0.15).max(1.0);
    low = (low - pad).max(0.0);
    high += pad;
    let plot_w = LINE_W - LINE_LEFT - LINE_RIGHT;
    let plot_h = LINE_H - LINE_TOP - LINE_BOTTOM;
    let base = LINE_TOP + plot_h;
    let x = |d: f64| LINE_LEFT + d / days.max(1.0) * plot_w;
    let y = |v: f64| base - (v - low) / (high - low) * plot_h;
    open_svg(s, LINE_W, LINE_H, t.title, t.desc);
    let _ = write!(
        s,
        r#"<text x="{LINE_LEFT:.1}" y="15" class="title">{}</text>"#,
        esc(t.title),
        LINE_LEFT = Fixed(LINE_LEFT)
    );
    for i in 0..=3 {
        let v = low + (high - low) * f64::from(i) / 3.0;
        let v = (v * 2.0).round() / 2.0;
        let yv = y(v);
        let _ = write!(
            s,
            r##"<line x1="{LINE_LEFT:.1}" y1="{yv:.1}" x2="{:.1}" y2="{yv:.1}" stroke="#ccc" stroke-width="0.5"/><text x="{:.1}" y="{:.1}" class="tick" text-anchor="end">{}</text>"##,
            Fixed(LINE_LEFT + plot_w),
            Fixed(LINE_LEFT - 5.0),
            Fixed(yv + 3.5),
            esc(&number(v)),
            LINE_LEFT = Fixed(LINE_LEFT),
            yv = Fixed(yv)
        );
    }
    let _ = write!(
        s,
        r#"<text class="axis" transform="translate(11 {:.1}) rotate(-90)" text-anchor="middle">{}</text>"#,
        Fixed(LINE_TOP + plot_h / 2.0),
        esc(t.y_axis)
    );
    let _ = write!(
        s,
        r##"<line x1="{LINE_LEFT:.1}" y1="{base:.1}" x2="{:.1}" y2="{base:.1}" stroke="#000"/><text x="{LINE_LEFT:.1}" y="{:.1}" class="tick">{}</text><text x="{:.1}" y="{:.1}" class="tick" text-anchor="end">{}</text>"##,
        Fixed(LINE_LEFT + plot_w),
        Fixed(base + 13.0),
        esc(t.x_first),
        Fixed(LINE_LEFT + plot_w),
        Fixed(base + 13.0),
        esc(t.x_last),
        LINE_LEFT = Fixed(LINE_LEFT),
        base = Fixed(base),
    );
    // Each point's coordinates written once, "x,y" with a space between points: the
    // polyline is that text, and a dot reuses its point's numbers (issue 28).
    let mut coords = String::with_capacity(points.len() * 12);
    let mut at = Vec::with_capacity(points.len());
    for (i, p) in points.iter().enumerate() {
        if i > 0 {
            coords.push(' ');
        }
        let x_from = coords.len();
        let _ = write!(coords, "{:.1}", Fixed(x(p.day)));
        let y_from = coords.len() + 1;
        let _ = write!(coords, ",{:.1}", Fixed(y(p.value)));
        at.push((x_from..y_from - 1, y_from..coords.len()));
    }
    let _ = write!(
        s,
        r##"<polyline points="{coords}" fill="none" stroke="#000" stroke-width="1.6"/>"##
    );
    // Every point when they are few; many points make a line of their own.
    let dots = points.len() <= 60;
    for (p, (px_at, py_at)) in points.iter().zip(at) {
        let (px, py) = (&coords[px_at], &coords[py_at]);
        if dots {
            let _ = write!(s, r##"<circle cx="{px}" cy="{py}" r="2" fill="#000"/>"##);
        }
        if let Some(n) = p.step {
            let py = y(p.value);
            let _ = write!(
                s,
                r##"<circle cx="{px}" cy="{:.1}" r="6" fill="#fff" stroke="#000" stroke-width="0.8"/><text x="{px}" y="{:.1}" class="step" text-anchor="middle">{n}</text>"##,
                Fixed(py - 11.0),
                Fixed(py - 8.2),
            );
        }
    }
    s.push_str("</svg>");
}

/// No `xmlns`: inside HTML the parser gives `<svg>` its namespace, and the report names no
/// address at all.
fn open_svg(s: &mut String, w: f64, h: f64, title: &str, desc: &str) {
    let _ = write!(
        s,
        r#"<svg viewBox="0 0 {w:.0} {h:.0}" role="img"><title>{}</title><desc>{}</desc>"#,
        esc(title),
        esc(desc),
        w = Fixed(w),
        h = Fixed(h)
    );
}
