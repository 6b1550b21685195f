//! The texts of the workbook (`history --xlsx FILE`, `x` in the history screens): its
//! sheets' names and column headers, and what the screen says once it is written. In
//! English and Dutch. Effort, rating and program words come from the other texts.

use std::fmt::Display;

/// The workbook's texts in one language.
#[derive(Debug)]
pub struct WorkbookTexts {
    /// The sheet of sets, one row per set.
    pub sheet_sets: &'static str,
    /// The sheet of weeks.
    pub sheet_weeks: &'static str,
    /// The sheet of balance and posture practice.
    pub sheet_practice: &'static str,
    /// date, program, exercise id, name, set, reps, seconds, weight (kg), effort.
    pub sets_header: [&'static str; 9],
    /// week, Monday, Sunday, sessions, days, target, loaded reps, impact steps, seconds
    /// held, practice days, practice target.
    pub weeks_header: [&'static str; 11],
    /// date, kind, item id, name, set, seconds, target seconds, reps, rating, pain.
    pub practice_header: [&'static str; 10],
    /// The sheet of test results.
    pub sheet_tests: &'static str,
    /// date, test id, name, result, unit, last stage held, arms used, pain, note.
    pub tests_header: [&'static str; 9],
    /// The sheet of the falls diary.
    pub sheet_falls: &'static str,
    /// date, kind, part of day, place, what happened, injury, got up alone, minutes on the
    /// floor, note, all right since.
    pub falls_header: [&'static str; 10],
    pub yes: &'static str,
    pub no: &'static str,
    pub kind_balance: &'static str,
    pub kind_posture: &'static str,
    /// The pain column's word when a hold or move was stopped for pain.
    pub pain: &'static str,
    /// The footer label of `x` in the history screens.
    pub key_workbook: &'static str,
    /// `x` wrote the workbook: `{path}`.
    pub written: fn(&dyn Display) -> String,
    /// `x` could not write it: `{file}`, `{why}`.
    pub not_written: fn(&dyn Display, &dyn Display) -> String,
    /// `history --xlsx FILE` wrote it: `{path}`.
    pub command_written: fn(&dyn Display) -> String,
}

pub const EN: WorkbookTexts = WorkbookTexts {
    sheet_sets: "sets",
    sheet_weeks: "weeks",
    sheet_practice: "practice",
    sets_header: [
        "date",
        "program",
        "exercise",
        "name",
        "set",
        "reps",
        "seconds",
        "weight (kg)",
        "effort",
    ],
    weeks_header: [
        "week",
        "Monday",
        "Sunday",
        "sessions",
        "days trained",
        "target",
        "loaded reps",
        "impact steps",
        "seconds held",
        "practice days",
        "practice target",
    ],
    practice_header: [
        "date",
        "kind",
        "item",
        "name",
        "set",
        "seconds",
        "target seconds",
        "reps",
        "rating",
        "pain",
    ],
    sheet_tests: "tests",
    tests_header: [
        "date",
        "test",
        "name",
        "result",
        "unit",
        "last stage held",
        "arms used",
        "pain",
        "note",
    ],
    sheet_falls: "falls",
    falls_header: [
        "date",
        "kind",
        "part of day",
        "place",
        "what happened",
        "injury",
        "got up alone",
        "minutes on the floor",
        "note",
        "all right since",
    ],
    yes: "yes",
    no: "no",
    kind_balance: "balance",
    kind_posture: "posture",
    pain: "pain",
    key_workbook: "spreadsheet",
    written: |path| format!("Spreadsheet written: {path}"),
    not_written: |file, why| format!("The spreadsheet {file} could not be written: {why}"),
    command_written: |path| {
        format!("Wrote the spreadsheet {path} (sheets: sets, weeks, practice, tests, falls).")
    },
};

pub const NL: WorkbookTexts = WorkbookTexts {
    sheet_sets: "series",
    sheet_weeks: "weken",
    sheet_practice: "oefenen",
    sets_header: [
        "datum",
        "programma",
        "oefening",
        "naam",
        "serie",
        "herhalingen",
        "seconden",
        "gewicht (kg)",
        "gevoel",
    ],
    weeks_header: [
        "week",
        "maandag",
        "zondag",
        "trainingen",
        "dagen getraind",
        "doel",
        "herhalingen met belasting",
        "stappen (stampen)",
        "seconden gehouden",
        "oefendagen",
        "doel oefendagen",
    ],
    practice_header: [
        "datum",
        "soort",
        "onderdeel",
        "naam",
        "serie",
        "seconden",
        "doel seconden",
        "herhalingen",
        "hoe het ging",
        "pijn",
    ],
    sheet_tests: "testen",
    tests_header: [
        "datum",
        "test",
        "naam",
        "uitslag",
        "eenheid",
        "laatste stand gehouden",
        "armen gebruikt",
        "pijn",
        "notitie",
    ],
    sheet_falls: "vallen",
    falls_header: [
        "datum",
        "soort",
        "deel van de dag",
        "plaats",
        "wat er gebeurde",
        "letsel",
        "zelf opgestaan",
        "minuten op de grond",
        "notitie",
        "weer goed sinds",
    ],
    yes: "ja",
    no: "nee",
    kind_balance: "evenwicht",
    kind_posture: "houding",
    pain: "pijn",
    key_workbook: "spreadsheet",
    written: |path| format!("Spreadsheet geschreven: {path}"),
    not_written: |file, why| format!("De spreadsheet {file} kon niet worden geschreven: {why}"),
    command_written: |path| {
        format!("Spreadsheet {path} geschreven (bladen: series, weken, oefenen, testen, vallen).")
    },
};
