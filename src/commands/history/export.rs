//! `history --csv`: every set, balance hold and posture move, one row each (the header is a
//! contract with scripts: `docs/history-format.md`).

use chrono::NaiveDate;

use super::csv_out::{CsvOut, escape_into};
use super::*;
use crate::history::TestRecord;

/// The CSV header, exactly. The columns after `effort` came with practice (history v3):
/// `kind` is `strength` or `practice`; `stance`, `support`, `target_seconds` and `rating`
/// are filled for balance holds only.
pub const CSV_HEADER: [&str; 13] = [
    "date",
    "program",
    "exercise",
    "set",
    "reps",
    "seconds",
    "weight_kg",
    "effort",
    "kind",
    "stance",
    "support",
    "target_seconds",
    "rating",
];

/// Every set, balance hold and posture move as CSV, one row each, header first, each row
/// ending in a newline, in the order done (by date and start; a session and a practice that
/// started together keep the session first). Without `weeks`, everything in the file; with
/// it, what is dated in those weeks. The text [`write_csv`] writes.
///
/// # Panics
/// Never: the CSV is written to memory.
#[must_use]
pub fn to_csv(history: &History, today: NaiveDate, weeks: Option<u32>) -> String {
    let mut bytes = Vec::new();
    write_csv(history, today, weeks, &mut bytes).expect("writing to memory cannot fail");
    String::from_utf8(bytes).expect("every field is a Rust string")
}

/// [`to_csv`]'s text, written to `out` row by row as it is made (through a buffer of its
/// own: `history --csv` streams to stdout and never holds the whole file).
///
/// Strength rows have `kind` `strength` and the practice columns empty. Practice rows have
/// `kind` `practice` and no program or weight: a balance hold has the item id
/// (`balance/<stance>/<support>`) as exercise, its number within that stance that day as
/// set, the seconds held, `pain` as effort when stopped for pain, and its stance, support,
/// target seconds and rating; a posture move has `posture/<id>` as exercise, set 1, its reps
/// and the seconds each rep is held.
///
/// # Errors
/// When `out` cannot be written.
pub fn write_csv(
    history: &History,
    today: NaiveDate,
    weeks: Option<u32>,
    out: impl std::io::Write,
) -> std::io::Result<()> {
    let range = weeks.map(|n| period(today, n));
    let in_range =
        |date: NaiveDate| range.is_none_or(|(first, last)| (first..=last).contains(&date));
    let mut done: Vec<Done> = history
        .sessions
        .iter()
        .filter(|s| in_range(s.date))
        .map(Done::Strength)
        .chain(
            history
                .practice
                .iter()
                .filter(|p| in_range(p.date))
                .map(Done::Practice),
        )
        .chain(
            history
                .tests
                .iter()
                .filter(|t| in_range(t.date))
                .map(Done::Test),
        )
        .collect();
    // Stable: records with the same date and start keep their order in the file; test
    // results (no clock time) after that day's sessions and practice.
    done.sort_by_key(|d| match d {
        Done::Strength(s) => (s.date, false, Some(s.started_at)),
        Done::Practice(p) => (p.date, false, Some(p.started_at)),
        Done::Test(t) => (t.date, true, None),
    });
    let mut out = CsvOut::new(out);
    out.record(CSV_HEADER)?;
    let mut parts = Parts::default();
    for record in done {
        match record {
            Done::Strength(session) => strength_rows(&mut out, &mut parts, session)?,
            Done::Practice(practice) => practice_rows(&mut out, &mut parts, practice)?,
            Done::Test(test) => test_row(&mut out, test)?,
        }
    }
    out.flush()
}

