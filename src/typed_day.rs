//! Days as people type them, in one place for every command: `2026-11-30`, the Dutch
//! `30-11-2026` and `30/11/2026`, and the words today/yesterday/vandaag/gisteren/
//! eergisteren. Both languages are understood whatever the screens speak: a Dutch person
//! with an English locale still types `gisteren`.

use chrono::{Datelike, Days, NaiveDate};

/// The first year a session may be recorded in: nobody starts this program before 1950,
/// and a year like 26 (from "26-11-28") is a typing mistake, not a date.
pub const FIRST_YEAR: i32 = 1950;

/// Why a typed day was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DayError {
    /// Not in any of the forms (letters, a two-digit year, "30-11").
    NotADay,
    /// The right form, but no such day in the calendar (`2026-02-30`).
    NoSuchDay,
    /// Before [`FIRST_YEAR`].
    TooEarly,
    /// After `today`.
    Future(NaiveDate),
}

/// The words for a day the shell completions offer (each one is understood by
/// [`parse_day`]).
pub const DAY_WORDS: [&str; 5] = ["today", "yesterday", "vandaag", "gisteren", "eergisteren"];

/// A typed day, checked against the calendar, [`FIRST_YEAR`] and `today`.
///
/// # Errors
/// A [`DayError`] saying which check failed.
pub fn parse_day(text: &str, today: NaiveDate) -> Result<NaiveDate, DayError> {
    let text = text.trim().to_lowercase();
    let back = match text.as_str() {
        "today" | "vandaag" => Some(0),
        "yesterday" | "gisteren" => Some(1),
        "eergisteren" => Some(2),
        _ => None,
    };
    if let Some(back) = back {
        return today
            .checked_sub_days(Days::new(back))
            .ok_or(DayError::NoSuchDay);
    }
    let (year, month, day) = numbers(&text).ok_or(DayError::NotADay)?;
    let date = NaiveDate::from_ymd_opt(year, month, day).ok_or(DayError::NoSuchDay)?;
    if date.year() < FIRST_YEAR {
        Err(DayError::TooEarly)
    } else if date > today {
        Err(DayError::Future(date))
    } else {
        Ok(date)
    }
}

/// Year, month and day from `YYYY-MM-DD`, `DD-MM-YYYY` or `DD/MM/YYYY` (day and month
/// of one or two digits, the year always of four).
fn numbers(text: &str) -> Option<(i32, u32, u32)> {
    let separator = if text.contains('/') { '/' } else { '-' };
    let parts: Vec<&str> = text.split(separator).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let digits = |part: &str, lengths: &[usize]| {
        (lengths.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    let year_first = separator == '-' && a.len() == 4;
    let (year, month, day) = if year_first {
        (digits(a, &[4])?, digits(b, &[1, 2])?, digits(c, &[1, 2])?)
    } else {
        (digits(c, &[4])?, digits(b, &[1, 2])?, digits(a, &[1, 2])?)
    };
    Some((i32::try_from(year).ok()?, month, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_completed_day_word_is_understood() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        for word in DAY_WORDS {
            assert!(parse_day(word, today).is_ok(), "{word}");
        }
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    const TODAY: (i32, u32, u32) = (2026, 12, 2);

    fn parse(text: &str) -> Result<NaiveDate, DayError> {
        parse_day(text, day(TODAY.0, TODAY.1, TODAY.2))
    }

    #[test]
    fn every_form_in_both_languages() {
        let cases = [
            ("2026-11-30", day(2026, 11, 30)),
            ("30-11-2026", day(2026, 11, 30)),
            ("30/11/2026", day(2026, 11, 30)),
            ("1-2-2026", day(2026, 2, 1)),
            ("1/2/2026", day(2026, 2, 1)),
            ("2026-2-1", day(2026, 2, 1)),
            (" 2026-12-02 ", day(2026, 12, 2)),
            ("today", day(2026, 12, 2)),
            ("Vandaag", day(2026, 12, 2)),
            ("yesterday", day(2026, 12, 1)),
            ("GISTEREN", day(2026, 12, 1)),
            ("eergisteren", day(2026, 11, 30)),
            ("1950-01-01", day(1950, 1, 1)),
        ];
        for (text, expected) in cases {
            assert_eq!(parse(text), Ok(expected), "{text}");
        }
    }

    #[test]
    fn each_bound_and_each_mistake() {
        let cases = [
            ("2026-02-30", DayError::NoSuchDay),
            ("31-04-2026", DayError::NoSuchDay),
            ("2026-13-01", DayError::NoSuchDay),
            ("0-1-2026", DayError::NoSuchDay),
            ("1949-12-31", DayError::TooEarly),
            ("2026-12-03", DayError::Future(day(2026, 12, 3))),
            ("tomorrow", DayError::NotADay),
            ("morgen", DayError::NotADay),
            ("26-11-28", DayError::NotADay),
            ("30-11", DayError::NotADay),
            ("2026/11/30", DayError::NotADay),
            ("30-11/2026", DayError::NotADay),
            ("+2026-11-30", DayError::NotADay),
            ("-262143-01-01", DayError::NotADay),
            ("", DayError::NotADay),
            ("20261130", DayError::NotADay),
        ];
        for (text, expected) in cases {
            assert_eq!(parse(text), Err(expected), "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn no_input_panics_and_no_day_is_after_today(text in "\\PC*") {
            let today = day(TODAY.0, TODAY.1, TODAY.2);
            if let Ok(date) = parse_day(&text, today) {
                proptest::prop_assert!(date <= today && date.year() >= FIRST_YEAR);
            }
        }
    }
}
