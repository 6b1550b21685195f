//! Issue 28's ratios: each command that reads the history against the typed-parse floor
//! (`benches/floor/mod.rs`), on the demo histories of 1, 3, 10 and 30 years, without and with
//! balance and posture practice (`demo_history` and `demo_history_with_practice`), in
//! process, on the release profile:
//!
//! - `load`: the store's read of the history alone (the version check, the bounds, unknown
//!   fields kept), what every other row starts with;
//! - `plan --json`: load the history (with its version check), today's plan and practice,
//!   the JSON text;
//! - `history --json`: load, the weeks, the JSON text;
//! - `report`: load the history and the profile, the HTML page;
//! - `tui`: load, the model as `botsterk` starts it with a profile (`Model::before_profile`,
//!   `set_profile`), one frame of home at 120x40;
//! - `history screen`: then `h` and one frame of the history's weeks;
//! - `history --csv`: load and the CSV rows written to memory, against a floor that parses
//!   and writes the same bytes.
//!
//! Method: for each history the floor and the command run in turn (A B A B ..., so a drift
//! of the machine's speed touches both), `ROUNDS` times after a warm-up; each figure is the
//! median of its runs, each ratio the median of the ratios pair by pair. Linearity: the
//! cost per session at 30 years against that at 3 years.
//!
//! Run with `cargo bench --bench ratios` (about 3 minutes); results in
//! `docs/performance.md`. `cargo bench --bench ratios -- 30` runs only 30 years.

/// The binary's allocator (src/main.rs), for the floor and the commands alike: the figures
/// are those of the binary.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use botsterk::app::HomeMsg;
use std::hint::black_box;
use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use botsterk::app::{Model, Msg, Now, update};
use botsterk::catalog::Catalog;
use botsterk::clock::{Clock, FakeClock};
use botsterk::commands;
use botsterk::demo::{demo_history, demo_history_with_practice};
use botsterk::lang::Lang;
use botsterk::profile::Settings;
use botsterk::store::Store;
use botsterk::ui::View;
use botsterk::ui::theme::THEME;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

#[path = "floor/mod.rs"]
mod floor;

const YEARS: [u32; 4] = [1, 3, 10, 30];

/// Pairs of runs per figure (fewer for the larger histories: each run is longer).
fn rounds(years: u32) -> usize {
    match years {
        1 => 200,
        3 => 80,
        10 => 30,
        _ => 15,
    }
}

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

struct Case<'a> {
    store: &'a Store,
    catalog: &'a Catalog,
    today: chrono::NaiveDate,
}

impl Case<'_> {
    fn settings(&self) -> Settings {
        self.store
            .load_profile()
            .expect("the profile loads")
            .map(|p| p.settings())
            .unwrap_or_default()
    }

    fn plan_json(&self) -> String {
        let history = self.store.load_history().expect("the history loads");
        let settings = self.settings();
        let plan = commands::plan::compute(self.catalog, &history, &settings, self.today);
        let practice = commands::plan::practice(self.catalog, &history, &settings, self.today);
        let json =
            commands::plan::to_json(self.catalog, &plan, &practice, Lang::En, settings.units);
        serde_json::to_string_pretty(&json).expect("plan JSON")
    }

    fn history_json(&self) -> String {
        let history = self.store.load_history().expect("the history loads");
        commands::history::render(
            self.catalog,
            &history,
            self.today,
            None,
            &self.settings(),
            3,
            commands::history::Format::Json,
            Lang::En,
        )
    }

    fn report(&self) -> String {
        let history = self.store.load_history().expect("the history loads");
        let profile = self.store.load_profile().expect("the profile loads");
        botsterk::report::render(&botsterk::report::Request {
            catalog: self.catalog,
            history: &history,
            profile: profile.as_ref(),
            today: self.today,
            weeks: botsterk::report::DEFAULT_WEEKS,
            lang: Lang::En,
            version: "bench",
            paper: botsterk::report::Paper::A4,
        })
    }

    fn model(&self) -> Model {
        let history = self.store.load_history().expect("the history loads");
        let profile = self.store.load_profile().expect("the profile loads");
        let mut model = Model::before_profile(
            self.catalog.clone(),
            Lang::En,
            history,
            "/tmp/history.json".into(),
            self.today,
        );
        if let Some(profile) = profile {
            model.set_profile(profile, self.today, true);
        }
        model
    }

    fn tui(&self) -> Buffer {
        frame(&self.model())
    }

    fn history_screen(&self, clock: &FakeClock) -> Buffer {
        let mut model = self.model();
        frame(&model);
        update(
            &mut model,
            Msg::Home(HomeMsg::OpenHistory),
            Now::from_clock(clock),
        );
        frame(&model)
    }

    fn csv(&self) -> Vec<u8> {
        let history = self.store.load_history().expect("the history loads");
        let mut out = Vec::new();
        commands::history::write_csv(&history, self.today, None, &mut out).expect("in memory");
        out
    }
}

