//! The report in a real browser: headless Chromium prints the report of a fixed history to
//! PDF, on Letter and on A4, and poppler's `pdfinfo`/`pdftotext` check that it has 1 to 3
//! pages and holds the adherence figure, an exercise's first and last weight and a pain
//! date. It needs Debian's `chromium` and `poppler-utils`, so it is ignored by default and
//! never passes without checking: `.ci/run` installs them and runs it with
//! `--include-ignored`, or prints one line saying it could not
//! (`cargo test --test report_pdf -- --include-ignored` runs it by hand).

use std::path::Path;
use std::process::Command;

use botsterk::catalog::Catalog;
use botsterk::coach::review::review_period;
use botsterk::history::Effort;
use botsterk::lang::Lang;
use botsterk::profile::Profile;
use botsterk::report::{DEFAULT_WEEKS, Request, gather, render};
use chrono::NaiveDate;

/// Whether `program` can be started (poppler's tools know `-v`, not `--version`, and
/// answer it with a non-zero status: starting is what counts).
fn found(program: &str) -> bool {
    Command::new(program).arg("-v").output().is_ok()
}

fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser"]
        .into_iter()
        .find(|p| Command::new(p).arg("--version").output().is_ok())
}

/// Prints `html` to `pdf` with headless Chromium: no network, no profile of its own kept.
fn print(chromium: &str, html: &Path, pdf: &Path) {
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .unwrap();
    assert!(
        pdf.exists(),
        "chromium printed nothing: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn pages(pdf: &Path) -> u32 {
    let info = Command::new("pdfinfo").arg(pdf).output().unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count in:\n{info}"))
}

/// The PDF's text with every run of white space made one space: the browser breaks lines
/// where it likes.
fn text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
#[ignore = "needs chromium and pdfinfo"]
fn the_report_prints_on_1_to_3_pages_with_its_numbers() {
    let chromium = chromium().expect("chromium (apt-get install chromium)");
    assert!(
        found("pdfinfo") && found("pdftotext"),
        "pdfinfo and pdftotext (apt-get install poppler-utils)"
    );
    let catalog = Catalog::builtin();
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let mut history = botsterk::demo::demo_history(&catalog, today, 1);
    // Pain in the period: the last session's first exercise.
    let last = history.sessions.iter_mut().max_by_key(|s| s.date).unwrap();
    let pain_date = last.date;
    let hurt = &mut last.exercises[0];
    hurt.effort = Some(Effort::Pain);
    let hurt_name = catalog.get(&hurt.id).unwrap().en.name.clone();
    let profile = Profile::defaults(Lang::En);
    let html = render(&Request {
        catalog: &catalog,
        history: &history,
        profile: Some(&profile),
        today,
        weeks: DEFAULT_WEEKS,
        lang: Lang::En,
        version: "test",
        paper: botsterk::report::Paper::A4,
    });
    // What the page must say, from the same data.
    let settings = profile.settings();
    let looked_back = review_period(&catalog, &history, today, &settings, DEFAULT_WEEKS);
    let data = gather(&catalog, &history, &looked_back, &settings, today);
    let a = &data.adherence;
    let adherence = format!(
        "Weeks at the minimum of 2 sessions: {} of {} ({} %).",
        a.at_minimum,
        a.judged_weeks,
        a.share(a.at_minimum).unwrap()
    );
    let goblet = data
        .exercises
        .iter()
        .find(|s| s.id == "goblet-squat")
        .unwrap();
    let (first, last) = (
        goblet.points.first().unwrap().value,
        goblet.points.last().unwrap().value,
    );
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    use chrono::Datelike;
    let pain = format!(
        "{} {} {}: Pain reported during {hurt_name}",
        pain_date.day(),
        months[pain_date.month0() as usize],
        pain_date.year()
    );

    let dir = tempfile::tempdir().unwrap();
    let letter_html = dir.path().join("report.html");
    std::fs::write(&letter_html, &html).unwrap();
    // The same page forced onto A4, the paper of most of Europe.
    let a4_html = dir.path().join("report-a4.html");
    std::fs::write(&a4_html, html.replacen("@page {", "@page { size: A4;", 1)).unwrap();
    for (page, paper) in [(&letter_html, "Letter"), (&a4_html, "A4")] {
        let pdf = page.with_extension("pdf");
        print(chromium, page, &pdf);
        let n = pages(&pdf);
        assert!((1..=3).contains(&n), "{paper}: {n} pages");
        let text = text(&pdf);
        assert!(
            text.contains(&adherence),
            "{paper}: no {adherence:?} in\n{text}"
        );
        assert!(
            text.contains(&format!(": {first} kg;")) && text.contains(&format!(": {last} kg.")),
            "{paper}: the goblet squat's first and last weight in\n{text}"
        );
        assert!(text.contains(&pain), "{paper}: no {pain:?} in\n{text}");
        assert!(
            text.contains("Strength sessions per week"),
            "{paper}: the chart's title"
        );
    }
}

/// Issue 30: the test day's charts (each with its norm line and source) and the falls per
/// month print with the rest of the report.
#[test]
#[ignore = "needs chromium and pdfinfo"]
fn the_function_tests_and_falls_print_with_their_norms_and_sources() {
    let chromium = chromium().expect("chromium (apt-get install chromium)");
    let catalog = Catalog::builtin();
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let mut history = botsterk::demo::demo_history(&catalog, today, 1);
    let extra: botsterk::history::History = serde_json::from_str(
        r#"{"version":3,"sessions":[],
        "tests":[{"date":"2026-09-10","kind":"chair-stand","value":9.0,"unit":"stands","note":null},
                 {"date":"2026-10-22","kind":"chair-stand","value":11.0,"unit":"stands","note":null},
                 {"date":"2026-10-22","kind":"balance-test","value":3.0,"unit":"stages","stage":"tandem","note":null}],
        "falls":[{"date":"2026-10-03","kind":"fall","place":"stairs","what":"tripped",
                  "injury":"bruise","got_up_alone":true,"note":null}]}"#,
    )
    .unwrap();
    history.tests = extra.tests;
    history.falls = extra.falls;
    let profile = Profile {
        birth_year: Some(1954),
        sex: Some(botsterk::profile::Sex::Female),
        ..Profile::defaults(Lang::En)
    };
    let html = render(&Request {
        catalog: &catalog,
        history: &history,
        profile: Some(&profile),
        today,
        weeks: DEFAULT_WEEKS,
        lang: Lang::En,
        version: "test",
        paper: botsterk::report::Paper::A4,
    });
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    std::fs::write(&page, &html).unwrap();
    let pdf = page.with_extension("pdf");
    print(chromium, &page, &pdf);
    assert!((1..=4).contains(&pages(&pdf)));
    let text = text(&pdf);
    for part in [
        "Function tests and falls",
        "30-second chair stand",
        "norm line 10",
        "Rikli RE, Jones CJ.",
        "Falls and near falls per month",
        "October 2026",
    ] {
        assert!(text.contains(part), "no {part:?} in\n{text}");
    }
}
