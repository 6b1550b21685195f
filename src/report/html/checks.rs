//! The test day's results over time (a small chart per test, its norm as a dashed line and
//! its source under it) and the falls per month with their circumstances (issue 30). Only
//! on a page whose history has a test result or a fall up to its last day.

use std::fmt::Write;

use chrono::Datelike;

use super::super::data::ReportData;
use super::super::{Request, esc};
use super::{EscDate, date};
use crate::coach::falls::by_month;
use crate::coach::function_test::series::{Point, Series, over_time};
use crate::decimal::Fixed;
use crate::history::{FallKind, FallRecord, TestRecord};
use crate::i18n::function_test::{result_words, texts as test_texts};
use crate::i18n::report_checks::texts;

pub(super) fn checks(s: &mut String, request: &Request, data: &ReportData) {
    let h = request.history;
    let tests: Vec<&TestRecord> = h.tests.iter().filter(|t| t.date <= data.last).collect();
    let falls: Vec<&FallRecord> = h.falls.iter().filter(|f| f.date <= data.last).collect();
    if tests.is_empty() && falls.is_empty() {
        return;
    }
    let r = texts(request.lang);
    let _ = write!(s, "<section><h2>{}</h2>", esc(r.heading));
    if !tests.is_empty() {
        let _ = write!(
            s,
            "<p class=\"muted\">{}</p><div class=\"charts\">",
            esc(r.intro)
        );
        let profile = request.profile;
        let all = over_time(
            &h.tests,
            profile.and_then(|p| p.birth_year),
            profile.and_then(|p| p.sex),
            Some(data.last),
        );
        for series in &all {
            let latest = tests
                .iter()
                .filter(|t| t.kind == series.kind.id())
                .max_by_key(|t| t.date);
            if let Some(last) = latest {
                figure(s, request, series, last);
            }
        }
        s.push_str("</div>");
    }
    falls_table(s, request, &falls);
    s.push_str("</section>");
}

/// One test: its chart and, under it, the last result in words and the norm's sources.
fn figure(s: &mut String, request: &Request, series: &Series, last: &TestRecord) {
    let r = texts(request.lang);
    let t = request.lang.texts();
    let profile = request.profile;
    let n = series.norm.as_ref();
    let name = test_texts(request.lang).name(series.kind);
    let number = |v: f64| t.number(v);
    let first = series
        .points
        .first()
        .map_or_else(String::new, |p| date(t, p.date));
    let last_day = date(t, last.date);
    let svg = chart(
        name,
        &(r.desc)(name),
        (&first, &last_day),
        series,
        &number,
        r.line,
    );
    let _ = write!(s, "<figure>{svg}");
    let _ = write!(
        s,
        "<figcaption>{}: {}",
        EscDate(t, last.date),
        esc(&result_words(last, profile, request.lang))
    );
    if let Some(n) = n {
        let sources: Vec<String> = n.sources().iter().map(|s| s.full.clone()).collect();
        let _ = write!(s, "<br/>{}: {}", esc(r.source), esc(&sources.join(" ")));
    }
    s.push_str("</figcaption></figure>");
}

const W: f64 = 340.0;
const H: f64 = 130.0;
const LEFT: f64 = 40.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 22.0;
const BOTTOM: f64 = 26.0;

