//! `history --csv`'s rows for test results (issue 30), in the columns the header already
//! has (`docs/history-format.md`): `kind` is `test`, `exercise` is `test/<kind>`; the chair
//! stand's stands are in `reps`, the TUG's seconds in `seconds`, the grip's kg in
//! `weight_kg`, the balance test's last stage held in `stance` and its stages in `reps`;
//! `effort` is `pain` when the test was stopped for pain.

use super::export::CsvRow;
use crate::history::TestRecord;

/// One row for a test result.
pub(super) fn test_row(test: &TestRecord) -> CsvRow {
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
