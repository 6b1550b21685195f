//! `botsterk fall`: the falls diary (issue 30). Records a fall or a near fall, says to call
//! the doctor after an injury or not getting up alone (the plan then makes nothing harder:
//! `coach::falls`), takes the user's word that they are all right again, and lists the
//! diary.

use chrono::{DateTime, FixedOffset};

use super::CommandError;
use crate::cli::args::{FallArgs, YesNo};
use crate::coach::falls;
use crate::history::{FallKind, FallRecord};
use crate::i18n::falls::{texts, words};
use crate::lang::Lang;
use crate::store::Store;
use crate::typed_day::parse_day;

/// Runs `botsterk fall`.
///
/// # Errors
/// [`CommandError::Usage`] for a day that is not one (or in the future) or minutes on the
/// floor for a near fall; a store error when the history cannot be read or written.
pub fn run(
    store: &Store,
    request: &FallArgs,
    now: DateTime<FixedOffset>,
    lang: Lang,
) -> Result<String, CommandError> {
    let t = texts(lang);
    let today = now.date_naive();
    if request.list {
        let history = store.load_history()?;
        return Ok(diary(&history.falls, lang));
    }
    if request.all_right {
        let _lock = store.lock(super::LOCK_WAIT)?;
        let mut closed = 0;
        if !falls::no_harder_after_fall(&store.load_history()?) {
            return Ok(t.none_open.to_owned());
        }
        store.update(|h| closed = falls::say_all_right(h, today))?;
        return Ok(if closed == 0 {
            t.none_open
        } else {
            t.all_right
        }
        .to_owned());
    }
    let date = match &request.date {
        None => today,
        Some(typed) => parse_day(typed, today).map_err(|e| {
            CommandError::Usage(crate::i18n::commands::day_error(typed, e, today, lang))
        })?,
    };
    if request.near && request.minutes_on_floor.is_some() {
        return Err(CommandError::Usage(t.near_on_floor.to_owned()));
    }
    let record = FallRecord {
        date,
        kind: if request.near {
            FallKind::NearFall
        } else {
            FallKind::Fall
        },
        part_of_day: request.part_of_day,
        place: request.place,
        what: request.what,
        injury: request.injury,
        got_up_alone: request.got_up_alone.map(|a| a == YesNo::Yes),
        minutes_on_floor: request.minutes_on_floor,
        note: request.note.clone().filter(|n| !n.trim().is_empty()),
        all_right: None,
        ..Default::default()
    };
    let said = words(&record, lang);
    let needs_doctor = record.needs_doctor();
    let near = record.kind == FallKind::NearFall;
    let _lock = store.lock(super::LOCK_WAIT)?;
    store.update(|h| h.falls.push(record))?;
    let mut out = vec![(t.recorded)(&said)];
    if needs_doctor {
        out.push(t.call_doctor.to_owned());
    } else if near {
        out.push(t.near_fall_noted.to_owned());
    }
    Ok(out.join("\n"))
}

/// The diary, oldest first.
fn diary(falls: &[FallRecord], lang: Lang) -> String {
    let t = texts(lang);
    if falls.is_empty() {
        return t.diary_empty.to_owned();
    }
    let mut sorted: Vec<&FallRecord> = falls.iter().collect();
    sorted.sort_by_key(|f| f.date);
    let mut out = vec![t.diary.to_owned()];
    out.extend(sorted.into_iter().map(|f| format!("  {}", words(f, lang))));
    out.push(String::new());
    out.push(t.definition.to_owned());
    out.join("\n")
}
