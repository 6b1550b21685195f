//! `history --csv` for any history a file can hold is what `docs/history-format.md` says,
//! byte for byte as the `csv` crate writes it: the rows here are made from the file's JSON
//! itself (not from botsterk's records) and written with the `csv` crate, so the command's
//! own writer (issue 28: rows built without a `String` per cell) is held to both.

use botsterk::coach::review::period;
use botsterk::commands::history::{CSV_HEADER, to_csv};
use botsterk::history::History;
use botsterk::i18n::format_kg;
use chrono::NaiveDate;
use proptest::prelude::*;
use serde_json::Value;

mod common;
use common::any_history::history;

/// Text a script must get back whole: commas, quotes and line breaks in ids, stances,
/// supports and test kinds.
const ODD: [&str; 5] = ["a,b", "say \"hi\"", "two\nlines", "cr\rhere", "\","];

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 20).unwrap()
}

fn text(v: &Value, key: &str) -> String {
    v[key].as_str().unwrap_or_default().to_owned()
}

fn count(v: &Value) -> String {
    v.as_u64().map(|n| n.to_string()).unwrap_or_default()
}

/// A row's 13 cells, in the header's order, with the key it is sorted by.
type Row = ((String, bool, String), [String; 13]);

fn strength_rows(session: &Value, rows: &mut Vec<Row>) {
    let date = text(session, "date");
    let key = (date.clone(), false, text(session, "started_at"));
    for exercise in session["exercises"].as_array().into_iter().flatten() {
        let weight = exercise["weight_kg"]
            .as_f64()
            .map(|kg| kg.to_string())
            .unwrap_or_default();
        for (i, set) in exercise["sets"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            let reps = if set.get("left").is_some() || set.get("right").is_some() {
                (set["left"].as_u64().unwrap_or(0) + set["right"].as_u64().unwrap_or(0)).to_string()
            } else {
                count(&set["reps"])
            };
            let row = [
                date.clone(),
                text(session, "program"),
                text(exercise, "id"),
                (i + 1).to_string(),
                reps,
                count(&set["seconds"]),
                weight.clone(),
                text(exercise, "effort"),
                "strength".into(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ];
            rows.push((key.clone(), row));
        }
    }
}

fn practice_rows(practice: &Value, rows: &mut Vec<Row>) {
    let date = text(practice, "date");
    let key = (date.clone(), false, text(practice, "started_at"));
    let pain = |v: &Value| {
        if v["stopped_for_pain"] == true {
            "pain"
        } else {
            ""
        }
        .to_owned()
    };
    let mut per_stance = std::collections::HashMap::<String, u32>::new();
    for hold in practice["balance"].as_array().into_iter().flatten() {
        let n = per_stance.entry(text(hold, "stance")).or_default();
        *n += 1;
        let row = [
            date.clone(),
            String::new(),
            format!("balance/{}/{}", text(hold, "stance"), text(hold, "support")),
            n.to_string(),
            String::new(),
            count(&hold["seconds"]),
            String::new(),
            pain(hold),
            "practice".into(),
            text(hold, "stance"),
            text(hold, "support"),
            count(&hold["target_seconds"]),
            text(hold, "rating"),
        ];
        rows.push((key.clone(), row));
    }
    for posture in practice["posture"].as_array().into_iter().flatten() {
        let row = [
            date.clone(),
            String::new(),
            format!("posture/{}", text(posture, "id")),
            "1".into(),
            count(&posture["reps"]),
            count(&posture["hold_seconds"]),
            String::new(),
            pain(posture),
            "practice".into(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ];
        rows.push((key.clone(), row));
    }
}

fn test_row(test: &Value, rows: &mut Vec<Row>) {
    let value = format_kg(test["value"].as_f64().unwrap());
    let unit = text(test, "unit");
    let in_unit = |u: &str| {
        if unit == u {
            value.clone()
        } else {
            String::new()
        }
    };
    let row = [
        text(test, "date"),
        String::new(),
        format!("test/{}", text(test, "kind")),
        "1".into(),
        if unit == "s" || unit == "kg" {
            String::new()
        } else {
            value.clone()
        },
        in_unit("s"),
        in_unit("kg"),
        if test["stopped_for_pain"] == true {
            "pain"
        } else {
            ""
        }
        .into(),
        "test".into(),
        text(test, "stage"),
        String::new(),
        String::new(),
        String::new(),
    ];
    rows.push(((text(test, "date"), true, String::new()), row));
}

/// The CSV the format's page describes, written by the `csv` crate.
fn expected(file: &Value) -> String {
    let mut rows = Vec::new();
    let each = |key: &str| file[key].as_array().cloned().unwrap_or_default();
    for session in each("sessions") {
        strength_rows(&session, &mut rows);
    }
    for practice in each("practice") {
        practice_rows(&practice, &mut rows);
    }
    for test in each("tests") {
        test_row(&test, &mut rows);
    }
    // Stable: by date, the day's tests last, then by start (all starts here at +01:00).
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(CSV_HEADER).unwrap();
    for (_, row) in rows {
        out.write_record(&row).unwrap();
    }
    String::from_utf8(out.into_inner().unwrap()).unwrap()
}

/// The history with odd text in some of its ids, stances, supports and kinds, and the
/// test results in every unit.
fn with_odd_text(mut file: Value, picks: &[usize]) -> Value {
    let mut picks = picks.iter().cycle();
    let mut odd = |v: &mut Value, key: &str| {
        let pick = *picks.next().unwrap();
        if pick < ODD.len() && v.get(key).is_some() {
            v[key] = ODD[pick].into();
        }
    };
    for session in file["sessions"].as_array_mut().into_iter().flatten() {
        for exercise in session["exercises"].as_array_mut().into_iter().flatten() {
            odd(exercise, "id");
        }
    }
    for practice in file["practice"].as_array_mut().into_iter().flatten() {
        for hold in practice["balance"].as_array_mut().into_iter().flatten() {
            odd(hold, "stance");
            odd(hold, "support");
        }
        for posture in practice["posture"].as_array_mut().into_iter().flatten() {
            odd(posture, "id");
        }
    }
    for (i, test) in file["tests"]
        .as_array_mut()
        .into_iter()
        .flatten()
        .enumerate()
    {
        test["unit"] = ["s", "kg", "stands", "stage"][i % 4].into();
        odd(test, "kind");
        odd(test, "stage");
    }
    file
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn the_csv_of_any_history_is_its_rows_as_the_csv_crate_writes_them(
        file in history(),
        picks in proptest::collection::vec(0usize..12, 1..16),
        weeks in 1u32..=60,
    ) {
        let file = with_odd_text(file, &picks);
        let history: History = serde_json::from_value(file.clone()).unwrap();
        let all = to_csv(&history, today(), None);
        prop_assert_eq!(&all, &expected(&file));
        // With weeks: the same rows, those dated in the weeks only.
        let (first, last) = period(today(), weeks);
        let mut reader = csv::Reader::from_reader(all.as_bytes());
        let mut kept = csv::Writer::from_writer(Vec::new());
        kept.write_record(CSV_HEADER).unwrap();
        for row in reader.records() {
            let row = row.unwrap();
            let date: NaiveDate = row[0].parse().unwrap();
            if (first..=last).contains(&date) {
                kept.write_record(&row).unwrap();
            }
        }
        prop_assert_eq!(
            to_csv(&history, today(), Some(weeks)),
            String::from_utf8(kept.into_inner().unwrap()).unwrap()
        );
    }
}