/// The CSV floor: the typed parse, and the same bytes written.
fn csv_floor(path: &Path, bytes: &[u8]) -> Vec<u8> {
    black_box(floor::parse(path));
    let mut out = Vec::new();
    out.write_all(bytes).expect("in memory");
    out
}

/// One row's measure: (floor median, command median, median of the ratios).
type Measure<'a> = dyn Fn() -> (Duration, Duration, f64) + 'a;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Floor and command in turn: (floor median, command median, median of the ratios).
fn pair<A, B>(
    rounds: usize,
    mut floor: impl FnMut() -> A,
    mut command: impl FnMut() -> B,
) -> (Duration, Duration, f64) {
    let time = |f: &mut dyn FnMut()| {
        let start = Instant::now();
        f();
        start.elapsed().as_secs_f64()
    };
    for _ in 0..3 {
        black_box(floor());
        black_box(command());
    }
    let (mut a, mut b, mut r) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..rounds {
        let fa = time(&mut || {
            black_box(floor());
        });
        let fb = time(&mut || {
            black_box(command());
        });
        a.push(fa);
        b.push(fb);
        r.push(fb / fa);
    }
    (
        Duration::from_secs_f64(median(a)),
        Duration::from_secs_f64(median(b)),
        median(r),
    )
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1e3)
}

fn main() {
    // `cargo bench` passes `--bench`; a number picks the years.
    let only: Vec<u32> = std::env::args().filter_map(|a| a.parse().ok()).collect();
    // Any other word picks the commands whose name holds it (`-- 10 csv`).
    let names: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-') && a.parse::<u32>().is_err())
        .collect();
    let wanted = |name: &str| names.is_empty() || names.iter().any(|n| name.contains(n.as_str()));
    let clock = FakeClock::new();
    let today = clock.today();
    let catalog = Catalog::builtin();
    let dir = tempfile::tempdir().expect("a temp dir");
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "| history | sessions | practice | command | floor ms | command ms | ratio | µs per session |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|---|---|");
    for years in YEARS
        .into_iter()
        .filter(|y| only.is_empty() || only.contains(y))
    {
        for with_practice in [false, true] {
            let store = Store::new(dir.path().join(format!("{years}-{with_practice}")));
            commands::demo::run(&store, &catalog, years, Lang::En, today).expect("the demo");
            let history = if with_practice {
                demo_history_with_practice(&catalog, today, years)
            } else {
                demo_history(&catalog, today, years)
            };
            store
                .save_history(&history)
                .expect("the history is written");
            let sessions = history.sessions.len();
            let practices = history.practice.len();
            let case = Case {
                store: &store,
                catalog: &catalog,
                today,
            };
            let path = store.history_path();
            let csv_bytes = case.csv();
            let n = rounds(years);
            let parse = || floor::parse(&path);
            let rows: Vec<(&str, Box<Measure>)> = vec![
                (
                    "load (what every command reads first)",
                    Box::new(|| pair(n, parse, || case.store.load_history())),
                ),
                (
                    "plan --json",
                    Box::new(|| pair(n, parse, || case.plan_json())),
                ),
                (
                    "history --json",
                    Box::new(|| pair(n, parse, || case.history_json())),
                ),
                ("report", Box::new(|| pair(n, parse, || case.report()))),
                (
                    "tui first frame",
                    Box::new(|| pair(n, parse, || case.tui())),
                ),
                (
                    "history screen",
                    Box::new(|| pair(n, parse, || case.history_screen(&clock))),
                ),
                (
                    "history --csv (floor writes the bytes)",
                    Box::new(|| pair(n, || csv_floor(&path, &csv_bytes), || case.csv())),
                ),
            ];
            for (name, run) in rows.into_iter().filter(|(name, _)| wanted(name)) {
                let (floor, command, ratio) = run();
                #[allow(clippy::cast_precision_loss)]
                let per_session = command.as_secs_f64() * 1e6 / sessions as f64;
                let _ = writeln!(
                    out,
                    "| {years} y | {sessions} | {practices} | {name} | {} | {} | {ratio:.2} | {per_session:.2} |",
                    ms(floor),
                    ms(command),
                );
            }
        }
    }
}
