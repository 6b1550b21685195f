//! The days and times of the history's sessions and practice, read by a short way for the
//! form botsterk writes them in (`2026-12-07`, `2026-12-07T08:58:00+01:00`) and by chrono's
//! own parse for anything else, so every form chrono reads is read as before, with its
//! error. A history of ten years holds about 4,500 of them: chrono's general parse was a
//! tenth of `botsterk status` (issue 29: under 10 ms on 10 years).

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone};
use serde::Deserializer;
use serde::de::{Error, Visitor};

/// A calendar day as `YYYY-MM-DD`.
pub fn date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    struct Day;
    impl Visitor<'_> for Day {
        type Value = NaiveDate;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a formatted date string")
        }
        fn visit_str<E: Error>(self, s: &str) -> Result<NaiveDate, E> {
            short_date(s.as_bytes()).map_or_else(|| s.parse().map_err(E::custom), Ok)
        }
    }
    deserializer.deserialize_str(Day)
}

/// A moment with its offset, as RFC 3339.
pub fn date_time<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<DateTime<FixedOffset>, D::Error> {
    struct Moment;
    impl Visitor<'_> for Moment {
        type Value = DateTime<FixedOffset>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an RFC 3339 formatted date and time string")
        }
        fn visit_str<E: Error>(self, s: &str) -> Result<DateTime<FixedOffset>, E> {
            short_date_time(s.as_bytes()).map_or_else(|| s.parse().map_err(E::custom), Ok)
        }
    }
    deserializer.deserialize_str(Moment)
}

/// The number of the ASCII digits `bytes`, `None` if one is not a digit.
fn number(bytes: &[u8]) -> Option<u32> {
    bytes.iter().try_fold(0u32, |n, b| {
        b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
    })
}

/// `YYYY-MM-DD` exactly, and a day that exists; `None` leaves it to chrono.
fn short_date(b: &[u8]) -> Option<NaiveDate> {
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = i32::try_from(number(&b[0..4])?).ok()?;
    NaiveDate::from_ymd_opt(year, number(&b[5..7])?, number(&b[8..10])?)
}

/// `YYYY-MM-DDTHH:MM:SS+HH:MM` (or `-HH:MM`) exactly, every part in its range; `None`
/// leaves it to chrono (fractions of a second, `Z`, a space, a leap second, ...).
fn short_date_time(b: &[u8]) -> Option<DateTime<FixedOffset>> {
    if b.len() != 25 || b[10] != b'T' || b[13] != b':' || b[16] != b':' || b[22] != b':' {
        return None;
    }
    let day = short_date(&b[0..10])?;
    let time = NaiveTime::from_hms_opt(
        number(&b[11..13])?,
        number(&b[14..16])?,
        number(&b[17..19])?,
    )?;
    let (hours, minutes) = (number(&b[20..22])?, number(&b[23..25])?);
    if hours > 23 || minutes > 59 {
        return None;
    }
    let seconds = i32::try_from(hours * 3600 + minutes * 60).ok()?;
    let offset = match b[19] {
        b'+' => FixedOffset::east_opt(seconds)?,
        b'-' => FixedOffset::west_opt(seconds)?,
        _ => return None,
    };
    offset.from_local_datetime(&day.and_time(time)).single()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// What chrono's own serde reads from `s`, as the short way must.
    fn chrono_date(s: &str) -> Option<NaiveDate> {
        s.parse().ok()
    }
    fn chrono_date_time(s: &str) -> Option<DateTime<FixedOffset>> {
        s.parse().ok()
    }

    #[test]
    fn reads_what_botsterk_writes() {
        assert_eq!(
            short_date(b"2026-12-07"),
            NaiveDate::from_ymd_opt(2026, 12, 7)
        );
        assert_eq!(
            short_date(b"2028-02-29"),
            NaiveDate::from_ymd_opt(2028, 2, 29)
        );
        assert_eq!(short_date(b"2027-02-29"), None);
        let at = "2026-10-25T02:30:00+01:00";
        assert_eq!(short_date_time(at.as_bytes()), chrono_date_time(at));
        let west = "2026-10-25T02:30:00-09:30";
        assert_eq!(short_date_time(west.as_bytes()), chrono_date_time(west));
    }

    #[test]
    fn leaves_other_forms_to_chrono_with_its_error() {
        for s in [
            "2026-12-07T08:58:00Z",
            "2026-12-07T08:58:00.5+01:00",
            "2026-12-07 08:58:00+01:00",
        ] {
            assert_eq!(short_date_time(s.as_bytes()), None, "{s}");
            let read: DateTime<FixedOffset> =
                date_time(serde_json::Value::String(s.into())).unwrap();
            assert_eq!(Some(read), chrono_date_time(s));
        }
        let bad = serde_json::Value::String("2026-13-01".into());
        let ours = date(bad.clone()).unwrap_err().to_string();
        let chronos = serde_json::from_value::<NaiveDate>(bad)
            .unwrap_err()
            .to_string();
        assert_eq!(ours, chronos);
    }

    proptest! {
        /// For any string of the shapes near the written ones, the short way reads what
        /// chrono reads, or leaves it to chrono.
        #[test]
        fn agrees_with_chrono(
            s in "[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2})?"
        ) {
            if s.len() == 10 {
                if let Some(ours) = short_date(s.as_bytes()) {
                    prop_assert_eq!(Some(ours), chrono_date(&s));
                } else {
                    prop_assert_eq!(chrono_date(&s), None);
                }
            } else if let Some(ours) = short_date_time(s.as_bytes()) {
                prop_assert_eq!(Some(ours), chrono_date_time(&s));
            }
        }

        /// Any real moment written as botsterk writes it reads back the same.
        #[test]
        fn round_trips(secs in -2_000_000_000i64..4_000_000_000, offset_min in -23*60i32..=23*60) {
            let offset = FixedOffset::east_opt(offset_min * 60).unwrap();
            let at = DateTime::from_timestamp(secs, 0).unwrap().with_timezone(&offset);
            let text = at.to_rfc3339();
            prop_assert_eq!(short_date_time(text.as_bytes()), Some(at));
            let day = at.date_naive().to_string();
            prop_assert_eq!(short_date(day.as_bytes()), Some(at.date_naive()));
        }
    }
}
