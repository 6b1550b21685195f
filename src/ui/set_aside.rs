//! Home's notice about a journal that could not be read and was moved aside: why, where
//! it is now, and what to do with it.

use ratatui::text::Line;

use super::Ctx;
use crate::history::journal::{JournalSetAside, SetAsideReason};

pub fn lines(ctx: &Ctx, aside: &JournalSetAside) -> Vec<Line<'static>> {
    let t = ctx.t.data;
    let reason = match &aside.reason {
        SetAsideReason::Damaged(detail) => (t.reason_damaged)(detail),
        SetAsideReason::Newer(version) => (t.reason_newer)(version),
    };
    vec![
        Line::styled(
            format!("! {}", (t.set_aside_title)(&reason)),
            ctx.theme.warning,
        ),
        Line::raw(format!("  {}", (t.set_aside_where)(&aside.path))),
        Line::raw(format!("  {}", t.set_aside_todo)),
        Line::raw(""),
    ]
}
