//! Home's notice about a journal that could not be read and was moved aside: why, where
//! it is now, and what to do with it.

use ratatui::text::Line;

use super::Ctx;
use crate::app::{JournalSetAside, SetAsideReason};
use crate::i18n::fill;

pub fn lines(ctx: &Ctx, aside: &JournalSetAside) -> Vec<Line<'static>> {
    let t = ctx.t.data;
    let reason = match &aside.reason {
        SetAsideReason::Damaged(detail) => fill(t.reason_damaged, &[("detail", detail)]),
        SetAsideReason::Newer(version) => fill(t.reason_newer, &[("version", version)]),
    };
    vec![
        Line::styled(
            format!("! {}", fill(t.set_aside_title, &[("reason", &reason)])),
            ctx.theme.warning,
        ),
        Line::raw(format!(
            "  {}",
            fill(t.set_aside_where, &[("path", &aside.path)])
        )),
        Line::raw(format!("  {}", t.set_aside_todo)),
        Line::raw(""),
    ]
}
