//! How long the history screens take on a ten-year history: computing the review (once per
//! change of the history) and drawing one frame of each page (every key press).
//!
//! Run with `cargo bench --bench history`; results in `docs/performance.md`.

use std::hint::black_box;
use std::time::Instant;

use botsterk::app::review_state::Key;
use botsterk::app::{Model, Msg, Now, update};
use botsterk::catalog::Catalog;
use botsterk::clock::{Clock, FakeClock};
use botsterk::coach::review::review;
use botsterk::demo::demo_history;
use botsterk::i18n::Lang;
use botsterk::ui::View;
use botsterk::ui::theme::THEME;
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

fn ten_years(c: &mut Criterion) {
    let clock = FakeClock::new();
    let catalog = Catalog::builtin();
    let history = demo_history(&catalog, clock.today(), 10);
    c.bench_function("review of 10 years", |b| {
        b.iter(|| review(&catalog, black_box(&history), clock.today(), 3));
    });

    let mut model = Model::new(
        catalog,
        Lang::En,
        history,
        "/tmp/history.json".into(),
        clock.today(),
    );
    update(&mut model, Msg::OpenReview, Now::from_clock(&clock));
    let area = Rect::new(0, 0, 120, 40);
    let frame = |model: &Model| {
        let mut buf = Buffer::empty(area);
        View {
            model,
            now: Instant::now(),
            theme: &THEME,
        }
        .render(area, &mut buf);
        buf
    };
    c.bench_function("frame: weeks of 10 years", |b| {
        b.iter(|| frame(black_box(&model)))
    });
    let mut exercises = model.clone();
    update(
        &mut exercises,
        Msg::Review(Key::SwitchTab),
        Now::from_clock(&clock),
    );
    c.bench_function("frame: exercises of 10 years", |b| {
        b.iter(|| frame(black_box(&exercises)));
    });
}

criterion_group!(benches, ten_years);
criterion_main!(benches);