/// The results by date as a line with dots, the norm's threshold dashed: at each result,
/// the threshold of the user's age band on its day (a step where the band changes).
fn chart(
    title: &str,
    desc: &str,
    dates: (&str, &str),
    series: &Series,
    number: &dyn Fn(f64) -> String,
    line: fn(&str) -> String,
) -> String {
    let all = &series.points;
    let first = all.first().map_or(0, |p| p.date.num_days_from_ce());
    let days = all
        .last()
        .map_or(1, |p| (p.date.num_days_from_ce() - first).max(1));
    let high = series.high();
    let plot_w = W - LEFT - RIGHT;
    let plot_h = H - TOP - BOTTOM;
    let x = |d: i32| LEFT + f64::from(d - first) / f64::from(days) * plot_w;
    let y = |v: f64| TOP + plot_h - v / high * plot_h;
    let mut s = format!(
        r#"<svg viewBox="0 0 {W:.0} {H:.0}" role="img"><title>{}</title><desc>{}</desc><text x="{LEFT:.1}" y="14" class="title">{}</text>"#,
        esc(title),
        esc(desc),
        esc(title),
        W = Fixed(W),
        H = Fixed(H),
        LEFT = Fixed(LEFT)
    );
    let base = TOP + plot_h;
    let _ = write!(
        s,
        r##"<line x1="{LEFT:.1}" y1="{base:.1}" x2="{:.1}" y2="{base:.1}" stroke="#000"/><text x="{:.1}" y="{:.1}" class="tick" text-anchor="end">0</text><text x="{LEFT:.1}" y="{:.1}" class="tick">{}</text><text x="{:.1}" y="{:.1}" class="tick" text-anchor="end">{}</text>"##,
        Fixed(LEFT + plot_w),
        Fixed(LEFT - 4.0),
        Fixed(base + 3.0),
        Fixed(base + 13.0),
        esc(dates.0),
        Fixed(LEFT + plot_w),
        Fixed(base + 13.0),
        esc(dates.1),
        LEFT = Fixed(LEFT),
        base = Fixed(base)
    );
    let steps = threshold_steps(all, &x);
    if let Some(&(_, last_line)) = steps.last() {
        let points: Vec<String> = steps
            .iter()
            .map(|(px, v)| format!("{px:.1},{:.1}", Fixed(y(*v)), px = Fixed(*px)))
            .collect();
        let yv = y(last_line);
        // The label under the last level, where it begins (the left edge when the line
        // never steps), with room for its words before the right edge.
        let from = steps.len().checked_sub(2).map_or(LEFT, |i| steps[i].0);
        let label_x = (from + 4.0).min(W - RIGHT - 70.0);
        let _ = write!(
            s,
            r##"<polyline points="{}" fill="none" stroke="#000" stroke-width="1" stroke-dasharray="4 3"/><text x="{:.1}" y="{:.1}" class="tick">{}</text>"##,
            points.join(" "),
            Fixed(label_x),
            Fixed(yv + 10.0),
            esc(&line(&number(last_line)))
        );
    }
    let points: Vec<String> = all
        .iter()
        .map(|p| {
            format!(
                "{:.1},{:.1}",
                Fixed(x(p.date.num_days_from_ce())),
                Fixed(y(p.value))
            )
        })
        .collect();
    let _ = write!(
        s,
        r##"<polyline points="{}" fill="none" stroke="#000" stroke-width="1.6"/>"##,
        points.join(" ")
    );
    for p in all {
        let (px, py) = (x(p.date.num_days_from_ce()), y(p.value));
        let _ = write!(
            s,
            r##"<circle cx="{px:.1}" cy="{py:.1}" r="2.2" fill="#000"/><text x="{px:.1}" y="{:.1}" class="num" text-anchor="middle">{}</text>"##,
            Fixed(py - 5.0),
            esc(&number(p.value)),
            px = Fixed(px),
            py = Fixed(py)
        );
    }
    s.push_str("</svg>");
    s
}

/// The threshold line's corners, across the whole plot: level from the left edge at the
/// first result's threshold, a step at each result whose threshold differs. Results
/// without one (an age outside the table) break nothing: the line keeps its last level.
fn threshold_steps(all: &[Point], x: &dyn Fn(i32) -> f64) -> Vec<(f64, f64)> {
    let mut steps: Vec<(f64, f64)> = Vec::new();
    for p in all {
        let Some(v) = p.threshold else { continue };
        let px = x(p.date.num_days_from_ce());
        match steps.last() {
            None => steps.push((LEFT, v)),
            Some(&(_, before)) if (before - v).abs() > f64::EPSILON => {
                steps.push((px, before));
                steps.push((px, v));
            }
            Some(_) => {}
        }
    }
    if let Some(&(_, v)) = steps.last() {
        steps.push((W - RIGHT, v));
    }
    steps
}

/// Falls and near falls per month, with their circumstances.
fn falls_table(s: &mut String, request: &Request, falls: &[&FallRecord]) {
    let r = texts(request.lang);
    let t = request.lang.texts();
    let _ = write!(s, "<h3>{}</h3>", esc(r.falls));
    if falls.is_empty() {
        let _ = write!(s, "<p>{}</p>", esc(r.no_falls));
        return;
    }
    let months = by_month(falls.iter().copied(), None);
    let _ = write!(
        s,
        "<table class=\"sessions\"><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
        esc(r.month),
        esc(r.falls_col),
        esc(r.near_col),
        esc(r.what_col)
    );
    for m in &months {
        let what: Vec<String> = m
            .records
            .iter()
            .map(|f| esc(&crate::i18n::falls::words(f, request.lang)).to_string())
            .collect();
        let _ = write!(
            s,
            "<tr><td>{} {}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(t.months[m.month as usize - 1]),
            m.year,
            m.count(FallKind::Fall),
            m.count(FallKind::NearFall),
            what.join("<br/>")
        );
    }
    s.push_str("</table>");
}

