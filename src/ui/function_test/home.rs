//! What home says of the test day and the falls diary (issue 30).

use ratatui::text::Line;

use crate::app::{Model, Notice};
use crate::ui::Ctx;

/// Issue 30: the six-weekly test day offered (a day without strength, due), and a fall
/// that holds the plan back.
pub fn home_lines<'a>(ctx: &Ctx, model: &Model) -> Vec<Line<'a>> {
    let mut lines = Vec::new();
    let day = &model.day;
    let date = day.today.date;
    if let Some(fall) = crate::coach::falls::open_falls(&model.history)
        .iter()
        .map(|f| f.date)
        .min()
    {
        let f = crate::i18n::falls::texts(ctx.lang);
        lines.push(Line::styled(
            format!("! {}", (f.holding)(&ctx.t.date(fall))),
            ctx.theme.warning,
        ));
    }
    if crate::app::checks_step::offers_test_day(model, date) {
        let s = crate::i18n::function_test_screen::texts(ctx.lang);
        lines.push(Line::styled(format!("◆ {}", s.offer), ctx.theme.title));
    }
    lines
}

/// Home's notice after the test day or the fall form saved.
pub fn notice_lines<'a>(ctx: &Ctx, model: &Model, notice: &Notice) -> Vec<Line<'a>> {
    let mut lines = Vec::new();
    match notice {
        Notice::TestsSaved(n) => {
            let s = crate::i18n::function_test_screen::texts(ctx.lang);
            lines.push(Line::styled(format!("✔ {}", (s.saved)(*n)), ctx.theme.good));
        }
        Notice::FallSaved { needs_doctor } => {
            let f = crate::i18n::falls::texts(ctx.lang);
            if let Some(fall) = model.history.falls.last() {
                let said = crate::i18n::falls::words(fall, ctx.lang);
                lines.push(Line::styled(
                    format!("✔ {}", (f.recorded)(&said)),
                    ctx.theme.good,
                ));
            }
            if *needs_doctor {
                lines.push(Line::styled(
                    format!("! {}", f.call_doctor),
                    ctx.theme.warning,
                ));
            }
        }
        _ => {}
    }
    lines
}
