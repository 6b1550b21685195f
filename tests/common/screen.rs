//! A model and its fake clock, driven like the shell drives it, and drawn on ratatui's
//! `TestBackend`: what the screen snapshots and the doc captures share.

use std::time::Duration;

use botsterk::app::history_state::Key as HistoryKey;
use botsterk::app::{Model, Msg, Now, update};
use botsterk::catalog::Catalog;
use botsterk::clock::{Clock, FakeClock};
use botsterk::coach::session::Input;
use botsterk::history::History;
use botsterk::lang::Lang;
use botsterk::ui::View;
use botsterk::ui::theme::THEME;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

pub struct Harness {
    pub clock: FakeClock,
    pub model: Model,
}

impl Harness {
    /// The app on `history` at `clock`, with a fixed path for the history file.
    pub fn start(lang: Lang, history: History, clock: FakeClock) -> Self {
        let model = Model::new(
            Catalog::builtin(),
            lang,
            history,
            "/home/ann/.local/share/botsterk/history.json".into(),
            clock.today(),
        );
        Self { clock, model }
    }

    pub fn send(&mut self, msg: Msg) -> &mut Self {
        update(&mut self.model, msg, Now::from_clock(&self.clock));
        self
    }

    pub fn key(&mut self, input: Input) -> &mut Self {
        self.send(Msg::Session(input))
    }

    pub fn keys(&mut self, input: Input, times: usize) -> &mut Self {
        for _ in 0..times {
            self.key(input);
        }
        self
    }

    /// Lets `millis` pass and tells the model, as the loop does at a deadline.
    pub fn wait(&mut self, millis: u64) -> &mut Self {
        self.clock.advance(Duration::from_millis(millis));
        self.send(Msg::Tick)
    }

    pub fn history(&mut self, keys: &[HistoryKey]) -> &mut Self {
        for key in keys {
            self.send(Msg::History(*key));
        }
        self
    }

    /// One frame at `width` x `height`.
    pub fn draw(&self, width: u16, height: u16) -> Terminal<TestBackend> {
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal
            .draw(|frame| {
                let view = View {
                    model: &self.model,
                    now: self.clock.now(),
                    theme: &THEME,
                };
                frame.render_widget(view, frame.area());
            })
            .unwrap();
        terminal
    }
}

/// A fake clock at 09:00 (UTC+1) on the given day of November 2026 (the 23rd is a Monday).
pub fn clock_on(day: u32) -> FakeClock {
    use chrono::TimeZone;
    let tz = chrono::FixedOffset::east_opt(3600).unwrap();
    FakeClock::at(tz.with_ymd_and_hms(2026, 11, day, 9, 0, 0).unwrap())
}