#[cfg(test)]
mod tests {
    use crate::catalog::Catalog;
    use crate::history::History;
    use crate::lang::Lang;
    use crate::profile::{Profile, Sex};
    use crate::report::{Paper, Request, render};

    fn request<'a>(
        catalog: &'a Catalog,
        history: &'a History,
        profile: &'a Profile,
    ) -> Request<'a> {
        Request {
            catalog,
            history,
            profile: Some(profile),
            today: chrono::NaiveDate::from_ymd_opt(2026, 12, 9).unwrap(),
            weeks: 12,
            lang: profile.lang,
            version: "test",
            paper: Paper::A4,
        }
    }

    fn page(history: &History, profile: &Profile, lang: Lang) -> String {
        let catalog = Catalog::builtin();
        render(&Request {
            lang,
            ..request(&catalog, history, profile)
        })
    }

    fn history() -> History {
        serde_json::from_str(
            r#"{"version":3,"sessions":[],
            "tests":[{"date":"2026-10-28","kind":"chair-stand","value":10.0,"unit":"stands","note":null},
                     {"date":"2026-12-09","kind":"chair-stand","value":12.0,"unit":"stands","note":null},
                     {"date":"2026-12-09","kind":"tug","value":9.4,"unit":"s","note":null}],
            "falls":[{"date":"2026-11-03","kind":"fall","place":"stairs","what":"tripped",
                      "injury":"bruise","got_up_alone":true,"note":"wet <step>"},
                     {"date":"2026-11-20","kind":"near_fall","what":"dizzy","note":null}]}"#,
        )
        .unwrap()
    }

    #[test]
    fn the_tests_over_time_against_their_norms_and_the_falls_per_month() {
        let profile = Profile {
            birth_year: Some(1954),
            sex: Some(Sex::Female),
            ..Profile::defaults(Lang::En)
        };
        let html = page(&history(), &profile, Lang::En);
        assert!(html.contains("<h2>Function tests and falls</h2>"), "{html}");
        assert!(html.contains("stroke-dasharray"), "the norm line");
        assert!(html.contains("norm line 10"), "chair stand for women 70-74");
        assert!(html.contains("Rikli RE, Jones CJ."), "the source under it");
        assert!(html.contains("12 stands: in the usual range for women 70-74"));
        assert!(
            html.contains("<td>November 2026</td><td>1</td><td>1</td>"),
            "{html}"
        );
        assert!(html.contains("wet &lt;step&gt;"), "escaped");
        roxmltree::Document::parse(html.trim_start_matches("<!DOCTYPE html>\n"))
            .expect("well-formed");
        let nl = page(
            &history(),
            &Profile {
                lang: Lang::Nl,
                ..profile
            },
            Lang::Nl,
        );
        assert!(nl.contains("<h2>Functietests en vallen</h2>"));
        assert!(nl.contains("Vallen en bijna-vallen per maand"));
    }

    /// A woman born in 1956: 69 at the first chair stand (65-69: below 11), 70 at the
    /// second (70-74: below 10): the dashed line steps at the second result, and its label
    /// names the level it ends at.
    #[test]
    fn the_norm_line_steps_where_the_age_band_changes() {
        let history: History = serde_json::from_str(
            r#"{"version":3,"sessions":[],
            "tests":[{"date":"2025-11-01","kind":"chair-stand","value":11.0,"unit":"stands","note":null},
                     {"date":"2026-11-21","kind":"chair-stand","value":12.0,"unit":"stands","note":null}]}"#,
        )
        .unwrap();
        let profile = Profile {
            birth_year: Some(1956),
            sex: Some(Sex::Female),
            ..Profile::defaults(Lang::En)
        };
        let catalog = Catalog::builtin();
        let html = render(&Request {
            weeks: 60,
            ..request(&catalog, &history, &profile)
        });
        let dashed = html
            .split("<polyline points=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap();
        let corners: Vec<&str> = dashed.split(' ').collect();
        assert_eq!(corners.len(), 4, "level, step down, level: {dashed}");
        assert_eq!(
            corners[1].split(',').nth(1),
            corners[0].split(',').nth(1),
            "level until the second result"
        );
        assert_ne!(corners[2].split(',').nth(1), corners[1].split(',').nth(1));
        assert!(html.contains("norm line 10"), "the level it ends at");
    }

    #[test]
    fn without_tests_or_falls_there_is_no_section() {
        let html = page(&History::default(), &Profile::defaults(Lang::En), Lang::En);
        assert!(!html.contains("Function tests and falls"));
    }
}
