//! `history --csv`: every set, balance hold and posture move, one row each (the header is a
//! contract with scripts: `docs/history-format.md`).

use chrono::NaiveDate;

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
    let mut out = CsvOut(std::io::BufWriter::with_capacity(1 << 16, out));
    out.write_record(CSV_HEADER)?;
    for record in done {
        match record {
            Done::Strength(session) => strength_rows(&mut out, session)?,
            Done::Practice(practice) => practice_rows(&mut out, practice)?,
            Done::Test(test) => {
                let row = test_row(test);
                out.write_record(row.each_ref().map(String::as_str))?;
            }
        }
    }
    std::io::Write::flush(&mut out.0)
}

/// Rows written as the `csv` crate writes them with its defaults (a field is quoted only
/// when it holds a comma, a quote, a carriage return or a line feed, its quotes doubled;
/// each row ends in a line feed), without its per-field state machine: the CSV is most of
/// what `history --csv` does after the parse.
struct CsvOut<W: std::io::Write>(std::io::BufWriter<W>);

impl<W: std::io::Write> CsvOut<W> {
    fn write_record<const N: usize>(&mut self, fields: [&str; N]) -> std::io::Result<()> {
        use std::io::Write;
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                self.0.write_all(b",")?;
            }
            let bytes = field.as_bytes();
            if bytes
                .iter()
                .any(|b| matches!(b, b',' | b'"' | b'\r' | b'\n'))
            {
                self.0.write_all(b"\"")?;
                for part in bytes.split_inclusive(|&b| b == b'"') {
                    self.0.write_all(part)?;
                    if part.last() == Some(&b'"') {
                        self.0.write_all(b"\"")?;
                    }
                }
                self.0.write_all(b"\"")?;
            } else {
                self.0.write_all(bytes)?;
            }
        }
        self.0.write_all(b"\n")
    }
}

/// A record of the history the CSV has rows for.
enum Done<'a> {
    Strength(&'a SessionRecord),
    Practice(&'a PracticeRecord),
    Test(&'a crate::history::TestRecord),
}

/// One CSV row, in the order of [`CSV_HEADER`] (the test results' rows are made so).
pub(super) type CsvRow = [String; 13];

/// A session's rows: one per set.
fn strength_rows<W: std::io::Write>(
    out: &mut CsvOut<W>,
    session: &SessionRecord,
) -> std::io::Result<()> {
    let date = session.date.to_string();
    let program = session.program.as_str();
    let (mut set_no, mut reps, mut seconds) = (Number::new(), Number::new(), Number::new());
    for exercise in &session.exercises {
        let weight = exercise
            .weight_kg
            .map(|kg| kg.to_string())
            .unwrap_or_default();
        let effort = exercise.effort.map_or("", effort_name);
        for (i, set) in exercise.sets.iter().enumerate() {
            out.write_record([
                date.as_str(),
                program,
                exercise.id.as_str(),
                set_no.of(u32::try_from(i + 1).ok()),
                reps.of(set_reps(set)),
                seconds.of(set.seconds),
                weight.as_str(),
                effort,
                "strength",
                "",
                "",
                "",
                "",
            ])?;
        }
    }
    Ok(())
}

/// A practice's rows: one per balance hold, then one per posture move.
fn practice_rows<W: std::io::Write>(
    out: &mut CsvOut<W>,
    practice: &PracticeRecord,
) -> std::io::Result<()> {
    let date = practice.date.to_string();
    let pain = |stopped: bool| if stopped { "pain" } else { "" };
    let (mut set_no, mut reps, mut seconds, mut target) =
        (Number::new(), Number::new(), Number::new(), Number::new());
    // Holds numbered per stance, as the live practice counts them.
    let mut counts: BTreeMap<&str, u32> = BTreeMap::new();
    for hold in &practice.balance {
        let n = counts.entry(hold.stance.as_str()).or_default();
        *n += 1;
        out.write_record([
            date.as_str(),
            "",
            balance_item_id(&hold.stance, &hold.support).as_str(),
            set_no.of(Some(*n)),
            "",
            seconds.of(Some(hold.seconds)),
            "",
            pain(hold.stopped_for_pain),
            "practice",
            hold.stance.as_str(),
            hold.support.as_str(),
            target.of(Some(hold.target_seconds)),
            hold.rating.map_or("", Steadiness::as_str),
        ])?;
    }
    for posture in &practice.posture {
        out.write_record([
            date.as_str(),
            "",
            posture_item_id(&posture.id).as_str(),
            "1",
            reps.of(Some(posture.reps)),
            seconds.of(posture.hold_seconds),
            "",
            pain(posture.stopped_for_pain),
            "practice",
            "",
            "",
            "",
            "",
        ])?;
    }
    Ok(())
}

/// A count written into a buffer of its own, reused row after row (no `String` per cell).
struct Number([u8; 10]);

impl Number {
    fn new() -> Self {
        Self([0; 10])
    }

    /// The digits of `n`, or an empty cell.
    fn of(&mut self, n: Option<u32>) -> &str {
        let Some(mut n) = n else {
            return "";
        };
        let mut at = self.0.len();
        loop {
            at -= 1;
            // A digit: n % 10 < 10.
            self.0[at] = b'0' + u8::try_from(n % 10).unwrap_or(0);
            n /= 10;
            if n == 0 {
                break;
            }
        }
        std::str::from_utf8(&self.0[at..]).unwrap_or("")
    }
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
fn test_row(test: &TestRecord) -> CsvRow {
    let value = crate::i18n::format_kg(test.value);
    let (mut reps, mut seconds, mut kg) = (String::new(), String::new(), String::new());
    match test.unit.as_str() {
        "s" => seconds = value,
        "kg" => kg = value,
        _ => reps = value,
    }
    [
        test.date.to_string(),
        String::new(),
        format!("test/{}", test.kind),
        "1".to_owned(),
        reps,
        seconds,
        kg,
        if test.stopped_for_pain { "pain" } else { "" }.to_owned(),
        "test".to_owned(),
        test.stage.clone().unwrap_or_default(),
        String::new(),
        String::new(),
        String::new(),
    ]
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::CsvOut;

    proptest! {
        /// Byte for byte what the `csv` crate writes, whatever the fields hold.
        #[test]
        fn rows_are_written_as_the_csv_crate_writes_them(
            fields in prop::array::uniform4("[a-z,\"\r\n é]{0,6}"),
        ) {
            let mut ours = CsvOut(std::io::BufWriter::new(Vec::new()));
            ours.write_record(fields.each_ref().map(String::as_str)).unwrap();
            let ours = ours.0.into_inner().unwrap();
            let mut theirs = csv::Writer::from_writer(Vec::new());
            theirs.write_record(&fields).unwrap();
            prop_assert_eq!(
                String::from_utf8(ours).unwrap(),
                String::from_utf8(theirs.into_inner().unwrap()).unwrap()
            );
        }
    }
}