/// A record of the history the CSV has rows for.
enum Done<'a> {
    Strength(&'a SessionRecord),
    Practice(&'a PracticeRecord),
    Test(&'a crate::history::TestRecord),
}

/// The escaped parts a record's rows repeat, kept from record to record so their room is
/// found once: a session's `date,program,exercise,` before the set's numbers and
/// `,weight_kg,effort,strength,,,,` after them; a practice's date.
#[derive(Default)]
struct Parts {
    head: Vec<u8>,
    tail: Vec<u8>,
}

/// A session's rows: one per set.
fn strength_rows<W: std::io::Write>(
    out: &mut CsvOut<W>,
    parts: &mut Parts,
    session: &SessionRecord,
) -> std::io::Result<()> {
    use std::io::Write;
    let Parts { head, tail } = parts;
    head.clear();
    // A date is digits and dashes: nothing to escape.
    write!(head, "{},", session.date)?;
    escape_into(head, session.program.as_str());
    head.push(b',');
    let session_head = head.len();
    for exercise in &session.exercises {
        head.truncate(session_head);
        escape_into(head, &exercise.id);
        head.push(b',');
        tail.clear();
        tail.push(b',');
        if let Some(kg) = exercise.weight_kg {
            // A number's shortest form: no comma, quote or line break.
            write!(tail, "{kg}")?;
        }
        tail.push(b',');
        tail.extend_from_slice(exercise.effort.map_or("", effort_name).as_bytes());
        tail.extend_from_slice(b",strength,,,,");
        for (i, set) in exercise.sets.iter().enumerate() {
            out.raw(head);
            out.number(u32::try_from(i + 1).ok());
            out.raw(b",");
            out.number(set_reps(set));
            out.raw(b",");
            out.number(set.seconds);
            out.raw(tail);
            out.end_row()?;
        }
    }
    Ok(())
}

/// A practice's rows: one per balance hold, then one per posture move.
fn practice_rows<W: std::io::Write>(
    out: &mut CsvOut<W>,
    parts: &mut Parts,
    practice: &PracticeRecord,
) -> std::io::Result<()> {
    use std::io::Write;
    let date = &mut parts.head;
    date.clear();
    write!(date, "{}", practice.date)?;
    let pain = |stopped: bool| if stopped { "pain" } else { "" };
    // Holds numbered per stance, as the live practice counts them (a map: the file does not
    // bound how many holds one practice has).
    let mut counts: BTreeMap<&str, u32> = BTreeMap::new();
    for hold in &practice.balance {
        let n = counts.entry(hold.stance.as_str()).or_default();
        *n += 1;
        out.raw(date);
        out.raw(b",,");
        out.joined(balance_item_id_parts(&hold.stance, &hold.support));
        out.raw(b",");
        out.number(Some(*n));
        out.raw(b",,");
        out.number(Some(hold.seconds));
        out.raw(b",,");
        out.raw(pain(hold.stopped_for_pain).as_bytes());
        out.raw(b",practice,");
        out.field(&hold.stance);
        out.raw(b",");
        out.field(&hold.support);
        out.raw(b",");
        out.number(Some(hold.target_seconds));
        out.raw(b",");
        out.raw(hold.rating.map_or("", Steadiness::as_str).as_bytes());
        out.end_row()?;
    }
    for posture in &practice.posture {
        out.raw(date);
        out.raw(b",,");
        out.joined(posture_item_id_parts(&posture.id));
        out.raw(b",1,");
        out.number(Some(posture.reps));
        out.raw(b",");
        out.number(posture.hold_seconds);
        out.raw(b",,");
        out.raw(pain(posture.stopped_for_pain).as_bytes());
        out.raw(b",practice,,,,");
        out.end_row()?;
    }
    Ok(())
}

/// The reps of one set: stomps of both feet when a foot is recorded, else `reps`.
fn set_reps(set: &SetRecord) -> Option<u32> {
    match (set.left, set.right) {
        (None, None) => set.reps,
        (left, right) => Some(left.unwrap_or(0).saturating_add(right.unwrap_or(0))),
    }
}

/// As in the history file.
fn effort_name(effort: Effort) -> &'static str {
    match effort {
        Effort::TooEasy => "too_easy",
        Effort::JustRight => "just_right",
        Effort::TooHard => "too_hard",
        Effort::Pain => "pain",
    }
}

/// `history --csv`'s rows for test results (issue 30), in the columns the header already
/// has (`docs/history-format.md`): `kind` is `test`, `exercise` is `test/<kind>`; the chair
/// stand's stands are in `reps`, the TUG's seconds in `seconds`, the grip's kg in
/// `weight_kg`, the balance test's last stage held in `stance` and its stages in `reps`;
/// `effort` is `pain` when the test was stopped for pain.
fn test_row<W: std::io::Write>(out: &mut CsvOut<W>, test: &TestRecord) -> std::io::Result<()> {
    let value = crate::i18n::format_kg(test.value);
    let column = |unit: &str| {
        if test.unit == unit {
            value.as_str()
        } else {
            ""
        }
    };
    let other = !matches!(test.unit.as_str(), "s" | "kg");
    out.record([
        &test.date.to_string(),
        "",
        &format!("test/{}", test.kind),
        "1",
        if other { &value } else { "" },
        column("s"),
        column("kg"),
        if test.stopped_for_pain { "pain" } else { "" },
        "test",
        test.stage.as_deref().unwrap_or_default(),
        "",
        "",
        "",
    ])
}
