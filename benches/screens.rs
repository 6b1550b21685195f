//! One frame of each main screen on a ten-year history, drawn on ratatui's `TestBackend` at
//! 120x40 the way the shell draws (`Terminal::draw`: the view into a buffer, then the diff
//! with the previous frame to the backend): home, a rep set, a rest countdown, and the
//! history's weeks and exercises. A frame is drawn only after a key, a resize or a
//! countdown's next second (see `src/shell.rs`), so this is the cost of one of those.
//!
//! Run with `cargo bench --bench screens`; results in `docs/performance.md`.

use botsterk::app::HomeMsg;
use std::time::Duration;

use botsterk::app::history_state::Key;
use botsterk::app::{Model, Msg, Now, update};
use botsterk::catalog::Catalog;
use botsterk::clock::{Clock, FakeClock};
use botsterk::coach::session::Input;
use botsterk::demo::demo_history;
use botsterk::lang::Lang;
use botsterk::ui::View;
use botsterk::ui::theme::THEME;
use chrono::Days;
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn screens(c: &mut Criterion) {
    let clock = FakeClock::new();
    let catalog = Catalog::builtin();
    // Ending two days ago, so that today is a training day and a session can start.
    let history = demo_history(&catalog, clock.today() - Days::new(2), 10);
    let home = Model::new(
        catalog,
        Lang::En,
        history,
        "/home/ann/.local/share/botsterk/history.json".into(),
        clock.today(),
    );
    let now = || Now::from_clock(&clock);
    let send = |model: &Model, msgs: &[Msg]| {
        let mut model = model.clone();
        for msg in msgs {
            update(&mut model, msg.clone(), now());
        }
        model
    };
    let mut reps = vec![Msg::Home(HomeMsg::StartSession), Msg::Session(Input::Begin)];
    reps.extend(std::iter::repeat_n(Msg::Session(Input::Count), 7));
    let rep_set = send(&home, &reps);
    let rest = send(&rep_set, &[Msg::Session(Input::FinishSet)]);
    let weeks = send(&home, &[Msg::Home(HomeMsg::OpenHistory)]);
    let exercises = send(&weeks, &[Msg::History(Key::SwitchTab)]);
    assert!(rest.next_wake(clock.now()).is_some(), "the rest runs");

    let mut group = c.benchmark_group("frame 120x40");
    for (name, model) in [
        ("home", &home),
        ("rep set", &rep_set),
        ("rest countdown", &rest),
        ("history weeks", &weeks),
        ("history exercises", &exercises),
    ] {
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("a test terminal");
        let mut tick = 0u64;
        group.bench_function(name, |b| {
            b.iter(|| {
                // A countdown moves on between frames: each frame at its next second.
                tick += 1;
                let at = clock.now() + Duration::from_secs(tick % 60);
                terminal
                    .draw(|frame| {
                        let view = View {
                            model,
                            now: at,
                            theme: &THEME,
                        };
                        frame.render_widget(view, frame.area());
                    })
                    .map(|_| ())
                    .expect("TestBackend draws");
            });
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    targets = screens
}
criterion_main!(benches);
