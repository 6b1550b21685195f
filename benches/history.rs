//! The history's weeks (`coach::review::review`: weeks, streak, bone dose, trends, personal
//! bests) on 1, 5 and 10 years: computed once per change of the history (a save, a
//! correction, a new day), never per frame.
//!
//! Run with `cargo bench --bench history`; results in `docs/performance.md`. The frames of
//! the history screens are in `benches/screens.rs`.

use std::hint::black_box;
use std::time::Duration;

use botsterk::catalog::Catalog;
use botsterk::clock::{Clock, FakeClock};
use botsterk::coach::review::review;
use botsterk::demo::demo_history;
use botsterk::profile::Settings;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

fn week_aggregation(c: &mut Criterion) {
    let clock = FakeClock::new();
    let catalog = Catalog::builtin();
    let mut group = c.benchmark_group("review");
    for years in [1, 5, 10] {
        let history = demo_history(&catalog, clock.today(), years);
        group.bench_with_input(BenchmarkId::from_parameter(years), &history, |b, h| {
            b.iter(|| review(&catalog, black_box(h), clock.today(), &Settings::default()));
        });
    }
    group.finish();
}

/// The printable report of ten years, the longest period (`botsterk report --weeks 520`):
/// the issue asks for under 100 ms, written once per command or `r`.
fn report_ten_years(c: &mut Criterion) {
    use botsterk::report::{MAX_WEEKS, Request, render};
    let clock = FakeClock::new();
    let catalog = Catalog::builtin();
    let history = demo_history(&catalog, clock.today(), 10);
    let profile = botsterk::profile::Profile::defaults(botsterk::lang::Lang::En);
    c.bench_function("report/10-years-520-weeks", |b| {
        b.iter(|| {
            render(&Request {
                catalog: &catalog,
                history: black_box(&history),
                profile: Some(&profile),
                today: clock.today(),
                weeks: MAX_WEEKS,
                lang: botsterk::lang::Lang::En,
                version: "bench",
                paper: botsterk::report::Paper::A4,
            })
        });
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    targets = week_aggregation, report_ten_years
}
criterion_main!(benches);
