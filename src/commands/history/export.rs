//! `history --csv`: every set, balance hold and posture move, one row each (the header is a
//! contract with scripts: `docs/history-format.md`).

use chrono::NaiveDate;

use super::*;

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
/// it, what is dated in those weeks.
///
/// Strength rows have `kind` `strength` and the practice columns empty. Practice rows have
/// `kind` `practice` and no program or weight: a balance hold has the item id
/// (`balance/<stance>/<support>`) as exercise, its number within that stance that day as
/// set, the seconds held, `pain` as effort when stopped for pain, and its stance, support,
/// target seconds and rating; a posture move has `posture/<id>` as exercise, set 1, its reps
/// and the seconds each rep is held.
///
/// # Panics
/// Never: the CSV is written to memory.
#[must_use]
pub fn to_csv(history: &History, today: NaiveDate, weeks: Option<u32>) -> String {
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
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(CSV_HEADER)
        .expect("writing to memory cannot fail");
    for record in done {
        let rows = match record {
            Done::Strength(session) => strength_rows(session),
            Done::Practice(practice) => practice_rows(practice),
            Done::Test(test) => vec![super::export_tests::test_row(test)],
        };
        for row in rows {
            out.write_record(&row)
                .expect("writing to memory cannot fail");
        }
    }
    let bytes = out.into_inner().expect("writing to memory cannot fail");
    String::from_utf8(bytes).expect("every field is a Rust string")
}

/// A record of the history the CSV has rows for.
enum Done<'a> {
    Strength(&'a SessionRecord),
    Practice(&'a PracticeRecord),
    Test(&'a crate::history::TestRecord),
}

/// One CSV row, in the order of [`CSV_HEADER`].
pub(super) type CsvRow = [String; 13];

/// A session's rows: one per set.
fn strength_rows(session: &SessionRecord) -> Vec<CsvRow> {
    let mut rows = Vec::new();
    let date = session.date.to_string();
    for exercise in &session.exercises {
        let weight = exercise.weight_kg.map(|kg| kg.to_string());
        let effort = exercise.effort.map_or("", effort_name);
        for (i, set) in exercise.sets.iter().enumerate() {
            rows.push([
                date.clone(),
                session.program.as_str().to_owned(),
                exercise.id.clone(),
                (i + 1).to_string(),
                number(set_reps(set)),
                number(set.seconds),
                weight.clone().unwrap_or_default(),
                effort.to_owned(),
                "strength".to_owned(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ]);
        }
    }
    rows
}

/// A practice's rows: one per balance hold, then one per posture move.
fn practice_rows(practice: &PracticeRecord) -> Vec<CsvRow> {
    let mut rows = Vec::new();
    let date = practice.date.to_string();
    let pain = |stopped: bool| if stopped { "pain" } else { "" }.to_owned();
    // Holds numbered per stance, as the live practice counts them.
    let mut counts: BTreeMap<&str, u32> = BTreeMap::new();
    for hold in &practice.balance {
        let n = counts.entry(hold.stance.as_str()).or_default();
        *n += 1;
        rows.push([
            date.clone(),
            String::new(),
            balance_item_id(&hold.stance, &hold.support),
            n.to_string(),
            String::new(),
            hold.seconds.to_string(),
            String::new(),
            pain(hold.stopped_for_pain),
            "practice".to_owned(),
            hold.stance.clone(),
            hold.support.clone(),
            hold.target_seconds.to_string(),
            hold.rating.map_or("", Steadiness::as_str).to_owned(),
        ]);
    }
    for posture in &practice.posture {
        rows.push([
            date.clone(),
            String::new(),
            posture_item_id(&posture.id),
            "1".to_owned(),
            posture.reps.to_string(),
            number(posture.hold_seconds),
            String::new(),
            pain(posture.stopped_for_pain),
            "practice".to_owned(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ]);
    }
    rows
}

/// A count, or an empty cell.
fn number(n: Option<u32>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
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
