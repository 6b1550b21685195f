//! Start-up on histories of 1, 5 and 10 years (`botsterk::demo::demo_history`, written to a
//! real file by the store):
//!
//! - `floor`: read the file and deserialize it with serde_json into `History`, nothing else:
//!   no command can be faster than this.
//! - `load`: `Store::load_history` alone (it reads the version first, then the whole).
//! - `load + plan`: what `botsterk plan --json` does between parsing its flags and printing:
//!   `Store::load_history` (with its version check), today's plan, its JSON text.
//! - `first frame`: what the TUI does before its first screen: load, `Model::new` (plan and
//!   the history's weeks), one frame of home at 120x40.
//! - `history screen`: `h` on that model, and one frame of the history's weeks.
//! - `status`: what `botsterk status` does between parsing its flags and printing (load the
//!   history and the profile, the day's plan and practice, the line); issue 29 asks for
//!   under 10 ms on 10 years, since a shell prompt runs it every time; also on 10 years
//!   with balance practice (`line with practice`), the history `demo --years 10` writes.
//!
//! Run with `cargo bench --bench load`; results in `docs/performance.md`.

/// The binary's allocator (src/main.rs), for the floor and the commands alike: the figures
/// are those of the binary.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use botsterk::app::HomeMsg;
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use botsterk::app::{Model, Msg, Now, update};
use botsterk::catalog::Catalog;
use botsterk::clock::{Clock, FakeClock};
use botsterk::commands;
use botsterk::demo::{demo_history, demo_history_with_practice};
use botsterk::history::History;
use botsterk::lang::Lang;
use botsterk::profile::Settings;
use botsterk::store::Store;
use botsterk::ui::View;
use botsterk::ui::theme::THEME;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

const YEARS: [u32; 3] = [1, 5, 10];

fn frame(model: &Model) -> Buffer {
    let area = Rect::new(0, 0, 120, 40);
    let mut buf = Buffer::empty(area);
    View {
        model,
        now: Instant::now(),
        theme: &THEME,
    }
    .render(area, &mut buf);
    buf
}

/// `plan --json` in process: load, plan, JSON text.
fn plan_json(store: &Store, catalog: &Catalog, today: chrono::NaiveDate) -> String {
    let history = store.load_history().expect("the demo history loads");
    let plan = commands::plan::compute(catalog, &history, &Settings::default(), today);
    let practice = commands::plan::practice(catalog, &history, &Settings::default(), today);
    let json = commands::plan::to_json(
        catalog,
        &plan,
        &practice,
        Lang::En,
        botsterk::units::Units::Kg,
    );
    serde_json::to_string_pretty(&json).expect("plan JSON")
}

fn floor(path: &Path) -> History {
    let bytes = std::fs::read(path).expect("the demo history is there");
    serde_json::from_slice(&bytes).expect("the demo history parses")
}

/// `botsterk status`: its line on each history, and on ten years with balance practice.
fn status(
    c: &mut Criterion,
    stores: &[(u32, Store)],
    catalog: &Catalog,
    today: chrono::NaiveDate,
    dir: &Path,
) {
    let line = |store: &Store| {
        let day = commands::status::gather(black_box(store), catalog, &Settings::default(), today)
            .expect("the demo history loads");
        commands::status::line(&day, catalog, Lang::En)
    };
    // What `demo --years 10` writes and a user with balance practice has: the practice
    // records beside the sessions (about as many again), which `status` reads too.
    let with_practice = Store::new(dir.join("10y-practice"));
    with_practice
        .save_history(&demo_history_with_practice(catalog, today, 10))
        .expect("the demo history is written");
    let mut group = c.benchmark_group("status");
    group.bench_with_input(
        BenchmarkId::new("line with practice", 10),
        &with_practice,
        |b, store| b.iter(|| line(store)),
    );
    for (years, store) in stores {
        group.bench_with_input(BenchmarkId::new("line", years), store, |b, store| {
            b.iter(|| line(store));
        });
    }
    group.finish();
}

fn load(c: &mut Criterion) {
    let clock = FakeClock::new();
    let today = clock.today();
    let catalog = Catalog::builtin();
    let dir = tempfile::tempdir().expect("a temp dir");
    let stores: Vec<(u32, Store)> = YEARS
        .iter()
        .map(|&years| {
            let store = Store::new(dir.path().join(format!("{years}y")));
            store
                .save_history(&demo_history(&catalog, today, years))
                .expect("the demo history is written");
            (years, store)
        })
        .collect();

    let mut group = c.benchmark_group("plan --json");
    for (years, store) in &stores {
        let path = store.history_path();
        group.bench_with_input(BenchmarkId::new("floor", years), &path, |b, path| {
            b.iter(|| floor(black_box(path)));
        });
        group.bench_with_input(BenchmarkId::new("load", years), store, |b, store| {
            b.iter(|| {
                black_box(store)
                    .load_history()
                    .expect("the demo history loads")
            });
        });
        group.bench_with_input(BenchmarkId::new("load + plan", years), store, |b, store| {
            b.iter(|| plan_json(black_box(store), &catalog, today));
        });
    }
    group.finish();

    status(c, &stores, &catalog, today, dir.path());

    let mut group = c.benchmark_group("tui");
    for (years, store) in &stores {
        group.bench_with_input(BenchmarkId::new("first frame", years), store, |b, store| {
            b.iter(|| {
                let history = store.load_history().expect("the demo history loads");
                let model = Model::new(
                    catalog.clone(),
                    Lang::En,
                    history,
                    "/tmp/history.json".into(),
                    today,
                );
                frame(&model)
            });
        });
        let history = store.load_history().expect("the demo history loads");
        let model = Model::new(
            catalog.clone(),
            Lang::En,
            history,
            "/tmp/history.json".into(),
            today,
        );
        group.bench_with_input(
            BenchmarkId::new("history screen", years),
            &model,
            |b, model| {
                b.iter_batched(
                    || model.clone(),
                    |mut model| {
                        update(
                            &mut model,
                            Msg::Home(HomeMsg::OpenHistory),
                            Now::from_clock(&clock),
                        );
                        frame(&model)
                    },
                    criterion::BatchSize::LargeInput,
                );
            },
        );
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    targets = load
}
criterion_main!(benches);
